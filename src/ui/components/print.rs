//! One A4 page for the 1on1 / 自己申告 interview: who and when, the ratings
//! with gaps, the radar chart, the top suggestions, the plan, and a blank
//! box for the supervisor. The print stylesheet drops all navigation and
//! keeps everything legible in black and white.

use super::assess::{grade_name, position_name};
use super::radar::{Radar, Series, SeriesStyle};
use super::suggest::suggestions_for;
use crate::core::assess::{analyse, rate_items, summary, Side};
use crate::core::dates::date_label;
use crate::ui::i18n::{labelled, paren, tr, use_lang, Lang};
use crate::ui::state::AppContext;
use crate::ui::today;
use yew::prelude::*;

/// How many suggestions the sheet lists.
const TOP: usize = 5;

fn gap_cell(g: Option<i8>) -> String {
    match g {
        Some(g) if g > 0 => format!("−{g}"),
        Some(0) => "±0".into(),
        Some(g) => format!("+{}", -g),
        None => "—".into(),
    }
}

/// The printable sheet.
#[component]
pub fn PrintView() -> Html {
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let Some(a) = ctx.assessment().cloned() else {
        return html! { <p>{ tr(lang, "印刷する自己評価がありません。", "There is no self-rating to print. ") }<a href="#/">{ tr(lang, "団体を選んで始めてください。", "Choose a body to start.") }</a></p> };
    };
    let d = match super::body_or_status(&ctx, &a.selection.body, lang) {
        Ok(d) => d,
        Err(status) => return status,
    };
    let sel = &a.selection;
    let items = rate_items(&d, sel.current_grade(), sel.next.as_ref());
    let an = analyse(&items, &a);
    let cur = position_name(&d, &sel.current, lang);
    let next = sel.next.as_ref().map(|g| grade_name(&d, g, lang));
    let track = d
        .tracks
        .iter()
        .find(|t| t.id == sel.track)
        .map(|t| t.name.glossed(lang))
        .unwrap_or_default();
    let sentences = summary(&an, &cur, next.as_deref(), lang);
    let against = |name: &str| match lang {
        Lang::Ja => format!("{name}に対して"),
        Lang::En => format!("Against {name}"),
    };
    let (sugg, _) = suggestions_for(&ctx, &d, &[]);
    let plan: Vec<_> = ctx
        .doc
        .plan
        .iter()
        .filter(|p| p.body == d.body.id)
        .collect();
    let level =
        |r: Option<crate::core::scale::Rating>| r.and_then(|r| r.level()).map(|l| l.value());
    let mut series = vec![Series {
        name: against(&cur),
        values: an.rows.iter().map(|r| level(r.current.rating)).collect(),
        style: SeriesStyle::Solid,
    }];
    if let Some(n) = &next {
        series.push(Series {
            name: against(n),
            values: an.rows.iter().map(|r| level(r.next.rating)).collect(),
            style: SeriesStyle::Dashed,
        });
    }
    let axes: Vec<String> = an.rows.iter().map(|r| r.item.short_label()).collect();
    let target: Vec<Option<u8>> = an
        .rows
        .iter()
        .map(|r| r.next.target.or(r.current.target).map(|t| t.value()))
        .collect();
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let rating = |r: Option<crate::core::scale::Rating>| {
        r.map(|x| x.label(lang).to_string())
            .unwrap_or_else(|| "—".into())
    };

    html! {
        <article class="print-sheet" aria-labelledby="print-heading">
            <div class="actions no-print">
                <button type="button" class="primary" onclick={print}>{ tr(lang, "印刷する（A4・1枚）", "Print (one A4 page)") }</button>
                <p class="help">{ tr(lang, "面談（1on1・自己申告）用の1枚です。印刷画面では、メニューなどは表示されません。", "One page for an interview (1on1 or self-report). Menus and the like are left out when printing.") }</p>
            </div>
            <header class="sheet-head">
                <h1 id="print-heading">{ tr(lang, "キャリア自己評価シート", "Career self-assessment sheet") }</h1>
                <p>{ format!("{}{}　{}　{}", d.body.name.glossed(lang), paren(lang, d.body.kind.label(lang)), track, date_label(today(), lang)) }</p>
                <p><strong>{ labelled(lang, tr(lang, "現在の職位", "Current grade"), &cur) }</strong>{ for next.as_ref().map(|n| format!("　{}", labelled(lang, tr(lang, "次の職位", "Next grade"), n))) }</p>
            </header>
            <div class="sheet-grid">
                <table class="sheet-table">
                    <caption>{ tr(lang, "自己評価と差（目標「できる」、−は不足・＋は上回り）", "Self-rating and gap (target \u{201c}Can do\u{201d}; − short of it, + beyond it)") }</caption>
                    <thead><tr>
                        <th scope="col">{ tr(lang, "項目", "Item") }</th>
                        <th scope="col">{ tr(lang, "現在", "Current") }</th><th scope="col">{ tr(lang, "差", "Gap") }</th>
                        if next.is_some() { <th scope="col">{ tr(lang, "次", "Next") }</th><th scope="col">{ tr(lang, "差", "Gap") }</th> }
                    </tr></thead>
                    <tbody>
                        { for an.rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ r.item.name(lang) }
                                    { if matches!(r.item.change, crate::core::assess::Change::NewlyRequired | crate::core::assess::Change::Raised) && next.is_some() { "★" } else { "" } }</th>
                                <td>{ if r.item.rated_sides().contains(&Side::Current) { rating(r.current.rating) } else { "—".into() } }</td>
                                <td>{ gap_cell(r.current.gap()) }</td>
                                if next.is_some() {
                                    <td>{ if r.item.rated_sides().contains(&Side::Next) { rating(r.next.rating) } else { "—".into() } }</td>
                                    <td>{ gap_cell(r.next.gap()) }</td>
                                }
                            </tr>
                        }) }
                    </tbody>
                </table>
                if an.rows.len() >= 3 {
                    <div class="sheet-chart">
                        <Radar axes={axes} series={series} target={target} min_scale={3.0}
                            label={tr(lang, "自己評価のレーダーチャート（左の表と同じ内容）", "Radar chart of the self-rating (the same figures as the table on the left)").to_string()} />
                    </div>
                }
            </div>
            <section class="sheet-section">
                <h2>{ tr(lang, "まとめ", "Summary") }</h2>
                <ul>{ for sentences.iter().take(6).map(|s| html! { <li>{ s.clone() }</li> }) }</ul>
            </section>
            <section class="sheet-section">
                <h2>{ tr(lang, "おすすめの研修・支援", "Suggested training and support") }</h2>
                <ol>{ for sugg.iter().take(TOP).filter_map(|s| d.offerings.iter().find(|o| o.id == s.offering).map(|o| (o, s))).map(|(o, s)| html! {
                    <li><strong>{ o.name.glossed(lang) }</strong>{ paren(lang, o.kind.label(lang)) }
                        { match lang { Lang::Ja => "", Lang::En => " " } }
                        { s.reasons.first().map(|r| r.text(lang)).unwrap_or_default() }</li>
                }) }</ol>
            </section>
            <section class="sheet-section">
                <h2>{ tr(lang, "計画", "Plan") }</h2>
                if plan.is_empty() {
                    <p>{ tr(lang, "（計画はまだありません）", "(No plan yet)") }</p>
                } else {
                    <ul>{ for plan.iter().map(|p| html! {
                        <li>{ match lang {
                            Lang::Ja => format!("{}　{}　［{}］", p.when.label(lang), p.title, p.status.ja()),
                            Lang::En => format!("{} · {} [{}]", p.when.label(lang), p.title, p.status.label(lang)),
                        } }</li>
                    }) }</ul>
                }
            </section>
            <section class="sheet-section comment-box">
                <h2>{ tr(lang, "上司のコメント", "Supervisor's comments") }</h2>
                <div class="blank"><span class="sr-only">{ tr(lang, "記入欄（空欄）", "Space for comments (blank)") }</span></div>
            </section>
        </article>
    }
}
