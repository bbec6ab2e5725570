//! "Loading", "failed", and a body's data or one of those: the one way
//! every view says it.

use crate::i18n::{tr, Lang, Msg};
use crate::state::Shared;
use crate::state::{AppContext, Loadable};
use michishirube::core::id::Id;
use michishirube::core::model::BodyData;
use yew::prelude::*;

/// "Loading…", announced politely to screen readers.
pub fn loading(lang: Lang) -> Html {
    html! { <p class="status loading" role="status">{ tr(lang, "読み込み中…", "Loading…") }</p> }
}

/// A failure, announced at once.
pub fn failure(msg: &Msg, lang: Lang) -> Html {
    html! { <p class="error" role="alert">{ msg.get(lang).to_owned() }</p> }
}

/// A body's data for a view, or what to show instead while it loads or
/// after it failed.
pub fn body_or_status(ctx: &AppContext, id: &Id, lang: Lang) -> Result<Shared<BodyData>, Html> {
    match ctx.bodies.get(id) {
        Some(Loadable::Ready(d)) => Ok(d.clone()),
        Some(Loadable::Failed(m)) => Err(failure(m, lang)),
        _ => Err(loading(lang)),
    }
}

/// A page about a body: drawn with `f` once the body is here, else what
/// is happening (loading, or why it could not be loaded).
pub fn with_body(
    ctx: &AppContext,
    id: &Id,
    lang: Lang,
    f: impl FnOnce(Shared<BodyData>) -> Html,
) -> Html {
    body_or_status(ctx, id, lang).map_or_else(|status| status, f)
}
