//! The pages of the 1on1 面談 with a supervisor, drawn by the pages module
//! (ui/src/bin/pages.rs), a wasm module of its own loaded the first time
//! one of its pages is opened, so that the many who never share an
//! assessment never load it. The app mounts a page with [`io::ReviewInput`] and keeps
//! whatever the page reports ([`io::ReviewEvent`]); see [`crate::lazy`].
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
pub mod io;
pub mod open;
pub mod print;
pub mod share;

use crate::components::status::{failure, loading};
use crate::core::id::Id;
use crate::core::lang::Lang;
use crate::core::load::body_from_json;
use crate::core::model::BodyData;
use crate::i18n::{tr, Msg};
use crate::state::Shared;
use io::{ReviewEvent, ReviewInput, ReviewMode};
use std::rc::Rc;
use yew::prelude::*;

/// What a page of this module gets: the input, the report channel and the
/// body's data.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    /// The app's input.
    pub input: Rc<ReviewInput>,
    /// Reports to the app.
    pub report: Callback<ReviewEvent>,
}

impl Ctx {
    /// The interface language.
    pub fn lang(&self) -> Lang {
        self.input.lang
    }
}

/// Loads a body's data for a page of the pages module: an imported
/// framework's from its text (`imported`, as the app hands it), else the
/// app's own file, as the index names it.
pub async fn load_body(imported: &[(Id, String)], id: &Id) -> Result<Shared<BodyData>, Msg> {
    if let Some((_, json)) = imported.iter().find(|(i, _)| i == id) {
        return body_from_json("imported", json)
            .map(Shared::from)
            .map_err(|_| {
                Msg::new(
                    "取り込んだ枠組みを読み込めませんでした。",
                    "The imported framework could not be read.",
                )
            });
    }
    let ix = crate::fetch::index().await?;
    let Some(file) = ix.body_file(id) else {
        return Err(Msg::new(
            format!("団体「{id}」は、このアプリに収録されていません。"),
            format!("The body \u{201c}{id}\u{201d} is not included in this app."),
        ));
    };
    crate::fetch::body(&file).await.map(Shared::from)
}

/// A page's input that carries the frameworks imported on this device,
/// each body's id and data as JSON text (what [`load_body`] reads first).
pub trait WithImported {
    /// The imported frameworks.
    fn imported(&self) -> &[(Id, String)];
}

impl WithImported for ReviewInput {
    fn imported(&self) -> &[(Id, String)] {
        &self.imported
    }
}

/// A hook: a body's data, loaded once per id, for any page of the pages
/// module.
#[hook]
pub fn use_body<I: WithImported + 'static>(
    input: Rc<I>,
    id: Option<Id>,
) -> Option<Result<Shared<BodyData>, Msg>> {
    let state = use_state(|| None);
    {
        let state = state.clone();
        use_effect_with(id, move |id| {
            state.set(None);
            if let Some(id) = id.clone() {
                let state = state.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(Some(load_body(input.imported(), &id).await));
                });
            }
        });
    }
    (*state).clone()
}

/// A hook: the data of the body the person's own assessment rates, which
/// the share, hand-over and comparison pages all draw.
#[hook]
pub fn use_assessment_body(input: Rc<ReviewInput>) -> Option<Result<Shared<BodyData>, Msg>> {
    let id = input.assessment.as_ref().map(|a| a.selection.body.clone());
    use_body(input, id)
}

/// The 1on1 page the route names, as a page of the app. (Until the review
/// pages read the app's state themselves: their input is made here from
/// it, and what they report is done here.)
#[component]
pub fn ReviewPage() -> Html {
    let state = crate::state::use_app();
    let lang = crate::i18n::use_lang();
    use crate::route::{Meeting, Route};
    let mode = match &state.route {
        Route::Meeting(Meeting::Handover) => ReviewMode::Handover,
        Route::Meeting(Meeting::Compare(id)) => ReviewMode::Compare(*id),
        Route::Review(payload) => ReviewMode::Open(payload.clone()),
        Route::Print => ReviewMode::Print,
        _ => ReviewMode::Share,
    };
    let app_url = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let input = Rc::new(ReviewInput {
        mode: mode.clone(),
        lang,
        today: crate::today(),
        app_url,
        assessment: state.assessment().cloned(),
        plan: state.doc.plan.clone(),
        reviews: state.doc.reviews.clone(),
        imported: state
            .frameworks
            .bodies
            .iter()
            .map(|f| (f.data.body.id.clone(), f.json.clone()))
            .collect(),
        guest: state.guest,
    });
    let report = {
        use crate::state::Action;
        let state = state.clone();
        Callback::from(move |event: ReviewEvent| match event {
            ReviewEvent::AddReview {
                body,
                current_grade,
                next_grade,
                made,
                on_this_device,
                given,
            } => state.dispatch(Action::AddReview(Rc::new(
                michishirube::core::review::Review {
                    id: 0,
                    body,
                    current_grade,
                    next_grade,
                    made,
                    received: crate::today(),
                    on_this_device,
                    given,
                },
            ))),
            ReviewEvent::KeepCopy { assessment, plan } => state.dispatch(Action::KeepCopy {
                assessment,
                plan,
                today: crate::today(),
            }),
            ReviewEvent::DeleteReview(id) => state.dispatch(Action::DeleteReview(id)),
            ReviewEvent::Navigate(hash) => crate::route::navigate(&Route::from_hash(&hash)),
        })
    };
    let ctx = Ctx { input, report };
    match mode {
        ReviewMode::Share => html! { <share::ShareView ctx={ctx.clone()} /> },
        ReviewMode::Handover => html! { <form::HandoverView ctx={ctx.clone()} /> },
        ReviewMode::Compare(id) => html! { <compare::CompareView ctx={ctx.clone()} {id} /> },
        ReviewMode::Open(payload) => html! { <open::OpenView ctx={ctx.clone()} {payload} /> },
        ReviewMode::Print => html! { <print::PrintView ctx={ctx.clone()} /> },
    }
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
