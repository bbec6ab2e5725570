//! One body: a short top (its documents and where to start a
//! self-assessment), a table of contents, then its ability table, grades,
//! plan tables, targets and offerings, and last what its documents lack.
//! Long lists are folded, so the page can be scanned and a trainer can
//! still open everything.
//!
//! Drawn by the pages module, like the explorer and the career path, which
//! show the same published tables: the tables are then in one module, not
//! in both, and the app module, which every returning person loads, is
//! smaller by them (tests/bench/weighed.md). The pages module is precached
//! in the background once the first view has loaded (scripts/sw.mjs), so a
//! first-time visitor has it, or is getting it, before choosing a body.
//! Starting a self-assessment is asked of the app ([`AudienceEvent::Start`]),
//! which owns the assessment.

use super::io::AudienceEvent;
use super::Ctx;
use crate::components::ability_table::AbilityTable;
use crate::components::grades::GradeList;
use crate::components::kpi::kpi_tables;
use crate::components::offering::{kind_basis_note, offering_details};
use crate::components::words::{app_mark, glossed, ja, lang_of, mixed, source_note, worded};
use crate::i18n::{tr, Lang};
use crate::route::{current_hash, go_to_section, section_of, Route};
use crate::state::Shared;
use michishirube::core::id::Id;
use michishirube::core::model::{BodyData, OfferingKind};
use michishirube::core::sorted::sort;
use yew::prelude::*;

/// A group of offerings longer than this is folded.
const FOLD_OVER: usize = 2;

/// Props for [`BodyView`] and its parts.
#[derive(Properties, PartialEq)]
pub struct BodyViewProps {
    /// The page's input and report channel.
    pub ctx: Ctx,
    /// The body's data.
    pub data: Shared<BodyData>,
}

/// The sections this body's page has, in page order: (id, heading).
fn sections(d: &BodyData, lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut v = vec![(
        "matrix",
        tr(lang, "職位ごとに求められる能力", "Abilities by grade"),
    )];
    if !d.grades.is_empty() {
        v.push(("grades", tr(lang, "職種と職位", "Job tracks and grades")));
    }
    if !d.plan_tables.is_empty() {
        v.push(("plans", tr(lang, "取組の計画表", "Action plan tables")));
    }
    if !d.kpi_tables.is_empty() {
        v.push(("kpi", tr(lang, "目標（指標）", "Targets (indicators)")));
    }
    if !d.offerings.is_empty() {
        v.push((
            "offerings",
            tr(lang, "研修・支援制度", "Training and support"),
        ));
    }
    if !d.missing.is_empty() {
        v.push((
            "missing",
            tr(
                lang,
                "この文書にないもの",
                "What these documents do not have",
            ),
        ));
    }
    v
}

/// The link back to the list, above the page and above its loading state.
pub fn back(lang: Lang) -> Html {
    html! { <a class="back" href="#/">{ tr(lang, "← 団体の一覧へ戻る", "← Back to all cities and prefectures") }</a> }
}

