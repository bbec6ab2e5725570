//! 人事課への提出用ファイル: on the results page, the person makes the small
//! file the HR office collects ([`crate::core::office::file`]). They choose
//! what goes in, may type the 職員番号 the office asked for, read in plain
//! words what the file will hold, and save it.
//!
//! The 職員番号 lives only in this component's own state: it is never put
//! in the app's state or storage, and the browser is asked not to remember
//! it either (`autocomplete="off"`). Leaving the page forgets it.

use crate::components::words::mixed;
use crate::core::assess::Assessment;
use crate::core::model::BodyData;
use crate::core::office::file::{self, Contents, MakeError, MAX_STAFF_ID};
use crate::core::review::Review;
use crate::i18n::{tr, use_lang, Lang, Msg};
use crate::state::Shared;
use yew::prelude::*;

/// Props for [`HandIn`].
#[derive(Properties, PartialEq)]
pub struct HandInProps {
    /// The assessment the file is made from.
    pub assessment: Assessment,
    /// Its body.
    pub data: Shared<BodyData>,
    /// The supervisor's review shown beside these results
    /// ([`crate::core::review::chosen`]), if there is one.
    pub review: Option<Review>,
}

/// The three things a person may choose to hand in. Each adds one thing to
/// the ratings: the notes are the most personal part and the office's
/// summary never reads them, so choosing the review does not bring them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    Ratings,
    Notes,
    Review,
}

impl Choice {
    const ALL: [Choice; 3] = [Choice::Ratings, Choice::Notes, Choice::Review];

    fn contents(self) -> Contents {
        Contents {
            notes: self == Choice::Notes,
            review: self == Choice::Review,
        }
    }

    /// The radio's id, also what the e2e tests find it by.
    fn id(self) -> &'static str {
        match self {
            Choice::Ratings => "hand-in-ratings",
            Choice::Notes => "hand-in-notes",
            Choice::Review => "hand-in-review",
        }
    }

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Choice::Ratings => tr(lang, "評価だけ", "Ratings only"),
            Choice::Notes => tr(
                lang,
                "評価とメモ（具体的な場面・根拠）",
                "Ratings and notes (situations and evidence)",
            ),
            Choice::Review => tr(
                lang,
                "評価と上司の評価",
                "Ratings and your supervisor's review",
            ),
        }
    }
}

/// The section 「人事課への提出用ファイル」.
#[component]
pub fn HandIn(props: &HandInProps) -> Html {
    let lang = use_lang();
    let choice = use_state(|| Choice::Ratings);
    let staff_id = use_state(String::new);
    let saved = use_state(|| None::<String>);
    let failed = use_state(|| None::<Msg>);
    let d = &props.data;
    let today = crate::today();
    let made = file::make(
        d,
        &props.assessment,
        choice.contents(),
        props.review.as_ref(),
        Some(staff_id.as_str()),
        today,
    );
    let no_review = props.review.is_none();
    let choose = |c: Choice| {
        let (choice, saved, failed) = (choice.clone(), saved.clone(), failed.clone());
        Callback::from(move |_: Event| {
            choice.set(c);
            saved.set(None);
            failed.set(None);
        })
    };
    let on_staff_id = {
        let (staff_id, saved) = (staff_id.clone(), saved.clone());
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            staff_id.set(input.value());
            saved.set(None);
        })
    };
    let on_save = {
        let (made, saved, failed) = (made.clone(), saved.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            // The button is drawn only for a file that could be made.
            let Ok(s) = &made else { return };
            let name = file::file_name(s);
            match crate::download::download(&name, "application/json", file::to_json(s).as_bytes())
            {
                Ok(()) => {
                    failed.set(None);
                    saved.set(Some(name));
                }
                Err(m) => {
                    saved.set(None);
                    failed.set(Some(m));
                }
            }
        })
    };
    let staff_id_bad = matches!(made, Err(MakeError::BadStaffId));
    let error = made
        .as_ref()
        .err()
        .map(|e| e.message(lang))
        .or_else(|| failed.as_ref().map(|m| m.get(lang).to_owned()));
    html! {
        <section class="hand-in no-print" aria-labelledby="hand-in-heading">
            <h2 id="hand-in-heading">{ tr(lang, "人事課への提出用ファイル", "A file to hand in to the HR office") }</h2>
            <p>{ tr(lang, "人事課が職員の傾向をつかむために、自己評価をファイルで集めることがあります。求められたときは、ここでファイルを作り、指示された方法で提出してください。ファイルはこの端末に保存されるだけで、アプリが送ることはありません。", "The HR office may collect self-ratings as files to learn where its staff stand. When asked, make the file here and hand it in as the office says. The file is only saved on this device; the app sends nothing.") }</p>
            <fieldset class="hand-in-contents">
                <legend>{ tr(lang, "ファイルに入れるもの", "What goes in the file") }</legend>
                { for Choice::ALL.into_iter().map(|c| {
                    let disabled = c == Choice::Review && no_review;
                    let why = disabled.then(|| format!("{}-why", c.id()));
                    html! {
                        <div class="choice-row">
                            <label for={c.id()} class={classes!("choice", disabled.then_some("disabled"))}>
                                <input type="radio" id={c.id()} name="hand-in-contents"
                                    checked={*choice == c} {disabled}
                                    aria-describedby={why.clone()} onchange={choose(c)} />
                                <span>{ c.label(lang) }</span>
                            </label>
                            if let Some(why) = why {
                                <p class="help" id={why}>{ tr(lang, "この自己評価に対する上司の評価がないため、選べません。", "Not available: there is no supervisor's review of this self-rating.") }</p>
                            }
                        </div>
                    }
                }) }
            </fieldset>
            <div class="field">
                <label for="hand-in-staff-id">{ tr(lang, "職員番号（人事課に求められた場合だけ）", "Staff number (only if the HR office asked for it)") }</label>
                <input id="hand-in-staff-id" type="text" autocomplete="off" spellcheck="false"
                    value={(*staff_id).clone()} oninput={on_staff_id}
                    aria-invalid={staff_id_bad.then_some("true")}
                    aria-describedby={if staff_id_bad { "hand-in-staff-id-help hand-in-error" } else { "hand-in-staff-id-help" }} />
                <p class="help" id="hand-in-staff-id-help">{ match lang {
                    Lang::Ja => format!("ファイルに書き込むだけで、アプリには保存されません。このページを離れると消えます（{MAX_STAFF_ID}文字まで）。"),
                    Lang::En => format!("It is written into the file only and never stored by the app; it is gone when you leave this page (up to {MAX_STAFF_ID} characters)."),
                } }</p>
            </div>
            if let Ok(s) = &made {
                <section class="hand-in-preview" aria-labelledby="hand-in-preview-heading">
                    <h3 id="hand-in-preview-heading">{ tr(lang, "ファイルの中身", "What the file holds") }</h3>
                    <ul>{ for file::describe(s, d, lang).iter().map(|l| html! { <li>{ mixed(l, lang) }</li> }) }</ul>
                </section>
            }
            if let Some(e) = error {
                <p class="error" role="alert" id="hand-in-error">{ e }</p>
            }
            if made.is_ok() {
                <div class="actions">
                    <button type="button" class="secondary" onclick={on_save}>{ tr(lang, "提出用ファイルを保存", "Save the file to hand in") }</button>
                </div>
            }
            <p role="status" class="hand-in-saved">{ for saved.as_ref().map(|name| match lang {
                Lang::Ja => format!("{name} を保存しました。"),
                Lang::En => format!("Saved {name}."),
            }) }</p>
        </section>
    }
}
