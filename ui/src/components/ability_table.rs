//! The grade × ability table exactly as published: marks with the legend,
//! footnotes and source, as a real HTML table with row and column headers.
//!
//! Marks are shown as the document's symbols *and* as words for screen
//! readers, so nothing depends on colour or on recognising ◎ from ○. Where
//! the data doubts a row (its marks and its keywords disagree), the row
//! carries the app's note and its doubtful cells a 「？」, said in words
//! too; the marks themselves stay as printed.
//!
//! Where grades word abilities (a 標準職務遂行能力 table) that table follows
//! ([`worded_table`]), and abilities with neither a mark column nor a
//! grade's wording are still listed ([`other_abilities`]).

use super::worded::{has_worded, other_abilities, worded_table};
use super::words::{app_mark, mixed, source_note};
use crate::i18n::{gloss, labelled, paren, tr, use_lang, Lang};
use crate::state::Shared;
use michishirube::core::id::Id;
use michishirube::core::model::{BodyData, Matrix, MatrixRow, Requirement};
use yew::prelude::*;

/// Props for [`AbilityTable`].
#[derive(Properties, PartialEq)]
pub struct AbilityTableProps {
    /// The body whose table to show.
    pub data: Shared<BodyData>,
}

/// Footnote markers attached to a cell.
fn cell_notes(m: &Matrix, grade: &Id, ability: &Id) -> Vec<String> {
    m.footnotes
        .iter()
        .filter(|f| {
            f.cells
                .iter()
                .any(|c| &c.grade == grade && &c.ability == ability)
        })
        .map(|f| f.marker.clone())
        .collect()
}

/// Column-group spans in printed order: (group name, number of adjacent columns).
fn group_spans(d: &BodyData, m: &Matrix, lang: Lang) -> Vec<(String, usize)> {
    let mut spans: Vec<(Option<&Id>, usize)> = Vec::new();
    for col in &m.columns {
        let g = d
            .abilities
            .iter()
            .find(|a| &a.id == col)
            .and_then(|a| a.group.as_ref());
        match spans.last_mut() {
            Some((last, n)) if *last == g => *n += 1,
            _ => spans.push((g, 1)),
        }
    }
    spans
        .into_iter()
        .map(|(g, n)| {
            let name = g
                .and_then(|g| d.ability_groups.iter().find(|x| &x.id == g))
                .map(|x| x.name.glossed(lang))
                .unwrap_or_default();
            (name, n)
        })
        .collect()
}

/// A column's heading as printed; in English the ability's gloss follows.
pub fn column_heading(d: &BodyData, m: &Matrix, i: usize, lang: Lang) -> String {
    let Some(id) = m.columns.get(i) else {
        return String::new();
    };
    let ability = d.abilities.iter().find(|a| &a.id == id);
    let printed = m.column_labels.get(i).cloned().unwrap_or_else(|| {
        ability.map_or_else(
            || id.to_string(),
            |a| format!("{}{}", a.number.clone().unwrap_or_default(), a.name.ja),
        )
    });
    gloss(&printed, ability.and_then(|a| a.name.en.as_deref()), lang)
}

/// What a symbol means: the legend's wording, or the app's reading of its
/// requirement where the document gives no wording. In English the
/// document's Japanese wording is followed by what the app reads it to
/// require, so an English reader can read the table.
pub fn meaning(m: &Matrix, sym: &str, lang: Lang) -> String {
    let Some(l) = m.legend.iter().find(|l| l.symbol == sym) else {
        return String::new();
    };
    match (&l.meaning, lang) {
        (Some(w), Lang::Ja) => w.clone(),
        (Some(w), Lang::En) => format!("{w} \u{2014} {}", requirement_en(l.requirement)),
        (None, _) => match l.requirement {
            Requirement::NotRequired => tr(
                lang,
                "求められる能力に含まれない",
                "not among the required abilities",
            )
            .into(),
            _ => tr(lang, "求められる能力", "a required ability").into(),
        },
    }
}

