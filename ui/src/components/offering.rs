//! What every page says of an offering: its kind (with the app's mark
//! where the app classified it) and what the document says of it. Shared
//! by the body page, the suggestions and the pages for recruits.

use super::words::{app_mark, mixed, source_note, worded};
use crate::i18n::{labelled, tr, Lang};
use michishirube::core::model::{Basis, BodyData, Offering};
use yew::prelude::*;

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
