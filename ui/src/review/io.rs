//! What the app hands a 1on1 page (in the pages module) when it mounts it,
//! and what the module reports back. Both cross as JSON text: the two wasm
//! modules share no memory. The app owns the stored document; the module
//! never writes it, and asks the app to ([`ReviewEvent`]).

use crate::core::assess::Assessment;
use crate::core::id::Id;
use crate::core::lang::Lang;
use crate::core::plan::PlanItem;
use crate::core::review::{Review, ReviewBody};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which page to draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewMode {
    /// Make a share of the person's assessment.
    Share,
    /// A supervisor rates on this device.
    Handover,
    /// The self-rating beside a review (the latest if none is named).
    Compare(Option<u32>),
    /// A received share: its text, or none to paste or choose a file.
    Open(Option<String>),
    /// The one-page sheet for the interview, to print.
    Print,
}

/// Everything a page of the module needs from the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewInput {
    /// The page.
    pub mode: ReviewMode,
    /// The interface language.
    pub lang: Lang,
    /// Today on this device.
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub today: NaiveDate,
    /// The app's address without its fragment, for share links.
    pub app_url: String,
    /// The person's assessment in progress, if any.
    pub assessment: Option<Assessment>,
    /// The person's plan.
    pub plan: Vec<PlanItem>,
    /// The reviews kept with the person's document.
    pub reviews: Vec<Review>,
    /// Frameworks imported on this device: each body's data as JSON text,
    /// for a share about one of them.
    pub imported: Vec<(Id, String)>,
    /// A guest session (a workshop PC): nothing is kept beyond the tab.
    pub guest: bool,
}

/// What a page asks of the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReviewEvent {
    /// Keep a review with the person's document; the app numbers it.
    AddReview {
        /// The body rated.
        body: Id,
        /// The current grade rated against (none: 入庁前).
        current_grade: Option<Id>,
        /// The next grade rated against.
        next_grade: Option<Id>,
        /// The day the reviewer finished it.
        #[serde(deserialize_with = "crate::core::dates::de_iso")]
        made: NaiveDate,
        /// Given on this device (hand-over), or received as a share.
        on_this_device: bool,
        /// What the reviewer gave.
        given: ReviewBody,
    },
    /// Keep a received assessment as this device's own (the person
    /// confirmed replacing theirs, which the app keeps as a snapshot), with
    /// the plan items it carried.
    KeepCopy {
        /// The assessment.
        assessment: Assessment,
        /// Plan items to add.
        plan: Vec<PlanItem>,
    },
    /// Remove a kept review.
    DeleteReview(u32),
    /// Go to another page of the app.
    Navigate(String),
}
