//! The gap maps: grades in rows, abilities in columns, one map against
//! the current grade and one against the next. Each cell gives the number
//! of people, the share below the grade's target and the median
//! self-rating, written in the cell; the heat colour behind it repeats the
//! share, so nothing is told by colour alone. A cell of fewer people than
//! the threshold says 「非表示」 and carries none of its numbers.

use super::{ability_name, grade_name, hidden_cell, people, shown};
use crate::i18n::{tr, use_lang, Lang};
use crate::state::Shared;
use michishirube::core::assess::Side;
use michishirube::core::model::BodyData;
use michishirube::core::office::summary::{one_decimal, Cell, GapMap};
use michishirube::core::office::Summary;
use yew::prelude::*;

/// The heat class of a share below target: five steps of 20 points.
pub fn heat(percent: u32) -> &'static str {
    match percent {
        0..=19 => "heat-0",
        20..=39 => "heat-1",
        40..=59 => "heat-2",
        60..=79 => "heat-3",
        _ => "heat-4",
    }
}

/// Props for [`GapMaps`].
#[derive(Properties, PartialEq)]
pub struct GapMapsProps {
    /// The body's data, for names.
    pub data: Shared<BodyData>,
    /// The summary.
    pub summary: Shared<Summary>,
    /// The threshold in force.
    pub threshold: u32,
}

/// Both gap maps, with the key to the colours.
#[component]
pub fn GapMaps(props: &GapMapsProps) -> Html {
    let lang = use_lang();
    html! {
        <section id="office-gaps" class="office-section" aria-labelledby="office-gaps-heading">
            <h2 id="office-gaps-heading">{ tr(lang, "ギャップの地図", "The gap map") }</h2>
            <p>{ tr(lang, "行が職位、列が能力です。各欄に、自己評価した人数、その職位の目標に届かない人の割合（目標未満）、自己評価の中央値（1〜4）を書いています。色が濃いほど目標未満の割合が高いことを示します。",
                "Grades in rows, abilities in columns. Each cell gives the number of people who rated themselves, the share below the grade's target, and the median self-rating (1–4). The darker the colour, the larger the share below target.") }</p>
            <ul class="office-heat-key" aria-label={tr(lang, "色の見方", "Colour key")}>
                { for [(0, "0–19%"), (20, "20–39%"), (40, "40–59%"), (60, "60–79%"), (80, "80–100%")].iter().map(|(p, label)| html! {
                    <li class={heat(*p)}>{ tr(lang, "目標未満 ", "Below target ") }{ *label }</li>
                }) }
            </ul>
            <Map data={props.data.clone()} summary={props.summary.clone()} threshold={props.threshold} side={Side::Current} />
            <Map data={props.data.clone()} summary={props.summary.clone()} threshold={props.threshold} side={Side::Next} />
        </section>
    }
}

/// Props for [`Map`].
#[derive(Properties, PartialEq)]
struct MapProps {
    data: Shared<BodyData>,
    summary: Shared<Summary>,
    threshold: u32,
    side: Side,
}

/// One cell: its numbers and colour, or 「非表示」.
fn cell(c: Option<&Cell>, ability: &str, threshold: u32, lang: Lang) -> Html {
    let c = c.copied().unwrap_or_default();
    let n = c.n();
    if !shown(n, threshold) {
        return html! {
            <td data-ability={ability.to_owned()} data-suppressed="true" class="office-cell">{ hidden_cell(lang) }</td>
        };
    }
    let below = c.below_percent();
    let median = c.median().map(one_decimal);
    let class = classes!("office-cell", below.map(heat));
    html! {
        <td data-ability={ability.to_owned()} {class} data-n={n.to_string()}
            data-below={below.map(|b| b.to_string())} data-median={median.clone()}>
            <span class="office-n">{ people(n, lang) }</span>
            <span class="office-below">{ match (below, lang) {
                (Some(b), Lang::Ja) => format!("目標未満 {b}%"),
                (Some(b), Lang::En) => format!("below target {b}%"),
                (None, _) => tr(lang, "目標の設定なし", "no target set").to_owned(),
            } }</span>
            if let Some(m) = median {
                <span class="office-median">{ tr(lang, "中央値 ", "median ") }{ m }</span>
            }
        </td>
    }
}

/// The gap map of one side.
#[component]
fn Map(props: &MapProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let map: &GapMap = props.summary.map(props.side);
    let (id, title) = match props.side {
        Side::Current => (
            "gap-map-current",
            tr(
                lang,
                "ギャップ（現在の職位）",
                "Gaps against the current grade",
            ),
        ),
        Side::Next => (
            "gap-map-next",
            tr(lang, "ギャップ（次の職位）", "Gaps against the next grade"),
        ),
    };
    let heading = format!("{id}-heading");
    html! {
        <>
            <h3 id={heading.clone()}>{ title }</h3>
            if map.grades.is_empty() {
                <p>{ tr(lang, "この側について評価したファイルはありません。", "No file rates against this side.") }</p>
            } else {
                <div class="table-scroll" role="region" aria-labelledby={heading} tabindex="0">
                    <table {id} class="office-map">
                        <caption>{ title }{ tr(lang, "。", ". ") }{ super::threshold_note(props.threshold, lang) }</caption>
                        <thead><tr>
                            <th scope="col">{ tr(lang, "職位", "Grade") }</th>
                            { for map.abilities.iter().map(|a| html! {
                                <th scope="col">{ ability_name(d, a, lang) }</th>
                            }) }
                        </tr></thead>
                        <tbody>
                            { for map.grades.iter().map(|g| html! {
                                <tr data-grade={g.to_string()}>
                                    <th scope="row">{ grade_name(d, Some(g), lang) }</th>
                                    { for map.abilities.iter().map(|a| cell(map.cell(g, a), a.as_str(), props.threshold, lang)) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </>
    }
}
