//! A demo persona per body, for workshops: a clearly fictional employee
//! whose ratings, gaps, suggestions and plan can be projected without
//! anyone's real data.
//!
//! The persona is generated from the body's own data by a fixed rule, not
//! written per body, so a sixth body gets one without a new file, and
//! nothing about the body is invented: only the person is fictional.

use super::assess::{analyse, propose_next, rate_items, Assessment, Position, Selection};
use super::lang::Lang;
use super::model::BodyData;
use super::plan::{PlanItem, Status, When};
use super::scale::{Level, Rating};
use super::suggest::{service_year_of, suggest};

/// The demo persona's name, marked as fictional wherever it is shown.
pub const NAME: &str = "見本 さくら（架空の職員）";

/// The persona's name in a language, marked as fictional in both.
pub fn name(lang: Lang) -> &'static str {
    lang.pick(NAME, "Sakura Mihon (a fictional employee)")
}

/// The persona's year of service: the fifth, where early-career courses
/// and stages (浜松市 1–5年目, 青森県 基礎習得段階) still apply.
pub const YEAR: i32 = 5;

/// Ratings cycle through this pattern, so the persona has strengths, small
/// gaps and a large gap, the same way every time.
const PATTERN: [Level; 7] = [
    Level::Can,
    Level::Partly,
    Level::Can,
    Level::CanTeach,
    Level::Partly,
    Level::NotYet,
    Level::Can,
];

/// A demo persona.
#[derive(Debug, Clone, PartialEq)]
pub struct Persona {
    /// Name (fictional).
    pub name: String,
    /// One line on who they are (Japanese).
    pub profile: String,
    /// The same line in English.
    pub profile_en: String,
    /// Their assessment, where the body has grades to assess against.
    pub assessment: Option<Assessment>,
    /// Their plan: the top two suggestions, this year and next.
    pub plan: Vec<PlanItem>,
}

/// Builds the persona for a body in a fiscal year.
pub fn persona(d: &BodyData, this_fiscal_year: i32) -> Persona {
    // The first track whose first grade is an entry grade, else the first.
    let track = d
        .tracks
        .iter()
        .find(|t| {
            t.ladder
                .first()
                .and_then(|g| d.grades.iter().find(|x| &x.id == g))
                .is_some_and(|g| g.entry)
        })
        .or_else(|| d.tracks.first());
    let assessment = track.map(|t| {
        let current = t
            .ladder
            .get(if t.ladder.len() >= 3 { 1 } else { 0 })
            .cloned()
            .map_or(Position::PreEntry, Position::Grade);
        let next = propose_next(d, &t.id, &current);
        let mut a = Assessment::new(Selection {
            body: d.body.id.clone(),
            track: t.id.clone(),
            current,
            next,
            entry_year: Some(this_fiscal_year - YEAR + 1),
            grade_year: None,
            data_version: None,
        });
        let items = rate_items(d, a.selection.current_grade(), a.selection.next.as_ref());
        let mut k = 0;
        for it in &items {
            for side in it.rated_sides() {
                let level = PATTERN[k % PATTERN.len()];
                k += 1;
                a.side_mut(side).entry(it.id.clone()).or_default().rating =
                    Some(Rating::Level(level));
            }
        }
        a
    });
    let analysis = assessment.as_ref().map(|a| {
        let items = rate_items(d, a.selection.current_grade(), a.selection.next.as_ref());
        analyse(&items, a)
    });
    let year = assessment
        .as_ref()
        .and_then(|a| service_year_of(a, this_fiscal_year));
    let plan = suggest(d, assessment.as_ref(), analysis.as_ref(), year, &[])
        .into_iter()
        .take(2)
        .enumerate()
        .filter_map(|(i, s)| {
            let o = d.offerings.iter().find(|o| o.id == s.offering)?;
            Some(PlanItem {
                id: i as u32 + 1,
                body: d.body.id.clone(),
                offering: Some(o.id.clone()),
                title: o.name.ja.clone(),
                when: When::FiscalYear(this_fiscal_year + i as i32),
                status: if i == 0 {
                    Status::InProgress
                } else {
                    Status::Planned
                },
                note: String::new(),
            })
        })
        .collect();
    let grade = assessment
        .as_ref()
        .and_then(|a| a.selection.current_grade())
        .map(|g| {
            d.grades.iter().find(|x| &x.id == g).map_or_else(
                || (g.to_string(), g.to_string()),
                |x| (x.name.ja.clone(), x.name.glossed(Lang::En)),
            )
        });
    let body_en = d.body.name.glossed(Lang::En);
    let (profile, profile_en) = match grade {
        Some((ja, en)) => (
            format!("{}・採用{YEAR}年目の{}。評価は説明用の架空のものです。", d.body.name.ja, ja),
            format!("{body_en}: {en}, in year {YEAR} of service. The ratings are made up for illustration."),
        ),
        None => (
            format!(
                "{}の職員（架空）。この団体の文書には職位ごとの評価の基準がないため、支援制度の活用計画だけを示します。",
                d.body.name.ja
            ),
            format!(
                "A fictional employee of {body_en}. This body's documents set no per-grade criteria to rate against, so only a plan for using its supports is shown."
            ),
        ),
    };
    Persona {
        name: NAME.into(),
        profile,
        profile_en,
        assessment,
        plan,
    }
}

impl Persona {
    /// The one-line profile in a language.
    pub fn profile_text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.profile,
            Lang::En => &self.profile_en,
        }
    }
}

// The tests read the real data files, which only a native build can.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::load::load_file;
    use std::path::Path;

    fn body(id: &str) -> BodyData {
        load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/bodies/{id}.toml")))
            .expect("data")
    }

    #[test]
    fn the_english_persona_is_marked_fictional_and_glosses_body_and_grade() {
        let p = persona(&body("hamamatsu"), 2026);
        assert!(name(Lang::En).contains("fictional"));
        assert_eq!(name(Lang::Ja), NAME);
        let en = p.profile_text(Lang::En);
        assert!(en.starts_with("浜松市 (Hamamatsu City): "), "{en}");
        assert!(en.contains("in year 5 of service"), "{en}");
        assert!(en.contains("made up"), "{en}");
        assert_eq!(p.profile_text(Lang::Ja), p.profile);
    }

    #[test]
    fn the_english_persona_of_a_body_without_grades_says_why_there_is_only_a_plan() {
        let p = persona(&body("aizuwakamatsu"), 2026);
        assert!(p
            .profile_text(Lang::En)
            .contains("no per-grade criteria to rate against"));
    }
}
