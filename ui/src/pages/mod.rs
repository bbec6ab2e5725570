//! One page per route. [`page`] picks it; each page module holds the page
//! and the small pieces only it uses.

pub mod assess;
pub mod body_list;

use crate::route::Route;
use crate::state::{AppState, Loadable};
use michishirube::core::index::Index;
use std::rc::Rc;
use yew::prelude::*;

/// The page for a route, once the index has arrived.
pub fn page(route: &Route, index: &Rc<Index>, state: &AppState) -> Html {
    match route {
        Route::Home => {
            html! { <body_list::BodyList index={index.clone()} imported={body_list::imported_entries(&state.frameworks)} /> }
        }
        Route::Prefecture(code) => {
            let list = state
                .prefectures
                .get(code)
                .cloned()
                .unwrap_or(Loadable::Loading);
            html! { <body_list::PrefectureView {list} imported={body_list::imported_entries(&state.frameworks)} /> }
        }
        Route::Setup => html! { <assess::SetupView /> },
        Route::Rate => html! { <assess::RateView /> },
        Route::Results => html! { <assess::ResultsView /> },
        Route::Meeting(_) | Route::Review(_) | Route::Print => {
            html! { <crate::review::ReviewPage /> }
        }
        // Drawn by the pages module, beside the app (see crate::lazy).
        Route::Body(_)
        | Route::Suggest(_)
        | Route::Plan
        | Route::Author
        | Route::Workshop
        | Route::Demo(_)
        | Route::PreEntry(_)
        | Route::Career(_)
        | Route::Explore(..)
        | Route::Accessibility
        | Route::Survey(_)
        | Route::History
        | Route::Snapshot(_) => html! {},
        // The app starts the assessment once the body is here (app.rs);
        // until then, or if it cannot be loaded, this says so.
        Route::Start { body, .. } => {
            let failed = match state.bodies.get(body) {
                Some(Loadable::Failed(msg)) => Some(msg.clone()),
                _ => None,
            };
            html! { <Starting {failed} /> }
        }
    }
}

/// Props for [`Starting`].
#[derive(Properties, PartialEq)]
struct StartingProps {
    /// Why the body could not be loaded, if it could not.
    failed: Option<crate::i18n::Msg>,
}

/// The moment between a link that starts a self-assessment and the setup
/// page: the body's data is on its way, or could not be loaded.
#[component]
fn Starting(props: &StartingProps) -> Html {
    let lang = crate::i18n::use_lang();
    match &props.failed {
        Some(msg) => crate::components::status::failure(msg, lang),
        None => crate::components::status::loading(lang),
    }
}
