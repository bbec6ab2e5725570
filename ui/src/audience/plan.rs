//! The personal plan: items with year or date, status and note; adding a
//! free-text goal; and a timeline over the coming fiscal years.
//!
//! Every change is an [`Action`] on the app's state, which saves it; the
//! page is drawn again in place, so a note being typed keeps its focus.

use crate::components::words::mixed;
use crate::i18n::{paren, tr, use_lang};
use crate::route::Route;
use crate::state::{use_app, Action};
use crate::today;
use chrono::NaiveDate;
use michishirube::core::dates::{fiscal_year, fiscal_year_label};
use michishirube::core::plan::{timeline, PlanItem, Status, When};
use yew::prelude::*;

/// How many fiscal years the timeline shows.
pub const YEARS: i32 = 5;

/// The value of the select, input or text area an event came from. One
/// callback serves all three, so which one it is is asked, not assumed.
fn value_of(e: &Event) -> String {
    if let Some(s) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
        return s.value();
    }
    if let Some(i) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
        return i.value();
    }
    e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
        .map(|a| a.value())
        .unwrap_or_default()
}

/// The plan page.
#[component]
pub fn PlanView() -> Html {
    let lang = use_lang();
    let state = use_app();
    let goal = use_state(String::new);
    let goal_fy = use_state(|| fiscal_year(today()));
    let this_fy = fiscal_year(today());
    let plan = &state.doc.plan;
    let body = state.assessment().map(|a| a.selection.body.clone());

    let add_goal = {
        let state = state.clone();
        let goal = goal.clone();
        let goal_fy = goal_fy.clone();
        let body = body.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let text = goal.trim().to_owned();
            if text.is_empty() {
                return;
            }
            let Some(b) = body.clone() else { return };
            state.dispatch(Action::AddPlan(PlanItem {
                id: 0,
                body: b,
                offering: None,
                title: text,
                when: When::FiscalYear(*goal_fy),
                status: Status::Planned,
                note: String::new(),
            }));
            goal.set(String::new());
        })
    };

    html! {
        <section class="plan" aria-labelledby="plan-heading">
            <h1 id="plan-heading">{ tr(lang, "わたしの計画", "My plan") }</h1>
            if plan.is_empty() {
                <p>{ tr(lang, "まだ計画はありません。おすすめの研修・支援から「計画に追加」するか、目標を書き加えてください。", "There is no plan yet. Use \u{201c}Add to plan\u{201d} on the suggested training and support, or write a goal of your own.") }</p>
            }
            if let Some(b) = &body {
                <p><a href={Route::Suggest(b.clone()).to_hash()}>{ tr(lang, "おすすめの研修・支援を見る", "See the suggested training and support") }</a></p>
                <form class="add-goal" onsubmit={add_goal}>
                    <div class="field">
                        <label for="goal-text">{ tr(lang, "目標を書き加える", "Write a goal") }</label>
                        <input id="goal-text" type="text" value={(*goal).clone()}
                            oninput={ let goal = goal.clone(); Callback::from(move |e: InputEvent| {
                                goal.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
                            }) } />
                    </div>
                    <div class="field">
                        <label for="goal-fy">{ tr(lang, "年度", "Fiscal year") }</label>
                        <select id="goal-fy" onchange={ let f = goal_fy.clone(); Callback::from(move |e: Event| {
                            if let Ok(v) = value_of(&e).parse() { f.set(v) }
                        }) }>
                            { for (this_fy..this_fy + YEARS).map(|y| html! {
                                <option value={y.to_string()} selected={y == *goal_fy}>{ fiscal_year_label(y, lang) }</option>
                            }) }
                        </select>
                    </div>
                    <button type="submit" class="secondary">{ tr(lang, "目標を追加", "Add the goal") }</button>
                </form>
            } else {
                <p>{ tr(lang, "目標を書き加えるには、先に団体を選んで自己診断を始めてください。", "To write a goal, first choose a body and start a self-assessment.") }</p>
            }
            if !plan.is_empty() {
                <Timeline plan={plan.clone()} />
                <h2>{ tr(lang, "項目", "Items") }</h2>
                <ul class="plan-items">
                    { for plan.iter().map(|item| html! { <PlanEntry item={item.clone()} /> }) }
                </ul>
                <nav class="next-step no-print" aria-labelledby="plan-next-heading">
                    <h2 id="plan-next-heading">{ tr(lang, "次にすること", "Next step") }</h2>
                    <p>{ tr(lang, "自己評価の結果と計画を A4 一枚にまとめて、上司との面談（1on1・自己申告）に持って行けます。", "Put your results and this plan on one A4 sheet to take to the meeting with your supervisor (1on1, self-report).") }</p>
                    <p><a class="button primary" href={Route::Print.to_hash()}>{ tr(lang, "面談用シートを印刷する", "Print the meeting sheet") }</a></p>
                </nav>
            }
        </section>
    }
}

/// Props for [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The plan.
    pub plan: Vec<PlanItem>,
}

