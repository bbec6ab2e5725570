//! A radar chart drawn with plotters on a canvas.
//!
//! The canvas sits in a fixed box (no layout shift); its backing store is
//! sized by devicePixelRatio so lines stay crisp on HiDPI screens and
//! projectors, and it is redrawn when its box changes size. Series differ
//! by line style and marker shape as well as colour, and the legend below
//! repeats both, so nothing depends on colour alone. The same figures are
//! always given as a table and as text beside the chart.

use super::words::mixed;
use crate::i18n::{tr, use_lang};
use michishirube::core::assess::{Analysis, Assessment, Side};
use michishirube::core::scale::Rating;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// How a series is drawn. Each style has its own dash pattern and marker.
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
    fn colour(self) -> RGBColor {
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

    /// Marker name for the legend text.
    pub fn marker(self) -> &'static str {
        match self {
            SeriesStyle::Solid => "●",
            SeriesStyle::Dashed => "■",
            SeriesStyle::Dotted => "▲",
            SeriesStyle::DashDot => "◆",
        }
    }
}

/// One series: a value (1–4) per axis, `None` where not rated.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    /// Legend name.
    pub name: String,
    /// Values per axis.
    pub values: Vec<Option<u8>>,
    /// How it is drawn.
    pub style: SeriesStyle,
}

/// What a radar chart of an analysis shows: one axis per item, a series
/// per side rated, and the target ring.
#[derive(Debug, Clone, PartialEq)]
pub struct RadarData {
    /// Axis labels: the items' short names.
    pub axes: Vec<String>,
    /// The series.
    pub series: Vec<Series>,
    /// The target per axis.
    pub target: Vec<Option<u8>>,
}

/// The chart of an analysis, built in one place for every view that draws
/// one: the rating against the current grade (solid), against the next
/// (dashed, where a next grade is chosen), and a snapshot to compare with
/// (dotted), each named by the caller.
pub fn radar_of(
    an: &Analysis,
    current: String,
    next: Option<String>,
    compare: Option<(&Assessment, String)>,
) -> RadarData {
    let level = |r: Option<Rating>| r.and_then(|r| r.level()).map(|l| l.value());
    let mut series = vec![Series {
        name: current,
        values: an.rows.iter().map(|r| level(r.current.rating)).collect(),
        style: SeriesStyle::Solid,
    }];
    let has_next = next.is_some();
    if let Some(name) = next {
        series.push(Series {
            name,
            values: an.rows.iter().map(|r| level(r.next.rating)).collect(),
            style: SeriesStyle::Dashed,
        });
    }
    if let Some((snap, name)) = compare {
        series.push(Series {
            name,
            values: an
                .rows
                .iter()
                .map(|r| {
                    // A snapshot is compared on the side the results lead with.
                    let side = if r.item.next.is_some() && has_next {
                        Side::Next
                    } else {
                        Side::Current
                    };
                    level(snap.rating(side, &r.item.id))
                })
                .collect(),
            style: SeriesStyle::Dotted,
        });
    }
    RadarData {
        axes: an.rows.iter().map(|r| r.item.short_label()).collect(),
        series,
        target: an
            .rows
            .iter()
            .map(|r| r.next.target.or(r.current.target).map(|t| t.value()))
            .collect(),
    }
}

/// Props for [`Radar`].
#[derive(Properties, PartialEq)]
pub struct RadarProps {
    /// Axis labels.
    pub axes: Vec<String>,
    /// The series.
    pub series: Vec<Series>,
    /// The target per axis, drawn as a grey ring; `None` where no target.
    pub target: Vec<Option<u8>>,
    /// Accessible name; the table and text beside carry the figures.
    pub label: String,
    /// Smallest backing-store scale: 1 follows the screen; the print sheet
    /// asks for 3 so the chart stays sharp on paper.
    #[prop_or(1.0)]
    pub min_scale: f64,
}

const MAX: f64 = 4.0;

