//! Suggesting a body's offerings from a person's gaps, grades and timing.
//!
//! The ranking is one function, [`suggest`], and every point it gives comes
//! with a [`Reason`] the UI shows, so a suggestion is never unexplained:
//!
//! - **Gaps** it trains: 10 points per step of gap on an item the document
//!   links to the offering, 8 per step where the link is the app's reading.
//! - **Grade**: 30 if it is aimed at the grade the person is stepping into,
//!   20 if at the grade they hold (浜松市 新任主任研修 for 2級 → 主任 gets both).
//! - **Timing**: 40 if aimed at this year of service (浜松市 1–5年目 courses),
//!   10 if it belongs to the career stage this year falls in (青森県
//!   基礎習得段階); a year-specific course for another year loses 40.
//! - **For everyone**: 5 for a subsidy, leave or programme with no target.
//! - Aimed only at other grades, with no gap to answer and not at this
//!   year of service: left out (a 5th-year 2級 still gets 浜松市's 5年目
//!   course, printed in the 1級 row).
//! - Aimed at a stage the person has passed ([`passed`]): left out,
//!   whatever gap it answers (青森市 操作研修【新採用研修】 for someone
//!   in service for years).
//!
//! Only offerings with a positive score are suggested; ties keep the
//! document's order, so the ranking is deterministic.
//!
//! [`advise`] arranges the ranking the way the suggestions page reads it:
//! for each priority gap what addresses it, or a plain word that the
//! documents name nothing; then what is aimed at the person's grade or
//! time; then what helps in general. Variants of one printed entry (the
//! rows of 青森市's DX推進研修計画) are grouped under one card.

use super::assess::{Analysis, Assessment, Position, Side};
use super::id::Id;
use super::lang::{gloss, plural, Lang};
use super::model::{Basis, BodyData, Offering, OfferingFamily, OfferingKind};

/// Why an offering is suggested.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// It trains an item with a gap.
    Gap {
        /// The item's short name.
        item: String,
        /// The English gloss of the item's name, where the data has one.
        item_en: Option<String>,
        /// Steps short of the target (the larger of the two sides).
        steps: u8,
        /// Whether the document or the app links the offering to the item.
        basis: Basis,
    },
    /// It is aimed at a grade of the person's.
    ForGrade {
        /// The grade's name.
        grade: String,
        /// The English gloss of the grade's name, where the data has one.
        grade_en: Option<String>,
        /// Current or next grade.
        side: Side,
    },
    /// It is aimed at this year of service.
    ForYear {
        /// The person's year of service.
        year: u32,
    },
    /// It belongs to the career stage this year falls in.
    ForStage {
        /// The stage's name.
        stage: String,
    },
    /// A support open to everyone, with no target in the document.
    ForEveryone,
}

impl Reason {
    /// The reason in plain Japanese or English. Names from the documents stay
    /// Japanese, with their English gloss in English.
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (
                Reason::Gap {
                    item, steps, basis, ..
                },
                Lang::Ja,
            ) => {
                let link = match basis {
                    Basis::Document => "文書に記載のある結び付き",
                    Basis::App => "研修と能力の結び付きはアプリによる解釈です",
                };
                format!("「{item}」の差（あと{steps}段階）を埋めるのに役立ちます（{link}）。")
            }
            (
                Reason::Gap {
                    item,
                    item_en,
                    steps,
                    basis,
                },
                Lang::En,
            ) => {
                let link = match basis {
                    Basis::Document => "a link the document states",
                    Basis::App => "the link between course and ability is the app's reading",
                };
                format!(
                    "Helps close the gap on \u{201c}{}\u{201d} ({} to go; {link}).",
                    gloss(item, item_en.as_deref(), lang),
                    plural(*steps, "step", "steps")
                )
            }
            (Reason::ForGrade { grade, side, .. }, Lang::Ja) => match side {
                Side::Next => format!("次の職位「{grade}」向けです。"),
                Side::Current => format!("現在の職位「{grade}」向けです。"),
            },
            (
                Reason::ForGrade {
                    grade,
                    grade_en,
                    side,
                },
                Lang::En,
            ) => format!(
                "Aimed at your {}, \u{201c}{}\u{201d}.",
                side.label(lang),
                gloss(grade, grade_en.as_deref(), lang)
            ),
            (Reason::ForYear { year }, Lang::Ja) => format!("採用{year}年目向けです。"),
            (Reason::ForYear { year }, Lang::En) => {
                format!("Aimed at staff in year {year} of service.")
            }
            (Reason::ForStage { stage }, Lang::Ja) => format!("今の時期（{stage}）に当たります。"),
            (Reason::ForStage { stage }, Lang::En) => {
                format!("Belongs to the career stage you are in now ({stage}).")
            }
            (Reason::ForEveryone, _) => lang
                .pick(
                    "対象を限らない支援制度です。",
                    "A support open to everyone.",
                )
                .into(),
        }
    }
}

