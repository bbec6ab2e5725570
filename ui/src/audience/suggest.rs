//! Suggested offerings with their reasons and sources, a filter by kind,
//! and adding a suggestion to the plan. The page follows the core's
//! [`advise`]: each priority gap with what addresses it (or a plain word
//! that the documents name nothing), then what is aimed at the person's
//! grade or time, then general help, marked as such.
//!
//! A body whose documents name no offerings gets no filter: the page says
//! so plainly (quoting the data's note on the missing 研修体系, where it has
//! one) and points to what there is.
//!
//! The person's assessment and plan rank and mark the list, except in
//! projector mode, where nothing personal is shown; adding to the plan is
//! [`Action::AddPlan`].

use crate::components::offering::{kind_tag, offering_details};
use crate::components::words::{glossed, mixed, worded};
use crate::i18n::{paren, tr, use_lang, Lang};
use crate::route::Route;
use crate::state::{use_app, Action, AppState, Shared};
use crate::today;
use michishirube::core::assess::{analysis_of, Analysis, Assessment};
use michishirube::core::dates::{fiscal_year, fiscal_year_label};
use michishirube::core::id::Id;
use michishirube::core::model::{BodyData, OfferingKind, Part};
use michishirube::core::plan::{in_plan_text, planned_years, PlanItem, Status, When};
use michishirube::core::suggest::{advise, kinds_offered, service_year_of, Group, Suggestion};
use yew::prelude::*;

/// Props for [`SuggestView`].
#[derive(Properties, PartialEq)]
pub struct SuggestProps {
    /// The body.
    pub data: Shared<BodyData>,
}

/// The person's assessment for this body, if there is one, with its
/// analysis.
fn assessment_for(state: &AppState, d: &BodyData) -> Option<(Assessment, Analysis)> {
    let a = state
        .personal_assessment()
        .filter(|a| a.selection.body == d.body.id)?
        .clone();
    let an = analysis_of(d, &a);
    Some((a, an))
}

