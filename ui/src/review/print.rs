//! One A4 page for the 1on1 / 自己申告 interview: who and when, the ratings
//! with gaps, the radar chart, the top suggestions, the plan, and a blank
//! box for the supervisor; or, once a supervisor's review is kept, both
//! ratings side by side, how they stand, the comments and agreed steps. The
//! print stylesheet drops all navigation and keeps everything legible in
//! black and white. An ability the grades word says its case in words, and
//! the grades' sentences follow in a compact row below it.

use crate::components::radar::{radar_of, Radar};
use crate::components::status::with_body;
use crate::components::worded::{case_mark, case_text, is_worded, newly_required};
use crate::components::words::{glossed, mixed};
use crate::core::assess::GapRow;
use crate::core::assess::{analysis_of, summary, Assessment, Change, Side};
use crate::core::dates::{date_label, fiscal_year, fiscal_year_label};
use crate::core::model::{BodyData, Statement};
use crate::core::review::{chosen, compare, Verdict};
use crate::core::suggest::{service_year_of, suggest};
use crate::i18n::{labelled, paren, tr, use_lang, Lang};
use crate::state::{use_app, AppState};
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

/// Blank lines for what the app does not keep and the interview needs:
/// the person's name, section and the meeting's date, written by hand.
fn fill_in(lang: Lang) -> Html {
    let blank = tr(lang, "（記入欄）", "(to fill in)");
    let field = |label: &str, hint: &str| {
        html! {
            <div class="fill-field">
                <dt>{ label.to_owned() }</dt>
                <dd><span class="sr-only">{ blank }</span><span class="fill-hint" aria-hidden="true">{ hint.to_owned() }</span></dd>
            </div>
        }
    };
    html! {
        <dl class="fill-in" aria-label={tr(lang, "手書きの記入欄", "Fields to fill in by hand")}>
            { field(tr(lang, "氏名", "Name"), "") }
            { field(tr(lang, "所属", "Section"), "") }
            { field(tr(lang, "面談日", "Meeting date"), tr(lang, "年　　月　　日", "")) }
        </dl>
    }
}

/// The person's own notes on their ratings (具体的な場面・根拠), item by
/// item, so the interview can start from them. A note written the same on
/// both grades is listed once. Nothing when no note was written.
fn evidence(
    a: &Assessment,
    an: &crate::core::assess::Analysis,
    cur: &str,
    next: Option<&str>,
    lang: Lang,
) -> Html {
    let note = |side: Side, id: &crate::core::id::Id| {
        a.side(side)
            .get(id)
            .map(|e| e.note.trim().to_owned())
            .filter(|n| !n.is_empty())
    };
    let mut notes: Vec<(String, String)> = Vec::new();
    for r in &an.rows {
        let id = &r.item.id;
        let (c, n) = (note(Side::Current, id), note(Side::Next, id));
        let name = r.item.short_label();
        match (c, n) {
            (Some(c), Some(n)) if c == n => notes.push((name, c)),
            (c, n) => {
                // With two grades, a note says which one it is about.
                let grade_of = |g: Option<&str>| match (next, g) {
                    (Some(_), Some(g)) => paren(lang, g),
                    _ => String::new(),
                };
                notes.extend(c.map(|c| (format!("{name}{}", grade_of(Some(cur))), c)));
                notes.extend(n.map(|n| (format!("{name}{}", grade_of(next)), n)));
            }
        }
    }
    if notes.is_empty() {
        return html! {};
    }
    html! {
        <section class="sheet-section sheet-evidence">
            <h2>{ tr(lang, "本人のメモ（具体的な場面・根拠）", "The person's notes (situations and evidence)") }</h2>
            <ul>{ for notes.into_iter().map(|(item, text)| html! {
                <li><strong>{ mixed(&item, lang) }</strong>{ tr(lang, "：", ": ") }<span class="evidence-note">{ text }</span></li>
            }) }</ul>
        </section>
    }
}

