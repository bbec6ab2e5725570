//! Saved snapshots: list, open, compare, delete; each item's progress over
//! time; and deleting everything this app has stored.

use super::assess::{grade_name, position_name, ResultsBody};
use super::progress::{Progress, ProgressPoint};
use crate::core::assess::{rate_items, Side};
use crate::core::dates::{date_label, wareki};
use crate::core::id::Id;
use crate::ui::app::navigate;
use crate::ui::state::{Action, AppContext, Loadable, Route};
use crate::ui::storage;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The history page.
#[component]
pub fn HistoryView() -> Html {
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
            .map_or_else(|| id.to_string(), |b| b.name.ja.clone()),
        _ => id.to_string(),
    };

    let delete_all = {
        let ctx = ctx.clone();
        let confirm_all = confirm_all.clone();
        Callback::from(move |_| {
            match storage::delete_all() {
                Ok(()) => {
                    ctx.dispatch(Action::AllDeleted);
                    ctx.dispatch(Action::Notice(
                        "この端末に保存したデータをすべて削除しました。".into(),
                    ));
                    navigate(&Route::Home);
                }
                Err(msg) => ctx.dispatch(Action::Notice(msg)),
            }
            confirm_all.set(false);
        })
    };

    html! {
        <section class="history" aria-labelledby="history-heading">
            <h1 id="history-heading">{ "履歴とデータ" }</h1>
            <h2>{ "保存したスナップショット" }</h2>
            if snapshots.is_empty() {
                <p>{ "まだスナップショットはありません。結果の画面で「今日の結果をスナップショットとして保存」を押すと、ここに残ります。" }</p>
            } else {
                <ul class="snapshot-list">
                    { for snapshots.iter().rev().map(|s| {
                        let sel = &s.assessment.selection;
                        let same_body = ctx.assessment().is_some_and(|a| a.selection.body == sel.body);
                        let pair = match ctx.body(&sel.body) {
                            Some(d) => format!("{} → {}", position_name(&d, &sel.current),
                                sel.next.as_ref().map(|g| grade_name(&d, g)).unwrap_or_else(|| "（比べない）".into())),
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
                                <p class="snapshot-date"><strong>{ date_label(s.taken) }</strong></p>
                                <p>{ format!("{}　{}", body_name(&sel.body), pair) }
                                    { for s.label.as_ref().map(|l| html! { <span class="tag">{ l.clone() }</span> }) }</p>
                                <div class="actions">
                                    <a class="button secondary" href={Route::Snapshot(s.id).to_hash()}>{ "開く" }</a>
                                    if same_body {
                                        <button type="button" class="secondary" onclick={compare}>{ "今の評価と比べる" }</button>
                                    }
                                    if *confirm_delete == Some(s.id) {
                                        <span role="alert" class="confirm">{ "このスナップショットを削除しますか？" }</span>
                                        <button type="button" class="danger" onclick={really}>{ "削除する" }</button>
                                        <button type="button" class="secondary" onclick={cancel}>{ "やめる" }</button>
                                    } else {
                                        <button type="button" class="secondary" onclick={ask}>{ "削除" }</button>
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
                <h2 id="delete-heading">{ "データの削除" }</h2>
                <p>{ "この端末に保存した自己評価、スナップショット、読み込めなかったデータの控えを、すべて削除します。元に戻せません。" }</p>
                if *confirm_all {
                    <p role="alert" class="confirm">{ "本当にすべて削除しますか？" }</p>
                    <div class="actions">
                        <button type="button" class="danger" onclick={delete_all}>{ "すべて削除する" }</button>
                        <button type="button" class="secondary" onclick={ let c = confirm_all.clone(); Callback::from(move |_| c.set(false)) }>{ "やめる" }</button>
                    </div>
                } else {
                    <button type="button" class="danger" onclick={ let c = confirm_all.clone(); Callback::from(move |_| c.set(true)) }>{ "自分のデータをすべて削除" }</button>
                }
            </section>
        </section>
    }
}

/// Each item's ratings over time, for the body of the assessment in progress.
#[component]
fn ProgressSection() -> Html {
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
            label: wareki(s.taken),
            current: level(s.assessment.rating(Side::Current, &item.id)),
            next: level(s.assessment.rating(Side::Next, &item.id)),
        })
        .collect();
    points.push(ProgressPoint {
        label: "現在".into(),
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
            <h2 id="progress-heading">{ "項目ごとの推移" }</h2>
            <div class="field">
                <label for="progress-item">{ "項目" }</label>
                <select id="progress-item" onchange={on_pick}>
                    { for items.iter().map(|i| html! {
                        <option value={i.id.to_string()} selected={i.id == item.id}>{ i.short_label() }</option>
                    }) }
                </select>
            </div>
            <Progress title={item.short_label()} points={points} />
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
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let Some(s) = ctx.doc.snapshots.iter().find(|s| s.id == props.id) else {
        return html! { <p>{ "このスナップショットはありません。" }<a href="#/history">{ "履歴へ戻る" }</a></p> };
    };
    let Some(d) = ctx.body(&s.assessment.selection.body) else {
        return html! { <p class="status" role="status">{ "読み込み中…" }</p> };
    };
    html! {
        <section class="snapshot-view" aria-labelledby="snapshot-heading">
            <a class="back" href="#/history">{ "← 履歴へ戻る" }</a>
            <h1 id="snapshot-heading">{ format!("{}のスナップショット", date_label(s.taken)) }</h1>
            <ResultsBody assessment={s.assessment.clone()} data={d} />
        </section>
    }
}
