//! The assessment, the supervisor's review and the plan as one CSV file,
//! for the HR office's Excel.
//!
//! Written as UTF-8 with a byte-order mark and CRLF line ends: without the
//! mark, Japanese Excel reads a CSV as Shift_JIS and garbles every
//! Japanese character. Fields are quoted where they hold a comma, a quote
//! or a line break (a note typed over several lines stays one cell).
//! An item is written once per grade it is rated against, with that
//! grade's mark or, for an ability worded per grade, that grade's
//! sentences.

use super::assess::{analysis_of, Assessment, Side};
use super::dates::wareki;
use super::lang::Lang;
use super::model::BodyData;
use super::plan::{PlanItem, Status};
use super::review::{compare, Review};

/// The byte-order mark Excel needs to read UTF-8.
pub const BOM: char = '\u{feff}';

/// One field, quoted when it must be.
pub(crate) fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

pub(crate) fn line(out: &mut String, fields: &[&str]) {
    let cells: Vec<String> = fields.iter().map(|f| field(f)).collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// The CSV text, BOM first. `review` adds the supervisor's ratings, the
/// difference in words and the comments; `plan` lists the person's plan
/// items for this body.
pub fn assessment_csv(
    d: &BodyData,
    a: &Assessment,
    review: Option<&Review>,
    plan: &[PlanItem],
    lang: Lang,
) -> String {
    let ja = lang == Lang::Ja;
    let t = |j: &'static str, e: &'static str| if ja { j } else { e };
    let sel = &a.selection;
    let analysis = analysis_of(d, a);
    let compared = review.map(|r| compare(&analysis, &r.given));
    let mut out = String::new();
    out.push(BOM);
    let grade_of = |side: Side| match side {
        Side::Current => sel.current.name(d, lang),
        Side::Next => sel
            .next
            .as_ref()
            .map_or_else(String::new, |g| d.grade_name(g, lang)),
    };
    line(&mut out, &[t("団体", "Body"), &d.body.name.glossed(lang)]);
    line(
        &mut out,
        &[t("現在の職位", "Current grade"), &grade_of(Side::Current)],
    );
    line(
        &mut out,
        &[t("次の職位", "Next grade"), &grade_of(Side::Next)],
    );
    if let Some(r) = review {
        line(
            &mut out,
            &[
                t("上司の評価", "Supervisor's review"),
                &wareki(r.made),
                &r.given.role,
            ],
        );
    }
    line(&mut out, &[]);
    let mut head = vec![
        t("番号", "No."),
        t("項目", "Item"),
        t("区分", "Group"),
        t("職位", "Grade"),
        t("求め（記号）", "Mark"),
        t("職位の文", "The grade's wording"),
        t("目標", "Target"),
        t("自己評価", "Self-rating"),
        t("差（目標まで）", "Gap to target"),
        t("本人のメモ", "Own note"),
    ];
    if review.is_some() {
        head.extend([
            t("上司の評価", "Supervisor's rating"),
            t("比べて", "Compared"),
            t("上司のコメント", "Supervisor's comment"),
        ]);
    }
    line(&mut out, &head);
    for (i, r) in analysis.rows.iter().enumerate() {
        for side in r.item.rated_sides() {
            let res = r.side(side);
            let e = r.item.expectation(side);
            // As the item is asked: an item asked once carries one note
            // for both grades' rows, wherever it was written.
            let note = a.answer(&r.item, side).note;
            // What the grade words the ability as (a 標準職務遂行能力
            // table), one sentence a line; empty for a mark or a can-do.
            let wording = e
                .map(|e| {
                    e.statements
                        .iter()
                        .map(|s| s.text.as_str())
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default();
            let gap = match res.gap() {
                Some(g) if g > 0 => g.to_string(),
                Some(_) => "0".into(),
                None => String::new(),
            };
            let mut cells = vec![
                r.item.number.clone().unwrap_or_default(),
                r.item.label.clone(),
                r.item.group_name(lang).unwrap_or_default(),
                grade_of(side),
                e.and_then(|e| e.mark.clone()).unwrap_or_default(),
                wording,
                res.target
                    .map(|t| t.label(lang).to_owned())
                    .unwrap_or_default(),
                res.rating
                    .map(|x| x.label(lang).to_owned())
                    .unwrap_or_default(),
                gap,
                note,
            ];
            if let Some(rows) = &compared {
                let c = rows.iter().find(|c| c.row == i && c.side == side);
                cells.push(
                    c.and_then(|c| c.reviewer)
                        .map(|x| x.label(lang).to_owned())
                        .unwrap_or_default(),
                );
                cells.push(
                    c.map(|c| c.verdict.label(lang).to_owned())
                        .unwrap_or_default(),
                );
                cells.push(c.and_then(|c| c.comment.clone()).unwrap_or_default());
            }
            let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
            line(&mut out, &refs);
        }
    }
    if let Some(r) = review {
        line(&mut out, &[]);
        line(
            &mut out,
            &[t("全体のコメント", "Overall comment"), &r.given.overall],
        );
        line(&mut out, &[]);
        line(
            &mut out,
            &[
                t("合意した次の一歩", "Agreed next steps"),
                t("年度", "Fiscal year"),
            ],
        );
        for s in &r.given.steps {
            let fy = s
                .fiscal_year
                .map(|y| super::dates::fiscal_year_label(y, lang))
                .unwrap_or_default();
            line(&mut out, &[&s.text, &fy]);
        }
    }
    let mine: Vec<&PlanItem> = plan.iter().filter(|p| p.body == sel.body).collect();
    if !mine.is_empty() {
        line(&mut out, &[]);
        line(
            &mut out,
            &[
                t("計画", "Plan"),
                t("年度", "Fiscal year"),
                t("状況", "Status"),
                t("メモ", "Note"),
            ],
        );
        for p in mine {
            let status = match (p.status, ja) {
                (Status::Planned, true) => "予定",
                (Status::InProgress, true) => "受講中",
                (Status::Done, true) => "完了",
                (Status::Planned, false) => "Planned",
                (Status::InProgress, false) => "In progress",
                (Status::Done, false) => "Done",
            };
            line(
                &mut out,
                &[
                    &p.title,
                    &super::dates::fiscal_year_label(p.when.fiscal_year(), lang),
                    status,
                    &p.note,
                ],
            );
        }
    }
    out
}

/// The file's name: `michishirube-koriyama-2026-12-01.csv`.
pub fn file_name(d: &BodyData, today: chrono::NaiveDate) -> String {
    // NaiveDate prints as YYYY-MM-DD; no strftime pattern, so none of
    // chrono's formatting code in the wasm modules.
    format!("michishirube-{}-{}.csv", d.body.id, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_or_line_breaks_are_quoted() {
        assert_eq!(field("できる"), "できる");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("「\"」"), "\"「\"\"」\"");
        assert_eq!(field("一行目\n二行目"), "\"一行目\n二行目\"");
    }
}
