//! The 出典 line every sourced item carries, so a trainer can show the room
//! where a statement comes from.

use crate::core::model::{Basis, Source};
use yew::prelude::*;

/// Props for [`SourceNote`].
#[derive(Properties, PartialEq)]
pub struct SourceProps {
    /// The source to show.
    pub source: Source,
}

/// Shows `出典: file「section」`.
#[component]
pub fn SourceNote(props: &SourceProps) -> Html {
    html! {
        <p class="source">
            { "出典: " }<span class="source-section">{ props.source.section.clone() }</span>
            <span class="source-file">{ format!("（{}）", props.source.file) }</span>
        </p>
    }
}

/// The words the UI uses to tell the document's link from the app's reading.
pub fn basis_label(b: Basis) -> &'static str {
    match b {
        Basis::Document => "文書に記載",
        Basis::App => "アプリによる解釈",
    }
}
