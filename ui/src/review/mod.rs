//! The pages of the 1on1 面談 with a supervisor, drawn by the app
//! ([`ReviewPage`]) from its state: the person's assessment, plan and
//! reviews, and the body's data as the app has loaded it. What a page does
//! (keep a review, keep a received copy, remove a review) it dispatches to
//! the app's state, which saves it.
//!
//! The pages:
//! - [`share`]: the person makes a share for a supervisor (link, QR, file);
//! - [`open`]: a share received, previewed, then reviewed or kept;
//! - [`form`]: the supervisor rates, comments and agrees next steps, from
//!   a share or on this device (hand-over, own ratings hidden);
//! - [`compare`]: the self-rating beside the review, in words and chart;
//! - [`print`]: the one-page sheet printed for the interview.

pub mod compare;
pub mod form;
pub mod open;
pub mod print;
pub mod share;

use crate::components::status::{failure, loading};
use crate::core::id::Id;
use crate::core::lang::Lang;
use crate::core::model::BodyData;
use crate::i18n::{tr, Msg};
use crate::route::{Meeting, Route};
use crate::state::{use_app, AppState, Loadable, Shared};
use yew::prelude::*;

/// The page of the 1on1 面談 the route names (`#/meeting…`, `#/review…`,
/// `#/print`). Each address is a page of its own: another one starts
/// afresh (a second share opened from its link, say), as the app's other
/// pages do.
#[component]
pub fn ReviewPage() -> Html {
    let state = use_app();
    let key = state.route.to_hash();
    match &state.route {
        Route::Meeting(Meeting::Share) => html! { <share::ShareView key={key.clone()} /> },
        Route::Meeting(Meeting::Handover) => html! { <form::HandoverView key={key.clone()} /> },
        Route::Meeting(Meeting::Compare(id)) => {
            html! { <compare::CompareView key={key.clone()} id={*id} /> }
        }
        Route::Review(payload) => {
            html! { <open::OpenView key={key.clone()} payload={payload.clone()} /> }
        }
        Route::Print => html! { <print::PrintView key={key.clone()} /> },
        _ => html! {},
    }
}

/// A body's data as the app has it: loaded (`Some(Ok)`), failed
/// (`Some(Err)`), or on its way or not yet asked for (`None`), the shape
/// [`with_body`] draws.
pub fn loaded_body(state: &AppState, id: &Id) -> Option<Result<Shared<BodyData>, Msg>> {
    match state.bodies.get(id)? {
        Loadable::Ready(d) => Some(Ok(d.clone())),
        Loadable::Failed(m) => Some(Err(m.clone())),
        Loadable::Loading => None,
    }
}

/// The data of the body the person's own assessment rates, which the
/// share, hand-over, comparison and print pages all draw (the app loads
/// it on these pages, see `AppState::needed_bodies`).
pub fn assessment_body(state: &AppState) -> Option<Result<Shared<BodyData>, Msg>> {
    let id = &state.assessment()?.selection.body;
    loaded_body(state, id)
}

/// The app's address without its fragment, which a share's link starts with.
pub fn app_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// The body's data as a page needs it: drawn with `f` once loaded.
pub fn with_body(
    body: &Option<Result<Shared<BodyData>, Msg>>,
    lang: Lang,
    f: impl FnOnce(Shared<BodyData>) -> Html,
) -> Html {
    match body {
        None => loading(lang),
        Some(Err(m)) => failure(m, lang),
        Some(Ok(d)) => f(d.clone()),
    }
}

/// The message for a page that needs an assessment and has none.
pub fn no_assessment(lang: Lang) -> Html {
    html! {
        <section>
            <h1>{ tr(lang, "上司との面談", "1on1 with your supervisor") }</h1>
            <p class="plain">{ tr(lang, "まだ自己評価がありません。先に団体と職位を選び、自己評価をしてください。", "There is no self-rating yet. Choose your body and grades and rate yourself first.") }</p>
            <p><a href="#/">{ tr(lang, "団体を選ぶ", "Choose your city or prefecture") }</a></p>
        </section>
    }
}
