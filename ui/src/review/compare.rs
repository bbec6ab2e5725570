//! 上司の評価との比較: for each item and grade, the self-rating, the
//! supervisor's rating and the target, and whether they agree, or the
//! self-rating is higher or lower, said in words with a mark (never by
//! colour alone); a radar per grade with the supervisor as a series of its
//! own line and marker; summary sentences; talk points for the 面談; the
//! comments and the agreed steps; the CSV for Excel.

use crate::components::radar::{axis_label, Radar, Series, SeriesStyle};
use crate::components::status::with_body;
use crate::components::worded::{case_badge, is_worded, sentence_list};
use crate::components::words::mixed;
use crate::core::assess::{analysis_of, Side};
use crate::core::csv::{assessment_csv, file_name};
use crate::core::dates::{date_label, fiscal_year_label};
use crate::core::review::{chosen, compare, compare_summary, talk_points, Review, Verdict};
use crate::download::download;
use crate::i18n::{tr, use_lang, Lang};
use crate::route::{navigate, Meeting, Route};
use crate::state::{use_app, Action};
use yew::prelude::*;

/// Props for [`CompareView`].
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// The review to show, if one is named.
    pub id: Option<u32>,
}

/// The comparison page.
#[component]
pub fn CompareView(props: &CompareProps) -> Html {
    let state = use_app();
    let lang = use_lang();
    let confirm = use_state(|| false);
    let error = use_state(|| None::<String>);
    let Some(a) = state.assessment().cloned() else {
        return super::no_assessment(lang);
    };
    let Some(review) = chosen(&state.doc.reviews, &a.selection, props.id).cloned() else {
        return html! {
            <section aria-labelledby="compare-heading">
                <h1 id="compare-heading">{ tr(lang, "上司の評価との比較", "Compared with your supervisor's review") }</h1>
                <p class="plain">{ tr(lang, "この自己評価に対する上司の評価は、まだありません。", "There is no supervisor's review of this self-rating yet.") }</p>
                <ul>
                    <li><a href={Route::Meeting(Meeting::Share).to_hash()}>{ tr(lang, "上司と共有する", "Share with your supervisor") }</a></li>
                    <li><a href={Route::Meeting(Meeting::Handover).to_hash()}>{ tr(lang, "この端末で上司に評価してもらう", "Have your supervisor rate on this device") }</a></li>
                    <li><a href={Route::Review(None).to_hash()}>{ tr(lang, "受け取った上司の評価を開く", "Open a review you received") }</a></li>
                </ul>
            </section>
        };
    };
    with_body(&state, &a.selection.body, lang, |d| {
        let analysis = analysis_of(&d, &a);
        let rows = compare(&analysis, &review.given);
        let summary = compare_summary(&analysis, &rows, lang);
        let talk = talk_points(&analysis, &rows, lang);
        let sel = &a.selection;
        let grade_name = |side: Side| match side {
            Side::Current => sel.current.name(&d, lang),
            Side::Next => sel
                .next
                .as_ref()
                .map_or_else(String::new, |g| d.grade_name(g, lang)),
        };
        let same_pair =
            review.current_grade.as_ref() == sel.current_grade() && review.next_grade == sel.next;
        let level =
            |r: Option<crate::core::scale::Rating>| r.and_then(|x| x.level()).map(|l| l.value());
        let charts: Vec<Html> = Side::BOTH
            .into_iter()
            .filter(|side| *side == Side::Current || sel.next.is_some())
            .filter_map(|side| {
                let on_side: Vec<&crate::core::assess::GapRow> = analysis
                    .rows
                    .iter()
                    .filter(|r| r.item.rated_sides().contains(&side))
                    .collect();
                if on_side.len() < 3 {
                    return None;
                }
                let name = grade_name(side);
                let series = vec![
                    Series {
                        name: match lang {
                            Lang::Ja => format!("自己評価（{name}に対して）"),
                            Lang::En => format!("Self-rating (against {name})"),
                        },
                        values: on_side.iter().map(|r| level(r.side(side).rating)).collect(),
                        style: SeriesStyle::Solid,
                    },
                    Series {
                        name: match lang {
                            Lang::Ja => format!("上司の評価（{name}に対して）"),
                            Lang::En => format!("Supervisor's rating (against {name})"),
                        },
                        values: on_side.iter().map(|r| level(review.given.side(side).get(&r.item.id).copied())).collect(),
                        style: SeriesStyle::DashDot,
                    },
                ];
                Some(html! {
                    <div class={classes!("compare-chart", crate::components::rating::side_key(side))}>
                        <h3>{ mixed(&match lang {
                            Lang::Ja => format!("{name}に対して"),
                            Lang::En => format!("Against {name}"),
                        }, lang) }</h3>
                        <Radar axes={on_side.iter().map(|r| axis_label(&r.item, lang)).collect::<Vec<_>>()} {series}
                            target={on_side.iter().map(|r| r.side(side).target.map(|t| t.value())).collect::<Vec<_>>()}
                            label={tr(lang, "自己評価と上司の評価のレーダーチャート。同じ内容を下の表に示しています。", "Radar chart of the self-rating and the supervisor's rating. The table below gives the same figures.").to_string()} />
                    </div>
                })
            })
            .collect();
        let csv = {
            let (d, a, review, plan) =
                (d.clone(), a.clone(), review.clone(), state.doc.plan.clone());
            let today = crate::today();
            let error = error.clone();
            Callback::from(move |_| {
                let text = assessment_csv(&d, &a, Some(&review), &plan, lang);
                if let Err(m) = download(&file_name(&d, today), "text/csv", text.as_bytes()) {
                    error.set(Some(m.get(lang).to_owned()));
                }
            })
        };
        let delete = {
            let state = state.clone();
            let id = review.id;
            Callback::from(move |_| {
                state.dispatch(Action::DeleteReview(id));
                navigate(&Route::History);
            })
        };
        let of_body: Vec<&Review> = state
            .doc
            .reviews
            .iter()
            .filter(|r| r.body == sel.body)
            .collect();
        html! {
            <section class="compare" aria-labelledby="compare-heading">
                <h1 id="compare-heading">{ tr(lang, "上司の評価との比較", "Compared with your supervisor's review") }</h1>
                <p class="review-meta">{ mixed(&match lang {
                    Lang::Ja => format!("{} の上司の評価（{}）{}", date_label(review.made, lang), if review.given.role.is_empty() { "役職の記入なし" } else { review.given.role.as_str() }, if review.on_this_device { "・この端末で評価" } else { "" }),
                    Lang::En => format!("Supervisor's review of {} ({}){}", date_label(review.made, lang), if review.given.role.is_empty() { "no role given" } else { review.given.role.as_str() }, if review.on_this_device { ", given on this device" } else { "" }),
                }, lang) }</p>
                if of_body.len() > 1 {
                    <nav class="review-choice" aria-label={tr(lang, "ほかの上司の評価", "Other reviews")}>
                        <ul>{ for of_body.iter().map(|r| html! {
                            <li><a href={Route::Meeting(Meeting::Compare(Some(r.id))).to_hash()} aria-current={(r.id == review.id).then_some("page")}>
                                { mixed(&format!("{}（{}）", date_label(r.made, lang), r.given.role), lang) }</a></li>
                        }) }</ul>
                    </nav>
                }
                if !same_pair {
                    <p class="caveat">{ tr(lang, "この評価は、いまの自己評価とは別の職位の組み合わせに対するものです。同じ項目だけを比べています。", "This review is of another pair of grades than the current self-rating. Only the same items are compared.") }</p>
                }
                <section aria-labelledby="compare-summary-heading">
                    <h2 id="compare-summary-heading">{ tr(lang, "まとめ", "Summary") }</h2>
                    <ul class="summary">{ for summary.iter().map(|s| html! { <li>{ mixed(s, lang) }</li> }) }</ul>
                </section>
                <section aria-labelledby="compare-table-heading">
                    <h2 id="compare-table-heading">{ tr(lang, "項目ごとの比較", "Item by item") }</h2>
                    <div class="table-scroll" role="region" aria-labelledby="compare-table-heading" tabindex="0">
                        <table class="compare-ratings">
                            <caption>{ tr(lang, "自己評価と上司の評価（＝ 一致、↑ 自己評価が高い、↓ 自己評価が低い）", "The self-rating and the supervisor's (＝ agree, ↑ self-rating higher, ↓ self-rating lower)") }</caption>
                            <thead><tr>
                                <th scope="col">{ tr(lang, "項目", "Item") }</th>
                                <th scope="col">{ tr(lang, "職位", "Grade") }</th>
                                <th scope="col">{ tr(lang, "目標", "Target") }</th>
                                <th scope="col">{ tr(lang, "自己評価", "Self-rating") }</th>
                                <th scope="col">{ tr(lang, "上司の評価", "Supervisor") }</th>
                                <th scope="col">{ tr(lang, "比べて", "Compared") }</th>
                                <th scope="col">{ tr(lang, "上司のコメント", "Supervisor's comment") }</th>
                            </tr></thead>
                            <tbody>
                                { for rows.iter().map(|c| {
                                    let item = &analysis.rows[c.row].item;
                                    let verdict = match c.verdict {
                                        Verdict::Agree => "agree",
                                        Verdict::SelfHigher => "self-higher",
                                        Verdict::SelfLower => "self-lower",
                                        Verdict::Open => "open",
                                    };
                                    // A worded ability says its case once, on its first row,
                                    // and each row gives its own grade's sentences.
                                    let first = rows.iter().find(|x| x.item == c.item).is_some_and(|f| f.side == c.side);
                                    let worded = is_worded(item);
                                    let words = item.expectation(c.side).map(|e| e.statements.clone()).unwrap_or_default();
                                    let label = |r: Option<crate::core::scale::Rating>| r.map_or_else(|| tr(lang, "未評価", "Not rated").to_owned(), |x| x.label(lang).to_owned());
                                    html! {
                                        <tr data-item={c.item.to_string()} data-side={crate::components::rating::side_key(c.side)} data-verdict={verdict}
                                            class={classes!(matches!(c.verdict, Verdict::SelfHigher | Verdict::SelfLower).then_some("row-differs"))}>
                                            <th scope="row">{ mixed(&item.name(lang), lang) }
                                                if worded && first && sel.next.is_some() { { case_badge(item.change, None, lang) } }</th>
                                            <td>{ mixed(&grade_name(c.side), lang) }
                                                if worded && !words.is_empty() { <div class="row-words">{ sentence_list(&words) }</div> }</td>
                                            <td>{ c.target.map_or_else(|| "—".to_owned(), |t| t.label(lang).to_owned()) }</td>
                                            <td>{ label(c.own) }</td>
                                            <td>{ label(c.reviewer) }</td>
                                            <td class="verdict"><span aria-hidden="true">{ c.verdict.mark() }{ " " }</span>{ c.verdict.label(lang) }</td>
                                            // The comment is the item's, on its first row only.
                                            <td lang="ja">{ if rows.iter().find(|x| x.item == c.item).is_some_and(|first| first.side == c.side) { c.comment.clone().unwrap_or_default() } else { String::new() } }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </div>
                </section>
                if !charts.is_empty() {
                    <section aria-labelledby="compare-chart-heading" class="chart-section">
                        <h2 id="compare-chart-heading">{ tr(lang, "レーダーチャート", "Radar charts") }</h2>
                        <div class="compare-charts">{ for charts }</div>
                    </section>
                }
                <section aria-labelledby="talk-heading">
                    <h2 id="talk-heading">{ tr(lang, "面談で話すこと", "To talk about in the meeting") }</h2>
                    if talk.is_empty() {
                        <p>{ tr(lang, "評価はすべて一致し、優先して伸ばす項目もありません。次の職位に向けた目標を話し合いましょう。", "The ratings all agree and there is no priority gap. Talk about goals towards the next grade.") }</p>
                    } else {
                        <ol class="talk-points">{ for talk.iter().map(|t| html! { <li>{ mixed(t, lang) }</li> }) }</ol>
                    }
                </section>
                <section aria-labelledby="overall-heading">
                    <h2 id="overall-heading">{ tr(lang, "上司の全体のコメント", "The supervisor's overall comment") }</h2>
                    <p class="overall" lang="ja">{ if review.given.overall.trim().is_empty() { tr(lang, "（記入なし）", "(none)").to_owned() } else { review.given.overall.clone() } }</p>
                    <h3>{ tr(lang, "合意した次の一歩", "Agreed next steps") }</h3>
                    if review.given.steps.is_empty() {
                        <p>{ tr(lang, "（記入なし）", "(none)") }</p>
                    } else {
                        <ol class="step-list">{ for review.given.steps.iter().map(|s| html! {
                            <li>{ mixed(&s.text, lang) }{ for s.fiscal_year.map(|y| html! { <span class="step-fy">{ format!("（{}）", fiscal_year_label(y, lang)) }</span> }) }</li>
                        }) }</ol>
                    }
                </section>
                <div class="actions">
                    <button type="button" class="primary" onclick={csv}>{ tr(lang, "CSV を保存（Excel 用）", "Save as CSV (for Excel)") }</button>
                    <a class="button secondary" href={Route::Print.to_hash()}>{ tr(lang, "面談用に印刷", "Print for the meeting") }</a>
                    if *confirm {
                        <span role="alert" class="confirm">{ tr(lang, "この上司の評価を削除しますか？", "Remove this review?") }</span>
                        <button type="button" class="danger" onclick={delete}>{ tr(lang, "削除する", "Remove it") }</button>
                        <button type="button" class="secondary" onclick={ let c = confirm.clone(); Callback::from(move |_| c.set(false)) }>{ tr(lang, "やめる", "Cancel") }</button>
                    } else {
                        <button type="button" class="danger" onclick={ let c = confirm.clone(); Callback::from(move |_| c.set(true)) }>{ tr(lang, "この評価を削除", "Remove this review") }</button>
                    }
                </div>
                if let Some(e) = &*error {
                    <p class="error" role="alert">{ e.clone() }</p>
                }
            </section>
        }
    })
}
