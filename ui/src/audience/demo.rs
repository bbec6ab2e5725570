//! A body's demo persona, for projecting in workshops: the fictional
//! employee's results, suggestions and plan, built from the body's data
//! and shown without reading or writing anyone's stored data.

use crate::components::offering::kind_tag;
use crate::components::results::ResultsBody;
use crate::components::words::{glossed, mixed, source_note};
use crate::i18n::{labelled, tr, use_lang, Lang};
use crate::state::Shared;
use crate::today;
use michishirube::core::assess::analysis_of;
use michishirube::core::dates::fiscal_year;
use michishirube::core::demo::{self, persona};
use michishirube::core::model::BodyData;
use michishirube::core::suggest::{service_year_of, suggest};
use yew::prelude::*;

/// Props for [`DemoView`].
#[derive(Properties, PartialEq)]
pub struct DemoProps {
    /// The body's data.
    pub data: Shared<BodyData>,
}

/// The demo persona page.
#[component]
pub fn DemoView(props: &DemoProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let fy = fiscal_year(today());
    let p = persona(d, fy);
    let analysis = p.assessment.as_ref().map(|a| analysis_of(d, a));
    let year = p.assessment.as_ref().and_then(|a| service_year_of(a, fy));
    let sugg = suggest(d, p.assessment.as_ref(), analysis.as_ref(), year, &[]);
    html! {
        <article class="demo" aria-labelledby="demo-heading">
            <p class="demo-banner" role="note">{ tr(lang, "この画面は説明用の架空の職員です。実在の人物や、この端末に保存されたデータとは関係ありません。", "This page shows a fictional employee for illustration. It has nothing to do with any real person or with the data saved on this device.") }</p>
            <h1 id="demo-heading">{ labelled(lang, tr(lang, "見本の職員", "Sample employee"), demo::name(lang)) }</h1>
            <p>{ mixed(p.profile_text(lang), lang) }</p>
            if let Some(a) = p.assessment.clone() {
                <ResultsBody assessment={a} data={d.clone()} />
            }
            <section aria-labelledby="demo-sugg">
                <h2 id="demo-sugg">{ tr(lang, "おすすめの研修・支援（上位5件）", "Suggested training and support (top 5)") }</h2>
                <ol class="suggestions">
                    { for sugg.iter().take(5).filter_map(|s| d.offerings.iter().find(|o| o.id == s.offering).map(|o| (o, s))).map(|(o, s)| html! {
                        <li class="suggestion">
                            <h3>{ glossed(&o.name, lang) }{ kind_tag(o, lang) }</h3>
                            <ul class="reasons">{ for s.reasons.iter().map(|r| html! { <li>{ mixed(&r.text(lang), lang) }</li> }) }</ul>
                            { for o.source.as_ref().map(|src| source_note(d, src, lang)) }
                        </li>
                    }) }
                </ol>
            </section>
            <section aria-labelledby="demo-plan">
                <h2 id="demo-plan">{ tr(lang, "計画", "Plan") }</h2>
                <ul>{ for p.plan.iter().map(|i| html! { <li>{ mixed(&match lang {
                    Lang::Ja => format!("{}　{}　［{}］", i.when.label(lang), i.title, i.status.ja()),
                    Lang::En => format!("{} · {} [{}]", i.when.label(lang), i.title, i.status.label(lang)),
                }, lang) }</li> }) }</ul>
            </section>
        </article>
    }
}
