//! A radar chart, drawn with plotters on a canvas like the other charts.
//!
//! The canvas sits in a fixed box (no layout shift); its backing store is
//! sized by devicePixelRatio so lines stay crisp on HiDPI screens,
//! projectors and paper, and it is redrawn when its box changes size.
//! Series differ by line style and marker shape as well as colour, and the
//! legend below repeats both, so nothing depends on colour alone. The same
//! figures are always given as a table and as text beside the chart.

pub use super::canvas::SeriesStyle;
use super::canvas::{Area, CanvasBox};
use super::words::mixed;
use crate::i18n::{tr, use_lang, Lang};
use michishirube::core::assess::{Analysis, Assessment, RateItem, Side};
use michishirube::core::scale::Rating;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_canvas::CanvasBackend;
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// One series: a value (1–4) per axis, `None` where not rated. Written
/// on the chart as `data-series` (name and values), for tests and tools
/// that read the chart's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    /// Legend name.
    pub name: String,
    /// Values per axis.
    pub values: Vec<Option<u8>>,
    /// How it is drawn.
    #[serde(skip)]
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
/// argument reduction for a handful of angles.
fn polar(g: &Geometry, r: f64, i: usize, n: usize, v: f64) -> (i32, i32) {
    let a = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * (i % n) as f64 / n as f64;
    (
        (g.cx + r * v / MAX * js_sys::Math::cos(a)).round() as i32,
        (g.cy + r * v / MAX * js_sys::Math::sin(a)).round() as i32,
    )
}

/// A closed line through value `at(i)` on every axis.
fn web(g: &Geometry, n: usize, at: impl Fn(usize) -> Option<u8>) -> Vec<(i32, i32)> {
    (0..=n)
        .map(|i| polar(g, g.r, i, n, f64::from(at(i % n).unwrap_or(0))))
        .collect()
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

/// Where the web sits in a canvas: the sizes every layer is drawn with,
/// in device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Geometry {
    /// Device pixels per CSS pixel.
    dpr: f64,
    /// Backing-store width.
    pw: f64,
    /// Centre.
    cx: f64,
    cy: f64,
    /// Radius of the outer ring (step 4).
    r: f64,
    /// Label size.
    font: i32,
    /// Series stroke width and marker size.
    stroke: u32,
    marker: i32,
}

impl Geometry {
    fn new((pw, ph): (u32, u32), dpr: f64) -> Geometry {
        let (pw, ph) = (f64::from(pw), f64::from(ph));
        // Leave room around the web for labels of two lines of six
        // characters; in a small box (the print sheet) the labels shrink
        // with it, and strokes and markers scale with the box too.
        let side = pw.min(ph) / dpr;
        let font_css = (side / 26.0).clamp(8.0, 13.0);
        let px = |v: f64| (v * dpr).round();
        Geometry {
            dpr,
            pw,
            cx: pw / 2.0,
            cy: ph / 2.0,
            r: (pw.min(ph) / 2.0 - px(font_css * 6.2)).max(px(20.0)),
            font: px(font_css) as i32,
            stroke: px((side / 180.0).clamp(1.5, 3.0)) as u32,
            marker: px((side / 110.0).clamp(2.5, 5.0)) as i32,
        }
    }

    fn px(&self, v: f64) -> i32 {
        (v * self.dpr).round() as i32
    }
}

