//! The self-assessment flow, one page per step: choose the track and
//! grades ([`setup`]), rate each item against each grade's expectation
//! ([`rate`]), and see the results ([`results`]).

pub mod rate;
pub mod results;
pub mod setup;

pub use rate::RateView;
pub use results::ResultsView;
pub use setup::SetupView;

use crate::components::status::body_or_status;
use crate::i18n::{tr, Lang};
use crate::state::AppContext;
use crate::state::Shared;
use michishirube::core::assess::Assessment;
use michishirube::core::model::BodyData;
use yew::prelude::*;

/// The assessment in progress and its body, or a message view instead.
fn with_assessment(ctx: &AppContext, lang: Lang) -> Result<(Assessment, Shared<BodyData>), Html> {
    let Some(a) = ctx.assessment().cloned() else {
        return Err(html! {
            <section>
                <h1>{ tr(lang, "自己診断", "Self-assessment") }</h1>
                <p>{ tr(lang, "まだ自己診断を始めていません。", "You have not started a self-assessment yet. ") }<a href="#/">{ tr(lang, "団体を選んで始めてください。", "Choose your city or prefecture to start.") }</a></p>
            </section>
        });
    };
    body_or_status(ctx, &a.selection.body, lang).map(|d| (a, d))
}
