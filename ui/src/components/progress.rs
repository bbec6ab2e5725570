//! A small line chart of one item's ratings over time (snapshots, then
//! today). Two lines, told apart by dash pattern and marker as well as
//! colour, with the same figures in a table beneath.

use super::canvas::{CanvasBox, SeriesStyle};
use crate::i18n::{tr, use_lang, Lang};
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// One point in time.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressPoint {
    /// The date label.
    pub label: String,
    /// The rating against the current grade (1–4), if given.
    pub current: Option<u8>,
    /// The rating against the next grade (1–4), if given.
    pub next: Option<u8>,
}

/// Props for [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The item's name.
    pub title: String,
    /// The points, oldest first.
    pub points: Vec<ProgressPoint>,
}

/// Reads one series' value off a point.
type Getter = fn(&ProgressPoint) -> Option<u8>;

fn draw(
    canvas: &HtmlCanvasElement,
    points: &[ProgressPoint],
    fit: &mut CanvasBox,
    resized: u32,
) -> Option<()> {
    let (root, dpr) = fit.area(canvas, (resized, 0), 1.0)?;
    let (w, h) = root.dim_in_pixel();
    let px = |v: f64| (v * dpr).round() as i32;
    let (left, right, top, bottom) = (px(40.0), w as i32 - px(16.0), px(12.0), h as i32 - px(24.0));
    let n = points.len().max(1);
    let x = |i: usize| {
        if n == 1 {
            (left + right) / 2
        } else {
            left + ((right - left) as f64 * i as f64 / (n - 1) as f64) as i32
        }
    };
    let y = |v: u8| bottom - ((bottom - top) as f64 * (f64::from(v) - 1.0) / 3.0) as i32;
    let grid = RGBColor(0xc7, 0xc9, 0xd1);
    let font = ("sans-serif", px(12.0))
        .into_font()
        .color(&RGBColor(0x1a, 0x1a, 0x1c));
    for v in 1..=4u8 {
        root.draw(&PathElement::new(vec![(left, y(v)), (right, y(v))], grid))
            .ok()?;
        root.draw(&Text::new(
            v.to_string(),
            (px(8.0), y(v) - px(6.0)),
            font.clone(),
        ))
        .ok()?;
    }
    let series: [(Getter, SeriesStyle); 2] = [
        (|p| p.current, SeriesStyle::Solid),
        (|p| p.next, SeriesStyle::Dashed),
    ];
    for (get, style) in series {
        let pts: Vec<(i32, i32)> = points
            .iter()
            .enumerate()
            .filter_map(|(i, p)| get(p).map(|v| (x(i), y(v))))
            .collect();
        style.line(&root, &pts, px(2.5) as u32, dpr)?;
        for p in pts {
            style.mark(&root, p, px(4.0))?;
        }
    }
    root.present().ok()
}

/// The chart and its table.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let lang = use_lang();
    let canvas = use_node_ref();
    let (resized, fit) = super::canvas::use_canvas_box(&canvas);
    {
        let canvas = canvas.clone();
        let points = props.points.clone();
        use_effect_with((points, resized), move |(points, resized)| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                draw(&c, points, &mut fit.borrow_mut(), *resized);
            }
        });
    }
    let cell = |v: Option<u8>| v.map_or_else(|| "—".to_string(), |v| v.to_string());
    html! {
        <figure class="progress-chart">
            <div class="progress-box">
                <canvas ref={canvas} role="img" aria-label={match lang {
                    Lang::Ja => format!("「{}」の自己評価の推移。同じ内容を下の表に示しています。", props.title),
                    Lang::En => format!("How the self-rating of \u{201c}{}\u{201d} has changed. The table below gives the same figures.", props.title),
                }}></canvas>
            </div>
            <figcaption>
                <ul class="radar-legend">
                    <li><span class="legend-line series-solid" aria-hidden="true"></span>{ tr(lang, "● 現在の職位に対して（実線）", "● Against the current grade (solid line)") }</li>
                    <li><span class="legend-line series-dashed" aria-hidden="true"></span>{ tr(lang, "■ 次の職位に対して（破線）", "■ Against the next grade (dashed line)") }</li>
                </ul>
            </figcaption>
            <table class="progress-table">
                <caption>{ match lang {
                    Lang::Ja => format!("「{}」の推移（1〜4）", props.title),
                    Lang::En => format!("\u{201c}{}\u{201d} over time (1–4)", props.title),
                } }</caption>
                <thead><tr><th scope="col">{ tr(lang, "時点", "When") }</th><th scope="col">{ tr(lang, "現在の職位に対して", "Against the current grade") }</th><th scope="col">{ tr(lang, "次の職位に対して", "Against the next grade") }</th></tr></thead>
                <tbody>
                    { for props.points.iter().map(|p| html! {
                        <tr><th scope="row">{ p.label.clone() }</th><td>{ cell(p.current) }</td><td>{ cell(p.next) }</td></tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
