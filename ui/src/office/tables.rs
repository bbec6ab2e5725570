//! The office's other tables: self against supervisor, the training that
//! would close the most gaps, and the change over fiscal years. Each
//! follows the same rule as the gap map and the CSV (the core's
//! `summary` module decides what may be shown): a hidden group says
//! 「非表示」 and carries no number.

use super::{ability_name, grade_name, hidden_cell, people, shown};
use crate::components::words::{app_mark, glossed};
use crate::i18n::{tr, use_lang, Lang};
use crate::state::Shared;
use michishirube::core::model::{Basis, BodyData};
use michishirube::core::office::summary::{one_decimal, percent};
use michishirube::core::office::Summary;
use yew::prelude::*;

/// Offerings printed on the A4 report: the top of the list (the CSS
/// leaves out the rows after these on paper).
const PRINTED: usize = 10;

/// Props for the tables.
#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The body's data, for names.
    pub data: Shared<BodyData>,
    /// The summary.
    pub summary: Shared<Summary>,
    /// The threshold in force.
    pub threshold: u32,
}

/// A table in a region that scrolls sideways on a narrow screen, reachable
/// by keyboard.
fn scroll(heading: &str, table: Html) -> Html {
    html! {
        <div class="table-scroll" role="region" aria-labelledby={heading.to_owned()} tabindex="0">{ table }</div>
    }
}

/// `+0.3` / `-0.5` / `0.0`: the mean difference, signed.
fn signed(mean: f64) -> String {
    let x = one_decimal(mean);
    if mean > 0.0 && x != "0.0" {
        format!("+{x}")
    } else {
        x
    }
}

