//! A radar chart drawn on a canvas.
//!
//! Drawn with the canvas API directly, not through plotters (which the
//! pages module's progress and survey charts use): for a web of lines,
//! four marker shapes and labels, plotters' drawing layer and its canvas
//! backend (which writes every colour as `rgba(…)` text with a float, and
//! so brings float formatting along) weighed 19 KB gzip of the app module,
//! by removal (`tests/bench/weighed.md`).
//!
//! The canvas sits in a fixed box (no layout shift); its backing store is
//! sized by devicePixelRatio so lines stay crisp on HiDPI screens and
//! projectors, and it is redrawn when its box changes size. Series differ
//! by line style and marker shape as well as colour, and the legend below
//! repeats both, so nothing depends on colour alone. The same figures are
//! always given as a table and as text beside the chart.

use super::words::mixed;
use crate::i18n::{tr, use_lang, Lang};
use michishirube::core::assess::{Analysis, Assessment, RateItem, Side};
use michishirube::core::scale::Rating;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};
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
    fn colour(self) -> &'static str {
        match self {
            SeriesStyle::Solid => "#0031d8",
            SeriesStyle::Dashed => "#a33b00",
            SeriesStyle::Dotted => "#1a6b2f",
            SeriesStyle::DashDot => "#6b2f9e",
        }
    }

    /// The line's dash pattern in CSS pixels (solid when empty).
    fn dash(self) -> &'static [f64] {
        match self {
            SeriesStyle::Solid => &[],
            SeriesStyle::Dashed => &[10.0, 6.0],
            SeriesStyle::Dotted => &[3.0, 5.0],
            SeriesStyle::DashDot => &[12.0, 5.0, 2.0, 5.0],
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
    lang: Lang,
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
        axes: an.rows.iter().map(|r| axis_label(&r.item, lang)).collect(),
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

/// The point at value `v` on axis `i` of `n`, the first axis straight up.
/// The browser's own `Math.cos` and `Math.sin`: Rust's would link libm's
/// argument reduction (7 KB before wasm-opt) for a handful of angles.
fn polar(cx: f64, cy: f64, r: f64, i: usize, n: usize, v: f64) -> (f64, f64) {
    let a = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n as f64;
    (
        (cx + r * v / MAX * js_sys::Math::cos(a)).round(),
        (cy + r * v / MAX * js_sys::Math::sin(a)).round(),
    )
}

/// The few drawing steps the chart needs, over a canvas's 2D context.
struct Pen(CanvasRenderingContext2d);

impl Pen {
    fn of(canvas: &HtmlCanvasElement) -> Option<Pen> {
        canvas.get_context("2d").ok()??.dyn_into().ok().map(Pen)
    }

    fn ground(&self, canvas: &HtmlCanvasElement) {
        self.0.set_fill_style_str("#ffffff");
        self.0.fill_rect(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        );
    }

    /// Traces a line through the points, closed or not.
    fn trace(&self, pts: &[(f64, f64)], closed: bool) {
        self.0.begin_path();
        for (i, &(x, y)) in pts.iter().enumerate() {
            if i == 0 {
                self.0.move_to(x, y);
            } else {
                self.0.line_to(x, y);
            }
        }
        if closed {
            self.0.close_path();
        }
    }

    /// A line through the points, in a colour, width and dash pattern
    /// (device pixels).
    fn line(&self, pts: &[(f64, f64)], colour: &str, width: f64, dash: &[f64]) {
        let pattern = js_sys::Array::new();
        for d in dash {
            pattern.push(&JsValue::from_f64(*d));
        }
        let _ = self.0.set_line_dash(&pattern);
        self.0.set_stroke_style_str(colour);
        self.0.set_line_width(width);
        self.trace(pts, false);
        self.0.stroke();
    }

    /// A filled shape through the points.
    fn shape(&self, pts: &[(f64, f64)], colour: &str) {
        self.0.set_fill_style_str(colour);
        self.trace(pts, true);
        self.0.fill();
    }

    fn disc(&self, (x, y): (f64, f64), r: f64, colour: &str) {
        self.0.set_fill_style_str(colour);
        self.0.begin_path();
        let _ = self.0.arc(x, y, r, 0.0, std::f64::consts::TAU);
        self.0.fill();
    }

    fn text(&self, text: &str, (x, y): (f64, f64), font_px: i32, align: &str) {
        self.0.set_fill_style_str("#1a1a1c");
        self.0.set_font(&format!("{font_px}px sans-serif"));
        self.0.set_text_align(align);
        self.0.set_text_baseline("middle");
        let _ = self.0.fill_text(text, x, y);
    }
}

/// An axis label: the item's short name, or in English its English gloss
/// where the data has one (the canvas has no room for both; the table
/// beside the chart gives both).
pub fn axis_label(item: &RateItem, lang: Lang) -> String {
    match (lang, item.label_en.as_deref().filter(|e| !e.is_empty())) {
        (Lang::En, Some(en)) => format!("{}{en}", item.number.clone().unwrap_or_default()),
        _ => item.short_label(),
    }
}

/// Splits an English label at spaces into at most two lines, about the
/// width of six Japanese characters: words are joined up to ten
/// characters, a single word of up to eleven is kept whole, and what does
/// not fit ends in "…".
fn latin_lines(label: &str) -> Vec<String> {
    const JOIN: usize = 10;
    const WORD: usize = 11;
    let mut lines: Vec<String> = Vec::new();
    let mut cut = false;
    for word in label.split_whitespace() {
        let fits = lines
            .last()
            .is_some_and(|l| l.chars().count() + 1 + word.chars().count() <= JOIN);
        if fits {
            if let Some(l) = lines.last_mut() {
                l.push(' ');
                l.push_str(word);
            }
        } else if lines.len() == 2 {
            cut = true;
            break;
        } else {
            lines.push(word.to_owned());
        }
    }
    let n = lines.len();
    for (i, l) in lines.iter_mut().enumerate() {
        let len = l.chars().count();
        if len > WORD || (cut && i + 1 == n && len == WORD) {
            let mut t: String = l.chars().take(WORD - 1).collect();
            t.push('…');
            *l = t;
        } else if cut && i + 1 == n {
            l.push('…');
        }
    }
    lines
}

/// Characters per line of an axis label cut where its words give no break.
const LINE: usize = 6;
/// The longest line a break between words may leave.
const LONG: usize = 8;

/// Whether a break between `a` and `b` falls between words: after 「・」 or
/// 「、」, before a bracket, or where katakana meets kanji (リーダーシップ｜力).
fn word_break(a: char, b: char) -> bool {
    // Katakana letters and the long vowel mark, not the middle dot 「・」.
    let kana = |c: char| ('\u{30A1}'..='\u{30FA}').contains(&c) || c == 'ー';
    let kanji = |c: char| ('\u{4E00}'..='\u{9FFF}').contains(&c);
    matches!(a, '・' | '、' | '，' | '/' | '／')
        || matches!(b, '（' | '(' | '「')
        || (kana(a) && kanji(b))
        || (kanji(a) && kana(b))
}

/// Splits an axis label into lines: one where it fits (`fits` says whether
/// a line fits the room beside its axis), else two, broken between words
/// where both halves are short (「応対力・」「折衝力」, not 「応対力・折衝」
/// 「力」), else two lines of six characters, the second ending in 「…」
/// if the label is longer still. A label with no Japanese in it (an
/// English gloss) is broken at spaces instead ([`latin_lines`]).
fn label_lines(label: &str, fits: impl Fn(&str) -> bool) -> Vec<String> {
    if !label.chars().any(|c| u32::from(c) >= 0x3000) {
        return if fits(label) {
            vec![label.to_owned()]
        } else {
            latin_lines(label)
        };
    }
    let chars: Vec<char> = label.chars().collect();
    let n = chars.len();
    if n <= LINE || fits(label) {
        return vec![label.to_owned()];
    }
    let natural = (1..n)
        .filter(|&k| word_break(chars[k - 1], chars[k]))
        .filter(|&k| k <= LONG && n - k <= LONG)
        .min_by_key(|&k| k.abs_diff(n - k));
    if let Some(k) = natural {
        return vec![chars[..k].iter().collect(), chars[k..].iter().collect()];
    }
    let mut lines: Vec<String> = chars
        .chunks(LINE)
        .take(2)
        .map(|c| c.iter().collect())
        .collect();
    if n > 2 * LINE {
        if let Some(last) = lines.last_mut() {
            last.pop();
            last.push('…');
        }
    }
    lines
}

/// A line's width in ems, a little generous: a Japanese or full-width
/// character is one em, anything else at most six tenths of one.
fn width_em(line: &str) -> f64 {
    line.chars()
        .map(|c| if c.is_ascii() || c == '…' { 0.6 } else { 1.0 })
        .sum()
}

/// The font size (device pixels) at which every line fits `room` pixels:
/// the chart's own size, or smaller for a label that would otherwise run
/// off the canvas's edge.
fn fitting_font(lines: &[String], font_px: i32, room: f64) -> i32 {
    let widest = lines.iter().map(|l| width_em(l)).fold(0.0, f64::max);
    if widest <= 0.0 || widest * f64::from(font_px) <= room {
        return font_px;
    }
    ((room / widest).floor() as i32).clamp(1, font_px)
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
    let pen = Pen::of(canvas)?;
    pen.ground(canvas);
    let n = axes.len();
    let (cx, cy, r, dpr) = (g.cx, g.cy, g.r, g.dpr);
    let grid = "#c7c9d1";
    let hair = f64::from(g.px(1.0));
    for step in 1..=4 {
        let ring: Vec<(f64, f64)> = (0..=n)
            .map(|i| polar(cx, cy, r, i % n, n, f64::from(step)))
            .collect();
        pen.line(&ring, grid, hair, &[]);
    }
    let font_px = (g.font_css * dpr).round() as i32;
    for (i, label) in axes.iter().enumerate() {
        let end = polar(cx, cy, r, i, n, MAX);
        pen.line(&[(cx.trunc(), cy.trunc()), end], grid, hair, &[]);
        let (lx, ly) = polar(cx, cy, r + g.font_css * dpr, i, n, MAX);
        let align = if (lx - cx).abs() < 4.0 * dpr {
            "center"
        } else if lx < cx {
            "end"
        } else {
            "start"
        };
        // The room between the label's anchor and the canvas's edge it
        // runs towards (both edges for a centred label), less a margin.
        let edge = f64::from(g.px(2.0));
        let room = match align {
            "end" => lx - edge,
            "start" => g.pw - lx - edge,
            _ => 2.0 * lx.min(g.pw - lx) - 2.0 * edge,
        };
        // A centred label (top or bottom) keeps to two lines' width of the
        // web, so it does not run into its neighbours.
        let line_room = if align == "center" {
            room.min(f64::from(font_px) * LINE as f64)
        } else {
            room
        };
        let lines = label_lines(label, |l| width_em(l) * f64::from(font_px) <= line_room);
        let size = fitting_font(&lines, font_px, room);
        let line_h = size + g.px(3.0);
        let top = ly as i32 - line_h * (lines.len() as i32 - 1) / 2;
        for (k, line) in lines.iter().enumerate() {
            pen.text(line, (lx, f64::from(top + line_h * k as i32)), size, align);
        }
    }
    // Target ring: grey dotted line through each axis's target.
    let target: Vec<(f64, f64)> = (0..=n)
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
    let (two, four) = (f64::from(g.px(2.0)), f64::from(g.px(4.0)));
    pen.line(&target, "#4d4d55", two, &[two, four]);
    Some(())
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
    let pen = Pen::of(canvas)?;
    if n < 3 {
        pen.ground(canvas);
        return Some(());
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
    pen.0
        .draw_image_with_html_canvas_element(layer, 0.0, 0.0)
        .ok()?;
    let (cx, cy, r) = (g.cx, g.cy, g.r);
    let px = |v: f64| f64::from(g.px(v));

    for s in &props.series {
        let c = s.style.colour();
        let pts: Vec<(f64, f64)> = (0..=n)
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
        let dash: Vec<f64> = s.style.dash().iter().map(|d| px(*d)).collect();
        pen.line(&pts, c, px(g.stroke_css), &dash);
        let m = px(g.marker_css);
        for (i, &(x, y)) in pts.iter().take(n).enumerate() {
            if s.values.get(i).copied().flatten().is_none() {
                continue;
            }
            match s.style {
                SeriesStyle::Solid => pen.disc((x, y), m, c),
                SeriesStyle::Dashed => pen.shape(
                    &[
                        (x - m, y - m),
                        (x + m, y - m),
                        (x + m, y + m),
                        (x - m, y + m),
                    ],
                    c,
                ),
                SeriesStyle::Dotted => pen.shape(
                    &[(x, y - m - 1.0), (x - m - 1.0, y + m), (x + m + 1.0, y + m)],
                    c,
                ),
                SeriesStyle::DashDot => pen.shape(
                    &[
                        (x, y - m - 2.0),
                        (x + m + 2.0, y),
                        (x, y + m + 2.0),
                        (x - m - 2.0, y),
                    ],
                    c,
                ),
            }
        }
    }
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
    let axes: Vec<String> = props
        .axes
        .iter()
        .map(|a| serde_json::to_string(a).unwrap_or_default())
        .collect();
    html! {
        <figure class="radar" data-series={format!("[{}]", data.join(","))} data-axes={format!("[{}]", axes.join(","))}>
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_label_breaks_between_its_words() {
        let tight = |_: &str| false;
        assert_eq!(label_lines("応対力・折衝力", tight), ["応対力・", "折衝力"]);
        assert_eq!(
            label_lines("リーダーシップ力", tight),
            ["リーダーシップ", "力"]
        );
        assert_eq!(
            label_lines("マネジメント能力", tight),
            ["マネジメント", "能力"]
        );
        assert_eq!(label_lines("1企画力", tight), ["1企画力"]);
    }

    #[test]
    fn a_label_that_fits_its_room_stays_on_one_line() {
        assert_eq!(label_lines("応対力・折衝力", |_| true), ["応対力・折衝力"]);
    }

    #[test]
    fn a_label_without_a_word_break_is_cut_into_lines_of_six() {
        assert_eq!(
            label_lines("あいうえおかきくけこさしすせ", |_| false),
            ["あいうえおか", "きくけこさ…"]
        );
    }

    #[test]
    fn a_label_too_wide_for_its_room_gets_a_smaller_font() {
        let lines = label_lines("応対力・折衝力", |_| false);
        assert_eq!(fitting_font(&lines, 13, 100.0), 13);
        assert_eq!(fitting_font(&lines, 13, 40.0), 10);
    }

    #[test]
    fn an_english_axis_label_wraps_at_spaces_into_two_lines() {
        assert_eq!(label_lines("Planning", |_| false), vec!["Planning"]);
        assert_eq!(label_lines("Comprehension", |_| false), vec!["Comprehens…"]);
        assert_eq!(label_lines("Cooperation", |_| false), vec!["Cooperation"]);
        assert_eq!(
            label_lines("Sense of responsibility", |_| false),
            vec!["Sense of", "responsibi…"]
        );
        assert_eq!(
            label_lines("Customer handling and negotiation", |_| false),
            vec!["Customer", "handling…"]
        );
        assert_eq!(label_lines("企画力", |_| false), vec!["企画力"]);
    }
}
