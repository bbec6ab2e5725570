//! The engagement self-check: the person answers the items of a body's
//! published staff survey and sees their answers beside the published
//! averages, in a chart and a table, with the source and the survey year.
//! Nothing is compared with anyone else's answers.
//!
//! The person's answers are the app's state (none shown in projector
//! mode); each answer is an [`Action::Answer`].

use crate::components::canvas::{use_canvas_box, CanvasBox};
use crate::components::words::{app_mark, mixed, source_note, worded};
use crate::i18n::{paren, tr, use_lang, Lang};
use crate::state::{use_app, Action, Shared};
use michishirube::core::id::Id;
use michishirube::core::model::{Basis, BodyData, Survey};
use plotters::prelude::*;
use std::collections::BTreeMap;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Props for [`SurveyView`].
#[derive(Properties, PartialEq)]
pub struct SurveyProps {
    /// The body's data.
    pub data: Shared<BodyData>,
}

/// The self-check page.
#[component]
pub fn SurveyView(props: &SurveyProps) -> Html {
    let lang = use_lang();
    let d = props.data.clone();
    let heading = mixed(
        &format!(
            "{}{}",
            tr(lang, "職員調査のセルフチェック", "Staff survey self-check"),
            paren(lang, &d.body.name.glossed(lang))
        ),
        lang,
    );
    if d.surveys.is_empty() {
        return html! {
            <section>
                <h1>{ heading }</h1>
                <p class="plain">{ tr(lang, "この団体の文書には、職員調査の項目ごとの結果が公表されていません。", "This body's documents publish no item-by-item results of a staff survey.") }</p>
            </section>
        };
    }
    html! {
        <article class="survey" aria-labelledby="survey-heading">
            <h1 id="survey-heading">{ heading.clone() }</h1>
            <p>{ tr(lang, "公表されている職員調査と同じ項目に答えて、自分の答えを公表された平均と並べて見られます。答えはこの端末の中だけに保存され、ほかの人の答えとは比べません。", "Answer the same questions as the published staff survey and see your answers beside the published averages. Your answers are saved only on this device and never compared with anyone else's.") }</p>
            { for d.surveys.iter().map(|s| html! { <SurveyBlock data={d.clone()} survey={s.clone()} /> }) }
        </article>
    }
}

/// Props for [`SurveyBlock`].
#[derive(Properties, PartialEq)]
struct BlockProps {
    data: Shared<BodyData>,
    survey: Survey,
}

