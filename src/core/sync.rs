//! Two tabs (or windows) of the app on one device share one stored
//! document, and each saves its own changes a moment after they are made.
//! When another tab saved in between, writing this tab's document as it is
//! would silently undo the other tab's change. Instead the app merges:
//! [`merge`] takes the document as this tab last knew it in storage (the
//! base), this tab's document and the other tab's, and keeps every change
//! of either side, item by item (a rating with its note, a plan item, a
//! snapshot, a review, a survey answer). Where both changed the same item
//! differently, this tab's change is kept and the other's is reported in
//! words ([`NotKept`]), with what it said, so nothing is lost unseen.

use super::assess::{Assessment, Entry, Side};
use super::id::Id;
use super::lang::Lang;
use super::plan::PlanItem;
use super::review::Review;
use super::store::{EngagementAnswers, Snapshot, StoredDoc};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::rc::Rc;

/// The label of the snapshot that keeps another tab's assessment of
/// another body, track or grade pair.
pub const OTHER_TAB_LABEL: &str = "別のタブでの自己評価";

/// Something another tab saved that the merge did not keep where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotKept {
    /// The rating and note of an item, changed in both tabs: this tab's
    /// are kept; `theirs` is what the other tab had (none: it had removed
    /// them).
    Entry {
        /// Which grade the item was rated against.
        side: Side,
        /// The item.
        item: Id,
        /// The other tab's rating and note.
        theirs: Option<Entry>,
    },
    /// The other tab rated another body, track or grade pair: its
    /// assessment is kept as a snapshot (this id) instead.
    AssessmentAsSnapshot(u32),
    /// A plan item changed in both tabs: this tab's is kept.
    Plan(PlanItem),
    /// A survey answer changed in both tabs: this tab's is kept.
    Answer {
        /// The survey's item.
        item: Id,
        /// The other tab's answer (none: it had removed it).
        theirs: Option<u32>,
    },
}

impl NotKept {
    /// The message for the person, naming items as `name` says (the
    /// body's data knows them), or by their id where it does not.
    pub fn message_named(&self, lang: Lang, name: &dyn Fn(&Id) -> Option<String>) -> String {
        let called = |id: &Id| name(id).unwrap_or_else(|| id.to_string());
        let ja = lang == Lang::Ja;
        match self {
            NotKept::Entry { side, item, theirs } => {
                let what = match theirs {
                    None => lang
                        .pick("評価とメモを消していました", "had removed the rating and note")
                        .to_owned(),
                    Some(e) => {
                        let rating = e
                            .rating
                            .map_or(lang.pick("評価なし", "no rating"), |r| r.label(lang));
                        match (e.note.is_empty(), ja) {
                            (true, true) => format!("評価「{rating}」"),
                            (true, false) => format!("rating \u{201c}{rating}\u{201d}"),
                            (false, true) => format!("評価「{rating}」、メモ「{}」", e.note),
                            (false, false) => format!(
                                "rating \u{201c}{rating}\u{201d}, note \u{201c}{}\u{201d}",
                                e.note
                            ),
                        }
                    }
                };
                if ja {
                    format!(
                        "別のタブでも「{}」（{}）が同時に変更されました。このタブの内容を残しました。別のタブでの内容（{what}）は残していないので、必要なら入力し直してください。",
                        called(item),
                        side.label(lang)
                    )
                } else {
                    format!(
                        "\u{201c}{}\u{201d} ({}) was changed in another tab at the same time. This tab's version is kept; the other tab's ({what}) is not, so enter it again if you need it.",
                        called(item),
                        side.label(lang)
                    )
                }
            }
            NotKept::AssessmentAsSnapshot(_) => lang
                .pick(
                    "別のタブで、別の団体・職位の自己評価が同時に保存されました。このタブの自己評価を残し、別のタブでの自己評価は「履歴・データ」にスナップショット（「別のタブでの自己評価」）として残しました。",
                    "Another tab saved a self-rating of another body or grades at the same time. This tab's self-rating is kept; the other tab's is kept as a snapshot (\u{201c}別のタブでの自己評価\u{201d}) in History & data.",
                )
                .to_owned(),
            NotKept::Plan(p) if ja => format!(
                "計画の「{}」が別のタブでも同時に変更されました。このタブの内容を残しました（別のタブでの時期・状況・メモは残していません）。",
                p.title
            ),
            NotKept::Plan(p) => format!(
                "The plan item \u{201c}{}\u{201d} was changed in another tab at the same time. This tab's version is kept (the other tab's timing, status and note are not).",
                p.title
            ),
            NotKept::Answer { item, theirs } => {
                let theirs = theirs.map_or_else(|| "—".to_owned(), |v| v.to_string());
                if ja {
                    format!(
                        "職員調査の「{}」への回答が別のタブでも同時に変更されました。このタブの回答を残しました（別のタブでの回答：{theirs}）。",
                        called(item)
                    )
                } else {
                    format!(
                        "The survey answer to \u{201c}{}\u{201d} was changed in another tab at the same time. This tab's answer is kept (the other tab's: {theirs}).",
                        called(item)
                    )
                }
            }
        }
    }

