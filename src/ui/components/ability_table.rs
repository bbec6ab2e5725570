//! The grade × ability table exactly as published: marks with the legend,
//! footnotes and source, as a real HTML table with row and column headers.
//!
//! Marks are shown as the document's symbols *and* as words for screen
//! readers, so nothing depends on colour or on recognising ◎ from ○.

use super::source::SourceNote;
use crate::core::model::{BodyData, Matrix};
use crate::ui::i18n::{gloss, labelled, paren, tr, use_lang, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Props for [`AbilityTable`].
#[derive(Properties, PartialEq)]
pub struct AbilityTableProps {
    /// The body whose table to show.
    pub data: Rc<BodyData>,
}

/// Footnote markers attached to a cell or its row.
fn cell_notes(
    m: &Matrix,
    grade: &crate::core::id::Id,
    ability: &crate::core::id::Id,
) -> Vec<String> {
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
    let mut spans: Vec<(Option<&crate::core::id::Id>, usize)> = Vec::new();
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

/// Renders the body's matrix, or says plainly that the document has none.
#[component]
pub fn AbilityTable(props: &AbilityTableProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let Some(m) = &d.matrix else {
        return html! {
            <section class="matrix-absent" aria-labelledby="matrix-heading">
                <h2 id="matrix-heading">{ tr(lang, "職位ごとに求められる能力", "Abilities required by grade") }</h2>
                <p>{ tr(lang, "この団体の文書には、職位×能力の表がありません。文書にある内容（役割・研修・支援制度など）を表示します。", "This body's documents have no grade × ability table. What they do have (roles, training, support and so on) is shown instead.") }</p>
            </section>
        };
    };
    // A column is headed as printed; in English the ability's gloss follows.
    let column_heading = |i: usize, id: &crate::core::id::Id| {
        let ability = d.abilities.iter().find(|a| &a.id == id);
        let printed = m.column_labels.get(i).cloned().unwrap_or_else(|| {
            ability.map_or_else(
                || id.to_string(),
                |a| format!("{}{}", a.number.clone().unwrap_or_default(), a.name.ja),
            )
        });
        gloss(&printed, ability.and_then(|a| a.name.en.as_deref()), lang)
    };
    let row_heading = |r: &crate::core::model::MatrixRow| {
        let en = d
            .grades
            .iter()
            .find(|g| g.id == r.grade)
            .and_then(|g| g.name.en.as_deref());
        gloss(&r.label, en, lang)
    };
    let meaning = |sym: &str| {
        m.legend
            .iter()
            .find(|l| l.symbol == sym)
            .and_then(|l| l.meaning.clone())
            .unwrap_or_else(|| {
                match m
                    .legend
                    .iter()
                    .find(|l| l.symbol == sym)
                    .map(|l| l.requirement)
                {
                    Some(crate::core::model::Requirement::NotRequired) => tr(
                        lang,
                        "求められる能力に含まれない",
                        "not among the required abilities",
                    )
                    .into(),
                    Some(_) => tr(lang, "求められる能力", "a required ability").into(),
                    None => String::new(),
                }
            })
    };
    let spans = group_spans(d, m, lang);
    let grouped = spans.iter().any(|(name, _)| !name.is_empty());

    html! {
        <section class="matrix" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading" lang="ja">{ m.title.clone() }</h2>
            <dl class="legend" aria-label={tr(lang, "凡例", "Legend")}>
                { for m.legend.iter().map(|l| html! {
                    <>
                        <dt class="mark">{ l.symbol.clone() }</dt>
                        <dd>{ meaning(&l.symbol) }</dd>
                    </>
                }) }
            </dl>
            <div class="table-scroll" role="region" aria-labelledby="matrix-heading" tabindex="0">
                <table class="ability-matrix">
                    <caption>{ format!("{}{}", m.title, paren(lang, &d.body.name.glossed(lang))) }</caption>
                    <thead>
                        if grouped {
                            <tr>
                                <td></td>
                                { for spans.iter().map(|(name, n)| html! {
                                    <th scope="colgroup" colspan={n.to_string()}>{ name.clone() }</th>
                                }) }
                                if m.focus_heading.is_some() { <td></td> }
                            </tr>
                        }
                        <tr>
                            <th scope="col">{ tr(lang, "職位", "Grade") }</th>
                            { for m.columns.iter().enumerate().map(|(i, c)| html! {
                                <th scope="col">{ column_heading(i, c) }</th>
                            }) }
                            { for m.focus_heading.as_ref().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }
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
                                        { row_heading(r) }
                                        { for row_notes.iter().map(|n| html! { <sup class="fn">{ format!("（{n}）") }</sup> }) }
                                    </th>
                                    { for r.marks.iter().zip(&m.columns).map(|(mark, col)| {
                                        let notes = cell_notes(m, &r.grade, col);
                                        html! {
                                            <td class="mark-cell" data-ability={col.to_string()} data-mark={mark.clone()}>
                                                <span aria-hidden="true" class="mark">{ mark.clone() }</span>
                                                <span class="sr-only">{ labelled(lang, mark, &meaning(mark)) }</span>
                                                { for notes.iter().map(|n| html! { <sup class="fn">{ format!("（{n}）") }</sup> }) }
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
            if !m.footnotes.is_empty() {
                <ul class="footnotes" aria-label={tr(lang, "注", "Notes")}>
                    { for m.footnotes.iter().map(|f| html! {
                        <li lang="ja">{ format!("（{}）{}", f.marker, f.text) }</li>
                    }) }
                </ul>
            }
            <SourceNote source={m.source.clone()} />
        </section>
    }
}
