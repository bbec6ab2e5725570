//! A body's career path: each track's ladder with "you are here", the
//! stages with their years, age bands and placement rules, and the
//! alternative tracks and branches (DX tiers, スタッフ職).
//!
//! "You are here" comes from the person's own assessment, which the app
//! hands over (none in projector mode, and none on the static page the
//! build writes for each body, [`crate::published`]).

use crate::components::grades::role_view;
use crate::components::words::{basis_label, glossed, mixed, source_note, worded};
use crate::i18n::{comma, paren, tr, use_lang, Lang};
use crate::state::Shared;
use crate::today;
use michishirube::core::assess::{Assessment, Position};
use michishirube::core::dates::fiscal_year;
use michishirube::core::id::Id;
use michishirube::core::model::{BodyData, StageKind};
use michishirube::core::suggest::service_year_of;
use yew::prelude::*;

/// Props for [`CareerView`].
#[derive(Properties, PartialEq)]
pub struct CareerProps {
    /// The body's data.
    pub data: Shared<BodyData>,
    /// The person's own assessment, if any (none in projector mode).
    pub assessment: Option<Assessment>,
}

fn stage_kind(k: StageKind, lang: Lang) -> &'static str {
    match k {
        StageKind::Years => tr(lang, "年数", "Years of service"),
        StageKind::Age => tr(lang, "年代", "Age"),
        StageKind::Tier => tr(lang, "段階", "Tier"),
        StageKind::Phase => tr(lang, "時期", "Phase"),
    }
}