/// A worded ability's sentences on the sheet, in one compact row under
/// its ratings: each grade's name, then its sentences as printed.
fn sheet_words(r: &GapRow, cur: &str, next: Option<&str>, cols: usize, lang: Lang) -> Html {
    if !is_worded(&r.item) {
        return html! {};
    }
    let words = |side: Side| -> Option<&[Statement]> {
        r.item
            .expectation(side)
            .map(|e| e.statements.as_slice())
            .filter(|l| !l.is_empty())
    };
    let joined = |l: &[Statement]| {
        l.iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let part = |name: &str, l: &[Statement]| {
        html! {
            <span class="sheet-wording"><strong>{ mixed(&format!("{name}{}", tr(lang, "：", ": ")), lang) }</strong><span lang="ja">{ joined(l) }</span></span>
        }
    };
    let (c, n) = (words(Side::Current), words(Side::Next));
    html! {
        <tr class="sheet-words" data-words={r.item.id.to_string()}>
            <td colspan={cols.to_string()}>
                { match (c, n, next) {
                    (Some(c), Some(n), Some(nn)) if c == n => part(&format!("{cur}{}{nn}", lang.pick("・", " and ")), c),
                    (c, n, nn) => html! { <>
                        { for c.map(|c| part(cur, c)) }
                        { for n.zip(nn).map(|(n, nn)| part(nn, n)) }
                    </> },
                } }
            </td>
        </tr>
    }
}

/// The sources of the worded abilities on the sheet, each once.
fn sheet_sources(d: &BodyData, an: &crate::core::assess::Analysis) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in &an.rows {
        for e in r.item.current.iter().chain(r.item.next.iter()) {
            for s in &e.statements {
                let c = d.cite(&s.source);
                if !out.contains(&c) {
                    out.push(c);
                }
            }
        }
    }
    out
}

/// The printable sheet, once the assessment's body is loaded.
#[component]
pub fn PrintView() -> Html {
    let state = use_app();
    let lang = use_lang();
    let Some(a) = state.assessment() else {
        return html! { <p>{ tr(lang, "印刷する自己評価がありません。", "There is no self-rating to print. ") }<a href="#/">{ tr(lang, "団体を選んで始めてください。", "Choose your city or prefecture to start.") }</a></p> };
    };
    with_body(&state, &a.selection.body, lang, |d| {
        sheet(&state, a, &d, lang)
    })
}

