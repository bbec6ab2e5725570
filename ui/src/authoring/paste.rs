//! 例規集の別表を貼り付ける: the other way in for a body whose framework is
//! its 「…標準職務遂行能力を定める規程」. The clerk copies the 別表 from the
//! body's 例規集 page and pastes it here; the authoring module reads it
//! ([`reader::read_paste`]); the clerk sees what was read as a table, with
//! every line it could not place, turns the grade order around if it was
//! guessed wrong, and names the body and the regulation once. The
//! authoring module then makes the body's data ([`reader::paste_body`],
//! the core's `paste::to_body`), and from there it is the same as a
//! workbook read: checked with the build's validator, shown with
//! what it changes, and kept on this device with the page's own
//! 「この端末に取り込む」 ([`ReadResult`]).
//!
//! A paste that cannot be read changes nothing: its message is shown and
//! the step before it stays as it was.

use super::page::ReadResult;
use super::reader::{self, Read};
use crate::components::words::mixed;
use crate::i18n::{tr, use_lang, Lang, Msg};
use michishirube::core::id::Id;
use michishirube::core::index::PREFECTURES;
use michishirube::core::paste::{NewBody, PasteLayout, Pasted, Regulation};
use michishirube::core::validate::validate;
use michishirube::core::workbook::Finding;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The kinds of body a 規程 can be the regulation of, as the model names them.
const KINDS: [&str; 5] = ["市", "町", "村", "区", "県"];

/// Where the paste stands.
#[derive(Clone, PartialEq)]
enum Step {
    /// Nothing read yet (or what was read was kept or let go).
    Idle,
    /// Read: for the clerk to confirm and name (the paste's number, so a
    /// new paste starts its confirmation afresh).
    Confirm(Rc<Pasted>, u32),
    /// Made into a body's data (or refused by the validator): the same
    /// outcome a workbook's reading comes to, named by the regulation.
    Made(String, Rc<Read>),
}

/// What the clerk names once: the body and the regulation.
#[derive(Clone, PartialEq, Default)]
struct Details {
    name: String,
    kind: String,
    prefecture: String,
    id: String,
    title: String,
    number: String,
    date: String,
    table: String,
}

/// The form's fields, to name them in messages and tie each to its input.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Name,
    Kind,
    Prefecture,
    Id,
    Title,
    Table,
}

impl Field {
    fn input_id(self) -> &'static str {
        match self {
            Field::Name => "paste-name",
            Field::Kind => "paste-kind",
            Field::Prefecture => "paste-prefecture",
            Field::Id => "paste-id",
            Field::Title => "paste-title",
            Field::Table => "paste-table",
        }
    }
}

/// Checks what the clerk typed: the body and the regulation, or what is
/// missing or wrong, field by field. `needs_table` is whether some cell's
/// paste names no 別表, so the form's heading is its source.
fn check(d: &Details, needs_table: bool) -> Result<(NewBody, Regulation), Vec<(Field, Msg)>> {
    let mut wrong = Vec::new();
    let trimmed = |s: &str| s.trim().to_owned();
    let optional = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
    if d.name.trim().is_empty() {
        wrong.push((
            Field::Name,
            Msg::new("団体名を入力してください。", "Enter the body's name."),
        ));
    }
    if !KINDS.contains(&d.kind.as_str()) {
        wrong.push((
            Field::Kind,
            Msg::new(
                "団体の種類（市・町・村・区・県）を選んでください。",
                "Choose the kind of body.",
            ),
        ));
    }
    if !PREFECTURES.contains(&d.prefecture.as_str()) {
        wrong.push((
            Field::Prefecture,
            Msg::new("都道府県を選んでください。", "Choose the prefecture."),
        ));
    }
    if let Err(e) = Id::parse(d.id.trim()) {
        wrong.push((
            Field::Id,
            Msg::new(format!("{e}。"), format!("The ID cannot be used: {e}.")),
        ));
    }
    if d.title.trim().is_empty() {
        wrong.push((
            Field::Title,
            Msg::new(
                "規程の題名を、例規集に載っているとおりに入力してください。",
                "Enter the regulation's title as the 例規集 prints it.",
            ),
        ));
    }
    if needs_table && d.table.trim().is_empty() {
        wrong.push((
            Field::Table,
            Msg::new(
                "貼り付けた表に別表の見出しがない行があります。別表の見出し（例：別表第2）を入力してください。",
                "Some rows of the paste name no 別表: enter its heading (e.g. 別表第2).",
            ),
        ));
    }
    if !wrong.is_empty() {
        return Err(wrong);
    }
    Ok((
        NewBody {
            id: trimmed(&d.id),
            name: trimmed(&d.name),
            kind: d.kind.clone(),
            prefecture: d.prefecture.clone(),
        },
        Regulation {
            title: trimmed(&d.title),
            number: optional(&d.number),
            date: optional(&d.date),
            table: trimmed(&d.table),
        },
    ))
}