    /// The message, naming items by their ids.
    pub fn message(&self, lang: Lang) -> String {
        self.message_named(lang, &|_| None)
    }
}

/// The merged document and what of the other tab's it did not keep.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// Both tabs' changes.
    pub doc: StoredDoc,
    /// What of the other tab's was not kept where it was.
    pub not_kept: Vec<NotKept>,
}

/// A three-way choice: the side that changed, or, where both changed
/// differently, both (`Err((mine, theirs))`).
fn pick<T: PartialEq + Clone>(base: &T, mine: &T, theirs: &T) -> Result<T, (T, T)> {
    if mine == theirs || theirs == base {
        Ok(mine.clone())
    } else if mine == base {
        Ok(theirs.clone())
    } else {
        Err((mine.clone(), theirs.clone()))
    }
}

/// Merges this tab's document (`mine`) with another tab's (`theirs`),
/// both changed from `base`, the document as this tab last knew it in
/// storage. `today` dates a snapshot that keeps the other tab's assessment
/// when the two rate different things.
pub fn merge(base: &StoredDoc, mine: &StoredDoc, theirs: &StoredDoc, today: NaiveDate) -> Merged {
    let mut not_kept = Vec::new();
    let mut doc = mine.clone();
    let mut kept_aside = None;
    doc.assessment = merge_assessment(
        base.assessment.as_ref(),
        mine.assessment.as_ref(),
        theirs.assessment.as_ref(),
        &mut not_kept,
        &mut kept_aside,
    );
    doc.snapshots = Rc::new(merge_by_id(
        &base.snapshots,
        &mine.snapshots,
        &theirs.snapshots,
        |s: &Snapshot| s.id,
        |s, id| s.id = id,
        &mut |_| {},
    ));
    doc.reviews = merge_by_id(
        &base.reviews,
        &mine.reviews,
        &theirs.reviews,
        |r: &Review| r.id,
        |r, id| r.id = id,
        &mut |_| {},
    );
    doc.plan = merge_by_id(
        &base.plan,
        &mine.plan,
        &theirs.plan,
        |p: &PlanItem| p.id,
        |p, id| p.id = id,
        &mut |theirs| not_kept.push(NotKept::Plan(theirs)),
    );
    doc.engagement = merge_engagement(
        &base.engagement,
        &mine.engagement,
        &theirs.engagement,
        &mut not_kept,
    );
    if let Some(a) = kept_aside {
        let mut holder = StoredDoc {
            assessment: Some(a),
            ..StoredDoc::new()
        };
        holder.snapshots = doc.snapshots.clone();
        if let Some(id) = holder.take_snapshot(today, Some(OTHER_TAB_LABEL.into())) {
            doc.snapshots = holder.snapshots;
            not_kept.push(NotKept::AssessmentAsSnapshot(id));
        }
    }
    Merged { doc, not_kept }
}

/// The assessment: the side that changed it, else, for the same body and
/// track, item by item; an assessment of something else that the other
/// tab saved is handed back in `aside`, to keep as a snapshot.
fn merge_assessment(
    base: Option<&Assessment>,
    mine: Option<&Assessment>,
    theirs: Option<&Assessment>,
    not_kept: &mut Vec<NotKept>,
    aside: &mut Option<Assessment>,
) -> Option<Assessment> {
    let (m, t) = match pick(&base, &mine, &theirs) {
        Ok(a) => return a.cloned(),
        Err(both) => both,
    };
    let (Some(m), Some(t)) = (m, t) else {
        // One tab cleared it while the other changed it: the change is kept.
        return m.or(t).cloned();
    };
    // Two assessments of different bodies or tracks: not one to merge.
    let same_kind = m.selection.body == t.selection.body && m.selection.track == t.selection.track;
    if !same_kind {
        *aside = Some(t.clone());
        return Some(m.clone());
    }
    let bsel = base.map(|b| &b.selection);
    let selection = match pick(&bsel, &Some(&m.selection), &Some(&t.selection)) {
        Ok(Some(s)) => s.clone(),
        _ => {
            // Both chose differently: this tab's stays the assessment, the
            // other's is kept whole, as a snapshot.
            *aside = Some(t.clone());
            return Some(m.clone());
        }
    };
    // Entries merge item by item, over the base's entries when it rated the
    // same body and track.
    let empty = Assessment::new(selection.clone());
    let b = base
        .filter(|b| b.selection.body == selection.body && b.selection.track == selection.track)
        .unwrap_or(&empty);
    let mut out = Assessment::new(selection);
    for side in Side::BOTH {
        let mut ids: Vec<&Id> = m.side(side).keys().chain(t.side(side).keys()).collect();
        ids.extend(b.side(side).keys());
        ids.sort();
        ids.dedup();
        for id in ids {
            let (be, me, te) = (
                b.side(side).get(id),
                m.side(side).get(id),
                t.side(side).get(id),
            );
            let kept = match pick(&be, &me, &te) {
                Ok(e) => e,
                Err((me, te)) => {
                    not_kept.push(NotKept::Entry {
                        side,
                        item: id.clone(),
                        theirs: te.cloned(),
                    });
                    me
                }
            };
            if let Some(e) = kept {
                out.side_mut(side).insert(id.clone(), e.clone());
            }
        }
    }
    Some(out)
}

