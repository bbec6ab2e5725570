//! The results of one assessment: the summary sentences, the radar chart
//! and the table of gaps. The results page, a snapshot and the demo
//! persona all show it.
//!
//! An ability the grades word (a 標準職務遂行能力 table) says its case in
//! words (asked more, new, not asked at the next grade) and is followed by
//! a row with the two grades' wordings side by side, as printed.

use super::radar::{radar_of, Radar};
use super::worded::{case_badge, is_worded, newly_required, wordings};
use super::words::{caveat, mixed};
use crate::i18n::{labelled, tr, use_lang, Lang};
use crate::state::Shared;
use michishirube::core::assess::{
    analysis_of, summary, Assessment, Change, ItemKind, RateItem, Side,
};
use michishirube::core::model::BodyData;
use yew::prelude::*;

/// Props for [`ResultsBody`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The assessment to show.
    pub assessment: Assessment,
    /// Its body.
    pub data: Shared<BodyData>,
    /// A snapshot to compare with, and its label.
    #[prop_or_default]
    pub compare: Option<(Assessment, String)>,
}

/// A gap in words: "あと1段階", "到達", "目標を1段階上回る".
pub fn gap_text(gap: Option<i8>, lang: Lang) -> String {
    match (gap, lang) {
        (Some(g), Lang::Ja) if g > 0 => format!("あと{g}段階"),
        (Some(g), Lang::En) if g > 0 => {
            format!("{} to go", crate::i18n::plural(g, "step", "steps"))
        }
        (Some(0), _) => tr(lang, "到達", "Reached").into(),
        (Some(g), Lang::Ja) => format!("目標を{}段階上回る", -g),
        (Some(g), Lang::En) => format!("{} above target", crate::i18n::plural(-g, "step", "steps")),
        (None, _) => "—".into(),
    }
}

/// ★ newly required, ▲ raised: said in words, not only by the symbol. A
/// worded ability says its own case ([`case_badge`]); the ★ never goes to
/// an ability the current grade also words.
fn change_badge(
    d: &BodyData,
    it: &RateItem,
    current: Option<&michishirube::core::id::Id>,
    next: Option<&str>,
    lang: Lang,
) -> Html {
    if next.is_none() {
        return html! {};
    }
    if is_worded(it) {
        return case_badge(it.change, None, lang);
    }
    match it.change {
        Change::NewlyRequired if newly_required(d, it, current) => {
            html! { <span class="badge badge-new">{ tr(lang, "★ 次の職位で新たに求められる", "★ Newly required at the next grade") }</span> }
        }
        Change::Raised => {
            html! { <span class="badge badge-raised">{ tr(lang, "▲ 次の職位で引き上げ", "▲ Raised at the next grade") }</span> }
        }
        _ => html! {},
    }
}

/// A cell's column name, shown before its value only where the table is
/// laid out as cards (a narrow screen). Screen readers skip it: they
/// announce the column header.
fn cell_label(text: &str, lang: Lang) -> Html {
    html! { <span class="cell-label" aria-hidden="true">{ mixed(text, lang) }</span> }
}

