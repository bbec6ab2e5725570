//! A body's data laid out as a workbook: the five bodies' filled examples,
//! and the empty template with one example row per sheet. Both are made at
//! build time; [`super::read`] reads them back to the same data.

use super::layout::{self, SheetSpec, EXAMPLE, HEADER_ROW, MEMO, SHEETS};
use super::text::{
    basis_cell, line_cell, lines_cell, part_cell, requirement_cell, stage_kind_cell, years_cell,
};
use super::{Cell, Sheet, Workbook};
use crate::core::lang::Lang;
use crate::core::model::{Basis, BodyData, BodyKind, Label, Source};

/// Builds one data sheet, row by row, placing values under their headings.
struct Builder {
    spec: &'static SheetSpec,
    sheet: Sheet,
}

impl Builder {
    fn new(spec: &'static SheetSpec) -> Builder {
        let mut sheet = Sheet {
            name: spec.name.to_owned(),
            ..Sheet::default()
        };
        sheet
            .rows
            .push(vec![Cell::default(), Cell::text(spec.purpose)]);
        let mut head = vec![Cell::text(MEMO)];
        head.extend(spec.columns.iter().map(|c| Cell::text(c.header)));
        sheet.rows.push(head);
        debug_assert_eq!(sheet.rows.len(), HEADER_ROW + 1);
        Builder { spec, sheet }
    }

    /// A row of (heading, value) pairs; headings not in the spec are a bug.
    fn row(&mut self, memo: &str, values: &[(&str, String)]) {
        let mut row = vec![Cell::text(memo)];
        row.resize(self.spec.columns.len() + 1, Cell::default());
        for (h, v) in values {
            match self.spec.columns.iter().position(|c| c.header == *h) {
                Some(i) => row[i + 1] = Cell::text(v.clone()),
                None => debug_assert!(false, "{}: no column {h}", self.spec.name),
            }
        }
        self.sheet.rows.push(row);
    }

    /// A row of positional values from column B (the matrix sheet).
    fn raw(&mut self, values: Vec<String>) {
        let mut row = vec![Cell::default()];
        row.extend(values.into_iter().map(Cell::text));
        self.sheet.rows.push(row);
    }

    /// The template's example row, from each column's example.
    fn example(&mut self) {
        let values: Vec<(&str, String)> = self
            .spec
            .columns
            .iter()
            .map(|c| (c.header, c.example.to_owned()))
            .collect();
        self.row(&format!("{EXAMPLE}（この行は読み込まれません）"), &values);
    }
}

fn spec(name: &str) -> &'static SheetSpec {
    layout::spec(name).unwrap_or(&SHEETS[0])
}

fn kind_cell(k: BodyKind) -> &'static str {
    k.label(Lang::Ja)
}

