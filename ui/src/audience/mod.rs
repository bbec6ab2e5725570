//! The pages for one audience each, drawn by the pages module
//! (ui/src/bin/pages.rs) beside the app, so that the employees who never
//! open them never load them:
//! - [`workshop`]: trainers' tools for キャリアデザイン研修 (guest session,
//!   projector mode, a QR code of the app's address);
//! - [`demo`]: a fictional sample employee, for a workshop;
//! - [`pre_entry`]: for recruits before entry (内定者).
//!
//! The app mounts a page with [`io::AudienceInput`] and does what it
//! reports ([`io::AudienceEvent`]); see [`crate::lazy`].

pub mod demo;
pub mod io;
pub mod pre_entry;
pub mod workshop;

use crate::components::chrome::{open_page, Footer};
use crate::core::lang::Lang;
use crate::core::model::BodyData;
use crate::i18n::Msg;
use crate::lazy::{unreadable_input, PageProps};
use crate::review::{load_body, with_body};
use crate::state::Shared;
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

/// The module's page: its `<main>` and the footer.
#[component]
pub fn AudienceRoot(props: &PageProps<AudienceInput, AudienceEvent>) -> Html {
    // Focus the page once it is drawn, as the app does on a route change.
    use_effect_with((), |_| open_page());
    let input = props.input.as_ref().ok().cloned();
    // The body a page is about, loaded once per id.
    let body = use_state(|| None::<Result<Shared<BodyData>, Msg>>);
    {
        let body = body.clone();
        let wanted = input.as_ref().and_then(|i| match &i.page {
            AudiencePage::Demo(id) | AudiencePage::PreEntry(id) => Some((i.clone(), id.clone())),
            AudiencePage::Workshop => None,
        });
        use_effect_with(wanted.as_ref().map(|(_, id)| id.clone()), move |_| {
            body.set(None);
            if let Some((input, id)) = wanted {
                wasm_bindgen_futures::spawn_local(async move {
                    body.set(Some(load_body(&input.imported, &id).await));
                });
            }
        });
    }
    let Some(input) = input else {
        return unreadable_input(props.input.as_ref().err().map_or("", String::as_str));
    };
    let lang = input.lang;
    let ctx = Ctx {
        input: input.clone(),
        report: props.report.clone(),
    };
    let page = match &input.page {
        AudiencePage::Workshop => html! { <workshop::WorkshopView ctx={ctx.clone()} /> },
        AudiencePage::Demo(_) => with_body(&body, lang, |d| html! { <demo::DemoView data={d} /> }),
        AudiencePage::PreEntry(_) => with_body(
            &body,
            lang,
            |d| html! { <pre_entry::PreEntryView ctx={ctx.clone()} data={d} /> },
        ),
    };
    html! {
        <ContextProvider<Lang> context={lang}>
            <main id="main" tabindex="-1">{ page }</main>
            <Footer />
        </ContextProvider<Lang>>
    }
}
