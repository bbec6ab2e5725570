//! 上司の評価: the supervisor rates the same items on the same scale, for
//! the current grade and the next, comments on each item and overall, and
//! writes down the next steps agreed in the 面談 (an offering from the
//! suggestions, or their own words, with a fiscal year).
//!
//! From a share, the supervisor sees the employee's ratings beside the
//! choices (they were shared) and, when done, gets a share to hand back.
//! On the employee's own device (hand-over), the employee's ratings stay
//! hidden unless the employee chooses to show them, and the review is kept
//! on the device when done. A draft survives a reload in this tab, and
//! only until the review is handed back or discarded: on a shared PC the
//! next person to use the tab must not find the whole review in it.

use super::no_assessment;
use super::share::ShareOutput;
use crate::components::rating::{scale_legend, RatingItem};
use crate::components::status::with_body;
use crate::components::words::mixed;
use crate::core::assess::{analysis_of, rate_items, Assessment, Entry, Side};
use crate::core::dates::{fiscal_year, fiscal_year_label};
use crate::core::id::Id;
use crate::core::model::BodyData;
use crate::core::review::{bounded, AgreedStep, Review, ReviewBody, MAX_ROLE, MAX_STEPS, MAX_TEXT};
use crate::core::share::{encode, share_review};
use crate::core::suggest::suggest;
use crate::i18n::{tr, use_lang, Lang};
use crate::route::{navigate, Meeting, Route};
use crate::state::{use_app, Action, Shared};
use std::rc::Rc;
use yew::prelude::*;

/// Whose assessment is reviewed.
#[derive(Debug, Clone, PartialEq)]
pub enum Subject {
    /// An assessment received as a share: the review goes back as one.
    Shared(Assessment),
    /// The person's own, on this device: the review is kept here.
    Handover(Assessment),
}

impl Subject {
    fn assessment(&self) -> &Assessment {
        match self {
            Subject::Shared(a) | Subject::Handover(a) => a,
        }
    }
}

/// Where a draft is kept in this tab: one per body and grade pair.
fn draft_key(a: &Assessment) -> String {
    let s = &a.selection;
    format!(
        "michishirube.review-draft.{}.{}.{}.{}",
        s.body,
        s.track,
        s.current_grade().map_or("pre-entry", |g| g.as_str()),
        s.next.as_ref().map_or("-", |g| g.as_str())
    )
}

fn load_draft(key: &str) -> Option<ReviewBody> {
    let s = web_sys::window()?.session_storage().ok()??;
    let text = s.get_item(key).ok()??;
    serde_json::from_str(&text).ok()
}

fn save_draft(key: &str, body: &ReviewBody) {
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = match serde_json::to_string(body) {
            Ok(t) => s.set_item(key, &t),
            Err(_) => Ok(()),
        };
    }
}

fn drop_draft(key: &str) {
    if let Some(s) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = s.remove_item(key);
    }
}

/// Props for [`ReviewForm`].
#[derive(Properties, PartialEq)]
pub struct ReviewFormProps {
    /// The body's data.
    pub data: Shared<BodyData>,
    /// Whose assessment.
    pub subject: Subject,
}