/// One suggested offering.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The offering's id.
    pub offering: Id,
    /// Its score (see the module's table).
    pub score: i32,
    /// Why, in the order the points were given.
    pub reasons: Vec<Reason>,
}

/// The person's year of service this fiscal year: 1 for pre-entry (the
/// coming first year), or from the year of entry; `None` if not given.
pub fn service_year_of(a: &Assessment, this_fiscal_year: i32) -> Option<u32> {
    match a.selection.current {
        Position::PreEntry => Some(1),
        Position::Grade(_) => {
            let entry = a.selection.entry_year?;
            u32::try_from(this_fiscal_year - entry + 1)
                .ok()
                .filter(|y| *y >= 1)
        }
    }
}

fn grade_name(d: &BodyData, id: &Id) -> (String, Option<String>) {
    d.grades.iter().find(|g| &g.id == id).map_or_else(
        || (id.to_string(), None),
        |g| (g.name.ja.clone(), g.name.en.clone()),
    )
}

/// Whether an offering is aimed at a stage the person has passed: every
/// year of service it is for lies before theirs; or, with no year of entry
/// given, it is for given years of service only and the person is already
/// in service (the app cannot tell they are still in them); or, unless it
/// is for this very year of service, every grade it is for lies below
/// their current grade on the track's ladder, or every stage it belongs
/// to ends before this year.
pub fn passed(d: &BodyData, o: &Offering, a: &Assessment, year: Option<u32>) -> bool {
    let Some(cur) = a.selection.current_grade() else {
        return false;
    };
    if let Some(r) = &o.targets.years {
        match year {
            Some(y) if r.to.is_some_and(|t| t < y) => return true,
            None => return true,
            // Aimed at this very year: its timing decides, whatever row it
            // is printed in (浜松市's 5年目 course sits in the 1級 row).
            Some(y) if r.contains(y) => return false,
            _ => {}
        }
    }
    let ladder = d
        .tracks
        .iter()
        .find(|t| t.id == a.selection.track)
        .map(|t| t.ladder.as_slice())
        .unwrap_or_default();
    let rank = |g: &Id| ladder.iter().position(|x| x == g);
    let below = |g: &Id| rank(g).zip(rank(cur)).is_some_and(|(x, c)| x < c);
    let grades = &o.targets.grades;
    if !grades.is_empty() && grades.iter().all(below) {
        return true;
    }
    if let Some(y) = year {
        let stages: Vec<_> = o
            .targets
            .stages
            .iter()
            .filter_map(|sid| {
                d.career_paths
                    .iter()
                    .flat_map(|p| &p.stages)
                    .find(|s| &s.id == sid)
            })
            .collect();
        if !stages.is_empty()
            && stages
                .iter()
                .all(|s| s.years.and_then(|r| r.to).is_some_and(|t| t < y))
        {
            return true;
        }
    }
    false
}

