//! Suggested offerings with their reasons and sources, a filter by kind,
//! and adding a suggestion to the plan.

use super::assess::grade_name;
use super::source::SourceNote;
use crate::core::assess::{analyse, rate_items, Analysis, Assessment};
use crate::core::dates::{fiscal_year, fiscal_year_label};
use crate::core::id::Id;
use crate::core::model::{BodyData, OfferingKind};
use crate::core::plan::{PlanItem, Status, When};
use crate::core::suggest::{kinds_offered, service_year_of, suggest, Suggestion};
use crate::ui::i18n::{labelled, paren, tr, use_lang, Lang, Msg};
use crate::ui::state::{Action, AppContext, Route};
use crate::ui::today;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The assessment for this body, if the person has one, with its analysis.
pub fn assessment_for(ctx: &AppContext, d: &BodyData) -> Option<(Assessment, Analysis)> {
    let a = ctx
        .assessment()
        .filter(|a| a.selection.body == d.body.id)?
        .clone();
    let items = rate_items(d, a.selection.current_grade(), a.selection.next.as_ref());
    let an = analyse(&items, &a);
    Some((a, an))
}

/// The ranked suggestions for a body and the person's year of service.
pub fn suggestions_for(
    ctx: &AppContext,
    d: &BodyData,
    kinds: &[OfferingKind],
) -> (Vec<Suggestion>, Option<u32>) {
    let pair = assessment_for(ctx, d);
    let year = pair
        .as_ref()
        .and_then(|(a, _)| service_year_of(a, fiscal_year(today())));
    let s = suggest(
        d,
        pair.as_ref().map(|p| &p.0),
        pair.as_ref().map(|p| &p.1),
        year,
        kinds,
    );
    (s, year)
}

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
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let kinds = use_state(Vec::<OfferingKind>::new);
    let d = match super::body_or_status(&ctx, &props.id, lang) {
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
            <h1 id="suggest-heading">{ format!("{}{}", tr(lang, "おすすめの研修・支援", "Suggested training and support"), paren(lang, &d.body.name.glossed(lang))) }</h1>
            { match &pair {
                Some((a, _)) => {
                    let from = a.selection.current_grade().map_or_else(|| tr(lang, "入庁前", "before entry").to_owned(), |g| grade_name(&d, g, lang));
                    let to = a.selection.next.as_ref().map(|n| format!(" → {}", grade_name(&d, n, lang))).unwrap_or_default();
                    html! {
                        <p class="pair">{ match lang {
                            Lang::Ja => format!("自己評価の差、{from}{to}、{}をもとに並べています。", year.map_or("採用年（未入力）".into(), |y| format!("採用{y}年目"))),
                            Lang::En => format!("Ranked by the gaps in your self-rating, {from}{to}, and {}.", year.map_or("your year of entry (not given)".into(), |y| format!("your year of service ({y})"))),
                        } }</p>
                    }
                },
                None => html! {
                    <p class="plain">{ tr(lang, "この団体では職位に照らした自己評価ができないため（または、まだ自己評価をしていないため）、対象を限らない支援制度を文書の順に示します。", "A self-rating against a grade is not possible for this body (or you have not made one yet), so the supports open to everyone are shown in the documents' order.") }</p>
                },
            } }
            { for stages.iter().map(|s| html! {
                <div class="stage-now">
                    <p><strong>{ labelled(lang, tr(lang, "今の時期", "Your current stage"), &s.name) }</strong></p>
                    <ul lang="ja">{ for s.rules.iter().chain(s.description.iter()).map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                </div>
            }) }
            <fieldset class="kind-filter">
                <legend>{ tr(lang, "種類で絞り込む（何も選ばなければすべて）", "Filter by kind (none chosen shows all)") }</legend>
                { for offered.iter().map(|k| {
                    let id = format!("kind-{k:?}");
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

/// Props for [`SuggestionCard`].
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The body.
    pub data: Rc<BodyData>,
    /// The suggestion.
    pub suggestion: Suggestion,
}

/// One suggestion: name, kind, reasons, source, and "add to plan".
#[component]
pub fn SuggestionCard(props: &CardProps) -> Html {
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
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
    let planned = ctx
        .doc
        .plan
        .iter()
        .any(|p| p.body == d.body.id && p.offering.as_ref() == Some(&o.id));
    let select_id = format!("fy-{}", o.id);
    let on_fy = {
        let fy = fy.clone();
        Callback::from(move |e: Event| {
            if let Some(v) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| s.value().parse().ok())
            {
                fy.set(v);
            }
        })
    };
    let add = {
        let ctx = ctx.clone();
        let item = PlanItem {
            id: 0,
            body: d.body.id.clone(),
            offering: Some(o.id.clone()),
            title: o.name.ja.clone(),
            when: When::FiscalYear(*fy),
            status: Status::Planned,
            note: String::new(),
        };
        Callback::from(move |_| {
            ctx.dispatch(Action::AddPlan(item.clone()));
            ctx.dispatch(Action::Notice(Msg::new(
                format!("「{}」を計画に追加しました。", item.title),
                format!("\u{201c}{}\u{201d} was added to the plan.", item.title),
            )));
        })
    };
    html! {
        <li class="suggestion" data-offering={o.id.to_string()}>
            <h2>
                { o.name.glossed(lang) }
                <span class="tag">{ o.kind.label(lang) }</span>
                { for o.status.as_ref().map(|s| html! { <span class="tag" lang="ja">{ s.clone() }</span> }) }
            </h2>
            <ul class="reasons">
                { for props.suggestion.reasons.iter().map(|r| html! { <li>{ r.text(lang) }</li> }) }
            </ul>
            { for o.description.first().map(|t| html! { <p lang="ja">{ t.clone() }</p> }) }
            { for o.targets.note.as_ref().map(|n| html! { <p class="help">{ labelled(lang, tr(lang, "対象", "For"), n) }</p> }) }
            { for o.conditions.iter().map(|c| html! { <p class="help">{ labelled(lang, tr(lang, "条件", "Conditions"), c) }</p> }) }
            { for o.source.clone().map(|s| html! { <SourceNote source={s} /> }) }
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
