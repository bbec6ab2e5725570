//! The person's history: saved snapshots (list, open, compare, delete),
//! supervisors' reviews, each item's progress over time, saving on this
//! device, export and import, and deleting everything. The pages read the
//! app's state and change it with [`Action`]s; the bodies they name are
//! the app's loaded copies (see `AppState::needed_bodies`).

use crate::components::progress::{Progress, ProgressPoint};
use crate::components::results::ResultsBody;
use crate::components::status::body_or_status;
use crate::components::transfer::DataTransfer;
use crate::components::words::{lang_of, mixed};
use crate::i18n::{tr, use_lang, Lang, Msg};
use crate::route::{navigate, Meeting, Route};
use crate::state::{use_app, Action, Loadable, StorageInfo};
use michishirube::core::assess::{rate_items, Side};
use michishirube::core::dates::{date_label, short_date};
use michishirube::core::id::Id;
use michishirube::core::store::size_label;
use yew::prelude::*;

/// The history page.
#[component]
pub fn HistoryView() -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let doc = &ctx.doc;
    let confirm_delete = use_state(|| None::<u32>);
    let confirm_all = use_state(|| false);
    let snapshots = &doc.snapshots;

    // A body's name: from its data if loaded, else from the index (which
    // lists bodies while there are few), else its id.
    let body_name = |id: &Id| match ctx.body(id) {
        Some(d) => d.body.name.glossed(lang),
        None => match &ctx.index {
            Loadable::Ready(ix) => ix.bodies.iter().find(|b| &b.id == id),
            _ => None,
        }
        .map_or_else(|| id.to_string(), |b| b.name.glossed(lang)),
    };

    // The deletion itself is the app's effect (see crate::app).
    let delete_all = {
        let ctx = ctx.clone();
        let confirm_all = confirm_all.clone();
        Callback::from(move |_| {
            ctx.dispatch(Action::DeleteAll);
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
                        let same_body = doc.assessment.as_ref().is_some_and(|a| a.selection.body == sel.body);
                        let pair = match ctx.body(&sel.body) {
                            Some(d) => format!("{} → {}", sel.current.name(&d, lang),
                                sel.next.as_ref().map(|g| d.grade_name(g, lang)).unwrap_or_else(|| tr(lang, "（比べない）", "(no comparison)").into())),
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
                        let delete = {
                            let (ctx, id) = (ctx.clone(), s.id);
                            Callback::from(move |_| ctx.dispatch(Action::DeleteSnapshot(id)))
                        };
                        html! {
                            <li class="snapshot" data-snapshot={s.id.to_string()}>
                                <p class="snapshot-date"><strong>{ date_label(s.taken, lang) }</strong></p>
                                <p>{ mixed(&format!("{}　{}", body_name(&sel.body), pair), lang) }
                                    { for s.label.as_ref().map(|l| html! { <span class="tag">{ mixed(l, lang) }</span> }) }</p>
                                <div class="actions">
                                    <a class="button secondary" href={Route::Snapshot(s.id).to_hash()}>{ tr(lang, "開く", "Open") }</a>
                                    if same_body {
                                        <button type="button" class="secondary" onclick={compare}>{ tr(lang, "今の評価と比べる", "Compare with the current rating") }</button>
                                    }
                                    { confirmed_delete(lang, &confirm_delete, s.id, ("このスナップショットを削除しますか？", "Delete this snapshot?"), delete) }
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
            <h2>{ tr(lang, "上司の評価", "Supervisors' reviews") }</h2>
            if doc.reviews.is_empty() {
                <p>{ tr(lang, "まだ上司の評価はありません。「面談」から、上司と共有するか、この端末で上司に評価してもらえます。", "No supervisor's review yet. From \u{201c}1on1\u{201d}, share with your supervisor or have them rate on this device.") }</p>
            } else {
                <ul class="review-list">
                    { for doc.reviews.iter().rev().map(|r| html! {
                        <li class="review-item" data-review={r.id.to_string()}>
                            <p><strong>{ date_label(r.made, lang) }</strong>{ " " }{ mixed(&match lang {
                                Lang::Ja => format!("{}　{}{}", body_name(&r.body), if r.given.role.is_empty() { "役職の記入なし" } else { r.given.role.as_str() }, if r.on_this_device { "（この端末で評価）" } else { "（共有で受け取り）" }),
                                Lang::En => format!("{} · {}{}", body_name(&r.body), if r.given.role.is_empty() { "no role given" } else { r.given.role.as_str() }, if r.on_this_device { " (given on this device)" } else { " (received as a share)" }),
                            }, lang) }</p>
                            <div class="actions">
                                <a class="button secondary" href={Route::Meeting(Meeting::Compare(Some(r.id))).to_hash()}>{ tr(lang, "自己評価と比べる", "Compare with the self-rating") }</a>
                            </div>
                        </li>
                    }) }
                </ul>
            }
            <ProgressSection />
            { storage_status(ctx.storage, ctx.guest, lang) }
            <RecoveredCopies />
            <DataTransfer />
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
    let ctx = use_app();
    let lang = use_lang();
    let chosen = use_state(|| None::<Id>);
    let Some(a) = ctx.doc.assessment.as_ref() else {
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
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            chosen.set(Id::parse(&s.value()).ok());
        })
    };
    html! {
        <section class="progress-section" aria-labelledby="progress-heading">
            <h2 id="progress-heading">{ tr(lang, "項目ごとの推移", "Each item over time") }</h2>
            <div class="field">
                <label for="progress-item">{ tr(lang, "項目", "Item") }</label>
                <select id="progress-item" onchange={on_pick}>
                    { for items.iter().map(|i| html! {
                        <option lang={lang_of(&i.name(lang), lang)} value={i.id.to_string()} selected={i.id == item.id}>{ i.name(lang) }</option>
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
    let ctx = use_app();
    let lang = use_lang();
    let Some(s) = ctx.doc.snapshots.iter().find(|s| s.id == props.id) else {
        return html! { <p>{ tr(lang, "このスナップショットはありません。", "There is no such snapshot. ") }<a href="#/history">{ tr(lang, "履歴へ戻る", "Back to the history") }</a></p> };
    };
    let d = match body_or_status(&ctx, &s.assessment.selection.body, lang) {
        Ok(d) => d,
        Err(status) => return status,
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

/// Whether the browser keeps this device's data, and how much it holds:
/// browsers evict the storage of sites not used for a while (Safari after
/// seven days) or under pressure, unless it is persistent. Where it is not,
/// the person is reminded to export.
fn storage_status(i: StorageInfo, guest: bool, lang: Lang) -> Html {
    let kb = |b: u64| size_label(b, lang);
    let persisted = match (guest, i.persisted) {
        (true, _) => tr(lang, "ゲストとして利用中のため、このタブを閉じると消えます。", "You are a guest: everything is gone when this tab is closed."),
        (false, Some(true)) => tr(lang, "このブラウザは、この端末の保存データを自動では消さない設定（永続）になっています。", "This browser keeps the data on this device: it will not delete it by itself (persistent storage)."),
        (false, Some(false)) => tr(lang, "このブラウザは、しばらく使わないときや容量が足りないときに、保存データを消すことがあります（永続ではありません）。定期的に下の「すべて書き出す」で控えを残してください。", "This browser may delete the saved data after a while without use or when space runs short (the storage is not persistent). Export a copy regularly with \u{201c}Export everything\u{201d} below."),
        (false, None) => tr(lang, "このブラウザは、保存データを消さずに残すかどうかを答えません。控えとして、下の「すべて書き出す」で書き出しておくと安心です。", "This browser does not say whether it keeps the saved data. To be safe, export a copy with \u{201c}Export everything\u{201d} below."),
    };
    html! {
        <section class="storage-status" aria-labelledby="storage-heading">
            <h2 id="storage-heading">{ tr(lang, "この端末での保存", "Saving on this device") }</h2>
            <p data-persisted={i.persisted.map(|p| p.to_string()).unwrap_or_else(|| "unknown".into())}>{ persisted }</p>
            if let Some(u) = i.usage {
                <p>{ match (lang, i.quota) {
                    (Lang::Ja, Some(q)) => format!("使用量：{}（上限の目安 {}）", kb(u), kb(q)),
                    (Lang::Ja, None) => format!("使用量：{}", kb(u)),
                    (Lang::En, Some(q)) => format!("In use: {} (of about {})", kb(u), kb(q)),
                    (Lang::En, None) => format!("In use: {}", kb(u)),
                } }</p>
            }
        </section>
    }
}

/// When a copy was kept, in this device's time zone: its day as the app
/// writes days, and the time.
fn kept_when(ms: u64, lang: Lang) -> String {
    use chrono::Timelike;
    match chrono::DateTime::from_timestamp_millis(ms as i64).filter(|_| ms > 0) {
        Some(t) => {
            let t = t.with_timezone(&chrono::Local);
            format!(
                "{} {:02}:{:02}",
                date_label(t.date_naive(), lang),
                t.hour(),
                t.minute()
            )
        }
        None => tr(lang, "日時不明", "date unknown").into(),
    }
}

/// The copies of text the app could not read (or kept before replacing
/// it), listed where the person manages their data: each with when it was
/// kept and its size, to save as a file or delete. Shown only when there
/// is one; never in a guest session, which sees none of the owner's.
#[component]
fn RecoveredCopies() -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let failed = use_state(|| None::<Msg>);
    let confirm = use_state(|| None::<String>);
    let list = &ctx.recovered;
    if list.is_empty() || ctx.guest {
        return html! {};
    }
    html! {
        <section class="recovered-copies" aria-labelledby="recovered-heading">
            <h2 id="recovered-heading">{ tr(lang, "読み込めなかったデータの控え", "Copies of data that could not be read") }</h2>
            <p>{ tr(lang, "この端末で読み込めなかった内容（または置き換える前の内容）を、ここに残しています。ファイルとして保存して、後で確かめたり、サポートの方に見せたりできます。不要になったら削除してください。", "What this device could not read (or held before it was replaced) is kept here. Save it as a file to check it later or to show it to someone who can help; delete it when you no longer need it.") }</p>
            <ul class="recovered-list">
                { for list.iter().map(|c| {
                    let when = kept_when(c.kept, lang);
                    let save = {
                        let (key, failed) = (c.key.clone(), failed.clone());
                        let name = format!("michishirube-recovered-{}.json", c.kept);
                        Callback::from(move |_| {
                            let saved = crate::storage::recovered_text(&key)
                                .ok_or_else(|| Msg::new("控えを読み出せませんでした。", "The copy could not be read."))
                                .and_then(|t| crate::download::download(&name, "application/json", t.as_bytes()));
                            failed.set(saved.err());
                        })
                    };
                    let delete = {
                        let (ctx, key) = (ctx.clone(), c.key.clone());
                        Callback::from(move |_| ctx.dispatch(Action::DeleteRecovered(key.clone())))
                    };
                    html! {
                        <li class="recovered-copy">
                            <p><strong>{ when.clone() }</strong>{ " " }{ match lang {
                                Lang::Ja => format!("（{}）", size_label(c.bytes, lang)),
                                Lang::En => format!("({})", size_label(c.bytes, lang)),
                            } }</p>
                            <div class="actions">
                                <button type="button" class="secondary" onclick={save}>{ tr(lang, "ファイルとして保存", "Save as a file") }</button>
                                { confirmed_delete(lang, &confirm, c.key.clone(), ("この控えを削除しますか？", "Delete this copy?"), delete) }
                            </div>
                        </li>
                    }
                }) }
            </ul>
            if let Some(m) = &*failed {
                <p class="error" role="alert">{ m.get(lang).to_owned() }</p>
            }
        </section>
    }
}

/// 「削除」, which first asks `question` and then offers 「削除する」 and
/// 「やめる」. `asking` names the one entry of a list whose question is
/// open, so that asking about another closes the first.
fn confirmed_delete<K: Clone + PartialEq + 'static>(
    lang: Lang,
    asking: &UseStateHandle<Option<K>>,
    key: K,
    question: (&'static str, &'static str),
    delete: Callback<()>,
) -> Html {
    if asking.as_ref() == Some(&key) {
        let really = {
            let asking = asking.clone();
            Callback::from(move |_: MouseEvent| {
                delete.emit(());
                asking.set(None);
            })
        };
        let cancel = {
            let asking = asking.clone();
            Callback::from(move |_: MouseEvent| asking.set(None))
        };
        html! {
            <>
                <span role="alert" class="confirm">{ tr(lang, question.0, question.1) }</span>
                <button type="button" class="danger" onclick={really}>{ tr(lang, "削除する", "Delete it") }</button>
                <button type="button" class="secondary" onclick={cancel}>{ tr(lang, "やめる", "Cancel") }</button>
            </>
        }
    } else {
        let asking = asking.clone();
        let ask = Callback::from(move |_: MouseEvent| asking.set(Some(key.clone())));
        html! { <button type="button" class="secondary" onclick={ask}>{ tr(lang, "削除", "Delete") }</button> }
    }
}