/// The suggestions page.
#[component]
pub fn SuggestView(props: &SuggestProps) -> Html {
    let lang = use_lang();
    let state = use_app();
    let kinds = use_state(Vec::<OfferingKind>::new);
    let d = props.data.clone();
    let pair = assessment_for(&state, &d);
    let year = pair
        .as_ref()
        .and_then(|(a, _)| service_year_of(a, fiscal_year(today())));
    let advice = advise(
        &d,
        pair.as_ref().map(|p| &p.0),
        pair.as_ref().map(|p| &p.1),
        year,
        &kinds,
    );
    // The one card that says "added" (the last one used); the page's own
    // state, so it goes when the person leaves the page.
    let added = use_state(|| None::<Id>);
    let on_added = {
        let added = added.clone();
        Callback::from(move |id: Id| added.set(Some(id)))
    };
    let card = |level: u8, general: bool| {
        let (d, added, on_added) = (d.clone(), (*added).clone(), on_added.clone());
        move |g: &Group| {
            html! {
                <SuggestionCard data={d.clone()} suggestion={g.lead.clone()}
                    variants={g.variants.clone()} added={added.clone()} on_added={on_added.clone()} {level} {general} />
            }
        }
    };
    let empty = advice.all().next().is_none() && advice.gaps.is_empty();
    let in_service = pair
        .as_ref()
        .is_some_and(|(a, _)| a.selection.current_grade().is_some());
    let offered = kinds_offered(&d);

    let stages: Vec<_> = year
        .map(|y| {
            d.career_paths
                .iter()
                .flat_map(|p| p.stages.iter())
                .filter(|s| s.years.is_some_and(|r| r.contains(y)))
                .collect()
        })
        .unwrap_or_default();

    let toggle = |k: OfferingKind| {
        let kinds = kinds.clone();
        Callback::from(move |_| {
            let mut v = (*kinds).clone();
            if let Some(i) = v.iter().position(|x| *x == k) {
                v.remove(i);
            } else {
                v.push(k);
            }
            kinds.set(v);
        })
    };

    html! {
        <section class="suggest" aria-labelledby="suggest-heading">
            <h1 id="suggest-heading">{ mixed(&format!("{}{}", tr(lang, "おすすめの研修・支援", "Suggested training and support"), paren(lang, &d.body.name.glossed(lang))), lang) }</h1>
            { match &pair {
                Some((a, _)) => {
                    let from = a.selection.current.name(&d, lang);
                    let to = a.selection.next.as_ref().map(|n| format!(" → {}", d.grade_name(n, lang))).unwrap_or_default();
                    html! {
                        <p class="pair">{ mixed(&match lang {
                            Lang::Ja => format!("自己評価の差、{from}{to}、{}をもとに並べています。", year.map_or("採用年（未入力）".into(), |y| format!("採用{y}年目"))),
                            Lang::En => format!("Ranked by the gaps in your self-rating, {from}{to}, and {}.", year.map_or("your year of entry (not given)".into(), |y| format!("your year of service ({y})"))),
                        }, lang) }</p>
                    }
                },
                None if d.offerings.is_empty() => html! {},
                None => html! {
                    <p class="plain">{ tr(lang, "この団体では職位に照らした自己評価ができないため（または、まだ自己評価をしていないため）、対象を限らない支援制度を文書の順に示します。", "A self-rating against a grade is not possible for this body (or you have not made one yet), so the supports open to everyone are shown in the documents' order.") }</p>
                },
            } }
            if d.offerings.is_empty() {
                { no_offerings(&d, lang) }
            }
            { for stages.iter().map(|s| html! {
                <div class="stage-now">
                    <p><strong>{ tr(lang, "今の時期：", "Your current stage: ") }{ glossed(&s.name, lang) }</strong></p>
                    <ul>{ for s.rules.iter().chain(s.description.iter()).map(|r| html! { <li>{ worded(&d, r, lang) }</li> }) }</ul>
                </div>
            }) }
            if !offered.is_empty() {
            <fieldset class="kind-filter">
                <legend>{ tr(lang, "種類で絞り込む（何も選ばなければすべて）", "Filter by kind (none chosen shows all)") }</legend>
                { for offered.iter().map(|k| {
                    let id = format!("kind-{}", *k as usize);
                    html! {
                        <label for={id.clone()} class="choice">
                            <input type="checkbox" id={id} checked={kinds.contains(k)} onchange={toggle(*k)} />
                            { k.label(lang) }
                        </label>
                    }
                }) }
            </fieldset>
            }
            if in_service && year.is_none() {
                <p class="help">{ tr(lang, "採用された年を入れていないため、採用年次に合わせた研修は示していません（もう過ぎた時期のものを避けるためです）。", "Your year of entry is not given, so courses for a given year of service are not shown (so that none is for a time you have passed).") }
                    { " " }<a href={Route::Setup.to_hash()}>{ tr(lang, "採用された年を入れる", "Give your year of entry") }</a></p>
            }
            if empty && !d.offerings.is_empty() {
                <p>{ tr(lang, "条件に合う研修・支援はありません。", "No training or support matches.") }</p>
            }
            if !advice.gaps.is_empty() {
                <section class="for-gaps" aria-labelledby="for-gaps-heading">
                    <h2 id="for-gaps-heading">{ tr(lang, "優先して伸ばす能力に役立つもの", "For the abilities to develop first") }</h2>
                    { for advice.gaps.iter().map(|g| {
                        let hid = format!("gap-{}", g.item);
                        html! {
                            <section class="for-gap" data-item={g.item.to_string()} aria-labelledby={hid.clone()}>
                                <h3 id={hid}>{ mixed(&match lang {
                                    Lang::Ja => format!("「{}」（あと{}段階）", g.name, g.steps),
                                    Lang::En => format!("\u{201c}{}\u{201d} ({} to go)", michishirube::core::lang::gloss(&g.name, g.name_en.as_deref(), lang), michishirube::core::lang::plural(g.steps, "step", "steps")),
                                }, lang) }</h3>
                                if g.nothing_named() {
                                    <p class="nothing-named">{ mixed(&g.nothing_text(lang), lang) }</p>
                                }
                                { for g.also.iter().map(|(o, earlier)| {
                                    let name = d.offerings.iter().find(|x| &x.id == o).map(|x| x.name.ja.clone()).unwrap_or_default();
                                    let gap = advice.gaps.iter().find(|x| &x.item == earlier).map(|x| x.name.clone()).unwrap_or_default();
                                    html! { <p class="also">{ mixed(&match lang {
                                        Lang::Ja => format!("上の「{gap}」に挙げた「{name}」も、この差を埋めるのに役立ちます。"),
                                        Lang::En => format!("\u{201c}{name}\u{201d}, listed under \u{201c}{gap}\u{201d} above, also helps close this gap."),
                                    }, lang) }</p> }
                                }) }
                                if !g.groups.is_empty() {
                                    <ol class="suggestions">{ for g.groups.iter().map(card(4, false)) }</ol>
                                }
                            </section>
                        }
                    }) }
                </section>
            }
            if !advice.aimed.is_empty() {
                <section class="aimed" aria-labelledby="aimed-heading">
                    <h2 id="aimed-heading">{ tr(lang, "あなたの職位・時期に向けたもの", "Aimed at your grade and stage") }</h2>
                    <ol class="suggestions">{ for advice.aimed.iter().map(card(3, false)) }</ol>
                </section>
            }
            if !advice.general.is_empty() {
                <section class="general" aria-labelledby="general-heading">
                    <h2 id="general-heading">{ tr(lang, "全般に役立つこと（誰でも使える支援）", "General help (open to everyone)") }</h2>
                    <p class="help">{ tr(lang, "特定の能力や職位に向けたものではありませんが、職場での OJT や 1on1、自己啓発の支援は、どの差を埋めるのにも使えます。", "Not aimed at one ability or grade: on-the-job training, 1on1 meetings and self-study supports serve any gap.") }</p>
                    <ol class="suggestions">{ for advice.general.iter().map(card(3, true)) }</ol>
                </section>
            }
        </section>
    }
}

