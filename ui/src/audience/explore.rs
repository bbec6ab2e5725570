//! The framework explorer: the published table exactly as published, each
//! grade's role and can-do statements, two grades side by side with their
//! differences marked in words, and a link to the career path. Every view
//! has its own address, e.g. `#/explore/koriyama/kakaricho/kacho`.
//!
//! A link that names two grades is a trainer asking for that comparison,
//! so the comparison comes first, right under the title, and fits the
//! first screen of a 1280×720 projector; the body's goals and full table
//! follow it.
//!
//! Drawn by the pages module. The two grades are read from the address,
//! not from the app's input, so that choosing another grade redraws only
//! the comparison: the page is not mounted again and the body not read
//! again.

use crate::components::ability_table::{column_heading, mark_cell, uncertain_mark, AbilityTable};
use crate::components::grades::{role_view, GradeList};
use crate::components::words::{lang_of, mixed, source_note, worded};
use crate::i18n::{tr, use_lang, Lang};
use crate::route::{current_hash, navigate, use_route_listener, Route};
use crate::state::Shared;
use michishirube::core::id::Id;
use michishirube::core::model::{BodyData, Grade};
use yew::prelude::*;

/// Props for [`ExploreView`].
#[derive(Properties, PartialEq)]
pub struct ExploreProps {
    /// The body's data.
    pub data: Shared<BodyData>,
}

/// The two grades the address asks to compare, if it names them.
fn pair_in_address() -> Option<(Id, Id)> {
    match Route::from_hash(&current_hash()) {
        Route::Explore(_, pair) => pair,
        _ => None,
    }
}

/// The mark a grade's row gives an ability, and whether the data doubts
/// it, if the grade has a row.
fn mark(d: &BodyData, grade: &Id, ability: &Id) -> Option<(String, bool)> {
    let m = d.matrix.as_ref()?;
    let col = m.columns.iter().position(|c| c == ability)?;
    let row = m.rows.iter().find(|r| &r.grade == grade)?;
    let mark = row.marks.get(col)?.clone();
    Some((mark, row.uncertain.contains(ability)))
}

/// The explorer page.
#[component]
pub fn ExploreView(props: &ExploreProps) -> Html {
    let lang = use_lang();
    let asked_pair = use_state(pair_in_address);
    {
        let asked_pair = asked_pair.clone();
        use_route_listener(Callback::from(move |route| {
            if let Route::Explore(_, pair) = route {
                asked_pair.set(pair);
            }
        }));
    }
    let d = props.data.clone();
    let default_pair = || {
        let t = d.tracks.first()?;
        Some((t.ladder.first()?.clone(), t.ladder.get(1)?.clone()))
    };
    let asked = asked_pair.is_some();
    let pair = (*asked_pair).clone().or_else(default_pair);
    let compare = pair
        .clone()
        .map(|(a, b)| html! { <Compare data={d.clone()} {a} {b} /> });

    html! {
        <article class={classes!("explore", asked.then_some("compare-first"))} aria-labelledby="explore-heading">
            <h1 id="explore-heading">{ mixed(&match lang {
                Lang::Ja => format!("{}の人材育成の枠組み", d.body.name.ja),
                Lang::En => format!("Staff development framework of {}", d.body.name.glossed(lang)),
            }, lang) }</h1>
            if asked { { compare.clone().unwrap_or_default() } }
            <ul class="body-links">
                <li><a href={Route::Career(d.body.id.clone()).to_hash()}>{ tr(lang, "キャリアパス", "Career path") }</a></li>
                <li><a href={Route::Demo(d.body.id.clone()).to_hash()}>{ tr(lang, "見本の職員（架空）", "Sample employee (fictional)") }</a></li>
                <li><a href={Route::PreEntry(d.body.id.clone()).to_hash()}>{ tr(lang, "内定者・新規採用職員向け", "For recruits and new staff") }</a></li>
            </ul>
            { for d.visions.iter().enumerate().map(|(i, v)| {
                let hid = format!("vision-{i}");
                html! {
                    <section class="vision" aria-labelledby={hid.clone()}>
                        <h2 id={hid} lang="ja">{ v.heading.clone() }</h2>
                        { for v.text.as_ref().map(|t| html! { <p class="vision-text">{ worded(&d, t, lang) }</p> }) }
                        if !v.points.is_empty() {
                            <dl class="points" lang="ja">{ for v.points.iter().map(|p| html! {
                                <>
                                    <dt>{ p.name.clone().unwrap_or_default() }</dt>
                                    <dd>{ p.text.clone() }</dd>
                                </>
                            }) }</dl>
                        }
                        { source_note(&d, &v.source, lang) }
                    </section>
                }
            }) }
            <AbilityTable data={d.clone()} />
            if !asked { { compare.unwrap_or_default() } }
            <GradeList data={d} />
        </article>
    }
}