/// The app's reading of a legend symbol, in English.
fn requirement_en(r: Requirement) -> &'static str {
    match r {
        Requirement::Acquire => "an ability to acquire at this grade",
        Requirement::Established => "an ability already held by this grade",
        Requirement::Future => "desirable in future; not rated at this grade",
        Requirement::NotRequired => "not required at this grade",
    }
}

/// The legend's entries (each mark, its meaning in the body's words, and the
/// app's note on it), for the ability table and the explorer's key alike.
pub fn legend_entries(m: &Matrix, lang: Lang) -> Html {
    html! {
        { for m.legend.iter().map(|l| html! {
            <>
                <dt class="mark">{ l.symbol.clone() }</dt>
                <dd>
                    { mixed(&meaning(m, &l.symbol, lang), lang) }
                    { for l.note.as_deref().map(|n| app_mark(Some(n), lang)) }
                </dd>
            </>
        }) }
    }
}

/// A mark as the document prints it, and in words for screen readers.
pub fn mark_cell(m: &Matrix, mark: &str, lang: Lang) -> Html {
    html! {
        <>
            <span aria-hidden="true" class="mark">{ mark.to_owned() }</span>
            <span class="sr-only">{ mixed(&labelled(lang, mark, &meaning(m, mark, lang)), lang) }</span>
        </>
    }
}

/// 「？」 on a cell whose target the data doubts, said in words too.
pub fn uncertain_mark(lang: Lang) -> Html {
    html! {
        <span class="uncertain">
            <span aria-hidden="true" lang="ja">{ "？" }</span>
            <span class="sr-only">{ tr(lang, "（目標は不確か：行の注を参照）", " (target uncertain: see the row's note)") }</span>
        </span>
    }
}

/// What the body's page shows where there is no table: only the parts
/// this body's data has, named in a list (empty where it has none).
fn shown_instead(d: &BodyData, lang: Lang) -> Vec<&'static str> {
    let mut parts = Vec::new();
    if d.grades.iter().any(|g| !g.roles.is_empty()) {
        parts.push(tr(lang, "職位ごとの役割", "roles by grade"));
    }
    if d.grades.iter().any(|g| !g.can_do.is_empty()) {
        parts.push(tr(lang, "職位ごとにできること", "what each grade can do"));
    }
    if !d.plan_tables.is_empty() {
        parts.push(tr(lang, "取組の計画表", "action plan tables"));
    }
    if !d.kpi_tables.is_empty() {
        parts.push(tr(lang, "目標（指標）", "targets"));
    }
    if !d.offerings.is_empty() {
        parts.push(tr(lang, "研修・支援制度", "training and support"));
    }
    parts
}

