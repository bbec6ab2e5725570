//! 上司と共有する: the person chooses what goes in a share (ratings only,
//! with notes, with the plan), sees in words what it holds, and hands it
//! over as a link, a QR code where it fits, or a file. Nothing is sent by
//! the app: the link holds the share in its fragment, which no browser
//! sends to a server, and the person passes it on their own way.

use super::{app_url, no_assessment};
use crate::components::qr::{fits, QrImage};
use crate::components::status::with_body;
use crate::components::words::mixed;
use crate::core::share::{encode, share_assessment, url, Contents, Share};
use crate::download::download;
use crate::i18n::{tr, use_lang, Lang, Msg};
use crate::route::{Meeting, Route};
use crate::state::use_app;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The kind of file a share is saved as.
pub const FILE_KIND: &str = "michishirube-share";

/// A share as a file: a small JSON naming itself, with the share's text.
pub fn share_file(text: &str, made: chrono::NaiveDate) -> String {
    serde_json::json!({ "kind": FILE_KIND, "made": made.to_string(), "share": text }).to_string()
}

/// Copies text to the clipboard where the browser allows it (it needs a
/// secure page); says whether it did.
async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let Ok(nav) = js_sys::Reflect::get(&window, &"navigator".into()) else {
        return false;
    };
    let Ok(clip) = js_sys::Reflect::get(&nav, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clip, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    match write.call1(&clip, &text.into()) {
        Ok(p) => match p.dyn_into::<js_sys::Promise>() {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

/// Props for [`ShareOutput`].
#[derive(Properties, PartialEq)]
pub struct ShareOutputProps {
    /// The share's text.
    pub text: String,
    /// The day it was made.
    pub made: chrono::NaiveDate,
    /// The file's name.
    pub file_name: String,
    /// Who it goes to, for the words around it.
    pub to_supervisor: bool,
}

/// A made share: the link to copy, the QR code where it fits, the file.
#[component]
pub fn ShareOutput(props: &ShareOutputProps) -> Html {
    let lang = use_lang();
    let link = url(&app_url(), &props.text);
    let copied = use_state(|| None::<bool>);
    let on_copy = {
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            let link = link.clone();
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move { copied.set(Some(copy(&link).await)) });
        })
    };
    let on_file = {
        let (text, made, name) = (props.text.clone(), props.made, props.file_name.clone());
        let error = copied.clone();
        Callback::from(move |_| {
            if download(
                &name,
                "application/json",
                share_file(&text, made).as_bytes(),
            )
            .is_err()
            {
                error.set(Some(false));
            }
        })
    };
    let qr_fits = fits(&link, true);
    html! {
        <section class="share-output" aria-labelledby="share-output-heading">
            <h2 id="share-output-heading">{ if props.to_supervisor { tr(lang, "共有ができました", "The share is ready") } else { tr(lang, "評価を本人に返す", "Hand the review back") } }</h2>
            <p>{ if props.to_supervisor {
                tr(lang, "次のどれかで上司に渡してください。リンクには評価が入っています。渡す相手だけに、庁内のメールやチャットで送ってください。アプリはどこにも送信しません。", "Hand it to your supervisor in one of these ways. The link holds your ratings: send it only to them, by your office's mail or chat. The app sends nothing anywhere.")
            } else {
                tr(lang, "次のどれかで本人に返してください。リンクには評価とコメントが入っています。アプリはどこにも送信しません。", "Hand it back to the employee in one of these ways. The link holds your ratings and comments. The app sends nothing anywhere.")
            } }</p>
            <div class="field">
                <label for="share-link">{ tr(lang, "共有のリンク", "The share's link") }</label>
                <textarea id="share-link" class="share-url" readonly=true rows="4" value={link.clone()} />
            </div>
            <div class="actions">
                <button type="button" class="primary" onclick={on_copy}>{ tr(lang, "リンクをコピー", "Copy the link") }</button>
                <button type="button" class="secondary" onclick={on_file}>{ tr(lang, "ファイルとして保存（.json）", "Save as a file (.json)") }</button>
            </div>
            { match *copied {
                Some(true) => html! { <p class="status" role="status">{ tr(lang, "リンクをコピーしました。", "The link was copied.") }</p> },
                Some(false) => html! { <p class="status" role="status">{ tr(lang, "このブラウザではコピーできませんでした。上の欄を選んでコピーしてください（Ctrl+C）。", "This browser could not copy. Select the box above and copy it (Ctrl+C).") }</p> },
                None => html! {},
            } }
            if qr_fits {
                <div class="share-qr">
                    <QrImage text={link.clone()} low=true label={tr(lang, "共有のリンクのQRコード", "QR code of the share's link").to_owned()} />
                    <p class="help">{ tr(lang, "同じ部屋にいる相手は、スマートフォンなどでこのQRコードを読み取って開けます。", "Someone in the same room can open it by scanning this QR code.") }</p>
                </div>
            } else {
                <p class="help share-no-qr">{ mixed(&match lang {
                    Lang::Ja => format!("この共有はQRコード1つに収まりません（{} 文字）。リンクかファイルで渡してください。", link.chars().count()),
                    Lang::En => format!("This share does not fit one QR code ({} characters). Hand it over by link or file.", link.chars().count()),
                }, lang) }</p>
            }
        </section>
    }
}

