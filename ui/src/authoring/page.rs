//! 団体の枠組みを作る: for an HR office (人事課・研修担当) bringing its own
//! framework. Download the Excel template (or a body's filled workbook to
//! copy from), fill it in, drop it here: it is read and checked with the
//! build's own validator, each problem shown by sheet, row and column; a
//! clean one can be kept on this device, tried like an embedded body, and
//! handed on as a data file for `data/bodies/` or as a one-file app for the
//! office's shared drive. The reading itself is the authoring module's
//! ([`super::reader`]), loaded only when a file is read or made.
//!
//! A body whose framework is its 標準職務遂行能力 規程 can paste the
//! regulation's 別表 instead ([`super::paste`]); what that makes is shown
//! and kept as a workbook's reading is.
//!
//! The page reads the app's state: the bodies the index lists (offered as
//! filled workbooks), the frameworks imported on this device
//! (`state.frameworks`), the person's assessment; keeping or removing a
//! framework is an [`Action`].

use super::paste::PasteSection;
use super::reader;
use crate::components::words::{glossed, mixed};
use crate::download::{download, embedded_file};
use crate::i18n::{tr, use_lang, Lang, Msg};
use crate::route::Route;
use crate::state::{use_app, Action, Loadable, Shared};
use michishirube::core::dates::date_label;
use michishirube::core::frameworks::{diff, Imported};
use michishirube::core::id::Id;
use michishirube::core::model::BodyData;
use michishirube::core::store::reconcile;
use michishirube::core::validate::validate;
use michishirube::core::workbook::Finding;
use std::rc::Rc;
use yew::prelude::*;

/// Where the import stands.
#[derive(Clone, PartialEq)]
enum Phase {
    /// Nothing chosen yet.
    Idle,
    /// Reading a file (the module may be loading).
    Reading(String),
    /// Read: the outcome, for a file.
    Read(String, Rc<reader::Read>),
    /// The file could not even be read.
    Failed(Msg),
}

/// Reads a chosen file with the authoring module.
async fn read(file: web_sys::File) -> Phase {
    let name = file.name();
    let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
        Err(_) => {
            return Phase::Failed(Msg::new(
                "ファイルを読み込めませんでした。",
                "Could not read the file.",
            ))
        }
    };
    match reader::read_framework(&bytes, &name).await {
        Ok(o) => Phase::Read(name, Rc::new(o)),
        Err(m) => Phase::Failed(m),
    }
}

/// A download link for a workbook the build made (`data/workbooks/…`). The
/// one-file app carries its workbooks inside itself, and saves them from
/// there; the served app lets the browser fetch the file.
fn workbook_link(path: &str, save_as: &str, label: Html) -> Html {
    let (p, n) = (path.to_owned(), save_as.to_owned());
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(bytes) = embedded_file(&p) {
            e.prevent_default();
            let _ = download(
                &n,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                &bytes,
            );
        }
    });
    html! { <a href={path.to_owned()} download={save_as.to_owned()} {onclick}>{ label }</a> }
}

