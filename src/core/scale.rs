//! The self-rating scale, defined once.
//!
//! Four steps in the spirit of the MHLW 職業能力評価シート (できていない /
//! 一部できる / できる / 指導できる), plus "not applicable / can't judge yet".
//! Four steps rather than five: there is no comfortable middle to hide in,
//! and each step is an observable behaviour a supervisor can confirm in a
//! 1on1. [`crate::core::target`] sets the target at step 3 (できる).

use serde::{Deserialize, Serialize};

/// One step of the scale. The numbers are stored, so they never change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Level {
    /// できていない.
    NotYet = 1,
    /// 一部できる.
    Partly = 2,
    /// できる.
    Can = 3,
    /// 指導できる.
    CanTeach = 4,
}

/// A rating: a step of the scale, or "not applicable / can't judge yet".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// A step of the scale.
    Level(Level),
    /// 該当しない・まだ判断できない: counted neither as a gap nor as a strength.
    NotApplicable,
}

impl Level {
    /// All steps, lowest first.
    pub const ALL: [Level; 4] = [Level::NotYet, Level::Partly, Level::Can, Level::CanTeach];

    /// The step's number (1–4).
    pub fn value(self) -> u8 {
        self as u8
    }

    /// The step for a number, if it is one.
    pub fn from_value(v: u8) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.value() == v)
    }

    /// Short label.
    pub fn label(self) -> &'static str {
        match self {
            Level::NotYet => "できていない",
            Level::Partly => "一部できる",
            Level::Can => "できる",
            Level::CanTeach => "指導できる",
        }
    }

    /// One-line meaning, shown beside the label.
    pub fn meaning(self) -> &'static str {
        match self {
            Level::NotYet => "まだ取り組んでいない、または支援があってもできていない",
            Level::Partly => "助言や支援があればできる、または一部の場面でできる",
            Level::Can => "一人で、安定してできる",
            Level::CanTeach => "できるうえに、周りの職員に教え、手本を示せる",
        }
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(v: u8) -> Result<Self, Self::Error> {
        Level::from_value(v).ok_or_else(|| format!("評価の段階 {v} はありません（1〜4）"))
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.value()
    }
}

impl Rating {
    /// Label of the not-applicable choice.
    pub const NA_LABEL: &'static str = "該当しない・まだ判断できない";
    /// Its one-line meaning.
    pub const NA_MEANING: &'static str =
        "この職位・職場では場面がない、または判断する材料がまだない";

    /// The level, if the rating is one.
    pub fn level(self) -> Option<Level> {
        match self {
            Rating::Level(l) => Some(l),
            Rating::NotApplicable => None,
        }
    }

    /// Label for display.
    pub fn label(self) -> &'static str {
        match self {
            Rating::Level(l) => l.label(),
            Rating::NotApplicable => Self::NA_LABEL,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scale_has_four_ordered_steps() {
        let values: Vec<u8> = Level::ALL.iter().map(|l| l.value()).collect();
        assert_eq!(values, [1, 2, 3, 4]);
        assert!(Level::NotYet < Level::CanTeach);
    }

    #[test]
    fn every_step_has_a_label_and_a_meaning() {
        for l in Level::ALL {
            assert!(!l.label().is_empty() && !l.meaning().is_empty());
        }
    }

    #[test]
    fn levels_are_stored_as_numbers_and_bad_numbers_are_rejected() {
        assert_eq!(serde_json::to_string(&Level::Can).ok(), Some("3".into()));
        assert!(serde_json::from_str::<Level>("5").is_err());
        let r: Rating = serde_json::from_str(r#"{"level":2}"#).expect("rating");
        assert_eq!(r, Rating::Level(Level::Partly));
        let na: Rating = serde_json::from_str(r#""not_applicable""#).expect("na");
        assert_eq!(na.level(), None);
    }
}
