//! What the app hands a page for one audience (trainers, recruits) when it
//! mounts it in the pages module, and what the page reports back. Both
//! cross as JSON text: the two wasm modules share no memory. The app owns
//! its state; the page asks the app to change it ([`AudienceEvent`]).

use crate::core::assess::Assessment;
use crate::core::id::Id;
use crate::core::index::IndexEntry;
use crate::core::json_out::{string, variant, WriteJson};
use crate::core::lang::Lang;
use crate::core::model_json::{At, Obj, Read, R};
use crate::core::plan::PlanItem;
use crate::core::store::EngagementAnswers;
use crate::core::store_json::{tagged, unit};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Which page to draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AudiencePage {
    /// A body's page: its documents, where to start a self-assessment, and
    /// its published tables, grades, plans, targets and offerings.
    Body(Id),
    /// The training and support suggested for the person's gaps at a body,
    /// to add to the plan.
    Suggest(Id),
    /// The person's plan over the coming fiscal years.
    Plan,
    /// The trainers' page for キャリアデザイン研修.
    Workshop,
    /// A body's fictional sample employee, for a workshop.
    Demo(Id),
    /// A body's page for recruits before entry (内定者).
    PreEntry(Id),
    /// A body's career path.
    Career(Id),
    /// A body's framework explorer (the grades it compares are in the
    /// address, see [`super::explore`]).
    Explore(Id),
    /// The accessibility statement.
    Statement,
    /// A body's staff-survey self-check.
    Survey(Id),
}

/// Everything such a page needs from the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AudienceInput {
    /// The page.
    pub page: AudiencePage,
    /// The interface language.
    pub lang: Lang,
    /// Projector mode: no personal data on screen.
    pub projector: bool,
    /// A guest session (a workshop PC): nothing is kept beyond the tab.
    pub guest: bool,
    /// The bodies the index lists, for the workshop's material by body
    /// (none on other pages, and where the index lists only prefectures).
    pub examples: Vec<IndexEntry>,
    /// Frameworks imported on this device, each body's data as JSON text:
    /// the page's own body's, if it is one of them.
    pub imported: Vec<(Id, String)>,
    /// The person's own assessment, for the career path's "you are here"
    /// (none in projector mode).
    pub assessment: Option<Assessment>,
    /// The person's answers to the body's published surveys (none in
    /// projector mode).
    pub engagement: Vec<EngagementAnswers>,
    /// The person's plan (none in projector mode).
    pub plan: Vec<PlanItem>,
}

/// What a page asks of the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AudienceEvent {
    /// Start a guest session in this tab.
    StartGuest,
    /// Clear the guest session for the next participant, and go home.
    ResetGuest,
    /// Leave guest mode: the guest's work is cleared and the device
    /// owner's data shown and saved again.
    EndGuest,
    /// Turn projector mode on or off.
    Projector(bool),
    /// Start a self-assessment with a body and track, and go to the page
    /// where the grades are chosen.
    Start {
        /// The body.
        body: Id,
        /// The track chosen.
        track: Id,
    },
    /// Start a baseline self-rating before entry (入庁前) for a body and
    /// track, and go to the rating page.
    RateBeforeEntry {
        /// The body.
        body: Id,
        /// The track recruits enter.
        track: Id,
    },
    /// Add an item to the plan; one added from a suggestion (it names an
    /// offering) is announced.
    AddPlan(PlanItem),
    /// Replace a plan item (same id) with this one.
    UpdatePlan(PlanItem),
    /// Remove a plan item, by id.
    DeletePlan(u32),
    /// Keep the person's answer to one item of a body's published survey.
    Answer {
        /// The body.
        body: Id,
        /// The survey.
        survey: Id,
        /// The item.
        item: Id,
        /// The answer, on the survey's scale.
        value: u32,
    },
}

/// Read by hand in the app (`model_json::read_text`), not by serde's
/// derived visitor: see `core::store_json`. The module writes it with serde.
impl Read for AudienceEvent {
    fn read(v: &Value, at: &At) -> R<Self> {
        let (i, x) = tagged(
            v,
            at,
            &[
                "start_guest",
                "reset_guest",
                "projector",
                "rate_before_entry",
                "answer",
                "start",
                "add_plan",
                "update_plan",
                "delete_plan",
                "end_guest",
            ],
        )?;
        let at = &At::Key(at, "event");
        match i {
            0 => unit(x, at).map(|()| AudienceEvent::StartGuest),
            1 => unit(x, at).map(|()| AudienceEvent::ResetGuest),
            2 => bool::read(x, at).map(AudienceEvent::Projector),
            3 => {
                let o = Obj::lenient(x, at)?;
                o.end(AudienceEvent::RateBeforeEntry {
                    body: o.req("body"),
                    track: o.req("track"),
                })
            }
            5 => {
                let o = Obj::lenient(x, at)?;
                o.end(AudienceEvent::Start {
                    body: o.req("body"),
                    track: o.req("track"),
                })
            }
            6 => PlanItem::read(x, at).map(AudienceEvent::AddPlan),
            7 => PlanItem::read(x, at).map(AudienceEvent::UpdatePlan),
            8 => u32::read(x, at).map(AudienceEvent::DeletePlan),
            9 => unit(x, at).map(|()| AudienceEvent::EndGuest),
            _ => {
                let o = Obj::lenient(x, at)?;
                o.end(AudienceEvent::Answer {
                    body: o.req("body"),
                    survey: o.req("survey"),
                    item: o.req("item"),
                    value: o.req("value"),
                })
            }
        }
    }
}