/// The authoring page.
#[component]
pub fn AuthorView() -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let phase = use_state(|| Phase::Idle);
    let dragging = use_state(|| false);

    let take = {
        let phase = phase.clone();
        Callback::from(move |file: web_sys::File| {
            phase.set(Phase::Reading(file.name()));
            let phase = phase.clone();
            wasm_bindgen_futures::spawn_local(async move { phase.set(read(file).await) });
        })
    };
    let on_file = {
        let take = take.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                input.set_value("");
                take.emit(f);
            }
        })
    };
    let on_drop = {
        let take = take.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(f) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0))
            {
                take.emit(f);
            }
        })
    };
    let on_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };

    // The bodies the index lists (none where it lists only prefectures).
    let examples = match &ctx.index {
        Loadable::Ready(ix) => ix.bodies.clone(),
        _ => Vec::new(),
    };

    html! {
        <article class="author" aria-labelledby="author-heading">
            <h1 id="author-heading">{ tr(lang, "団体の枠組みを作る", "Bring your body's framework") }</h1>
            <p>{ tr(lang, "人事担当の方へ：団体の人材育成基本方針（職位・能力・役割・研修など）を Excel のテンプレートに書き込んで読み込むと、その団体の自己診断をこの端末で試せます。読み込むファイルは、どこにも送信されません。", "For HR offices: fill your body's staff development policy (grades, abilities, roles, courses…) into the Excel template and import it here, and you can try a self-assessment for your body on this device. The file is never sent anywhere.") }</p>
            <p>{ tr(lang, "職員から提出された自己診断のファイルをまとめて集計するには、", "To summarise the self-assessment files your staff hand in, see ") }
                <a href={Route::Office(None).to_hash()}>{ tr(lang, "組織の傾向", "Trends across the organisation") }</a>{ tr(lang, "のページへ。", ".") }</p>

            <section aria-labelledby="author-template">
                <h2 id="author-template">{ tr(lang, "1. テンプレートをダウンロードする", "1. Download the template") }</h2>
                <p>{ workbook_link("data/workbooks/template.xlsx", "道しるべ_枠組みテンプレート.xlsx",
                    html! { <span class="button secondary">{ tr(lang, "テンプレート（Excel）をダウンロード", "Download the template (Excel)") }</span> }) }</p>
                <p class="help">{ tr(lang, "最初の「説明」シートに、シートと列ごとの書き方があります。記入例の行（A列が「記入例」）は読み込まれません。", "The first sheet, 説明, explains each sheet and column. Example rows (column A starting 記入例) are not read.") }</p>
                if !examples.is_empty() {
                    <h3>{ tr(lang, "記入済みの例（収録されている団体）", "Filled examples (the bodies included)") }</h3>
                    <ul class="examples">
                        { for examples.iter().map(|b| html! {
                            <li>{ workbook_link(&format!("data/workbooks/{}.xlsx", b.id), &format!("道しるべ_{}.xlsx", b.name.ja),
                                html! { <>{ glossed(&b.name, lang) }{ tr(lang, "（Excel）", " (Excel)") }</> }) }</li>
                        }) }
                    </ul>
                }
            </section>

            <section aria-labelledby="author-import">
                <h2 id="author-import">{ tr(lang, "2. 書き込んだブックを読み込む", "2. Import the filled workbook") }</h2>
                <input id="author-file" class="visually-hidden-file" type="file"
                    accept=".xlsx,.xls,.csv,.toml,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={on_file} />
                <label for="author-file" class={classes!("dropzone", dragging.then_some("over"))}
                    ondrop={on_drop} ondragover={on_over} ondragleave={on_leave}>
                    <span>{ tr(lang, "ここにブックをドラッグ＆ドロップするか、ここを押してファイルを選んでください", "Drop the workbook here, or press here to choose the file") }</span>
                    <span class="help">{ tr(lang, "Excel ブック（.xlsx）か、道しるべのデータファイル（.toml／.json）", "An Excel workbook (.xlsx), or a Michishirube data file (.toml / .json)") }</span>
                </label>
                { match &*phase {
                    Phase::Idle => html! {},
                    Phase::Reading(name) => html! { <p class="status" role="status">{ mixed(&match lang {
                        Lang::Ja => format!("「{name}」を読み込んでいます…"),
                        Lang::En => format!("Reading \u{201c}{name}\u{201d}…"),
                    }, lang) }</p> },
                    Phase::Failed(m) => html! { <p class="error" role="alert">{ m.get(lang).to_owned() }</p> },
                    Phase::Read(name, o) => html! { <ReadResult name={name.clone()} outcome={o.clone()} on_done={ let p = phase.clone(); Callback::from(move |_| p.set(Phase::Idle)) } /> },
                } }
            </section>

            <PasteSection />

            <Stored />
        </article>
    }
}

/// Props for [`ReadResult`].
#[derive(Properties, PartialEq)]
pub(super) struct ReadProps {
    /// What was read: a file's name, or a pasted regulation's title.
    pub name: String,
    /// What reading it came to.
    pub outcome: Rc<reader::Read>,
    /// Called when it is kept or let go.
    pub on_done: Callback<()>,
}

