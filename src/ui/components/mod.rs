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
use crate::ui::i18n::{tr, Lang, Msg};
use crate::ui::state::{AppContext, Loadable};
use std::rc::Rc;
use yew::prelude::*;

/// "Loading…", announced politely to screen readers: the one way every
/// view (and the start-up shell) says it.
pub fn loading(lang: Lang) -> Html {
    html! { <p class="status" role="status">{ tr(lang, "読み込み中…", "Loading…") }</p> }
}

/// A failure, announced at once: the one way every view shows one.
pub fn failure(msg: &Msg, lang: Lang) -> Html {
    html! { <p class="error" role="alert">{ msg.get(lang).to_owned() }</p> }
}

/// A body's data for a view, or what to show instead while it loads or
/// after it failed.
pub fn body_or_status(ctx: &AppContext, id: &Id, lang: Lang) -> Result<Rc<BodyData>, Html> {
    match ctx.bodies.get(id) {
        Some(Loadable::Ready(d)) => Ok(d.clone()),
        Some(Loadable::Failed(m)) => Err(failure(m, lang)),
        _ => Err(loading(lang)),
    }
}

/// A counter that moves whenever the element's box changes size: the
/// window was resized or zoomed, projector mode changed the type size, a
/// scrollbar came or went. Charts put it in their effects' dependencies, so
/// they redraw at the new size (their backing stores are sized in device
/// pixels). A ResizeObserver reports exactly these changes, after layout,
/// which a window `resize` listener would miss.
#[hook]
fn use_box_counter(node: &NodeRef) -> u32 {
    // The count lives in a cell, not in use_state: the observer's callback
    // outlives the render that made it, and would otherwise keep adding one
    // to the value it first saw.
    let count = use_mut_ref(|| 0u32);
    let update = use_force_update();
    {
        let count = count.clone();
        let node = node.clone();
        use_effect_with((), move |_| {
            let callback = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
                let next = count.borrow().wrapping_add(1);
                *count.borrow_mut() = next;
                update.force_update();
            });
            let observer = web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(
                callback.as_ref(),
            ))
            .ok();
            if let (Some(o), Some(el)) = (&observer, node.cast::<web_sys::Element>()) {
                o.observe(&el);
            }
            move || {
                if let Some(o) = observer {
                    o.disconnect();
                }
                drop(callback);
            }
        });
    }
    let value = *count.borrow();
    value
}

/// A chart canvas's box in CSS pixels, measured once per layout.
///
/// Measuring (`getBoundingClientRect`) makes the browser lay the page out
/// there and then. A chart redrawn on every rating change would pay for a
/// whole-page layout each time, so the box is measured again only when the
/// caller's layout key changes (the box changed size, or its height was
/// set anew), and the backing store is resized only when it must be,
/// since resizing it also discards it.
#[derive(Debug, Default)]
pub struct CanvasBox {
    key: Option<(u32, u32)>,
    w: f64,
    h: f64,
}

impl CanvasBox {
    /// Sizes the canvas's backing store to its box × `scale` and returns the
    /// box's CSS width and height. `key` names the layout: the resize
    /// counter and anything else that changes the box's size.
    pub fn fit(
        &mut self,
        canvas: &web_sys::HtmlCanvasElement,
        key: (u32, u32),
        scale: f64,
    ) -> (f64, f64) {
        if self.key != Some(key) {
            let rect = canvas.get_bounding_client_rect();
            self.w = rect.width().max(1.0);
            self.h = rect.height().max(1.0);
            // A box not laid out yet (width 0) is measured again next time.
            self.key = (rect.width() > 0.0).then_some(key);
        }
        let (bw, bh) = (
            (self.w * scale).round() as u32,
            (self.h * scale).round() as u32,
        );
        if canvas.width() != bw {
            canvas.set_width(bw);
        }
        if canvas.height() != bh {
            canvas.set_height(bh);
        }
        (self.w, self.h)
    }
}

/// A chart's [`CanvasBox`], kept across renders, with the counter of size
/// changes of the canvas that invalidates it (see [`use_box_counter`]).
#[hook]
pub fn use_canvas_box(canvas: &NodeRef) -> (u32, Rc<std::cell::RefCell<CanvasBox>>) {
    let resized = use_box_counter(canvas);
    let canvas_box = use_mut_ref(CanvasBox::default);
    (resized, canvas_box)
}