/// Draws what does not change with the ratings: white ground, rings for
/// steps 1–4, spokes, axis labels and the target ring. Text and dashed
/// lines are the costly parts of a chart, so this is drawn once per size,
/// set of axes and targets, into a canvas of its own, and then copied.
fn draw_background(
    layer: &HtmlCanvasElement,
    axes: &[String],
    target: &[Option<u8>],
    g: &Geometry,
    size: (u32, u32),
) -> Option<()> {
    layer.set_width(size.0);
    layer.set_height(size.1);
    let root = CanvasBackend::with_canvas_object(layer.clone())?.into_drawing_area();
    root.fill(&WHITE).ok()?;
    let n = axes.len();
    let grid = RGBColor(0xc7, 0xc9, 0xd1).stroke_width(g.px(1.0) as u32);
    for step in 1..=4 {
        root.draw(&PathElement::new(web(g, n, |_| Some(step)), grid))
            .ok()?;
    }
    let centre = (g.cx as i32, g.cy as i32);
    for (i, label) in axes.iter().enumerate() {
        root.draw(&PathElement::new(
            vec![centre, polar(g, g.r, i, n, MAX)],
            grid,
        ))
        .ok()?;
        let (lx, ly) = polar(g, g.r + f64::from(g.font), i, n, MAX);
        let lx = f64::from(lx);
        let align = if (lx - g.cx).abs() < 4.0 * g.dpr {
            HPos::Center
        } else if lx < g.cx {
            HPos::Right
        } else {
            HPos::Left
        };
        // The room between the label's anchor and the canvas's edge it
        // runs towards (both edges for a centred label), less a margin.
        let edge = f64::from(g.px(2.0));
        let room = match align {
            HPos::Right => lx - edge,
            HPos::Left => g.pw - lx - edge,
            HPos::Center => 2.0 * lx.min(g.pw - lx) - 2.0 * edge,
        };
        // A centred label (top or bottom) keeps to two lines' width of the
        // web, so it does not run into its neighbours.
        let line_room = if matches!(align, HPos::Center) {
            room.min(f64::from(g.font) * LINE as f64)
        } else {
            room
        };
        let lines = label_lines(label, |l| width_em(l) * f64::from(g.font) <= line_room);
        let size = fitting_font(&lines, g.font, room);
        let style = ("sans-serif", size)
            .into_font()
            .color(&RGBColor(0x1a, 0x1a, 0x1c))
            .pos(Pos::new(align, VPos::Center));
        let line_h = size + g.px(3.0);
        let top = ly - line_h * (lines.len() as i32 - 1) / 2;
        for (k, line) in lines.iter().enumerate() {
            root.draw(&Text::new(
                line.as_str(),
                (lx as i32, top + line_h * k as i32),
                style.clone(),
            ))
            .ok()?;
        }
    }
    // Target ring: grey dotted line through each axis's target.
    let two = g.px(2.0);
    root.draw(&DashedPathElement::new(
        web(g, n, |i| target.get(i).copied().flatten()),
        two,
        2 * two,
        RGBColor(0x4d, 0x4d, 0x55).stroke_width(two as u32),
    ))
    .ok()
}

/// The background layer, kept between draws with what it was drawn for.
type Background = Option<(Geometry, Vec<String>, Vec<Option<u8>>, HtmlCanvasElement)>;

/// Draws the chart: the background layer (drawn anew only when its
/// geometry, axes or targets changed), then each series and its markers.
fn draw(
    canvas: &HtmlCanvasElement,
    (axes, series, target): &(Vec<String>, Vec<Series>, Vec<Option<u8>>),
    (fit, key, min_scale): (&mut CanvasBox, u32, f64),
    background: &mut Background,
) -> Option<()> {
    let (root, dpr): (Area, f64) = fit.area(canvas, (key, 0), min_scale)?;
    let n = axes.len();
    if n >= 3 {
        let size = root.dim_in_pixel();
        let g = Geometry::new(size, dpr);
        let stale = background
            .as_ref()
            .is_none_or(|(bg, bg_axes, bg_target, _)| {
                (bg, bg_axes, bg_target) != (&g, axes, target)
            });
        if stale {
            let layer: HtmlCanvasElement = gloo::utils::document()
                .create_element("canvas")
                .ok()?
                .dyn_into()
                .ok()?;
            draw_background(&layer, axes, target, &g, size)?;
            *background = Some((g, axes.clone(), target.clone(), layer));
        }
        let (_, _, _, layer) = background.as_ref()?;
        canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<web_sys::CanvasRenderingContext2d>()
            .ok()?
            .draw_image_with_html_canvas_element(layer, 0.0, 0.0)
            .ok()?;
        for s in series {
            let at = |i: usize| s.values.get(i).copied().flatten();
            let pts = web(&g, n, at);
            s.style.line(&root, &pts, g.stroke, dpr)?;
            for (i, &p) in pts.iter().take(n).enumerate() {
                if at(i).is_some() {
                    s.style.mark(&root, p, g.marker)?;
                }
            }
        }
    }
    // A draw counter, so tests and the benchmark can tell when a change has
    // reached the chart.
    let drawn = canvas
        .get_attribute("data-drawn")
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    canvas
        .set_attribute("data-drawn", &(drawn + 1).to_string())
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
        let min_scale = props.min_scale;
        use_effect_with(
            (
                (
                    props.axes.clone(),
                    props.series.clone(),
                    props.target.clone(),
                ),
                resized,
            ),
            move |(data, resized)| {
                if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                    draw(
                        &c,
                        data,
                        (&mut fit.borrow_mut(), *resized, min_scale),
                        &mut background.borrow_mut(),
                    );
                }
            },
        );
    }
    // The figures drawn, for tests and tools that read the chart's data
    // (the same figures the table beside gives in words).
    html! {
        <figure class="radar" data-series={serde_json::to_string(&props.series).unwrap_or_default()}
            data-axes={serde_json::to_string(&props.axes).unwrap_or_default()}>
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

/// The chart's canvas inside `node`, for tests that read its pixels.
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
