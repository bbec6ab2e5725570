//! One page per route: [`page`] is the one switch from a route to its
//! page, for every page of the app. A page is a function component that
//! reads the app's state (`crate::state::use_app`) and the language
//! (`crate::i18n::use_lang`) and changes the state with `Action`s; a page
//! about a body gets the app's one loaded copy of it (`AppState::body`,
//! loaded for the route by `AppState::needed_bodies`). Adding a page: its
//! [`Route`] (crate::route), its page file, and its arm here.
//!
//! The pages of the rating path are here ([`assess`], and the list of
//! bodies, [`body_list`]); the others live with their audience:
//! [`crate::audience`], [`crate::history`], [`crate::authoring`],
//! [`crate::review`], [`crate::office`].

pub mod assess;
pub mod body_list;

use crate::audience::{
    body, career, demo, explore, plan, pre_entry, statement, suggest, survey, workshop,
};
use crate::components::status::{body_or_status, with_body};
use crate::i18n::Lang;
use crate::route::Route;
use crate::state::{AppContext, Loadable};
use michishirube::core::index::Index;
use std::rc::Rc;
use yew::prelude::*;

/// The page for a route, once the index has arrived.
pub fn page(route: &Route, index: &Rc<Index>, state: &AppContext, lang: Lang) -> Html {
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
        // The way back stays above the page while it loads, or fails to.
        Route::Body(id) => match body_or_status(state, id, lang) {
            Ok(data) => html! { <body::BodyView {data} /> },
            Err(status) => html! { <>{ body::back(lang) }{ status }</> },
        },
        Route::Suggest(id) => with_body(
            state,
            id,
            lang,
            |data| html! { <suggest::SuggestView {data} /> },
        ),
        Route::Plan => html! { <plan::PlanView /> },
        Route::Workshop => html! { <workshop::WorkshopView /> },
        Route::Demo(id) => with_body(state, id, lang, |data| html! { <demo::DemoView {data} /> }),
        Route::PreEntry(id) => with_body(state, id, lang, |data| {
            html! { <pre_entry::PreEntryView {data} projector={state.projector} /> }
        }),
        Route::Career(id) => with_body(state, id, lang, |data| {
            let assessment = state.personal_assessment().cloned();
            html! { <career::CareerView {data} {assessment} /> }
        }),
        Route::Explore(id, _) => with_body(
            state,
            id,
            lang,
            |data| html! { <explore::ExploreView {data} /> },
        ),
        Route::Survey(id) => with_body(
            state,
            id,
            lang,
            |data| html! { <survey::SurveyView {data} /> },
        ),
        Route::Accessibility => html! { <statement::StatementView /> },
        Route::History => html! { <crate::history::HistoryView /> },
        Route::Snapshot(id) => html! { <crate::history::SnapshotView id={*id} /> },
        Route::Author => html! { <crate::authoring::page::AuthorView /> },
        Route::Office(None) => {
            html! { <crate::office::OfficeView body={None::<michishirube::core::id::Id>} /> }
        }
        // The page draws its file inputs while the body loads, or fails to.
        Route::Office(Some(id)) => match body_or_status(state, id, lang) {
            Ok(data) => html! { <crate::office::OfficeView body={id.clone()} {data} /> },
            Err(status) => html! { <crate::office::OfficeView body={id.clone()} {status} /> },
        },
        Route::Meeting(_) | Route::Review(_) | Route::Print => {
            html! { <crate::review::ReviewPage /> }
        }
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
