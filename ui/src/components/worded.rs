//! Abilities worded per grade (a 標準職務遂行能力 規程's 別表: 標準的な職
//! × 能力 → sentences): the sentences as printed with their source, the
//! case of an ability between two grades said in words (asked more, new,
//! not asked), the two grades' wordings side by side, and the published
//! table itself.
//!
//! Nothing here compares the words. The case comes from the core
//! ([`rate_items`]'s [`Change`]); the wordings are shown as printed, side by
//! side, with no difference made up between them.

use super::words::{glossed, mixed, source_note};
use crate::i18n::{tr, Lang};
use michishirube::core::assess::{rate_items, Change, RateItem, Side};
use michishirube::core::id::Id;
use michishirube::core::model::{Ability, BodyData, Grade, Source, Statement};
use yew::prelude::*;

/// Whether an item is an ability a grade words (its expectations hold the
/// grade's sentences) rather than a matrix mark or a can-do statement.
pub fn is_worded(it: &RateItem) -> bool {
    it.current
        .iter()
        .chain(it.next.iter())
        .any(|e| !e.statements.is_empty())
}

/// Whether any grade of the body words an ability.
pub fn has_worded(d: &BodyData) -> bool {
    d.grades.iter().any(|g| !g.abilities.is_empty())
}

/// Whether an item is newly required at the next grade in the matrix's
/// sense (the ★): never for an ability the current grade words, which is
/// asked more, not new.
pub fn newly_required(d: &BodyData, it: &RateItem, current: Option<&Id>) -> bool {
    let worded_now = current
        .and_then(|g| d.grade(g))
        .is_some_and(|g| g.abilities.iter().any(|w| w.ability == it.id));
    it.change == Change::NewlyRequired && !worded_now && !is_worded(it)
}

/// A short key per case, for class names and tests.
fn case_key(change: Change) -> &'static str {
    match change {
        Change::AskedMore => "asked-more",
        Change::NewlyRequired => "new",
        Change::Dropped => "dropped",
        Change::Kept => "kept",
        Change::Raised => "raised",
        Change::Neither => "neither",
    }
}

/// The symbol shown before a worded case's words (never alone).
pub fn case_mark(change: Change) -> &'static str {
    match change {
        Change::AskedMore => "＋",
        Change::NewlyRequired => "★",
        Change::Dropped => "－",
        Change::Kept => "＝",
        _ => "",
    }
}

/// A worded ability's case in words: 「次の職位でより多く求められる」, or
/// with the higher grade's name, 「課長でより多く求められる」.
pub fn case_text(change: Change, at: Option<&str>, lang: Lang) -> Option<String> {
    let (ja, en) = match change {
        Change::AskedMore => ("でより多く求められる", "asked more at"),
        Change::NewlyRequired => ("で新たに求められる", "newly required at"),
        Change::Dropped => ("では求められない", "not asked at"),
        Change::Kept => ("でも同じ文で求められる", "asked in the same words at"),
        _ => return None,
    };
    Some(match (lang, at) {
        (Lang::Ja, Some(n)) => format!("{n}{ja}"),
        (Lang::Ja, None) => format!("次の職位{ja}"),
        (Lang::En, Some(n)) => format!("{en} {n}"),
        (Lang::En, None) => format!("{en} the next grade"),
    })
}

/// The case as a badge: its symbol (hidden from screen readers) and its
/// words, so it is told by text, not by colour or symbol alone.
pub fn case_badge(change: Change, at: Option<&str>, lang: Lang) -> Html {
    let Some(text) = case_text(change, at, lang) else {
        return html! {};
    };
    let key = case_key(change);
    html! {
        <span class={classes!("badge", "badge-case", format!("case-{key}"))} data-case={key}>
            <span aria-hidden="true">{ case_mark(change) }{ " " }</span>{ mixed(&text, lang) }
        </span>
    }
}