/// Where the body's documents name no training or support: said plainly,
/// with the data's own note on the missing 研修体系 where it has one, and
/// what the person can do instead (their own plan, the body's page).
fn no_offerings(d: &BodyData, lang: Lang) -> Html {
    let note = d.missing.iter().find(|m| m.part == Part::Courses);
    html! {
        <section class="no-offerings" aria-labelledby="no-offerings-heading">
            <h2 id="no-offerings-heading">{ tr(lang, "研修・支援制度の一覧はありません", "No list of training or support") }</h2>
            <p class="plain">{ mixed(&match lang {
                Lang::Ja => format!("{}の文書には、研修体系や研修・支援制度の一覧がありません。そのため、ここで示せる研修・支援はありません。", d.body.name.ja),
                Lang::En => format!("The documents of {} have no training system and no list of courses or support, so there is none to suggest here.", d.body.name.glossed(lang)),
            }, lang) }</p>
            { for note.map(|m| html! {
                <p class="missing-note">{ tr(lang, "文書について：", "On the documents (in Japanese): ") }<q lang="ja">{ m.note.clone() }</q></p>
            }) }
            <ul class="link-list">
                <li><a href={Route::Plan.to_hash()}>{ tr(lang, "自分の計画に、取り組むことを書き込む", "Write what you will do into your own plan") }</a></li>
                <li><a href={Route::Body(d.body.id.clone()).to_hash()}>{ tr(lang, "この団体の文書の内容を見る", "See what this body's documents hold") }</a></li>
            </ul>
        </section>
    }
}

/// Props for [`SuggestionCard`].
#[derive(Properties, PartialEq)]
pub struct CardProps {
    /// The body.
    pub data: Shared<BodyData>,
    /// The suggestion.
    pub suggestion: Suggestion,
    /// Other variants of the same printed entry, shown inside this card.
    #[prop_or_default]
    pub variants: Vec<Suggestion>,
    /// The offering last added to the plan on this page, if any: only its
    /// card says so.
    #[prop_or_default]
    pub added: Option<Id>,
    /// Called with the offering's id when it is added to the plan.
    #[prop_or_default]
    pub on_added: Callback<Id>,
    /// The level of the card's heading (the section's plus one).
    #[prop_or(3)]
    pub level: u8,
    /// Whether the card is general help, marked so.
    #[prop_or_default]
    pub general: bool,
}

