//! What the charts share: a canvas sized to its box at the screen's
//! devicePixelRatio and redrawn when the box changes, drawn on through
//! plotters, and the series styles told apart by dash and marker shape as
//! well as colour.

use plotters::coord::Shift;
use plotters::element::{DashedPathElement, DottedPathElement};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
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

/// A chart's [`CanvasBox`], kept across renders, with the counter of size
/// changes of the canvas that invalidates it (see [`use_box_counter`]).
#[hook]
pub fn use_canvas_box(canvas: &NodeRef) -> (u32, Rc<std::cell::RefCell<CanvasBox>>) {
    let resized = use_box_counter(canvas);
    let canvas_box = use_mut_ref(CanvasBox::default);
    (resized, canvas_box)
}

/// A chart's drawing area: its canvas through plotters' canvas backend.
pub type Area = DrawingArea<CanvasBackend, Shift>;

impl CanvasBox {
    /// The chart's drawing area, white, with its backing store sized to
    /// the box × devicePixelRatio (at least `min_scale`, so a printed
    /// chart stays sharp), and that scale: device pixels per CSS pixel.
    /// `key` names the layout: the resize counter and anything else that
    /// changes the box's size.
    pub fn area(
        &mut self,
        canvas: &HtmlCanvasElement,
        key: (u32, u32),
        min_scale: f64,
    ) -> Option<(Area, f64)> {
        let dpr = web_sys::window()?
            .device_pixel_ratio()
            .max(min_scale)
            .max(1.0);
        if self.key != Some(key) {
            let rect = canvas.get_bounding_client_rect();
            self.w = rect.width().max(1.0);
            self.h = rect.height().max(1.0);
            // A box not laid out yet (width 0) is measured again next time.
            self.key = (rect.width() > 0.0).then_some(key);
        }
        let (bw, bh) = ((self.w * dpr).round() as u32, (self.h * dpr).round() as u32);
        if canvas.width() != bw {
            canvas.set_width(bw);
        }
        if canvas.height() != bh {
            canvas.set_height(bh);
        }
        let root = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
        root.fill(&WHITE).ok()?;
        Some((root, dpr))
    }
}

/// How a series is drawn. Each style has its own colour, dash pattern and
/// marker shape, so series are told apart without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesStyle {
    /// Solid line, circle markers, blue.
    Solid,
    /// Long dashes, square markers, orange-brown.
    Dashed,
    /// Short dots, triangle markers, green.
    Dotted,
    /// Dash-dot, diamond markers, purple: the supervisor's rating.
    DashDot,
}

impl SeriesStyle {
    /// The series' colour, each at least 4.5:1 on white.
    pub fn colour(self) -> RGBColor {
        match self {
            SeriesStyle::Solid => RGBColor(0x00, 0x31, 0xd8),
            SeriesStyle::Dashed => RGBColor(0xa3, 0x3b, 0x00),
            SeriesStyle::Dotted => RGBColor(0x1a, 0x6b, 0x2f),
            SeriesStyle::DashDot => RGBColor(0x6b, 0x2f, 0x9e),
        }
    }

    /// CSS class for the legend sample.
    pub fn class(self) -> &'static str {
        match self {
            SeriesStyle::Solid => "series-solid",
            SeriesStyle::Dashed => "series-dashed",
            SeriesStyle::Dotted => "series-dotted",
            SeriesStyle::DashDot => "series-dashdot",
        }
    }

    /// The marker's shape as a character, for the legend text.
    pub fn marker(self) -> &'static str {
        match self {
            SeriesStyle::Solid => "●",
            SeriesStyle::Dashed => "■",
            SeriesStyle::Dotted => "▲",
            SeriesStyle::DashDot => "◆",
        }
    }

    /// Draws a line through `pts`, `width` device pixels wide, in this
    /// style's dash pattern; `dpr` scales the pattern (given in CSS pixels).
    pub fn line(self, area: &Area, pts: &[(i32, i32)], width: u32, dpr: f64) -> Option<()> {
        let style = self.colour().stroke_width(width);
        let px = |v: f64| (v * dpr).round() as i32;
        let dashes = |on, off| DashedPathElement::new(pts.to_vec(), px(on), px(off), style);
        match self {
            SeriesStyle::Solid => area.draw(&PathElement::new(pts, style)),
            SeriesStyle::Dashed => area.draw(&dashes(10.0, 6.0)),
            SeriesStyle::Dotted => area.draw(&dashes(3.0, 5.0)),
            // Long dashes with a dot in the middle of each gap.
            SeriesStyle::DashDot => area.draw(&dashes(12.0, 12.0)).and_then(|_| {
                let dot = (width / 2).max(1);
                area.draw(&DottedPathElement::new(
                    pts.to_vec(),
                    px(18.0),
                    px(24.0),
                    move |c| Circle::new(c, dot, style.filled()),
                ))
            }),
        }
        .ok()
    }

    /// Draws this style's marker at `(x, y)`, `m` device pixels from its
    /// centre to its sides.
    pub fn mark(self, area: &Area, (x, y): (i32, i32), m: i32) -> Option<()> {
        let fill = self.colour().filled();
        match self {
            SeriesStyle::Solid => area.draw(&Circle::new((x, y), m, fill)),
            SeriesStyle::Dashed => {
                area.draw(&Rectangle::new([(x - m, y - m), (x + m, y + m)], fill))
            }
            SeriesStyle::Dotted => {
                let t = m + 1;
                area.draw(&Polygon::new(
                    vec![(x, y - t), (x - t, y + m), (x + t, y + m)],
                    fill,
                ))
            }
            SeriesStyle::DashDot => {
                let d = m + 2;
                area.draw(&Polygon::new(
                    vec![(x, y - d), (x + d, y), (x, y + d), (x - d, y)],
                    fill,
                ))
            }
        }
        .ok()
    }
}
