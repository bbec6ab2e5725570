//! The first view: header, menu, the list of bodies and the footer, as most
//! visitors first see them.
//!
//! It is never drawn in the browser by itself. At build time the
//! prerenderer (`prerender/`) runs yew's server renderer natively over
//! [`FirstView`] and writes the HTML into `index.html`, so the list shows,
//! and its links work, before any wasm or JS has run: each body links to
//! its static page (`bodies/<id>/`, [`crate::published`]). The app draws the
//! same components ([`Header`], [`Nav`], [`BodyList`], [`Footer`]) when it
//! takes over, so the hand-over changes nothing on screen; `assets/boot.js`
//! decides when that is.

use crate::components::chrome::{Footer, Header, Nav};
use crate::core::index::Index;
use crate::i18n::Lang;
use crate::pages::body_list::BodyList;
use crate::route::Route;
use std::rc::Rc;
use yew::prelude::*;

/// The id of the element that holds the static first view; the app removes
/// it when it draws.
pub const FIRST_VIEW_ID: &str = "first-view";

/// Props for [`FirstView`].
#[derive(Properties, PartialEq)]
pub struct FirstViewProps {
    /// The start-up index, as the build wrote it (`data/index.json`).
    pub index: Rc<Index>,
}

/// The first view, in Japanese (the page's own language; a person who
/// chose English gets the app at once).
#[component]
pub fn FirstView(props: &FirstViewProps) -> Html {
    html! {
        <ContextProvider<Lang> context={Lang::Ja}>
            <Header on_switch={Callback::noop()} />
            <Nav route={Route::Home} />
            <main id="main" tabindex="-1"><BodyList index={props.index.clone()} static_pages=true /></main>
            <Footer />
        </ContextProvider<Lang>>
    }
}
