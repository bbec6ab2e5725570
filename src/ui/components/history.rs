//! Saved snapshots: list, open, compare, delete; each item's progress over
//! time; and deleting everything this app has stored.

use super::assess::{grade_name, position_name, ResultsBody};
use super::progress::{Progress, ProgressPoint};
use crate::core::assess::{rate_items, Side};
use crate::core::dates::{date_label, short_date};
use crate::core::id::Id;
use crate::ui::app::navigate;
use crate::ui::i18n::{tr, use_lang, Lang, Msg};
use crate::ui::state::{Action, AppContext, Loadable, Route};
use crate::ui::storage;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The history page.
#[component]
pub fn HistoryView() -> Html {
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let confirm_delete = use_state(|| None::<u32>);
    let confirm_all = use_state(|| false);
    let snapshots = &ctx.doc.snapshots;

    let body_name = |id: &Id| match &ctx.index {
        Loadable::Ready(ix) => ix
            .bodies
            .iter()
            .find(|b| &b.id == id)
            .map_or_else(|| id.to_string(), |b| b.name.glossed(lang)),
        _ => id.to_string(),
    };

    let delete_all = {
        let ctx = ctx.clone();
        let confirm_all = confirm_all.clone();
        Callback::from(move |_| {
            match storage::delete_all() {
                Ok(()) => {
                    ctx.dispatch(Action::AllDeleted);
                    ctx.dispatch(Action::Notice(Msg::new(
                        "この端末に保存したデータをすべて削除しました。",
                        "Everything saved on this device has been deleted.",
                    )));
                    navigate(&Route::Home);
                }
                Err(msg) => ctx.dispatch(Action::Notice(msg)),
            }
            confirm_all.set(false);
        })
    };

    html! {
        <section class="history" aria-labelledby="history-heading">
            <h1 id="history-heading">{ tr(lang, "履歴とデータ", "History and data") }</h1>
            <h2>{ tr(lang, "保存したスナップショット", "Saved snapshots") }</h2>
            if snapshots.is_empty() {
                <p>{ tr(lang, "まだスナップショットはありません。結果の画面で「今日の結果をスナップショットとして保存」を押すと、ここに残ります。", "No snapshots yet. Press \u{201c}Save today's results as a snapshot\u{201d} on the results page and it will be kept here.") }</p>
            } else {
                <ul class="snapshot-list">
                    { for snapshots.iter().rev().map(|s| {
                        let sel = &s.assessment.selection;
                        let same_body = ctx.assessment().is_some_and(|a| a.selection.body == sel.body);
                        let pair = match ctx.body(&sel.body) {
                            Some(d) => format!("{} → {}", position_name(&d, &sel.current, lang),
                                sel.next.as_ref().map(|g| grade_name(&d, g, lang)).unwrap_or_else(|| tr(lang, "（比べない）", "(no comparison)").into())),
                            None => String::new(),
                        };
                        let compare = {
                            let ctx = ctx.clone();
                            let id = s.id;
                            Callback::from(move |_| {
                                ctx.dispatch(Action::Compare(Some(id)));
                                navigate(&Route::Results);
                            })
                        };
                        let ask = {
                            let c = confirm_delete.clone();
                            let id = s.id;
                            Callback::from(move |_| c.set(Some(id)))
                        };
                        let really = {
                            let ctx = ctx.clone();
                            let c = confirm_delete.clone();
                            let id = s.id;
                            Callback::from(move |_| { ctx.dispatch(Action::DeleteSnapshot(id)); c.set(None); })
                        };
                        let cancel = { let c = confirm_delete.clone(); Callback::from(move |_| c.set(None)) };
                        html! {
                            <li class="snapshot" data-snapshot={s.id.to_string()}>
                                <p class="snapshot-date"><strong>{ date_label(s.taken, lang) }</strong></p>
                                <p>{ format!("{}　{}", body_name(&sel.body), pair) }
                                    { for s.label.as_ref().map(|l| html! { <span class="tag">{ l.clone() }</span> }) }</p>
                                <div class="actions">
                                    <a class="button secondary" href={Route::Snapshot(s.id).to_hash()}>{ tr(lang, "開く", "Open") }</a>
                                    if same_body {
                                        <button type="button" class="secondary" onclick={compare}>{ tr(lang, "今の評価と比べる", "Compare with the current rating") }</button>
                                    }
                                    if *confirm_delete == Some(s.id) {
                                        <span role="alert" class="confirm">{ tr(lang, "このスナップショットを削除しますか？", "Delete this snapshot?") }</span>
                                        <button type="button" class="danger" onclick={really}>{ tr(lang, "削除する", "Delete it") }</button>
                                        <button type="button" class="secondary" onclick={cancel}>{ tr(lang, "やめる", "Cancel") }</button>
                                    } else {
                                        <button type="button" class="secondary" onclick={ask}>{ tr(lang, "削除", "Delete") }</button>
                                    }
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
            <ProgressSection />
            <super::transfer::DataTransfer />
            <section class="danger-zone" aria-labelledby="delete-heading">
                <h2 id="delete-heading">{ tr(lang, "データの削除", "Deleting data") }</h2>
                <p>{ tr(lang, "この端末に保存した自己評価、スナップショット、読み込めなかったデータの控えを、すべて削除します。元に戻せません。", "Deletes everything saved on this device: self-ratings, snapshots and copies of data that could not be read. This cannot be undone.") }</p>
                if *confirm_all {
                    <p role="alert" class="confirm">{ tr(lang, "本当にすべて削除しますか？", "Really delete everything?") }</p>
                    <div class="actions">
                        <button type="button" class="danger" onclick={delete_all}>{ tr(lang, "すべて削除する", "Delete everything") }</button>
                        <button type="button" class="secondary" onclick={ let c = confirm_all.clone(); Callback::from(move |_| c.set(false)) }>{ tr(lang, "やめる", "Cancel") }</button>
                    </div>
                } else {
                    <button type="button" class="danger" onclick={ let c = confirm_all.clone(); Callback::from(move |_| c.set(true)) }>{ tr(lang, "自分のデータをすべて削除", "Delete all my data") }</button>
                }
            </section>
        </section>
    }
}

/// Each item's ratings over time, for the body of the assessment in progress.
#[component]
fn ProgressSection() -> Html {
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let chosen = use_state(|| None::<Id>);
    let Some(a) = ctx.assessment() else {
        return html! {};
    };
    let Some(d) = ctx.body(&a.selection.body) else {
        return html! {};
    };
    let snaps: Vec<_> = ctx
        .doc
        .snapshots
        .iter()
        .filter(|s| s.assessment.selection.body == a.selection.body)
        .collect();
    if snaps.is_empty() {
        return html! {};
    }
    let items = rate_items(&d, a.selection.current_grade(), a.selection.next.as_ref());
    let Some(first) = items.first() else {
        return html! {};
    };
    let item = (*chosen)
        .clone()
        .and_then(|c| items.iter().find(|i| i.id == c))
        .unwrap_or(first);
    let level =
        |x: Option<crate::core::scale::Rating>| x.and_then(|r| r.level()).map(|l| l.value());
    let mut points: Vec<ProgressPoint> = snaps
        .iter()
        .map(|s| ProgressPoint {
            label: short_date(s.taken, lang),
            current: level(s.assessment.rating(Side::Current, &item.id)),
            next: level(s.assessment.rating(Side::Next, &item.id)),
        })
        .collect();
    points.push(ProgressPoint {
        label: tr(lang, "現在", "Now").into(),
        current: level(a.rating(Side::Current, &item.id)),
        next: level(a.rating(Side::Next, &item.id)),
    });
    let on_pick = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value());
            chosen.set(v.and_then(|v| Id::parse(&v).ok()));
        })
    };
    html! {
        <section class="progress-section" aria-labelledby="progress-heading">
            <h2 id="progress-heading">{ tr(lang, "項目ごとの推移", "Each item over time") }</h2>
            <div class="field">
                <label for="progress-item">{ tr(lang, "項目", "Item") }</label>
                <select id="progress-item" onchange={on_pick}>
                    { for items.iter().map(|i| html! {
                        <option value={i.id.to_string()} selected={i.id == item.id}>{ i.name(lang) }</option>
                    }) }
                </select>
            </div>
            <Progress title={item.name(lang)} points={points} />
        </section>
    }
}

/// Props for [`SnapshotView`].
#[derive(Properties, PartialEq)]
pub struct SnapshotViewProps {
    /// The snapshot's id.
    pub id: u32,
}

/// One saved snapshot's results, read-only.
#[component]
pub fn SnapshotView(props: &SnapshotViewProps) -> Html {
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let Some(s) = ctx.doc.snapshots.iter().find(|s| s.id == props.id) else {
        return html! { <p>{ tr(lang, "このスナップショットはありません。", "There is no such snapshot. ") }<a href="#/history">{ tr(lang, "履歴へ戻る", "Back to the history") }</a></p> };
    };
    let Some(d) = ctx.body(&s.assessment.selection.body) else {
        return super::loading(lang);
    };
    html! {
        <section class="snapshot-view" aria-labelledby="snapshot-heading">
            <a class="back" href="#/history">{ tr(lang, "← 履歴へ戻る", "← Back to the history") }</a>
            <h1 id="snapshot-heading">{ match lang {
                Lang::Ja => format!("{}のスナップショット", date_label(s.taken, lang)),
                Lang::En => format!("Snapshot of {}", date_label(s.taken, lang)),
            } }</h1>
            <ResultsBody assessment={s.assessment.clone()} data={d} />
        </section>
    }
}