/// The abilities in the order the table first prints them, each with its
/// group: the confirm table's rows.
fn abilities(p: &Pasted) -> Vec<(Option<String>, String)> {
    let mut out: Vec<(Option<String>, String)> = Vec::new();
    for c in &p.cells {
        let key = (c.group.clone(), c.ability.clone());
        if !out.contains(&key) {
            out.push(key);
        }
    }
    out
}

/// The groups in printed order (`None` for abilities printed under none).
fn groups(rows: &[(Option<String>, String)]) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = Vec::new();
    for (g, _) in rows {
        if !out.contains(g) {
            out.push(g.clone());
        }
    }
    out
}

/// The grades from the top: the printed order, or turned around.
fn from_top(p: &Pasted) -> Vec<String> {
    let mut g = p.grades.clone();
    if !p.top_first {
        g.reverse();
    }
    g
}

/// How the paste was read, in a sentence.
fn how_read(p: &Pasted, lang: Lang) -> String {
    let layout = match p.layout {
        PasteLayout::Html => tr(lang, "表（HTML）", "a table (HTML)"),
        PasteLayout::Tabs => tr(lang, "タブ区切りの文字", "tab-separated text"),
        PasteLayout::Lines => tr(lang, "行ごとの文字", "plain lines"),
    };
    let across = if p.grades_in_columns {
        tr(
            lang,
            "職位は列（横）に、能力は行（縦）に並んでいました",
            "the grades ran across the columns and the abilities down the rows",
        )
    } else {
        tr(
            lang,
            "職位は行（縦）に並んでいました",
            "the grades ran down the rows",
        )
    };
    match lang {
        Lang::Ja => format!(
            "{layout}として読み取りました。{across}。職位 {}・能力 {}・文 {}。",
            p.grades.len(),
            abilities(p).len(),
            p.cells.iter().map(|c| c.statements.len()).sum::<usize>()
        ),
        Lang::En => format!(
            "Read as {layout}; {across}. {} grades, {} abilities, {} sentences.",
            p.grades.len(),
            abilities(p).len(),
            p.cells.iter().map(|c| c.statements.len()).sum::<usize>()
        ),
    }
}

