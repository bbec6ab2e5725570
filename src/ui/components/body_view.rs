//! One body: its documents, what they lack, where to start a
//! self-assessment, its ability table, grades, plan tables and offerings.

use super::ability_table::AbilityTable;
use super::grades::GradeList;
use super::source::SourceNote;
use crate::core::id::Id;
use crate::core::model::BodyData;
use crate::ui::app::navigate;
use crate::ui::i18n::{tr, use_lang, Lang};
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
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let back = html! { <a class="back" href="#/">{ tr(lang, "← 団体の一覧へ戻る", "← Back to the list of bodies") }</a> };
    let data = match ctx.bodies.get(&props.id) {
        None | Some(Loadable::Loading) => return html! { <>{ back }{ super::loading(lang) }</> },
        Some(Loadable::Failed(msg)) => return html! { <>{ back }{ super::failure(msg, lang) }</> },
        Some(Loadable::Ready(d)) => d.clone(),
    };

    html! {
        <article class="body-view" aria-labelledby="body-heading">
            { back }
            <h1 id="body-heading">
                { data.body.name.glossed(lang) }
                <span class="kind">{ match lang {
                    Lang::Ja => format!("（{}）", data.body.kind.ja()),
                    Lang::En => format!(" — {}", data.body.kind.label(lang)),
                } }</span>
            </h1>
            <ul class="documents">
                { for data.documents.iter().map(|doc| html! {
                    <li>
                        <cite lang="ja">{ doc.title.clone() }</cite>
                        { for doc.date.as_ref().map(|d| html! { <span lang="ja">{ format!("　{d}") }</span> }) }
                        { for doc.revisions.iter().map(|r| html! { <span lang="ja">{ format!("　{r}") }</span> }) }
                        { for doc.period.as_ref().map(|p| html! { <span>{ format!("　{}{p}", tr(lang, "期間: ", "Period: ")) }</span> }) }
                    </li>
                }) }
            </ul>
            <StartAssessment data={data.clone()} />
            <ul class="body-links">
                <li><a href={Route::Suggest(data.body.id.clone()).to_hash()}>{ tr(lang, "研修・支援制度のおすすめ", "Suggested training and support") }</a></li>
                if !data.tracks.is_empty() || !data.career_paths.is_empty() {
                    <li><a href={Route::Career(data.body.id.clone()).to_hash()}>{ tr(lang, "キャリアパス", "Career path") }</a></li>
                }
            </ul>
            if !data.missing.is_empty() {
                <section class="missing" aria-labelledby="missing-heading">
                    <h2 id="missing-heading">{ tr(lang, "この文書にないもの", "What these documents do not have") }</h2>
                    <ul lang="ja">
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
    let lang = use_lang();
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let d = &props.data;
    let track = use_state(|| d.tracks.first().map(|t| t.id.clone()));
    if d.tracks.is_empty() {
        return html! {
            <section class="start" aria-labelledby="start-heading">
                <h2 id="start-heading">{ tr(lang, "自己診断", "Self-assessment") }</h2>
                <p>{ tr(lang, "この団体の文書には職位ごとの役割や求められる能力が示されていないため、職位に照らした自己診断はできません。下の取組の計画表と、研修・支援制度をご覧ください。", "This body's documents do not set out roles or required abilities by grade, so a self-assessment against a grade is not possible. See the action plan tables and the training and support below.") }</p>
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
            <h2 id="start-heading">{ tr(lang, "自己診断を始める", "Start a self-assessment") }</h2>
            <div class="field">
                <label for="start-track">{ tr(lang, "職種", "Job track") }</label>
                <select id="start-track" onchange={on_track}>
                    { for d.tracks.iter().map(|t| html! {
                        <option value={t.id.to_string()} selected={Some(&t.id) == track.as_ref()}>{ t.name.glossed(lang) }</option>
                    }) }
                </select>
            </div>
            <div class="actions">
                <button type="button" class="primary" onclick={start}>
                    { if resume { tr(lang, "この団体で新しく始める", "Start again with this body") } else { tr(lang, "この職種で始める", "Start with this track") } }
                </button>
                if resume {
                    <a class="button secondary" href={Route::Rate.to_hash()}>{ tr(lang, "続きから評価する", "Continue rating") }</a>
                }
            </div>
        </section>
    }
}

/// Plan tables with a status per fiscal year, as published.
#[component]
fn PlanTables(props: &DataProps) -> Html {
    let lang = use_lang();
    let d = &props.data;
    if d.plan_tables.is_empty() {
        return html! {};
    }
    html! {
        <section class="plans" aria-labelledby="plans-heading">
            <h2 id="plans-heading">{ tr(lang, "取組の計画表", "Action plan tables") }</h2>
            { for d.plan_tables.iter().map(|t| html! {
                <div class="table-scroll" role="region" aria-label={t.title.clone()} tabindex="0">
                    <table class="plan-table">
                        <caption>{ t.title.clone() }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ tr(lang, "中項目", "Area") }</th>
                                <th scope="col">{ tr(lang, "小項目", "Topic") }</th>
                                <th scope="col">{ tr(lang, "具体的な取組", "Action") }</th>
                                <th scope="col">{ tr(lang, "区分", "Type") }</th>
                                { for t.years.iter().map(|y| html! { <th scope="col">{ y.clone() }</th> }) }
                            </tr>
                        </thead>
                        <tbody lang="ja">
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
    let lang = use_lang();
    let d = &props.data;
    if d.offerings.is_empty() {
        return html! {};
    }
    let mut kinds: Vec<_> = d.offerings.iter().map(|o| o.kind).collect();
    kinds.sort();
    kinds.dedup();
    html! {
        <section class="offerings" aria-labelledby="offerings-heading">
            <h2 id="offerings-heading">{ tr(lang, "研修・支援制度", "Training and support") }</h2>
            { for kinds.into_iter().map(|k| html! {
                <section class="offering-kind" aria-label={k.label(lang)}>
                    <h3>{ k.label(lang) }</h3>
                    <ul>
                        { for d.offerings.iter().filter(|o| o.kind == k).map(|o| html! {
                            <li>
                                <strong>{ o.name.glossed(lang) }</strong>
                                { for o.status.as_ref().map(|s| html! { <span class="tag" lang="ja">{ s.clone() }</span> }) }
                                { for o.description.first().map(|t| html! { <p lang="ja">{ t.clone() }</p> }) }
                                { for o.source.clone().map(|s| html! { <SourceNote source={s} /> }) }
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
        </section>
    }
}
