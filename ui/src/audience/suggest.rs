//! Suggested offerings with their reasons and sources, a filter by kind,
//! and adding a suggestion to the plan.
//!
//! Drawn by the pages module, with the person's assessment and plan from
//! the app's input (none in projector mode, so nothing personal ranks the
//! list or marks it there); adding to the plan is asked of the app
//! ([`AudienceEvent::AddPlan`]).

use super::io::AudienceEvent;
use super::Ctx;
use crate::components::offering::{kind_tag, offering_details};
use crate::components::words::{glossed, mixed, worded};
use crate::i18n::{paren, tr, use_lang, Lang};
use crate::route::Route;
use crate::state::Shared;
use crate::today;
use michishirube::core::assess::{analysis_of, Analysis, Assessment};
use michishirube::core::dates::{fiscal_year, fiscal_year_label};
use michishirube::core::model::{BodyData, OfferingKind};
use michishirube::core::plan::{PlanItem, Status, When};
use michishirube::core::suggest::{kinds_offered, service_year_of, suggest, Suggestion};
use yew::prelude::*;

/// Props for [`SuggestView`].
#[derive(Properties, PartialEq)]
pub struct SuggestProps {
    /// The page's input and report channel.
    pub ctx: Ctx,
    /// The body.
    pub data: Shared<BodyData>,
}

/// The person's assessment for this body, if there is one, with its
/// analysis.
fn assessment_for(ctx: &Ctx, d: &BodyData) -> Option<(Assessment, Analysis)> {
    let a = ctx
        .input
        .assessment
        .as_ref()
        .filter(|a| a.selection.body == d.body.id)?
        .clone();
    let an = analysis_of(d, &a);
    Some((a, an))
}

/// The suggestions page.
#[component]
pub fn SuggestView(props: &SuggestProps) -> Html {
    let lang = use_lang();
    let kinds = use_state(Vec::<OfferingKind>::new);
    let d = props.data.clone();
    let pair = assessment_for(&props.ctx, &d);
    let year = pair
        .as_ref()
        .and_then(|(a, _)| service_year_of(a, fiscal_year(today())));
    let list = suggest(
        &d,
        pair.as_ref().map(|p| &p.0),
        pair.as_ref().map(|p| &p.1),
        year,
        &kinds,
    );
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
                    { for list.iter().map(|s| html! { <SuggestionCard ctx={props.ctx.clone()} data={d.clone()} suggestion={s.clone()} /> }) }
                </ol>
            }
        </section>
    }
}

/// Props for [`SuggestionCard`].
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The page's input and report channel.
    pub ctx: Ctx,
    /// The body.
    pub data: Shared<BodyData>,
    /// The suggestion.
    pub suggestion: Suggestion,
}

/// One suggestion: name, kind, reasons, source, and "add to plan".
#[component]
pub fn SuggestionCard(props: &CardProps) -> Html {
    let lang = use_lang();
    let this_fy = fiscal_year(today());
    let fy = use_state(|| this_fy);
    let d = &props.data;
    let Some(o) = d
        .offerings
        .iter()
        .find(|o| o.id == props.suggestion.offering)
    else {
        return html! {};
    };
    let planned = props
        .ctx
        .input
        .plan
        .iter()
        .any(|p| p.body == d.body.id && p.offering.as_ref() == Some(&o.id));
    let select_id = format!("fy-{}", o.id);
    let on_fy = {
        let fy = fy.clone();
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(v) = s.value().parse() {
                fy.set(v);
            }
        })
    };
    let add = {
        let report = props.ctx.report.clone();
        let item = PlanItem {
            id: 0,
            body: d.body.id.clone(),
            offering: Some(o.id.clone()),
            title: o.name.ja.clone(),
            when: When::FiscalYear(*fy),
            status: Status::Planned,
            note: String::new(),
        };
        Callback::from(move |_| report.emit(AudienceEvent::AddPlan(item.clone())))
    };
    html! {
        <li class="suggestion" data-offering={o.id.to_string()}>
            <h2>
                { glossed(&o.name, lang) }
                { kind_tag(o, lang) }
                { for o.status.as_ref().map(|s| html! { <span class="tag">{ worded(d, s, lang) }</span> }) }
            </h2>
            <ul class="reasons">
                { for props.suggestion.reasons.iter().map(|r| html! { <li>{ mixed(&r.text(lang), lang) }</li> }) }
            </ul>
            { offering_details(d, o, lang) }
            <div class="actions no-print">
                if planned {
                    <p class="done">{ tr(lang, "✓ 計画に入っています", "✓ In your plan") }</p>
                    <a href={Route::Plan.to_hash()}>{ tr(lang, "計画を見る", "See the plan") }</a>
                } else {
                    <label for={select_id.clone()}>{ tr(lang, "年度", "Fiscal year") }</label>
                    <select id={select_id} onchange={on_fy}>
                        { for (this_fy..this_fy + 5).map(|y| html! {
                            <option value={y.to_string()} selected={y == *fy}>{ fiscal_year_label(y, lang) }</option>
                        }) }
                    </select>
                    <button type="button" class="secondary" onclick={add}>{ tr(lang, "計画に追加", "Add to plan") }</button>
                }
            </div>
        </li>
    }
}
