//! Export everything as a dated JSON file; import one with validation, a
//! preview of what would change, and a confirmation before anything is
//! replaced or merged. A refused file leaves stored data untouched.
//!
//! Part of the history page: the bodies a file names are loaded as the
//! app loads every body ([`Action::WantBodies`]), and the document the
//! import makes replaces the app's ([`Action::Imported`]).

use crate::core::id::Id;
use crate::core::model::BodyData;
use crate::core::transfer::{
    begin, export, file_name, Checked, ImportError, Incoming, Mode, Preview, MAX_IMPORT_BYTES,
};
use crate::i18n::{tr, use_lang, Lang, Msg};
use crate::state::{use_app, Action, AppState, Loadable, Shared};
use crate::today;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

/// Starts a download of the export's text.
fn download(name: &str, text: &str) -> Result<(), Msg> {
    crate::download::download(name, "application/json", text.as_bytes())
}

/// A validated import, waiting for confirmation.
#[derive(Clone, PartialEq)]
struct Pending {
    file: String,
    checked: Rc<Checked>,
}

/// An import read and parsed, waiting for the bodies it names to load.
#[derive(Clone, PartialEq)]
struct Awaiting {
    file: String,
    incoming: Rc<Incoming>,
}

/// Reads a chosen file and parses it as an export (the core's
/// [`begin`]). The bodies it names are then asked for ([`Action::WantBodies`]).
async fn read_file(file: web_sys::File) -> Result<Awaiting, Msg> {
    let refused = |e: ImportError| Msg::from_fn(|l| e.message(l));
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        return Err(refused(ImportError::TooLarge(size)));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string())
        .ok_or_else(|| {
            Msg::new(
                "ファイルを読み込めませんでした。",
                "Could not read the file.",
            )
        })?;
    Ok(Awaiting {
        file: file.name(),
        incoming: Rc::new(begin(&text).map_err(refused)?),
    })
}

/// Once every body the import names has loaded (or failed): checks it
/// against them (the core's [`Incoming::check`]).
fn prepare(ctx: &AppState, a: &Awaiting) -> Result<Pending, Msg> {
    let refused = |e: ImportError| Msg::from_fn(|l| e.message(l));
    let mut bodies: BTreeMap<Id, Shared<BodyData>> = BTreeMap::new();
    for id in &a.incoming.bodies {
        match ctx.bodies.get(id) {
            Some(Loadable::Ready(d)) => {
                bodies.insert(id.clone(), d.clone());
            }
            // Not in the index, or its file could not be fetched: either
            // way the file names a body this app cannot show; say both.
            Some(Loadable::Failed(why)) => {
                return Err(refused(ImportError::UnknownBody(id.clone())).then(why))
            }
            _ => return Err(refused(ImportError::UnknownBody(id.clone()))),
        }
    }
    let checked = (*a.incoming)
        .clone()
        .check(&ctx.doc, |id| bodies.get(id).map(|d| &**d))
        .map_err(refused)?;
    Ok(Pending {
        file: a.file.clone(),
        checked: Rc::new(checked),
    })
}

fn describe(p: &Preview, lang: Lang) -> Vec<String> {
    let mut v = Vec::new();
    if p.assessment_changes {
        v.push(
            tr(
                lang,
                "進行中の自己評価が、ファイルの内容になります。",
                "The self-assessment in progress becomes the one in the file.",
            )
            .into(),
        );
    }
    match lang {
        Lang::Ja => {
            v.push(format!(
                "スナップショット：追加 {} 件、削除 {} 件",
                p.snapshots_added, p.snapshots_removed
            ));
            v.push(format!(
                "計画：追加 {} 件、削除 {} 件",
                p.plan_added, p.plan_removed
            ));
        }
        Lang::En => {
            v.push(format!(
                "Snapshots: {} added, {} removed",
                p.snapshots_added, p.snapshots_removed
            ));
            v.push(format!(
                "Plan: {} added, {} removed",
                p.plan_added, p.plan_removed
            ));
        }
    }
    v
}