/// The sheet itself, for the assessment `a` of the body `d`, with the
/// person's plan and reviews from `state`.
fn sheet(state: &AppState, a: &Assessment, d: &BodyData, lang: Lang) -> Html {
    let today = crate::today();
    let sel = &a.selection;
    let an = analysis_of(d, a);
    let cur = sel.current.name(d, lang);
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
    let year = service_year_of(a, fiscal_year(today));
    let sugg = suggest(d, Some(a), Some(&an), year, &[]);
    let plan: Vec<_> = state
        .doc
        .plan
        .iter()
        .filter(|p| p.body == d.body.id)
        .collect();
    let chart = radar_of(&an, lang, against(&cur), next.as_deref().map(against), None);
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let rating = |r: Option<crate::core::scale::Rating>| {
        r.map(|x| x.label(lang).to_string())
            .unwrap_or_else(|| "—".into())
    };
    // A supervisor's review of this assessment: both ratings, how they
    // stand, the comments and the agreed steps, on the same page.
    let review = chosen(&state.doc.reviews, sel, None).cloned();
    let compared = review.as_ref().map(|r| compare(&an, &r.given));
    let verdict_of = |row: usize, side: Side| {
        compared
            .as_ref()
            .and_then(|c| c.iter().find(|c| c.row == row && c.side == side))
            .cloned()
    };
    let short_verdict = |v: Verdict| match (v, lang) {
        (Verdict::Agree, Lang::Ja) => "＝ 一致",
        (Verdict::SelfHigher, Lang::Ja) => "↑ 自己が高い",
        (Verdict::SelfLower, Lang::Ja) => "↓ 自己が低い",
        (Verdict::Open, _) => "—",
        (Verdict::Agree, Lang::En) => "＝ agree",
        (Verdict::SelfHigher, Lang::En) => "↑ self higher",
        (Verdict::SelfLower, Lang::En) => "↓ self lower",
    };
    // Beside a review, ratings are the scale's step numbers (the caption
    // says which is which), so that a row stays one line and 14 abilities
    // on two grades still fit the page.
    let step = |r: Option<crate::core::scale::Rating>| match r {
        Some(crate::core::scale::Rating::Level(l)) => l.value().to_string(),
        Some(crate::core::scale::Rating::NotApplicable) => tr(lang, "該当なし", "N/A").to_owned(),
        None => "—".into(),
    };
    let side_cells = |i: usize, r: &crate::core::assess::GapRow, side: Side| -> Html {
        let rated = r.item.rated_sides().contains(&side);
        match &review {
            None => {
                let own = if rated {
                    rating(r.side(side).rating)
                } else {
                    "—".into()
                };
                html! { <><td>{ own }</td><td>{ gap_cell(r.side(side).gap()) }</td></> }
            }
            Some(rv) => {
                let own = if rated {
                    step(r.side(side).rating)
                } else {
                    "—".into()
                };
                let theirs = if rated {
                    step(rv.given.side(side).get(&r.item.id).copied())
                } else {
                    "—".into()
                };
                let v = verdict_of(i, side).map_or("—", |c| short_verdict(c.verdict));
                html! { <><td>{ own }</td><td>{ theirs }</td><td class="verdict">{ v }</td></> }
            }
        }
    };
    let cols = 1 + (if review.is_some() { 3 } else { 2 }) * (1 + usize::from(next.is_some()));
    let word_sources = sheet_sources(d, &an);
    let side_heads = |label: &str| -> Html {
        match &review {
            None => {
                html! { <><th scope="col">{ label.to_owned() }</th><th scope="col">{ tr(lang, "差", "Gap") }</th></> }
            }
            Some(_) => html! { <>
                <th scope="col">{ format!("{label}{}", tr(lang, "・自己", " · self")) }</th>
                <th scope="col">{ format!("{label}{}", tr(lang, "・上司", " · supervisor")) }</th>
                <th scope="col">{ tr(lang, "比べて", "Compared") }</th>
            </> },
        }
    };

    html! {
        <article class="print-sheet" aria-labelledby="print-heading">
            <div class="actions no-print">
                <button type="button" class="primary" onclick={print}>{ tr(lang, "印刷する（A4・1枚）", "Print (one A4 page)") }</button>
                <p class="help">{ tr(lang, "面談（1on1・自己申告）用の1枚です。印刷画面では、メニューなどは表示されません。", "One page for an interview (1on1 or self-report). Menus and the like are left out when printing.") }</p>
            </div>
            <header class="sheet-head">
                <h1 id="print-heading">{ tr(lang, "キャリア自己評価シート", "Career self-assessment sheet") }</h1>
                <p>{ mixed(&format!("{}{}　{}　{}", d.body.name.glossed(lang), paren(lang, d.body.kind.label(lang)), track, date_label(today, lang)), lang) }</p>
                <p><strong>{ mixed(&labelled(lang, tr(lang, "現在の職位", "Current grade"), &cur), lang) }</strong>{ for next.as_ref().map(|n| mixed(&format!("　{}", labelled(lang, tr(lang, "次の職位", "Next grade"), n)), lang)) }</p>
                { fill_in(lang) }
            </header>
            <div class="sheet-grid">
                // On the narrowest screens (320 px) the table scrolls
                // sideways in its own box rather than widen the page.
                <div class="sheet-table-box" role="region" aria-labelledby="sheet-table-caption" tabindex="0">
                <table class="sheet-table">
                    if review.is_some() {
                        <caption id="sheet-table-caption">{ tr(lang, "自己評価と上司の評価（1 できていない・2 一部できる・3 できる・4 指導できる。＝ 一致、↑ 自己評価が高い、↓ 自己評価が低い）", "Self-rating and the supervisor's (1 not yet, 2 partly, 3 can do, 4 can teach; ＝ agree, ↑ self-rating higher, ↓ self-rating lower)") }</caption>
                    } else {
                        <caption id="sheet-table-caption">{ tr(lang, "自己評価と差（目標「できる」、−は不足・＋は上回り）", "Self-rating and gap (target \u{201c}Can do\u{201d}; − short of it, + beyond it)") }</caption>
                    }
                    <thead><tr>
                        <th scope="col">{ tr(lang, "項目", "Item") }</th>
                        { side_heads(tr(lang, "現在", "Current")) }
                        if next.is_some() { { side_heads(tr(lang, "次", "Next")) } }
                    </tr></thead>
                    <tbody>
                        { for an.rows.iter().enumerate().map(|(i, r)| html! { <>
                            <tr data-item={r.item.id.to_string()}>
                                <th scope="row">{ mixed(&r.item.name(lang), lang) }
                                    { if (newly_required(d, &r.item, sel.current_grade()) || r.item.change == Change::Raised) && next.is_some() { "★" } else { "" } }
                                    if is_worded(&r.item) && next.is_some() {
                                        if let Some(t) = case_text(r.item.change, None, lang) {
                                            <span class="sheet-case" data-case-text={t.clone()}><span aria-hidden="true">{ case_mark(r.item.change) }</span>{ t }</span>
                                        }
                                    }
                                    if r.item.current.iter().chain(r.item.next.iter()).any(|e| e.uncertain.is_some()) {
                                        <span lang="ja" aria-hidden="true">{ "？" }</span><span class="sr-only">{ tr(lang, "（目標は不確か）", " (target uncertain)") }</span>
                                    }</th>
                                { side_cells(i, r, Side::Current) }
                                if next.is_some() { { side_cells(i, r, Side::Next) } }
                            </tr>
                            { sheet_words(r, &cur, next.as_deref(), cols, lang) }
                        </> }) }
                    </tbody>
                </table>
                if !word_sources.is_empty() {
                    <p class="source sheet-source">{ tr(lang, "文の出典: ", "Source of the words: ") }<span lang="ja">{ word_sources.join("、") }</span></p>
                }
                </div>
                if an.rows.len() >= 3 {
                    <div class="sheet-chart">
                        <Radar axes={chart.axes} series={chart.series} target={chart.target} min_scale={3.0}
                            label={tr(lang, "自己評価のレーダーチャート（左の表と同じ内容）", "Radar chart of the self-rating (the same figures as the table on the left)").to_string()} />
                    </div>
                }
            </div>
            { evidence(a, &an, &cur, next.as_deref(), lang) }
            <section class="sheet-section">
                <h2>{ tr(lang, "まとめ", "Summary") }</h2>
                <ul>{ for sentences.iter().take(if review.is_some() { 4 } else { 6 }).map(|s| html! { <li>{ mixed(s, lang) }</li> }) }</ul>
            </section>
            <section class="sheet-section">
                <h2>{ tr(lang, "おすすめの研修・支援", "Suggested training and support") }</h2>
                <ol>{ for sugg.iter().take(if review.is_some() { TOP - 2 } else { TOP }).filter_map(|s| d.offerings.iter().find(|o| o.id == s.offering).map(|o| (o, s))).map(|(o, s)| html! {
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
            if let Some(rv) = &review {
                <section class="sheet-section sheet-review">
                    <h2>{ mixed(&match lang {
                        Lang::Ja => format!("上司の評価（{}・{}）", date_label(rv.made, lang), if rv.given.role.is_empty() { "役職の記入なし" } else { rv.given.role.as_str() }),
                        Lang::En => format!("Supervisor's review ({}, {})", date_label(rv.made, lang), if rv.given.role.is_empty() { "no role given" } else { rv.given.role.as_str() }),
                    }, lang) }</h2>
                    <ul class="sheet-comments">
                        { for an.rows.iter().filter_map(|r| rv.given.comments.get(&r.item.id).filter(|c| !c.trim().is_empty()).map(|c| (r, c))).map(|(r, c)| html! {
                            <li><strong>{ mixed(&r.item.short_label(), lang) }</strong>{ tr(lang, "：", ": ") }<span lang="ja">{ c.clone() }</span></li>
                        }) }
                        if !rv.given.overall.trim().is_empty() {
                            <li><strong>{ tr(lang, "全体", "Overall") }</strong>{ tr(lang, "：", ": ") }<span lang="ja">{ rv.given.overall.clone() }</span></li>
                        }
                    </ul>
                    <h3>{ tr(lang, "合意した次の一歩", "Agreed next steps") }</h3>
                    if rv.given.steps.is_empty() {
                        <p>{ tr(lang, "（記入なし）", "(none)") }</p>
                    } else {
                        <ul>{ for rv.given.steps.iter().map(|s| html! {
                            <li>{ mixed(&s.text, lang) }{ for s.fiscal_year.map(|y| html! { { format!("（{}）", fiscal_year_label(y, lang)) } }) }</li>
                        }) }</ul>
                    }
                </section>
            } else {
                <section class="sheet-section comment-box">
                    <h2>{ tr(lang, "上司のコメント", "Supervisor's comments") }</h2>
                    <div class="blank"><span class="sr-only">{ tr(lang, "記入欄（空欄）", "Space for comments (blank)") }</span></div>
                </section>
            }
        </article>
    }
}
