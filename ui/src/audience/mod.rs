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
use crate::components::status::failure;
use crate::core::lang::Lang;
use crate::core::model::BodyData;
use crate::i18n::Msg;
use crate::review::{load_body, with_body};
use io::{AudienceEvent, AudienceInput, AudiencePage};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// The entry the app mounts these pages with, in the pages module.
pub const ENTRY: &str = "mount_audience";

thread_local! {
    /// The page mounted now, to take down.
    static MOUNTED: RefCell<Option<yew::AppHandle<AudienceRoot>>> = const { RefCell::new(None) };
}

/// Mounts a page into `root`: `input` is [`AudienceInput`] as JSON;
/// `events` is called with each [`AudienceEvent`] as JSON.
pub fn mount(root: web_sys::Element, input: &str, events: js_sys::Function) {
    unmount();
    let input: Result<AudienceInput, String> =
        serde_json::from_str(input).map_err(|e| e.to_string());
    let report = Callback::from(move |e: AudienceEvent| {
        if let Ok(json) = serde_json::to_string(&e) {
            let _ = events.call1(&JsValue::NULL, &JsValue::from_str(&json));
        }
    });
    let props = AudienceRootProps {
        input: input.map(Rc::new),
        report,
    };
    let handle = yew::Renderer::<AudienceRoot>::with_root_and_props(root, props).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
}

/// Takes the page down (its DOM with it).
pub fn unmount() {
    if let Some(h) = MOUNTED.with(|m| m.borrow_mut().take()) {
        h.destroy();
    }
}

/// What a page gets: the app's input and the report channel.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    /// The app's input.
    pub input: Rc<AudienceInput>,
    /// Reports to the app.
    pub report: Callback<AudienceEvent>,
}

/// Props for [`AudienceRoot`].
#[derive(Properties, PartialEq)]
pub struct AudienceRootProps {
    /// The app's input, or why it could not be read.
    pub input: Result<Rc<AudienceInput>, String>,
    /// Reports to the app.
    pub report: Callback<AudienceEvent>,
}

/// The module's page: its `<main>` and the footer.
#[component]
pub fn AudienceRoot(props: &AudienceRootProps) -> Html {
    // Focus the page once it is drawn, as the app does on a route change.
    use_effect_with((), |_| open_page());
    let input = props.input.as_ref().ok().cloned();
    // The body a page is about, loaded once per id.
    let body = use_state(|| None::<Result<Rc<BodyData>, Msg>>);
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
        let why = props.input.as_ref().err().cloned().unwrap_or_default();
        let lang = Lang::Ja;
        return html! {
            <ContextProvider<Lang> context={lang}>
                <main id="main" tabindex="-1">{ failure(&Msg::new(format!("ページを表示できませんでした（{why}）。"), format!("The page could not be shown ({why}).")), lang) }</main>
            </ContextProvider<Lang>>
        };
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
