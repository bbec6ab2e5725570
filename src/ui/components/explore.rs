//! The framework explorer: the published table exactly as published, each
//! grade's role and can-do statements, two grades side by side with their
//! differences marked in words, and a link to the career path. Every view
//! has its own address, e.g. `#/explore/koriyama/kakaricho/kacho`.

use super::ability_table::AbilityTable;
use super::assess::grade_name;
use super::grades::GradeList;
use super::source::SourceNote;
use crate::core::id::Id;
use crate::core::model::{BodyData, Grade};
use crate::ui::app::navigate;
use crate::ui::i18n::{gloss, labelled, tr, use_lang, Lang};
use crate::ui::state::{AppContext, Route};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props for [`ExploreView`].
#[derive(Properties, PartialEq)]
pub struct ExploreProps {
    /// The body.
    pub id: Id,
    /// Two grades to compare, if chosen.
    pub pair: Option<(Id, Id)>,
}

/// The mark a grade's row gives an ability, if the grade has a row.
fn mark(d: &BodyData, grade: &Id, ability: &Id) -> Option<String> {
    let m = d.matrix.as_ref()?;
    let col = m.columns.iter().position(|c| c == ability)?;
    m.rows
        .iter()
        .find(|r| &r.grade == grade)?
        .marks
        .get(col)
        .cloned()
}

fn meaning(d: &BodyData, symbol: &str) -> String {
    d.matrix
        .as_ref()
        .and_then(|m| m.legend.iter().find(|l| l.symbol == symbol))
        .and_then(|l| l.meaning.clone())
        .unwrap_or_default()
}

/// The explorer page.
#[component]
pub fn ExploreView(props: &ExploreProps) -> Html {
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let d = match super::body_or_status(&ctx, &props.id, lang) {
        Ok(d) => d,
        Err(status) => return status,
    };
    let grades: Vec<&Grade> = d.grades.iter().collect();
    let default_pair = || {
        let t = d.tracks.first()?;
        Some((t.ladder.first()?.clone(), t.ladder.get(1)?.clone()))
    };
    let pair = props.pair.clone().or_else(default_pair);
    let body_id = d.body.id.clone();
    let pick = |first: bool| {
        let body = body_id.clone();
        let pair = pair.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| Id::parse(&s.value()).ok());
            if let (Some(v), Some((a, b))) = (v, pair.clone()) {
                let p = if first { (v, b) } else { (a, v) };
                navigate(&Route::Explore(body.clone(), Some(p)));
            }
        })
    };

    html! {
        <article class="explore" aria-labelledby="explore-heading">
            <h1 id="explore-heading">{ match lang {
                Lang::Ja => format!("{}の人材育成の枠組み", d.body.name.ja),
                Lang::En => format!("Staff development framework of {}", d.body.name.glossed(lang)),
            } }</h1>
            <ul class="body-links">
                <li><a href={Route::Career(d.body.id.clone()).to_hash()}>{ tr(lang, "キャリアパス", "Career path") }</a></li>
                <li><a href={Route::Demo(d.body.id.clone()).to_hash()}>{ tr(lang, "見本の職員（架空）", "Sample employee (fictional)") }</a></li>
                <li><a href={Route::PreEntry(d.body.id.clone()).to_hash()}>{ tr(lang, "内定者・新規採用職員向け", "For recruits and new staff") }</a></li>
            </ul>
            { for d.visions.iter().map(|v| html! {
                <section class="vision" aria-label={v.heading.clone()}>
                    <h2 lang="ja">{ v.heading.clone() }</h2>
                    { for v.text.as_ref().map(|t| html! { <p class="vision-text" lang="ja">{ t.clone() }</p> }) }
                    if !v.points.is_empty() {
                        <dl class="points" lang="ja">{ for v.points.iter().map(|p| html! {
                            <>
                                <dt>{ p.name.clone().unwrap_or_default() }</dt>
                                <dd>{ p.text.clone() }</dd>
                            </>
                        }) }</dl>
                    }
                    <SourceNote source={v.source.clone()} />
                </section>
            }) }
            <AbilityTable data={d.clone()} />
            if let Some((a, b)) = pair.clone() {
                <section class="compare" aria-labelledby="compare-heading">
                    <h2 id="compare-heading">{ tr(lang, "2つの職位を並べて比べる", "Compare two grades side by side") }</h2>
                    <div class="field-row">
                        <div class="field">
                            <label for="cmp-a">{ tr(lang, "左の職位", "Left grade") }</label>
                            <select id="cmp-a" onchange={pick(true)}>
                                { for grades.iter().map(|g| html! { <option value={g.id.to_string()} selected={g.id == a}>{ g.name.glossed(lang) }</option> }) }
                            </select>
                        </div>
                        <div class="field">
                            <label for="cmp-b">{ tr(lang, "右の職位", "Right grade") }</label>
                            <select id="cmp-b" onchange={pick(false)}>
                                { for grades.iter().map(|g| html! { <option value={g.id.to_string()} selected={g.id == b}>{ g.name.glossed(lang) }</option> }) }
                            </select>
                        </div>
                    </div>
                    <CompareTables data={d.clone()} a={a} b={b} />
                </section>
            }
            <GradeList data={d} />
        </article>
    }
}