/// Self against supervisor, per ability.
#[component]
pub fn VersusTable(props: &TableProps) -> Html {
    let lang = use_lang();
    let (d, s, t) = (&props.data, &props.summary, props.threshold);
    html! {
        <section class="office-section" aria-labelledby="office-versus-heading">
            <h2 id="office-versus-heading">{ tr(lang, "本人と上司", "Self against supervisor") }</h2>
            <p>{ tr(lang, "上司の評価を含むファイルについて、能力ごとに、本人の評価が上司より高い組・低い組の割合と、差の平均（本人－上司、段階）を示します。",
                "For files with the supervisor's ratings: per ability, the share of pairs where staff rate themselves higher or lower than their supervisors, and the mean difference (self − supervisor, in steps).") }</p>
            if s.versus.iter().all(|v| v.pairs == 0) {
                <p id="office-versus-none">{ tr(lang, "上司の評価を含むファイルはありません。", "No file includes the supervisor's ratings.") }</p>
            }
            { scroll("office-versus-heading", html! {
                <table id="office-versus" class="office-table">
                    <caption>{ tr(lang, "本人と上司の評価の差。", "Self against supervisor. ") }{ super::threshold_note(t, lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ tr(lang, "能力", "Ability") }</th>
                        <th scope="col">{ tr(lang, "比べた組数", "Pairs compared") }</th>
                        <th scope="col">{ tr(lang, "本人が高い", "Self higher") }</th>
                        <th scope="col">{ tr(lang, "本人が低い", "Self lower") }</th>
                        <th scope="col">{ tr(lang, "差の平均（本人－上司）", "Mean difference (self − supervisor)") }</th>
                    </tr></thead>
                    <tbody>
                        { for s.versus.iter().map(|v| html! {
                            <tr data-ability={v.ability.to_string()}>
                                <th scope="row">{ ability_name(d, &v.ability, lang) }</th>
                                if shown(v.pairs, t) {
                                    <td data-n={v.pairs.to_string()}>{ v.pairs.to_string() }</td>
                                    <td>{ v.higher_percent().map(|p| format!("{p}%")).unwrap_or_default() }</td>
                                    <td>{ v.lower_percent().map(|p| format!("{p}%")).unwrap_or_default() }</td>
                                    <td>{ v.mean().map(signed).unwrap_or_default() }</td>
                                } else {
                                    <td data-suppressed="true" colspan="4">{ hidden_cell(lang) }</td>
                                }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}

/// The training that would close the most gaps: every offering, with how
/// many people have a gap it addresses, by current grade. A link the
/// documents do not make is marked as the app's reading.
#[component]
pub fn TrainingTable(props: &TableProps) -> Html {
    let lang = use_lang();
    let (d, s, t) = (&props.data, &props.summary, props.threshold);
    let cov = &s.coverage;
    let total = shown(cov.total, t);
    html! {
        <section class="office-section office-training" aria-labelledby="office-training-heading">
            <h2 id="office-training-heading">{ tr(lang, "ギャップを埋める研修", "Training that would close the most gaps") }</h2>
            <p>{ tr(lang, "団体の研修・支援ごとに、それが育てる能力のどれかで目標に届いていない人の数です（多い順）。文書が結び付けていない、アプリの読みによる結び付きには印を付けています。",
                "Each of the body's offerings, with how many people are below target in at least one ability it trains (most first). Links the documents do not make are marked as the app's reading.") }</p>
            // A body whose documents list no training gets the sentence
            // alone, not an empty table under it.
            if s.training.is_empty() {
                <p>{ tr(lang, "この団体のデータには研修がありません。", "This body's data lists no training.") }</p>
            } else {
                if s.training.len() > PRINTED {
                    <p class="print-only">{ match lang {
                        Lang::Ja => format!("印刷では上位 {PRINTED} 件を載せています（全 {} 件は画面と CSV で）。", s.training.len()),
                        Lang::En => format!("The top {PRINTED} are printed (all {} are on screen and in the CSV).", s.training.len()),
                    } }</p>
                }
                { scroll("office-training-heading", html! {
                    <table id="office-training" class="office-table">
                        <caption>{ tr(lang, "研修ごとの、ギャップのある人数。", "People with a gap each offering addresses. ") }{ super::threshold_note(t, lang) }</caption>
                        <thead><tr>
                            <th scope="col">{ tr(lang, "研修・支援", "Offering") }</th>
                            <th scope="col">{ tr(lang, "ギャップのある人数", "People with a gap") }</th>
                            { for cov.by_grade.iter().map(|(g, _)| html! {
                                <th scope="col">{ grade_name(d, g.as_ref(), lang) }</th>
                            }) }
                        </tr></thead>
                        <tbody>
                            { for s.training.iter().map(|o| {
                                let name = d.offerings.iter().find(|x| x.id == o.offering)
                                    .map_or_else(|| html! { <span lang="ja">{ o.offering.to_string() }</span> }, |x| glossed(&x.name, lang));
                                html! {
                                    <tr data-offering={o.offering.to_string()}>
                                        <th scope="row">{ name }
                                            if o.basis == Basis::App {
                                                { " " }{ app_mark(None, lang) }
                                            }
                                        </th>
                                        if total {
                                            <td data-n={o.people.to_string()}>{ people(o.people, lang) }</td>
                                        } else {
                                            <td data-suppressed="true">{ hidden_cell(lang) }</td>
                                        }
                                        { for cov.by_grade.iter().map(|(g, _)| {
                                            let n = o.by_grade.iter().find(|(x, _)| x == g).map_or(0, |(_, n)| *n);
                                            if total && cov.grade_shown(g.as_ref(), t) {
                                                html! { <td data-n={n.to_string()}>{ people(n, lang) }</td> }
                                            } else {
                                                html! { <td data-suppressed="true">{ hidden_cell(lang) }</td> }
                                            }
                                        }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                }) }
            }
        </section>
    }
}

/// The change over fiscal years: per ability, the share below target in
/// each year.
#[component]
pub fn YearsTable(props: &TableProps) -> Html {
    let lang = use_lang();
    let (d, s, t) = (&props.data, &props.summary, props.threshold);
    let cov = &s.coverage;
    let fy = |y: i32| match lang {
        Lang::Ja => format!("{y}年度"),
        Lang::En => format!("FY{y}"),
    };
    let abilities: Vec<_> = s
        .years
        .first()
        .map(|y| y.cells.iter().map(|(a, _)| a.clone()).collect())
        .unwrap_or_default();
    html! {
        <section class="office-section" aria-labelledby="office-years-heading">
            <h2 id="office-years-heading">{ tr(lang, "年度ごとの変化", "Change over fiscal years") }</h2>
            <p>{ if s.years.len() > 1 {
                tr(lang, "能力ごとに、各年度のファイルのうち目標に届いていない人の割合（現在・次のどちらかの職位で）です。",
                    "Per ability, the share of each fiscal year's files below target (against the current or the next grade).")
            } else {
                tr(lang, "ファイルは一つの年度のものだけです。複数の年度のファイルがあると、年度ごとの変化を比べられます。",
                    "The files are of one fiscal year only. With files of several years, the change between them can be compared.")
            } }</p>
            { scroll("office-years-heading", html! {
                <table id="office-years" class="office-table">
                    <caption>{ tr(lang, "年度ごとの、目標未満の人の割合。", "Share below target by fiscal year. ") }{ super::threshold_note(t, lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ tr(lang, "能力", "Ability") }</th>
                        { for s.years.iter().map(|y| html! {
                            <th scope="col" data-year={y.fiscal_year.to_string()}>{ fy(y.fiscal_year) }<br />
                                { if cov.year_shown(y.fiscal_year, t) { people(y.people, lang) } else { tr(lang, "非表示", "hidden").to_owned() } }
                            </th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for abilities.iter().map(|a| html! {
                            <tr data-ability={a.to_string()}>
                                <th scope="row">{ ability_name(d, a, lang) }</th>
                                { for s.years.iter().map(|y| {
                                    let (rated, below) = y.cells.iter().find(|(x, _)| x == a).map_or((0, 0), |(_, c)| *c);
                                    if cov.year_shown(y.fiscal_year, t) && shown(rated, t) {
                                        let p = percent(below, rated).unwrap_or(0);
                                        html! {
                                            <td data-year={y.fiscal_year.to_string()} data-n={rated.to_string()} data-below={p.to_string()}
                                                class={super::gap_map::heat(p)}>
                                                { match lang {
                                                    Lang::Ja => format!("目標未満 {p}%（{rated}人中）"),
                                                    Lang::En => format!("below target {p}% (of {rated})"),
                                                } }
                                            </td>
                                        }
                                    } else {
                                        html! { <td data-year={y.fiscal_year.to_string()} data-suppressed="true">{ hidden_cell(lang) }</td> }
                                    }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }) }
        </section>
    }
}