/// The body's page, once its data is here.
#[component]
pub fn BodyView(props: &BodyViewProps) -> Html {
    let lang = props.ctx.input.lang;
    let data = props.data.clone();
    // A link to a section (`?to=offerings`) is followed once the page is
    // drawn: the app cannot, since the page is not its own.
    use_effect_with(data.body.id.clone(), |_| {
        if let Some(section) = section_of(&current_hash()) {
            go_to_section(section);
        }
    });
    let route = Route::Body(data.body.id.clone());
    let toc = sections(&data, lang);

    html! {
        <article class="body-view" aria-labelledby="body-heading">
            { back(lang) }
            <h1 id="body-heading">
                { glossed(&data.body.name, lang) }
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
                        { for doc.period.as_ref().map(|p| html! { <span>{ format!("　{}", tr(lang, "期間: ", "Period: ")) }{ ja(p) }</span> }) }
                        { for doc.note.as_deref().map(|n| app_mark(Some(n), lang)) }
                    </li>
                }) }
            </ul>
            <StartAssessment ctx={props.ctx.clone()} data={data.clone()} />
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">{ tr(lang, "このページの内容", "On this page") }</h2>
                <ul>
                    { for toc.iter().map(|(id, heading)| {
                        let id = *id;
                        let onclick = Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            go_to_section(id);
                        });
                        html! { <li><a href={route.section_hash(id)} {onclick}>{ *heading }</a></li> }
                    }) }
                    <li><a href={Route::Suggest(data.body.id.clone()).to_hash()}>{ tr(lang, "研修・支援制度のおすすめ（別のページ）", "Suggested training and support (another page)") }</a></li>
                    if !data.tracks.is_empty() || !data.career_paths.is_empty() {
                        <li><a href={Route::Career(data.body.id.clone()).to_hash()}>{ tr(lang, "キャリアパス（別のページ）", "Career path (another page)") }</a></li>
                    }
                </ul>
            </nav>
            <div id="matrix" tabindex="-1" class="section-anchor">
                <AbilityTable data={data.clone()} />
            </div>
            <GradeList data={data.clone()} folded=true />
            { plan_tables(&data, lang) }
            if !data.kpi_tables.is_empty() {
                <section id="kpi" tabindex="-1" aria-labelledby="kpi-heading">
                    <h2 id="kpi-heading">{ mixed(&match lang {
                        Lang::Ja => format!("{}の目標（指標）", data.body.name.ja),
                        Lang::En => format!("Targets set by {}", data.body.name.glossed(lang)),
                    }, lang) }</h2>
                    { kpi_tables(&data, lang) }
                </section>
            }
            { offerings(&data, lang) }
            { missing(&data, lang) }
        </article>
    }
}

