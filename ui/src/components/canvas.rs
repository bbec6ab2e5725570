//! Sizing a chart's canvas to its box, and redrawing when the box changes.

use std::rc::Rc;
use yew::prelude::*;

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