/// The distinct sources of some statements, in printed order, cited by
/// the document's title where the body is at hand (else by section).
fn cites(d: Option<&BodyData>, statements: &[Statement]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in statements {
        let c = d.map_or_else(|| s.source.section.clone(), |d| d.cite(&s.source));
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// A grade's sentences for an ability, as printed.
pub fn sentence_list(list: &[Statement]) -> Html {
    html! {
        <ul class="statements" lang="ja">
            { for list.iter().map(|s| html! { <li>{ s.text.clone() }</li> }) }
        </ul>
    }
}

/// The 出典 line under a grade's sentences: each regulation and 別表 once.
pub fn sentence_source(d: Option<&BodyData>, list: &[Statement], lang: Lang) -> Html {
    if list.is_empty() {
        return html! {};
    }
    html! {
        <p class="source statement-source">
            { tr(lang, "出典: ", "Source: ") }
            <span class="source-cite" lang="ja">{ cites(d, list).join("、") }</span>
        </p>
    }
}

/// A grade's sentences for an ability, as printed, and (with `cite`) the
/// 出典 line under them.
pub fn statements(d: &BodyData, list: &[Statement], cite: bool, lang: Lang) -> Html {
    html! {
        <>
            { sentence_list(list) }
            if cite { { sentence_source(Some(d), list, lang) } }
        </>
    }
}

/// The two grades' wordings of one item, side by side (stacked on a narrow
/// screen), each headed by its grade's name. An item worded alike at both
/// is shown once, headed by both names; one worded at one grade only shows
/// that grade's words.
pub fn wordings(d: &BodyData, it: &RateItem, cur: &str, next: Option<&str>, lang: Lang) -> Html {
    let side = |s: Side| {
        it.expectation(s)
            .map(|e| e.statements.as_slice())
            .filter(|l| !l.is_empty())
    };
    let (c, n) = (side(Side::Current), side(Side::Next));
    let block = |key: &'static str, name: String, list: &[Statement]| {
        html! {
            <div class={classes!("wording", key)}>
                <p class="wording-grade"><strong>{ mixed(&name, lang) }</strong></p>
                { statements(d, list, true, lang) }
            </div>
        }
    };
    let both = |a: &str, b: &str| format!("{a}{}{b}", lang.pick("・", " and "));
    html! {
        <div class="wordings">
            { match (c, n, next) {
                (Some(c), Some(n), Some(nn)) if c == n => block("both", both(cur, nn), c),
                (c, n, nn) => html! {
                    <>
                        { for c.map(|c| block("current", cur.to_owned(), c)) }
                        { for n.zip(nn).map(|(n, nn)| block("next", nn.to_owned(), n)) }
                    </>
                },
            } }
        </div>
    }
}

/// The grades that word abilities, in the body's order.
fn wording_grades(d: &BodyData) -> Vec<&Grade> {
    d.grades
        .iter()
        .filter(|g| !g.abilities.is_empty())
        .collect()
}

/// The abilities some grade words, in the body's order.
fn worded_abilities(d: &BodyData) -> Vec<&Ability> {
    d.abilities
        .iter()
        .filter(|a| {
            d.grades
                .iter()
                .any(|g| g.abilities.iter().any(|w| w.ability == a.id))
        })
        .collect()
}

/// An ability's name as printed: its number, then its name.
fn ability_name(a: &Ability, lang: Lang) -> Html {
    html! {
        <>
            { for a.number.as_ref().map(|n| html! { <span class="num" lang="ja">{ n.clone() }</span> }) }
            { glossed(&a.name, lang) }
        </>
    }
}

/// The group's name of an ability, if it has one.
fn group_of(d: &BodyData, a: &Ability) -> Option<Id> {
    a.group
        .as_ref()
        .filter(|g| d.ability_groups.iter().any(|x| &x.id == *g))
        .cloned()
}

/// The sources of a whole table, each once, in printed order.
fn table_sources(d: &BodyData) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for g in wording_grades(d) {
        for s in g.abilities.iter().flat_map(|w| &w.statements) {
            if !out.contains(&s.source) {
                out.push(s.source.clone());
            }
        }
    }
    out
}

