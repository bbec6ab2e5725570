//! Each grade's expected role and can-do statements, as the document words them.

use super::source::{basis_label, SourceNote};
use crate::core::model::BodyData;
use crate::ui::i18n::{paren, tr, use_lang, Lang};
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
    let lang = use_lang();
    let d = &props.data;
    if d.grades.is_empty() {
        return html! {};
    }
    let grade_name = |id: &crate::core::id::Id| super::assess::grade_name(d, id, lang);
    html! {
        <section class="grades" aria-labelledby="grades-heading">
            <h2 id="grades-heading">{ tr(lang, "職種と職位", "Job tracks and grades") }</h2>
            if !d.tracks.is_empty() {
                <ul class="tracks">
                    { for d.tracks.iter().map(|t| html! {
                        <li>
                            <strong>{ t.name.glossed(lang) }</strong>{ tr(lang, "：", ": ") }
                            <ol class="ladder" aria-label={match lang {
                                Lang::Ja => format!("{}の職位（下位から）", t.name.ja),
                                Lang::En => format!("Grades of {}, lowest first", t.name.glossed(lang)),
                            }}>
                                { for t.ladder.iter().map(|g| html! { <li>{ grade_name(g) }</li> }) }
                            </ol>
                            { for t.branches.iter().map(|b| html! {
                                <p class="branch">
                                    { format!("{}{} → {}", tr(lang, "分岐: ", "Branch: "), grade_name(&b.from), grade_name(&b.to)) }
                                    <span class="basis">{ paren(lang, basis_label(b.basis, lang)) }</span>
                                </p>
                            }) }
                            <p class="basis-note">{ format!("{}{}", tr(lang, "並び順: ", "Order: "), basis_label(t.basis, lang)) }</p>
                        </li>
                    }) }
                </ul>
            }
            { for d.grades.iter().map(|g| html! {
                <section class="grade" aria-label={g.name.glossed(lang)}>
                    <h3>
                        { g.name.glossed(lang) }
                        { for g.level.as_ref().map(|l| html! { <span class="level" lang="ja">{ format!("（{l}）") }</span> }) }
                    </h3>
                    { for g.roles.iter().map(|r| html! {
                        <div class="role" lang="ja">
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
                        <h4>{ tr(lang, "この職位でできること", "What this grade can do") }</h4>
                        <ul class="can-do" lang="ja">{ for g.can_do.iter().map(|c| html! { <li>{ c.text.clone() }</li> }) }</ul>
                    }
                    <SourceNote source={g.source.clone()} />
                </section>
            }) }
        </section>
    }
}