/// The findings as table rows: where, what, how to fix it (the reader's
/// words are Japanese in either interface language).
fn finding_rows(fs: &[Finding]) -> Html {
    html! {
        { for fs.iter().map(|f| html! {
            <tr>
                <td lang="ja">{ f.location() }</td>
                <td lang="ja">{ f.message.clone() }</td>
                <td lang="ja">{ f.hint.clone().unwrap_or_default() }</td>
            </tr>
        }) }
    }
}

/// What reading a file (or a paste, [`super::paste`]) came to: its
/// problems, or what it holds, what changes against the version this
/// device has, and keeping it.
#[component]
pub(super) fn ReadResult(props: &ReadProps) -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let o = &props.outcome;
    // The app's own data for the body, where it has it and nothing was
    // imported for it: loaded as the app loads every body, to say what
    // would change.
    let published = o
        .data
        .as_ref()
        .map(|d| d.body.id.clone())
        .filter(|id| ctx.framework(id).is_none());
    {
        let ctx = ctx.clone();
        use_effect_with(published.clone(), move |id| {
            if let Some(id) = id {
                ctx.dispatch(Action::WantBodies(vec![id.clone()]));
            }
        });
    }
    let included = published.as_ref().and_then(|id| ctx.body(id));
    let name = &props.name;
    let Some(d) = o.data.clone() else {
        return html! {
            <section class="read-problems" aria-labelledby="read-heading">
                <h3 id="read-heading" role="alert">{ mixed(&match lang {
                    Lang::Ja => format!("「{name}」に {} 件の問題があります。直してから、もう一度読み込んでください（何も保存していません）。", o.problems.len()),
                    Lang::En => format!("\u{201c}{name}\u{201d} has {} problem(s). Correct them and import it again (nothing was saved).", o.problems.len()),
                }, lang) }</h3>
                <div class="table-scroll" role="region" aria-labelledby="read-heading" tabindex="0">
                    <table class="problems">
                        <thead><tr>
                            <th scope="col">{ tr(lang, "場所", "Where") }</th>
                            <th scope="col">{ tr(lang, "問題", "Problem") }</th>
                            <th scope="col">{ tr(lang, "直し方", "How to fix it") }</th>
                        </tr></thead>
                        <tbody>{ finding_rows(&o.problems) }</tbody>
                    </table>
                </div>
            </section>
        };
    };
    let id = d.body.id.clone();
    // What this device shows for the body now: an earlier import, or the
    // app's own data for it.
    let earlier: Option<(Shared<BodyData>, &'static str)> = match ctx.framework(&id) {
        Some(k) => Some((
            Shared::from(k.data.clone()),
            tr(
                lang,
                "この端末に取り込んだ枠組み",
                "the framework imported on this device",
            ),
        )),
        None => included.map(|b| {
            (
                b,
                tr(
                    lang,
                    "アプリに収録されたデータ",
                    "the data included in the app",
                ),
            )
        }),
    };
    let revision = earlier.as_ref().map(|(old, _)| diff(old, &d));
    let carried = ctx
        .assessment()
        .filter(|a| a.selection.body == id)
        .map(|a| reconcile(a, &d).1);
    let marks: usize = d
        .matrix
        .as_ref()
        .map_or(0, |m| m.rows.iter().map(|r| r.marks.len()).sum());
    let can_do: usize = d.grades.iter().map(|g| g.can_do.len()).sum();
    // Kept only once checked with the build's own validator, as every
    // framework stored on this device is when it is loaded.
    let keep = {
        let ctx = ctx.clone();
        let (file_name, json, data) = (name.clone(), o.json.clone(), d.clone());
        let done = props.on_done.clone();
        Callback::from(move |_| {
            match validate(&file_name, &data) {
                Ok(()) => {
                    ctx.dispatch(Action::ImportFramework(Rc::new(Imported {
                        file_name: file_name.clone(),
                        imported: crate::today(),
                        data: Rc::new(data.clone()),
                        json: json.clone(),
                    })));
                    ctx.dispatch(Action::Notice(Msg::new(
                        format!(
                            "「{}」の枠組みを、この端末に取り込みました。",
                            data.body.name.ja
                        ),
                        format!(
                            "The framework of {} was imported on this device.",
                            data.body.name.glossed(Lang::En)
                        ),
                    )));
                }
                Err(errors) => ctx.dispatch(Action::Notice(Msg::new(
                    format!(
                        "枠組みを取り込めませんでした（{} 件の問題）。",
                        errors.len()
                    ),
                    format!(
                        "The framework could not be imported ({} problem(s)).",
                        errors.len()
                    ),
                ))),
            }
            done.emit(());
        })
    };
    html! {
        <section class="read-ok" aria-labelledby="read-heading">
            <h3 id="read-heading" role="status">{ mixed(&match lang {
                Lang::Ja => format!("「{name}」を読み込めました：{}", d.body.name.ja),
                Lang::En => format!("\u{201c}{name}\u{201d} was read: {}", d.body.name.glossed(lang)),
            }, lang) }</h3>
            <ul class="read-summary">
                <li>{ match lang {
                    Lang::Ja => format!("職種 {}・職位 {}・能力 {}・記号 {}・できること {}・研修・支援 {}・キャリアパス {}", d.tracks.len(), d.grades.len(), d.abilities.len(), marks, can_do, d.offerings.len(), d.career_paths.len()),
                    Lang::En => format!("{} tracks, {} grades, {} abilities, {} marks, {} can-do statements, {} courses and supports, {} career paths", d.tracks.len(), d.grades.len(), d.abilities.len(), marks, can_do, d.offerings.len(), d.career_paths.len()),
                } }</li>
            </ul>
            if !o.notices.is_empty() {
                <details class="read-notices">
                    <summary>{ match lang {
                        Lang::Ja => format!("読み替えたところ（{} 件）", o.notices.len()),
                        Lang::En => format!("Read differently from how it was typed ({})", o.notices.len()),
                    } }</summary>
                    <ul>{ for o.notices.iter().map(|n| html! { <li lang="ja">{ n.to_string() }</li> }) }</ul>
                </details>
            }
            if let (Some((_, what)), Some(r)) = (&earlier, &revision) {
                <section class="revision" aria-labelledby="revision-heading">
                    <h4 id="revision-heading">{ match lang {
                        Lang::Ja => format!("{what}から変わる点"),
                        Lang::En => format!("What changes from {what}"),
                    } }</h4>
                    if r.is_empty() {
                        <p>{ tr(lang, "職位・能力・記号・研修・支援に変わりはありません。", "No grade, ability, mark, course or support changes.") }</p>
                    } else {
                        <ul>{ for r.lines(lang).into_iter().map(|l| html! { <li>{ mixed(&l, lang) }</li> }) }</ul>
                    }
                </section>
            }
            if let Some(report) = carried.filter(|r| r.iter().any(|o| !o.is_revision())) {
                <section class="carry" aria-labelledby="carry-heading">
                    <h4 id="carry-heading">{ tr(lang, "あなたの自己評価の引き継ぎ", "Carrying your self-rating over") }</h4>
                    <ul>{ for report.iter().filter(|o| !o.is_revision()).map(|o| {
                        let said = o.message_named(lang, &|i| {
                            d.name_of(i, lang).or_else(|| earlier.as_ref().and_then(|(old, _)| old.name_of(i, lang)))
                        });
                        html! { <li>{ mixed(&said, lang) }</li> }
                    }) }</ul>
                </section>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={keep}>{ tr(lang, "この端末に取り込む", "Import on this device") }</button>
                <button type="button" class="secondary" onclick={ let done = props.on_done.clone(); Callback::from(move |_| done.emit(())) }>{ tr(lang, "取り込まない", "Don't import") }</button>
            </div>
            <p class="help">{ tr(lang, "取り込んだ枠組みは、この端末だけに保存され、「取り込んだ枠組み（この端末だけ）」と表示されます。公表されたデータではありません。", "An imported framework is saved only on this device and is labelled \u{201c}imported framework (this device only)\u{201d}. It is not published data.") }</p>
        </section>
    }
}