/// What was read, as a table: grades across, abilities down (grouped as
/// printed), each cell the grade's sentences for the ability.
fn confirm_table(p: &Pasted, lang: Lang) -> Html {
    let rows = abilities(p);
    let span = (p.grades.len() + 1).to_string();
    let cell = |grade: &str, group: &Option<String>, ability: &str| -> Html {
        let found = p
            .cells
            .iter()
            .find(|c| c.grade == grade && &c.group == group && c.ability == ability);
        match found {
            Some(c) if !c.statements.is_empty() => html! {
                <td lang="ja">
                    <ul class="paste-statements">{ for c.statements.iter().map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
                    if let Some(t) = &c.table { <span class="help">{ t.clone() }</span> }
                </td>
            },
            _ => html! { <td class="paste-none">{ tr(lang, "（なし）", "(none)") }</td> },
        }
    };
    html! {
        <div class="table-scroll" role="region" aria-labelledby="paste-table-caption" tabindex="0">
            <table class="paste-confirm">
                <caption id="paste-table-caption">{ tr(lang, "読み取った表（職位 × 能力）", "The table as read (grades × abilities)") }</caption>
                <thead><tr>
                    <th scope="col">{ tr(lang, "能力", "Ability") }</th>
                    { for p.grades.iter().map(|g| html! { <th scope="col" lang="ja">{ g.clone() }</th> }) }
                </tr></thead>
                { for groups(&rows).into_iter().map(|group| html! {
                    <tbody>
                        if let Some(g) = &group {
                            <tr class="paste-group"><th scope="rowgroup" colspan={span.clone()} lang="ja">{ g.clone() }</th></tr>
                        }
                        { for rows.iter().filter(|(g, _)| *g == group).map(|(g, a)| html! {
                            <tr>
                                <th scope="row" lang="ja">{ a.clone() }</th>
                                { for p.grades.iter().map(|grade| cell(grade, g, a)) }
                            </tr>
                        }) }
                    </tbody>
                }) }
            </table>
        </div>
    }
}

/// The clipboard's `text/html` and `text/plain` of a paste event.
fn clipboard(e: &Event) -> Option<(Option<String>, String)> {
    let data: web_sys::DataTransfer = js_sys::Reflect::get(e, &"clipboardData".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let html = data.get_data("text/html").ok().filter(|h| !h.is_empty());
    let text = data.get_data("text/plain").unwrap_or_default();
    Some((html, text))
}

/// The section 「例規集の別表を貼り付ける」.
#[component]
pub fn PasteSection() -> Html {
    let lang = use_lang();
    let step = use_state(|| Step::Idle);
    // A refused paste: shown beside whatever step stands, which it leaves as it was.
    let refused = use_state(|| None::<Msg>);
    // How many pastes have been answered (read or refused), on the
    // section as `data-answered`: what the end-to-end test waits on.
    let answered = use_state(|| 0u32);
    let reading = use_state(|| false);
    let typed = use_node_ref();

    let read = {
        let (step, refused, answered, reading) = (
            step.clone(),
            refused.clone(),
            answered.clone(),
            reading.clone(),
        );
        Callback::from(move |(html, text): (Option<String>, String)| {
            reading.set(true);
            refused.set(None);
            let (step, refused, answered, reading) = (
                step.clone(),
                refused.clone(),
                answered.clone(),
                reading.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let answer = reader::read_paste(html, text).await;
                reading.set(false);
                answered.set(*answered + 1);
                // A refusal leaves the step as it stands (a table being
                // confirmed keeps its form as typed).
                match answer {
                    Ok(Ok(p)) => step.set(Step::Confirm(Rc::new(p), *answered + 1)),
                    Ok(Err(e)) => refused.set(Some(Msg::new(
                        e.to_string(),
                        format!("The paste could not be read: {e}"),
                    ))),
                    Err(m) => refused.set(Some(m)),
                }
            });
        })
    };
    let on_paste = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            if let Some(got) = clipboard(&e) {
                e.prevent_default();
                read.emit(got);
            }
        })
    };
    let on_read = {
        let (read, typed) = (read.clone(), typed.clone());
        Callback::from(move |_: MouseEvent| {
            let text = typed
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            read.emit((None, text));
        })
    };
    let reading = *reading;

    html! {
        <section class="paste" aria-labelledby="paste-heading" data-answered={answered.to_string()}>
            <h2 id="paste-heading">{ tr(lang, "例規集の別表を貼り付ける", "Paste the 別表 from your 例規集") }</h2>
            <p>{ mixed(tr(lang, "団体の「…標準職務遂行能力を定める規程」（標準的な職と標準職務遂行能力を定めた訓令・規程）があれば、ブックを書く代わりに、その別表を貼り付けて枠組みを作れます。例規集のウェブページでその規程を開き、別表の表を見出しの行から最後の行まで選んでコピーし、下の欄に貼り付けてください。", "If your body has a regulation setting its 標準職務遂行能力 (「…標準職務遂行能力を定める規程」), you can make the framework by pasting its 別表 instead of filling a workbook. Open the regulation on your 例規集 web page, select the 別表 table from its heading row to its last row, copy it, and paste it below."), lang) }</p>
            <div class="field">
                <label for="paste-target">{ tr(lang, "別表の貼り付け先", "Paste the 別表 here") }</label>
                <textarea id="paste-target" ref={typed} rows="6" aria-describedby="paste-target-help"
                    onpaste={on_paste} readonly={reading} />
                <p id="paste-target-help" class="help">{ tr(lang, "貼り付けるとすぐに読み取ります。文字で入力した（または文字だけを貼り付けた）ときは「読み取る」を押してください。貼り付けた内容は、どこにも送信されません。", "A paste is read at once. If you typed the text (or pasted text only), press 「読み取る」. Nothing you paste is sent anywhere.") }</p>
            </div>
            <div class="actions">
                <button type="button" class="secondary" onclick={on_read} disabled={reading}>{ tr(lang, "読み取る", "Read it") }</button>
            </div>
            if let Some(m) = &*refused {
                <p class="error" role="alert">{ mixed(m.get(lang), lang) }</p>
            }
            if reading {
                <p class="status" role="status">{ tr(lang, "貼り付けた内容を読み取っています…", "Reading the paste…") }</p>
            }
            { match &*step {
                Step::Idle => html! {},
                Step::Confirm(p, n) => html! { <Confirm key={n.to_string()} pasted={p.clone()} on_made={ let s = step.clone(); Callback::from(move |(n, r)| s.set(Step::Made(n, r))) } /> },
                Step::Made(name, o) => html! { <ReadResult name={name.clone()} outcome={o.clone()} on_done={ let s = step.clone(); Callback::from(move |_| s.set(Step::Idle)) } /> },
            } }
        </section>
    }
}