/// Renders the body's matrix, or says plainly that the document has none;
/// then the abilities worded per grade, and the abilities neither holds.
#[component]
pub fn AbilityTable(props: &AbilityTableProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let hid = "matrix-heading";
    let Some(m) = &d.matrix else {
        if has_worded(d) {
            return html! {
                <>
                    { worded_table(d, lang) }
                    { other_abilities(d, lang) }
                </>
            };
        }
        let parts = shown_instead(d, lang);
        let instead = match (parts.is_empty(), lang) {
            (true, _) => String::new(),
            (false, Lang::Ja) => format!("文書にある内容（{}）を表示します。", parts.join("・")),
            (false, Lang::En) => format!(
                " What they do have ({}) is shown instead.",
                parts.join(", ")
            ),
        };
        return html! {
            <section class="matrix-absent" aria-labelledby={hid}>
                <h2 id={hid}>{ tr(lang, "職位ごとに求められる能力", "Abilities required by grade") }</h2>
                <p>{ tr(lang, "この団体の文書には、職位×能力の表がありません。", "This body's documents have no grade × ability table.") }{ instead }</p>
                { other_abilities(d, lang) }
            </section>
        };
    };
    let row_heading = |r: &MatrixRow| {
        let en = d.grade(&r.grade).and_then(|g| g.name.en.as_deref());
        gloss(&r.label, en, lang)
    };
    let spans = group_spans(d, m, lang);
    let grouped = spans.iter().any(|(name, _)| !name.is_empty());
    let noted: Vec<&MatrixRow> = m.rows.iter().filter(|r| r.note.is_some()).collect();

    html! {
        <>
        <section class="matrix" aria-labelledby={hid}>
            <h2 id={hid} lang="ja">{ m.title.clone() }</h2>
            <dl class="legend" aria-label={tr(lang, "凡例", "Legend")}>
                { legend_entries(m, lang) }
            </dl>
            <div class="table-scroll" role="region" aria-labelledby={hid} tabindex="0">
                <table class="ability-matrix">
                    <caption>{ mixed(&format!("{}{}", m.title, paren(lang, &d.body.name.glossed(lang))), lang) }</caption>
                    <thead>
                        if grouped {
                            <tr>
                                <td></td>
                                { for spans.iter().map(|(name, n)| html! {
                                    <th scope="colgroup" colspan={n.to_string()}>{ mixed(name, lang) }</th>
                                }) }
                                if m.focus_heading.is_some() { <td></td> }
                            </tr>
                        }
                        <tr>
                            <th scope="col">{ tr(lang, "職位", "Grade") }</th>
                            { for (0..m.columns.len()).map(|i| html! {
                                <th scope="col">{ mixed(&column_heading(d, m, i, lang), lang) }</th>
                            }) }
                            { for m.focus_heading.as_ref().map(|h| html! { <th scope="col" lang="ja">{ h.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for m.rows.iter().map(|r| {
                            let row_notes: Vec<String> = m.footnotes.iter()
                                .filter(|f| f.rows.contains(&r.grade))
                                .map(|f| f.marker.clone()).collect();
                            html! {
                                <tr data-grade={r.grade.to_string()}>
                                    <th scope="row">
                                        { mixed(&row_heading(r), lang) }
                                        { for row_notes.iter().map(|n| html! { <sup class="fn" lang="ja">{ format!("（{n}）") }</sup> }) }
                                        if r.note.is_some() {
                                            <sup class="fn row-note-ref">{ tr(lang, "（注）", " (note)") }</sup>
                                        }
                                    </th>
                                    { for r.marks.iter().zip(&m.columns).map(|(mark, col)| {
                                        let notes = cell_notes(m, &r.grade, col);
                                        html! {
                                            <td class="mark-cell" data-ability={col.to_string()} data-mark={mark.clone()}>
                                                { mark_cell(m, mark, lang) }
                                                { for notes.iter().map(|n| html! { <sup class="fn" lang="ja">{ format!("（{n}）") }</sup> }) }
                                                if r.uncertain.contains(col) { { uncertain_mark(lang) } }
                                            </td>
                                        }
                                    }) }
                                    if m.focus_heading.is_some() {
                                        <td class="focus" lang="ja">{ r.focus.join("、") }</td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if !m.footnotes.is_empty() || !noted.is_empty() {
                <ul class="footnotes" aria-label={tr(lang, "注", "Notes")}>
                    { for m.footnotes.iter().map(|f| html! {
                        <li lang="ja">{ format!("（{}）{}", f.marker, f.text) }</li>
                    }) }
                    { for noted.iter().map(|r| html! {
                        <li class="row-note" data-grade={r.grade.to_string()}>
                            <strong>{ mixed(&row_heading(r), lang) }</strong>{ tr(lang, "の行の注", ", note on the row") }
                            { app_mark(r.note.as_deref(), lang) }
                        </li>
                    }) }
                </ul>
            }
            { source_note(d, &m.source, lang) }
            { other_abilities(d, lang) }
        </section>
        { worded_table(d, lang) }
        </>
    }
}