/// The frameworks imported on this device, each to open, hand on or remove.
#[component]
fn Stored() -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let error = use_state(|| None::<Msg>);
    let confirm = use_state(|| None::<Id>);
    let kept = &ctx.frameworks.bodies;
    if kept.is_empty() {
        return html! {};
    }
    let export = |k: &Imported, one_file: bool| {
        let (id, json) = (k.data.body.id.clone(), k.json.clone());
        let error = error.clone();
        Callback::from(move |_| {
            let (id, json) = (id.clone(), json.clone());
            let error = error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let made = if one_file {
                    reader::one_file(&json).await.and_then(|html| {
                        download(
                            &format!("michishirube-{id}.html"),
                            "text/html",
                            html.as_bytes(),
                        )
                    })
                } else {
                    reader::to_toml(&json).await.and_then(|toml| {
                        download(&format!("{id}.toml"), "application/toml", toml.as_bytes())
                    })
                };
                error.set(made.err());
            });
        })
    };
    html! {
        <section class="stored" aria-labelledby="stored-heading">
            <h2 id="stored-heading">{ tr(lang, "この端末に取り込んだ枠組み", "Frameworks imported on this device") }</h2>
            if let Some(m) = &*error {
                <p class="error" role="alert">{ m.get(lang).to_owned() }</p>
            }
            <ul class="stored-list">
                { for kept.iter().map(|k| {
                    let d = &k.data;
                    let id = d.body.id.clone();
                    html! {
                        <li class="stored-item" data-body={id.to_string()}>
                            <p><strong>{ glossed(&d.body.name, lang) }</strong>{ " " }<span lang="ja">{ d.body.prefecture.clone() }</span></p>
                            <p class="help">{ mixed(&match lang {
                                Lang::Ja => format!("「{}」から {} に取り込みました", k.file_name, date_label(k.imported, lang)),
                                Lang::En => format!("Imported from \u{201c}{}\u{201d} on {}", k.file_name, date_label(k.imported, lang)),
                            }, lang) }</p>
                            <div class="actions">
                                <a class="button secondary" href={Route::Body(id.clone()).to_hash()}>{ tr(lang, "開く", "Open") }</a>
                                <button type="button" class="secondary" onclick={export(k, false)}>{ tr(lang, "データファイル（TOML）を書き出す", "Export the data file (TOML)") }</button>
                                <button type="button" class="secondary" onclick={export(k, true)}>{ tr(lang, "1ファイル版のアプリを書き出す", "Export a one-file app") }</button>
                                if confirm.as_ref() == Some(&id) {
                                    <span role="alert" class="confirm">{ tr(lang, "この枠組みを削除しますか？", "Remove this framework?") }</span>
                                    <button type="button" class="danger" onclick={ let ctx = ctx.clone(); let c = confirm.clone(); let id = id.clone(); Callback::from(move |_| { ctx.dispatch(Action::RemoveFramework(id.clone())); c.set(None); }) }>{ tr(lang, "削除する", "Remove it") }</button>
                                    <button type="button" class="secondary" onclick={ let c = confirm.clone(); Callback::from(move |_| c.set(None)) }>{ tr(lang, "やめる", "Cancel") }</button>
                                } else {
                                    <button type="button" class="danger" onclick={ let c = confirm.clone(); let id = id.clone(); Callback::from(move |_| c.set(Some(id.clone()))) }>{ tr(lang, "削除", "Remove") }</button>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ul>
            <p class="help">{ tr(lang, "データファイル（TOML）は、アプリの data/bodies/ に置くと収録されます。1ファイル版は、共有フォルダに置いて職員が開くと、この団体が最初に表示されます。", "The data file (TOML) is included in the app when placed in its data/bodies/. The one-file app, put on a shared drive, opens with this body first.") }</p>
        </section>
    }
}
