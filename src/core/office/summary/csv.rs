//! The summary as CSV for Excel: UTF-8 with a BOM, CRLF line ends, one
//! section per table under a Japanese heading (対象, ギャップ（現在の職位）,
//! ギャップ（次の職位）, 本人と上司, 研修, 年度別).
//!
//! A group below the threshold is written 「非表示（N人未満）」 in place of
//! its first figure and its other figures are left empty: no number of a
//! hidden group reaches the file. The summary holds no identifier and no
//! file name, so none can be written.

use super::{one_decimal, shown, threshold, Cell, GapMap, Summary};
use crate::core::csv::{line, BOM};
use crate::core::dates::fiscal_year_label;
use crate::core::id::Id;
use crate::core::lang::Lang;
use crate::core::model::{Basis, BodyData};

/// What a hidden group is written as.
pub(super) fn hidden_text(t: u32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("非表示（{t}人未満）"),
        Lang::En => format!("Hidden (fewer than {t})"),
    }
}

fn ability_name(d: &BodyData, id: &Id, lang: Lang) -> String {
    d.abilities.iter().find(|a| &a.id == id).map_or_else(
        || id.to_string(),
        |a| {
            format!(
                "{}{}",
                a.number.clone().unwrap_or_default(),
                a.name.glossed(lang)
            )
        },
    )
}

fn position_name(d: &BodyData, g: Option<&Id>, lang: Lang) -> String {
    match g {
        None => lang.pick("入庁前", "Before entry").into(),
        Some(g) => d.grade_name(g, lang),
    }
}

fn track_name(d: &BodyData, id: &Id, lang: Lang) -> String {
    d.tracks
        .iter()
        .find(|t| &t.id == id)
        .map_or_else(|| id.to_string(), |t| t.name.glossed(lang))
}

fn pct(p: Option<u32>) -> String {
    p.map(|p| format!("{p}%")).unwrap_or_default()
}

