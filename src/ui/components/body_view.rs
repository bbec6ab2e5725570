//! One body: its documents, what they lack, where to start a
//! self-assessment, its ability table, grades, plan tables and offerings.

use super::ability_table::AbilityTable;
use super::grades::GradeList;
use super::source::SourceNote;
use crate::core::id::Id;
use crate::core::model::BodyData;
use crate::ui::app::navigate;
use crate::ui::state::{Action, AppContext, Loadable, Route};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props for [`BodyView`].
#[derive(Properties, PartialEq)]
pub struct BodyViewProps {
    /// The body to show.
    pub id: Id,
}

/// Shows the chosen body, or its loading state or error.
#[component]
pub fn BodyView(props: &BodyViewProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let back = html! { <a class="back" href="#/">{ "← 団体の一覧へ戻る" }</a> };
    let data = match ctx.bodies.get(&props.id) {
        None | Some(Loadable::Loading) => {
            return html! { <>{ back }<p class="status" role="status">{ "読み込み中…" }</p></> }
        }
        Some(Loadable::Failed(msg)) => {
            return html! { <>{ back }<p class="error" role="alert">{ msg.clone() }</p></> }
        }
        Some(Loadable::Ready(d)) => d.clone(),
    };

    html! {
        <article class="body-view" aria-labelledby="body-heading">
            { back }
            <h1 id="body-heading">
                { data.body.name.ja.clone() }
                <span class="kind">{ format!("（{}）", data.body.kind.ja()) }</span>
            </h1>
            <ul class="documents">
                { for data.documents.iter().map(|doc| html! {
                    <li>
                        <cite>{ doc.title.clone() }</cite>
                        { for doc.date.as_ref().map(|d| html! { <span>{ format!("　{d}") }</span> }) }
                        { for doc.revisions.iter().map(|r| html! { <span>{ format!("　{r}") }</span> }) }
                        { for doc.period.as_ref().map(|p| html! { <span>{ format!("　期間: {p}") }</span> }) }
                    </li>
                }) }
            </ul>
            <StartAssessment data={data.clone()} />
            <ul class="body-links">
                <li><a href={Route::Suggest(data.body.id.clone()).to_hash()}>{ "研修・支援制度のおすすめ" }</a></li>
                if !data.tracks.is_empty() || !data.career_paths.is_empty() {
                    <li><a href={Route::Career(data.body.id.clone()).to_hash()}>{ "キャリアパス" }</a></li>
                }
            </ul>
            if !data.missing.is_empty() {
                <section class="missing" aria-labelledby="missing-heading">
                    <h2 id="missing-heading">{ "この文書にないもの" }</h2>
                    <ul>
                        { for data.missing.iter().map(|m| html! { <li>{ m.note.clone() }</li> }) }
                    </ul>
                </section>
            }
            <AbilityTable data={data.clone()} />
            <GradeList data={data.clone()} />
            <PlanTables data={data.clone()} />
            <Offerings data={data} />
        </article>
    }
}

/// Props carrying one body's data.
#[derive(Properties, PartialEq)]
pub struct DataProps {
    /// The body's data.
    pub data: Rc<BodyData>,
}

