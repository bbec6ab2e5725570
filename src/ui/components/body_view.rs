//! One body: its documents, what they lack, its grades and its ability table.

use super::ability_table::AbilityTable;
use super::grades::GradeList;
use crate::ui::app::set_hash;
use crate::ui::state::{Action, AppContext, Loadable};
use yew::prelude::*;

/// Shows the chosen body, or its loading state or error.
#[component]
pub fn BodyView() -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let back = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            set_hash(None);
            ctx.dispatch(Action::ClearBody);
        })
    };
    let back_button = html! {
        <button type="button" class="back" onclick={back}>{ "← 団体の一覧へ戻る" }</button>
    };
    let Some((_, body)) = &ctx.body else {
        return html! {};
    };
    let data = match body {
        Loadable::Loading => {
            return html! { <>{ back_button }<p class="status" role="status">{ "読み込み中…" }</p></> }
        }
        Loadable::Failed(msg) => {
            return html! { <>{ back_button }<p class="error" role="alert">{ msg.clone() }</p></> }
        }
        Loadable::Ready(d) => d.clone(),
    };

    html! {
        <article class="body-view" aria-labelledby="body-heading">
            { back_button }
            <h1 id="body-heading">
                { data.body.name.ja.clone() }
                <span class="kind">{ format!("（{}）", data.body.kind.ja()) }</span>
            </h1>
            <ul class="documents">
                { for data.documents.iter().map(|doc| html! {
                    <li>
                        <cite>{ doc.title.clone() }</cite>
                        { for doc.date.as_ref().map(|d| html! { <span>{ format!("　{d}") }</span> }) }
                        { for doc.revisions.iter().map(|r| html! { <span>{ format!("　{r}") }</span> }) }
                        { for doc.period.as_ref().map(|p| html! { <span>{ format!("　期間: {p}") }</span> }) }
                    </li>
                }) }
            </ul>
            if !data.missing.is_empty() {
                <section class="missing" aria-labelledby="missing-heading">
                    <h2 id="missing-heading">{ "この文書にないもの" }</h2>
                    <ul>
                        { for data.missing.iter().map(|m| html! { <li>{ m.note.clone() }</li> }) }
                    </ul>
                </section>
            }
            <AbilityTable data={data.clone()} />
            <GradeList data={data} />
        </article>
    }
}