fn polar(cx: f64, cy: f64, r: f64, i: usize, n: usize, v: f64) -> (i32, i32) {
    let a = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
    (
        (cx + r * v / MAX * a.cos()).round() as i32,
        (cy + r * v / MAX * a.sin()).round() as i32,
    )
}

/// Splits an axis label into at most two lines of six characters, so that
/// labels on the left and right fit inside the canvas.
fn label_lines(label: &str) -> Vec<String> {
    const W: usize = 6;
    let chars: Vec<char> = label.chars().collect();
    let mut lines: Vec<String> = chars
        .chunks(W)
        .take(2)
        .map(|c| c.iter().collect())
        .collect();
    if chars.len() > 2 * W {
        if let Some(last) = lines.last_mut() {
            last.pop();
            last.push('…');
        }
    }
    lines
}

/// Where the web sits in a canvas: the sizes every layer is drawn with.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Geometry {
    /// Device pixels per CSS pixel.
    dpr: f64,
    /// Backing-store width and height.
    pw: f64,
    ph: f64,
    /// Centre.
    cx: f64,
    cy: f64,
    /// Radius of the outer ring (step 4).
    r: f64,
    /// Label size in CSS pixels.
    font_css: f64,
    /// Series stroke and marker sizes in CSS pixels.
    stroke_css: f64,
    marker_css: f64,
}

impl Geometry {
    fn new(w: f64, h: f64, dpr: f64) -> Geometry {
        let (pw, ph) = (w * dpr, h * dpr);
        // Leave room around the web for labels of two lines of six
        // characters; in a small box (the print sheet) the labels shrink
        // with it, and strokes and markers scale with the box too.
        let side = w.min(h);
        let font_css = (side / 26.0).clamp(8.0, 13.0);
        let margin = font_css * 6.2;
        Geometry {
            dpr,
            pw,
            ph,
            cx: pw / 2.0,
            cy: ph / 2.0,
            r: (pw.min(ph) / 2.0 - margin * dpr).max(20.0 * dpr),
            font_css,
            stroke_css: (side / 180.0).clamp(1.5, 3.0),
            marker_css: (side / 110.0).clamp(2.5, 5.0),
        }
    }

    fn px(&self, v: f64) -> i32 {
        (v * self.dpr).round() as i32
    }
}

/// Draws what does not change with the ratings: white ground, rings for
/// steps 1–4, spokes, axis labels and the target ring. Text and dashed
/// lines are the costly parts of a chart, so this is drawn once per size,
/// set of axes and targets, and then copied.
fn draw_background(
    canvas: &HtmlCanvasElement,
    axes: &[String],
    target: &[Option<u8>],
    g: &Geometry,
) -> Option<()> {
    canvas.set_width(g.pw.round() as u32);
    canvas.set_height(g.ph.round() as u32);
    let root = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let n = axes.len();
    let (cx, cy, r, dpr) = (g.cx, g.cy, g.r, g.dpr);
    let grid = RGBColor(0xc7, 0xc9, 0xd1);
    for step in 1..=4 {
        let ring: Vec<(i32, i32)> = (0..=n)
            .map(|i| polar(cx, cy, r, i % n, n, f64::from(step)))
            .collect();
        root.draw(&PathElement::new(ring, grid.stroke_width(g.px(1.0) as u32)))
            .ok()?;
    }
    let font_px = (g.font_css * dpr).round() as i32;
    for (i, label) in axes.iter().enumerate() {
        let end = polar(cx, cy, r, i, n, MAX);
        root.draw(&PathElement::new(
            vec![(cx as i32, cy as i32), end],
            grid.stroke_width(g.px(1.0) as u32),
        ))
        .ok()?;
        let (lx, ly) = polar(cx, cy, r + g.font_css * dpr, i, n, MAX);
        let anchor = if (lx as f64 - cx).abs() < 4.0 * dpr {
            plotters::style::text_anchor::HPos::Center
        } else if (lx as f64) < cx {
            plotters::style::text_anchor::HPos::Right
        } else {
            plotters::style::text_anchor::HPos::Left
        };
        let style = TextStyle::from(("sans-serif", font_px).into_font())
            .color(&RGBColor(0x1a, 0x1a, 0x1c))
            .pos(plotters::style::text_anchor::Pos::new(
                anchor,
                plotters::style::text_anchor::VPos::Center,
            ));
        let lines = label_lines(label);
        let line_h = font_px + g.px(3.0);
        let top = ly - line_h * (lines.len() as i32 - 1) / 2;
        for (k, line) in lines.into_iter().enumerate() {
            root.draw(&Text::new(
                line,
                (lx, top + line_h * k as i32),
                style.clone(),
            ))
            .ok()?;
        }
    }
    // Target ring: grey dotted line through each axis's target.
    let target: Vec<(i32, i32)> = (0..=n)
        .map(|i| {
            polar(
                cx,
                cy,
                r,
                i % n,
                n,
                f64::from(target.get(i % n).copied().flatten().unwrap_or(0)),
            )
        })
        .collect();
    let grey = RGBColor(0x4d, 0x4d, 0x55);
    root.draw(&DashedPathElement::new(
        target,
        g.px(2.0),
        g.px(4.0),
        grey.stroke_width(g.px(2.0) as u32),
    ))
    .ok()?;

    root.present().ok()
}

