//! A body's demo persona, for projecting in workshops: the fictional
//! employee's results, suggestions and plan, built from the body's data
//! and shown without reading or writing anyone's stored data.

use super::assess::ResultsBody;
use super::source::SourceNote;
use crate::core::assess::{analyse, rate_items};
use crate::core::dates::fiscal_year;
use crate::core::demo::persona;
use crate::core::id::Id;
use crate::core::suggest::{service_year_of, suggest};
use crate::ui::state::{AppContext, Loadable};
use crate::ui::today;
use yew::prelude::*;

/// Props for [`DemoView`].
#[derive(Properties, PartialEq)]
pub struct DemoProps {
    /// The body.
    pub id: Id,
}

/// The demo persona page.
#[component]
pub fn DemoView(props: &DemoProps) -> Html {
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
    let fy = fiscal_year(today());
    let p = persona(&d, fy);
    let analysis = p.assessment.as_ref().map(|a| {
        let items = rate_items(&d, a.selection.current_grade(), a.selection.next.as_ref());
        analyse(&items, a)
    });
    let year = p.assessment.as_ref().and_then(|a| service_year_of(a, fy));
    let sugg = suggest(&d, p.assessment.as_ref(), analysis.as_ref(), year, &[]);
    html! {
        <article class="demo" aria-labelledby="demo-heading">
            <p class="demo-banner" role="note">{ "この画面は説明用の架空の職員です。実在の人物や、この端末に保存されたデータとは関係ありません。" }</p>
            <h1 id="demo-heading">{ format!("見本の職員：{}", p.name) }</h1>
            <p>{ p.profile.clone() }</p>
            if let Some(a) = p.assessment.clone() {
                <ResultsBody assessment={a} data={d.clone()} />
            }
            <section aria-labelledby="demo-sugg">
                <h2 id="demo-sugg">{ "おすすめの研修・支援（上位5件）" }</h2>
                <ol class="suggestions">
                    { for sugg.iter().take(5).filter_map(|s| d.offerings.iter().find(|o| o.id == s.offering).map(|o| (o, s))).map(|(o, s)| html! {
                        <li class="suggestion">
                            <h3>{ o.name.ja.clone() }<span class="tag">{ o.kind.ja() }</span></h3>
                            <ul class="reasons">{ for s.reasons.iter().map(|r| html! { <li>{ r.text() }</li> }) }</ul>
                            { for o.source.clone().map(|src| html! { <SourceNote source={src} /> }) }
                        </li>
                    }) }
                </ol>
            </section>
            <section aria-labelledby="demo-plan">
                <h2 id="demo-plan">{ "計画" }</h2>
                <ul>{ for p.plan.iter().map(|i| html! { <li>{ format!("{}　{}　［{}］", i.when.label(), i.title, i.status.ja()) }</li> }) }</ul>
            </section>
        </article>
    }
}
