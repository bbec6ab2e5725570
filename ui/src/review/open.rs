//! 受け取った共有を開く: a share from its link, or pasted, or chosen as a
//! file. It is checked first (see [`crate::core::share`]) and previewed in
//! words; only then does the receiver choose what to do with it: a
//! supervisor reviews an assessment (上司として評価する) or keeps a copy
//! (写しとして保存, which never replaces the receiver's own assessment
//! without asking); the employee takes a review in (自己評価に取り込む).

use super::form::{ReviewForm, Subject};
use super::share::{refused, FILE_KIND};
use crate::components::status::loading;
use crate::components::words::mixed;
use crate::core::review::Review;
use crate::core::share::{check, decode, Share};
use crate::i18n::{tr, use_lang, Lang, Msg};
use crate::route::{navigate, Meeting, Route};
use crate::state::{use_app, Action, Loadable};
use std::rc::Rc;
use yew::prelude::*;

/// The share's text in a chosen file: our JSON file, or a file holding
/// the link or the text itself.
fn text_of_file(content: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(content) {
        Ok(v) if v.get("kind").and_then(|k| k.as_str()) == Some(FILE_KIND) => v
            .get("share")
            .and_then(|s| s.as_str())
            .unwrap_or_default()
            .to_owned(),
        _ => content.to_owned(),
    }
}

/// Props for [`OpenView`].
#[derive(Properties, PartialEq)]
pub struct OpenProps {
    /// The share's text from the address, if it came in one.
    pub payload: Option<String>,
}

/// Where opening stands.
#[derive(Clone, PartialEq)]
enum Step {
    /// Looking at the preview.
    Preview,
    /// The supervisor is rating.
    Reviewing,
    /// Asked to confirm replacing the receiver's own assessment.
    ConfirmCopy,
}