// Written by hand, as serde writes them (see `core::json_out`); the
// module reads them with serde.
impl WriteJson for AudiencePage {
    fn write_json(&self, out: &mut String) {
        match self {
            AudiencePage::Body(id) => variant(out, "body", id),
            AudiencePage::Suggest(id) => variant(out, "suggest", id),
            AudiencePage::Plan => string(out, "plan"),
            AudiencePage::Workshop => string(out, "workshop"),
            AudiencePage::Demo(id) => variant(out, "demo", id),
            AudiencePage::PreEntry(id) => variant(out, "pre_entry", id),
            AudiencePage::Career(id) => variant(out, "career", id),
            AudiencePage::Explore(id) => variant(out, "explore", id),
            AudiencePage::Statement => string(out, "statement"),
            AudiencePage::Survey(id) => variant(out, "survey", id),
        }
    }
}

michishirube::write_fields!(AudienceInput {
    page,
    lang,
    projector,
    guest,
    examples,
    imported,
    assessment,
    engagement,
    plan
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model_json::read_text;

    fn id(s: &str) -> Id {
        Id::parse(s).expect("an id")
    }

    #[test]
    fn every_audience_event_the_module_writes_the_app_reads_back_the_same() {
        let events = [
            AudienceEvent::StartGuest,
            AudienceEvent::ResetGuest,
            AudienceEvent::EndGuest,
            AudienceEvent::Projector(true),
            AudienceEvent::RateBeforeEntry {
                body: id("koriyama"),
                track: id("jimu-gijutsu"),
            },
            AudienceEvent::Start {
                body: id("koriyama"),
                track: id("gyosei"),
            },
            AudienceEvent::DeletePlan(3),
            AudienceEvent::Answer {
                body: id("koriyama"),
                survey: id("s1"),
                item: id("q1"),
                value: 4,
            },
        ];
        let doc = crate::core::store::parse(include_str!("../../../tests/fixtures/stored/v5.json"))
            .expect("fixture");
        let item = doc.plan.first().cloned().expect("the fixture has a plan");
        let events = events.into_iter().chain([
            AudienceEvent::AddPlan(item.clone()),
            AudienceEvent::UpdatePlan(item),
        ]);
        for e in events {
            let text = serde_json::to_string(&e).expect("written");
            assert_eq!(read_text::<AudienceEvent>(&text).ok(), Some(e), "{text}");
        }
        assert_eq!(
            read_text::<AudienceEvent>(r#"{"answer":{"body":"koriyama"}}"#).ok(),
            None
        );
    }

    #[test]
    fn every_input_the_app_writes_by_hand_is_the_text_serde_writes_for_the_module() {
        use crate::core::index::Has;
        use crate::core::model::{BodyKind, Label};
        let doc = crate::core::store::parse(include_str!("../../../tests/fixtures/stored/v5.json"))
            .expect("fixture");
        let entry = IndexEntry {
            id: id("koriyama"),
            name: Label {
                ja: "郡山市".into(),
                ..Label::default()
            },
            kind: BodyKind::City,
            prefecture: "福島県".into(),
            file: "data/koriyama.json".into(),
            documents: vec!["人材育成基本方針".into()],
            has: Has {
                matrix: true,
                ..Has::default()
            },
        };
        let pages = [
            AudiencePage::Body(id("koriyama")),
            AudiencePage::Suggest(id("koriyama")),
            AudiencePage::Plan,
            AudiencePage::Workshop,
            AudiencePage::Demo(id("koriyama")),
            AudiencePage::PreEntry(id("koriyama")),
            AudiencePage::Career(id("koriyama")),
            AudiencePage::Explore(id("koriyama")),
            AudiencePage::Statement,
            AudiencePage::Survey(id("s1")),
        ];
        for (i, page) in pages.into_iter().enumerate() {
            let input = AudienceInput {
                page,
                lang: if i % 2 == 0 { Lang::Ja } else { Lang::En },
                projector: i % 2 == 0,
                guest: i % 3 == 0,
                examples: vec![entry.clone()],
                imported: Vec::new(),
                assessment: doc.assessment.clone(),
                engagement: doc.engagement.clone(),
                plan: doc.plan.clone(),
            };
            let text = crate::core::json_out::to_json(&input);
            assert_eq!(text, serde_json::to_string(&input).expect("written"));
            let back: AudienceInput = serde_json::from_str(&text).expect("the module reads it");
            assert_eq!(back, input);
        }
    }
}