/// Choosing a track and starting the self-assessment; or, where the
/// document has no grades, saying so and pointing to what it does have.
#[component]
fn StartAssessment(props: &BodyViewProps) -> Html {
    let lang = props.ctx.input.lang;
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
    // The person's own assessment (none in projector mode, where the page
    // offers no way into a personal page).
    let resume = props
        .ctx
        .input
        .assessment
        .as_ref()
        .is_some_and(|a| a.selection.body == d.body.id);
    let on_track = {
        let track = track.clone();
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            track.set(Id::parse(&s.value()).ok());
        })
    };
    let start = {
        let report = props.ctx.report.clone();
        let body = d.body.id.clone();
        let track = track.clone();
        Callback::from(move |_| {
            if let Some(t) = (*track).clone() {
                report.emit(AudienceEvent::Start {
                    body: body.clone(),
                    track: t,
                });
            }
        })
    };
    html! {
        <section class="start" aria-labelledby="start-heading">
            <h2 id="start-heading">{ tr(lang, "自己診断を始める", "Start a self-assessment") }</h2>
            <div class="start-row">
                <div class="field">
                    <label for="start-track">{ tr(lang, "職種", "Job track") }</label>
                    <select id="start-track" onchange={on_track}>
                        { for d.tracks.iter().map(|t| {
                            let text = t.name.glossed(lang);
                            html! { <option lang={lang_of(&text, lang)} value={t.id.to_string()} selected={Some(&t.id) == track.as_ref()}>{ text }</option> }
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
            </div>
        </section>
    }
}

/// Plan tables with a status per fiscal year, as published, each folded.
fn plan_tables(d: &BodyData, lang: Lang) -> Html {
    if d.plan_tables.is_empty() {
        return html! {};
    }
    html! {
        <section class="plans" aria-labelledby="plans-heading" id="plans" tabindex="-1">
            <h2 id="plans-heading">{ tr(lang, "取組の計画表", "Action plan tables") }</h2>
            { for d.plan_tables.iter().map(|t| html! {
                <details class="plan-table-block" data-table={t.id.to_string()}>
                    <summary><span lang="ja">{ t.title.clone() }</span>{ match lang {
                        Lang::Ja => format!("（{}件）", t.items.len()),
                        Lang::En => format!(" ({} items)", t.items.len()),
                    } }</summary>
                    <div class="table-scroll" role="region" aria-label={t.title.clone()} tabindex="0">
                        <table class="plan-table">
                            <caption lang="ja">{ t.title.clone() }</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{ tr(lang, "中項目", "Area") }</th>
                                    <th scope="col">{ tr(lang, "小項目", "Topic") }</th>
                                    <th scope="col">{ tr(lang, "具体的な取組", "Action") }</th>
                                    <th scope="col">{ tr(lang, "区分", "Type") }</th>
                                    { for t.years.iter().map(|y| html! { <th scope="col">{ y.clone() }</th> }) }
                                </tr>
                            </thead>
                            <tbody>
                                { for t.items.iter().map(|it| html! {
                                    <tr>
                                        <td lang="ja">{ it.middle.clone() }</td>
                                        <td lang="ja">{ it.small.clone() }</td>
                                        <th scope="row"><span lang="ja">{ it.action.clone() }</span>
                                            { for it.note.as_deref().map(|n| app_mark(Some(n), lang)) }</th>
                                        <td lang="ja">{ it.category.clone() }</td>
                                        { for it.schedule.iter().map(|s| html! { <td class="status-cell" lang="ja">{ s.clone() }</td> }) }
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    { source_note(d, &t.source, lang) }
                </details>
            }) }
        </section>
    }
}

/// Every offering, grouped by kind; a long group is folded.
fn offerings(d: &BodyData, lang: Lang) -> Html {
    if d.offerings.is_empty() {
        return html! {};
    }
    let mut kinds: Vec<OfferingKind> = d.offerings.iter().map(|o| o.kind).collect();
    sort(&mut kinds);
    kinds.dedup();
    html! {
        <section class="offerings" aria-labelledby="offerings-heading" id="offerings" tabindex="-1">
            <h2 id="offerings-heading">{ tr(lang, "研修・支援制度", "Training and support") }</h2>
            <p class="help">{ match lang {
                Lang::Ja => format!("{}件を種類ごとにまとめています。", d.offerings.len()),
                Lang::En => format!("{} items, grouped by kind.", d.offerings.len()),
            } }</p>
            { for kinds.into_iter().map(|k| {
                let items: Vec<_> = d.offerings.iter().filter(|o| o.kind == k).collect();
                let list = html! {
                    <ul>
                        { for items.iter().map(|o| html! {
                            <li data-offering={o.id.to_string()}>
                                <strong>{ glossed(&o.name, lang) }</strong>
                                { kind_basis_note(o, lang) }
                                { for o.status.as_ref().map(|s| html! { <span class="tag">{ worded(d, s, lang) }</span> }) }
                                { offering_details(d, o, lang) }
                            </li>
                        }) }
                    </ul>
                };
                // Ids by the kind's place in OfferingKind::ALL: `{k:?}` would link
                // the kinds' Debug names into the app module for nothing else.
                let hid = format!("kind-{}", k as usize);
                if items.len() > FOLD_OVER {
                    html! {
                        <details class="offering-kind">
                            <summary>{ k.label(lang) }{ match lang {
                                Lang::Ja => format!("（{}件）", items.len()),
                                Lang::En => format!(" ({})", items.len()),
                            } }</summary>
                            { list }
                        </details>
                    }
                } else {
                    html! {
                        <section class="offering-kind" aria-labelledby={hid.clone()}>
                            <h3 id={hid}>{ k.label(lang) }</h3>
                            { list }
                        </section>
                    }
                }
            }) }
        </section>
    }
}

/// What the documents lack, after the content, folded, so a trainer can
/// open it and an employee meets the documents' contents first.
fn missing(d: &BodyData, lang: Lang) -> Html {
    if d.missing.is_empty() {
        return html! {};
    }
    html! {
        <section class="missing" aria-labelledby="missing-heading" id="missing" tabindex="-1">
            <h2 id="missing-heading">{ tr(lang, "この文書にないもの", "What these documents do not have") }</h2>
            <details>
                <summary>{ match lang {
                    Lang::Ja => format!("文書にない部分と、代わりに表示しているもの（{}件）", d.missing.len()),
                    Lang::En => format!("Parts the documents lack, and what is shown instead ({})", d.missing.len()),
                } }</summary>
                <ul>
                    { for d.missing.iter().map(|m| html! {
                        <li><span lang="ja">{ m.note.clone() }</span>
                            { for m.source.as_ref().map(|s| source_note(d, s, lang)) }</li>
                    }) }
                </ul>
            </details>
        </section>
    }
}
