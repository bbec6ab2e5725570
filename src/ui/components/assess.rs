//! The self-assessment flow: choose track and grades, rate each item against
//! each grade's expectation, and see the results.

use super::radar::{Radar, Series, SeriesStyle};
use super::rating::{RatingItem, ScaleLegend};
use crate::core::assess::{
    analyse, next_choices, rate_items, summary, Analysis, Assessment, Change, ChoiceReason,
    ItemKind, Position, Side,
};
use crate::core::id::Id;
use crate::core::model::BodyData;
use crate::core::scale::Rating;
use crate::ui::i18n::{labelled, paren, tr, use_lang, Lang, Msg};
use crate::ui::state::{Action, AppContext, Route};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The assessment in progress and its body, or a message view instead.
fn with_assessment(ctx: &AppContext, lang: Lang) -> Result<(Assessment, Rc<BodyData>), Html> {
    let Some(a) = ctx.assessment().cloned() else {
        return Err(html! {
            <section>
                <h1>{ tr(lang, "自己診断", "Self-assessment") }</h1>
                <p>{ tr(lang, "まだ自己診断を始めていません。", "You have not started a self-assessment yet. ") }<a href="#/">{ tr(lang, "団体を選んで始めてください。", "Choose a body to start.") }</a></p>
            </section>
        });
    };
    super::body_or_status(ctx, &a.selection.body, lang).map(|d| (a, d))
}

/// A grade's name as the interface shows it (with its English gloss in
/// English), or the id if it is unknown.
pub fn grade_name(d: &BodyData, id: &Id, lang: Lang) -> String {
    d.grades
        .iter()
        .find(|g| &g.id == id)
        .map_or_else(|| id.to_string(), |g| g.name.glossed(lang))
}

/// The current position's name.
pub fn position_name(d: &BodyData, p: &Position, lang: Lang) -> String {
    match p {
        Position::PreEntry => tr(lang, "入庁前", "Before entry").into(),
        Position::Grade(g) => grade_name(d, g, lang),
    }
}

fn select_value(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
}

fn input_year(e: &Event) -> Option<i32> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|i| i.value().trim().parse().ok())
        .filter(|y| (1950..=2100).contains(y))
}