/// Scores one offering.
fn score(
    d: &BodyData,
    o: &Offering,
    a: Option<&Assessment>,
    an: Option<&Analysis>,
    year: Option<u32>,
) -> Suggestion {
    let mut points = 0;
    let mut reasons = Vec::new();

    // Gaps it trains.
    let mut gap_points = 0;
    if let Some(an) = an {
        for link in &o.trains {
            let Some(row) = an.rows.iter().find(|r| r.item.id == link.item) else {
                continue;
            };
            let Some(steps) = row.worst_gap().filter(|g| *g > 0) else {
                continue;
            };
            let per = if link.basis == Basis::Document { 10 } else { 8 };
            gap_points += per * i32::from(steps);
            reasons.push(Reason::Gap {
                item: row.item.short_label(),
                item_en: row.item.label_en.clone(),
                steps: steps as u8,
                basis: link.basis,
            });
        }
    }
    points += gap_points;

    // Grades.
    // A handful of grades: a slice search, with no set to build.
    let grades: &[Id] = &o.targets.grades;
    let mut grade_hit = false;
    if let Some(a) = a {
        if let Some(next) = &a.selection.next {
            if grades.contains(next) {
                points += 30;
                grade_hit = true;
                let (grade, grade_en) = grade_name(d, next);
                reasons.push(Reason::ForGrade {
                    grade,
                    grade_en,
                    side: Side::Next,
                });
            }
        }
        if let Some(cur) = a.selection.current_grade() {
            if grades.contains(cur) {
                points += 20;
                grade_hit = true;
                let (grade, grade_en) = grade_name(d, cur);
                reasons.push(Reason::ForGrade {
                    grade,
                    grade_en,
                    side: Side::Current,
                });
            }
        }
    }
    let aimed_elsewhere = !grades.is_empty() && !grade_hit;

    // Timing.
    let mut year_hit = false;
    if let (Some(y), Some(r)) = (year, &o.targets.years) {
        if r.contains(y) {
            points += 40;
            year_hit = true;
            reasons.push(Reason::ForYear { year: y });
        } else {
            points -= 40;
        }
    }
    if let Some(y) = year {
        for sid in &o.targets.stages {
            let stage = d
                .career_paths
                .iter()
                .flat_map(|p| &p.stages)
                .find(|s| &s.id == sid);
            if let Some(s) = stage.filter(|s| s.years.is_some_and(|r| r.contains(y))) {
                points += 10;
                reasons.push(Reason::ForStage {
                    stage: s.name.ja.clone(),
                });
            }
        }
    }

    // Supports open to everyone.
    let untargeted = grades.is_empty() && o.targets.years.is_none() && o.targets.stages.is_empty();
    if untargeted && o.kind.family() != OfferingFamily::Course {
        points += 5;
        reasons.push(Reason::ForEveryone);
    }

    if aimed_elsewhere && gap_points == 0 && !year_hit {
        points = points.min(0);
    }
    if a.is_some_and(|a| passed(d, o, a, year)) {
        points = points.min(0);
    }
    Suggestion {
        offering: o.id.clone(),
        score: points,
        reasons,
    }
}

/// Ranks the body's offerings for a person. Without an assessment (a body
/// with no grades, such as 会津若松市), only supports open to everyone score.
/// `kinds` filters by kind; empty means all.
pub fn suggest(
    d: &BodyData,
    a: Option<&Assessment>,
    an: Option<&Analysis>,
    year: Option<u32>,
    kinds: &[OfferingKind],
) -> Vec<Suggestion> {
    let mut out: Vec<(usize, Suggestion)> = d
        .offerings
        .iter()
        .enumerate()
        .filter(|(_, o)| kinds.is_empty() || kinds.contains(&o.kind))
        .map(|(i, o)| (i, score(d, o, a, an, year)))
        .filter(|(_, s)| s.score > 0)
        .collect();
    out.sort_by(|x, y| y.1.score.cmp(&x.1.score).then(x.0.cmp(&y.0)));
    out.into_iter().map(|(_, s)| s).collect()
}

/// Suggestions that are one printed entry split into variants (the same
/// passage in the same section: 青森市's DX推進研修計画 rows), shown as one
/// card: the best-ranked first, the others under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The best-ranked variant.
    pub lead: Suggestion,
    /// The other variants, best first.
    pub variants: Vec<Suggestion>,
}

/// What the documents offer for one priority gap.
#[derive(Debug, Clone, PartialEq)]
pub struct ForGap {
    /// The item's id.
    pub item: Id,
    /// The item's short name.
    pub name: String,
    /// The English gloss of the item's name, where the data has one.
    pub name_en: Option<String>,
    /// Steps short of the target.
    pub steps: u8,
    /// What addresses it, best first (each offering under the first gap
    /// it addresses).
    pub groups: Vec<Group>,
    /// Offerings already shown under a more urgent gap that also address
    /// this one: (offering, that gap's item).
    pub also: Vec<(Id, Id)>,
}