fn source_cells(s: &Source) -> [(&'static str, String); 2] {
    [
        ("出典文書", s.file.clone()),
        ("出典の節", s.section.clone()),
    ]
}

fn label_cells(
    l: &Label,
    name: &'static str,
    en: &'static str,
    basis: &'static str,
    note: &'static str,
) -> Vec<(&'static str, String)> {
    let mut v = vec![(name, l.ja.clone()), (en, l.en.clone().unwrap_or_default())];
    if !basis.is_empty() {
        v.push((basis, basis_cell(l.basis).to_owned()));
        v.push((note, l.note.clone().unwrap_or_default()));
    }
    v
}

fn join(parts: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    super::text::list_cell(parts)
}

/// 「団体・文書」.
fn body_sheet(d: &BodyData) -> Sheet {
    let mut b = Builder::new(spec(layout::BODY));
    b.row(
        "",
        &[
            ("種類", "団体".into()),
            ("ID・ファイル名", d.body.id.to_string()),
            ("名称・表題", d.body.name.ja.clone()),
            ("英語名", d.body.name.en.clone().unwrap_or_default()),
            ("市・県", kind_cell(d.body.kind).into()),
            ("都道府県", d.body.prefecture.clone()),
            ("データの版", d.body.version.clone().unwrap_or_default()),
        ],
    );
    for doc in &d.documents {
        b.row(
            "",
            &[
                ("種類", "文書".into()),
                ("ID・ファイル名", doc.file.clone()),
                ("名称・表題", doc.title.clone()),
                ("発行者", doc.issuer.clone().unwrap_or_default()),
                ("策定", doc.date.clone().unwrap_or_default()),
                ("改正", doc.revisions.join("\n")),
                ("期間", doc.period.clone().unwrap_or_default()),
                ("注記", doc.note.clone().unwrap_or_default()),
                ("番号", doc.number.clone().unwrap_or_default()),
                (
                    "注記の読み",
                    match (&doc.note, doc.note_basis) {
                        (_, Basis::Document) => "文書",
                        (Some(_), Basis::App) => "アプリ",
                        (None, Basis::App) => "",
                    }
                    .into(),
                ),
            ],
        );
    }
    b.sheet
}

/// 「職種と職位」: per track, its ladder then its branches; grades on no
/// track at the end, each on a row of its own.
fn grades_sheet(d: &BodyData) -> Sheet {
    let mut b = Builder::new(spec(layout::GRADES));
    let mut described: Vec<crate::core::id::Id> = Vec::new();
    let grade_cells = |id: &crate::core::id::Id, described: &mut Vec<crate::core::id::Id>| {
        let Some(g) = d.grade(id) else {
            return vec![("職位ID", id.to_string())];
        };
        let mut v = vec![("職位ID", g.id.to_string())];
        if described.contains(&g.id) {
            return v;
        }
        described.push(g.id.clone());
        v.extend(label_cells(
            &g.name,
            "職位名",
            "職位の英語名",
            "職位名の読み",
            "職位名の注記",
        ));
        v.push(("級", g.level.clone().unwrap_or_default()));
        v.push(("役職", join(&g.posts)));
        v.push(("入庁時の職位", if g.entry { "○" } else { "" }.into()));
        v.push((
            "入庁時の読み",
            if g.entry {
                basis_cell(g.entry_basis)
            } else {
                ""
            }
            .into(),
        ));
        v.push(("知識・スキル", lines_cell(&g.skills)));
        v.push(("育成手法", lines_cell(&g.methods)));
        v.extend(source_cells(&g.source));
        v
    };
    for t in &d.tracks {
        let mut first = true;
        let track_cells = |first: bool| -> Vec<(&'static str, String)> {
            let mut v = vec![("職種ID", t.id.to_string())];
            if first {
                v.extend(label_cells(
                    &t.name,
                    "職種名",
                    "職種の英語名",
                    "職種名の読み",
                    "職種名の注記",
                ));
                v.push(("並び順の読み", basis_cell(t.basis).into()));
                v.push((
                    "職種の注記",
                    t.note.as_ref().map(line_cell).unwrap_or_default(),
                ));
                v.push(("職種の出典文書", t.source.file.clone()));
                v.push(("職種の出典の節", t.source.section.clone()));
            }
            v
        };
        for g in &t.ladder {
            let mut v = track_cells(first);
            first = false;
            v.extend(grade_cells(g, &mut described));
            if t.ends.contains(g) {
                v.push(("終点", "○".into()));
            }
            b.row("", &v);
        }
        for br in &t.branches {
            let mut v = track_cells(false);
            v.extend(grade_cells(&br.to, &mut described));
            v.push(("分岐元", br.from.to_string()));
            v.push((
                "分岐の注記",
                br.note.as_ref().map(line_cell).unwrap_or_default(),
            ));
            v.push(("分岐の読み", basis_cell(br.basis).into()));
            if t.ends.contains(&br.to) && !t.ladder.contains(&br.to) {
                v.push(("終点", "○".into()));
            }
            b.row("", &v);
        }
    }
    for g in &d.grades {
        if !described.contains(&g.id) {
            let v = grade_cells(&g.id, &mut described);
            b.row("", &v);
        }
    }
    b.sheet
}

/// 「能力」.
fn abilities_sheet(d: &BodyData) -> Sheet {
    let mut b = Builder::new(spec(layout::ABILITIES));
    let mut groups_named = Vec::new();
    for a in &d.abilities {
        let mut v = Vec::new();
        if let Some(gid) = &a.group {
            v.push(("区分ID", gid.to_string()));
            if let Some(g) = d.ability_groups.iter().find(|g| &g.id == gid) {
                if !groups_named.contains(&gid) {
                    groups_named.push(gid);
                    v.push(("区分名", g.name.ja.clone()));
                    v.push(("区分の英語名", g.name.en.clone().unwrap_or_default()));
                }
            }
        }
        v.push(("能力ID", a.id.to_string()));
        v.push(("番号", a.number.clone().unwrap_or_default()));
        v.push(("能力名", a.name.ja.clone()));
        v.push(("英語名", a.name.en.clone().unwrap_or_default()));
        v.push(("説明", a.description.join("\n")));
        v.push(("キーワード", join(&a.keywords)));
        v.push((
            "置き換える能力ID",
            join(a.replaces.iter().map(|x| x.as_str())),
        ));
        v.extend(source_cells(&a.source));
        b.row("", &v);
    }
    b.sheet
}

/// 「職位×能力」, in its blocks.
fn matrix_sheet(d: &BodyData) -> Sheet {
    let mut b = Builder::new(spec(layout::MATRIX));
    let Some(m) = &d.matrix else {
        return b.sheet;
    };
    b.raw(vec![
        "表題".into(),
        m.title.clone(),
        m.source.file.clone(),
        m.source.section.clone(),
        m.focus_heading.clone().unwrap_or_default(),
    ]);
    for l in &m.legend {
        b.raw(vec![
            "凡例".into(),
            l.symbol.clone(),
            l.meaning.clone().unwrap_or_default(),
            requirement_cell(l.requirement).into(),
            l.note.clone().unwrap_or_default(),
        ]);
    }
    let extra = ["意識すべき能力", "行の注記", "目標が不確かな列"];
    let mut cols = vec!["列".into(), "職位ID".into(), "行の表記".into()];
    cols.extend(m.columns.iter().map(|c| c.to_string()));
    cols.extend(extra.iter().map(|s| s.to_string()));
    b.raw(cols);
    if !m.column_labels.is_empty() {
        let mut v = vec!["列見出し".into(), String::new(), String::new()];
        v.extend(m.column_labels.iter().cloned());
        b.raw(v);
    }
    for r in &m.rows {
        let mut v = vec!["行".into(), r.grade.to_string(), r.label.clone()];
        v.extend(r.marks.iter().cloned());
        v.push(join(&r.focus));
        v.push(r.note.clone().unwrap_or_default());
        v.push(join(r.uncertain.iter().map(|x| x.as_str())));
        b.raw(v);
    }
    for f in &m.footnotes {
        b.raw(vec![
            "注".into(),
            f.marker.clone(),
            f.text.clone(),
            join(f.rows.iter().map(|x| x.as_str())),
            join(f.cells.iter().map(|c| format!("{}:{}", c.grade, c.ability))),
            f.reads_as.clone().unwrap_or_default(),
        ]);
    }
    b.sheet
}

/// 「標準職務遂行能力」: one row per sentence, grade by grade. The ability
/// is written by its name where no other ability has that name (as the
/// regulation prints it), else by its id; the 区分 likewise, by its
/// group's name or id. The reader finds both again either way.
fn standard_sheet(d: &BodyData) -> Sheet {
    let mut b = Builder::new(spec(layout::STANDARD));
    for g in &d.grades {
        for w in &g.abilities {
            let a = d.abilities.iter().find(|a| a.id == w.ability);
            let ability = match a {
                Some(a)
                    if d.abilities
                        .iter()
                        .filter(|x| x.name.ja == a.name.ja)
                        .count()
                        == 1
                        && super::text::number_of(&a.name.ja).is_none()
                        && !d.abilities.iter().any(|x| x.id.as_str() == a.name.ja) =>
                {
                    a.name.ja.clone()
                }
                _ => w.ability.to_string(),
            };
            let group = a
                .and_then(|a| a.group.as_ref())
                .and_then(|gid| d.ability_groups.iter().find(|x| &x.id == gid))
                .map(|x| {
                    // By name where that names it alone, as for abilities.
                    let alone = d
                        .ability_groups
                        .iter()
                        .filter(|y| y.name.ja == x.name.ja || y.id.as_str() == x.name.ja)
                        .count()
                        == 1;
                    if alone {
                        x.name.ja.clone()
                    } else {
                        x.id.to_string()
                    }
                })
                .unwrap_or_default();
            for st in &w.statements {
                let mut v = vec![
                    ("職位", g.id.to_string()),
                    ("区分", group.clone()),
                    ("能力", ability.clone()),
                    ("文", st.text.clone()),
                ];
                v.extend(source_cells(&st.source));
                b.row("", &v);
            }
        }
    }
    b.sheet
}

/// 「役割・できること」.
fn roles_sheet(d: &BodyData) -> Sheet {
    let mut b = Builder::new(spec(layout::ROLES));
    for g in &d.grades {
        for r in &g.roles {
            b.row(
                "",
                &[
                    ("職位ID", g.id.to_string()),
                    ("種類", "役割".into()),
                    ("役職・ID", r.post.clone().unwrap_or_default()),
                    (
                        "要約",
                        r.summary.as_ref().map(line_cell).unwrap_or_default(),
                    ),
                    ("文", lines_cell(&r.duties)),
                    ("読み", basis_cell(r.basis).into()),
                    ("注記", r.note.clone().unwrap_or_default()),
                ],
            );
        }
        for c in &g.can_do {
            b.row(
                "",
                &[
                    ("職位ID", g.id.to_string()),
                    ("種類", "できること".into()),
                    ("役職・ID", c.id.to_string()),
                    ("文", c.text.clone()),
                    ("置き換えるID", join(c.replaces.iter().map(|x| x.as_str()))),
                    (
                        "出典文書",
                        c.source
                            .as_ref()
                            .map(|s| s.file.clone())
                            .unwrap_or_default(),
                    ),
                    (
                        "出典の節",
                        c.source
                            .as_ref()
                            .map(|s| s.section.clone())
                            .unwrap_or_default(),
                    ),
                ],
            );
        }
    }
    b.sheet
}

/// 「研修・支援」.
fn offerings_sheet(d: &BodyData) -> Sheet {
    let mut b = Builder::new(spec(layout::OFFERINGS));
    for o in &d.offerings {
        let t = &o.targets;
        let trains = |basis: Basis| {
            join(
                o.trains
                    .iter()
                    .filter(|l| l.basis == basis)
                    .map(|l| l.item.as_str()),
            )
        };
        let mut v = vec![
            ("ID", o.id.to_string()),
            ("種類", o.kind.label(Lang::Ja).into()),
            ("種類の読み", basis_cell(o.kind_basis).into()),
        ];
        v.extend(label_cells(
            &o.name,
            "名称",
            "英語名",
            "名称の読み",
            "名称の注記",
        ));
        v.extend([
            ("説明", lines_cell(&o.description)),
            ("実施主体", o.provider.clone().unwrap_or_default()),
            ("状況", o.status.as_ref().map(line_cell).unwrap_or_default()),
            ("対象の職位", join(t.grades.iter().map(|x| x.as_str()))),
            ("対象の年次", years_cell(t.years)),
            ("対象の職種", join(t.tracks.iter().map(|x| x.as_str()))),
            ("対象の段階", join(t.stages.iter().map(|x| x.as_str()))),
            (
                "対象の注記",
                t.note.as_ref().map(line_cell).unwrap_or_default(),
            ),
            ("対象の読み", basis_cell(t.basis).into()),
            ("鍛える能力（文書）", trains(Basis::Document)),
            ("鍛える能力（アプリ）", trains(Basis::App)),
            ("条件", lines_cell(&o.conditions)),
        ]);
        if let Some(s) = &o.source {
            v.extend(source_cells(s));
        }
        b.row("", &v);
    }
    b.sheet
}

/// 「キャリアパス」.
fn career_sheet(d: &BodyData) -> Sheet {
    let mut b = Builder::new(spec(layout::CAREER));
    for p in &d.career_paths {
        let path = |first: bool| {
            let mut v = vec![("パスID", p.id.to_string())];
            if first {
                v.push(("パス名", p.name.clone()));
                v.push((
                    "職種ID",
                    p.track.as_ref().map(|t| t.to_string()).unwrap_or_default(),
                ));
                v.push(("パス全体の決まり", lines_cell(&p.rules)));
                v.extend(source_cells(&p.source));
            }
            v
        };
        if p.stages.is_empty() {
            b.row("", &path(true));
        }
        for (i, s) in p.stages.iter().enumerate() {
            let mut v = path(i == 0);
            v.push(("段階ID", s.id.to_string()));
            v.extend(label_cells(
                &s.name,
                "段階名",
                "",
                "段階名の読み",
                "段階名の注記",
            ));
            v.retain(|(h, _)| !h.is_empty());
            v.extend([
                ("区分", stage_kind_cell(s.kind).into()),
                (
                    "年数（から）",
                    s.years.map(|y| y.from.to_string()).unwrap_or_default(),
                ),
                (
                    "年数（まで）",
                    s.years
                        .and_then(|y| y.to)
                        .map(|t| t.to_string())
                        .unwrap_or_default(),
                ),
                ("年代", s.ages.clone().unwrap_or_default()),
                ("職位", join(s.grades.iter().map(|x| x.as_str()))),
                ("職位の読み", basis_cell(s.grades_basis).into()),
                ("内容", lines_cell(&s.description)),
                ("配置の決まり", lines_cell(&s.rules)),
                ("知識・スキル", lines_cell(&s.skills)),
                ("育成手法", lines_cell(&s.methods)),
            ]);
            b.row("", &v);
        }
    }
    b.sheet
}

/// 「文書にないもの」.
fn missing_sheet(d: &BodyData) -> Sheet {
    let mut b = Builder::new(spec(layout::MISSING));
    for m in &d.missing {
        let mut v = vec![("部分", part_cell(m.part).into()), ("説明", m.note.clone())];
        if let Some(s) = &m.source {
            v.extend(source_cells(s));
        }
        b.row("", &v);
    }
    b.sheet
}

/// 「説明」: the rules, then every sheet's columns with what goes in them.
pub fn explanation() -> Sheet {
    let mut sheet = Sheet {
        name: layout::EXPLAIN.to_owned(),
        ..Sheet::default()
    };
    for line in layout::EXPLANATION {
        sheet.rows.push(vec![Cell::text(*line)]);
    }
    sheet.rows.push(Vec::new());
    sheet.rows.push(vec![
        Cell::text("シート"),
        Cell::text("列"),
        Cell::text("書くこと"),
    ]);
    for s in SHEETS {
        sheet.rows.push(vec![
            Cell::text(s.name),
            Cell::default(),
            Cell::text(s.purpose),
        ]);
        for c in s.columns {
            sheet.rows.push(vec![
                Cell::default(),
                Cell::text(c.header),
                Cell::text(c.help),
            ]);
        }
    }
    sheet
}

/// A body's data as a workbook.
pub fn to_workbook(d: &BodyData) -> Workbook {
    Workbook {
        sheets: vec![
            explanation(),
            body_sheet(d),
            grades_sheet(d),
            abilities_sheet(d),
            matrix_sheet(d),
            standard_sheet(d),
            roles_sheet(d),
            offerings_sheet(d),
            career_sheet(d),
            missing_sheet(d),
        ],
    }
}

/// The empty template: every sheet with its headings and one example row.
pub fn template() -> Workbook {
    let mut sheets = vec![explanation()];
    for s in SHEETS {
        let mut b = Builder::new(s);
        if s.name == layout::MATRIX {
            // The matrix sheet's example is a small table, block by block.
            let memo = format!("{EXAMPLE}（この行は読み込まれません）");
            for cells in [
                vec!["表題", "職位ごとに求められる能力", "", "第2 2 (2)", ""],
                vec!["凡例", "○", "求められる能力", "身に付けるべき", ""],
                vec!["凡例", "-", "", "求めない", ""],
                vec!["列", "職位ID", "行の表記", "kikakuryoku", "kyochosei"],
                vec!["行", "shuji", "主事級", "○", "-"],
            ] {
                let mut row = vec![Cell::text(memo.clone())];
                row.extend(cells.into_iter().map(Cell::text));
                b.sheet.rows.push(row);
            }
        } else if s.name == layout::STANDARD {
            // Two grades' rows of one ability, and a second sentence.
            let memo = format!("{EXAMPLE}（この行は読み込まれません）");
            for (grade, text) in [
                ("kacho", "自身の立場を自覚し、自己管理を行い、不正に対しても毅然とした態度をとることができる。"),
                ("bucho", "自身の立場を自覚し、自己管理を行い、不正に対しても毅然とした態度をとることができる。"),
                ("bucho", "服務規律を守り、職場全体のより良い風土作りに努めることができる。"),
            ] {
                b.row(
                    &memo,
                    &[
                        ("職位", grade.into()),
                        ("区分", "態度".into()),
                        ("能力", "倫理観".into()),
                        ("文", text.into()),
                        ("出典の節", "別表第2".into()),
                    ],
                );
            }
        } else {
            b.example();
        }
        sheets.push(b.sheet);
    }
    Workbook { sheets }
}
