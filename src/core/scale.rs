//! The self-rating scale, defined once.
//!
//! Four steps in the spirit of the MHLW 職業能力評価シート (できていない /
//! 一部できる / できる / 指導できる), plus "not applicable / can't judge yet".
//! Four steps rather than five: there is no comfortable middle to hide in,
//! and each step is an observable behaviour a supervisor can confirm in a
//! 1on1. [`crate::core::target`] sets the target at step 3 (できる).

use super::lang::Lang;
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
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Level::NotYet => lang.pick("できていない", "Not yet"),
            Level::Partly => lang.pick("一部できる", "Partly"),
            Level::Can => lang.pick("できる", "Can do"),
            Level::CanTeach => lang.pick("指導できる", "Can teach"),
        }
    }

    /// One-line meaning, shown beside the label.
    pub fn meaning(self, lang: Lang) -> &'static str {
        match self {
            Level::NotYet => lang.pick(
                "まだ取り組んでいない、または支援があってもできていない",
                "Not yet attempted, or not yet done even with support",
            ),
            Level::Partly => lang.pick(
                "助言や支援があればできる、または一部の場面でできる",
                "Done with advice or support, or in some situations",
            ),
            Level::Can => lang.pick("一人で、安定してできる", "Done alone, reliably"),
            Level::CanTeach => lang.pick(
                "できるうえに、周りの職員に教え、手本を示せる",
                "Done well enough to teach colleagues and set an example",
            ),
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

    /// Label of the not-applicable choice, in a language.
    pub fn na_label(lang: Lang) -> &'static str {
        lang.pick(Self::NA_LABEL, "Not applicable / can't judge yet")
    }

    /// The not-applicable choice's one-line meaning, in a language.
    pub fn na_meaning(lang: Lang) -> &'static str {
        lang.pick(
            Self::NA_MEANING,
            "No such situation in this grade or workplace, or nothing to judge by yet",
        )
    }

    /// The level, if the rating is one.
    pub fn level(self) -> Option<Level> {
        match self {
            Rating::Level(l) => Some(l),
            Rating::NotApplicable => None,
        }
    }

    /// Label for display.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Rating::Level(l) => l.label(lang),
            Rating::NotApplicable => Self::na_label(lang),
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
    fn every_step_has_a_label_and_a_meaning_in_both_languages() {
        for lang in Lang::ALL {
            for l in Level::ALL {
                assert!(!l.label(lang).is_empty() && !l.meaning(lang).is_empty());
            }
        }
    }

    #[test]
    fn the_japanese_labels_are_the_mhlw_wording() {
        let ja: Vec<&str> = Level::ALL.iter().map(|l| l.label(Lang::Ja)).collect();
        assert_eq!(ja, ["できていない", "一部できる", "できる", "指導できる"]);
        assert_eq!(Rating::NotApplicable.label(Lang::Ja), Rating::NA_LABEL);
    }

    #[test]
    fn the_english_labels_name_each_step_and_the_not_applicable_choice() {
        let en: Vec<&str> = Level::ALL.iter().map(|l| l.label(Lang::En)).collect();
        assert_eq!(en, ["Not yet", "Partly", "Can do", "Can teach"]);
        assert_eq!(
            Rating::NotApplicable.label(Lang::En),
            "Not applicable / can't judge yet"
        );
        assert_eq!(Level::Can.meaning(Lang::En), "Done alone, reliably");
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