/// Props for [`Compare`].
#[derive(Properties, PartialEq)]
struct CompareProps {
    data: Shared<BodyData>,
    a: Id,
    b: Id,
}

/// Choosing two grades, then their marks, roles and can-do statements side
/// by side.
#[component]
fn Compare(props: &CompareProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let (a, b) = (&props.a, &props.b);
    let pick = |first: bool| {
        let body = d.body.id.clone();
        let (a, b) = (a.clone(), b.clone());
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(v) = Id::parse(&s.value()) {
                let p = if first {
                    (v, b.clone())
                } else {
                    (a.clone(), v)
                };
                navigate(&Route::Explore(body.clone(), Some(p)));
            }
        })
    };
    let select = |id: &str, label: &str, chosen: &Id, first: bool| {
        html! {
            <div class="field">
                <label for={id.to_owned()}>{ label.to_owned() }</label>
                <select id={id.to_owned()} onchange={pick(first)}>
                    { for d.grades.iter().map(|g| {
                        let text = g.name.glossed(lang);
                        html! { <option lang={lang_of(&text, lang)} value={g.id.to_string()} selected={&g.id == chosen}>{ text }</option> }
                    }) }
                </select>
            </div>
        }
    };
    let (na, nb) = (d.grade_name(a, lang), d.grade_name(b, lang));
    let ga = d.grade(a);
    let gb = d.grade(b);
    let roles = |g: Option<&Grade>| -> Html {
        let Some(g) = g else { return html! {} };
        html! {
            <div>
                { for g.roles.iter().map(|r| role_view(d, r, lang)) }
                if !g.can_do.is_empty() {
                    <h4>{ tr(lang, "できること", "What this grade can do") }</h4>
                    <ul class="can-do" lang="ja">{ for g.can_do.iter().map(|c| html! { <li>{ c.text.clone() }</li> }) }</ul>
                }
            </div>
        }
    };
    html! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{ tr(lang, "2つの職位を並べて比べる", "Compare two grades side by side") }</h2>
            if let Some(m) = &d.matrix {
                <div class="table-scroll" role="region" aria-labelledby="cmp-caption" tabindex="0">
                    <table class="compare-table">
                        <caption id="cmp-caption">{ mixed(&match lang {
                            Lang::Ja => format!("{na}と{nb}の求められる能力（違いのある行に「違いあり」）"),
                            Lang::En => format!("Abilities required of {na} and {nb} (rows that differ say \u{201c}Differs\u{201d})"),
                        }, lang) }</caption>
                        <thead><tr>
                            <th scope="col">{ tr(lang, "能力", "Ability") }</th>
                            <th scope="col">{ mixed(&na, lang) }</th>
                            <th scope="col">{ mixed(&nb, lang) }</th>
                            <th scope="col">{ tr(lang, "比較", "Comparison") }</th>
                        </tr></thead>
                        <tbody>
                            { for m.columns.iter().enumerate().map(|(i, col)| {
                                let (x, y) = (mark(d, a, col), mark(d, b, col));
                                let differs = x.as_ref().map(|v| &v.0) != y.as_ref().map(|v| &v.0);
                                let cell = |v: &Option<(String, bool)>| match v {
                                    Some((s, doubt)) => html! { <>{ mark_cell(m, s, lang) }if *doubt { { uncertain_mark(lang) } }</> },
                                    None => html! { { tr(lang, "（表にない職位）", "(grade not in the table)") } },
                                };
                                let data_mark = |v: &Option<(String, bool)>| v.as_ref().map(|v| v.0.clone()).unwrap_or_default();
                                html! {
                                    <tr class={classes!(differs.then_some("differs"))} data-ability={col.to_string()}>
                                        <th scope="row">{ mixed(&column_heading(d, m, i, lang), lang) }</th>
                                        <td class="mark-cell" data-mark={data_mark(&x)}>{ cell(&x) }</td>
                                        <td class="mark-cell" data-mark={data_mark(&y)}>{ cell(&y) }</td>
                                        <td>{ if differs { tr(lang, "◆ 違いあり", "◆ Differs") } else { tr(lang, "同じ", "Same") } }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <div class="field-row compare-pick">
                { select("cmp-a", tr(lang, "左の職位", "Left grade"), a, true) }
                { select("cmp-b", tr(lang, "右の職位", "Right grade"), b, false) }
            </div>
            <div class="side-by-side">
                <section aria-labelledby="cmp-a-heading"><h3 id="cmp-a-heading">{ mixed(&na, lang) }</h3>{ roles(ga) }</section>
                <section aria-labelledby="cmp-b-heading"><h3 id="cmp-b-heading">{ mixed(&nb, lang) }</h3>{ roles(gb) }</section>
            </div>
            if let Some(m) = &d.matrix {
                { source_note(d, &m.source, lang) }
            }
        </section>
    }
}
