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
use crate::ui::state::{Action, AppContext, Loadable, Route};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The assessment in progress and its body, or a message view instead.
fn with_assessment(ctx: &AppContext) -> Result<(Assessment, Rc<BodyData>), Html> {
    let Some(a) = ctx.assessment().cloned() else {
        return Err(html! {
            <section>
                <h1>{ "自己診断" }</h1>
                <p>{ "まだ自己診断を始めていません。" }<a href="#/">{ "団体を選んで始めてください。" }</a></p>
            </section>
        });
    };
    match ctx.bodies.get(&a.selection.body) {
        Some(Loadable::Ready(d)) => Ok((a, d.clone())),
        Some(Loadable::Failed(msg)) => {
            Err(html! { <p class="error" role="alert">{ msg.clone() }</p> })
        }
        _ => Err(html! { <p class="status" role="status">{ "読み込み中…" }</p> }),
    }
}

/// A grade's name, or the id if it is unknown.
pub fn grade_name(d: &BodyData, id: &Id) -> String {
    d.grades
        .iter()
        .find(|g| &g.id == id)
        .map_or_else(|| id.to_string(), |g| g.name.ja.clone())
}

/// The current position's name.
pub fn position_name(d: &BodyData, p: &Position) -> String {
    match p {
        Position::PreEntry => "入庁前".into(),
        Position::Grade(g) => grade_name(d, g),
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
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let (a, d) = match with_assessment(&ctx) {
        Ok(x) => x,
        Err(h) => return h,
    };
    let sel = &a.selection;
    let Some(track) = d.tracks.iter().find(|t| t.id == sel.track) else {
        return html! { <p class="error" role="alert">{ "選んだ職種が見つかりません。団体の画面から選び直してください。" }</p> };
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
        ChoiceReason::Ladder => "（提案：この職種の次の職位）".to_owned(),
        ChoiceReason::Branch => "（分岐）".to_owned(),
        ChoiceReason::SameTrack => String::new(),
        ChoiceReason::OtherTrack(t) => d
            .tracks
            .iter()
            .find(|x| &x.id == t)
            .map(|x| format!("（{}）", x.name.ja))
            .unwrap_or_default(),
    };
    let next_value = sel.next.as_ref().map(|g| g.to_string()).unwrap_or_default();

    html! {
        <section class="setup" aria-labelledby="setup-heading">
            <h1 id="setup-heading">{ "職種と職位を選ぶ" }</h1>
            <p>{ format!("団体：{}", d.body.name.ja) }</p>
            <form class="setup-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <div class="field">
                    <label for="setup-track">{ "職種" }</label>
                    <select id="setup-track" onchange={on_track}>
                        { for d.tracks.iter().map(|t| html! {
                            <option value={t.id.to_string()} selected={t.id == sel.track}>{ t.name.ja.clone() }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="setup-current">{ "現在の職位" }</label>
                    <select id="setup-current" onchange={on_current}>
                        if pre_entry_allowed {
                            <option value="pre-entry" selected={current_value == "pre-entry"}>{ "入庁前（内定者など）" }</option>
                        }
                        { for track.ladder.iter().chain(track.branches.iter().map(|b| &b.to)).fold(Vec::<&Id>::new(), |mut v, g| { if !v.contains(&g) { v.push(g) } v }).into_iter().map(|g| html! {
                            <option value={g.to_string()} selected={current_value == g.as_str()}>{ grade_name(&d, g) }</option>
                        }) }
                    </select>
                </div>
                <div class="field">
                    <label for="setup-next">{ "比べる職位（次の職位）" }</label>
                    <select id="setup-next" onchange={on_next} aria-describedby="setup-next-help">
                        <option value="" selected={sel.next.is_none()}>{ "比べない（現在の職位だけ評価する）" }</option>
                        { for choices.iter().map(|(g, why)| html! {
                            <option value={g.to_string()} selected={next_value == g.as_str()}>
                                { format!("{}{}", grade_name(&d, g), reason(why)) }
                            </option>
                        }) }
                    </select>
                    <p id="setup-next-help" class="help">{ "職種の職位の並びから次の職位を提案しています。スタッフ職などの分岐や、別の職種の職位も選べます。" }</p>
                </div>
                <div class="field-row">
                    <div class="field">
                        <label for="setup-entry">{ "採用された年（西暦・任意）" }</label>
                        <input id="setup-entry" type="number" inputmode="numeric" min="1950" max="2100"
                            value={sel.entry_year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_entry} />
                    </div>
                    <div class="field">
                        <label for="setup-grade-year">{ "現在の職位になった年（西暦・任意）" }</label>
                        <input id="setup-grade-year" type="number" inputmode="numeric" min="1950" max="2100"
                            value={sel.grade_year.map(|y| y.to_string()).unwrap_or_default()} onchange={on_grade_year} />
                    </div>
                </div>
            </form>
            <div class="actions">
                <a class="button primary" href={Route::Rate.to_hash()}>{ "自己評価へ進む" }</a>
            </div>
        </section>
    }
}

/// Step 2: rate every item that either grade requires.
#[component]
pub fn RateView() -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let (a, d) = match with_assessment(&ctx) {
        Ok(x) => x,
        Err(h) => return h,
    };
    let sel = &a.selection;
    let items = rate_items(&d, sel.current_grade(), sel.next.as_ref());
    let current_name = position_name(&d, &sel.current);
    let next_name = sel.next.as_ref().map(|g| grade_name(&d, g));
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
    let on_rate = {
        let ctx = ctx.clone();
        Callback::from(move |(side, item, rating): (Side, Id, Rating)| {
            ctx.dispatch(Action::Rate { side, item, rating })
        })
    };
    let on_note = {
        let ctx = ctx.clone();
        Callback::from(move |(side, item, note): (Side, Id, String)| {
            ctx.dispatch(Action::Note { side, item, note })
        })
    };

    html! {
        <section class="rate" aria-labelledby="rate-heading">
            <h1 id="rate-heading">{ "自己評価" }</h1>
            <p class="pair">
                { format!("{}：{}", d.body.name.ja, current_name) }
                { for next_name.as_ref().map(|n| format!(" → {n}")) }
            </p>
            if items.is_empty() {
                <NothingToRate data={d.clone()} assessment={a.clone()} />
            } else {
                <ScaleLegend />
                <p class="progress" role="status">{ format!("評価済み {done} / {total}") }</p>
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
                    <a class="button primary" href={Route::Results.to_hash()}>{ "結果を見る" }</a>
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
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let (a, d) = match with_assessment(&ctx) {
        Ok(x) => x,
        Err(h) => return h,
    };
    let compare = ctx.compare.and_then(|id| {
        ctx.doc.snapshots.iter().find(|s| s.id == id).map(|s| {
            (
                s.assessment.clone(),
                format!("{}の自己評価", crate::core::dates::wareki(s.taken)),
            )
        })
    });
    let baseline = a.selection.current == Position::PreEntry;
    let save = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let today = crate::ui::today();
            let label = baseline.then(|| "入庁前の基準".to_owned());
            ctx.dispatch(Action::TakeSnapshot { today, label });
            ctx.dispatch(Action::Notice(format!(
                "{}の自己評価を{}として保存しました。",
                crate::core::dates::wareki(today),
                if baseline {
                    "入庁前の基準"
                } else {
                    "スナップショット"
                }
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
            <h1 id="results-heading">{ "結果" }</h1>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={save}>
                    { if baseline { "入庁前の基準として保存" } else { "今日の結果をスナップショットとして保存" } }
                </button>
                if !same_body.is_empty() {
                    <div class="field inline">
                        <label for="compare-select">{ "比べるスナップショット" }</label>
                        <select id="compare-select" onchange={on_compare}>
                            <option value="" selected={ctx.compare.is_none()}>{ "比べない" }</option>
                            { for same_body.iter().map(|s| html! {
                                <option value={s.id.to_string()} selected={ctx.compare == Some(s.id)}>
                                    { crate::core::dates::date_label(s.taken) }
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

fn gap_text(gap: Option<i8>) -> String {
    match gap {
        Some(g) if g > 0 => format!("あと{g}段階"),
        Some(0) => "到達".into(),
        Some(g) => format!("目標を{}段階上回る", -g),
        None => "—".into(),
    }
}

fn change_badge(c: Change, next: Option<&str>) -> Html {
    match (c, next) {
        (Change::NewlyRequired, Some(_)) => {
            html! { <span class="badge badge-new">{ "★ 次の職位で新たに求められる" }</span> }
        }
        (Change::Raised, Some(_)) => {
            html! { <span class="badge badge-raised">{ "▲ 次の職位で引き上げ" }</span> }
        }
        _ => html! {},
    }
}

/// The results of one assessment: summary, chart, and the table of gaps.
#[component]
pub fn ResultsBody(props: &ResultsProps) -> Html {
    let a = &props.assessment;
    let d = &props.data;
    let sel = &a.selection;
    let items = rate_items(d, sel.current_grade(), sel.next.as_ref());
    let analysis: Analysis = analyse(&items, a);
    let current_name = position_name(d, &sel.current);
    let next_name = sel.next.as_ref().map(|g| grade_name(d, g));
    let sentences = summary(&analysis, &current_name, next_name.as_deref());

    let axes: Vec<String> = analysis.rows.iter().map(|r| r.item.short_label()).collect();
    let level = |r: Option<Rating>| r.and_then(|r| r.level()).map(|l| l.value());
    let mut series = vec![Series {
        name: format!("{current_name}に対する自己評価"),
        values: analysis
            .rows
            .iter()
            .map(|r| level(r.current.rating))
            .collect(),
        style: SeriesStyle::Solid,
    }];
    if let Some(n) = &next_name {
        series.push(Series {
            name: format!("{n}に対する自己評価"),
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

    html! {
        <div class="results-body">
            <p class="pair">
                { format!("{}：{}", d.body.name.ja, current_name) }
                { for next_name.as_ref().map(|n| format!(" → {n}")) }
            </p>
            <section aria-labelledby="summary-heading">
                <h2 id="summary-heading">{ "まとめ" }</h2>
                <ul class="summary">
                    { for sentences.iter().map(|s| html! { <li>{ s.clone() }</li> }) }
                </ul>
            </section>
            if analysis.rows.len() >= 3 {
                <section aria-labelledby="chart-heading" class="chart-section">
                    <h2 id="chart-heading">{ "レーダーチャート" }</h2>
                    <Radar axes={axes} series={series} target={target}
                        label={"自己評価のレーダーチャート。同じ内容を下の表と「まとめ」に示しています。".to_string()} />
                </section>
            }
            <section aria-labelledby="gaps-heading">
                <h2 id="gaps-heading">{ "項目ごとの差" }</h2>
                <div class="table-scroll" role="region" aria-labelledby="gaps-heading" tabindex="0">
                    <table class="gap-table">
                        <caption>{ "求められる水準と自己評価の差（目標は「できる」）" }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "項目" }</th>
                                <th scope="col">{ format!("{current_name}の求め") }</th>
                                <th scope="col">{ "自己評価" }</th>
                                <th scope="col">{ "差" }</th>
                                if let Some(n) = &next_name {
                                    <th scope="col">{ format!("{n}の求め") }</th>
                                    <th scope="col">{ "自己評価" }</th>
                                    <th scope="col">{ "差" }</th>
                                }
                                if props.compare.is_some() {
                                    <th scope="col">{ "比べる時点" }</th>
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
                                    let mark = e.mark.clone().unwrap_or_else(|| "求め".into());
                                    match e.target { Some(t) => format!("{mark} 目標「{}」", t.label()), None => format!("{mark} 目標なし") }
                                }).unwrap_or_else(|| "—".into());
                                let rating = |side: Side| r.side(side).rating.map(|x| x.label().to_string()).unwrap_or_else(|| "未評価".into());
                                let compare_text = props.compare.as_ref().map(|(snap, _)| {
                                    let side = if r.item.next.is_some() && sel.next.is_some() { Side::Next } else { Side::Current };
                                    snap.rating(side, &r.item.id).map(|x| x.label().to_string()).unwrap_or_else(|| "—".into())
                                });
                                html! {
                                    <tr class={cls} data-item={r.item.id.to_string()}>
                                        <th scope="row">
                                            { if r.item.kind == ItemKind::CanDo { r.item.label.clone() } else { r.item.short_label() } }
                                            { change_badge(r.item.change, next_name.as_deref()) }
                                            if priority { <span class="badge badge-priority">{ "◆ 優先" }</span> }
                                        </th>
                                        <td>{ req(Side::Current) }</td>
                                        <td>{ if r.item.rated_sides().contains(&Side::Current) { rating(Side::Current) } else { "—".into() } }</td>
                                        <td class="gap">{ gap_text(r.current.gap()) }</td>
                                        if next_name.is_some() {
                                            <td>{ req(Side::Next) }</td>
                                            <td>{ if r.item.rated_sides().contains(&Side::Next) { rating(Side::Next) } else { "—".into() } }</td>
                                            <td class="gap">{ gap_text(r.next.gap()) }</td>
                                        }
                                        { for compare_text.map(|t| html! { <td>{ t }</td> }) }
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="help">{ "★ は次の職位で新たに求められる項目、▲ は「将来的に望まれる」から「身に付けるべき」に引き上げられる項目、◆ は優先して伸ばす項目です。" }</p>
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
                { format!("{}の文書には、この職位に求められる能力の印（○など）や「できること」の一覧がありません。そのため、能力ごとの自己評価はできません。文書にある職位ごとの役割を示します。", d.body.name.ja) }
            </p>
            { for grades.iter().map(|g| html! {
                <section class="grade-roles" aria-label={g.name.ja.clone()}>
                    <h2>{ g.name.ja.clone() }</h2>
                    if g.roles.is_empty() {
                        <p>{ "この職位の役割は、文書に示されていません。" }</p>
                    }
                    { for g.roles.iter().map(|r| html! {
                        <div class="role">
                            if r.post.is_some() || r.summary.is_some() {
                                <p><strong>{ r.post.clone().map(|p| format!("{p}：")).unwrap_or_default() }</strong>{ r.summary.clone().unwrap_or_default() }</p>
                            }
                            <ul>{ for r.duties.iter().map(|t| html! { <li>{ t.clone() }</li> }) }</ul>
                        </div>
                    }) }
                    <super::source::SourceNote source={g.source.clone()} />
                </section>
            }) }
            <p><a href={format!("#/body/{}", d.body.id)}>{ "研修・支援制度を見る" }</a></p>
        </section>
    }
}
