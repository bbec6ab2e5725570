//! Messages about stored data and saving, shown until dismissed. They sit
//! above the main content and are announced politely by screen readers.

use crate::i18n::{tr, use_lang};
use crate::state::{use_app, Action};
use yew::prelude::*;

/// The list of notices.
#[component]
pub fn Notices() -> Html {
    let lang = use_lang();
    let ctx = use_app();
    if ctx.notices.is_empty() {
        return html! { <div class="notices" role="status" aria-live="polite"></div> };
    }
    html! {
        <div class="notices" role="status" aria-live="polite">
            { for ctx.notices.iter().enumerate().map(|(i, n)| {
                let dismiss = {
                    let ctx = ctx.clone();
                    Callback::from(move |_| ctx.dispatch(Action::Dismiss(i)))
                };
                html! {
                    <div class="notice">
                        <p>{ n.get(lang).to_owned() }</p>
                        <button type="button" class="secondary" onclick={dismiss}>{ tr(lang, "閉じる", "Close") }</button>
                    </div>
                }
            }) }
        </div>
    }
}
