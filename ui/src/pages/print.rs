//! One A4 page for the 1on1 / 自己申告 interview: who and when, the ratings
//! with gaps, the radar chart, the top suggestions, the plan, and a blank
//! box for the supervisor. The print stylesheet drops all navigation and
//! keeps everything legible in black and white.

use crate::components::radar::{radar_of, Radar};
use crate::components::status::body_or_status;
use crate::components::suggestion_card::suggestions_for;
use crate::components::words::{glossed, mixed};
use crate::i18n::{labelled, paren, tr, use_lang, Lang};
use crate::state::use_app;
use crate::today;
use michishirube::core::assess::{analysis_of, summary, Change, Side};
use michishirube::core::dates::date_label;
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
    let ctx = use_app();
    let Some(a) = ctx.assessment().cloned() else {
        return html! { <p>{ tr(lang, "印刷する自己評価がありません。", "There is no self-rating to print. ") }<a href="#/">{ tr(lang, "団体を選んで始めてください。", "Choose a body to start.") }</a></p> };
    };
    let d = match body_or_status(&ctx, &a.selection.body, lang) {
        Ok(d) => d,
        Err(status) => return status,
    };
    let sel = &a.selection;
    let an = analysis_of(&d, &a);
    let cur = sel.current.name(&d, lang);
    let next = sel.next.as_ref().map(|g| d.grade_name(g, lang));
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
    let chart = radar_of(&an, against(&cur), next.as_deref().map(against), None);
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
                <p>{ mixed(&format!("{}{}　{}　{}", d.body.name.glossed(lang), paren(lang, d.body.kind.label(lang)), track, date_label(today(), lang)), lang) }</p>
                <p><strong>{ mixed(&labelled(lang, tr(lang, "現在の職位", "Current grade"), &cur), lang) }</strong>{ for next.as_ref().map(|n| mixed(&format!("　{}", labelled(lang, tr(lang, "次の職位", "Next grade"), n)), lang)) }</p>
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
                                <th scope="row">{ mixed(&r.item.name(lang), lang) }
                                    { if matches!(r.item.change, Change::NewlyRequired | Change::Raised) && next.is_some() { "★" } else { "" } }
                                    if r.item.current.iter().chain(r.item.next.iter()).any(|e| e.uncertain.is_some()) {
                                        <span lang="ja" aria-hidden="true">{ "？" }</span><span class="sr-only">{ tr(lang, "（目標は不確か）", " (target uncertain)") }</span>
                                    }</th>
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
                        <Radar axes={chart.axes} series={chart.series} target={chart.target} min_scale={3.0}
                            label={tr(lang, "自己評価のレーダーチャート（左の表と同じ内容）", "Radar chart of the self-rating (the same figures as the table on the left)").to_string()} />
                    </div>
                }
            </div>
            <section class="sheet-section">
                <h2>{ tr(lang, "まとめ", "Summary") }</h2>
                <ul>{ for sentences.iter().take(6).map(|s| html! { <li>{ mixed(s, lang) }</li> }) }</ul>
            </section>
            <section class="sheet-section">
                <h2>{ tr(lang, "おすすめの研修・支援", "Suggested training and support") }</h2>
                <ol>{ for sugg.iter().take(TOP).filter_map(|s| d.offerings.iter().find(|o| o.id == s.offering).map(|o| (o, s))).map(|(o, s)| html! {
                    <li><strong>{ glossed(&o.name, lang) }</strong>{ paren(lang, o.kind.label(lang)) }
                        { match lang { Lang::Ja => "", Lang::En => " " } }
                        { mixed(&s.reasons.first().map(|r| r.text(lang)).unwrap_or_default(), lang) }</li>
                }) }</ol>
            </section>
            <section class="sheet-section">
                <h2>{ tr(lang, "計画", "Plan") }</h2>
                if plan.is_empty() {
                    <p>{ tr(lang, "（計画はまだありません）", "(No plan yet)") }</p>
                } else {
                    <ul>{ for plan.iter().map(|p| html! {
                        <li>{ mixed(&match lang {
                            Lang::Ja => format!("{}　{}　［{}］", p.when.label(lang), p.title, p.status.ja()),
                            Lang::En => format!("{} · {} [{}]", p.when.label(lang), p.title, p.status.label(lang)),
                        }, lang) }</li>
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
