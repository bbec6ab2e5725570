//! Messages about stored data and saving, shown until dismissed. They sit
//! above the main content and are announced politely by screen readers.

use crate::ui::state::{Action, AppContext};
use yew::prelude::*;

/// The list of notices.
#[component]
pub fn Notices() -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
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
                        <p>{ n.clone() }</p>
                        <button type="button" class="secondary" onclick={dismiss}>{ "閉じる" }</button>
                    </div>
                }
            }) }
        </div>
    }
}
