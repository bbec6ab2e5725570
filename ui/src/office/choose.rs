//! Choosing the body to summarise when the files given name several: each
//! body with how many files name it, the most files first. Files of the
//! other bodies are then refused as another body's, and counted.

use crate::i18n::{tr, use_lang, Lang};
use crate::route::Route;
use crate::state::{use_app, Loadable};
use michishirube::core::id::Id;
use yew::prelude::*;

/// Props for [`Choose`].
#[derive(Properties, PartialEq)]
pub struct ChooseProps {
    /// The body shown now, if one is chosen.
    pub current: Option<Id>,
}

/// The bodies the files name, when they name more than one.
#[component]
pub fn Choose(props: &ChooseProps) -> Html {
    let ctx = use_app();
    let lang = use_lang();
    if ctx.office.reading.is_some() {
        return html! {};
    }
    let bodies = ctx.office.bodies();
    if bodies.len() < 2 {
        return html! {};
    }
    // The app's own name for a body it knows; else the name the file gives.
    let known = match &ctx.index {
        Loadable::Ready(ix) => Some(ix.clone()),
        _ => None,
    };
    let name_of = |id: &Id, given: &str| -> String {
        known
            .as_ref()
            .and_then(|ix| ix.bodies.iter().find(|b| &b.id == id))
            .map(|b| b.name.ja.clone())
            .or_else(|| ctx.framework(id).map(|f| f.data.body.name.ja.clone()))
            .unwrap_or_else(|| given.to_owned())
    };
    html! {
        <section id="office-choose" class="office-choose no-print" aria-labelledby="office-choose-heading">
            <h2 id="office-choose-heading">{ tr(lang, "集計する団体を選ぶ", "Choose the body to summarise") }</h2>
            <p>{ tr(lang, "読み込んだファイルには、複数の団体のものがあります。集計する団体を選んでください（ほかの団体のファイルは「別の団体」として数えます）。", "The files are of several bodies. Choose the one to summarise (the others' files are counted as another body's).") }</p>
            <ul>
                { for bodies.iter().map(|(id, given, n)| {
                    let route = Route::Office(Some(id.clone()));
                    let current = props.current.as_ref() == Some(id);
                    html! {
                        <li data-body={id.to_string()}>
                            <a href={route.to_hash()} aria-current={current.then_some("page")}>
                                <span lang="ja">{ name_of(id, given) }</span>
                                { match lang {
                                    Lang::Ja => format!("（{n} 件）"),
                                    Lang::En => format!(" ({n} files)"),
                                } }
                            </a>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