/// A list of items with ids, merged by id: additions of either side kept
/// (an id both sides gave to different new items is given afresh to the
/// other side's), a deletion kept unless the other side changed the item,
/// and an item both changed differently kept as this tab's, the other's
/// reported through `lost`.
fn merge_by_id<T: PartialEq + Clone>(
    base: &[T],
    mine: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> u32,
    set_id: impl Fn(&mut T, u32),
    lost: &mut dyn FnMut(T),
) -> Vec<T> {
    let find = |list: &[T], n: u32| list.iter().find(|x| id(x) == n).cloned();
    let mut next = base
        .iter()
        .chain(mine)
        .chain(theirs)
        .map(&id)
        .max()
        .unwrap_or(0)
        + 1;
    let mut out = Vec::new();
    for m in mine {
        let n = id(m);
        match (find(base, n), find(theirs, n)) {
            // Unchanged by the other tab, or changed the same way.
            (Some(b), Some(t)) => match pick(&b, m, &t) {
                Ok(x) => out.push(x),
                Err((x, t)) => {
                    lost(t);
                    out.push(x);
                }
            },
            // The other tab deleted it: gone, unless this tab changed it.
            (Some(b), None) => {
                if *m != b {
                    out.push(m.clone());
                }
            }
            (None, _) => out.push(m.clone()),
        }
    }
    for t in theirs {
        let n = id(t);
        let in_base = find(base, n);
        let in_mine = find(mine, n);
        match (in_base, in_mine) {
            // Handled above.
            (Some(_), Some(_)) => {}
            // This tab deleted it: gone, unless the other tab changed it.
            (Some(b), None) => {
                if *t != b {
                    out.push(t.clone());
                }
            }
            // Added by the other tab only.
            (None, None) => out.push(t.clone()),
            // Both added an item under the same id: both are kept.
            (None, Some(m)) => {
                if m != *t {
                    let mut t = t.clone();
                    set_id(&mut t, next);
                    next += 1;
                    out.push(t);
                }
            }
        }
    }
    out
}

/// Survey answers, item by item for each body's survey.
fn merge_engagement(
    base: &[EngagementAnswers],
    mine: &[EngagementAnswers],
    theirs: &[EngagementAnswers],
    not_kept: &mut Vec<NotKept>,
) -> Vec<EngagementAnswers> {
    let same =
        |a: &EngagementAnswers, b: &EngagementAnswers| a.body == b.body && a.survey == b.survey;
    let mut out: Vec<EngagementAnswers> = Vec::new();
    let all = mine.iter().chain(theirs.iter());
    for e in all {
        if out.iter().any(|o| same(o, e)) {
            continue;
        }
        let of = |list: &[EngagementAnswers]| list.iter().find(|x| same(x, e)).cloned();
        let (b, m, t) = (of(base), of(mine), of(theirs));
        let answers = |x: &Option<EngagementAnswers>| {
            x.as_ref().map(|x| x.answers.clone()).unwrap_or_default()
        };
        let (ba, ma, ta) = (answers(&b), answers(&m), answers(&t));
        let mut merged = BTreeMap::new();
        let mut ids: Vec<&Id> = ma.keys().chain(ta.keys()).chain(ba.keys()).collect();
        ids.sort();
        ids.dedup();
        for id in ids {
            let kept = match pick(&ba.get(id), &ma.get(id), &ta.get(id)) {
                Ok(v) => v,
                Err((mv, tv)) => {
                    not_kept.push(NotKept::Answer {
                        item: id.clone(),
                        theirs: tv.copied(),
                    });
                    mv
                }
            };
            if let Some(v) = kept {
                merged.insert(id.clone(), *v);
            }
        }
        // Answered: the later of the two days.
        let answered = m
            .iter()
            .chain(t.iter())
            .map(|x| x.answered)
            .max()
            .unwrap_or(e.answered);
        out.push(EngagementAnswers {
            body: e.body.clone(),
            survey: e.survey.clone(),
            answered,
            answers: merged,
        });
    }
    out
}
