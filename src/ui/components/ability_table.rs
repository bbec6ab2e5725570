//! The grade × ability table exactly as published: marks with the legend,
//! footnotes and source, as a real HTML table with row and column headers.
//!
//! Marks are shown as the document's symbols *and* as words for screen
//! readers, so nothing depends on colour or on recognising ◎ from ○.

use super::source::SourceNote;
use crate::core::model::{BodyData, Matrix};
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
fn group_spans(d: &BodyData, m: &Matrix) -> Vec<(String, usize)> {
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
                .map(|x| x.name.ja.clone())
                .unwrap_or_default();
            (name, n)
        })
        .collect()
}

/// Renders the body's matrix, or says plainly that the document has none.
#[component]
pub fn AbilityTable(props: &AbilityTableProps) -> Html {
    let d = &props.data;
    let Some(m) = &d.matrix else {
        return html! {
            <section class="matrix-absent" aria-labelledby="matrix-heading">
                <h2 id="matrix-heading">{ "職位ごとに求められる能力" }</h2>
                <p>{ "この団体の文書には、職位×能力の表がありません。文書にある内容（役割・研修・支援制度など）を表示します。" }</p>
            </section>
        };
    };
    let ability_name = |id: &crate::core::id::Id| {
        d.abilities.iter().find(|a| &a.id == id).map_or_else(
            || id.to_string(),
            |a| format!("{}{}", a.number.clone().unwrap_or_default(), a.name.ja),
        )
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
                    Some(crate::core::model::Requirement::NotRequired) => {
                        "求められる能力に含まれない".into()
                    }
                    Some(_) => "求められる能力".into(),
                    None => String::new(),
                }
            })
    };
    let spans = group_spans(d, m);
    let grouped = spans.iter().any(|(name, _)| !name.is_empty());

    html! {
        <section class="matrix" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{ m.title.clone() }</h2>
            <dl class="legend" aria-label="凡例">
                { for m.legend.iter().map(|l| html! {
                    <>
                        <dt class="mark">{ l.symbol.clone() }</dt>
                        <dd>{ meaning(&l.symbol) }</dd>
                    </>
                }) }
            </dl>
            <div class="table-scroll" role="region" aria-labelledby="matrix-heading" tabindex="0">
                <table class="ability-matrix">
                    <caption>{ format!("{}（{}）", m.title, d.body.name.ja) }</caption>
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
                            <th scope="col">{ "職位" }</th>
                            { for m.columns.iter().enumerate().map(|(i, c)| html! {
                                <th scope="col">{ m.column_labels.get(i).cloned().unwrap_or_else(|| ability_name(c)) }</th>
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
                                        { r.label.clone() }
                                        { for row_notes.iter().map(|n| html! { <sup class="fn">{ format!("（{n}）") }</sup> }) }
                                    </th>
                                    { for r.marks.iter().zip(&m.columns).map(|(mark, col)| {
                                        let notes = cell_notes(m, &r.grade, col);
                                        html! {
                                            <td class="mark-cell" data-ability={col.to_string()} data-mark={mark.clone()}>
                                                <span aria-hidden="true" class="mark">{ mark.clone() }</span>
                                                <span class="sr-only">{ format!("{}：{}", mark, meaning(mark)) }</span>
                                                { for notes.iter().map(|n| html! { <sup class="fn">{ format!("（{n}）") }</sup> }) }
                                            </td>
                                        }
                                    }) }
                                    if m.focus_heading.is_some() {
                                        <td class="focus">{ r.focus.join("、") }</td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if !m.footnotes.is_empty() {
                <ul class="footnotes" aria-label="注">
                    { for m.footnotes.iter().map(|f| html! {
                        <li>{ format!("（{}）{}", f.marker, f.text) }</li>
                    }) }
                </ul>
            }
            <SourceNote source={m.source.clone()} />
        </section>
    }
}
