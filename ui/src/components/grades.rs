//! Each grade's expected role, can-do statements and worded abilities, as
//! the document words them, with the app's readings and caveats shown
//! beside them.

use super::worded::grade_abilities;
use super::words::{app_mark, basis_label, caveat, glossed, ja, mixed, source_note, worded};
use crate::i18n::{paren, tr, use_lang, Lang};
use crate::state::Shared;
use michishirube::core::id::Id;
use michishirube::core::model::{Basis, BodyData, Grade, Label, Role};
use yew::prelude::*;

/// One role: the post it belongs to, its summary and duties, and, where the
/// data says so, that attaching it to this grade is the app's reading, and
/// the caveat every reader must see.
pub fn role_view(d: &BodyData, r: &Role, lang: Lang) -> Html {
    html! {
        <div class="role">
            if r.post.is_some() || r.summary.is_some() {
                <p class="role-summary">
                    { for r.post.as_ref().map(|p| html! { <strong lang="ja">{ format!("{p}：") }</strong> }) }
                    { for r.summary.as_ref().map(|s| worded(d, s, lang)) }
                </p>
            }
            if !r.duties.is_empty() {
                <ul>{ for r.duties.iter().map(|t| html! { <li>{ worded(d, t, lang) }</li> }) }</ul>
            }
            if r.basis == Basis::App {
                <p class="role-basis">{ tr(lang, "この職位への役割の割り当て", "Giving this role to this grade") }{ app_mark(r.note.as_deref(), lang) }</p>
            } else if let Some(n) = &r.note {
                <p class="role-basis">{ caveat(n, lang) }</p>
            }
        </div>
    }
}

/// A grade's roles, can-do statements, worded abilities, skills and methods.
pub fn grade_body(d: &BodyData, g: &Grade, lang: Lang) -> Html {
    html! {
        <>
            if !g.posts.is_empty() {
                <p class="posts">{ tr(lang, "役職：", "Posts: ") }{ ja(&g.posts.join("、")) }</p>
            }
            if g.entry {
                <p class="entry">
                    { tr(lang, "採用時の職位", "The grade recruits start at") }
                    if g.entry_basis == Basis::App {
                        { app_mark(Some(tr(lang, "採用時の職位は文書に印字されていません。職種の最初の職位をアプリがそう読んでいます。", "The documents do not print which grade recruits start at; the app reads it as the track's first grade.")), lang) }
                    }
                </p>
            }
            { for g.roles.iter().map(|r| role_view(d, r, lang)) }
            if !g.can_do.is_empty() {
                <h4>{ tr(lang, "この職位でできること", "What this grade can do") }</h4>
                <ul class="can-do" lang="ja">{ for g.can_do.iter().map(|c| html! { <li>{ c.text.clone() }</li> }) }</ul>
            }
            { grade_abilities(d, g, 4, lang) }
            if !g.skills.is_empty() {
                <h4>{ tr(lang, "知識・スキル", "Knowledge and skills") }</h4>
                <ul>{ for g.skills.iter().map(|t| html! { <li>{ worded(d, t, lang) }</li> }) }</ul>
            }
            if !g.methods.is_empty() {
                <h4>{ tr(lang, "育成手法", "Development methods") }</h4>
                <ul>{ for g.methods.iter().map(|t| html! { <li>{ worded(d, t, lang) }</li> }) }</ul>
            }
            { source_note(d, &g.source, lang) }
        </>
    }
}

/// Props for [`GradeList`].
#[derive(Properties, PartialEq)]
pub struct GradeListProps {
    /// The body whose grades to show.
    pub data: Shared<BodyData>,
    /// Fold each grade into a disclosure, so a long page stays scannable.
    #[prop_or_default]
    pub folded: bool,
}

/// Lists the tracks with their ladders, then every grade's roles and can-do statements.
#[component]
pub fn GradeList(props: &GradeListProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    if d.grades.is_empty() {
        return html! {};
    }
    let grade_name = |id: &Id| mixed(&d.grade_name(id, lang), lang);
    html! {
        <section class="grades" aria-labelledby="grades-heading" id="grades" tabindex="-1">
            <h2 id="grades-heading">{ tr(lang, "職種と職位", "Job tracks and grades") }</h2>
            if !d.tracks.is_empty() {
                <ul class="tracks">
                    { for d.tracks.iter().map(|t| html! {
                        <li>
                            <strong>{ glossed(&t.name, lang) }</strong>{ tr(lang, "：", ": ") }
                            <ol class="ladder" aria-label={match lang {
                                Lang::Ja => format!("{}の職位（下位から）", t.name.ja),
                                Lang::En => "Grades, lowest first".to_owned(),
                            }}>
                                { for t.ladder.iter().map(|g| html! { <li>{ grade_name(g) }</li> }) }
                            </ol>
                            { for t.branches.iter().map(|b| html! {
                                <p class="branch">
                                    { tr(lang, "分岐: ", "Branch: ") }{ grade_name(&b.from) }{ " → " }{ grade_name(&b.to) }
                                    <span class="basis">{ paren(lang, basis_label(b.basis, lang)) }</span>
                                    { for b.note.as_ref().map(|n| html! { <span class="help">{ " " }{ worded(d, n, lang) }</span> }) }
                                </p>
                            }) }
                            { for t.note.as_ref().map(|n| html! { <p class="help">{ worded(d, n, lang) }</p> }) }
                            <p class="basis-note">{ format!("{}{}", tr(lang, "並び順: ", "Order: "), basis_label(t.basis, lang)) }</p>
                        </li>
                    }) }
                </ul>
            }
            { for d.grades.iter().map(|g| {
                let heading = html! {
                    <>
                        { glossed(&g.name, lang) }
                        { for g.level.as_ref().map(|l| html! { <span class="level" lang="ja">{ format!("（{l}）") }</span> }) }
                    </>
                };
                if props.folded {
                    // The app's mark on the name is a button, which may not
                    // sit inside the summary (itself a control): the summary
                    // names the grade, the mark opens the folded part.
                    let name = Label { basis: Basis::Document, ..g.name.clone() };
                    html! {
                        <details class="grade" data-grade={g.id.to_string()}>
                            // The heading stays a heading inside the summary, so the
                            // outline keeps its level (h2 → h3 → h4) when folded.
                            <summary><h3>
                                { glossed(&name, lang) }
                                { for g.level.as_ref().map(|l| html! { <span class="level" lang="ja">{ format!("（{l}）") }</span> }) }
                            </h3></summary>
                            if g.name.basis == Basis::App {
                                <p class="help">{ tr(lang, "職位名：", "Grade name: ") }{ app_mark(g.name.note.as_deref(), lang) }</p>
                            }
                            { grade_body(d, g, lang) }
                        </details>
                    }
                } else {
                    let hid = format!("grade-{}", g.id);
                    html! {
                        <section class="grade" aria-labelledby={hid.clone()} data-grade={g.id.to_string()}>
                            <h3 id={hid}>{ heading }</h3>
                            { grade_body(d, g, lang) }
                        </section>
                    }
                }
            }) }
        </section>
    }
}