impl ForGap {
    /// Whether the documents name nothing for this gap.
    pub fn nothing_named(&self) -> bool {
        self.groups.is_empty() && self.also.is_empty()
    }

    /// The sentence shown where the documents name nothing for the gap.
    pub fn nothing_text(&self, lang: Lang) -> String {
        match lang {
            Lang::Ja => format!(
                "文書は「{}」を伸ばす研修や制度を挙げていません。下の「全般に役立つこと」（職場での OJT、1on1 など）で取り組めます。",
                self.name
            ),
            Lang::En => format!(
                "The documents name no training or support for \u{201c}{}\u{201d}. The general help below (on-the-job training, 1on1 meetings and the like) can serve it.",
                gloss(&self.name, self.name_en.as_deref(), lang)
            ),
        }
    }
}

/// The suggestions as the page reads them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Advice {
    /// One entry per priority gap, most urgent first.
    pub gaps: Vec<ForGap>,
    /// Aimed at the person's grade, year or stage, or at a smaller gap.
    pub aimed: Vec<Group>,
    /// What helps in general: OJT, 1on1 and mentoring, self-study supports,
    /// subsidies and programmes open to everyone.
    pub general: Vec<Group>,
}

impl Advice {
    /// Every suggestion in page order, variants after their lead.
    pub fn all(&self) -> impl Iterator<Item = &Suggestion> {
        self.gaps
            .iter()
            .flat_map(|g| &g.groups)
            .chain(&self.aimed)
            .chain(&self.general)
            .flat_map(|g| std::iter::once(&g.lead).chain(&g.variants))
    }
}

/// Whether an offering is general help: for no grade, year or stage, and
/// not a course of a kind that is always aimed (by grade, issue, specialism
/// or posting).
pub fn is_general(o: &Offering) -> bool {
    let t = &o.targets;
    t.grades.is_empty()
        && t.years.is_none()
        && t.stages.is_empty()
        && !matches!(
            o.kind,
            OfferingKind::GradeTraining
                | OfferingKind::SpecialistTraining
                | OfferingKind::IssueTraining
                | OfferingKind::Secondment
        )
}

/// What variants of one printed entry share: the document, the section
/// and the passage they come from.
type VariantKey = (String, String, String);

/// The key that tells variants of one printed entry.
fn variant_key(o: &Offering) -> Option<VariantKey> {
    let src = o.source.as_ref()?;
    let first = o.description.first()?;
    Some((src.file.clone(), src.section.clone(), first.text.clone()))
}

/// Groups ranked suggestions into cards, keeping the ranking's order.
fn group(d: &BodyData, list: Vec<Suggestion>) -> Vec<Group> {
    let mut out: Vec<(Option<VariantKey>, Group)> = Vec::new();
    for s in list {
        let key = d
            .offerings
            .iter()
            .find(|o| o.id == s.offering)
            .and_then(variant_key);
        match out.iter_mut().find(|(k, _)| key.is_some() && k == &key) {
            Some((_, g)) => g.variants.push(s),
            None => out.push((
                key,
                Group {
                    lead: s,
                    variants: Vec::new(),
                },
            )),
        }
    }
    out.into_iter().map(|(_, g)| g).collect()
}

