//! The 出典 line every sourced item carries, so a trainer can show the room
//! where a statement comes from.

use crate::core::model::{Basis, Source};
use crate::ui::i18n::{tr, use_lang, Lang};
use yew::prelude::*;

/// Props for [`SourceNote`].
#[derive(Properties, PartialEq)]
pub struct SourceProps {
    /// The source to show.
    pub source: Source,
}

/// Shows `出典: file「section」`; the section is the document's own heading,
/// so it stays Japanese in English.
#[component]
pub fn SourceNote(props: &SourceProps) -> Html {
    let lang = use_lang();
    html! {
        <p class="source">
            { tr(lang, "出典: ", "Source: ") }<span class="source-section" lang="ja">{ props.source.section.clone() }</span>
            <span class="source-file">{ match lang {
                Lang::Ja => format!("（{}）", props.source.file),
                Lang::En => format!(" ({})", props.source.file),
            } }</span>
        </p>
    }
}

/// The words the UI uses to tell the document's link from the app's reading.
pub fn basis_label(b: Basis, lang: Lang) -> &'static str {
    match b {
        Basis::Document => tr(lang, "文書に記載", "stated in the document"),
        Basis::App => tr(lang, "アプリによる解釈", "the app's reading"),
    }
}
