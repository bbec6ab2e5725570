//! The framework explorer: the published table exactly as published, each
//! grade's role and can-do statements, two grades side by side with their
//! differences marked in words (abilities worded per grade with both
//! wordings as printed), and a link to the career path. Every view
//! has its own address, e.g. `#/explore/koriyama/kakaricho/kacho`.
//!
//! A link that names two grades is a trainer asking for that comparison,
//! so the comparison comes first, right under the title, and fits the
//! first screen of a 1280×720 projector; the body's goals and full table
//! follow it.
//!
//! The two grades are the route's: choosing another grade changes the
//! address, and the page is drawn again in place (the app does not move
//! focus for it, see `crate::app`).

use crate::components::ability_table::{
    column_heading, legend_entries, mark_cell, uncertain_mark, AbilityTable,
};
use crate::components::grades::{role_view, GradeList};
use crate::components::worded::worded_compare;
use crate::components::words::{app_mark, lang_of, mixed, source_note, worded};
use crate::i18n::{tr, use_lang, Lang};
use crate::route::{navigate, Route};
use crate::state::{use_app, Shared};
use michishirube::core::id::Id;
use michishirube::core::model::{BodyData, Grade, Matrix, Requirement};
use michishirube::core::target::target_for;
use yew::prelude::*;

/// Props for [`ExploreView`].
#[derive(Properties, PartialEq)]
pub struct ExploreProps {
    /// The body's data.
    pub data: Shared<BodyData>,
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

/// A grade's name short enough for a table cell: the first post it lists
/// (「係長 保育所副所長 主任」 → 「係長」), or the id where the body has no
/// such grade.
fn short_name(d: &BodyData, g: &Id) -> String {
    d.grade(g)
        .and_then(|g| {
            g.name
                .ja
                .split([' ', '\u{3000}', '、'])
                .find(|s| !s.is_empty())
                .map(str::to_owned)
        })
        .unwrap_or_else(|| g.to_string())
}

/// Where a grade stands on a ladder that holds both grades: lower first.
fn below(d: &BodyData, a: &Id, b: &Id) -> Option<bool> {
    d.tracks.iter().find_map(|t| {
        let i = t.ladder.iter().position(|g| g == a)?;
        let j = t.ladder.iter().position(|g| g == b)?;
        Some(i < j)
    })
}

/// What a mark asks of a grade, in a few words.
fn asks(r: Requirement, lang: Lang) -> &'static str {
    match r {
        Requirement::Acquire => tr(lang, "身に付ける", "to acquire"),
        Requirement::Established => tr(lang, "既に身に付いている", "already held"),
        Requirement::Future => tr(lang, "将来に望まれる", "desirable later"),
        Requirement::NotRequired => tr(lang, "求めない", "not required"),
    }
}

/// One side of a compared row: the grade's short name and what the legend
/// reads its mark to require.
struct Side {
    name: String,
    requirement: Option<Requirement>,
}

/// What differs in a row, in words, beside the two marks: 「課長で新たに
/// 求められる」. Going up the ladder (or left to right where no ladder holds
/// both), an ability that becomes required is "newly required", one that
/// stops is "not required"; a change between two ways of requiring says
/// what the higher grade asks; otherwise each side says what its mark asks.
fn difference(lo: &Side, hi: &Side, lang: Lang) -> String {
    let required = |s: &Side| s.requirement.and_then(target_for).is_some();
    let hi_name = &hi.name;
    match (lo.requirement, hi.requirement) {
        (None, _) | (_, None) => tr(
            lang,
            "一方の職位は表にありません",
            "one grade is not in the table",
        )
        .to_owned(),
        _ if !required(lo) && required(hi) => match lang {
            Lang::Ja => format!("{hi_name}で新たに求められる"),
            Lang::En => format!("newly required at {hi_name}"),
        },
        _ if required(lo) && !required(hi) => match lang {
            Lang::Ja => format!("{hi_name}では求められない"),
            Lang::En => format!("not required at {hi_name}"),
        },
        (Some(Requirement::Acquire), Some(Requirement::Established)) => match lang {
            Lang::Ja => format!("{hi_name}では既に身に付いているべき"),
            Lang::En => format!("already held at {hi_name}"),
        },
        (Some(Requirement::Established), Some(Requirement::Acquire)) => match lang {
            Lang::Ja => format!("{hi_name}で身に付けるべき"),
            Lang::En => format!("to acquire at {hi_name}"),
        },
        (Some(x), Some(y)) => match lang {
            Lang::Ja => format!(
                "{}では{}、{hi_name}では{}",
                lo.name,
                asks(x, lang),
                asks(y, lang)
            ),
            Lang::En => format!(
                "{} at {}, {} at {hi_name}",
                asks(x, lang),
                lo.name,
                asks(y, lang)
            ),
        },
    }
}

/// The two grades' names for the table's cells: short, unless shortening
/// makes them the same.
fn cell_names(d: &BodyData, a: &Id, b: &Id) -> (String, String) {
    let (x, y) = (short_name(d, a), short_name(d, b));
    if x == y && a != b {
        let full = |g: &Id| {
            d.grade(g)
                .map_or_else(|| g.to_string(), |g| g.name.ja.clone())
        };
        (full(a), full(b))
    } else {
        (x, y)
    }
}