/// The grades × abilities table as published: one row per ability (under
/// its group's heading, where the body groups them), one column per grade
/// that words abilities, the grade's sentences in the cells, and the
/// regulation and its 別表 named under it. On a narrow screen each row
/// reads as a block, each cell led by its grade's name (styles/main.css).
pub fn worded_table(d: &BodyData, lang: Lang) -> Html {
    let grades = wording_grades(d);
    if grades.is_empty() {
        return html! {};
    }
    let abilities = worded_abilities(d);
    // Abilities in runs of one group each, as the body orders them.
    let mut runs: Vec<(Option<Id>, Vec<&Ability>)> = Vec::new();
    for a in abilities {
        let g = group_of(d, a);
        match runs.last_mut() {
            Some((last, v)) if *last == g => v.push(a),
            _ => runs.push((g, vec![a])),
        }
    }
    let hid = "worded-heading";
    let cols = grades.len() + 1;
    let sources = table_sources(d);
    html! {
        <section class="worded" aria-labelledby={hid}>
            <h2 id={hid}>{ tr(lang, "職位ごとに求められる能力（職位ごとの文）", "Abilities by grade, as each grade words them") }</h2>
            <div class="table-scroll" role="region" aria-labelledby={hid} tabindex="0">
                <table class="worded-table">
                    <caption>{ mixed(&match lang {
                        Lang::Ja => format!("標準的な職ごとの標準職務遂行能力（{}）", d.body.name.ja),
                        Lang::En => format!("The abilities each grade requires, in its words ({})", d.body.name.glossed(lang)),
                    }, lang) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ tr(lang, "能力", "Ability") }</th>
                            { for grades.iter().map(|g| html! { <th scope="col" data-grade={g.id.to_string()}>{ glossed(&g.name, lang) }</th> }) }
                        </tr>
                    </thead>
                    { for runs.iter().map(|(group, list)| html! {
                        <tbody>
                            if let Some(x) = group.as_ref().and_then(|g| d.ability_groups.iter().find(|x| &x.id == g)) {
                                <tr class="group-row"><th scope="rowgroup" colspan={cols.to_string()}>{ glossed(&x.name, lang) }</th></tr>
                            }
                            { for list.iter().map(|a| html! {
                                <tr data-ability={a.id.to_string()}>
                                    <th scope="row">{ ability_name(a, lang) }</th>
                                    { for grades.iter().map(|g| {
                                        let w = g.abilities.iter().find(|w| w.ability == a.id);
                                        html! {
                                            <td data-grade={g.id.to_string()} class={classes!(w.is_none().then_some("empty"))}>
                                                <span class="cell-label" aria-hidden="true">{ glossed(&g.name, lang) }</span>
                                                { match w {
                                                    Some(w) => statements(d, &w.statements, false, lang),
                                                    None => html! { <>
                                                        <span aria-hidden="true">{ "—" }</span>
                                                        <span class="sr-only">{ tr(lang, "この職位の文はありません", "not worded at this grade") }</span>
                                                    </> },
                                                } }
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    }) }
                </table>
            </div>
            { for sources.iter().map(|s| source_note(d, s, lang)) }
        </section>
    }
}

/// The abilities that neither the mark table nor any grade's wording
/// holds: still shown, with their group and description as printed.
pub fn other_abilities(d: &BodyData, lang: Lang) -> Html {
    let columns: &[Id] = d.matrix.as_ref().map_or(&[], |m| &m.columns);
    let worded = worded_abilities(d);
    let rest: Vec<&Ability> = d
        .abilities
        .iter()
        .filter(|a| !columns.contains(&a.id) && !worded.iter().any(|w| w.id == a.id))
        .collect();
    if rest.is_empty() {
        return html! {};
    }
    html! {
        <section class="other-abilities" aria-labelledby="other-abilities-heading">
            <h3 id="other-abilities-heading">{ tr(lang, "職位ごとの印や文のない能力", "Abilities with no mark or wording per grade") }</h3>
            <ul>
                { for rest.iter().map(|a| html! {
                    <li data-ability={a.id.to_string()}>
                        <strong>{ ability_name(a, lang) }</strong>
                        { for a.group.as_ref().and_then(|g| d.ability_groups.iter().find(|x| &x.id == g)).map(|g| html! {
                            <span class="group">{ tr(lang, "（", " (") }{ glossed(&g.name, lang) }{ tr(lang, "）", ")") }</span>
                        }) }
                        { for a.description.iter().map(|t| html! { <p class="desc" lang="ja">{ t.clone() }</p> }) }
                        { source_note(d, &a.source, lang) }
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// One grade's worded abilities, each with its sentences, under a heading
/// of the given level: the grade's block on the body page (one grade per
/// block reads best on a phone) and the first grade on the recruits' page.
pub fn grade_abilities(d: &BodyData, g: &Grade, level: u8, lang: Lang) -> Html {
    if g.abilities.is_empty() {
        return html! {};
    }
    html! {
        <>
            <@{format!("h{}", level.clamp(2, 6))}>{ tr(lang, "この職位に求められる能力（文書の言葉）", "Abilities this grade requires, in the documents' words") }</@>
            <dl class="grade-abilities">
                { for g.abilities.iter().map(|w| {
                    let a = d.abilities.iter().find(|a| a.id == w.ability);
                    html! {
                        <>
                            <dt>{ match a { Some(a) => ability_name(a, lang), None => html! { { w.ability.to_string() } } } }</dt>
                            <dd>{ statements(d, &w.statements, true, lang) }</dd>
                        </>
                    }
                }) }
            </dl>
        </>
    }
}

/// The worded abilities of two grades compared, for the explorer: per
/// ability, the case in words (going up from `lo` to `hi`) and both
/// wordings side by side.
pub fn worded_compare(d: &BodyData, lo: &Id, hi: &Id, lang: Lang) -> Html {
    let items: Vec<RateItem> = rate_items(d, Some(lo), Some(hi))
        .into_iter()
        .filter(is_worded)
        .collect();
    if items.is_empty() {
        return html! {};
    }
    let (ln, hn) = (d.grade_name(lo, lang), d.grade_name(hi, lang));
    html! {
        <div class="table-scroll" role="region" aria-labelledby="cmp-worded-caption" tabindex="0">
            <table class="compare-worded">
                <caption id="cmp-worded-caption">{ mixed(&match lang {
                    Lang::Ja => format!("{ln}と{hn}の能力（各職位の文を並べて）"),
                    Lang::En => format!("Abilities at {ln} and {hn}, each grade's words side by side"),
                }, lang) }</caption>
                <thead><tr>
                    <th scope="col">{ tr(lang, "能力", "Ability") }</th>
                    <th scope="col">{ tr(lang, "比較", "Comparison") }</th>
                    <th scope="col">{ tr(lang, "各職位の文", "Each grade's words") }</th>
                </tr></thead>
                <tbody>
                    { for items.iter().map(|it| html! {
                        <tr data-ability={it.id.to_string()} data-case={case_key(it.change)}>
                            <th scope="row">{ mixed(&it.name(lang), lang) }</th>
                            <td class="verdict">{ case_badge(it.change, Some(&hn), lang) }</td>
                            <td>{ wordings(d, it, &ln, Some(&hn), lang) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use michishirube::core::load::body_from_json;

    fn body() -> BodyData {
        body_from_json(
            "worded.json",
            include_str!("../../tests/fixtures/worded.json"),
        )
        .expect("the worded fixture validates")
    }

    fn id(s: &str) -> Id {
        Id::parse(s).expect("id")
    }

    #[test]
    fn each_worded_ability_says_its_case_in_words() {
        let d = body();
        let items = rate_items(&d, Some(&id("shuji")), Some(&id("kakaricho")));
        let case = |a: &str| {
            let it = items.iter().find(|i| i.id == id(a)).expect("item");
            assert!(is_worded(it));
            case_text(it.change, None, Lang::Ja)
        };
        assert_eq!(
            case("rinri").as_deref(),
            Some("次の職位でより多く求められる")
        );
        assert_eq!(
            case("kikaku").as_deref(),
            Some("次の職位で新たに求められる")
        );
        assert_eq!(case("kyocho").as_deref(), Some("次の職位では求められない"));
        // An ability the current grade also words is never "new" (the ★).
        let rinri = items.iter().find(|i| i.id == id("rinri")).expect("rinri");
        assert!(!newly_required(&d, rinri, Some(&id("shuji"))));
    }

    #[test]
    fn the_case_names_the_higher_grade_where_it_is_given() {
        assert_eq!(
            case_text(Change::AskedMore, Some("係長"), Lang::Ja).as_deref(),
            Some("係長でより多く求められる")
        );
        assert_eq!(
            case_text(Change::Dropped, Some("係長"), Lang::En).as_deref(),
            Some("not asked at 係長")
        );
        assert_eq!(case_text(Change::Raised, None, Lang::Ja), None);
    }

    #[test]
    fn a_table_source_is_named_once_per_regulation_and_table() {
        let d = body();
        let s = table_sources(&d);
        assert_eq!(s.len(), 1);
        assert_eq!(
            d.cite(&s[0]),
            "試験町職員の標準職務遂行能力を定める規程（テスト用） 別表第1"
        );
    }
}