/// Step 1: body → track → current grade → next grade, and the optional years.
#[component]
pub fn SetupView() -> Html {
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let (a, d) = match with_assessment(&ctx, lang) {
        Ok(x) => x,
        Err(h) => return h,
    };
    let sel = &a.selection;
    let Some(track) = d.tracks.iter().find(|t| t.id == sel.track) else {
        return html! { <p class="error" role="alert">{ tr(lang, "選んだ職種が見つかりません。団体の画面から選び直してください。", "The chosen job track was not found. Choose again from the body's page.") }</p> };
    };
    let pre_entry_allowed = track
        .ladder
        .first()
        .and_then(|g| d.grades.iter().find(|x| &x.id == g))
        .is_some_and(|g| g.entry);

    let on_track = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            if let Some(id) = select_value(&e).and_then(|v| Id::parse(&v).ok()) {
                ctx.dispatch(Action::SetTrack(id));
            }
        })
    };
    let on_current = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let pos = match select_value(&e).as_deref() {
                Some("pre-entry") => Some(Position::PreEntry),
                Some(v) => Id::parse(v).ok().map(Position::Grade),
                None => None,
            };
            if let Some(p) = pos {
                ctx.dispatch(Action::SetCurrent(p));
            }
        })
    };
    let on_next = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let v = select_value(&e);
            ctx.dispatch(Action::SetNext(v.and_then(|v| Id::parse(&v).ok())));
        })
    };
    let on_entry = {
        let ctx = ctx.clone();
        let grade = sel.grade_year;
        Callback::from(move |e: Event| {
            ctx.dispatch(Action::SetYears {
                entry: input_year(&e),
                grade,
            })
        })
    };
    let on_grade_year = {
        let ctx = ctx.clone();
        let entry = sel.entry_year;
        Callback::from(move |e: Event| {
            ctx.dispatch(Action::SetYears {
                entry,
                grade: input_year(&e),
            })
        })
    };

    let choices = next_choices(&d, &sel.track, &sel.current);
    let current_value = match &sel.current {
        Position::PreEntry => "pre-entry".to_owned(),
        Position::Grade(g) => g.to_string(),
    };
    let reason = |r: &ChoiceReason| match r {
        ChoiceReason::Ladder => paren(
            lang,
            tr(
                lang,
                "提案：この職種の次の職位",
                "suggested: the next grade on this track",
            ),
        ),
        ChoiceReason::Branch => paren(lang, tr(lang, "分岐", "branch")),
        ChoiceReason::SameTrack => String::new(),
        ChoiceReason::OtherTrack(t) => d
            .tracks
            .iter()
            .find(|x| &x.id == t)
            .map(|x| paren(lang, &x.name.glossed(lang)))
            .unwrap_or_default(),
    };
    let next_value = sel.next.as_ref().map(|g| g.to_string()).unwrap_or_default();

    html! {
        <section class="setup" aria-labelledby="setup-heading">
            <h1 id="setup-heading">{ tr(lang, "職種と職位を選ぶ", "Choose your job track and grades") }</h1>
            <p>{ labelled(lang, tr(lang, "団体", "Body"), &d.body.name.glossed(lang)) }</p>
            <form class="setup-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="field">
                    <label for="setup-track">{ tr(lang, "職種", "Job track") }</label>
                    <select id="setup-track" onchange={on_track}>
                        { for d.tracks.iter().map(|t| html! {
                            <option value={t.id.to_string()} selected={t.id == sel.track}>{ t.name.glossed(lang) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="setup-current">{ tr(lang, "現在の職位", "Current grade") }</label>
                    <select id="setup-current" onchange={on_current}>
                        if pre_entry_allowed {
                            <option value="pre-entry" selected={current_value == "pre-entry"}>{ tr(lang, "入庁前（内定者など）", "Before entry (e.g. accepted applicants)") }</option>
                        }
                        { for track.ladder.iter().chain(track.branches.iter().map(|b| &b.to)).fold(Vec::<&Id>::new(), |mut v, g| { if !v.contains(&g) { v.push(g) } v }).into_iter().map(|g| html! {
                            <option value={g.to_string()} selected={current_value == g.as_str()}>{ grade_name(&d, g, lang) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="setup-next">{ tr(lang, "比べる職位（次の職位）", "Grade to compare with (next grade)") }</label>
                    <select id="setup-next" onchange={on_next} aria-describedby="setup-next-help">
                        <option value="" selected={sel.next.is_none()}>{ tr(lang, "比べない（現在の職位だけ評価する）", "None (rate against the current grade only)") }</option>
                        { for choices.iter().map(|(g, why)| html! {
                            <option value={g.to_string()} selected={next_value == g.as_str()}>
                                { format!("{}{}", grade_name(&d, g, lang), reason(why)) }
                            </option>
                        }) }
                    </select>
                    <p id="setup-next-help" class="help">{ tr(lang, "職種の職位の並びから次の職位を提案しています。スタッフ職などの分岐や、別の職種の職位も選べます。", "The next grade is suggested from the order of grades on your track. You can also choose a branch, such as a staff post, or a grade on another track.") }</p>
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for="setup-entry">{ tr(lang, "採用された年（西暦・任意）", "Year you joined (optional)") }</label>
                        <input id="setup-entry" type="number" inputmode="numeric" min="1950" max="2100"
                            value={sel.entry_year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_entry} />
                    </div>
                    <div class="field">
                        <label for="setup-grade-year">{ tr(lang, "現在の職位になった年（西暦・任意）", "Year you reached your current grade (optional)") }</label>
                        <input id="setup-grade-year" type="number" inputmode="numeric" min="1950" max="2100"
                            value={sel.grade_year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_grade_year} />
                    </div>
                </div>
            </form>
            <div class="actions">
                <a class="button primary" href={Route::Rate.to_hash()}>{ tr(lang, "自己評価へ進む", "Go on to the self-rating") }</a>
            </div>
        </section>
    }
}

/// Step 2: rate every item that either grade requires.
#[component]
pub fn RateView() -> Html {
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    // Stable callbacks (the dispatcher never changes), so a rating change
    // re-renders only the item whose entry changed, not all of them.
    let dispatcher = ctx.dispatcher();
    let on_rate = use_callback(
        dispatcher.clone(),
        |(side, item, rating): (Side, Id, Rating), d| {
            d.dispatch(Action::Rate { side, item, rating })
        },
    );
    let on_note = use_callback(dispatcher, |(side, item, note): (Side, Id, String), d| {
        d.dispatch(Action::Note { side, item, note })
    });
    let (a, d) = match with_assessment(&ctx, lang) {
        Ok(x) => x,
        Err(h) => return h,
    };
    let sel = &a.selection;
    let items = rate_items(&d, sel.current_grade(), sel.next.as_ref());
    let current_name = position_name(&d, &sel.current, lang);
    let next_name = sel.next.as_ref().map(|g| grade_name(&d, g, lang));
    let total: usize = items.iter().map(|i| i.rated_sides().len()).sum();
    let done: usize = items
        .iter()
        .map(|i| {
            i.rated_sides()
                .into_iter()
                .filter(|s| a.rating(*s, &i.id).is_some())
                .count()
        })
        .sum();

    html! {
        <section class="rate" aria-labelledby="rate-heading">
            <h1 id="rate-heading">{ tr(lang, "自己評価", "Self-rating") }</h1>
            <p class="pair">
                { labelled(lang, &d.body.name.glossed(lang), &current_name) }
                { for next_name.as_ref().map(|n| format!(" → {n}")) }
            </p>
            if items.is_empty() {
                <NothingToRate data={d.clone()} assessment={a.clone()} />
            } else {
                <ScaleLegend />
                <LivePanel assessment={a.clone()} data={d.clone()} />
                <p class="progress" role="status">{ match lang {
                    Lang::Ja => format!("評価済み {done} / {total}"),
                    Lang::En => format!("Rated {done} / {total}"),
                } }</p>
                <ol class="rate-items">
                    { for items.iter().map(|it| html! {
                        <RatingItem
                            item={it.clone()}
                            current={a.current.get(&it.id).cloned().unwrap_or_default()}
                            next={a.next.get(&it.id).cloned().unwrap_or_default()}
                            current_name={current_name.clone()}
                            next_name={next_name.clone()}
                            on_rate={on_rate.clone()}
                            on_note={on_note.clone()}
                        />
                    }) }
                </ol>
                <div class="actions">
                    <a class="button primary" href={Route::Results.to_hash()}>{ tr(lang, "結果を見る", "See the results") }</a>
                </div>
            }
        </section>
    }
}

/// Props for [`ResultsBody`].
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    /// The assessment to show.
    pub assessment: Assessment,
    /// Its body.
    pub data: Rc<BodyData>,
    /// A snapshot to compare with, and its label.
    #[prop_or_default]
    pub compare: Option<(Assessment, String)>,
}

/// Step 3 for the assessment in progress, with snapshot saving and comparing.
#[component]
pub fn ResultsView() -> Html {
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let (a, d) = match with_assessment(&ctx, lang) {
        Ok(x) => x,
        Err(h) => return h,
    };
    let compare = ctx.compare.and_then(|id| {
        ctx.doc.snapshots.iter().find(|s| s.id == id).map(|s| {
            let day = crate::core::dates::short_date(s.taken, lang);
            (
                s.assessment.clone(),
                match lang {
                    Lang::Ja => format!("{day}の自己評価"),
                    Lang::En => format!("Self-rating of {day}"),
                },
            )
        })
    });
    let baseline = a.selection.current == Position::PreEntry;
    let save = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let today = crate::ui::today();
            // The label is stored with the snapshot, so it is written once,
            // in the language of the moment.
            let label =
                baseline.then(|| tr(lang, "入庁前の基準", "Baseline before entry").to_owned());
            ctx.dispatch(Action::TakeSnapshot { today, label });
            ctx.dispatch(Action::Notice(Msg::new(
                format!(
                    "{}の自己評価を{}として保存しました。",
                    crate::core::dates::wareki(today),
                    if baseline {
                        "入庁前の基準"
                    } else {
                        "スナップショット"
                    }
                ),
                format!(
                    "The self-rating of {} was saved as {}.",
                    crate::core::dates::english_date(today),
                    if baseline {
                        "the baseline before entry"
                    } else {
                        "a snapshot"
                    }
                ),
            )));
        })
    };
    let on_compare = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            ctx.dispatch(Action::Compare(
                select_value(&e).and_then(|v| v.parse().ok()),
            ))
        })
    };
    let same_body: Vec<_> = ctx
        .doc
        .snapshots
        .iter()
        .filter(|s| s.assessment.selection.body == a.selection.body)
        .collect();
    html! {
        <section class="results" aria-labelledby="results-heading">
            <h1 id="results-heading">{ tr(lang, "結果", "Results") }</h1>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={save}>
                    { if baseline { tr(lang, "入庁前の基準として保存", "Save as the baseline before entry") } else { tr(lang, "今日の結果をスナップショットとして保存", "Save today's results as a snapshot") } }
                </button>
                if !same_body.is_empty() {
                    <div class="field inline">
                        <label for="compare-select">{ tr(lang, "比べるスナップショット", "Snapshot to compare with") }</label>
                        <select id="compare-select" onchange={on_compare}>
                            <option value="" selected={ctx.compare.is_none()}>{ tr(lang, "比べない", "None") }</option>
                            { for same_body.iter().map(|s| html! {
                                <option value={s.id.to_string()} selected={ctx.compare == Some(s.id)}>
                                    { crate::core::dates::date_label(s.taken, lang) }
                                </option>
                            }) }
                        </select>
                    </div>
                }
            </div>
            <ResultsBody assessment={a} data={d} {compare} />
        </section>
    }
}

