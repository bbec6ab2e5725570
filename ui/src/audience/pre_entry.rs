//! For recruits before entry (内定者): what the body expects of its staff,
//! the first years (courses, stages, placement and rotation rules), the
//! supports they can use later, and a baseline self-rating against the
//! first grade, saved as a dated snapshot to look back on.

use crate::components::offering::kind_tag;
use crate::components::worded::grade_abilities;
use crate::components::words::{app_mark, glossed, mixed, source_note, worded};
use crate::i18n::{paren, tr, use_lang, Lang};
use crate::route::Route;
use crate::state::Shared;
use michishirube::core::id::Id;
use michishirube::core::model::{Basis, BodyData, Grade, OfferingFamily};
use yew::prelude::*;

/// Props for [`PreEntryView`].
#[derive(Properties, PartialEq)]
pub struct PreEntryProps {
    /// The body's data.
    pub data: Shared<BodyData>,
    /// Projector mode: the baseline rating, which is personal, is not offered.
    #[prop_or_default]
    pub projector: bool,
}

/// The first track whose first grade recruits start at, and that grade.
fn entry_track(d: &BodyData) -> Option<(Id, &Grade)> {
    d.tracks.iter().find_map(|t| {
        let g = t
            .ladder
            .first()
            .and_then(|g| d.grade(g))
            .filter(|g| g.entry)?;
        Some((t.id.clone(), g))
    })
}