/// The export / import section.
#[component]
pub fn DataTransfer() -> Html {
    let lang = use_lang();
    let ctx = &use_app();
    let error = use_state(|| None::<Msg>);
    let pending = use_state(|| None::<Pending>);
    let confirm = use_state(|| None::<Mode>);
    let awaiting = use_state(|| None::<Awaiting>);
    let refused = |m: &Msg| {
        Msg::new(
            "読み込みませんでした。保存されているデータは変わっていません。",
            "Nothing was imported. The saved data is unchanged.",
        )
        .then(m)
    };
    // When the bodies the file names have all arrived (or failed), check it.
    {
        let settled = awaiting
            .as_ref()
            .is_some_and(|a| ctx.settled(&a.incoming.bodies));
        let (ctx, awaiting, pending, error) = (
            ctx.clone(),
            awaiting.clone(),
            pending.clone(),
            error.clone(),
        );
        use_effect_with(settled, move |settled| {
            if let (true, Some(a)) = (*settled, (*awaiting).clone()) {
                match prepare(&ctx, &a) {
                    Ok(p) => pending.set(Some(p)),
                    Err(m) => error.set(Some(refused(&m))),
                }
                awaiting.set(None);
            }
        });
    }

    let on_export = {
        let ctx = ctx.clone();
        let error = error.clone();
        Callback::from(move |_| {
            let t = today();
            match download(&file_name(t), &export(&ctx.doc, t)) {
                Ok(()) => {
                    let file = file_name(t);
                    ctx.dispatch(Action::Notice(Msg::new(
                        format!("「{file}」として書き出しました。"),
                        format!("Exported as \u{201c}{file}\u{201d}."),
                    )))
                }
                Err(m) => error.set(Some(m)),
            }
        })
    };
    let on_file = {
        let ctx = ctx.clone();
        let error = error.clone();
        let pending = pending.clone();
        let confirm = confirm.clone();
        let awaiting = awaiting.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            error.set(None);
            pending.set(None);
            confirm.set(None);
            let (ctx, error, awaiting) = (ctx.clone(), error.clone(), awaiting.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match read_file(file).await {
                    Ok(a) => {
                        ctx.dispatch(Action::WantBodies(a.incoming.bodies.clone()));
                        awaiting.set(Some(a));
                    }
                    Err(m) => error.set(Some(refused(&m))),
                }
            });
        })
    };
    let choose = |m: Mode| {
        let confirm = confirm.clone();
        Callback::from(move |_| confirm.set(Some(m)))
    };
    let apply_now = {
        let ctx = ctx.clone();
        let pending = pending.clone();
        let confirm = confirm.clone();
        Callback::from(move |_| {
            if let (Some(p), Some(mode)) = ((*pending).clone(), *confirm) {
                let doc = p.checked.apply(&ctx.doc, mode);
                ctx.dispatch(Action::Imported(Rc::new(doc)));
                let file = &p.file;
                ctx.dispatch(Action::Notice(Msg::new(
                    format!("「{file}」を読み込みました。"),
                    format!("\u{201c}{file}\u{201d} was imported."),
                )));
                pending.set(None);
                confirm.set(None);
            }
        })
    };
    let cancel = {
        let pending = pending.clone();
        let confirm = confirm.clone();
        Callback::from(move |_| {
            pending.set(None);
            confirm.set(None);
        })
    };

    html! {
        <section class="transfer" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{ tr(lang, "書き出し・読み込み", "Export and import") }</h2>
            <p>{ tr(lang, "自己評価・スナップショット・計画をまとめて1つのファイル（JSON）に書き出せます。別の端末への移行や控えに使えます。ファイルはこの端末に保存され、どこにも送信されません。", "Self-ratings, snapshots and the plan can be exported together as one file (JSON), to move to another device or keep as a copy. The file is saved on this device and sent nowhere.") }</p>
            <div class="actions">
                <button type="button" class="secondary" onclick={on_export}>{ tr(lang, "すべて書き出す", "Export everything") }</button>
                <label for="import-file" class="button secondary">{ tr(lang, "ファイルから読み込む…", "Import from a file…") }</label>
                <input id="import-file" class="visually-hidden-file" type="file" accept=".json,application/json" onchange={on_file} />
            </div>
            if let Some(m) = &*error {
                { super::status::failure(m, lang) }
            }
            if let Some(p) = &*pending {
                <div class="import-preview" role="region" aria-label={tr(lang, "読み込みの確認", "Confirm the import")}>
                    <h3>{ match lang {
                        Lang::Ja => format!("「{}」を読み込む前に", p.file),
                        Lang::En => format!("Before importing \u{201c}{}\u{201d}", p.file),
                    } }</h3>
                    <div class="preview-cols">
                        <div>
                            <h4>{ tr(lang, "統合する（追加のみ）", "Merge (add only)") }</h4>
                            <ul>{ for describe(&p.checked.merge, lang).into_iter().map(|t| html! { <li>{ t }</li> }) }</ul>
                            <button type="button" class="secondary" onclick={choose(Mode::Merge)}>{ tr(lang, "統合する", "Merge") }</button>
                        </div>
                        <div>
                            <h4>{ tr(lang, "置き換える", "Replace") }</h4>
                            <ul>{ for describe(&p.checked.replace, lang).into_iter().map(|t| html! { <li>{ t }</li> }) }</ul>
                            <button type="button" class="secondary" onclick={choose(Mode::Replace)}>{ tr(lang, "置き換える", "Replace") }</button>
                        </div>
                    </div>
                    if let Some(mode) = *confirm {
                        <p role="alert" class="confirm">{ match mode {
                            Mode::Merge => tr(lang, "ファイルのスナップショットと計画を追加します。よろしいですか？", "The file's snapshots and plan items will be added. Go ahead?"),
                            Mode::Replace => tr(lang, "今のデータをファイルの内容で置き換えます。元に戻せません。よろしいですか？", "The current data will be replaced by the file's. This cannot be undone. Go ahead?"),
                        } }</p>
                        <div class="actions">
                            <button type="button" class="danger" onclick={apply_now}>{ tr(lang, "実行する", "Do it") }</button>
                            <button type="button" class="secondary" onclick={cancel.clone()}>{ tr(lang, "やめる", "Cancel") }</button>
                        </div>
                    } else {
                        <button type="button" class="secondary" onclick={cancel}>{ tr(lang, "読み込まない", "Don't import") }</button>
                    }
                </div>
            }
        </section>
    }
}