/// The explorer page.
#[component]
pub fn ExploreView(props: &ExploreProps) -> Html {
    let lang = use_lang();
    // The two grades the address asks to compare, if it names them.
    let asked_pair = match &use_app().route {
        Route::Explore(_, pair) => pair.clone(),
        _ => None,
    };
    let d = props.data.clone();
    let default_pair = || {
        let t = d.tracks.first()?;
        Some((t.ladder.first()?.clone(), t.ladder.get(1)?.clone()))
    };
    let asked = asked_pair.is_some();
    let pair = asked_pair.or_else(default_pair);
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

/// Choosing two grades, then their marks, their worded abilities (per
/// ability the case in words and both wordings), roles and can-do
/// statements side by side.
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
    let (ca, cb) = cell_names(d, a, b);
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
                <div class="compare-with-key">
                <div class="table-scroll" role="region" aria-labelledby="cmp-caption" tabindex="0">
                    <table class="compare-table">
                        <caption id="cmp-caption">{ mixed(&match lang {
                            Lang::Ja => format!("{na}と{nb}の求められる能力（違いのある行に◆と、何が違うか）"),
                            Lang::En => format!("Abilities required of {na} and {nb} (rows that differ have \u{25c6} and what differs)"),
                        }, lang) }</caption>
                        <thead><tr>
                            <th scope="col">{ tr(lang, "能力", "Ability") }</th>
                            <th scope="col">{ mixed(&ca, lang) }</th>
                            <th scope="col">{ mixed(&cb, lang) }</th>
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
                                let verdict = if differs {
                                    let (sa, sb) = (side_of(m, &ca, &x), side_of(m, &cb, &y));
                                    let words = if below(d, b, a).unwrap_or(false) {
                                        difference(&sb, &sa, lang)
                                    } else {
                                        difference(&sa, &sb, lang)
                                    };
                                    html! { <><span aria-hidden="true">{ "◆ " }</span><span class="sr-only">{ tr(lang, "違いあり：", "Differs: ") }</span>{ mixed(&words, lang) }</> }
                                } else {
                                    html! { { tr(lang, "同じ", "Same") } }
                                };
                                html! {
                                    <tr class={classes!(differs.then_some("differs"))} data-ability={col.to_string()}>
                                        <th scope="row">{ mixed(&column_heading(d, m, i, lang), lang) }</th>
                                        <td class="mark-cell" data-mark={data_mark(&x)}>{ cell(&x) }</td>
                                        <td class="mark-cell" data-mark={data_mark(&y)}>{ cell(&y) }</td>
                                        <td class="verdict">{ verdict }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                { compare_key(d, m, a, b, lang) }
                </div>
            }
            { if below(d, b, a).unwrap_or(false) { worded_compare(d, b, a, lang) } else { worded_compare(d, a, b, lang) } }
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

/// One side of a compared row, from the grade's name and its mark.
fn side_of(m: &Matrix, name: &str, v: &Option<(String, bool)>) -> Side {
    Side {
        name: name.to_owned(),
        requirement: v.as_ref().and_then(|v| requirement_of(m, &v.0)),
    }
}

/// The requirement the legend reads a mark as.
fn requirement_of(m: &Matrix, mark: &str) -> Option<Requirement> {
    m.legend
        .iter()
        .find(|l| l.symbol == mark)
        .map(|l| l.requirement)
}

/// The key to the marks, beside the comparison so that the room reads the
/// marks and their notes without scrolling to the full table: each symbol's
/// meaning and the app's note on it, and what 「？」 means where a compared
/// row has a doubtful target.
fn compare_key(d: &BodyData, m: &Matrix, a: &Id, b: &Id, lang: Lang) -> Html {
    let compared: Vec<_> = m
        .rows
        .iter()
        .filter(|r| &r.grade == a || &r.grade == b)
        .collect();
    let doubts = compared.iter().any(|r| !r.uncertain.is_empty());
    html! {
        <aside class="compare-key" aria-labelledby="cmp-key-heading">
            <h3 id="cmp-key-heading">{ tr(lang, "記号の意味", "What the marks mean") }</h3>
            <dl class="legend">
                { legend_entries(m, lang) }
                if doubts {
                    <dt class="mark" lang="ja">{ "？" }</dt>
                    <dd>
                        { tr(lang, "目標が不確か", "the target is uncertain") }
                        { for compared.iter().filter(|r| !r.uncertain.is_empty()).filter_map(|r| r.note.as_deref().map(|n| (r, n))).map(|(r, n)| html! {
                            <p class="row-note">{ mixed(&match lang {
                                Lang::Ja => format!("{}の行：", short_name(d, &r.grade)),
                                Lang::En => format!("Row {}: ", short_name(d, &r.grade)),
                            }, lang) }{ app_mark(Some(n), lang) }</p>
                        }) }
                    </dd>
                }
            </dl>
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(name: &str, r: Requirement) -> Side {
        Side {
            name: name.to_owned(),
            requirement: Some(r),
        }
    }

    #[test]
    fn an_ability_required_only_higher_up_is_said_to_be_newly_required() {
        let lo = side("係長", Requirement::Future);
        let hi = side("課長", Requirement::Acquire);
        assert_eq!(difference(&lo, &hi, Lang::Ja), "課長で新たに求められる");
        assert_eq!(difference(&lo, &hi, Lang::En), "newly required at 課長");
        assert_eq!(difference(&hi, &lo, Lang::Ja), "係長では求められない");
    }

    #[test]
    fn a_change_between_two_ways_of_requiring_says_what_the_higher_grade_asks() {
        let lo = side("係長", Requirement::Acquire);
        let hi = side("課長", Requirement::Established);
        assert_eq!(
            difference(&lo, &hi, Lang::Ja),
            "課長では既に身に付いているべき"
        );
        let (f, n) = (
            side("主事", Requirement::Future),
            side("主査", Requirement::NotRequired),
        );
        assert_eq!(
            difference(&f, &n, Lang::Ja),
            "主事では将来に望まれる、主査では求めない"
        );
    }
}