/// One suggestion: name, kind, reasons, source, and "add to plan".
#[component]
pub fn SuggestionCard(props: &CardProps) -> Html {
    let lang = use_lang();
    let state = use_app();
    let this_fy = fiscal_year(today());
    let fy = use_state(|| this_fy);
    let d = &props.data;
    let Some(o) = d
        .offerings
        .iter()
        .find(|o| o.id == props.suggestion.offering)
    else {
        return html! {};
    };
    // Projector mode shows nothing of the person's plan.
    let plan: &[PlanItem] = if state.projector {
        &[]
    } else {
        &state.doc.plan
    };
    let years = planned_years(plan, &d.body.id, &o.id);
    let planned = !years.is_empty();
    let just_added = planned && props.added.as_ref() == Some(&o.id);
    let select_id = format!("fy-{}", o.id);
    let on_fy = {
        let fy = fy.clone();
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(v) = s.value().parse() {
                fy.set(v);
            }
        })
    };
    let add = {
        let state = state.clone();
        let item = PlanItem {
            id: 0,
            body: d.body.id.clone(),
            offering: Some(o.id.clone()),
            title: o.name.ja.clone(),
            when: When::FiscalYear(*fy),
            status: Status::Planned,
            note: String::new(),
        };
        let on_added = props.on_added.clone();
        Callback::from(move |_| {
            on_added.emit(item.offering.clone().unwrap_or_else(|| item.body.clone()));
            state.dispatch(Action::AddPlan(item.clone()));
        })
    };
    html! {
        <li class="suggestion" data-offering={o.id.to_string()}>
            <@{format!("h{}", props.level.clamp(2, 6))} class="card-name">
                { glossed(&o.name, lang) }
                { kind_tag(o, lang) }
                { for o.status.as_ref().map(|s| html! { <span class="tag">{ worded(d, s, lang) }</span> }) }
                if props.general {
                    <span class="tag tag-general">{ tr(lang, "全般", "General") }</span>
                }
            </@>
            <ul class="reasons">
                { for props.suggestion.reasons.iter().map(|r| html! { <li>{ mixed(&r.text(lang), lang) }</li> }) }
            </ul>
            { offering_details(d, o, lang) }
            if !props.variants.is_empty() {
                <details class="variants">
                    <summary>{ match lang {
                        Lang::Ja => format!("同じ記述のほかの形（{}件）", props.variants.len()),
                        Lang::En => format!("Other forms of the same entry ({})", props.variants.len()),
                    } }</summary>
                    <ol class="suggestions">
                        { for props.variants.iter().map(|v| html! {
                            <SuggestionCard data={d.clone()} suggestion={v.clone()}
                                added={props.added.clone()} on_added={props.on_added.clone()}
                                level={props.level + 1} general={props.general} />
                        }) }
                    </ol>
                </details>
            }
            <div class="actions no-print">
                <p class="added" role="status">{
                    if just_added {
                        mixed(&match lang {
                            Lang::Ja => format!("「{}」を計画に追加しました。", o.name.ja),
                            Lang::En => format!("\u{201c}{}\u{201d} was added to the plan.", o.name.ja),
                        }, lang)
                    } else { html! {} }
                }</p>
                if planned {
                    <p class="done">{ in_plan_text(&years, lang) }</p>
                    <a href={Route::Plan.to_hash()}>{ tr(lang, "計画を見る", "See the plan") }</a>
                } else {
                    <label for={select_id.clone()}>{ tr(lang, "年度", "Fiscal year") }</label>
                    <select id={select_id} onchange={on_fy}>
                        { for (this_fy..this_fy + 5).map(|y| html! {
                            <option value={y.to_string()} selected={y == *fy}>{ fiscal_year_label(y, lang) }</option>
                        }) }
                    </select>
                    <button type="button" class="secondary" onclick={add}>{ tr(lang, "計画に追加", "Add to plan") }</button>
                }
            </div>
        </li>
    }
}