/// The suggestions arranged for the page (see the module's header). With
/// no assessment, everything is general help.
pub fn advise(
    d: &BodyData,
    a: Option<&Assessment>,
    an: Option<&Analysis>,
    year: Option<u32>,
    kinds: &[OfferingKind],
) -> Advice {
    let ranked = suggest(d, a, an, year, kinds);
    let offering = |id: &Id| d.offerings.iter().find(|o| &o.id == id);
    let mut placed: Vec<Id> = Vec::new();
    let mut gaps = Vec::new();
    if let Some(an) = an {
        for &i in &an.priorities {
            let Some(row) = an.rows.get(i) else { continue };
            let steps = row.worst_gap().unwrap_or(0).max(0) as u8;
            let name = row.item.short_label();
            let addresses = |s: &Suggestion| {
                s.reasons
                    .iter()
                    .any(|r| matches!(r, Reason::Gap { item, .. } if *item == name))
            };
            let mut also = Vec::new();
            let mut mine = Vec::new();
            for s in ranked.iter().filter(|s| addresses(s)) {
                if placed.contains(&s.offering) {
                    let earlier: Option<&ForGap> = gaps.iter().find(|g: &&ForGap| {
                        g.groups.iter().any(|x| {
                            x.lead.offering == s.offering
                                || x.variants.iter().any(|v| v.offering == s.offering)
                        })
                    });
                    if let Some(e) = earlier {
                        also.push((s.offering.clone(), e.item.clone()));
                    }
                } else {
                    placed.push(s.offering.clone());
                    mine.push(s.clone());
                }
            }
            gaps.push(ForGap {
                item: row.item.id.clone(),
                name,
                name_en: row.item.label_en.clone(),
                steps,
                groups: group(d, mine),
                also,
            });
        }
    }
    let mut aimed = Vec::new();
    let mut general = Vec::new();
    for s in ranked.into_iter().filter(|s| !placed.contains(&s.offering)) {
        if offering(&s.offering).is_some_and(is_general) {
            general.push(s);
        } else {
            aimed.push(s);
        }
    }
    // General help the ranking gives no points (職場研修, 自主研修 courses
    // open to all) still belongs in the general part, after the rest.
    let unranked: Vec<&Offering> = d
        .offerings
        .iter()
        .filter(|o| {
            is_general(o)
                && (kinds.is_empty() || kinds.contains(&o.kind))
                && !placed.contains(&o.id)
                && !general.iter().any(|s: &Suggestion| s.offering == o.id)
                && !aimed.iter().any(|s: &Suggestion| s.offering == o.id)
        })
        .collect();
    for o in unranked {
        general.push(Suggestion {
            offering: o.id.clone(),
            score: 0,
            reasons: vec![Reason::ForEveryone],
        });
    }
    Advice {
        gaps,
        aimed: group(d, aimed),
        general: group(d, general),
    }
}

/// The kinds a body offers at all, in the UI's order, for the filter.
pub fn kinds_offered(d: &BodyData) -> Vec<OfferingKind> {
    OfferingKind::ALL
        .into_iter()
        .filter(|k| d.offerings.iter().any(|o| o.kind == *k))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gap(basis: Basis) -> Reason {
        Reason::Gap {
            item: "①倫理".into(),
            item_en: Some("Ethics".into()),
            steps: 2,
            basis,
        }
    }

    #[test]
    fn the_japanese_reasons_keep_their_wording() {
        assert_eq!(
            gap(Basis::Document).text(Lang::Ja),
            "「①倫理」の差（あと2段階）を埋めるのに役立ちます（文書に記載のある結び付き）。"
        );
        assert_eq!(
            Reason::ForYear { year: 5 }.text(Lang::Ja),
            "採用5年目向けです。"
        );
    }

    #[test]
    fn an_english_gap_reason_glosses_the_item_and_says_whose_link_it_is() {
        assert_eq!(
            gap(Basis::App).text(Lang::En),
            "Helps close the gap on \u{201c}①倫理 (Ethics)\u{201d} (2 steps to go; the link between course and ability is the app's reading)."
        );
        let one = Reason::Gap {
            item: "説明".into(),
            item_en: None,
            steps: 1,
            basis: Basis::Document,
        };
        assert!(one
            .text(Lang::En)
            .contains("\u{201c}説明\u{201d} (1 step to go; a link the document states)"));
    }

    #[test]
    fn english_grade_year_stage_and_everyone_reasons_read_as_sentences() {
        let g = Reason::ForGrade {
            grade: "主任".into(),
            grade_en: Some("Senior staff".into()),
            side: Side::Next,
        };
        assert_eq!(
            g.text(Lang::En),
            "Aimed at your next grade, \u{201c}主任 (Senior staff)\u{201d}."
        );
        assert_eq!(g.text(Lang::Ja), "次の職位「主任」向けです。");
        assert_eq!(
            Reason::ForYear { year: 5 }.text(Lang::En),
            "Aimed at staff in year 5 of service."
        );
        assert_eq!(
            Reason::ForStage {
                stage: "基礎習得段階".into()
            }
            .text(Lang::En),
            "Belongs to the career stage you are in now (基礎習得段階)."
        );
        assert_eq!(
            Reason::ForEveryone.text(Lang::En),
            "A support open to everyone."
        );
    }
}
