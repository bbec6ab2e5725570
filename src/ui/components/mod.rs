//! Small function components, each rendering one part of the state.

pub mod ability_table;
pub mod assess;
pub mod body_list;
pub mod body_view;
pub mod career;
pub mod chrome;
pub mod demo;
pub mod explore;
pub mod grades;
pub mod history;
pub mod notices;
pub mod plan;
pub mod pre_entry;
pub mod print;
pub mod progress;
pub mod radar;
pub mod rating;
pub mod source;
pub mod statement;
pub mod suggest;
pub mod survey;
pub mod transfer;
pub mod workshop;

use crate::core::id::Id;
use crate::core::model::BodyData;
use crate::ui::i18n::{tr, Lang};
use crate::ui::state::{AppContext, Loadable};
use std::rc::Rc;
use yew::prelude::*;

/// A body's data for a view, or what to show instead while it loads or
/// after it failed: the one place the views say "loading" and show errors.
pub fn body_or_status(ctx: &AppContext, id: &Id, lang: Lang) -> Result<Rc<BodyData>, Html> {
    match ctx.bodies.get(id) {
        Some(Loadable::Ready(d)) => Ok(d.clone()),
        Some(Loadable::Failed(m)) => {
            Err(html! { <p class="error" role="alert">{ m.get(lang).to_owned() }</p> })
        }
        _ => Err(
            html! { <p class="status" role="status">{ tr(lang, "読み込み中…", "Loading…") }</p> },
        ),
    }
}

/// A counter that moves whenever the window is resized. Charts put it in
/// their effects' dependencies, so they redraw at the new size (their
/// backing stores are sized in device pixels when drawn).
#[hook]
pub fn use_resize_counter() -> u32 {
    let resized = use_state(|| 0u32);
    {
        let resized = resized.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo::events::EventListener::new(&w, "resize", move |_| {
                    resized.set(resized.wrapping_add(1))
                })
            });
            move || drop(listener)
        });
    }
    *resized
}