/// Props for [`CompareTables`].
#[derive(Properties, PartialEq)]
struct CompareProps {
    data: Rc<BodyData>,
    a: Id,
    b: Id,
}

/// Marks, roles and can-do statements of two grades side by side.
#[component]
fn CompareTables(props: &CompareProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let (a, b) = (&props.a, &props.b);
    let (na, nb) = (grade_name(d, a, lang), grade_name(d, b, lang));
    let ga = d.grades.iter().find(|g| &g.id == a);
    let gb = d.grades.iter().find(|g| &g.id == b);
    let roles = |g: Option<&Grade>| -> Html {
        let Some(g) = g else { return html! {} };
        html! {
            <div>
                { for g.roles.iter().map(|r| html! {
                    <div class="role" lang="ja">
                        <p><strong>{ r.post.clone().map(|p| format!("{p}：")).unwrap_or_default() }</strong>{ r.summary.clone().unwrap_or_default() }</p>
                        <ul>{ for r.duties.iter().map(|t| html! { <li>{ t.clone() }</li> }) }</ul>
                    </div>
                }) }
                if !g.can_do.is_empty() {
                    <h4>{ tr(lang, "できること", "What this grade can do") }</h4>
                    <ul class="can-do" lang="ja">{ for g.can_do.iter().map(|c| html! { <li>{ c.text.clone() }</li> }) }</ul>
                }
            </div>
        }
    };
    html! {
        <>
            if let Some(m) = &d.matrix {
                <div class="table-scroll" role="region" aria-labelledby="cmp-caption" tabindex="0">
                    <table class="compare-table">
                        <caption id="cmp-caption">{ match lang {
                            Lang::Ja => format!("{na}と{nb}の求められる能力（違いのある行に「違いあり」）"),
                            Lang::En => format!("Abilities required of {na} and {nb} (rows that differ say \u{201c}Differs\u{201d})"),
                        } }</caption>
                        <thead><tr>
                            <th scope="col">{ tr(lang, "能力", "Ability") }</th>
                            <th scope="col">{ na.clone() }</th>
                            <th scope="col">{ nb.clone() }</th>
                            <th scope="col">{ tr(lang, "比較", "Comparison") }</th>
                        </tr></thead>
                        <tbody>
                            { for m.columns.iter().enumerate().map(|(i, col)| {
                                let (x, y) = (mark(d, a, col), mark(d, b, col));
                                let differs = x != y;
                                let ability = d.abilities.iter().find(|ab| &ab.id == col);
                                let printed = m.column_labels.get(i).cloned().unwrap_or_else(||
                                    ability.map(|ab| ab.name.ja.clone()).unwrap_or_default());
                                let name = gloss(&printed, ability.and_then(|ab| ab.name.en.as_deref()), lang);
                                let cell = |v: &Option<String>| match v {
                                    Some(s) => html! { <><span class="mark" aria-hidden="true">{ s.clone() }</span><span class="sr-only">{ labelled(lang, s, &meaning(d, s)) }</span></> },
                                    None => html! { { tr(lang, "（表にない職位）", "(grade not in the table)") } },
                                };
                                html! {
                                    <tr class={classes!(differs.then_some("differs"))} data-ability={col.to_string()}>
                                        <th scope="row">{ name }</th>
                                        <td class="mark-cell" data-mark={x.clone().unwrap_or_default()}>{ cell(&x) }</td>
                                        <td class="mark-cell" data-mark={y.clone().unwrap_or_default()}>{ cell(&y) }</td>
                                        <td>{ if differs { tr(lang, "◆ 違いあり", "◆ Differs") } else { tr(lang, "同じ", "Same") } }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
            <div class="side-by-side">
                <section aria-label={na.clone()}><h3>{ na.clone() }</h3>{ roles(ga) }</section>
                <section aria-label={nb.clone()}><h3>{ nb.clone() }</h3>{ roles(gb) }</section>
            </div>
        </>
    }
}
