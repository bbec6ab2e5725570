//! Each grade's expected role and can-do statements, as the document words them.

use super::source::{basis_label, SourceNote};
use crate::core::model::BodyData;
use std::rc::Rc;
use yew::prelude::*;

/// Props for [`GradeList`].
#[derive(Properties, PartialEq)]
pub struct GradeListProps {
    /// The body whose grades to show.
    pub data: Rc<BodyData>,
}

/// Lists the tracks with their ladders, then every grade's roles and can-do statements.
#[component]
pub fn GradeList(props: &GradeListProps) -> Html {
    let d = &props.data;
    if d.grades.is_empty() {
        return html! {};
    }
    let grade_name = |id: &crate::core::id::Id| {
        d.grades
            .iter()
            .find(|g| &g.id == id)
            .map_or_else(|| id.to_string(), |g| g.name.ja.clone())
    };
    html! {
        <section class="grades" aria-labelledby="grades-heading">
            <h2 id="grades-heading">{ "職種と職位" }</h2>
            if !d.tracks.is_empty() {
                <ul class="tracks">
                    { for d.tracks.iter().map(|t| html! {
                        <li>
                            <strong>{ t.name.ja.clone() }</strong>{ "：" }
                            <ol class="ladder" aria-label={format!("{}の職位（下位から）", t.name.ja)}>
                                { for t.ladder.iter().map(|g| html! { <li>{ grade_name(g) }</li> }) }
                            </ol>
                            { for t.branches.iter().map(|b| html! {
                                <p class="branch">
                                    { format!("分岐: {} → {}", grade_name(&b.from), grade_name(&b.to)) }
                                    <span class="basis">{ format!("（{}）", basis_label(b.basis)) }</span>
                                </p>
                            }) }
                            <p class="basis-note">{ format!("並び順: {}", basis_label(t.basis)) }</p>
                        </li>
                    }) }
                </ul>
            }
            { for d.grades.iter().map(|g| html! {
                <section class="grade" aria-label={g.name.ja.clone()}>
                    <h3>
                        { g.name.ja.clone() }
                        { for g.level.as_ref().map(|l| html! { <span class="level">{ format!("（{l}）") }</span> }) }
                    </h3>
                    { for g.roles.iter().map(|r| html! {
                        <div class="role">
                            if r.post.is_some() || r.summary.is_some() {
                                <p class="role-summary">
                                    { for r.post.as_ref().map(|p| html! { <strong>{ format!("{p}：") }</strong> }) }
                                    { r.summary.clone().unwrap_or_default() }
                                </p>
                            }
                            if !r.duties.is_empty() {
                                <ul>{ for r.duties.iter().map(|t| html! { <li>{ t.clone() }</li> }) }</ul>
                            }
                        </div>
                    }) }
                    if !g.can_do.is_empty() {
                        <h4>{ "この職位でできること" }</h4>
                        <ul class="can-do">{ for g.can_do.iter().map(|c| html! { <li>{ c.text.clone() }</li> }) }</ul>
                    }
                    <SourceNote source={g.source.clone()} />
                </section>
            }) }
        </section>
    }
}