/// The results of one assessment: summary, chart, and the table of gaps.
#[component]
pub fn ResultsBody(props: &ResultsProps) -> Html {
    let lang = use_lang();
    let a = &props.assessment;
    let d = &props.data;
    let sel = &a.selection;
    let analysis = analysis_of(d, a);
    let current_name = sel.current.name(d, lang);
    let next_name = sel.next.as_ref().map(|g| d.grade_name(g, lang));
    let sentences = summary(&analysis, &current_name, next_name.as_deref(), lang);
    let against = |name: &str| match lang {
        Lang::Ja => format!("{name}に対する自己評価"),
        Lang::En => format!("Self-rating against {name}"),
    };
    // Axis labels are the short names, in English the English gloss: the
    // canvas has room for a few words only, and the table below gives both.
    let chart = radar_of(
        &analysis,
        lang,
        against(&current_name),
        next_name.as_deref().map(against),
        props.compare.as_ref().map(|(s, l)| (s, l.clone())),
    );
    let cols =
        1 + 3 * (1 + usize::from(next_name.is_some())) + usize::from(props.compare.is_some());
    let any_worded = analysis.rows.iter().any(|r| is_worded(&r.item));
    let required_by = |name: &str| match lang {
        Lang::Ja => format!("{name}の求め"),
        Lang::En => format!("Required at {name}"),
    };

    html! {
        <div class="results-body">
            <p class="pair">
                { mixed(&labelled(lang, &d.body.name.glossed(lang), &current_name), lang) }
                { for next_name.as_ref().map(|n| mixed(&format!(" → {n}"), lang)) }
            </p>
            <section aria-labelledby="summary-heading">
                <h2 id="summary-heading">{ tr(lang, "まとめ", "Summary") }</h2>
                <ul class="summary">
                    { for sentences.iter().map(|s| html! { <li>{ mixed(s, lang) }</li> }) }
                </ul>
            </section>
            if analysis.rows.len() >= 3 {
                <section aria-labelledby="chart-heading" class="chart-section">
                    <h2 id="chart-heading">{ tr(lang, "レーダーチャート", "Radar chart") }</h2>
                    <Radar axes={chart.axes} series={chart.series} target={chart.target}
                        label={tr(lang, "自己評価のレーダーチャート。同じ内容を下の表と「まとめ」に示しています。", "Radar chart of the self-rating. The table below and the summary give the same figures.").to_string()} />
                </section>
            }
            <section aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">{ tr(lang, "項目ごとの差", "Gaps by item") }</h2>
                // A real table on a wide screen. On a narrow one each row
                // becomes a card (styles/main.css): the item on top, then
                // one column per grade, each cell led by its column's name
                // (hidden from screen readers, which announce the header).
                // It stays one table, so it keeps its headers for screen
                // readers whatever its layout.
                <div class="table-scroll" role="region" aria-labelledby="gaps-heading" tabindex="0">
                    <table class={classes!("gap-table", next_name.is_some().then_some("two-grades"))}>
                        <caption>{ tr(lang, "求められる水準と自己評価の差（目標は「できる」）", "The gap between the required level and the self-rating (the target is \u{201c}Can do\u{201d})") }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ tr(lang, "項目", "Item") }</th>
                                <th scope="col">{ mixed(&required_by(&current_name), lang) }</th>
                                <th scope="col">{ tr(lang, "自己評価", "Self-rating") }</th>
                                <th scope="col">{ tr(lang, "差", "Gap") }</th>
                                if let Some(n) = &next_name {
                                    <th scope="col">{ mixed(&required_by(n), lang) }</th>
                                    <th scope="col">{ tr(lang, "自己評価", "Self-rating") }</th>
                                    <th scope="col">{ tr(lang, "差", "Gap") }</th>
                                }
                                if props.compare.is_some() {
                                    <th scope="col">{ tr(lang, "比べる時点", "Compared with") }</th>
                                }
                            </tr>
                        </thead>
                        <tbody>
                            { for analysis.rows.iter().enumerate().map(|(i, r)| {
                                let priority = analysis.priorities.contains(&i);
                                let cls = classes!(
                                    matches!(r.item.change, Change::NewlyRequired | Change::Raised).then_some("row-new"),
                                    priority.then_some("row-priority")
                                );
                                let req = |side: Side| match r.item.expectation(side) {
                                    None => html! { { "—" } },
                                    Some(e) => {
                                        // A worded ability's requirement is its sentences (the
                                        // row below); this cell gives only the target.
                                        let mark = if e.statements.is_empty() { e.mark.clone().unwrap_or_else(|| tr(lang, "求め", "Required").into()) } else { tr(lang, "文のとおり", "As worded").into() };
                                        let text = match (e.target, lang) {
                                            (Some(t), Lang::Ja) => format!("{mark} 目標「{}」", t.label(lang)),
                                            (Some(t), Lang::En) => format!("{mark} target \u{201c}{}\u{201d}", t.label(lang)),
                                            (None, _) => format!("{mark} {}", tr(lang, "目標なし", "no target")),
                                        };
                                        html! {
                                            <>
                                                { mixed(&text, lang) }
                                                if let Some(why) = &e.uncertain {
                                                    <span class="badge badge-uncertain">{ tr(lang, "？ 目標は不確か", "? Target uncertain") }</span>
                                                    { caveat(why, lang) }
                                                }
                                            </>
                                        }
                                    }
                                };
                                let rating = |side: Side| {
                                    if !r.item.rated_sides().contains(&side) {
                                        return "—".to_string();
                                    }
                                    r.side(side).rating.map(|x| x.label(lang).to_string()).unwrap_or_else(|| tr(lang, "未評価", "Not rated").into())
                                };
                                let compare_text = props.compare.as_ref().map(|(snap, _)| {
                                    let side = if r.item.next.is_some() && sel.next.is_some() { Side::Next } else { Side::Current };
                                    snap.rating(side, &r.item.id).map(|x| x.label(lang).to_string()).unwrap_or_else(|| "—".into())
                                });
                                let name = if r.item.kind == ItemKind::CanDo { r.item.label.clone() } else { r.item.name(lang) };
                                // One grade's three cells, each led by its
                                // column's name for the narrow layout.
                                let side_cells = |side: Side, grade: &str| {
                                    let key = match side { Side::Current => "side-current", Side::Next => "side-next" };
                                    let gap = r.side(side).gap();
                                    html! {
                                        <>
                                            <td class={classes!(key, "f-req")}>{ cell_label(&required_by(grade), lang) }{ req(side) }</td>
                                            <td class={classes!(key, "f-rating")}>{ cell_label(tr(lang, "自己評価", "Self-rating"), lang) }{ rating(side) }</td>
                                            <td class={classes!(key, "f-gap", "gap")}>{ cell_label(tr(lang, "差", "Gap"), lang) }{ gap_text(gap, lang) }</td>
                                        </>
                                    }
                                };
                                let worded = is_worded(&r.item);
                                html! {
                                    <>
                                    <tr class={cls} data-item={r.item.id.to_string()}>
                                        <th scope="row">
                                            { mixed(&name, lang) }
                                            { change_badge(d, &r.item, sel.current_grade(), next_name.as_deref(), lang) }
                                            if priority { <span class="badge badge-priority">{ tr(lang, "◆ 優先", "◆ Priority") }</span> }
                                        </th>
                                        { side_cells(Side::Current, &current_name) }
                                        if let Some(n) = &next_name {
                                            { side_cells(Side::Next, n) }
                                        }
                                        { for compare_text.map(|t| html! { <td class="f-compare">{ cell_label(tr(lang, "比べる時点", "Compared with"), lang) }{ t }</td> }) }
                                    </tr>
                                    if worded {
                                        <tr class="wordings-row" data-wordings={r.item.id.to_string()}>
                                            <td colspan={cols.to_string()}>
                                                <span class="sr-only">{ mixed(&match lang {
                                                    Lang::Ja => format!("{name}の各職位の文："),
                                                    Lang::En => format!("Each grade's words for {name}: "),
                                                }, lang) }</span>
                                                { wordings(d, &r.item, &current_name, next_name.as_deref(), lang) }
                                            </td>
                                        </tr>
                                    }
                                    </>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                if any_worded && next_name.is_some() {
                    <p class="help worded-help">{ tr(lang, "職位ごとの文で求められる能力は、その下の行に二つの職位の文を並べています。「＋ 次の職位でより多く求められる」は両方の職位にあり文が違う能力、「★ 次の職位で新たに求められる」は次の職位にだけある能力、「－ 次の職位では求められない」は今の職位にだけある能力です。文の違いはアプリでは要約せず、印刷された文のまま示します。", "For abilities each grade words, the row below gives both grades' words side by side. \u{201c}＋ Asked more at the next grade\u{201d}: in both grades, worded differently; \u{201c}★ Newly required\u{201d}: only at the next grade; \u{201c}－ Not asked\u{201d}: only at the current grade. The app does not summarise the difference; the words are as printed.") }</p>
                }
                <p class="help">{ tr(lang, "★ は次の職位で新たに求められる項目、▲ は「将来的に望まれる」から「身に付けるべき」に引き上げられる項目、◆ は優先して伸ばす項目、？ は表の記号と文書の記述が食い違い、目標が不確かな項目です。", "★ marks items newly required at the next grade, ▲ items raised from \u{201c}desirable in future\u{201d} to \u{201c}must acquire\u{201d}, ◆ the items to develop first, and ? items whose target is uncertain because the table's mark and the document's text disagree.") }</p>
            </section>
        </div>
    }
}
