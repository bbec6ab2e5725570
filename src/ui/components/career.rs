//! A body's career path: each track's ladder with "you are here", the
//! stages with their years, age bands and placement rules, and the
//! alternative tracks and branches (DX tiers, スタッフ職).

use super::assess::grade_name;
use super::source::{basis_label, SourceNote};
use crate::core::assess::Position;
use crate::core::dates::fiscal_year;
use crate::core::id::Id;
use crate::core::model::StageKind;
use crate::core::suggest::service_year_of;
use crate::ui::i18n::{comma, labelled, paren, tr, use_lang, Lang};
use crate::ui::state::AppContext;
use crate::ui::today;
use yew::prelude::*;

/// Props for [`CareerView`].
#[derive(Properties, PartialEq)]
pub struct CareerProps {
    /// The body.
    pub id: Id,
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
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let d = match super::body_or_status(&ctx, &props.id, lang) {
        Ok(d) => d,
        Err(status) => return status,
    };
    let grade_name = |g: &Id| grade_name(&d, g, lang);
    let mine = ctx
        .personal_assessment()
        .filter(|a| a.selection.body == d.body.id);
    let here: Option<&Id> = mine.and_then(|a| a.selection.current_grade());
    let pre_entry = mine.is_some_and(|a| a.selection.current == Position::PreEntry);
    let year = mine.and_then(|a| service_year_of(a, fiscal_year(today())));
    let you =
        html! { <span class="you-are-here">{ tr(lang, "◀ 現在地", "◀ You are here") }</span> };

    html! {
        <section class="career" aria-labelledby="career-heading">
            <h1 id="career-heading">{ format!("{}{}", tr(lang, "キャリアパス", "Career path"), paren(lang, &d.body.name.glossed(lang))) }</h1>
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
                html! {
                    <section class="track" aria-label={t.name.glossed(lang)}>
                        <h2>{ t.name.glossed(lang) }
                            if mine_track { <span class="tag">{ tr(lang, "あなたの職種", "Your track") }</span> }</h2>
                        <ol class="career-ladder">
                            if mine_track && pre_entry {
                                <li class="here">{ tr(lang, "入庁前", "Before entry") }{ you.clone() }</li>
                            }
                            { for t.ladder.iter().map(|g| html! {
                                <li class={classes!((mine_track && here == Some(g)).then_some("here"))}>
                                    { grade_name(g) }
                                    if mine_track && here == Some(g) { { you.clone() } }
                                </li>
                            }) }
                        </ol>
                        { for t.branches.iter().map(|b| html! {
                            <p class="branch">
                                { labelled(lang, tr(lang, "分岐", "Branch"), &format!("{} → {}", grade_name(&b.from), grade_name(&b.to))) }
                                if here == Some(&b.to) && mine_track { { you.clone() } }
                                <span class="basis">{ paren(lang, basis_label(b.basis, lang)) }</span>
                                { for b.note.as_ref().map(|n| html! { <span class="help" lang="ja">{ format!(" {n}") }</span> }) }
                            </p>
                        }) }
                        <p class="basis-note">{ labelled(lang, tr(lang, "並び順", "Order"), basis_label(t.basis, lang)) }</p>
                        <SourceNote source={t.source.clone()} />
                    </section>
                }
            }) }
            { for d.career_paths.iter().map(|p| html! {
                <section class="career-path" aria-label={p.name.clone()}>
                    <h2 lang="ja">{ p.name.clone() }</h2>
                    if !p.rules.is_empty() {
                        <ul class="rules" lang="ja">{ for p.rules.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                    }
                    if !p.stages.is_empty() {
                        <div class="table-scroll" role="region" aria-label={p.name.clone()} tabindex="0">
                            <table class="stage-table">
                                <caption>{ match lang {
                                    Lang::Ja => format!("{}の段階", p.name),
                                    Lang::En => format!("Stages of {}", p.name),
                                } }</caption>
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
                                                <th scope="row"><span lang="ja">{ s.name.clone() }</span>{ if now { you.clone() } else { html! {} } }</th>
                                                <td>{ stage_kind(s.kind, lang) }</td>
                                                <td>{ span }</td>
                                                <td>{ s.grades.iter().map(grade_name).collect::<Vec<_>>().join(comma(lang)) }</td>
                                                <td>
                                                    <ul>
                                                        { for s.description.iter().map(|t| html! { <li lang="ja">{ t.clone() }</li> }) }
                                                        { for s.rules.iter().map(|t| html! { <li>{ labelled(lang, tr(lang, "配置", "Placement"), t) }</li> }) }
                                                        { for s.skills.iter().map(|t| html! { <li>{ labelled(lang, tr(lang, "知識・スキル", "Knowledge and skills"), t) }</li> }) }
                                                        { for s.methods.iter().map(|t| html! { <li>{ labelled(lang, tr(lang, "育成手法", "Development methods"), t) }</li> }) }
                                                    </ul>
                                                </td>
                                            </tr>
                                        }
                                    }) }
                                </tbody>
                            </table>
                        </div>
                    }
                    <SourceNote source={p.source.clone()} />
                </section>
            }) }
            { for d.grades.iter().filter(|g| !g.skills.is_empty() || !g.methods.is_empty()).map(|g| html! {
                <section class="tier" aria-label={g.name.glossed(lang)}>
                    <h3>{ g.name.glossed(lang) }</h3>
                    { for g.roles.iter().map(|r| html! {
                        <p lang="ja">{ r.post.clone().map(|p| format!("{p}：")).unwrap_or_default() }{ r.summary.clone().unwrap_or_default() }{ r.duties.join(" ") }</p>
                    }) }
                    if !g.skills.is_empty() { <p><strong>{ tr(lang, "知識・スキル：", "Knowledge and skills: ") }</strong><span lang="ja">{ g.skills.join("／") }</span></p> }
                    if !g.methods.is_empty() { <p><strong>{ tr(lang, "育成手法：", "Development methods: ") }</strong><span lang="ja">{ g.methods.join("／") }</span></p> }
                    <SourceNote source={g.source.clone()} />
                </section>
            }) }
        </section>
    }
}