/// The CSV text, BOM first.
pub(super) fn write(s: &Summary, d: &BodyData, asked: u32, lang: Lang) -> String {
    let t = threshold(asked);
    let hid = hidden_text(t, lang);
    let tr = |ja: &'static str, en: &'static str| lang.pick(ja, en);
    let count = |n: u32, show: bool| if show { n.to_string() } else { hid.clone() };
    let mut out = String::new();
    out.push(BOM);
    line(
        &mut out,
        &[tr("組織の傾向", "Trends across the organisation")],
    );
    line(&mut out, &[tr("団体", "Body"), &d.body.name.glossed(lang)]);
    line(
        &mut out,
        &[tr("データの版", "Data version"), &s.data_version],
    );
    let rule = match lang {
        Lang::Ja => format!("{t}人未満の集団は表示していません"),
        Lang::En => format!("Groups of fewer than {t} people are not shown"),
    };
    line(&mut out, &[tr("表示の基準", "Threshold"), &rule]);

    // 対象
    let cov = &s.coverage;
    let flags = cov.shown(t);
    line(&mut out, &[]);
    line(&mut out, &[tr("対象", "Who is covered")]);
    line(
        &mut out,
        &[
            tr("区分", "Breakdown"),
            tr("内訳", "Group"),
            tr("人数", "People"),
        ],
    );
    line(
        &mut out,
        &[tr("合計", "Total"), "", &count(cov.total, flags.total)],
    );
    for ((id, n), f) in cov.by_track.iter().zip(&flags.tracks) {
        line(
            &mut out,
            &[
                tr("職種", "Track"),
                &track_name(d, id, lang),
                &count(*n, *f),
            ],
        );
    }
    for ((g, n), f) in cov.by_grade.iter().zip(&flags.grades) {
        let name = position_name(d, g.as_ref(), lang);
        line(
            &mut out,
            &[tr("現在の職位", "Current grade"), &name, &count(*n, *f)],
        );
    }
    for ((y, n), f) in cov.by_year.iter().zip(&flags.years) {
        let fy = fiscal_year_label(*y, lang);
        line(&mut out, &[tr("年度", "Fiscal year"), &fy, &count(*n, *f)]);
    }
    for (label, n) in [
        (
            tr("上司の評価を含む", "With the supervisor's review"),
            cov.with_review,
        ),
        (tr("メモを含む", "With notes"), cov.with_notes),
        (
            tr(
                "別の版のデータから読み替え",
                "Mapped from another data version",
            ),
            cov.mapped,
        ),
    ] {
        line(&mut out, &[label, "", &count(n, shown(n, t))]);
    }

    // ギャップ
    for (map, heading) in [
        (
            &s.current,
            tr("ギャップ（現在の職位）", "Gaps (current grade)"),
        ),
        (&s.next, tr("ギャップ（次の職位）", "Gaps (next grade)")),
    ] {
        line(&mut out, &[]);
        line(&mut out, &[heading]);
        gap_section(&mut out, map, d, t, &hid, lang);
    }

    // 本人と上司
    line(&mut out, &[]);
    line(&mut out, &[tr("本人と上司", "Self and supervisor")]);
    if s.versus.is_empty() {
        line(
            &mut out,
            &[tr(
                "上司の評価を含むファイルはありません",
                "No file includes the supervisor's review",
            )],
        );
    } else {
        line(
            &mut out,
            &[
                tr("能力", "Ability"),
                tr("比べた組数", "Pairs compared"),
                tr("本人が高い", "Self higher"),
                tr("本人が低い", "Self lower"),
                tr(
                    "差の平均（本人－上司）",
                    "Mean difference (self - supervisor)",
                ),
            ],
        );
        for v in &s.versus {
            let name = ability_name(d, &v.ability, lang);
            if !shown(v.pairs, t) {
                line(&mut out, &[&name, &hid, "", "", ""]);
                continue;
            }
            let mean = v
                .mean()
                .map(|m| {
                    let x = one_decimal(m);
                    if m > 0.0 && x != "0.0" {
                        format!("+{x}")
                    } else {
                        x
                    }
                })
                .unwrap_or_default();
            line(
                &mut out,
                &[
                    &name,
                    &v.pairs.to_string(),
                    &pct(v.higher_percent()),
                    &pct(v.lower_percent()),
                    &mean,
                ],
            );
        }
    }

    // 研修
    line(&mut out, &[]);
    line(&mut out, &[tr("研修", "Training")]);
    if s.training.is_empty() {
        line(
            &mut out,
            &[tr(
                "この団体のデータには研修がありません",
                "This body's data lists no training",
            )],
        );
    } else {
        let mut head: Vec<String> = vec![
            tr("研修・支援", "Offering").into(),
            tr("能力との結び付き", "Link to abilities").into(),
            tr("ギャップのある人数", "People with a gap").into(),
        ];
        head.extend(
            cov.by_grade
                .iter()
                .map(|(g, _)| position_name(d, g.as_ref(), lang)),
        );
        let refs: Vec<&str> = head.iter().map(String::as_str).collect();
        line(&mut out, &refs);
        for o in &s.training {
            let name = d
                .offerings
                .iter()
                .find(|x| x.id == o.offering)
                .map_or_else(|| o.offering.to_string(), |x| x.name.glossed(lang));
            let basis = match o.basis {
                Basis::Document => tr("文書による", "the documents'"),
                Basis::App => tr("アプリの読み", "the app's reading"),
            };
            let mut row = vec![name, basis.into(), count(o.people, flags.total)];
            row.extend(
                o.by_grade
                    .iter()
                    .map(|(g, n)| count(*n, flags.total && cov.grade_shown(g.as_ref(), t))),
            );
            let refs: Vec<&str> = row.iter().map(String::as_str).collect();
            line(&mut out, &refs);
        }
    }

    // 年度別
    line(&mut out, &[]);
    line(&mut out, &[tr("年度別", "By fiscal year")]);
    line(
        &mut out,
        &[
            tr("年度", "Fiscal year"),
            tr("能力", "Ability"),
            tr("評価した人数", "People who rated it"),
            tr("目標未満", "Below target"),
        ],
    );
    for y in &s.years {
        let fy = fiscal_year_label(y.fiscal_year, lang);
        if !cov.year_shown(y.fiscal_year, t) {
            line(&mut out, &[&fy, tr("（全体）", "(all)"), &hid, ""]);
            continue;
        }
        line(
            &mut out,
            &[&fy, tr("（全体）", "(all)"), &y.people.to_string(), ""],
        );
        for (a, (rated, below)) in &y.cells {
            let name = ability_name(d, a, lang);
            if shown(*rated, t) {
                let p = pct(super::percent(*below, *rated));
                line(&mut out, &[&fy, &name, &rated.to_string(), &p]);
            } else {
                line(&mut out, &[&fy, &name, &hid, ""]);
            }
        }
    }
    out
}

/// One side's gap map, a cell a line.
fn gap_section(out: &mut String, map: &GapMap, d: &BodyData, t: u32, hid: &str, lang: Lang) {
    let tr = |ja: &'static str, en: &'static str| lang.pick(ja, en);
    if map.cells.is_empty() {
        line(
            out,
            &[tr(
                "該当するファイルはありません",
                "No file rates against it",
            )],
        );
        return;
    }
    line(
        out,
        &[
            tr("職位", "Grade"),
            tr("能力", "Ability"),
            tr("目標", "Target"),
            tr("人数", "People"),
            tr("目標未満", "Below target"),
            tr("中央値", "Median"),
            tr(
                "該当しない・まだ判断できない",
                "Not applicable / can't judge yet",
            ),
        ],
    );
    for g in &map.grades {
        for a in &map.abilities {
            let Some(c) = map.cell(g, a) else {
                continue;
            };
            let grade = d.grade_name(g, lang);
            let ability = ability_name(d, a, lang);
            let target = c.target.map(|l| l.label(lang)).unwrap_or_default();
            if !shown(c.n(), t) {
                line(out, &[&grade, &ability, target, hid, "", "", ""]);
                continue;
            }
            line(
                out,
                &[
                    &grade,
                    &ability,
                    target,
                    &c.n().to_string(),
                    &pct(c.below_percent()),
                    &median(c),
                    &c.not_applicable.to_string(),
                ],
            );
        }
    }
}

fn median(c: &Cell) -> String {
    c.median().map(one_decimal).unwrap_or_default()
}