/// The page that opens a received share.
#[component]
pub fn OpenView(props: &OpenProps) -> Html {
    let state = use_app();
    let lang = use_lang();
    let text = use_state(|| props.payload.clone());
    let pasted = use_state(String::new);
    let file_error = use_state(|| None::<Msg>);
    let step = use_state(|| Step::Preview);
    let decoded = text.as_ref().map(|t| decode(t));
    let body_id = decoded
        .as_ref()
        .and_then(|d| d.as_ref().ok())
        .map(|s| s.body().clone());
    // The share's body is loaded by the app, as the body of any page is.
    {
        let state = state.clone();
        use_effect_with(body_id.clone(), move |id| {
            if let Some(id) = id {
                state.dispatch(Action::WantBodies(vec![id.clone()]));
            }
        });
    }
    let body = body_id
        .as_ref()
        .and_then(|id| state.bodies.get(id))
        .cloned();

    let open_pasted = {
        let (text, pasted, step) = (text.clone(), pasted.clone(), step.clone());
        Callback::from(move |_| {
            step.set(Step::Preview);
            text.set(Some((*pasted).clone()));
        })
    };
    let on_paste = {
        let pasted = pasted.clone();
        Callback::from(move |e: InputEvent| {
            let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            pasted.set(t.value());
        })
    };
    let on_file = {
        let (text, file_error, step) = (text.clone(), file_error.clone(), step.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            let (text, file_error, step) = (text.clone(), file_error.clone(), step.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if file.size() > 1_000_000.0 {
                    file_error.set(Some(Msg::new(
                        "ファイルが大きすぎます。道しるべの共有ファイルを選んでください。",
                        "The file is too large. Choose a Michishirube share file.",
                    )));
                    return;
                }
                match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    Ok(v) => {
                        file_error.set(None);
                        step.set(Step::Preview);
                        text.set(Some(text_of_file(&v.as_string().unwrap_or_default())));
                    }
                    Err(_) => file_error.set(Some(Msg::new(
                        "ファイルを読み込めませんでした。",
                        "The file could not be read.",
                    ))),
                }
            });
        })
    };

    let chooser = html! {
        <section class="open-share-form" aria-labelledby="open-paste-heading">
            <h2 id="open-paste-heading">{ tr(lang, "受け取った共有を開く", "Open a share you received") }</h2>
            <div class="field">
                <label for="share-paste">{ tr(lang, "共有のリンクを貼り付けてください", "Paste the share's link") }</label>
                <textarea id="share-paste" rows="3" value={(*pasted).clone()} oninput={on_paste} />
            </div>
            <div class="actions">
                <button type="button" class="primary" onclick={open_pasted}>{ tr(lang, "開く", "Open") }</button>
                <label class="button secondary" for="share-file">{ tr(lang, "共有ファイル（.json）を選ぶ", "Choose a share file (.json)") }</label>
                <input id="share-file" class="visually-hidden-file" type="file" accept=".json,.txt,application/json,text/plain" onchange={on_file} />
            </div>
            if let Some(m) = &*file_error {
                <p class="error" role="alert">{ m.get(lang).to_owned() }</p>
            }
            <p class="help">{ tr(lang, "共有を開いても、確かめるまで何も保存しません。", "Opening a share saves nothing until you choose to.") }</p>
        </section>
    };

    let heading =
        html! { <h1 id="open-heading">{ tr(lang, "受け取った共有", "A share you received") }</h1> };
    // A share that cannot be opened: why, that nothing was kept, and the
    // chooser to try another.
    let refusal = |why: &str| {
        html! {
            <section aria-labelledby="open-heading">
                { heading.clone() }
                <p class="error" role="alert">{ why.to_owned() }</p>
                <p class="help">{ tr(lang, "何も保存していません。", "Nothing was saved.") }</p>
                { chooser.clone() }
            </section>
        }
    };
    let share = match decoded {
        None => {
            return html! { <section aria-labelledby="open-heading">{ heading }{ chooser }</section> };
        }
        Some(Err(e)) => return refusal(refused(&e).get(lang)),
        Some(Ok(s)) => s,
    };
    let d = match &body {
        Some(Loadable::Ready(d)) => d.clone(),
        Some(Loadable::Failed(m)) => return refusal(m.get(lang)),
        _ => return loading(lang),
    };
    if let Err(e) = check(&share, &d) {
        return refusal(refused(&e).get(lang));
    }
    let described = share.describe(&d, lang);
    let preview = html! {
        <section class="share-preview" aria-labelledby="open-preview-heading">
            <h2 id="open-preview-heading">{ tr(lang, "共有の中身", "What the share holds") }</h2>
            <ul>{ for described.iter().map(|l| html! { <li>{ mixed(l, lang) }</li> }) }</ul>
        </section>
    };
    match (&share, &*step) {
        (Share::Assessment(a), Step::Reviewing) => html! {
            <ReviewForm data={d.clone()} subject={Subject::Shared(a.to_assessment())} />
        },
        (Share::Assessment(a), _) => {
            let own = state.assessment().cloned();
            let copy = a.to_assessment();
            let plan = a.plan_items(&state.doc.plan);
            let keep = {
                let state = state.clone();
                let (copy, plan) = (copy.clone(), plan.clone());
                Callback::from(move |_| {
                    state.dispatch(Action::KeepCopy {
                        assessment: copy.clone(),
                        plan: plan.clone(),
                        today: crate::today(),
                    });
                    navigate(&Route::Results);
                })
            };
            let ask_or_keep = {
                let step = step.clone();
                let keep = keep.clone();
                let replaces = own.as_ref().is_some_and(|o| o != &copy);
                Callback::from(move |e: MouseEvent| {
                    if replaces {
                        step.set(Step::ConfirmCopy);
                    } else {
                        keep.emit(e);
                    }
                })
            };
            let review = {
                let step = step.clone();
                Callback::from(move |_| step.set(Step::Reviewing))
            };
            html! {
                <section aria-labelledby="open-heading">
                    { heading }
                    { preview }
                    if *step == Step::ConfirmCopy {
                        <div class="confirm-box" role="alertdialog" aria-labelledby="confirm-copy-heading">
                            <h2 id="confirm-copy-heading">{ tr(lang, "この端末の自己評価を置き換えますか？", "Replace the self-rating on this device?") }</h2>
                            <p>{ tr(lang, "この端末には、別の自己評価があります。受け取った自己評価で置き換えると、いまの自己評価はスナップショットとして「履歴・データ」に残します。", "This device holds another self-rating. If you replace it with the one received, the current one is kept as a snapshot in History & data.") }</p>
                            <div class="actions">
                                <button type="button" class="danger" onclick={keep}>{ tr(lang, "置き換えて保存する", "Replace and save") }</button>
                                <button type="button" class="secondary" onclick={ let step = step.clone(); Callback::from(move |_| step.set(Step::Preview)) }>{ tr(lang, "やめる", "Cancel") }</button>
                            </div>
                        </div>
                    } else {
                        <div class="actions">
                            <button type="button" class="primary" onclick={review}>{ tr(lang, "上司として評価する", "Review as the supervisor") }</button>
                            <button type="button" class="secondary" onclick={ask_or_keep}>{ tr(lang, "写しとして保存", "Keep a copy") }</button>
                        </div>
                        <p class="help">{ tr(lang, "「上司として評価する」は、この端末に何も保存しません。評価を終えると、本人に返す共有ができます。「写しとして保存」は、この自己評価をこの端末のものとして保存します（本人が別の端末に移すときなど）。", "\u{201c}Review as the supervisor\u{201d} saves nothing on this device; when you finish, you get a share to hand back. \u{201c}Keep a copy\u{201d} saves this self-rating as this device's own (to move it to another device, say).") }</p>
                    }
                </section>
            }
        }
        (Share::Review(r), _) => {
            let matches = state.assessment().is_some_and(|a| r.matches(a));
            let take = {
                let state = state.clone();
                let r = r.clone();
                Callback::from(move |_| {
                    // Numbered as the state keeps it; received today.
                    state.dispatch(Action::AddReview(Rc::new(Review {
                        id: 0,
                        body: r.selection.body.clone(),
                        current_grade: r.selection.current_grade().cloned(),
                        next_grade: r.selection.next.clone(),
                        made: r.made,
                        received: crate::today(),
                        on_this_device: false,
                        given: r.given.clone(),
                    })));
                    navigate(&Route::Meeting(Meeting::Compare(None)));
                })
            };
            html! {
                <section aria-labelledby="open-heading">
                    { heading }
                    { preview }
                    if matches {
                        <p>{ tr(lang, "この端末の自己評価に対する上司の評価です。取り込むと、自己評価と並べて比べられます。", "This is a supervisor's review of the self-rating on this device. Take it in to compare the two side by side.") }</p>
                    } else {
                        <p class="caveat">{ tr(lang, "この端末の自己評価とは、団体・職位の組み合わせが違います（または、この端末に自己評価がありません）。取り込むことはできますが、比べられるのは同じ項目だけです。", "This review is of another body or pair of grades than the self-rating on this device (or there is none here). You can take it in, but only the same items can be compared.") }</p>
                    }
                    <div class="actions">
                        <button type="button" class="primary" onclick={take}>{ tr(lang, "自己評価に取り込む", "Take it in with my self-rating") }</button>
                    </div>
                    <p class="help">{ match lang {
                        Lang::Ja => "取り込んだ評価は「履歴・データ」に日付と評価者の役職つきで残り、いつでも削除できます。",
                        Lang::En => "A review taken in is listed in History & data with its date and the reviewer's role, and can be removed at any time.",
                    } }</p>
                </section>
            }
        }
    }
}
