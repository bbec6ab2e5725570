//! The app's single state and the actions that change it.
//!
//! One [`Reducible`] state, shared through a context, keeps every component's
//! view consistent and makes each change a named, testable step.

use crate::core::id::Id;
use crate::core::index::Index;
use crate::core::model::BodyData;
use std::rc::Rc;
use yew::prelude::*;

/// Something fetched over the network: not yet there, there, or failed with
/// a message for the person using the app (Japanese).
#[derive(Debug, Clone, PartialEq)]
pub enum Loadable<T> {
    /// Being fetched.
    Loading,
    /// Arrived and valid.
    Ready(T),
    /// Could not be fetched or was invalid; the message says why.
    Failed(String),
}

/// Everything the UI shows.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    /// The list of bodies.
    pub index: Loadable<Rc<Index>>,
    /// The body chosen, if any, and its data.
    pub body: Option<(Id, Loadable<Rc<BodyData>>)>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            index: Loadable::Loading,
            body: None,
        }
    }
}

/// The changes the UI can ask for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The index arrived.
    IndexLoaded(Rc<Index>),
    /// The index could not be loaded.
    IndexFailed(String),
    /// The user chose a body; its data is being fetched.
    ChooseBody(Id),
    /// The user went back to the list.
    ClearBody,
    /// A body's data arrived.
    BodyLoaded(Id, Rc<BodyData>),
    /// A body's data could not be loaded.
    BodyFailed(Id, String),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::IndexLoaded(ix) => next.index = Loadable::Ready(ix),
            Action::IndexFailed(msg) => next.index = Loadable::Failed(msg),
            Action::ChooseBody(id) => next.body = Some((id, Loadable::Loading)),
            Action::ClearBody => next.body = None,
            // A late answer for a body the user has since left is dropped.
            Action::BodyLoaded(id, data) => match &next.body {
                Some((cur, _)) if *cur == id => next.body = Some((id, Loadable::Ready(data))),
                _ => return self,
            },
            Action::BodyFailed(id, msg) => match &next.body {
                Some((cur, _)) if *cur == id => next.body = Some((id, Loadable::Failed(msg))),
                _ => return self,
            },
        }
        Rc::new(next)
    }
}

/// The handle components use to read state and dispatch actions.
pub type AppContext = UseReducerHandle<AppState>;
