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
use crate::ui::state::{AppContext, Loadable};
use crate::ui::today;
use yew::prelude::*;

/// Props for [`CareerView`].
#[derive(Properties, PartialEq)]
pub struct CareerProps {
    /// The body.
    pub id: Id,
}

fn stage_kind(k: StageKind) -> &'static str {
    match k {
        StageKind::Years => "年数",
        StageKind::Age => "年代",
        StageKind::Tier => "段階",
        StageKind::Phase => "時期",
    }
}

/// The career-path page.
#[component]
pub fn CareerView(props: &CareerProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let d = match ctx.bodies.get(&props.id) {
        Some(Loadable::Ready(d)) => d.clone(),
        Some(Loadable::Failed(m)) => {
            return html! { <p class="error" role="alert">{ m.clone() }</p> }
        }
        _ => return html! { <p class="status" role="status">{ "読み込み中…" }</p> },
    };
    let mine = ctx
        .personal_assessment()
        .filter(|a| a.selection.body == d.body.id);
    let here: Option<&Id> = mine.and_then(|a| a.selection.current_grade());
    let pre_entry = mine.is_some_and(|a| a.selection.current == Position::PreEntry);
    let year = mine.and_then(|a| service_year_of(a, fiscal_year(today())));
    let you = html! { <span class="you-are-here">{ "◀ 現在地" }</span> };

    html! {
        <section class="career" aria-labelledby="career-heading">
            <h1 id="career-heading">{ format!("キャリアパス（{}）", d.body.name.ja) }</h1>
            if d.tracks.is_empty() && d.career_paths.is_empty() {
                <p class="plain">{ "この団体の文書には、職位の並びやキャリアパスが示されていません。" }</p>
            }
            if let Some(y) = year {
                <p>{ format!("あなたは採用{y}年目です。") }</p>
            }
            { for d.tracks.iter().map(|t| {
                let mine_track = mine.is_some_and(|a| a.selection.track == t.id);
                html! {
                    <section class="track" aria-label={t.name.ja.clone()}>
                        <h2>{ t.name.ja.clone() }
                            if mine_track { <span class="tag">{ "あなたの職種" }</span> }</h2>
                        <ol class="career-ladder">
                            if mine_track && pre_entry {
                                <li class="here">{ "入庁前" }{ you.clone() }</li>
                            }
                            { for t.ladder.iter().map(|g| html! {
                                <li class={classes!((mine_track && here == Some(g)).then_some("here"))}>
                                    { grade_name(&d, g) }
                                    if mine_track && here == Some(g) { { you.clone() } }
                                </li>
                            }) }
                        </ol>
                        { for t.branches.iter().map(|b| html! {
                            <p class="branch">
                                { format!("分岐：{} → {}", grade_name(&d, &b.from), grade_name(&d, &b.to)) }
                                if here == Some(&b.to) && mine_track { { you.clone() } }
                                <span class="basis">{ format!("（{}）", basis_label(b.basis)) }</span>
                                { for b.note.as_ref().map(|n| html! { <span class="help">{ format!(" {n}") }</span> }) }
                            </p>
                        }) }
                        <p class="basis-note">{ format!("並び順：{}", basis_label(t.basis)) }</p>
                        <SourceNote source={t.source.clone()} />
                    </section>
                }
            }) }
            { for d.career_paths.iter().map(|p| html! {
                <section class="career-path" aria-label={p.name.clone()}>
                    <h2>{ p.name.clone() }</h2>
                    if !p.rules.is_empty() {
                        <ul class="rules">{ for p.rules.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                    }
                    if !p.stages.is_empty() {
                        <div class="table-scroll" role="region" aria-label={p.name.clone()} tabindex="0">
                            <table class="stage-table">
                                <caption>{ format!("{}の段階", p.name) }</caption>
                                <thead><tr>
                                    <th scope="col">{ "段階" }</th>
                                    <th scope="col">{ "区分" }</th>
                                    <th scope="col">{ "年数・年代" }</th>
                                    <th scope="col">{ "職位" }</th>
                                    <th scope="col">{ "内容・配置のルール・育成手法" }</th>
                                </tr></thead>
                                <tbody>
                                    { for p.stages.iter().map(|s| {
                                        let now = year.is_some_and(|y| s.years.is_some_and(|r| r.contains(y)))
                                            || here.is_some_and(|g| s.grades.contains(g) && s.kind != StageKind::Years);
                                        let span = match (s.years, &s.ages) {
                                            (Some(r), _) => format!("{}〜{}年目", r.from, r.to.map(|t| t.to_string()).unwrap_or_default()),
                                            (None, Some(a)) => a.clone(),
                                            (None, None) => "—".into(),
                                        };
                                        html! {
                                            <tr class={classes!(now.then_some("here"))}>
                                                <th scope="row">{ s.name.clone() }{ if now { you.clone() } else { html! {} } }</th>
                                                <td>{ stage_kind(s.kind) }</td>
                                                <td>{ span }</td>
                                                <td>{ s.grades.iter().map(|g| grade_name(&d, g)).collect::<Vec<_>>().join("、") }</td>
                                                <td>
                                                    <ul>
                                                        { for s.description.iter().map(|t| html! { <li>{ t.clone() }</li> }) }
                                                        { for s.rules.iter().map(|t| html! { <li>{ format!("配置：{t}") }</li> }) }
                                                        { for s.skills.iter().map(|t| html! { <li>{ format!("知識・スキル：{t}") }</li> }) }
                                                        { for s.methods.iter().map(|t| html! { <li>{ format!("育成手法：{t}") }</li> }) }
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
                <section class="tier" aria-label={g.name.ja.clone()}>
                    <h3>{ g.name.ja.clone() }</h3>
                    { for g.roles.iter().map(|r| html! {
                        <p>{ r.post.clone().map(|p| format!("{p}：")).unwrap_or_default() }{ r.summary.clone().unwrap_or_default() }{ r.duties.join(" ") }</p>
                    }) }
                    if !g.skills.is_empty() { <p><strong>{ "知識・スキル：" }</strong>{ g.skills.join("／") }</p> }
                    if !g.methods.is_empty() { <p><strong>{ "育成手法：" }</strong>{ g.methods.join("／") }</p> }
                    <SourceNote source={g.source.clone()} />
                </section>
            }) }
        </section>
    }
}
