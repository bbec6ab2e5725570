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
        // Drawn by the pages module, beside the app (see crate::lazy).
        Route::Body(_)
        | Route::Suggest(_)
        | Route::Plan
        | Route::Meeting(_)
        | Route::Review(_)
        | Route::Print
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
        // Not handled yet: the one-app change makes arriving here start the
        // assessment (issue 24).
        Route::Start { .. } => html! {},
    }
}
