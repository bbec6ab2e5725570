//! Suggested offerings with their reasons and sources, a filter by kind,
//! and adding a suggestion to the plan.

use crate::components::status::body_or_status;
use crate::components::suggestion_card::{assessment_for, suggestions_for, SuggestionCard};
use crate::components::words::{glossed, mixed, worded};
use crate::i18n::{paren, tr, use_lang, Lang};
use crate::state::use_app;
use michishirube::core::id::Id;
use michishirube::core::model::OfferingKind;
use michishirube::core::suggest::kinds_offered;
use yew::prelude::*;

/// Props for [`SuggestView`].
#[derive(Properties, PartialEq)]
pub struct SuggestProps {
    /// The body.
    pub id: Id,
}

/// The suggestions page.
#[component]
pub fn SuggestView(props: &SuggestProps) -> Html {
    let lang = use_lang();
    let ctx = use_app();
    let kinds = use_state(Vec::<OfferingKind>::new);
    let d = match body_or_status(&ctx, &props.id, lang) {
        Ok(d) => d,
        Err(status) => return status,
    };
    let (list, year) = suggestions_for(&ctx, &d, &kinds);
    let pair = assessment_for(&ctx, &d);
    let offered = kinds_offered(&d);

    let stages: Vec<_> = year
        .map(|y| {
            d.career_paths
                .iter()
                .flat_map(|p| p.stages.iter())
                .filter(|s| s.years.is_some_and(|r| r.contains(y)))
                .collect()
        })
        .unwrap_or_default();

    let toggle = |k: OfferingKind| {
        let kinds = kinds.clone();
        Callback::from(move |_| {
            let mut v = (*kinds).clone();
            if let Some(i) = v.iter().position(|x| *x == k) {
                v.remove(i);
            } else {
                v.push(k);
            }
            kinds.set(v);
        })
    };

    html! {
        <section class="suggest" aria-labelledby="suggest-heading">
            <h1 id="suggest-heading">{ mixed(&format!("{}{}", tr(lang, "おすすめの研修・支援", "Suggested training and support"), paren(lang, &d.body.name.glossed(lang))), lang) }</h1>
            { match &pair {
                Some((a, _)) => {
                    let from = a.selection.current.name(&d, lang);
                    let to = a.selection.next.as_ref().map(|n| format!(" → {}", d.grade_name(n, lang))).unwrap_or_default();
                    html! {
                        <p class="pair">{ mixed(&match lang {
                            Lang::Ja => format!("自己評価の差、{from}{to}、{}をもとに並べています。", year.map_or("採用年（未入力）".into(), |y| format!("採用{y}年目"))),
                            Lang::En => format!("Ranked by the gaps in your self-rating, {from}{to}, and {}.", year.map_or("your year of entry (not given)".into(), |y| format!("your year of service ({y})"))),
                        }, lang) }</p>
                    }
                },
                None => html! {
                    <p class="plain">{ tr(lang, "この団体では職位に照らした自己評価ができないため（または、まだ自己評価をしていないため）、対象を限らない支援制度を文書の順に示します。", "A self-rating against a grade is not possible for this body (or you have not made one yet), so the supports open to everyone are shown in the documents' order.") }</p>
                },
            } }
            { for stages.iter().map(|s| html! {
                <div class="stage-now">
                    <p><strong>{ tr(lang, "今の時期：", "Your current stage: ") }{ glossed(&s.name, lang) }</strong></p>
                    <ul>{ for s.rules.iter().chain(s.description.iter()).map(|r| html! { <li>{ worded(&d, r, lang) }</li> }) }</ul>
                </div>
            }) }
            <fieldset class="kind-filter">
                <legend>{ tr(lang, "種類で絞り込む（何も選ばなければすべて）", "Filter by kind (none chosen shows all)") }</legend>
                { for offered.iter().map(|k| {
                    let id = format!("kind-{}", *k as usize);
                    html! {
                        <label for={id.clone()} class="choice">
                            <input type="checkbox" id={id} checked={kinds.contains(k)} onchange={toggle(*k)} />
                            { k.label(lang) }
                        </label>
                    }
                }) }
            </fieldset>
            if list.is_empty() {
                <p>{ tr(lang, "条件に合う研修・支援はありません。", "No training or support matches.") }</p>
            } else {
                <ol class="suggestions">
                    { for list.iter().map(|s| html! { <SuggestionCard data={d.clone()} suggestion={s.clone()} /> }) }
                </ol>
            }
        </section>
    }
}