/// The career-path page.
#[component]
pub fn CareerView(props: &CareerProps) -> Html {
    let lang = use_lang();
    let d = props.data.clone();
    let grade_name = |g: &Id| d.grade_name(g, lang);
    let mine = props
        .assessment
        .as_ref()
        .filter(|a| a.selection.body == d.body.id);
    let here: Option<&Id> = mine.and_then(|a| a.selection.current_grade());
    let pre_entry = mine.is_some_and(|a| a.selection.current == Position::PreEntry);
    let year = mine.and_then(|a| service_year_of(a, fiscal_year(today())));
    let you =
        html! { <span class="you-are-here">{ tr(lang, "◀ 現在地", "◀ You are here") }</span> };

    html! {
        <section class="career" aria-labelledby="career-heading">
            <h1 id="career-heading">{ mixed(&format!("{}{}", tr(lang, "キャリアパス", "Career path"), paren(lang, &d.body.name.glossed(lang))), lang) }</h1>
            if d.tracks.is_empty() && d.career_paths.is_empty() {
                <p class="plain">{ tr(lang, "この団体の文書には、職位の並びやキャリアパスが示されていません。", "This body's documents set out no order of grades and no career path.") }</p>
            }
            if let Some(y) = year {
                <p>{ match lang {
                    Lang::Ja => format!("あなたは採用{y}年目です。"),
                    Lang::En => format!("You are in year {y} of service."),
                } }</p>
            }
            { for d.tracks.iter().map(|t| {
                let mine_track = mine.is_some_and(|a| a.selection.track == t.id);
                let hid = format!("track-{}", t.id);
                html! {
                    <section class="track" aria-labelledby={hid.clone()}>
                        <h2 id={hid}>{ glossed(&t.name, lang) }
                            if mine_track { <span class="tag">{ tr(lang, "あなたの職種", "Your track") }</span> }</h2>
                        <ol class="career-ladder">
                            if mine_track && pre_entry {
                                <li class="here">{ tr(lang, "入庁前", "Before entry") }{ you.clone() }</li>
                            }
                            { for t.ladder.iter().map(|g| html! {
                                <li class={classes!((mine_track && here == Some(g)).then_some("here"))}>
                                    { mixed(&grade_name(g), lang) }
                                    if mine_track && here == Some(g) { { you.clone() } }
                                </li>
                            }) }
                        </ol>
                        { for t.branches.iter().map(|b| html! {
                            <p class="branch">
                                { tr(lang, "分岐：", "Branch: ") }{ mixed(&format!("{} → {}", grade_name(&b.from), grade_name(&b.to)), lang) }
                                if here == Some(&b.to) && mine_track { { you.clone() } }
                                <span class="basis">{ paren(lang, basis_label(b.basis, lang)) }</span>
                                { for b.note.as_ref().map(|n| html! { <span class="help">{ " " }{ worded(&d, n, lang) }</span> }) }
                            </p>
                        }) }
                        { for t.note.as_ref().map(|n| html! { <p class="help">{ worded(&d, n, lang) }</p> }) }
                        <p class="basis-note">{ tr(lang, "並び順：", "Order: ") }{ basis_label(t.basis, lang) }</p>
                        { source_note(&d, &t.source, lang) }
                    </section>
                }
            }) }
            { for d.career_paths.iter().map(|p| html! {
                <section class="career-path" aria-labelledby={format!("path-{}", p.id)}>
                    <h2 id={format!("path-{}", p.id)} lang="ja">{ p.name.clone() }</h2>
                    if !p.rules.is_empty() {
                        <ul class="rules">{ for p.rules.iter().map(|r| html! { <li>{ worded(&d, r, lang) }</li> }) }</ul>
                    }
                    if !p.stages.is_empty() {
                        <div class="table-scroll" role="region" aria-label={p.name.clone()} tabindex="0">
                            <table class="stage-table">
                                <caption>{ mixed(&match lang {
                                    Lang::Ja => format!("{}の段階", p.name),
                                    Lang::En => format!("Stages of {}", p.name),
                                }, lang) }</caption>
                                <thead><tr>
                                    <th scope="col">{ tr(lang, "段階", "Stage") }</th>
                                    <th scope="col">{ tr(lang, "区分", "Defined by") }</th>
                                    <th scope="col">{ tr(lang, "年数・年代", "Years or age") }</th>
                                    <th scope="col">{ tr(lang, "職位", "Grades") }</th>
                                    <th scope="col">{ tr(lang, "内容・配置のルール・育成手法", "Content, placement rules, development methods") }</th>
                                </tr></thead>
                                <tbody>
                                    { for p.stages.iter().map(|s| {
                                        let now = year.is_some_and(|y| s.years.is_some_and(|r| r.contains(y)))
                                            || here.is_some_and(|g| s.grades.contains(g) && s.kind != StageKind::Years);
                                        let span = match (s.years, &s.ages, lang) {
                                            (Some(r), _, Lang::Ja) => format!("{}〜{}年目", r.from, r.to.map(|t| t.to_string()).unwrap_or_default()),
                                            (Some(r), _, Lang::En) => match r.to {
                                                Some(t) => format!("Years {}–{t}", r.from),
                                                None => format!("Year {} on", r.from),
                                            },
                                            (None, Some(a), _) => a.clone(),
                                            (None, None, _) => "—".into(),
                                        };
                                        html! {
                                            <tr class={classes!(now.then_some("here"))}>
                                                <th scope="row">{ glossed(&s.name, lang) }{ if now { you.clone() } else { html! {} } }</th>
                                                <td>{ stage_kind(s.kind, lang) }</td>
                                                <td>{ mixed(&span, lang) }</td>
                                                <td>{ mixed(&s.grades.iter().map(grade_name).collect::<Vec<_>>().join(comma(lang)), lang) }
                                                    if !s.grades.is_empty() && s.grades_basis == michishirube::core::model::Basis::App {
                                                        { crate::components::words::app_mark(None, lang) }
                                                    }</td>
                                                <td>
                                                    <ul>
                                                        { for s.description.iter().map(|t| html! { <li>{ worded(&d, t, lang) }</li> }) }
                                                        { for s.rules.iter().map(|t| html! { <li>{ tr(lang, "配置：", "Placement: ") }{ worded(&d, t, lang) }</li> }) }
                                                        { for s.skills.iter().map(|t| html! { <li>{ tr(lang, "知識・スキル：", "Knowledge and skills: ") }{ worded(&d, t, lang) }</li> }) }
                                                        { for s.methods.iter().map(|t| html! { <li>{ tr(lang, "育成手法：", "Development methods: ") }{ worded(&d, t, lang) }</li> }) }
                                                    </ul>
                                                </td>
                                            </tr>
                                        }
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    }
                    { source_note(&d, &p.source, lang) }
                </section>
            }) }
            { for d.grades.iter().filter(|g| !g.skills.is_empty() || !g.methods.is_empty()).map(|g| {
                let hid = format!("tier-{}", g.id);
                html! {
                    <section class="tier" aria-labelledby={hid.clone()}>
                        <h3 id={hid}>{ glossed(&g.name, lang) }</h3>
                        { for g.roles.iter().map(|r| role_view(&d, r, lang)) }
                        if !g.skills.is_empty() {
                            <p><strong>{ tr(lang, "知識・スキル", "Knowledge and skills") }</strong></p>
                            <ul>{ for g.skills.iter().map(|t| html! { <li>{ worded(&d, t, lang) }</li> }) }</ul>
                        }
                        if !g.methods.is_empty() {
                            <p><strong>{ tr(lang, "育成手法", "Development methods") }</strong></p>
                            <ul>{ for g.methods.iter().map(|t| html! { <li>{ worded(&d, t, lang) }</li> }) }</ul>
                        }
                        { source_note(&d, &g.source, lang) }
                    </section>
                }
            }) }
        </section>
    }
}