/// The background layer, kept between draws with what it was drawn for.
type Background = Option<(Geometry, Vec<String>, Vec<Option<u8>>, HtmlCanvasElement)>;

fn draw(
    canvas: &HtmlCanvasElement,
    props: &RadarProps,
    fit: &mut super::canvas::CanvasBox,
    resized: u32,
    background: &mut Background,
) -> Option<()> {
    let window = web_sys::window()?;
    let dpr = window.device_pixel_ratio().max(props.min_scale).max(1.0);
    let (w, h) = fit.fit(canvas, (resized, 0), dpr);
    let n = props.axes.len();
    if n < 3 {
        let root = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
        return root.fill(&WHITE).ok();
    }
    let g = Geometry::new(w, h, dpr);
    let fresh = match background {
        Some((bg_g, bg_axes, bg_target, _)) => {
            *bg_g != g || *bg_axes != props.axes || *bg_target != props.target
        }
        None => true,
    };
    if fresh {
        let layer: HtmlCanvasElement = gloo::utils::document()
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        draw_background(&layer, &props.axes, &props.target, &g)?;
        *background = Some((g, props.axes.clone(), props.target.clone(), layer));
    }
    let (_, _, _, layer) = background.as_ref()?;
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.draw_image_with_html_canvas_element(layer, 0.0, 0.0)
        .ok()?;
    let root = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
    let (cx, cy, r) = (g.cx, g.cy, g.r);
    let px = |v: f64| g.px(v);
    let (stroke_css, marker_css) = (g.stroke_css, g.marker_css);

    for s in &props.series {
        let c = s.style.colour();
        let pts: Vec<(i32, i32)> = (0..=n)
            .map(|i| {
                polar(
                    cx,
                    cy,
                    r,
                    i % n,
                    n,
                    f64::from(s.values.get(i % n).copied().flatten().unwrap_or(0)),
                )
            })
            .collect();
        let stroke = c.stroke_width(px(stroke_css) as u32);
        match s.style {
            SeriesStyle::Solid => root.draw(&PathElement::new(pts.clone(), stroke)).ok()?,
            SeriesStyle::Dashed => root
                .draw(&DashedPathElement::new(
                    pts.clone(),
                    px(10.0),
                    px(6.0),
                    stroke,
                ))
                .ok()?,
            SeriesStyle::Dotted => root
                .draw(&DashedPathElement::new(
                    pts.clone(),
                    px(3.0),
                    px(5.0),
                    stroke,
                ))
                .ok()?,
            // A dash and a dot: a long dash pattern over a short one.
            SeriesStyle::DashDot => {
                root.draw(&DashedPathElement::new(
                    pts.clone(),
                    px(12.0),
                    px(12.0),
                    stroke,
                ))
                .ok()?;
                root.draw(&DashedPathElement::new(
                    pts.iter().map(|p| (p.0, p.1)).collect::<Vec<_>>(),
                    px(2.0),
                    px(22.0),
                    stroke,
                ))
                .ok()?
            }
        }
        let m = px(marker_css);
        for (i, p) in pts.iter().take(n).enumerate() {
            if s.values.get(i).copied().flatten().is_none() {
                continue;
            }
            match s.style {
                SeriesStyle::Solid => root.draw(&Circle::new(*p, m, c.filled())).ok()?,
                SeriesStyle::Dashed => root
                    .draw(&Rectangle::new(
                        [(p.0 - m, p.1 - m), (p.0 + m, p.1 + m)],
                        c.filled(),
                    ))
                    .ok()?,
                SeriesStyle::Dotted => root
                    .draw(&Polygon::new(
                        vec![
                            (p.0, p.1 - m - 1),
                            (p.0 - m - 1, p.1 + m),
                            (p.0 + m + 1, p.1 + m),
                        ],
                        c.filled(),
                    ))
                    .ok()?,
                SeriesStyle::DashDot => root
                    .draw(&Polygon::new(
                        vec![
                            (p.0, p.1 - m - 2),
                            (p.0 + m + 2, p.1),
                            (p.0, p.1 + m + 2),
                            (p.0 - m - 2, p.1),
                        ],
                        c.filled(),
                    ))
                    .ok()?,
            }
        }
    }
    root.present().ok()?;
    // A draw counter, so tests and the benchmark can tell when a change has
    // reached the chart.
    let n = canvas
        .get_attribute("data-drawn")
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    canvas
        .set_attribute("data-drawn", &(n + 1).to_string())
        .ok()
}

