//! What the app hands a 1on1 page (in the pages module) when it mounts it,
//! and what the module reports back. Both cross as JSON text: the two wasm
//! modules share no memory. The app owns the stored document; the module
//! never writes it, and asks the app to ([`ReviewEvent`]).

use crate::core::assess::Assessment;
use crate::core::id::Id;
use crate::core::json_out::{string, variant, WriteJson};
use crate::core::lang::Lang;
use crate::core::model_json::{At, Obj, Read, R};
use crate::core::plan::PlanItem;
use crate::core::review::{Review, ReviewBody};
use crate::core::store_json::tagged;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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

/// Read by hand in the app (`model_json::read_text`), not by serde's
/// derived visitor: see `core::store_json`. The module writes it with serde.
impl Read for ReviewEvent {
    fn read(v: &Value, at: &At) -> R<Self> {
        let (i, x) = tagged(
            v,
            at,
            &["add_review", "keep_copy", "delete_review", "navigate"],
        )?;
        let at = &At::Key(at, "event");
        match i {
            0 => {
                let o = Obj::lenient(x, at)?;
                o.end(ReviewEvent::AddReview {
                    body: o.req("body"),
                    current_grade: o.get("current_grade"),
                    next_grade: o.get("next_grade"),
                    made: o.req("made"),
                    on_this_device: o.req("on_this_device"),
                    given: o.req("given"),
                })
            }
            1 => {
                let o = Obj::lenient(x, at)?;
                o.end(ReviewEvent::KeepCopy {
                    assessment: o.req("assessment"),
                    plan: o.req("plan"),
                })
            }
            2 => u32::read(x, at).map(ReviewEvent::DeleteReview),
            _ => String::read(x, at).map(ReviewEvent::Navigate),
        }
    }
}

// Written by hand, as serde writes them (see `core::json_out`); the
// module reads them with serde.
impl WriteJson for ReviewMode {
    fn write_json(&self, out: &mut String) {
        match self {
            ReviewMode::Share => string(out, "share"),
            ReviewMode::Handover => string(out, "handover"),
            ReviewMode::Compare(id) => variant(out, "compare", id),
            ReviewMode::Open(text) => variant(out, "open", text),
            ReviewMode::Print => string(out, "print"),
        }
    }
}

michishirube::write_fields!(ReviewInput {
    mode,
    lang,
    today,
    app_url,
    assessment,
    plan,
    reviews,
    imported,
    guest
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model_json::read_text;
    use crate::core::store::parse;

    /// The stored fixture of the current version: an assessment, a plan and
    /// a review with ratings, comments and steps.
    fn stored() -> crate::core::store::StoredDoc {
        parse(include_str!("../../../tests/fixtures/stored/v5.json")).expect("fixture")
    }

    #[test]
    fn every_review_event_the_module_writes_the_app_reads_back_the_same() {
        let doc = stored();
        let review = doc.reviews.first().expect("a review").clone();
        let events = [
            ReviewEvent::AddReview {
                body: review.body.clone(),
                current_grade: review.current_grade.clone(),
                next_grade: None,
                made: review.made,
                on_this_device: true,
                given: review.given.clone(),
            },
            ReviewEvent::KeepCopy {
                assessment: doc.assessment.clone().expect("an assessment"),
                plan: doc.plan.clone(),
            },
            ReviewEvent::DeleteReview(7),
            ReviewEvent::Navigate("#/results".into()),
        ];
        for e in events {
            let text = serde_json::to_string(&e).expect("written");
            assert_eq!(read_text::<ReviewEvent>(&text).ok(), Some(e), "{text}");
        }
        assert_eq!(
            read_text::<ReviewEvent>(r#"{"delete_review":"7"}"#).ok(),
            None
        );
    }

    #[test]
    fn every_input_the_app_writes_by_hand_is_the_text_serde_writes_for_the_module() {
        let doc = stored();
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).expect("a day");
        let modes = [
            ReviewMode::Share,
            ReviewMode::Handover,
            ReviewMode::Compare(None),
            ReviewMode::Compare(Some(3)),
            ReviewMode::Open(None),
            ReviewMode::Open(Some("eJy\"x".into())),
            ReviewMode::Print,
        ];
        for (i, mode) in modes.into_iter().enumerate() {
            let input = ReviewInput {
                mode,
                lang: if i % 2 == 0 { Lang::Ja } else { Lang::En },
                today,
                app_url: "https://example.jp/app/".into(),
                assessment: (i % 3 != 0).then(|| doc.assessment.clone()).flatten(),
                plan: doc.plan.clone(),
                reviews: doc.reviews.clone(),
                imported: vec![(Id::parse("koriyama").expect("an id"), "{\"a\":1}".into())],
                guest: i % 2 == 1,
            };
            let text = crate::core::json_out::to_json(&input);
            assert_eq!(text, serde_json::to_string(&input).expect("written"));
            let back: ReviewInput = serde_json::from_str(&text).expect("the module reads it");
            assert_eq!(back, input);
        }
    }
}