/// The pre-entry page.
#[component]
pub fn PreEntryView(props: &PreEntryProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let early_stages: Vec<_> = d
        .career_paths
        .iter()
        .flat_map(|p| p.stages.iter().map(move |s| (p, s)))
        .filter(|(_, s)| s.years.is_some_and(|r| r.from <= 5))
        .collect();
    let path_rules: Vec<_> = d
        .career_paths
        .iter()
        .filter(|p| !p.rules.is_empty())
        .collect();
    let first_courses: Vec<_> = d
        .offerings
        .iter()
        .filter(|o| o.targets.years.is_some_and(|r| r.from <= 5))
        .collect();
    let later: Vec<_> = d
        .offerings
        .iter()
        .filter(|o| o.kind.family() != OfferingFamily::Course)
        .collect();
    let entry = entry_track(d);
    let track = entry.as_ref().map(|(t, _)| t.clone());
    // A link into the app, so it works from the published page too.
    let start = track.map(|track| {
        Route::Start {
            body: d.body.id.clone(),
            track,
            pre_entry: true,
        }
        .to_hash()
    });
    html! {
        <article class="pre-entry" aria-labelledby="pre-heading">
            <h1 id="pre-heading">{ mixed(&match lang {
                Lang::Ja => format!("{}で働く前に", d.body.name.ja),
                Lang::En => format!("Before you start work at {}", d.body.name.glossed(lang)),
            }, lang) }</h1>
            <section aria-labelledby="pre-vision">
                <h2 id="pre-vision">{ tr(lang, "求められる職員の姿", "The staff the body is looking for") }</h2>
                if d.visions.is_empty() {
                    <p class="plain">{ tr(lang, "この団体の文書（本文）には、職員像の文章が含まれていません。", "The text of this body's documents contains no statement of the staff it wants.") }</p>
                }
                { for d.visions.iter().map(|v| html! {
                    <div class="vision">
                        <h3 lang="ja">{ v.heading.clone() }</h3>
                        { for v.text.as_ref().map(|t| html! { <p class="vision-text">{ worded(d, t, lang) }</p> }) }
                        <dl class="points" lang="ja">{ for v.points.iter().map(|p| html! {
                            <><dt>{ p.name.clone().unwrap_or_default() }</dt><dd>{ p.text.clone() }</dd></>
                        }) }</dl>
                        { source_note(d, &v.source, lang) }
                    </div>
                }) }
            </section>
            <section aria-labelledby="pre-first">
                <h2 id="pre-first">{ tr(lang, "はじめの数年", "The first few years") }</h2>
                if early_stages.is_empty() && path_rules.is_empty() && first_courses.is_empty() {
                    <p class="plain">{ tr(lang, "この団体の文書には、採用後の数年についての段階や研修の年次が示されていません。", "This body's documents set out no stages or yearly training for the first years after joining.") }</p>
                }
                { for early_stages.iter().map(|(p, s)| html! {
                    <div class="stage">
                        <h3>{ glossed(&s.name, lang) }<span lang="ja">{ format!("（{}）", p.name) }</span></h3>
                        <ul>
                            { for s.description.iter().map(|t| html! { <li>{ worded(d, t, lang) }</li> }) }
                            { for s.rules.iter().map(|t| html! { <li>{ tr(lang, "配置：", "Placement: ") }{ worded(d, t, lang) }</li> }) }
                        </ul>
                        { source_note(d, &p.source, lang) }
                    </div>
                }) }
                { for path_rules.iter().map(|p| html! {
                    <div class="stage">
                        <h3 lang="ja">{ p.name.clone() }</h3>
                        <ul>{ for p.rules.iter().map(|r| html! { <li>{ worded(d, r, lang) }</li> }) }</ul>
                        { source_note(d, &p.source, lang) }
                    </div>
                }) }
                if !first_courses.is_empty() {
                    <h3>{ tr(lang, "年次ごとの研修", "Training by year of service") }</h3>
                    <ul>{ for first_courses.iter().map(|o| html! {
                        <li>{ glossed(&o.name, lang) }{ for o.description.first().map(|t| html! { <>{ "：" }{ worded(d, t, lang) }</> }) }</li>
                    }) }</ul>
                }
            </section>
            <section aria-labelledby="pre-later">
                <h2 id="pre-later">{ tr(lang, "あとで使える支援", "Support you can use later") }</h2>
                if later.is_empty() {
                    <p class="plain">{ tr(lang, "この団体の文書には、研修のほかの支援制度（自己啓発の支援・休業・公募など）が示されていません。", "This body's documents name no support besides courses (self-study support, leave, postings and so on).") }</p>
                }
                <ul class="supports">{ for later.iter().map(|o| html! {
                    <li>
                        <strong>{ glossed(&o.name, lang) }</strong>
                        // The kind only where it says more than the name
                        // (not 「庁内公募 庁内公募」).
                        if !o.name.ja.contains(o.kind.label(Lang::Ja)) { { kind_tag(o, lang) } }
                        if o.description.is_empty() {
                            <p class="help">{ tr(lang, "文書には名前だけが書かれ、内容の説明はありません。", "The documents give only its name, with no description.") }</p>
                        } else {
                            <ul class="description">{ for o.description.iter().map(|t| html! { <li>{ worded(d, t, lang) }</li> }) }</ul>
                        }
                    </li>
                }) }</ul>
            </section>
            <section aria-labelledby="pre-baseline" class="start">
                <h2 id="pre-baseline">{ tr(lang, "入庁前の自己評価（基準）", "Self-rating before entry (baseline)") }</h2>
                if let Some((_, g)) = &entry {
                    <p>{ tr(lang, "入庁すると、職員はまず最初の職位に就きます（職位は、仕事の役割と責任の段階です）。その職位に求められることに照らして、今の自分を評価しておきましょう。結果の画面で「入庁前の基準として保存」すると、1年後に比べられます。", "When you join, you start at the first grade (a grade is a step of roles and responsibility). Rate yourself now against what that grade asks. Use \u{201c}Save as the baseline before entry\u{201d} on the results page, and you can compare a year later.") }</p>
                    <p class="help">{ tr(lang, "比べる職位：入庁後の最初の職位", "Compared with: the first grade after you join") }{ mixed(&paren(lang, &g.name.glossed(lang)), lang) }
                        if g.entry_basis == Basis::App {
                            { app_mark(Some(tr(lang, "採用時の職位は文書に印字されていません。職種の最初の職位をアプリがそう読んでいます。", "The documents do not print which grade recruits start at; the app reads it as the track's first grade.")), lang) }
                        }</p>
                    { entry_grade_words(d, g, lang) }
                    if let Some(href) = start.filter(|_| !props.projector) {
                        <p><a class="button primary" {href}>{ tr(lang, "入庁前の自己評価を始める", "Start the self-rating before entry") }</a></p>
                    }
                } else {
                    <p class="plain">{ tr(lang, "この団体の文書には職位ごとの基準がないため、入庁前の自己評価はできません。", "This body's documents set no criteria by grade, so a self-rating before entry is not possible.") }</p>
                }
            </section>
        </article>
    }
}

/// What the first grade is, in the documents' words, so that a recruit can
/// read the terms the rating uses (「行政サービス活動の遂行者」 is the
/// grade's role, not a requirement): its roles and what it can do.
fn entry_grade_words(d: &BodyData, g: &Grade, lang: Lang) -> Html {
    let summaries: Vec<_> = g.roles.iter().filter_map(|r| r.summary.as_ref()).collect();
    if summaries.is_empty() && g.can_do.is_empty() && g.abilities.is_empty() {
        return html! {};
    }
    html! {
        <div class="entry-grade">
            if !summaries.is_empty() {
                <p>{ tr(lang, "この職位の役割（文書の言葉）：", "The role of this grade, in the documents' words: ") }</p>
                <ul>{ for summaries.iter().map(|t| html! { <li>{ worded(d, t, lang) }</li> }) }</ul>
            }
            if !g.can_do.is_empty() {
                <p>{ tr(lang, "この職位で「できる」とされていること：", "What this grade is expected to be able to do: ") }</p>
                <ul class="can-do" lang="ja">{ for g.can_do.iter().map(|c| html! { <li>{ c.text.clone() }</li> }) }</ul>
            }
            { grade_abilities(d, g, 3, lang) }
        </div>
    }
}
