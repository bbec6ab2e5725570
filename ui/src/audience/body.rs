//! One body: a short top (its documents and where to start a
//! self-assessment), a table of contents, then its ability table, grades,
//! plan tables, targets and offerings, and last what its documents lack.
//! Long lists are folded, so the page can be scanned and a trainer can
//! still open everything.
//!
//! It takes only the body's published data, never the person's (starting a
//! self-assessment is a link into the app), so the same component is the
//! app's page and the body's static page written at build time
//! ([`crate::published`]); the [`Place`] context says which, for the
//! links within the page and to the body's other pages.

use crate::components::ability_table::AbilityTable;
use crate::components::grades::GradeList;
use crate::components::kpi::kpi_tables;
use crate::components::offering::{kind_basis_note, offering_details};
use crate::components::words::{app_mark, document_note, glossed, ja, mixed, source_note, worded};
use crate::i18n::{tr, use_lang, Lang};
use crate::published::{use_place, Place};
use crate::route::{current_hash, go_to_section, section_of, Route};
use crate::state::Shared;
use michishirube::core::id::Id;
use michishirube::core::model::{BodyData, OfferingKind};

use yew::prelude::*;

/// A group of offerings longer than this is folded.
const FOLD_OVER: usize = 2;

/// Props for [`BodyView`].
#[derive(Properties, PartialEq)]
pub struct BodyViewProps {
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
    let lang = use_lang();
    let place = use_place();
    let data = props.data.clone();
    // A link to a section (`?to=offerings`) is followed once the page is
    // drawn (the app's address names the page, not the section).
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
                        { for doc.number.as_ref().map(|n| html! { <span lang="ja">{ format!("（{n}）") }</span> }) }
                        { for doc.date.as_ref().map(|d| html! { <span lang="ja">{ format!("　{d}") }</span> }) }
                        { for doc.revisions.iter().map(|r| html! { <span lang="ja">{ format!("　{r}") }</span> }) }
                        { for doc.period.as_ref().map(|p| html! { <span>{ format!("　{}", tr(lang, "期間: ", "Period: ")) }{ ja(p) }</span> }) }
                        { document_note(doc.note.as_deref(), doc.note_basis, lang) }
                    </li>
                }) }
            </ul>
            { start_assessment(&data, lang) }
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">{ tr(lang, "このページの内容", "On this page") }</h2>
                <ul>
                    { for toc.iter().map(|(id, heading)| {
                        let id = *id;
                        // In the app the address holds the page, so the
                        // section is scrolled to by hand; a static page's
                        // in-page anchor needs nothing.
                        let onclick = (place == Place::App).then(|| Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            go_to_section(id);
                        }));
                        html! { <li><a href={place.section_href(&route, id)} {onclick}>{ *heading }</a></li> }
                    }) }
                    <li><a href={Route::Suggest(data.body.id.clone()).to_hash()}>{ if data.offerings.is_empty() {
                        tr(lang, "研修・支援について（別のページ）", "On training and support (another page)")
                    } else {
                        tr(lang, "研修・支援制度のおすすめ（別のページ）", "Suggested training and support (another page)")
                    } }</a></li>
                    if !data.tracks.is_empty() || !data.career_paths.is_empty() {
                        <li><a href={place.career_href(&data)}>{ tr(lang, "キャリアパス（別のページ）", "Career path (another page)") }</a></li>
                    }
                    <li><a href={place.pre_entry_href(&data)}>{ tr(lang, "入庁前の方へ（別のページ）", "For recruits before entry (another page)") }</a></li>
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

/// Where a self-assessment starts: one link per track into the app
/// ([`Route::Start`]), so it works from the published page with no script;
/// or, where the document has no grades, saying so and pointing to what it
/// does have.
fn start_assessment(d: &BodyData, lang: Lang) -> Html {
    if d.tracks.is_empty() {
        return html! {
            <section class="start" aria-labelledby="start-heading">
                <h2 id="start-heading">{ tr(lang, "自己診断", "Self-assessment") }</h2>
                <p>{ tr(lang, "この団体の文書には職位ごとの役割や求められる能力が示されていないため、職位に照らした自己診断はできません。", "This body's documents do not set out roles or required abilities by grade, so a self-assessment against a grade is not possible.") }{ see_below(d, lang) }</p>
            </section>
        };
    }
    let link = |track: &Id| {
        Route::Start {
            body: d.body.id.clone(),
            track: track.clone(),
            pre_entry: false,
        }
        .to_hash()
    };
    html! {
        <section class="start" aria-labelledby="start-heading">
            <h2 id="start-heading">{ tr(lang, "自己診断を始める", "Start a self-assessment") }</h2>
            if let [t] = d.tracks.as_slice() {
                <p><a class="button primary" href={link(&t.id)}>{ mixed(&match lang {
                    Lang::Ja => format!("{}で始める", t.name.ja),
                    Lang::En => format!("Start as {}", t.name.glossed(lang)),
                }, lang) }</a></p>
            } else {
                <p>{ tr(lang, "職種を選んで始めます。", "Choose your job track to start.") }</p>
                <ul class="start-tracks">
                    { for d.tracks.iter().map(|t| html! {
                        <li><a class="button primary" href={link(&t.id)}>{ mixed(&match lang {
                            Lang::Ja => format!("{}で始める", t.name.ja),
                            Lang::En => format!("Start as {}", t.name.glossed(lang)),
                        }, lang) }</a></li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// 「下の…をご覧ください」, naming only the parts this body's page has below;
/// nothing where it has none of them.
fn see_below(d: &BodyData, lang: Lang) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if !d.plan_tables.is_empty() {
        parts.push(tr(lang, "取組の計画表", "the action plan tables"));
    }
    if !d.kpi_tables.is_empty() {
        parts.push(tr(lang, "目標（指標）", "the targets"));
    }
    if !d.offerings.is_empty() {
        parts.push(tr(lang, "研修・支援制度", "the training and support"));
    }
    if parts.is_empty() {
        return String::new();
    }
    match lang {
        Lang::Ja => format!("下の{}をご覧ください。", parts.join("と、")),
        Lang::En => format!(" See {} below.", parts.join(" and ")),
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
    kinds.sort();
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