/// The timeline over the coming fiscal years, as a table.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let cols = timeline(&props.plan, fiscal_year(today()), YEARS);
    // On a phone the years stand one under another (styles/main.css), each
    // cell led by its year (hidden from screen readers, which announce the
    // header row, kept for them).
    html! {
        <div class="table-scroll" role="region" aria-labelledby="timeline-caption" tabindex="0">
            <table class="timeline">
                <caption id="timeline-caption">{ tr(lang, "年度ごとの計画", "The plan by fiscal year") }</caption>
                <thead><tr>{ for cols.iter().map(|(c, _)| html! { <th scope="col">{ c.label(lang) }</th> }) }</tr></thead>
                <tbody><tr>
                    { for cols.iter().map(|(c, items)| html! {
                        <td>
                            <span class="cell-label" aria-hidden="true">{ c.label(lang) }</span>
                            <ul>{ for items.iter().map(|i| html! {
                                <li class={classes!("status", format!("status-{}", i.status.key()))}>
                                    <span class="status-mark">{ match i.status { Status::Planned => "○", Status::InProgress => "◐", Status::Done => "●" } }</span>
                                    { mixed(&format!("{}{}", i.title, paren(lang, i.status.label(lang))), lang) }
                                </li>
                            }) }</ul>
                        </td>
                    }) }
                </tr></tbody>
            </table>
        </div>
    }
}

/// Props for [`PlanEntry`].
#[derive(Properties, PartialEq)]
pub struct PlanEntryProps {
    /// The item.
    pub item: PlanItem,
}

/// One editable plan item.
#[component]
fn PlanEntry(props: &PlanEntryProps) -> Html {
    let lang = use_lang();
    let state = use_app();
    let it = &props.item;
    let this_fy = fiscal_year(today());
    let update = |f: fn(&mut PlanItem, String)| {
        let state = state.clone();
        let item = it.clone();
        Callback::from(move |e: Event| {
            let mut next = item.clone();
            f(&mut next, value_of(&e));
            state.dispatch(Action::UpdatePlan(next));
        })
    };
    let on_when = update(|p, v| {
        if let Some(y) = v.strip_prefix("fy:").and_then(|y| y.parse().ok()) {
            p.when = When::FiscalYear(y);
        } else if v == "date" {
            p.when = When::Date(
                NaiveDate::from_ymd_opt(p.when.fiscal_year() + 1, 3, 31).unwrap_or_default(),
            );
        }
    });
    let on_date = update(|p, v| {
        // An <input type="date"> gives YYYY-MM-DD, the one shape the app
        // reads days in (see parse_iso).
        if let Some(d) = michishirube::core::dates::parse_iso(&v) {
            p.when = When::Date(d);
        }
    });
    let on_status = update(|p, v| {
        if let Some(s) = Status::from_key(&v) {
            p.status = s;
        }
    });
    let on_note = {
        let state = state.clone();
        let item = it.clone();
        Callback::from(move |e: InputEvent| {
            let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            state.dispatch(Action::UpdatePlan(PlanItem {
                note: t.value(),
                ..item.clone()
            }));
        })
    };
    let remove = {
        let state = state.clone();
        let id = it.id;
        Callback::from(move |_| state.dispatch(Action::DeletePlan(id)))
    };
    let pid = format!("plan-{}", it.id);
    let when_value = match it.when {
        When::FiscalYear(y) => format!("fy:{y}"),
        When::Date(_) => "date".into(),
    };
    let mut years: Vec<i32> = (this_fy..this_fy + YEARS).collect();
    if !years.contains(&it.when.fiscal_year()) {
        years.insert(0, it.when.fiscal_year());
    }
    html! {
        <li class="plan-item" data-plan={it.id.to_string()}>
            <h3>{ mixed(&it.title, lang) }
                <span class="tag">{ if it.offering.is_some() { tr(lang, "研修・支援", "Training / support") } else { tr(lang, "目標", "Goal") } }</span></h3>
            <p class="when">{ it.when.label(lang) }</p>
            <div class="field-row">
                <div class="field">
                    <label for={format!("{pid}-when")}>{ tr(lang, "時期", "When") }</label>
                    <select id={format!("{pid}-when")} onchange={on_when}>
                        { for years.iter().map(|y| html! {
                            <option value={format!("fy:{y}")} selected={when_value == format!("fy:{y}")}>{ fiscal_year_label(*y, lang) }</option>
                        }) }
                        <option value="date" selected={when_value == "date"}>{ tr(lang, "日付で指定する", "A specific date") }</option>
                    </select>
                </div>
                if let When::Date(d) = it.when {
                    <div class="field">
                        <label for={format!("{pid}-date")}>{ tr(lang, "日付", "Date") }</label>
                        <input id={format!("{pid}-date")} type="date" value={d.to_string()} onchange={on_date} />
                    </div>
                }
                <div class="field">
                    <label for={format!("{pid}-status")}>{ tr(lang, "状況", "Status") }</label>
                    <select id={format!("{pid}-status")} onchange={on_status}>
                        { for Status::ALL.iter().map(|s| html! {
                            <option value={s.key()} selected={*s == it.status}>{ s.label(lang) }</option>
                        }) }
                    </select>
                </div>
            </div>
            <div class="field">
                <label for={format!("{pid}-note")}>{ tr(lang, "メモ", "Note") }</label>
                <textarea id={format!("{pid}-note")} rows="2" value={it.note.clone()} oninput={on_note} />
            </div>
            <button type="button" class="danger" onclick={remove}>{ tr(lang, "計画から外す", "Remove from plan") }</button>
        </li>
    }
}
