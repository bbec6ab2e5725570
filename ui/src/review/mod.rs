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

use crate::core::lang::Lang;
use crate::i18n::tr;
use crate::route::{Meeting, Route};
use crate::state::use_app;
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

/// The app's address without its fragment, which a share's link starts with.
pub fn app_url() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
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