/// The supervisor's form.
#[component]
pub fn ReviewForm(props: &ReviewFormProps) -> Html {
    let state = use_app();
    let lang = use_lang();
    let d = &props.data;
    let a = props.subject.assessment().clone();
    let handover = matches!(props.subject, Subject::Handover(_));
    let key = draft_key(&a);
    let draft = {
        let key = key.clone();
        use_state(move || load_draft(&key).unwrap_or_default())
    };
    let show_own = use_state(|| !handover);
    let finished = use_state(|| None::<String>);
    let new_step = use_state(String::new);
    let today = crate::today();
    let this_fy = fiscal_year(today);
    let step_fy = use_state(|| this_fy);
    let chosen_offering = use_state(String::new);

    let edit = {
        let draft = draft.clone();
        let key = key.clone();
        move |f: Box<dyn Fn(&mut ReviewBody)>| {
            let mut b = (*draft).clone();
            f(&mut b);
            save_draft(&key, &b);
            draft.set(b);
        }
    };
    let edit = Rc::new(edit);
    let sel = &a.selection;
    let items = rate_items(d, sel.current_grade(), sel.next.as_ref());
    let current_name = sel.current.name(d, lang);
    let next_name = sel.next.as_ref().map(|g| d.grade_name(g, lang));
    let analysis = analysis_of(d, &a);
    let total: usize = items.iter().map(|i| i.rated_sides().len()).sum();
    let rated: usize = items
        .iter()
        .map(|i| {
            i.rated_sides()
                .into_iter()
                .filter(|s| draft.side(*s).contains_key(&i.id))
                .count()
        })
        .sum();

    let on_rate = {
        let edit = edit.clone();
        Callback::from(
            move |(sides, id, r): (Vec<Side>, Id, crate::core::scale::Rating)| {
                edit(Box::new(move |b| {
                    for side in &sides {
                        b.side_mut(*side).insert(id.clone(), r);
                    }
                }))
            },
        )
    };
    let on_role = {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| {
            let t: web_sys::HtmlInputElement = e.target_unchecked_into();
            let v = bounded(&t.value(), MAX_ROLE);
            edit(Box::new(move |b| b.role = v.clone()))
        })
    };
    let on_overall = {
        let edit = edit.clone();
        Callback::from(move |e: InputEvent| {
            let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let v: String = t.value().chars().take(MAX_TEXT).collect();
            edit(Box::new(move |b| b.overall = v.clone()))
        })
    };
    let copy_own = {
        let edit = edit.clone();
        let a = a.clone();
        Callback::from(move |_| {
            let a = a.clone();
            edit(Box::new(move |b| {
                for side in Side::BOTH {
                    for (id, e) in a.side(side) {
                        if let Some(r) = e.rating {
                            b.side_mut(side).insert(id.clone(), r);
                        }
                    }
                }
            }))
        })
    };
    let add_step: Rc<dyn Fn(String, Option<Id>)> = {
        let edit = edit.clone();
        let fy = *step_fy;
        Rc::new(move |text: String, offering: Option<Id>| {
            let text = bounded(&text, MAX_TEXT);
            if text.is_empty() {
                return;
            }
            edit(Box::new(move |b| {
                if b.steps.len() < MAX_STEPS {
                    b.steps.push(AgreedStep {
                        text: text.clone(),
                        offering: offering.clone(),
                        fiscal_year: Some(fy),
                    });
                }
            }))
        })
    };
    let suggestions = suggest(d, Some(&a), Some(&analysis), None, &[]);
    let add_offering = {
        let chosen = chosen_offering.clone();
        let d = d.clone();
        let add_step = add_step.clone();
        Callback::from(move |_| {
            if let Ok(id) = Id::parse(&chosen) {
                if let Some(o) = d.offerings.iter().find(|o| o.id == id) {
                    add_step(o.name.ja.clone(), Some(id));
                }
            }
        })
    };
    let add_own_step = {
        let new_step = new_step.clone();
        let add_step = add_step.clone();
        Callback::from(move |_| {
            add_step((*new_step).clone(), None);
            new_step.set(String::new());
        })
    };
    let finish = {
        let state = state.clone();
        let draft = draft.clone();
        let finished = finished.clone();
        let key = key.clone();
        let a = a.clone();
        Callback::from(move |_| {
            let given = (*draft).clone();
            if handover {
                // Numbered as the state keeps it.
                state.dispatch(Action::AddReview(Rc::new(Review {
                    id: 0,
                    body: a.selection.body.clone(),
                    current_grade: a.selection.current_grade().cloned(),
                    next_grade: a.selection.next.clone(),
                    made: today,
                    received: today,
                    on_this_device: true,
                    given,
                })));
                drop_draft(&key);
                navigate(&Route::Meeting(Meeting::Compare(None)));
            } else {
                // The share now holds the review; the tab keeps nothing.
                drop_draft(&key);
                finished.set(Some(encode(&share_review(&a.selection, &given, today))));
            }
        })
    };
    let discarding = use_state(|| false);
    let discard = {
        let (draft, key, discarding) = (draft.clone(), key.clone(), discarding.clone());
        Callback::from(move |_| {
            drop_draft(&key);
            draft.set(ReviewBody::default());
            discarding.set(false);
        })
    };

    if let Some(text) = &*finished {
        return html! {
            <section aria-labelledby="review-done-heading">
                <h1 id="review-done-heading">{ tr(lang, "評価を終えました", "The review is done") }</h1>
                <ShareOutput text={text.clone()} made={today}
                    file_name={format!("michishirube-review-{}-{}.json", d.body.id, today)} to_supervisor=false />
                <p class="help">{ tr(lang, "この端末には、評価を保存していません。", "Nothing of the review is saved on this device.") }</p>
            </section>
        };
    }

    let fy_options = |selected: i32| -> Html {
        html! { { for (this_fy..this_fy + 5).map(|y| html! {
            <option value={y.to_string()} selected={y == selected}>{ fiscal_year_label(y, lang) }</option>
        }) } }
    };
    let on_fy = {
        let step_fy = step_fy.clone();
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(y) = s.value().parse() {
                step_fy.set(y);
            }
        })
    };

    html! {
        <section class="review-form" aria-labelledby="review-heading">
            <h1 id="review-heading">{ tr(lang, "上司の評価", "Supervisor's review") }</h1>
            <p class="pair">{ mixed(&match &next_name {
                Some(n) => format!("{}：{current_name} → {n}", d.body.name.glossed(lang)),
                None => format!("{}：{current_name}", d.body.name.glossed(lang)),
            }, lang) }</p>
            if handover {
                <p class="handover-note" role="note">{ tr(lang, "上司の方へ：本人と同じ項目を、同じ目安で評価してください。本人の評価は、本人が表示を選ばない限り隠れています。", "For the supervisor: rate the same items on the same scale. The employee's own ratings stay hidden unless the employee chooses to show them.") }</p>
            }
            <div class="field">
                <label for="reviewer-role">{ tr(lang, "評価者の役職（例：課長、一次評価者）", "The reviewer's role (for example: section chief, first reviewer)") }</label>
                <input id="reviewer-role" type="text" maxlength={MAX_ROLE.to_string()} value={draft.role.clone()} oninput={on_role} />
            </div>
            <div class="actions">
                <button type="button" class="secondary" aria-pressed={(*show_own).to_string()}
                    onclick={ let s = show_own.clone(); Callback::from(move |_| s.set(!*s)) }>
                    { if *show_own { tr(lang, "本人の評価を隠す", "Hide the employee's ratings") } else if handover { tr(lang, "本人の評価を表示する（本人が選んだとき）", "Show the employee's ratings (when the employee chooses)") } else { tr(lang, "本人の評価を表示する", "Show the employee's ratings") } }
                </button>
                if *show_own {
                    <button type="button" class="secondary" onclick={copy_own}>{ tr(lang, "本人の評価を写して始める", "Start from the employee's ratings") }</button>
                }
            </div>
            { scale_legend(lang) }
            <p class="progress" role="status">{ match lang {
                Lang::Ja => format!("評価済み {rated} / {total}"),
                Lang::En => format!("Rated {rated} of {total}"),
            } }</p>
            <ol class="rate-items review-items">
                { for items.iter().map(|it| {
                    let entry = |side: Side| Entry { rating: draft.side(side).get(&it.id).copied(), note: String::new() };
                    let own = show_own.then(|| (a.answer(it, Side::Current).rating, a.answer(it, Side::Next).rating));
                    let comment_id = format!("rv-comment-{}", it.id);
                    let on_comment = {
                        let edit = edit.clone();
                        let id = it.id.clone();
                        Callback::from(move |e: InputEvent| {
                            let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                            let v: String = t.value().chars().take(MAX_TEXT).collect();
                            let id = id.clone();
                            edit(Box::new(move |b| {
                                if v.trim().is_empty() {
                                    b.comments.remove(&id);
                                } else {
                                    b.comments.insert(id.clone(), v.clone());
                                }
                            }))
                        })
                    };
                    html! {
                        <RatingItem item={it.clone()} current={entry(Side::Current)} next={entry(Side::Next)}
                            current_name={current_name.clone()} next_name={next_name.clone()}
                            on_rate={on_rate.clone()} on_note={Callback::noop()} notes=false {own} prefix="rv" data={Some(d.clone())}>
                            <div class="field review-comment">
                                <label for={comment_id.clone()}>{ mixed(&match lang {
                                    Lang::Ja => format!("「{}」への上司のコメント（任意）", it.short_label()),
                                    Lang::En => format!("Supervisor's comment on \u{201c}{}\u{201d} (optional)", it.name(lang)),
                                }, lang) }</label>
                                <textarea id={comment_id} rows="2" value={draft.comments.get(&it.id).cloned().unwrap_or_default()} oninput={on_comment} />
                            </div>
                        </RatingItem>
                    }
                }) }
            </ol>
            <div class="field">
                <label for="review-overall">{ tr(lang, "全体のコメント", "Overall comment") }</label>
                <textarea id="review-overall" rows="4" value={draft.overall.clone()} oninput={on_overall} />
            </div>
            <section class="agreed-steps" aria-labelledby="steps-heading">
                <h2 id="steps-heading">{ tr(lang, "合意した次の一歩", "Agreed next steps") }</h2>
                if draft.steps.is_empty() {
                    <p class="help">{ tr(lang, "面談で決めた次の一歩（研修、仕事の機会など）を、年度とともに書き留めます。", "Write down the next steps agreed in the meeting (a course, a chance at work…), each with a fiscal year.") }</p>
                } else {
                    <ol class="step-list">
                        { for draft.steps.iter().enumerate().map(|(i, s)| {
                            let remove = {
                                let edit = edit.clone();
                                Callback::from(move |_| edit(Box::new(move |b| { if i < b.steps.len() { b.steps.remove(i); } })))
                            };
                            html! {
                                <li>
                                    { mixed(&s.text, lang) }
                                    { for s.fiscal_year.map(|y| html! { <span class="step-fy">{ format!("（{}）", fiscal_year_label(y, lang)) }</span> }) }
                                    <button type="button" class="secondary small" onclick={remove}>{ tr(lang, "外す", "Remove") }</button>
                                </li>
                            }
                        }) }
                    </ol>
                }
                <div class="field inline">
                    <label for="step-fy">{ tr(lang, "年度", "Fiscal year") }</label>
                    <select id="step-fy" onchange={on_fy}>{ fy_options(*step_fy) }</select>
                </div>
                if !suggestions.is_empty() {
                    <div class="field inline">
                        <label for="step-offering">{ tr(lang, "おすすめの研修・支援から", "From the suggested courses and supports") }</label>
                        <select id="step-offering" onchange={ let c = chosen_offering.clone(); Callback::from(move |e: Event| { let s: web_sys::HtmlSelectElement = e.target_unchecked_into(); c.set(s.value()); }) }>
                            <option value="" selected={chosen_offering.is_empty()}>{ tr(lang, "選んでください", "Choose one") }</option>
                            { for suggestions.iter().take(12).filter_map(|s| d.offerings.iter().find(|o| o.id == s.offering)).map(|o| html! {
                                <option value={o.id.to_string()} selected={*chosen_offering == o.id.as_str()} lang="ja">{ o.name.ja.clone() }</option>
                            }) }
                        </select>
                        <button type="button" class="secondary" onclick={add_offering}>{ tr(lang, "追加", "Add") }</button>
                    </div>
                }
                <div class="field inline">
                    <label for="step-text">{ tr(lang, "自分たちの言葉で", "In your own words") }</label>
                    <input id="step-text" type="text" value={(*new_step).clone()}
                        oninput={ let n = new_step.clone(); Callback::from(move |e: InputEvent| { let t: web_sys::HtmlInputElement = e.target_unchecked_into(); n.set(t.value()); }) } />
                    <button type="button" class="secondary" onclick={add_own_step}>{ tr(lang, "追加", "Add") }</button>
                </div>
            </section>
            <div class="actions">
                <button type="button" class="primary" onclick={finish}>{ if handover {
                    tr(lang, "評価を終えて本人に戻す", "Finish and hand back to the employee")
                } else {
                    tr(lang, "評価を終えて、本人に返す共有を作る", "Finish, and make the share to hand back")
                } }</button>
                if !*discarding {
                    <button type="button" class="secondary" onclick={ let d = discarding.clone(); Callback::from(move |_| d.set(true)) }>{ tr(lang, "この評価を破棄する…", "Discard this review…") }</button>
                }
            </div>
            if *discarding {
                <div class="confirm-box" role="alertdialog" aria-labelledby="discard-heading">
                    <h2 id="discard-heading">{ tr(lang, "この評価を破棄しますか？", "Discard this review?") }</h2>
                    <p>{ tr(lang, "ここまでの評価・コメント・次の一歩を消します。このタブにも残りません。", "The ratings, comments and next steps so far are cleared; nothing of them stays in this tab.") }</p>
                    <div class="actions">
                        <button type="button" class="danger" onclick={discard}>{ tr(lang, "破棄する", "Discard") }</button>
                        <button type="button" class="secondary" onclick={ let d = discarding.clone(); Callback::from(move |_| d.set(false)) }>{ tr(lang, "やめる", "Cancel") }</button>
                    </div>
                </div>
            }
        </section>
    }
}

/// この端末で上司に評価してもらう: the form over the person's own
/// assessment, their ratings hidden.
#[component]
pub fn HandoverView() -> Html {
    let state = use_app();
    let lang = use_lang();
    let Some(a) = state.assessment().cloned() else {
        return no_assessment(lang);
    };
    let body = a.selection.body.clone();
    with_body(&state, &body, lang, |d| {
        html! {
            <ReviewForm data={d} subject={Subject::Handover(a)} />
        }
    })
}