/// Props for [`Confirm`].
#[derive(Properties, PartialEq)]
struct ConfirmProps {
    pasted: Rc<Pasted>,
    /// The body's data made (or refused by the validator), named by the regulation.
    on_made: Callback<(String, Rc<Read>)>,
}

/// What was read, the lines it could not place, the grade order, and the
/// form that names the body and the regulation.
#[component]
fn Confirm(props: &ConfirmProps) -> Html {
    let lang = use_lang();
    let pasted = use_state(|| (*props.pasted).clone());
    let details = use_state(Details::default);
    let wrong = use_state(Vec::<(Field, Msg)>::new);
    let failed = use_state(|| None::<Msg>);
    let p = &*pasted;
    let needs_table = p.cells.iter().any(|c| c.table.is_none());

    let turn = {
        let pasted = pasted.clone();
        Callback::from(move |_: MouseEvent| {
            let mut p = (*pasted).clone();
            p.top_first = !p.top_first;
            pasted.set(p);
        })
    };
    // Each field writes its own part of the details as it is typed or chosen.
    let update = {
        let details = details.clone();
        move |f: fn(&mut Details, String), v: String| {
            let mut d = (*details).clone();
            f(&mut d, v);
            details.set(d);
        }
    };
    let typed = |f: fn(&mut Details, String)| {
        let update = update.clone();
        Callback::from(move |e: InputEvent| {
            update(
                f,
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let chosen = |f: fn(&mut Details, String)| {
        let update = update.clone();
        Callback::from(move |e: Event| {
            update(
                f,
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        })
    };
    let make = {
        let (pasted, details, wrong, failed) = (
            pasted.clone(),
            details.clone(),
            wrong.clone(),
            failed.clone(),
        );
        let on_made = props.on_made.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (body, reg) = match check(&details, needs_table) {
                Ok(x) => x,
                Err(w) => {
                    wrong.set(w);
                    return;
                }
            };
            wrong.set(Vec::new());
            let (pasted, failed, on_made) = ((*pasted).clone(), failed.clone(), on_made.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let made = match reader::paste_body(&pasted, &body, &reg).await {
                    Ok(Ok(made)) => made,
                    Ok(Err(why)) => {
                        failed.set(Some(Msg::new(
                            format!("枠組みを作れませんでした（{why}）。何も保存していません。"),
                            format!("The framework could not be made ({why}). Nothing was saved."),
                        )));
                        return;
                    }
                    Err(m) => {
                        failed.set(Some(m));
                        return;
                    }
                };
                let (d, json) = made;
                // Checked again as every framework kept on this device is;
                // what the validator finds is shown as a file's problems are.
                let problems: Vec<Finding> = match validate(&reg.title, &d) {
                    Ok(()) => Vec::new(),
                    Err(errors) => errors
                        .iter()
                        .map(|e| Finding::file(e.to_string(), None))
                        .collect(),
                };
                failed.set(None);
                on_made.emit((
                    reg.title.clone(),
                    Rc::new(Read {
                        kind: "paste".into(),
                        data: problems.is_empty().then_some(d),
                        json,
                        problems,
                        notices: Vec::new(),
                    }),
                ));
            });
        })
    };
    let said = |f: Field| wrong.iter().find(|(w, _)| *w == f).map(|(_, m)| m.clone());
    let help = |f: Field, hint: Option<&str>| -> Html {
        let id = format!("{}-help", f.input_id());
        match said(f) {
            Some(m) => {
                html! { <p {id} class="help"><span class="error">{ mixed(m.get(lang), lang) }</span></p> }
            }
            None => match hint {
                Some(h) => html! { <p {id} class="help">{ mixed(h, lang) }</p> },
                None => html! {},
            },
        }
    };
    let described = |f: Field, hint: bool| {
        (hint || said(f).is_some()).then(|| format!("{}-help", f.input_id()))
    };
    let invalid = |f: Field| said(f).is_some().then_some("true");
    let text_field = |f: Field,
                      label: &str,
                      value: &str,
                      hint: Option<&str>,
                      on: Callback<InputEvent>|
     -> Html {
        html! {
            <div class="field">
                <label for={f.input_id()}>{ label.to_owned() }</label>
                <input id={f.input_id()} type="text" autocomplete="off" value={value.to_owned()}
                    aria-describedby={described(f, hint.is_some())} aria-invalid={invalid(f)} oninput={on} />
                { help(f, hint) }
            </div>
        }
    };
    let top = from_top(p);
    let d = &*details;

    html! {
        <section class="paste-read" aria-labelledby="paste-read-heading">
            <h3 id="paste-read-heading" role="status">{ tr(lang, "読み取った内容を確かめてください", "Check what was read") }</h3>
            <p>{ how_read(p, lang) }</p>
            { confirm_table(p, lang) }

            <h4 id="paste-order-heading">{ tr(lang, "職位の順", "The order of the grades") }</h4>
            <p class="paste-order" aria-live="polite">{ mixed(&match lang {
                Lang::Ja => format!("上の職位から順に：{}", top.join(" → ")),
                Lang::En => format!("From the top grade down: {}", top.join(" → ")),
            }, lang) }</p>
            <div class="actions">
                <button type="button" class="secondary" onclick={turn} aria-describedby="paste-order-heading">{ tr(lang, "職位の順を逆にする", "Turn the grade order around") }</button>
            </div>

            <h4>{ tr(lang, "読み取れなかった行", "Lines that could not be placed") }</h4>
            if p.unplaced.is_empty() {
                <p>{ tr(lang, "ありません。貼り付けた行はすべて表に入りました。", "None: every line of the paste is in the table.") }</p>
            } else {
                <p class="help">{ tr(lang, "次の行は、表のどこにも入れていません（見出し・注記・ページの飾りなど）。必要な文があれば、例規集で確かめてください。", "These lines are in no cell (headings, notes, page furniture). If one is a sentence you need, check it in the 例規集.") }</p>
                <ul class="paste-unplaced">{ for p.unplaced.iter().map(|l| html! { <li lang="ja">{ l.clone() }</li> }) }</ul>
            }

            <form class="paste-form" onsubmit={make} novalidate=true>
                <h4>{ tr(lang, "団体と規程", "The body and the regulation") }</h4>
                <p class="help">{ tr(lang, "規程の題名・番号・日付は、読み取ったすべての文の出典になります。", "The regulation's title, number and date become the source of every sentence read.") }</p>
                if !wrong.is_empty() {
                    <p class="error" role="alert">{ match lang {
                        Lang::Ja => format!("{} か所を直してください。", wrong.len()),
                        Lang::En => format!("Correct {} field(s).", wrong.len()),
                    } }</p>
                }
                <div class="field-row">
                    { text_field(Field::Name, tr(lang, "団体名", "Body's name"), &d.name, Some(tr(lang, "例：〇〇町", "e.g. 〇〇町")), typed(|d, v| d.name = v)) }
                    <div class="field">
                        <label for={Field::Kind.input_id()}>{ tr(lang, "種類", "Kind") }</label>
                        <select id={Field::Kind.input_id()} aria-describedby={described(Field::Kind, false)} aria-invalid={invalid(Field::Kind)} onchange={chosen(|d, v| d.kind = v)}>
                            <option value="" selected={d.kind.is_empty()}>{ tr(lang, "選んでください", "Choose") }</option>
                            { for KINDS.iter().map(|k| html! { <option value={*k} selected={d.kind == *k} lang="ja">{ *k }</option> }) }
                        </select>
                        { help(Field::Kind, None) }
                    </div>
                    <div class="field">
                        <label for={Field::Prefecture.input_id()}>{ tr(lang, "都道府県", "Prefecture") }</label>
                        <select id={Field::Prefecture.input_id()} aria-describedby={described(Field::Prefecture, false)} aria-invalid={invalid(Field::Prefecture)} onchange={chosen(|d, v| d.prefecture = v)}>
                            <option value="" selected={d.prefecture.is_empty()}>{ tr(lang, "選んでください", "Choose") }</option>
                            { for PREFECTURES.iter().map(|p| html! { <option value={*p} selected={d.prefecture == *p} lang="ja">{ *p }</option> }) }
                        </select>
                        { help(Field::Prefecture, None) }
                    </div>
                </div>
                { text_field(Field::Id, tr(lang, "ID（半角英小文字・数字・- と _）", "ID (a-z, 0-9, - and _)"), &d.id, Some(tr(lang, "アプリの中で団体を指す名前です（URL やファイル名になります）。例：団体名のローマ字。", "The name the app uses for the body (in URLs and file names), e.g. its name in rōmaji.")), typed(|d, v| d.id = v)) }
                { text_field(Field::Title, tr(lang, "規程の題名", "The regulation's title"), &d.title, Some(tr(lang, "例規集に載っているとおりに（例：〇〇町標準職務遂行能力を定める規程）。", "As the 例規集 prints it.")), typed(|d, v| d.title = v)) }
                <div class="field-row">
                    <div class="field">
                        <label for="paste-number">{ tr(lang, "番号（任意）", "Number (optional)") }</label>
                        <input id="paste-number" type="text" autocomplete="off" value={d.number.clone()} aria-describedby="paste-number-help" oninput={typed(|d, v| d.number = v)} />
                        <p id="paste-number-help" class="help">{ tr(lang, "例：平成28年訓令第3号", "e.g. 平成28年訓令第3号") }</p>
                    </div>
                    <div class="field">
                        <label for="paste-date">{ tr(lang, "日付（任意）", "Date (optional)") }</label>
                        <input id="paste-date" type="text" autocomplete="off" value={d.date.clone()} aria-describedby="paste-date-help" oninput={typed(|d, v| d.date = v)} />
                        <p id="paste-date-help" class="help">{ tr(lang, "例規集に載っている日付（例：平成28年3月31日）", "The date the 例規集 prints (e.g. 平成28年3月31日)") }</p>
                    </div>
                </div>
                { text_field(Field::Table, tr(lang, "別表の見出し", "The 別表 heading"), &d.table, Some(if needs_table {
                    tr(lang, "貼り付けた表に見出しがない行の出典に使います（例：別表第2）。", "Used as the source of the rows whose paste names no 別表 (e.g. 別表第2).")
                } else {
                    tr(lang, "どの行にも別表の見出しがあったので、入力しなくてもかまいません。", "Every row named its 別表, so this may stay empty.")
                }), typed(|d, v| d.table = v)) }
                if let Some(m) = &*failed {
                    <p class="error" role="alert">{ mixed(m.get(lang), lang) }</p>
                }
                <div class="actions">
                    <button type="submit" class="primary">{ tr(lang, "この内容で枠組みを作る", "Make the framework from this") }</button>
                </div>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use michishirube::core::paste::PastedCell;

    fn filled() -> Details {
        Details {
            name: " テスト町 ".into(),
            kind: "町".into(),
            prefecture: "福島県".into(),
            id: "test-machi".into(),
            title: "テスト町標準職務遂行能力を定める規程".into(),
            number: "".into(),
            date: " 平成28年3月31日".into(),
            table: "".into(),
        }
    }

    #[test]
    fn a_filled_form_names_the_body_and_the_regulation_trimmed() {
        let (body, reg) = check(&filled(), false).expect("valid");
        assert_eq!(body.name, "テスト町");
        assert_eq!(body.id, "test-machi");
        assert_eq!(reg.number, None, "an empty number is no number");
        assert_eq!(reg.date.as_deref(), Some("平成28年3月31日"));
    }

    #[test]
    fn every_missing_or_wrong_field_is_named_once() {
        let wrong = check(&Details::default(), true).expect_err("empty");
        let fields: Vec<Field> = wrong.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec![
                Field::Name,
                Field::Kind,
                Field::Prefecture,
                Field::Id,
                Field::Title,
                Field::Table
            ]
        );
        let mut d = filled();
        d.id = "テスト".into();
        let wrong = check(&d, false).expect_err("id");
        assert_eq!(wrong.len(), 1);
        assert!(wrong[0].1.get(Lang::Ja).contains("「テ」"));
    }

    #[test]
    fn the_table_heading_is_asked_only_when_a_cell_names_none() {
        let mut d = filled();
        d.table = String::new();
        assert!(check(&d, false).is_ok());
        assert!(check(&d, true).is_err());
    }

    #[test]
    fn rows_are_abilities_in_printed_order_grouped_and_the_ladder_turns() {
        let cell = |grade: &str, group: Option<&str>, ability: &str| PastedCell {
            grade: grade.into(),
            group: group.map(str::to_owned),
            ability: ability.into(),
            statements: vec!["文".into()],
            table: None,
        };
        let mut p = Pasted {
            layout: PasteLayout::Html,
            grades_in_columns: false,
            grades: vec!["部長".into(), "主事".into()],
            top_first: true,
            cells: vec![
                cell("部長", Some("能力"), "危機管理力"),
                cell("部長", Some("態度"), "倫理観"),
                cell("主事", Some("能力"), "知識"),
                cell("主事", Some("態度"), "倫理観"),
            ],
            unplaced: Vec::new(),
        };
        let rows = abilities(&p);
        assert_eq!(rows.len(), 3);
        assert_eq!(
            groups(&rows),
            vec![Some("能力".to_owned()), Some("態度".to_owned())]
        );
        assert_eq!(from_top(&p), vec!["部長", "主事"]);
        p.top_first = false;
        assert_eq!(from_top(&p), vec!["主事", "部長"]);
    }
}
