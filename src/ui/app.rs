//! The root component: owns the reducer, loads the index, provides the
//! context, and picks the view.

use super::components::{body_list::BodyList, body_view::BodyView};
use super::fetch;
use super::state::{Action, AppContext, AppState, Loadable};
use crate::core::id::Id;
use std::rc::Rc;
use yew::prelude::*;

/// Reads `#/body/<id>` from the address bar, so a chosen body survives a reload.
fn body_from_hash() -> Option<Id> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Id::parse(hash.strip_prefix("#/body/")?).ok()
}

/// Writes the chosen body (or none) to the address bar.
pub fn set_hash(body: Option<&Id>) {
    if let Some(loc) = web_sys::window().map(|w| w.location()) {
        let _ = loc.set_hash(&body.map_or(String::from("/"), |id| format!("/body/{id}")));
    }
}

/// Starts loading a body's data and records the choice.
pub fn choose_body(ctx: &AppContext, id: Id) {
    let Loadable::Ready(ix) = &ctx.index else {
        return;
    };
    let Some(entry) = ix.bodies.iter().find(|b| b.id == id).cloned() else {
        return;
    };
    set_hash(Some(&id));
    ctx.dispatch(Action::ChooseBody(id.clone()));
    let ctx = ctx.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match fetch::body(&entry.file).await {
            Ok(d) => ctx.dispatch(Action::BodyLoaded(id, Rc::new(d))),
            Err(msg) => ctx.dispatch(Action::BodyFailed(id, msg)),
        }
    });
}

/// The application.
#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match fetch::index().await {
                    Ok(ix) => state.dispatch(Action::IndexLoaded(Rc::new(ix))),
                    Err(msg) => state.dispatch(Action::IndexFailed(msg)),
                }
            });
        });
    }

    // Once the index is in, honour a body named in the address bar.
    {
        let state = state.clone();
        let ready = matches!(state.index, Loadable::Ready(_));
        use_effect_with(ready, move |ready| {
            if *ready && state.body.is_none() {
                if let Some(id) = body_from_hash() {
                    choose_body(&state, id);
                }
            }
        });
    }

    let main = match (&state.index, &state.body) {
        (Loadable::Loading, _) => html! { <p class="status" role="status">{ "読み込み中…" }</p> },
        (Loadable::Failed(msg), _) => html! { <p class="error" role="alert">{ msg.clone() }</p> },
        (Loadable::Ready(_), Some(_)) => html! { <BodyView /> },
        (Loadable::Ready(ix), None) => html! { <BodyList index={ix.clone()} /> },
    };

    html! {
        <ContextProvider<AppContext> context={state}>
            <a class="skip-link" href="#main">{ "本文へ移動" }</a>
            <header class="site-header">
                <p class="site-title">
                    <span class="site-name">{ "道しるべ" }</span>
                    <span class="site-sub">{ "自治体職員のキャリア自己診断・計画" }</span>
                </p>
                <p class="privacy-note">{ "入力内容はこの端末の中だけで扱い、外部に送信しません。" }</p>
            </header>
            <main id="main" tabindex="-1">{ main }</main>
        </ContextProvider<AppContext>>
    }
}
