//! The pages module's pages other than the 1on1, the history and the
//! authoring page, drawn beside the app (ui/src/bin/pages.rs), so that the
//! app module holds only the list of bodies and the rating path (setup,
//! rating, results), which a returning person comes back to:
//! - [`body`]: a body's page, with its published tables, where a
//!   self-assessment starts;
//! - [`suggest`] and [`plan`]: the training and support suggested for the
//!   person's gaps, and the plan they are added to;
//! - [`workshop`]: trainers' tools for キャリアデザイン研修 (guest session,
//!   projector mode, a QR code of the app's address);
//! - [`demo`]: a fictional sample employee, for a workshop;
//! - [`pre_entry`]: for recruits before entry (内定者);
//! - the pages off the rating path, opened by fewer than rate themselves:
//!   [`career`] (the career path), [`explore`] (the published table and two
//!   grades compared, which trainers project), [`survey`] (the staff-survey
//!   self-check) and [`statement`] (the accessibility statement).
//!
//! The app mounts a page with [`io::AudienceInput`] and does what it
//! reports ([`io::AudienceEvent`]); see [`crate::lazy`].

pub mod body;
pub mod career;
pub mod demo;
pub mod explore;
pub mod io;
pub mod plan;
pub mod pre_entry;
pub mod statement;
pub mod suggest;
pub mod survey;
pub mod workshop;

use crate::components::chrome::open_page;
use crate::core::id::Id;
use crate::lazy::{page_frame, unreadable_input, PageProps};
use crate::review::{use_body, with_body, WithImported};
use io::{AudienceEvent, AudienceInput, AudiencePage};
use std::rc::Rc;
use yew::prelude::*;

/// The entry the app mounts these pages with, in the pages module.
pub const ENTRY: &str = "mount_audience";

/// What a page gets: the app's input and the report channel.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    /// The app's input.
    pub input: Rc<AudienceInput>,
    /// Reports to the app.
    pub report: Callback<AudienceEvent>,
}

impl WithImported for AudienceInput {
    fn imported(&self) -> &[(Id, String)] {
        &self.imported
    }
}

/// The module's page: its `<main>` and the footer.
#[component]
pub fn AudienceRoot(props: &PageProps<AudienceInput, AudienceEvent>) -> Html {
    // Focus the page once it is drawn, as the app does on a route change.
    use_effect_with((), |_| open_page());
    let input = match &props.input {
        Ok(i) => i.clone(),
        Err(why) => return unreadable_input(why),
    };
    let lang = input.lang;
    let ctx = Ctx {
        input,
        report: props.report.clone(),
    };
    page_frame(lang, None, html! { <AudiencePageView {ctx} /> })
}

/// Props for [`AudiencePageView`].
#[derive(Properties, PartialEq)]
struct PageViewProps {
    ctx: Ctx,
}

/// The page the input names, with the body it is about once loaded.
#[component]
fn AudiencePageView(props: &PageViewProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.input.lang;
    let id = match &ctx.input.page {
        AudiencePage::Body(id)
        | AudiencePage::Suggest(id)
        | AudiencePage::Demo(id)
        | AudiencePage::PreEntry(id)
        | AudiencePage::Career(id)
        | AudiencePage::Explore(id)
        | AudiencePage::Survey(id) => Some(id.clone()),
        AudiencePage::Plan | AudiencePage::Workshop | AudiencePage::Statement => None,
    };
    let body = use_body(ctx.input.clone(), id);
    match &ctx.input.page {
        // The way back stays above the page while it loads, or fails to.
        AudiencePage::Body(_) => match &body {
            Some(Ok(d)) => html! { <body::BodyView data={d.clone()} /> },
            _ => html! { <>{ body::back(lang) }{ with_body(&body, lang, |_| html! {}) }</> },
        },
        AudiencePage::Suggest(_) => with_body(
            &body,
            lang,
            |d| html! { <suggest::SuggestView ctx={ctx.clone()} data={d} /> },
        ),
        AudiencePage::Plan => html! { <plan::PlanView ctx={ctx.clone()} /> },
        AudiencePage::Workshop => html! { <workshop::WorkshopView ctx={ctx.clone()} /> },
        AudiencePage::Demo(_) => with_body(&body, lang, |d| html! { <demo::DemoView data={d} /> }),
        AudiencePage::PreEntry(_) => with_body(
            &body,
            lang,
            |d| html! { <pre_entry::PreEntryView data={d} projector={ctx.input.projector} /> },
        ),
        AudiencePage::Career(_) => with_body(
            &body,
            lang,
            |d| html! { <career::CareerView data={d} assessment={ctx.input.assessment.clone()} /> },
        ),
        AudiencePage::Explore(_) => {
            with_body(&body, lang, |d| html! { <explore::ExploreView data={d} /> })
        }
        AudiencePage::Survey(_) => with_body(
            &body,
            lang,
            |d| html! { <survey::SurveyView ctx={ctx.clone()} data={d} /> },
        ),
        AudiencePage::Statement => html! { <statement::StatementView /> },
    }
}