/// Choosing a track and starting the self-assessment; or, where the
/// document has no grades, saying so and pointing to what it does have.
#[component]
fn StartAssessment(props: &DataProps) -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let d = &props.data;
    let track = use_state(|| d.tracks.first().map(|t| t.id.clone()));
    if d.tracks.is_empty() {
        return html! {
            <section class="start" aria-labelledby="start-heading">
                <h2 id="start-heading">{ "自己診断" }</h2>
                <p>{ "この団体の文書には職位ごとの役割や求められる能力が示されていないため、職位に照らした自己診断はできません。下の取組の計画表と、研修・支援制度をご覧ください。" }</p>
            </section>
        };
    }
    let resume = ctx
        .assessment()
        .filter(|a| a.selection.body == d.body.id)
        .is_some();
    let on_track = {
        let track = track.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value());
            track.set(v.and_then(|v| Id::parse(&v).ok()));
        })
    };
    let start = {
        let ctx = ctx.clone();
        let body = d.body.id.clone();
        let track = track.clone();
        Callback::from(move |_| {
            if let Some(t) = (*track).clone() {
                ctx.dispatch(Action::Start {
                    body: body.clone(),
                    track: t,
                });
                navigate(&Route::Setup);
            }
        })
    };
    html! {
        <section class="start" aria-labelledby="start-heading">
            <h2 id="start-heading">{ "自己診断を始める" }</h2>
            <div class="field">
                <label for="start-track">{ "職種" }</label>
                <select id="start-track" onchange={on_track}>
                    { for d.tracks.iter().map(|t| html! {
                        <option value={t.id.to_string()} selected={Some(&t.id) == track.as_ref()}>{ t.name.ja.clone() }</option>
                    }) }
                </select>
            </div>
            <div class="actions">
                <button type="button" class="primary" onclick={start}>
                    { if resume { "この団体で新しく始める" } else { "この職種で始める" } }
                </button>
                if resume {
                    <a class="button secondary" href={Route::Rate.to_hash()}>{ "続きから評価する" }</a>
                }
            </div>
        </section>
    }
}

/// Plan tables with a status per fiscal year, as published.
#[component]
fn PlanTables(props: &DataProps) -> Html {
    let d = &props.data;
    if d.plan_tables.is_empty() {
        return html! {};
    }
    html! {
        <section class="plans" aria-labelledby="plans-heading">
            <h2 id="plans-heading">{ "取組の計画表" }</h2>
            { for d.plan_tables.iter().map(|t| html! {
                <div class="table-scroll" role="region" aria-label={t.title.clone()} tabindex="0">
                    <table class="plan-table">
                        <caption>{ t.title.clone() }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ "中項目" }</th>
                                <th scope="col">{ "小項目" }</th>
                                <th scope="col">{ "具体的な取組" }</th>
                                <th scope="col">{ "区分" }</th>
                                { for t.years.iter().map(|y| html! { <th scope="col">{ y.clone() }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for t.items.iter().map(|it| html! {
                                <tr>
                                    <td>{ it.middle.clone() }</td>
                                    <td>{ it.small.clone() }</td>
                                    <th scope="row">{ it.action.clone() }</th>
                                    <td>{ it.category.clone() }</td>
                                    { for it.schedule.iter().map(|s| html! { <td class="status-cell">{ s.clone() }</td> }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }) }
            { for d.plan_tables.first().map(|t| html! { <SourceNote source={t.source.clone()} /> }) }
        </section>
    }
}

/// Every offering, grouped by kind, with its source.
#[component]
fn Offerings(props: &DataProps) -> Html {
    let d = &props.data;
    if d.offerings.is_empty() {
        return html! {};
    }
    let mut kinds: Vec<_> = d.offerings.iter().map(|o| o.kind).collect();
    kinds.sort();
    kinds.dedup();
    html! {
        <section class="offerings" aria-labelledby="offerings-heading">
            <h2 id="offerings-heading">{ "研修・支援制度" }</h2>
            { for kinds.into_iter().map(|k| html! {
                <section class="offering-kind" aria-label={k.ja()}>
                    <h3>{ k.ja() }</h3>
                    <ul>
                        { for d.offerings.iter().filter(|o| o.kind == k).map(|o| html! {
                            <li>
                                <strong>{ o.name.ja.clone() }</strong>
                                { for o.status.as_ref().map(|s| html! { <span class="tag">{ s.clone() }</span> }) }
                                { for o.description.first().map(|t| html! { <p>{ t.clone() }</p> }) }
                                { for o.source.clone().map(|s| html! { <SourceNote source={s} /> }) }
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
        </section>
    }
}
