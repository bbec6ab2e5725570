//! One suggested offering: name, kind, the reasons it is suggested, what
//! the document says of it, the body's targets for it, its source, and
//! "add to plan". Also the ranking for the person's assessment, which the
//! suggestions page and the print sheet share.

use super::words::{app_mark, glossed, mixed, source_note, worded};
use crate::i18n::{labelled, tr, use_lang, Lang, Msg};
use crate::route::Route;
use crate::state::Shared;
use crate::state::{use_app, Action, AppContext};
use crate::today;
use michishirube::core::assess::{analysis_of, Analysis, Assessment};
use michishirube::core::dates::{fiscal_year, fiscal_year_label};
use michishirube::core::model::{Basis, BodyData, Offering, OfferingKind};
use michishirube::core::plan::{PlanItem, Status, When};
use michishirube::core::suggest::{service_year_of, suggest, Suggestion};
use yew::prelude::*;

/// The assessment for this body, if the person has one, with its analysis.
pub fn assessment_for(ctx: &AppContext, d: &BodyData) -> Option<(Assessment, Analysis)> {
    let a = ctx
        .assessment()
        .filter(|a| a.selection.body == d.body.id)?
        .clone();
    let an = analysis_of(d, &a);
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

/// Props for [`SuggestionCard`].
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The body.
    pub data: Shared<BodyData>,
    /// The suggestion.
    pub suggestion: Suggestion,
}

/// Where the app, not the document, put an offering under its kind: said
/// beside the offering (the body page lists offerings by kind already).
pub fn kind_basis_note(o: &Offering, lang: Lang) -> Html {
    if o.kind_basis == Basis::App {
        html! { <span class="tag-note">{ tr(lang, "（種類はアプリの分類）", " (kind: the app's classification)") }</span> }
    } else {
        html! {}
    }
}

/// The kind of an offering, with the app's mark where the app classified it.
pub fn kind_tag(o: &Offering, lang: Lang) -> Html {
    html! {
        <span class="tag">{ o.kind.label(lang) }
            if o.kind_basis == Basis::App {
                <span class="tag-note">{ tr(lang, "（アプリの分類）", " (the app's classification)") }</span>
            }
        </span>
    }
}

/// What the document says of an offering: its description, who it is for,
/// its conditions of use, the body's published targets for it, its source.
pub fn offering_details(d: &BodyData, o: &Offering, lang: Lang) -> Html {
    let targets: Vec<_> = d
        .kpi_tables
        .iter()
        .flat_map(|t| t.rows.iter().map(move |r| (t, r)))
        .filter(|(_, r)| r.offerings.contains(&o.id))
        .collect();
    html! {
        <>
            if !o.description.is_empty() {
                <ul class="description">{ for o.description.iter().map(|t| html! { <li>{ worded(d, t, lang) }</li> }) }</ul>
            }
            { for o.targets.note.as_ref().map(|n| html! { <p class="help">{ labelled(lang, tr(lang, "対象", "For"), "") }{ worded(d, n, lang) }</p> }) }
            { for o.conditions.iter().map(|c| html! { <p class="help">{ labelled(lang, tr(lang, "条件", "Conditions"), "") }{ worded(d, c, lang) }</p> }) }
            { for targets.iter().map(|(t, r)| html! {
                <div class="help kpi-target">
                    { mixed(&labelled(lang, match lang {
                        Lang::Ja => format!("{}の目標（{}）", d.body.name.ja, t.title),
                        Lang::En => format!("Target set by {} ({})", d.body.name.glossed(lang), t.title),
                    }.as_str(), ""), lang) }
                    <span lang="ja">{ format!("{}　{}：{} → {}：{}", r.indicator, t.baseline_heading, r.baseline, t.target_heading, r.target) }</span>
                    if r.offerings_basis == Basis::App {
                        { app_mark(Some("この指標とこの研修・制度の結び付きは、文書ではなくアプリの読みです。"), lang) }
                    }
                    if o.source.as_ref() != Some(&t.source) {
                        { source_note(d, &t.source, lang) }
                    }
                </div>
            }) }
            { for o.source.as_ref().map(|s| source_note(d, s, lang)) }
        </>
    }
}

/// One suggestion: name, kind, reasons, source, and "add to plan".
#[component]
pub fn SuggestionCard(props: &CardProps) -> Html {
    let lang = use_lang();
    let ctx = use_app();
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
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(v) = s.value().parse() {
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