fn gap_text(gap: Option<i8>, lang: Lang) -> String {
    match (gap, lang) {
        (Some(g), Lang::Ja) if g > 0 => format!("あと{g}段階"),
        (Some(g), Lang::En) if g > 0 => {
            format!("{} to go", crate::ui::i18n::plural(g, "step", "steps"))
        }
        (Some(0), _) => tr(lang, "到達", "Reached").into(),
        (Some(g), Lang::Ja) => format!("目標を{}段階上回る", -g),
        (Some(g), Lang::En) => format!(
            "{} above target",
            crate::ui::i18n::plural(-g, "step", "steps")
        ),
        (None, _) => "—".into(),
    }
}

fn change_badge(c: Change, next: Option<&str>, lang: Lang) -> Html {
    match (c, next) {
        (Change::NewlyRequired, Some(_)) => {
            html! { <span class="badge badge-new">{ tr(lang, "★ 次の職位で新たに求められる", "★ Newly required at the next grade") }</span> }
        }
        (Change::Raised, Some(_)) => {
            html! { <span class="badge badge-raised">{ tr(lang, "▲ 次の職位で引き上げ", "▲ Raised at the next grade") }</span> }
        }
        _ => html! {},
    }
}

/// The results of one assessment: summary, chart, and the table of gaps.
#[component]
pub fn ResultsBody(props: &ResultsProps) -> Html {
    let lang = use_lang();
    let a = &props.assessment;
    let d = &props.data;
    let sel = &a.selection;
    let items = rate_items(d, sel.current_grade(), sel.next.as_ref());
    let analysis: Analysis = analyse(&items, a);
    let current_name = position_name(d, &sel.current, lang);
    let next_name = sel.next.as_ref().map(|g| grade_name(d, g, lang));
    let sentences = summary(&analysis, &current_name, next_name.as_deref(), lang);
    let against = |name: &str| match lang {
        Lang::Ja => format!("{name}に対する自己評価"),
        Lang::En => format!("Self-rating against {name}"),
    };

    // Axis labels stay the documents' short Japanese names: the canvas has
    // room for a few characters only, and the table below glosses them.
    let axes: Vec<String> = analysis.rows.iter().map(|r| r.item.short_label()).collect();
    let level = |r: Option<Rating>| r.and_then(|r| r.level()).map(|l| l.value());
    let mut series = vec![Series {
        name: against(&current_name),
        values: analysis
            .rows
            .iter()
            .map(|r| level(r.current.rating))
            .collect(),
        style: SeriesStyle::Solid,
    }];
    if let Some(n) = &next_name {
        series.push(Series {
            name: against(n),
            values: analysis.rows.iter().map(|r| level(r.next.rating)).collect(),
            style: SeriesStyle::Dashed,
        });
    }
    if let Some((snap, label)) = &props.compare {
        series.push(Series {
            name: label.clone(),
            values: analysis
                .rows
                .iter()
                .map(|r| {
                    let side = if r.item.next.is_some() && sel.next.is_some() {
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
    let target: Vec<Option<u8>> = analysis
        .rows
        .iter()
        .map(|r| r.next.target.or(r.current.target).map(|t| t.value()))
        .collect();
    let required_by = |name: &str| match lang {
        Lang::Ja => format!("{name}の求め"),
        Lang::En => format!("Required at {name}"),
    };

    html! {
        <div class="results-body">
            <p class="pair">
                { labelled(lang, &d.body.name.glossed(lang), &current_name) }
                { for next_name.as_ref().map(|n| format!(" → {n}")) }
            </p>
            <section aria-labelledby="summary-heading">
                <h2 id="summary-heading">{ tr(lang, "まとめ", "Summary") }</h2>
                <ul class="summary">
                    { for sentences.iter().map(|s| html! { <li>{ s.clone() }</li> }) }
                </ul>
            </section>
            if analysis.rows.len() >= 3 {
                <section aria-labelledby="chart-heading" class="chart-section">
                    <h2 id="chart-heading">{ tr(lang, "レーダーチャート", "Radar chart") }</h2>
                    <Radar axes={axes} series={series} target={target}
                        label={tr(lang, "自己評価のレーダーチャート。同じ内容を下の表と「まとめ」に示しています。", "Radar chart of the self-rating. The table below and the summary give the same figures.").to_string()} />
                </section>
            }
            <section aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">{ tr(lang, "項目ごとの差", "Gaps by item") }</h2>
                <div class="table-scroll" role="region" aria-labelledby="gaps-heading" tabindex="0">
                    <table class="gap-table">
                        <caption>{ tr(lang, "求められる水準と自己評価の差（目標は「できる」）", "The gap between the required level and the self-rating (the target is \u{201c}Can do\u{201d})") }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ tr(lang, "項目", "Item") }</th>
                                <th scope="col">{ required_by(&current_name) }</th>
                                <th scope="col">{ tr(lang, "自己評価", "Self-rating") }</th>
                                <th scope="col">{ tr(lang, "差", "Gap") }</th>
                                if let Some(n) = &next_name {
                                    <th scope="col">{ required_by(n) }</th>
                                    <th scope="col">{ tr(lang, "自己評価", "Self-rating") }</th>
                                    <th scope="col">{ tr(lang, "差", "Gap") }</th>
                                }
                                if props.compare.is_some() {
                                    <th scope="col">{ tr(lang, "比べる時点", "Compared with") }</th>
                                }
                            </tr>
                        </thead>
                        <tbody>
                            { for analysis.rows.iter().enumerate().map(|(i, r)| {
                                let priority = analysis.priorities.contains(&i);
                                let cls = classes!(
                                    matches!(r.item.change, Change::NewlyRequired | Change::Raised).then_some("row-new"),
                                    priority.then_some("row-priority")
                                );
                                let req = |side: Side| r.item.expectation(side).map(|e| {
                                    let mark = e.mark.clone().unwrap_or_else(|| tr(lang, "求め", "Required").into());
                                    match (e.target, lang) {
                                        (Some(t), Lang::Ja) => format!("{mark} 目標「{}」", t.label(lang)),
                                        (Some(t), Lang::En) => format!("{mark} target \u{201c}{}\u{201d}", t.label(lang)),
                                        (None, _) => format!("{mark} {}", tr(lang, "目標なし", "no target")),
                                    }
                                }).unwrap_or_else(|| "—".into());
                                let rating = |side: Side| r.side(side).rating.map(|x| x.label(lang).to_string()).unwrap_or_else(|| tr(lang, "未評価", "Not rated").into());
                                let compare_text = props.compare.as_ref().map(|(snap, _)| {
                                    let side = if r.item.next.is_some() && sel.next.is_some() { Side::Next } else { Side::Current };
                                    snap.rating(side, &r.item.id).map(|x| x.label(lang).to_string()).unwrap_or_else(|| "—".into())
                                });
                                html! {
                                    <tr class={cls} data-item={r.item.id.to_string()}>
                                        <th scope="row">
                                            { if r.item.kind == ItemKind::CanDo { r.item.label.clone() } else { r.item.name(lang) } }
                                            { change_badge(r.item.change, next_name.as_deref(), lang) }
                                            if priority { <span class="badge badge-priority">{ tr(lang, "◆ 優先", "◆ Priority") }</span> }
                                        </th>
                                        <td>{ req(Side::Current) }</td>
                                        <td>{ if r.item.rated_sides().contains(&Side::Current) { rating(Side::Current) } else { "—".into() } }</td>
                                        <td class="gap">{ gap_text(r.current.gap(), lang) }</td>
                                        if next_name.is_some() {
                                            <td>{ req(Side::Next) }</td>
                                            <td>{ if r.item.rated_sides().contains(&Side::Next) { rating(Side::Next) } else { "—".into() } }</td>
                                            <td class="gap">{ gap_text(r.next.gap(), lang) }</td>
                                        }
                                        { for compare_text.map(|t| html! { <td>{ t }</td> }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="help">{ tr(lang, "★ は次の職位で新たに求められる項目、▲ は「将来的に望まれる」から「身に付けるべき」に引き上げられる項目、◆ は優先して伸ばす項目です。", "★ marks items newly required at the next grade, ▲ items raised from \u{201c}desirable in future\u{201d} to \u{201c}must acquire\u{201d}, and ◆ the items to develop first.") }</p>
            </section>
        </div>
    }
}

/// Props for [`NothingToRate`].
#[derive(Properties, PartialEq)]
struct NothingProps {
    data: Rc<BodyData>,
    assessment: Assessment,
}

/// Where the document marks no abilities and lists no can-do statements for
/// the chosen grades, say so plainly and show what it does have: the roles.
#[component]
fn NothingToRate(props: &NothingProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    let sel = &props.assessment.selection;
    let grades: Vec<&crate::core::model::Grade> = [sel.current_grade(), sel.next.as_ref()]
        .into_iter()
        .flatten()
        .filter_map(|g| d.grades.iter().find(|x| &x.id == g))
        .collect();
    html! {
        <section class="nothing-to-rate">
            <p class="plain">
                { match lang {
                    Lang::Ja => format!("{}の文書には、この職位に求められる能力の印（○など）や「できること」の一覧がありません。そのため、能力ごとの自己評価はできません。文書にある職位ごとの役割を示します。", d.body.name.ja),
                    Lang::En => format!("The documents of {} give no marks (such as ○) for the abilities these grades require and no list of what they can do, so a rating by ability is not possible. The roles of each grade, as the documents state them, are shown instead.", d.body.name.glossed(lang)),
                } }
            </p>
            { for grades.iter().map(|g| html! {
                <section class="grade-roles" aria-label={g.name.glossed(lang)}>
                    <h2>{ g.name.glossed(lang) }</h2>
                    if g.roles.is_empty() {
                        <p>{ tr(lang, "この職位の役割は、文書に示されていません。", "The documents do not state this grade's role.") }</p>
                    }
                    { for g.roles.iter().map(|r| html! {
                        <div class="role" lang="ja">
                            if r.post.is_some() || r.summary.is_some() {
                                <p><strong>{ r.post.clone().map(|p| format!("{p}：")).unwrap_or_default() }</strong>{ r.summary.clone().unwrap_or_default() }</p>
                            }
                            <ul>{ for r.duties.iter().map(|t| html! { <li>{ t.clone() }</li> }) }</ul>
                        </div>
                    }) }
                    <super::source::SourceNote source={g.source.clone()} />
                </section>
            }) }
            <p><a href={format!("#/body/{}", d.body.id)}>{ tr(lang, "研修・支援制度を見る", "See the training and support") }</a></p>
        </section>
    }
}

/// Props for [`LivePanel`].
#[derive(Properties, PartialEq)]
pub struct LiveProps {
    /// The assessment being rated.
    pub assessment: Assessment,
    /// Its body.
    pub data: Rc<BodyData>,
}

/// The gaps and chart as they stand, beside the rating list, so every
/// rating shows its effect at once (on wide screens it stays in view).
#[component]
pub fn LivePanel(props: &LiveProps) -> Html {
    let lang = use_lang();
    let a = &props.assessment;
    let d = &props.data;
    let sel = &a.selection;
    let items = rate_items(d, sel.current_grade(), sel.next.as_ref());
    let analysis = analyse(&items, a);
    let level = |r: Option<Rating>| r.and_then(|r| r.level()).map(|l| l.value());
    let mut series = vec![Series {
        name: tr(lang, "現在の職位に対して", "Against the current grade").to_owned(),
        values: analysis
            .rows
            .iter()
            .map(|r| level(r.current.rating))
            .collect(),
        style: SeriesStyle::Solid,
    }];
    if sel.next.is_some() {
        series.push(Series {
            name: tr(lang, "次の職位に対して", "Against the next grade").to_owned(),
            values: analysis.rows.iter().map(|r| level(r.next.rating)).collect(),
            style: SeriesStyle::Dashed,
        });
    }
    let target: Vec<Option<u8>> = analysis
        .rows
        .iter()
        .map(|r| r.next.target.or(r.current.target).map(|t| t.value()))
        .collect();
    let gaps = analysis
        .rows
        .iter()
        .filter(|r| r.worst_gap().is_some_and(|g| g > 0))
        .count();
    let top: Vec<String> = analysis
        .priorities
        .iter()
        .take(3)
        .map(|&i| analysis.rows[i].item.short_label())
        .collect();
    html! {
        <aside class="live-panel" aria-labelledby="live-heading">
            <h2 id="live-heading">{ tr(lang, "いまの差", "Gaps so far") }</h2>
            <p>{ match lang {
                Lang::Ja => format!("目標に届いていない項目：{gaps} 件"),
                Lang::En => format!("Items short of the target: {gaps}"),
            } }</p>
            if !top.is_empty() {
                <p>{ tr(lang, "優先して伸ばす：", "To develop first: ") }{ top.join(tr(lang, "、", ", ")) }</p>
            }
            if analysis.rows.len() >= 3 {
                <Radar axes={analysis.rows.iter().map(|r| r.item.short_label()).collect::<Vec<_>>()}
                    {series} {target}
                    label={tr(lang, "いまの自己評価のレーダーチャート（結果の画面に表で示します）", "Radar chart of the ratings so far (tabled on the results page)").to_owned()} />
            }
        </aside>
    }
}