/// The radar chart with its legend.
#[component]
pub fn Radar(props: &RadarProps) -> Html {
    let lang = use_lang();
    let canvas = use_node_ref();
    let (resized, fit) = super::canvas::use_canvas_box(&canvas);
    let background = use_mut_ref(|| None);
    {
        let canvas = canvas.clone();
        let axes = props.axes.clone();
        let series = props.series.clone();
        let target = props.target.clone();
        let label = props.label.clone();
        let min_scale = props.min_scale;
        use_effect_with(
            (axes.clone(), series.clone(), target.clone(), resized),
            move |_| {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    draw(
                        &c,
                        &RadarProps {
                            axes,
                            series,
                            target,
                            label,
                            min_scale,
                        },
                        &mut fit.borrow_mut(),
                        resized,
                        &mut background.borrow_mut(),
                    );
                }
            },
        );
    }

    // The figures drawn, for tests and tools that read the chart's data
    // (the same figures the table beside gives in words).
    let data: Vec<String> = props
        .series
        .iter()
        .map(|s| {
            let values: Vec<String> = s
                .values
                .iter()
                .map(|v| v.map_or("null".into(), |n| n.to_string()))
                .collect();
            format!(
                "{{\"name\":{},\"values\":[{}]}}",
                serde_json::to_string(&s.name).unwrap_or_default(),
                values.join(",")
            )
        })
        .collect();
    html! {
        <figure class="radar" data-series={format!("[{}]", data.join(","))}>
            <div class="radar-box">
                <canvas ref={canvas} role="img" aria-label={props.label.clone()}></canvas>
            </div>
            <figcaption>
                <ul class="radar-legend">
                    { for props.series.iter().map(|s| html! {
                        <li>
                            <span class={classes!("legend-line", s.style.class())} aria-hidden="true"></span>
                            { s.style.marker() }{ " " }{ mixed(&s.name, lang) }
                        </li>
                    }) }
                    <li><span class="legend-line series-target" aria-hidden="true"></span>{ tr(lang, "目標（点線）", "Target (dotted line)") }</li>
                </ul>
            </figcaption>
        </figure>
    }
}

/// Casts helper kept for tests that need the canvas element.
pub fn canvas_of(node: &web_sys::Element) -> Option<HtmlCanvasElement> {
    node.query_selector("canvas")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}