/// The page 上司と共有する.
#[component]
pub fn ShareView() -> Html {
    let state = use_app();
    let lang = use_lang();
    let contents = use_state(Contents::default);
    let made = use_state(|| None::<String>);
    let Some(a) = state.assessment() else {
        return no_assessment(lang);
    };
    let today = crate::today();
    let share = share_assessment(a, &state.doc.plan, *contents, today);
    let choose = |c: Contents| {
        let contents = contents.clone();
        let made = made.clone();
        Callback::from(move |_: Event| {
            contents.set(c);
            made.set(None);
        })
    };
    let on_make = {
        let made = made.clone();
        let share = share.clone();
        Callback::from(move |_| made.set(Some(encode(&share))))
    };
    let options = [
        (Contents::default(), tr(lang, "評価だけ", "Ratings only")),
        (
            Contents {
                notes: true,
                plan: false,
            },
            tr(
                lang,
                "評価とメモ（具体的な場面・根拠）",
                "Ratings and notes (situations and evidence)",
            ),
        ),
        (
            Contents {
                notes: true,
                plan: true,
            },
            tr(lang, "評価・メモ・計画", "Ratings, notes and plan"),
        ),
    ];
    with_body(&state, &a.selection.body, lang, |d| {
        let described = share.describe(&d, lang);
        let is_empty =
            matches!(&share, Share::Assessment(s) if s.current.is_empty() && s.next.is_empty());
        html! {
            <section class="share-page" aria-labelledby="share-heading">
                <h1 id="share-heading">{ tr(lang, "上司と共有する", "Share with your supervisor") }</h1>
                <p>{ tr(lang, "自己評価を上司に渡すと、上司が同じ項目を評価し、違いを話し合えます（1on1・人事評価の面談）。上司の評価は、リンクかファイルで返ってきます。", "Hand your self-rating to your supervisor: they rate the same items, and you talk through where the two differ (1on1, appraisal interview). Their review comes back as a link or a file.") }</p>
                <p class="help"><a href={Route::Meeting(Meeting::Handover).to_hash()}>{ tr(lang, "上司がこの端末で評価する場合はこちら", "If your supervisor rates on this device, go here") }</a></p>
                <fieldset class="share-contents">
                    <legend>{ tr(lang, "共有に入れるもの", "What goes in the share") }</legend>
                    { for options.iter().enumerate().map(|(i, (c, label))| {
                        let id = format!("share-contents-{i}");
                        html! {
                            <label for={id.clone()} class="choice">
                                <input type="radio" id={id} name="share-contents" checked={*contents == *c} onchange={choose(*c)} />
                                <span>{ *label }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <section class="share-preview" aria-labelledby="share-preview-heading">
                    <h2 id="share-preview-heading">{ tr(lang, "共有の中身", "What the share holds") }</h2>
                    <ul>{ for described.iter().map(|l| html! { <li>{ mixed(l, lang) }</li> }) }</ul>
                    <p class="help">{ tr(lang, "採用年・昇任年などは入りません。", "Years of entry and promotion are not included.") }</p>
                </section>
                if is_empty {
                    <p class="error" role="alert">{ tr(lang, "まだ評価した項目がありません。自己評価をしてから共有してください。", "Nothing is rated yet. Rate yourself before sharing.") }</p>
                } else {
                    <div class="actions">
                        <button type="button" class="primary" onclick={on_make}>{ tr(lang, "共有を作る", "Make the share") }</button>
                    </div>
                }
                if let Some(text) = &*made {
                    <ShareOutput text={text.clone()} made={today}
                        file_name={format!("michishirube-share-{}-{}.json", d.body.id, today)} to_supervisor=true />
                }
            </section>
        }
    })
}

/// The message a refused share gets, for any page that opens one.
pub fn refused(e: &crate::core::share::ShareError) -> Msg {
    Msg::from_fn(|l| e.message(l))
}