/// One survey: the questions, then the comparison.
#[component]
fn SurveyBlock(props: &BlockProps) -> Html {
    let lang = use_lang();
    let ctx = use_app();
    let d = &props.data;
    let body = &d.body.id;
    let s = &props.survey;
    let personal = !ctx.projector;
    let answers: BTreeMap<Id, u32> = if personal {
        ctx.doc
            .engagement
            .iter()
            .find(|e| &e.body == body && e.survey == s.id)
            .map(|e| e.answers.clone())
            .unwrap_or_default()
    } else {
        BTreeMap::new()
    };
    let points: Vec<u32> = (s.scale.min..=s.scale.max).collect();
    let group_name = |g: &Option<Id>| {
        g.as_ref()
            .and_then(|g| s.groups.iter().find(|x| &x.id == g))
            .map(|x| x.name.clone())
    };
    html! {
        <section class="survey-block" aria-labelledby={format!("sv-{}", s.id)}>
            <h2 id={format!("sv-{}", s.id)}><span lang="ja">{ s.name.clone() }</span>
                { for s.year.as_ref().map(|y| html! { <span lang="ja">{ format!("（{y}）") }</span> }) }</h2>
            <p class="help">{ tr(lang, "実施：", "Held: ") }{ worded(d, &s.held, lang) }</p>
            <p class="help survey-scale">{ match lang {
                Lang::Ja => format!("尺度：{}〜{} 点（数字が大きいほど肯定的）", s.scale.min, s.scale.max),
                Lang::En => format!("Scale: {} to {} points (higher is more positive)", s.scale.min, s.scale.max),
            } }
                if s.scale.basis == Basis::App {
                    { tr(lang, "。この尺度は文書に印字されていません", ". The documents do not print this scale") }
                    { app_mark(s.scale.note.as_deref(), lang) }
                }
            </p>
            { for s.respondents.iter().map(|r| html! { <p class="help">{ worded(d, r, lang) }</p> }) }
            if let Some(o) = s.overall {
                <p>{ match lang {
                    Lang::Ja => format!("全体の平均：{o:.2}"),
                    Lang::En => format!("Overall average: {o:.2}"),
                } }{ for s.overall_target.map(|t| match lang {
                    Lang::Ja => format!("（目標 {t:.2}）"),
                    Lang::En => format!(" (target {t:.2})"),
                }) }</p>
            }
            { source_note(d, &s.source, lang) }
            if personal {
                <ol class="survey-items">
                    { for s.items.iter().map(|it| {
                        let name = format!("sv-{}-{}", s.id, it.id);
                        html! {
                            <li>
                                <fieldset class="rating-group">
                                    <legend>
                                        <span lang="ja">{ for it.number.as_ref().map(|n| format!("Q{n} ")) }{ it.text.clone() }</span>
                                        { for group_name(&it.group).map(|g| html! { <span class="expect" lang="ja">{ format!("（{g}）") }</span> }) }
                                        if it.group_basis == Basis::App { { app_mark(Some(tr(lang, "この設問の区分", "the group of this question")), lang) } }
                                    </legend>
                                    <div class="choices">
                                        { for points.iter().map(|p| {
                                            let id = format!("{name}-{p}");
                                            let onchange = {
                                                let ctx = ctx.clone();
                                                let (body, survey, item, value) = (body.clone(), s.id.clone(), it.id.clone(), *p);
                                                Callback::from(move |_: Event| ctx.dispatch(Action::Answer {
                                                    body: body.clone(), survey: survey.clone(), item: item.clone(), value, today: crate::today(),
                                                }))
                                            };
                                            html! {
                                                <label for={id.clone()} class="choice">
                                                    <input type="radio" id={id} name={name.clone()} value={p.to_string()}
                                                        checked={answers.get(&it.id) == Some(p)} {onchange} />
                                                    { p.to_string() }
                                                </label>
                                            }
                                        }) }
                                    </div>
                                </fieldset>
                            </li>
                        }
                    }) }
                </ol>
            } else {
                <p class="plain">{ tr(lang, "プロジェクター表示中のため、回答欄と個人の答えは表示しません。公表された平均を示します。", "Projector mode is on, so the answer fields and personal answers are not shown. The published averages are.") }</p>
            }
            <DotChart survey={s.clone()} answers={answers.clone()} />
            <div class="table-scroll" role="region" aria-labelledby={format!("svc-{}", s.id)} tabindex="0">
                <table class="survey-table">
                    <caption id={format!("svc-{}", s.id)}>{ mixed(&match lang {
                        Lang::Ja => format!("{}：あなたの答えと公表された平均", s.name),
                        Lang::En => format!("{}: your answers and the published averages", s.name),
                    }, lang) }</caption>
                    <thead><tr>
                        <th scope="col">{ tr(lang, "項目", "Item") }</th>
                        <th scope="col">{ tr(lang, "あなた", "You") }</th>
                        <th scope="col">{ tr(lang, "公表平均", "Published average") }</th>
                        <th scope="col">{ tr(lang, "差", "Difference") }</th>
                    </tr></thead>
                    <tbody>
                        { for s.items.iter().map(|it| {
                            let mine = answers.get(&it.id).copied();
                            html! {
                                <tr data-item={it.id.to_string()}>
                                    <th scope="row"><span lang="ja">{ for it.number.as_ref().map(|n| format!("Q{n} ")) }{ it.text.clone() }</span>
                                        if it.group_basis == Basis::App { { app_mark(Some(tr(lang, "この設問の区分", "the group of this question")), lang) } }</th>
                                    <td>{ mine.map_or_else(|| "—".to_string(), |m| m.to_string()) }</td>
                                    <td class="average">{ format!("{:.2}", it.average) }</td>
                                    <td>{ mine.map_or_else(|| "—".to_string(), |m| format!("{:+.2}", f64::from(m) - it.average)) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            if !s.notes.is_empty() {
                <ul class="help">{ for s.notes.iter().map(|n| html! { <li>{ worded(d, n, lang) }</li> }) }</ul>
            }
        </section>
    }
}

/// Props for [`DotChart`].
#[derive(Properties, PartialEq)]
struct DotProps {
    survey: Survey,
    answers: BTreeMap<Id, u32>,
}

fn draw_dots(
    canvas: &HtmlCanvasElement,
    s: &Survey,
    answers: &BTreeMap<Id, u32>,
    fit: &mut CanvasBox,
    resized: u32,
) -> Option<()> {
    // The box's height follows the number of items. It is set through the
    // CSSOM, which the Content-Security-Policy allows, not a style attribute.
    let rows = 30 + 22 * s.items.len();
    canvas
        .style()
        .set_property("height", &format!("{rows}px"))
        .ok()?;
    let (root, dpr) = fit.area(canvas, (resized, rows as u32), 1.0)?;
    let (w, h) = root.dim_in_pixel();
    let px = |v: f64| (v * dpr).round() as i32;
    let (left, right) = (px(48.0), w as i32 - px(16.0));
    let n = s.items.len().max(1) as i32;
    let row = ((h as i32 - px(30.0)) / n).max(1);
    let (min, max) = (f64::from(s.scale.min), f64::from(s.scale.max));
    let x = |v: f64| left + ((right - left) as f64 * (v - min) / (max - min)) as i32;
    let grid = RGBColor(0xc7, 0xc9, 0xd1);
    let font = ("sans-serif", px(12.0))
        .into_font()
        .color(&RGBColor(0x1a, 0x1a, 0x1c));
    for v in s.scale.min..=s.scale.max {
        let xv = x(f64::from(v));
        root.draw(&PathElement::new(
            vec![(xv, px(4.0)), (xv, h as i32 - px(22.0))],
            grid,
        ))
        .ok()?;
        root.draw(&Text::new(
            v.to_string(),
            (xv - px(3.0), h as i32 - px(18.0)),
            font.clone(),
        ))
        .ok()?;
    }
    let avg = RGBColor(0x4d, 0x4d, 0x55);
    let you = RGBColor(0x00, 0x31, 0xd8);
    for (i, it) in s.items.iter().enumerate() {
        let y = px(4.0) + row * i as i32 + row / 2;
        let label = it
            .number
            .clone()
            .map_or_else(|| (i + 1).to_string(), |n| format!("Q{n}"));
        root.draw(&Text::new(label, (px(4.0), y - px(6.0)), font.clone()))
            .ok()?;
        let m = px(5.0);
        // Published average: hollow diamond.
        let ax = x(it.average);
        root.draw(&Polygon::new(
            vec![(ax, y - m), (ax + m, y), (ax, y + m), (ax - m, y)],
            WHITE.filled(),
        ))
        .ok()?;
        root.draw(&PathElement::new(
            vec![
                (ax, y - m),
                (ax + m, y),
                (ax, y + m),
                (ax - m, y),
                (ax, y - m),
            ],
            avg.stroke_width(px(2.0) as u32),
        ))
        .ok()?;
        // Your answer: filled circle.
        if let Some(v) = answers.get(&it.id) {
            root.draw(&Circle::new((x(f64::from(*v)), y), m, you.filled()))
                .ok()?;
        }
    }
    root.present().ok()
}

/// Each item's published average (◇) and the person's answer (●) on the scale.
#[component]
fn DotChart(props: &DotProps) -> Html {
    let lang = use_lang();
    let canvas = use_node_ref();
    let (resized, fit) = use_canvas_box(&canvas);
    {
        let canvas = canvas.clone();
        let s = props.survey.clone();
        let answers = props.answers.clone();
        use_effect_with((s, answers, resized), move |(s, answers, resized)| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                draw_dots(&c, s, answers, &mut fit.borrow_mut(), *resized);
            }
        });
    }
    html! {
        <figure class="dot-chart">
            <div class="dot-box">
                <canvas ref={canvas} role="img" aria-label={match lang {
                    Lang::Ja => format!("{}：公表平均（◇）と自分の答え（●）。同じ内容を下の表に示しています。", props.survey.name),
                    Lang::En => "Published averages (◇) and your answers (●). The table below gives the same figures.".to_owned(),
                }}></canvas>
            </div>
            <figcaption>{ tr(lang, "◇ 公表された平均（灰色の枠）　● あなたの答え（青の塗り）", "◇ Published average (grey outline)   ● Your answer (filled blue)") }</figcaption>
        </figure>
    }
}
