//! A filled workbook turned back into a body's data, checked with the same
//! validator the build runs.
//!
//! Reading is forgiving where Excel users are predictable (full-width
//! digits, ◯ for ○, trailing spaces, merged cells, empty rows, circled
//! numbers, dates typed as dates) and says what it read differently; it is
//! strict where a guess would put words in the document's mouth (unknown
//! sheets and columns, formulas, ids, marks outside the legend). Every
//! problem names its sheet, row and column, including the validator's,
//! which are traced back to the cells they came from. A workbook with any
//! problem yields no data at all, so nothing is ever half-stored.

use super::layout::{self, EXAMPLE, HEADER_ROW, SHEETS};
use super::text::{
    basis, clean, key, lines, list, number_of, number_text, offering_kind, parse_line, part,
    requirement, serial_date, stage_kind, ticked, years,
};
use super::{Finding, Value, Workbook};
use crate::core::id::Id;
use crate::core::model::*;
use crate::core::validate::{validate, DataError, Problem};

/// At most this many rows a sheet may have (the five bodies' largest has
/// under a hundred); a sheet of 20,000 rows is a mistake, not a framework.
pub const MAX_ROWS: usize = 5_000;
/// At most this many columns a sheet may have.
pub const MAX_COLUMNS: usize = 200;

/// A workbook read into a body's data.
#[derive(Debug, Clone, PartialEq)]
pub struct Converted {
    /// The data, valid by the build's own validator.
    pub data: BodyData,
    /// What was read differently from how it was typed, by cell.
    pub notices: Vec<Finding>,
}

/// Where a part of the data came from: its path in the data (as the
/// validator names it), and its sheet, row and column.
#[derive(Debug, Clone)]
struct Origin {
    path: String,
    sheet: &'static str,
    row: u32,
    col: u32,
}

/// One data sheet, with merged cells filled in and columns found by heading.
struct Table {
    spec: &'static layout::SheetSpec,
    header: usize,
    cols: Vec<(&'static str, usize)>,
    filled: Vec<Vec<Value>>,
}

impl Table {
    fn col(&self, h: &str) -> Option<usize> {
        self.cols.iter().find(|(x, _)| *x == h).map(|(_, c)| *c)
    }

    /// The 0-based data rows to read (not empty, not an example).
    fn rows(&self) -> Vec<usize> {
        (self.header + 1..self.filled.len())
            .filter(|r| {
                let row = &self.filled[*r];
                let memo = match row.first() {
                    Some(Value::Text(t)) => clean(t),
                    _ => String::new(),
                };
                !memo.starts_with(EXAMPLE)
                    && row.iter().skip(1).any(|v| {
                        !matches!(v, Value::Empty)
                            && !matches!(v, Value::Text(t) if clean(t).is_empty())
                    })
            })
            .collect()
    }
}

/// Collects what a workbook holds and what is wrong with it.
struct Reader {
    problems: Vec<Finding>,
    notices: Vec<Finding>,
    origins: Vec<Origin>,
    documents: Vec<Document>,
}

fn cell_text(v: &Value) -> String {
    match v {
        Value::Empty | Value::Error(_) => String::new(),
        Value::Text(t) => t.replace("\r\n", "\n").replace('\r', "\n"),
        Value::Number(n) | Value::Date(n) => number_text(*n),
        Value::Bool(b) => if *b { "TRUE" } else { "FALSE" }.into(),
    }
}

/// The document symbols Excel users type for the legend's (◯ for ○, － for -).
fn canonical_mark(s: &str) -> String {
    let s = clean(s);
    match s.as_str() {
        "◯" | "〇" => "○".into(),
        "－" | "−" | "ー" | "—" | "–" | "‐" | "―" => "-".into(),
        _ => s,
    }
}

impl Reader {
    fn problem(
        &mut self,
        sheet: &str,
        row: Option<usize>,
        col: Option<usize>,
        msg: String,
        hint: Option<&str>,
    ) {
        self.problems.push(Finding {
            sheet: Some(sheet.to_owned()),
            row: row.map(|r| r as u32 + 1),
            col: col.map(|c| c as u32),
            message: msg,
            hint: hint.map(str::to_owned),
        });
    }

    fn notice(&mut self, sheet: &str, row: usize, col: usize, msg: String) {
        self.notices.push(Finding {
            sheet: Some(sheet.to_owned()),
            row: Some(row as u32 + 1),
            col: Some(col as u32),
            message: msg,
            hint: None,
        });
    }

    fn origin(
        &mut self,
        path: impl Into<String>,
        sheet: &'static str,
        row: usize,
        col: Option<usize>,
    ) {
        self.origins.push(Origin {
            path: path.into(),
            sheet,
            row: row as u32 + 1,
            col: col.unwrap_or(1) as u32,
        });
    }

    /// Records where a source's two cells stand (its document and its
    /// section), so what the validator finds at `{path}.source` names them.
    fn origin_source(
        &mut self,
        path: &str,
        sheet: &'static str,
        row: usize,
        t: &Table,
        (doc_h, sec_h): (&str, &str),
    ) {
        self.origin(format!("{path}.source.file"), sheet, row, t.col(doc_h));
        self.origin(format!("{path}.source.section"), sheet, row, t.col(sec_h));
    }

    /// Finds a sheet's table: its heading row, columns, merged cells filled.
    fn table(&mut self, wb: &Workbook, name: &'static str) -> Option<Table> {
        let spec = layout::spec(name)?;
        let Some(sheet) = wb.sheet(name) else {
            if spec.required {
                self.problems.push(Finding {
                    sheet: Some(name.to_owned()),
                    row: None,
                    col: None,
                    message: format!("「{name}」シートがありません"),
                    hint: Some("テンプレートのシートの名前を変えずに使ってください".into()),
                });
            }
            return None;
        };
        if sheet.rows.len() > MAX_ROWS {
            self.problem(
                name,
                None,
                None,
                format!(
                    "行が多すぎます（{} 行。{MAX_ROWS} 行まで）",
                    sheet.rows_in_file.unwrap_or(sheet.rows.len())
                ),
                Some("書式だけが入った空の行や、関係のないデータを消してください"),
            );
            return None;
        }
        let width = sheet.rows.iter().map(Vec::len).max().unwrap_or(0);
        if width > MAX_COLUMNS {
            self.problem(
                name,
                None,
                None,
                format!("列が多すぎます（{width} 列。{MAX_COLUMNS} 列まで）"),
                None,
            );
            return None;
        }
        // Formulas and error values: the data is the document's words, so a
        // value must be typed or pasted as a value.
        for (r, row) in sheet.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if let Some(f) = &cell.formula {
                    self.problem(
                        name,
                        Some(r),
                        Some(c),
                        format!("数式が入っています（={f}）"),
                        Some("セルをコピーして「値の貼り付け」で値だけにしてください"),
                    );
                } else if let Value::Error(e) = &cell.value {
                    self.problem(
                        name,
                        Some(r),
                        Some(c),
                        format!("エラーの値（{e}）が入っています"),
                        None,
                    );
                }
            }
        }
        let mut filled: Vec<Vec<Value>> = sheet
            .rows
            .iter()
            .map(|r| r.iter().map(|c| c.value.clone()).collect())
            .collect();
        for a in &sheet.merged {
            let v = filled
                .get(a.first.0 as usize)
                .and_then(|r| r.get(a.first.1 as usize))
                .cloned()
                .unwrap_or_default();
            for r in a.first.0..=a.last.0.min(filled.len().saturating_sub(1) as u32) {
                let row = &mut filled[r as usize];
                for c in a.first.1..=a.last.1.min(MAX_COLUMNS as u32) {
                    if row.len() <= c as usize {
                        row.resize(c as usize + 1, Value::Empty);
                    }
                    row[c as usize] = v.clone();
                }
            }
        }
        // The heading row: the first of the top rows naming this sheet's
        // first column heading.
        let first = spec.columns.first().map(|c| c.header).unwrap_or_default();
        let header = (0..filled.len().min(6))
            .find(|r| filled[*r].iter().any(|v| clean(&cell_text(v)) == first));
        let Some(header) = header else {
            self.problem(
                name,
                Some(HEADER_ROW),
                None,
                format!("列の見出し（「{first}」など）が見つかりません"),
                Some("テンプレートの2行目の見出しを消したり変えたりしないでください"),
            );
            return None;
        };
        let mut cols = Vec::new();
        for (c, v) in filled[header].iter().enumerate() {
            let h = clean(&cell_text(v));
            if let Some(col) = spec.columns.iter().find(|x| x.header == h) {
                cols.push((col.header, c));
            }
        }
        if name != layout::MATRIX {
            for c in spec.columns.iter().filter(|c| !c.optional) {
                if !cols.iter().any(|(h, _)| *h == c.header) {
                    self.problem(
                        name,
                        Some(header),
                        None,
                        format!("列「{}」がありません", c.header),
                        Some("テンプレートの見出しをそのまま使ってください（列の順番は変えてもかまいません）"),
                    );
                }
            }
        }
        Some(Table {
            spec,
            header,
            cols,
            filled,
        })
    }

    /// A cell's text by heading; dates (typed as dates) become 和暦 where
    /// `dates` says the column holds one.
    fn get(&self, t: &Table, row: usize, h: &str) -> String {
        let Some(c) = t.col(h) else {
            return String::new();
        };
        match t.filled.get(row).and_then(|r| r.get(c)) {
            Some(Value::Date(n)) => serial_date(*n).unwrap_or_else(|| number_text(*n)),
            Some(v) => clean(&cell_text(v)),
            None => String::new(),
        }
    }

    fn id(&mut self, t: &Table, row: usize, h: &str) -> Option<Id> {
        let raw = self.get(t, row, h);
        if raw.is_empty() {
            return None;
        }
        self.parse_id(t.spec.name, row, t.col(h), &raw)
    }

    fn parse_id(
        &mut self,
        sheet: &'static str,
        row: usize,
        col: Option<usize>,
        raw: &str,
    ) -> Option<Id> {
        match Id::parse(&key(raw)) {
            Ok(id) => Some(id),
            Err(_) => {
                self.problem(
                    sheet,
                    Some(row),
                    col,
                    format!("「{raw}」はIDに使えません"),
                    Some("IDは半角の英小文字・数字・ハイフン（-）・アンダーバー（_）で、64文字までです"),
                );
                None
            }
        }
    }

    fn ids(&mut self, t: &Table, row: usize, h: &str) -> Vec<Id> {
        let raw = self.get(t, row, h);
        list(&raw)
            .into_iter()
            .filter_map(|x| self.parse_id(t.spec.name, row, t.col(h), &x))
            .collect()
    }

    fn required(&mut self, t: &Table, row: usize, h: &str, what: &str) -> String {
        let v = self.get(t, row, h);
        if v.is_empty() {
            self.problem(
                t.spec.name,
                Some(row),
                t.col(h),
                format!("{what}が空です"),
                None,
            );
        }
        v
    }

    fn basis(&mut self, t: &Table, row: usize, h: &str) -> Basis {
        let raw = self.get(t, row, h);
        basis(&raw).unwrap_or_else(|| {
            self.problem(
                t.spec.name,
                Some(row),
                t.col(h),
                format!("「{raw}」は読みとして使えません"),
                Some("空欄（文書のとおり）か「アプリ」と書いてください"),
            );
            Basis::Document
        })
    }

    /// A document's 「注記の読み」: empty is the app's (what every note was
    /// before the column existed), 「文書」 a note that restates the document.
    fn note_basis(&mut self, t: &Table, row: usize) -> Basis {
        let raw = self.get(t, row, "注記の読み");
        if raw.is_empty() {
            return Basis::App;
        }
        basis(&raw).unwrap_or_else(|| {
            self.problem(
                t.spec.name,
                Some(row),
                t.col("注記の読み"),
                format!("「{raw}」は注記の読みとして使えません"),
                Some("「文書」（文書に印字されていることの書き写し）か「アプリ」と書いてください（空欄はアプリ）"),
            );
            Basis::App
        })
    }

    fn tick(&mut self, t: &Table, row: usize, h: &str) -> bool {
        let raw = self.get(t, row, h);
        ticked(&raw).unwrap_or_else(|| {
            self.problem(
                t.spec.name,
                Some(row),
                t.col(h),
                format!("「{raw}」は○か空欄で書いてください"),
                None,
            );
            false
        })
    }

    /// The file a document is named by: its file or its title, or with
    /// one document, nothing at all.
    fn doc(&self, name: &str) -> String {
        let n = clean(name);
        if n.is_empty() && self.documents.len() == 1 {
            return self.documents[0].file.clone();
        }
        self.documents
            .iter()
            .find(|d| d.file == n || d.title == n)
            .map_or(n, |d| d.file.clone())
    }

    fn source(&mut self, t: &Table, row: usize, doc_h: &str, sec_h: &str) -> Source {
        let d = self.get(t, row, doc_h);
        Source {
            file: self.doc(&d),
            section: self.get(t, row, sec_h),
        }
    }

    fn text(&self, raw: &str) -> Text {
        parse_line(raw, &|d: &str| self.doc(d))
    }

    fn texts(&self, raw: &str) -> Vec<Text> {
        lines(raw).iter().map(|l| self.text(l)).collect()
    }

    fn opt_text(&self, raw: &str) -> Option<Text> {
        (!raw.is_empty()).then(|| self.text(raw))
    }

    fn label(
        &mut self,
        t: &Table,
        row: usize,
        ja: &str,
        en: &str,
        basis_h: &str,
        note_h: &str,
    ) -> Label {
        Label {
            ja: self.get(t, row, ja),
            en: Some(self.get(t, row, en)).filter(|e| !e.is_empty()),
            basis: if basis_h.is_empty() {
                Basis::Document
            } else {
                self.basis(t, row, basis_h)
            },
            note: Some(self.get(t, row, note_h)).filter(|n| !n.is_empty()),
        }
    }
}

fn opt(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

/// 「団体・文書」: the body, then its documents.
fn read_body(r: &mut Reader, wb: &Workbook) -> Option<BodyInfo> {
    let t = r.table(wb, layout::BODY)?;
    let mut body = None;
    let rows = t.rows();
    // Documents first, so the body row's sources can name them.
    for &row in &rows {
        if r.get(&t, row, "種類") == "文書" {
            let file = r.required(&t, row, "ID・ファイル名", "文書を指す名前");
            let title = r.get(&t, row, "名称・表題");
            let title = if title.is_empty() {
                file.clone()
            } else {
                title
            };
            r.origin(
                format!("documents[{}]", r.documents.len()),
                layout::BODY,
                row,
                t.col("ID・ファイル名"),
            );
            let revisions = lines(&r.get(&t, row, "改正"));
            let note_basis = r.note_basis(&t, row);
            r.documents.push(Document {
                file,
                title,
                issuer: opt(r.get(&t, row, "発行者")),
                date: opt(r.get(&t, row, "策定")),
                revisions,
                period: opt(r.get(&t, row, "期間")),
                number: opt(r.get(&t, row, "番号")),
                note: opt(r.get(&t, row, "注記")),
                note_basis,
            });
        }
    }
    for &row in &rows {
        match r.get(&t, row, "種類").as_str() {
            "文書" => {}
            "団体" => {
                if body.is_some() {
                    r.problem(
                        layout::BODY,
                        Some(row),
                        t.col("種類"),
                        "「団体」の行が二つあります".into(),
                        Some("団体の行は1行だけにしてください"),
                    );
                    continue;
                }
                let id = r.id(&t, row, "ID・ファイル名");
                let kind_raw = r.get(&t, row, "市・県");
                let kind =
                    serde_json::from_value::<BodyKind>(serde_json::Value::String(kind_raw.clone()))
                        .ok();
                if kind.is_none() {
                    r.problem(
                        layout::BODY,
                        Some(row),
                        t.col("市・県"),
                        format!("「{kind_raw}」は団体の区分として使えません"),
                        Some("市・町・村・区・県（都・道・府）のどれかを書いてください"),
                    );
                }
                r.origin("body", layout::BODY, row, t.col("ID・ファイル名"));
                r.origin("body.name", layout::BODY, row, t.col("名称・表題"));
                r.origin("body.prefecture", layout::BODY, row, t.col("都道府県"));
                let name = r.label(&t, row, "名称・表題", "英語名", "", "");
                let prefecture = r.get(&t, row, "都道府県");
                let version = opt(r.get(&t, row, "データの版"));
                match (id, kind) {
                    (Some(id), Some(kind)) => {
                        body = Some(BodyInfo {
                            id,
                            name,
                            kind,
                            prefecture,
                            version,
                        })
                    }
                    (None, _) if r.get(&t, row, "ID・ファイル名").is_empty() => {
                        r.problem(
                            layout::BODY,
                            Some(row),
                            t.col("ID・ファイル名"),
                            "団体のIDが空です".into(),
                            Some("半角英小文字で団体を表すID（例: koriyama）を書いてください"),
                        );
                    }
                    _ => {}
                }
            }
            other => r.problem(
                layout::BODY,
                Some(row),
                t.col("種類"),
                format!("種類「{other}」は使えません"),
                Some("「団体」か「文書」と書いてください"),
            ),
        }
    }
    if body.is_none()
        && !r
            .problems
            .iter()
            .any(|p| p.sheet.as_deref() == Some(layout::BODY))
    {
        r.problem(
            layout::BODY,
            None,
            None,
            "「団体」の行がありません".into(),
            Some("種類に「団体」と書いた行に、団体のID・名称・区分・都道府県を書いてください"),
        );
    }
    if r.documents.is_empty() {
        r.problem(
            layout::BODY,
            None,
            None,
            "「文書」の行がありません".into(),
            Some("もとにした文書を、種類に「文書」と書いた行に書いてください"),
        );
    }
    body
}

/// 「職種と職位」: grades, and each track's ladder, branches and ends.
fn read_grades(r: &mut Reader, wb: &Workbook) -> (Vec<Track>, Vec<Grade>) {
    let mut tracks: Vec<Track> = Vec::new();
    let mut grades: Vec<Grade> = Vec::new();
    let Some(t) = r.table(wb, layout::GRADES) else {
        return (tracks, grades);
    };
    let sheet = layout::GRADES;
    for row in t.rows() {
        let gid = r.id(&t, row, "職位ID");
        // The grade, where this row describes it (its first row with a name).
        if let Some(g) = &gid {
            let name = r.get(&t, row, "職位名");
            if !name.is_empty() && !grades.iter().any(|x| &x.id == g) {
                let i = grades.len();
                r.origin(format!("grades[{i}]"), sheet, row, t.col("職位ID"));
                r.origin(
                    format!("grades[{i}].name"),
                    sheet,
                    row,
                    t.col("職位名の注記"),
                );
                r.origin_source(
                    &format!("grades[{i}]"),
                    sheet,
                    row,
                    &t,
                    ("出典文書", "出典の節"),
                );
                let label = r.label(
                    &t,
                    row,
                    "職位名",
                    "職位の英語名",
                    "職位名の読み",
                    "職位名の注記",
                );
                let entry = r.tick(&t, row, "入庁時の職位");
                let entry_basis = r.basis(&t, row, "入庁時の読み");
                let posts = list(&r.get(&t, row, "役職"));
                let source = r.source(&t, row, "出典文書", "出典の節");
                let skills_raw = r.get(&t, row, "知識・スキル");
                let methods_raw = r.get(&t, row, "育成手法");
                grades.push(Grade {
                    id: g.clone(),
                    name: label,
                    level: opt(r.get(&t, row, "級")),
                    posts,
                    roles: Vec::new(),
                    can_do: Vec::new(),
                    abilities: Vec::new(),
                    entry,
                    entry_basis,
                    skills: r.texts(&skills_raw),
                    methods: r.texts(&methods_raw),
                    source,
                });
            }
        }
        // Its place on a track.
        let Some(tid) = r.id(&t, row, "職種ID") else {
            if gid.is_some() && !r.get(&t, row, "分岐元").is_empty() {
                r.problem(
                    sheet,
                    Some(row),
                    t.col("職種ID"),
                    "分岐に職種IDがありません".into(),
                    None,
                );
            }
            continue;
        };
        let ti = match tracks.iter().position(|x| x.id == tid) {
            Some(i) => i,
            None => {
                let i = tracks.len();
                r.origin(format!("tracks[{i}]"), sheet, row, t.col("職種ID"));
                r.origin(
                    format!("tracks[{i}].name"),
                    sheet,
                    row,
                    t.col("職種名の注記"),
                );
                r.origin_source(
                    &format!("tracks[{i}]"),
                    sheet,
                    row,
                    &t,
                    ("職種の出典文書", "職種の出典の節"),
                );
                r.origin(format!("tracks[{i}].ladder"), sheet, row, t.col("職位ID"));
                let name = r.label(
                    &t,
                    row,
                    "職種名",
                    "職種の英語名",
                    "職種名の読み",
                    "職種名の注記",
                );
                let b = r.basis(&t, row, "並び順の読み");
                let note_raw = r.get(&t, row, "職種の注記");
                let note = r.opt_text(&note_raw);
                let source = r.source(&t, row, "職種の出典文書", "職種の出典の節");
                tracks.push(Track {
                    id: tid.clone(),
                    name,
                    ladder: Vec::new(),
                    branches: Vec::new(),
                    ends: Vec::new(),
                    note,
                    source,
                    basis: b,
                });
                i
            }
        };
        let Some(g) = gid else { continue };
        let from = r.id(&t, row, "分岐元");
        let end = r.tick(&t, row, "終点");
        let track = &mut tracks[ti];
        let path = match from {
            Some(from) => {
                let note_raw = r.get(&t, row, "分岐の注記");
                let note = r.opt_text(&note_raw);
                let b = r.basis(&t, row, "分岐の読み");
                let track = &mut tracks[ti];
                track.branches.push(Branch {
                    from,
                    to: g.clone(),
                    note,
                    basis: b,
                });
                format!("tracks[{ti}].branches[{}]", track.branches.len() - 1)
            }
            None => {
                track.ladder.push(g.clone());
                format!("tracks[{ti}].ladder[{}]", track.ladder.len() - 1)
            }
        };
        if end && !tracks[ti].ends.contains(&g) {
            tracks[ti].ends.push(g.clone());
            let k = tracks[ti].ends.len() - 1;
            r.origin(format!("tracks[{ti}].ends[{k}]"), sheet, row, t.col("終点"));
        }
        r.origin(path.clone(), sheet, row, t.col("職位ID"));
        r.origin(format!("{path}.from"), sheet, row, t.col("分岐元"));
        r.origin(format!("{path}.to"), sheet, row, t.col("職位ID"));
        r.origin(format!("{path}.note"), sheet, row, t.col("分岐の注記"));
    }
    // A grade named only by id, never described.
    for (i, tr) in tracks.iter().enumerate() {
        for (k, g) in tr.ladder.iter().enumerate() {
            if !grades.iter().any(|x| &x.id == g) {
                let o = r
                    .origins
                    .iter()
                    .find(|o| o.path == format!("tracks[{i}].ladder[{k}]"))
                    .cloned();
                if let Some(o) = o {
                    r.problems.push(Finding {
                        sheet: Some(sheet.into()),
                        row: Some(o.row),
                        col: Some(o.col),
                        message: format!("職位「{g}」の職位名がどの行にもありません"),
                        hint: Some(
                            "その職位が最初に出てくる行に職位名と出典を書いてください".into(),
                        ),
                    });
                }
            }
        }
    }
    (tracks, grades)
}

/// 「能力」.
fn read_abilities(r: &mut Reader, wb: &Workbook) -> (Vec<AbilityGroup>, Vec<Ability>) {
    let mut groups: Vec<AbilityGroup> = Vec::new();
    let mut abilities = Vec::new();
    let Some(t) = r.table(wb, layout::ABILITIES) else {
        return (groups, abilities);
    };
    let sheet = layout::ABILITIES;
    for row in t.rows() {
        let group = r.id(&t, row, "区分ID");
        let source = r.source(&t, row, "出典文書", "出典の節");
        if let Some(g) = &group {
            if !groups.iter().any(|x| &x.id == g) {
                let i = groups.len();
                r.origin(format!("ability_groups[{i}]"), sheet, row, t.col("区分ID"));
                let name = r.label(&t, row, "区分名", "区分の英語名", "", "");
                if name.ja.is_empty() {
                    r.problem(
                        sheet,
                        Some(row),
                        t.col("区分名"),
                        format!("区分「{g}」の区分名が空です"),
                        Some("その区分の最初の行に区分名を書いてください"),
                    );
                }
                groups.push(AbilityGroup {
                    id: g.clone(),
                    name,
                    source: source.clone(),
                });
            }
        }
        let Some(id) = r.id(&t, row, "能力ID") else {
            r.problem(
                sheet,
                Some(row),
                t.col("能力ID"),
                "能力IDが空です".into(),
                None,
            );
            continue;
        };
        let i = abilities.len();
        r.origin(format!("abilities[{i}]"), sheet, row, t.col("能力ID"));
        r.origin(format!("abilities[{i}].group"), sheet, row, t.col("区分ID"));
        r.origin_source(
            &format!("abilities[{i}]"),
            sheet,
            row,
            &t,
            ("出典文書", "出典の節"),
        );
        let name = r.label(&t, row, "能力名", "英語名", "", "");
        if name.ja.is_empty() {
            r.problem(
                sheet,
                Some(row),
                t.col("能力名"),
                "能力名が空です".into(),
                None,
            );
        }
        let number = opt(r.get(&t, row, "番号"));
        let description = lines(&r.get(&t, row, "説明"));
        let keywords = list(&r.get(&t, row, "キーワード"));
        let replaces = r.ids(&t, row, "置き換える能力ID");
        abilities.push(Ability {
            id,
            number,
            name,
            group,
            description,
            keywords,
            replaces,
            source,
        });
    }
    (groups, abilities)
}

/// Which ability a 「列」 cell names: its id, its number (① or 1) or its name.
fn ability_ref(abilities: &[Ability], raw: &str) -> Option<Id> {
    let k = key(raw);
    if let Some(a) = abilities.iter().find(|a| a.id.as_str() == k) {
        return Some(a.id.clone());
    }
    if let Some(n) = number_of(raw) {
        if let Some(a) = abilities
            .iter()
            .find(|a| a.number.as_deref().and_then(number_of) == Some(n))
        {
            return Some(a.id.clone());
        }
    }
    abilities
        .iter()
        .find(|a| a.name.ja == clean(raw))
        .map(|a| a.id.clone())
}

/// 「職位×能力」, block by block (column B says which).
fn read_matrix(r: &mut Reader, wb: &Workbook, abilities: &[Ability]) -> Option<Matrix> {
    let t = r.table(wb, layout::MATRIX)?;
    let sheet = layout::MATRIX;
    let kind_col = t.col("種類").unwrap_or(1);
    let at = |row: usize, c: usize| -> String {
        t.filled
            .get(row)
            .and_then(|x| x.get(c))
            .map(|v| match v {
                Value::Date(n) => number_text(*n),
                v => clean(&cell_text(v)),
            })
            .unwrap_or_default()
    };
    let mut m = Matrix {
        title: String::new(),
        legend: Vec::new(),
        columns: Vec::new(),
        column_labels: Vec::new(),
        rows: Vec::new(),
        footnotes: Vec::new(),
        focus_heading: None,
        source: Source {
            file: String::new(),
            section: String::new(),
        },
    };
    let c1 = kind_col + 1;
    let mut seen_title = false;
    // Where, in the 「列」 row, the ability columns start and the extra ones are.
    let mut first_mark = c1 + 2;
    let mut n_marks = 0usize;
    let mut extra: Vec<(String, usize)> = Vec::new();
    let rows = t.rows();
    if rows.is_empty() {
        return None;
    }
    for row in rows {
        let kind = at(row, kind_col);
        match kind.as_str() {
            "表題" => {
                seen_title = true;
                m.title = at(row, c1);
                m.source = Source {
                    file: r.doc(&at(row, c1 + 1)),
                    section: at(row, c1 + 2),
                };
                m.focus_heading = opt(at(row, c1 + 3));
                r.origin("matrix", sheet, row, Some(c1));
                r.origin("matrix.source.file", sheet, row, Some(c1 + 1));
                r.origin("matrix.source.section", sheet, row, Some(c1 + 2));
            }
            "凡例" => {
                let raw = at(row, c1);
                let symbol = canonical_mark(&raw);
                if symbol != clean(&raw) {
                    r.notice(
                        sheet,
                        row,
                        c1,
                        format!("凡例の記号「{raw}」を「{symbol}」として読みました"),
                    );
                }
                let req_raw = at(row, c1 + 2);
                let Some(requirement) = requirement(&req_raw) else {
                    r.problem(sheet, Some(row), Some(c1 + 2), format!("「{req_raw}」は求めとして使えません"), Some("身に付けるべき・既に身に付いているべき・将来的に望まれる・求めない のどれかを書いてください"));
                    continue;
                };
                r.origin(
                    format!("matrix.legend[{}]", m.legend.len()),
                    sheet,
                    row,
                    Some(c1),
                );
                m.legend.push(LegendEntry {
                    symbol,
                    meaning: opt(at(row, c1 + 1)),
                    requirement,
                    note: opt(at(row, c1 + 3)),
                });
            }
            "列" => {
                let width = t.filled.get(row).map(Vec::len).unwrap_or(0);
                first_mark = c1 + 2;
                let known_extra = ["意識すべき能力", "行の注記", "目標が不確かな列"];
                for c in first_mark..width {
                    let raw = at(row, c);
                    if raw.is_empty() {
                        continue;
                    }
                    if known_extra.contains(&raw.as_str()) {
                        extra.push((raw, c));
                        continue;
                    }
                    match ability_ref(abilities, &raw) {
                        Some(id) => {
                            r.origin(
                                format!("matrix.columns[{}]", m.columns.len()),
                                sheet,
                                row,
                                Some(c),
                            );
                            m.columns.push(id);
                        }
                        None => r.problem(
                            sheet,
                            Some(row),
                            Some(c),
                            format!("列「{raw}」は「能力」シートのどの能力でもありません"),
                            Some("能力ID、番号（①）、能力名のどれかで書いてください"),
                        ),
                    }
                }
                n_marks = m.columns.len();
            }
            "列見出し" => {
                m.column_labels = (0..n_marks).map(|i| at(row, first_mark + i)).collect();
                r.origin("matrix.column_labels", sheet, row, Some(first_mark));
            }
            "行" => {
                let Some(grade) = r.parse_id(sheet, row, Some(c1), &at(row, c1)) else {
                    continue;
                };
                let i = m.rows.len();
                r.origin(format!("matrix.rows[{i}]"), sheet, row, Some(c1));
                r.origin(format!("matrix.rows[{i}].grade"), sheet, row, Some(c1));
                r.origin(
                    format!("matrix.rows[{i}].marks"),
                    sheet,
                    row,
                    Some(first_mark),
                );
                let mut marks = Vec::new();
                for j in 0..n_marks {
                    let raw = at(row, first_mark + j);
                    let mark = canonical_mark(&raw);
                    if mark != clean(&raw) {
                        r.notice(
                            sheet,
                            row,
                            first_mark + j,
                            format!("記号「{raw}」を「{mark}」として読みました"),
                        );
                    }
                    r.origin(
                        format!("matrix.rows[{i}].marks[{j}]"),
                        sheet,
                        row,
                        Some(first_mark + j),
                    );
                    marks.push(mark);
                }
                let get_extra = |name: &str| {
                    extra
                        .iter()
                        .find(|(n, _)| n == name)
                        .map(|(_, c)| at(row, *c))
                        .unwrap_or_default()
                };
                let uncertain_raw = get_extra("目標が不確かな列");
                let mut uncertain = Vec::new();
                for x in list(&uncertain_raw) {
                    match ability_ref(abilities, &x) {
                        Some(id) => uncertain.push(id),
                        None => {
                            let c = extra
                                .iter()
                                .find(|(n, _)| n == "目標が不確かな列")
                                .map(|(_, c)| *c);
                            r.problem(
                                sheet,
                                Some(row),
                                c,
                                format!("「{x}」は能力ではありません"),
                                None,
                            )
                        }
                    }
                }
                if let Some((_, c)) = extra.iter().find(|(n, _)| n == "行の注記") {
                    r.origin(format!("matrix.rows[{i}].note"), sheet, row, Some(*c));
                }
                m.rows.push(MatrixRow {
                    grade,
                    label: at(row, c1 + 1),
                    marks,
                    focus: list(&get_extra("意識すべき能力")),
                    note: opt(get_extra("行の注記")),
                    uncertain,
                });
            }
            "注" => {
                let i = m.footnotes.len();
                r.origin(format!("matrix.footnotes[{i}]"), sheet, row, Some(c1));
                let mut rows_of = Vec::new();
                for x in list(&at(row, c1 + 2)) {
                    if let Some(id) = r.parse_id(sheet, row, Some(c1 + 2), &x) {
                        rows_of.push(id);
                    }
                }
                let mut cells = Vec::new();
                for x in list(&at(row, c1 + 3)) {
                    let (g, a) = x.split_once([':', '：']).unwrap_or((&x, ""));
                    match (
                        r.parse_id(sheet, row, Some(c1 + 3), g),
                        ability_ref(abilities, a),
                    ) {
                        (Some(grade), Some(ability)) => cells.push(CellRef { grade, ability }),
                        _ => r.problem(
                            sheet,
                            Some(row),
                            Some(c1 + 3),
                            format!("対象のセル「{x}」が読めません"),
                            Some("職位ID:能力ID の形で、、で区切って書いてください"),
                        ),
                    }
                }
                m.footnotes.push(Footnote {
                    marker: at(row, c1),
                    text: at(row, c1 + 1),
                    cells,
                    rows: rows_of,
                    reads_as: opt(at(row, c1 + 4)),
                });
            }
            other => r.problem(
                sheet,
                Some(row),
                Some(kind_col),
                format!("種類「{other}」は使えません"),
                Some("表題・凡例・列・列見出し・行・注 のどれかを書いてください"),
            ),
        }
    }
    if !seen_title {
        r.problem(
            sheet,
            None,
            Some(kind_col),
            "「表題」の行がありません".into(),
            Some("表の題名と出典を、種類に「表題」と書いた行に書いてください"),
        );
    }
    if m.columns.is_empty() {
        r.problem(
            sheet,
            None,
            Some(kind_col),
            "「列」の行がありません".into(),
            Some("種類に「列」と書いた行に、表の列の能力IDを左から順に書いてください"),
        );
    }
    Some(m)
}

/// 「役割・できること」, into the grades already read.
fn read_roles(r: &mut Reader, wb: &Workbook, grades: &mut [Grade]) {
    let Some(t) = r.table(wb, layout::ROLES) else {
        return;
    };
    let sheet = layout::ROLES;
    for row in t.rows() {
        let Some(gid) = r.id(&t, row, "職位ID") else {
            r.problem(
                sheet,
                Some(row),
                t.col("職位ID"),
                "職位IDが空です".into(),
                None,
            );
            continue;
        };
        let Some(gi) = grades.iter().position(|g| g.id == gid) else {
            r.problem(
                sheet,
                Some(row),
                t.col("職位ID"),
                format!("職位「{gid}」は「職種と職位」シートにありません"),
                Some("「職種と職位」シートの職位IDと同じ書き方にしてください"),
            );
            continue;
        };
        match r.get(&t, row, "種類").as_str() {
            "役割" => {
                let j = grades[gi].roles.len();
                let path = format!("grades[{gi}].roles[{j}]");
                r.origin(path.clone(), sheet, row, t.col("文"));
                r.origin(format!("{path}.note"), sheet, row, t.col("注記"));
                r.origin(format!("{path}.summary"), sheet, row, t.col("要約"));
                r.origin(format!("{path}.duties"), sheet, row, t.col("文"));
                let summary_raw = r.get(&t, row, "要約");
                let summary = r.opt_text(&summary_raw);
                let duties_raw = r.get(&t, row, "文");
                let duties = r.texts(&duties_raw);
                let b = r.basis(&t, row, "読み");
                grades[gi].roles.push(Role {
                    post: opt(r.get(&t, row, "役職・ID")),
                    summary,
                    duties,
                    basis: b,
                    note: opt(r.get(&t, row, "注記")),
                });
            }
            "できること" => {
                let Some(id) = r.id(&t, row, "役職・ID") else {
                    r.problem(sheet, Some(row), t.col("役職・ID"), "できることのIDが空です".into(), Some("「役職・ID」の列に、できることのID（半角英小文字・数字・-）を書いてください"));
                    continue;
                };
                let j = grades[gi].can_do.len();
                r.origin(
                    format!("grades[{gi}].can_do[{j}]"),
                    sheet,
                    row,
                    t.col("役職・ID"),
                );
                let text = r.required(&t, row, "文", "できることの文");
                let replaces = r.ids(&t, row, "置き換えるID");
                let path = format!("grades[{gi}].can_do[{j}]");
                r.origin_source(&path, sheet, row, &t, ("出典文書", "出典の節"));
                // A statement's own source, only where it is not its grade's.
                let written = !r.get(&t, row, "出典文書").is_empty()
                    || !r.get(&t, row, "出典の節").is_empty();
                let source = written
                    .then(|| r.source(&t, row, "出典文書", "出典の節"))
                    .filter(|s| *s != grades[gi].source);
                grades[gi].can_do.push(CanDo {
                    id,
                    text,
                    replaces,
                    source,
                });
            }
            other => r.problem(
                sheet,
                Some(row),
                t.col("種類"),
                format!("種類「{other}」は使えません"),
                Some("「役割」か「できること」と書いてください"),
            ),
        }
    }
}

/// The grade a 「職位」 cell names: its id, else its name as the
/// 「職種と職位」 sheet writes it.
fn grade_ref(grades: &[Grade], raw: &str) -> Option<usize> {
    let k = key(raw);
    grades
        .iter()
        .position(|g| g.id.as_str() == k)
        .or_else(|| grades.iter().position(|g| g.name.ja == clean(raw)))
}

/// The first id `prefix-N` (N from 1) that `taken` does not hold.
fn fresh_id(prefix: &str, taken: impl Fn(&Id) -> bool) -> Option<Id> {
    (1..=MAX_ROWS)
        .filter_map(|n| Id::parse(&format!("{prefix}-{n}")).ok())
        .find(|id| !taken(id))
}

/// 「標準職務遂行能力」, into the grades already read: one sentence per row
/// (or per line of a cell), gathered per grade and ability in the order
/// typed. An ability is found in the 「能力」 sheet by id, number or name;
/// one that is not there is made from this sheet (named as typed, with the
/// id `noryoku-N` and the row's source), and so is a 区分 no ability group
/// has (`kubun-N`), each said in a notice. Made this way, an id depends on
/// the order of the rows, so a body that will be revised is better given
/// its abilities, with ids, in the 「能力」 sheet.
fn read_standard(
    r: &mut Reader,
    wb: &Workbook,
    grades: &mut [Grade],
    groups: &mut Vec<AbilityGroup>,
    abilities: &mut Vec<Ability>,
) {
    let Some(t) = r.table(wb, layout::STANDARD) else {
        return;
    };
    let sheet = layout::STANDARD;
    for row in t.rows() {
        let grade_raw = r.get(&t, row, "職位");
        let Some(gi) = grade_ref(grades, &grade_raw) else {
            let (msg, hint) = if grade_raw.is_empty() {
                ("職位が空です".to_string(), None)
            } else {
                (
                    format!("職位「{grade_raw}」は「職種と職位」シートにありません"),
                    Some("「職種と職位」シートの職位IDか職位名と同じ書き方にしてください"),
                )
            };
            r.problem(sheet, Some(row), t.col("職位"), msg, hint);
            continue;
        };
        let texts = lines(&r.get(&t, row, "文"));
        if texts.is_empty() {
            r.problem(
                sheet,
                Some(row),
                t.col("文"),
                "文が空です".into(),
                Some("その職位に求める文を、規程の別表のとおりに書いてください"),
            );
            continue;
        }
        let ability_raw = r.get(&t, row, "能力");
        if ability_raw.is_empty() {
            r.problem(sheet, Some(row), t.col("能力"), "能力が空です".into(), None);
            continue;
        }
        let group_raw = r.get(&t, row, "区分");
        let source = r.source(&t, row, "出典文書", "出典の節");
        let group = if group_raw.is_empty() {
            None
        } else {
            let k = key(&group_raw);
            match groups
                .iter()
                .find(|g| g.id.as_str() == k || g.name.ja == group_raw)
            {
                Some(g) => Some(g.id.clone()),
                None => {
                    let Some(id) = fresh_id("kubun", |x| groups.iter().any(|g| &g.id == x)) else {
                        continue;
                    };
                    r.origin(
                        format!("ability_groups[{}]", groups.len()),
                        sheet,
                        row,
                        t.col("区分"),
                    );
                    r.notice(
                        sheet,
                        row,
                        t.col("区分").unwrap_or(1),
                        format!(
                            "区分「{group_raw}」を、このシートから区分として作りました（ID: {id}）"
                        ),
                    );
                    groups.push(AbilityGroup {
                        id: id.clone(),
                        name: Label::ja(group_raw.clone()),
                        source: source.clone(),
                    });
                    Some(id)
                }
            }
        };
        let ability = match ability_ref(abilities, &ability_raw) {
            Some(a) => {
                let held = abilities
                    .iter()
                    .find(|x| x.id == a)
                    .and_then(|x| x.group.clone());
                if group.is_some() && group != held {
                    r.problem(
                        sheet,
                        Some(row),
                        t.col("区分"),
                        format!("区分「{group_raw}」は、「能力」シートでの能力「{ability_raw}」の区分と違います"),
                        Some("区分を空欄にするか、「能力」シートの区分と同じにしてください"),
                    );
                    continue;
                }
                a
            }
            None => {
                let Some(id) = fresh_id("noryoku", |x| abilities.iter().any(|a| &a.id == x)) else {
                    continue;
                };
                let i = abilities.len();
                r.origin(format!("abilities[{i}]"), sheet, row, t.col("能力"));
                r.origin_source(
                    &format!("abilities[{i}]"),
                    sheet,
                    row,
                    &t,
                    ("出典文書", "出典の節"),
                );
                r.notice(
                    sheet,
                    row,
                    t.col("能力").unwrap_or(1),
                    format!("能力「{ability_raw}」は「能力」シートにないため、このシートから作りました（ID: {id}）"),
                );
                abilities.push(Ability {
                    id: id.clone(),
                    number: None,
                    name: Label::ja(ability_raw.clone()),
                    group,
                    description: Vec::new(),
                    keywords: Vec::new(),
                    replaces: Vec::new(),
                    source: source.clone(),
                });
                id
            }
        };
        let g = &mut grades[gi];
        let j = match g.abilities.iter().position(|w| w.ability == ability) {
            Some(j) => j,
            None => {
                g.abilities.push(Worded {
                    ability,
                    statements: Vec::new(),
                });
                let j = g.abilities.len() - 1;
                let p = format!("grades[{gi}].abilities[{j}]");
                r.origin(p.clone(), sheet, row, t.col("能力"));
                r.origin(format!("{p}.ability"), sheet, row, t.col("能力"));
                r.origin(format!("{p}.statements"), sheet, row, t.col("文"));
                j
            }
        };
        for text in texts {
            let k = grades[gi].abilities[j].statements.len();
            let p = format!("grades[{gi}].abilities[{j}].statements[{k}]");
            r.origin(p.clone(), sheet, row, t.col("文"));
            r.origin_source(&p, sheet, row, &t, ("出典文書", "出典の節"));
            grades[gi].abilities[j].statements.push(Statement {
                text,
                source: source.clone(),
            });
        }
    }
}

/// 「研修・支援」.
fn read_offerings(r: &mut Reader, wb: &Workbook) -> Vec<Offering> {
    let mut out = Vec::new();
    let Some(t) = r.table(wb, layout::OFFERINGS) else {
        return out;
    };
    let sheet = layout::OFFERINGS;
    for row in t.rows() {
        let Some(id) = r.id(&t, row, "ID") else {
            r.problem(sheet, Some(row), t.col("ID"), "IDが空です".into(), None);
            continue;
        };
        let i = out.len();
        let p = format!("offerings[{i}]");
        for (sub, h) in [
            ("", "ID"),
            (".name", "名称"),
            (".description", "説明"),
            (".conditions", "条件"),
            (".status", "状況"),
            (".targets.grades", "対象の職位"),
            (".targets.years", "対象の年次"),
            (".targets.tracks", "対象の職種"),
            (".targets.stages", "対象の段階"),
            (".targets.note", "対象の注記"),
            (".source.file", "出典文書"),
            (".source.section", "出典の節"),
        ] {
            r.origin(format!("{p}{sub}"), sheet, row, t.col(h));
        }
        if r.get(&t, row, "名称の読み") == "アプリ" {
            r.origin(format!("{p}.name.note"), sheet, row, t.col("名称の注記"));
        }
        let kind_raw = r.get(&t, row, "種類");
        let kind = offering_kind(&kind_raw).unwrap_or_else(|| {
            r.problem(sheet, Some(row), t.col("種類"), format!("種類「{kind_raw}」は使えません"), Some("階層別研修・専門研修・派遣研修・資格取得助成・自己啓発休業・1on1・メンター・その他の支援 など、説明シートの種類から選んでください"));
            OfferingKind::Other
        });
        let kind_basis = r.basis(&t, row, "種類の読み");
        let name = r.label(&t, row, "名称", "英語名", "名称の読み", "名称の注記");
        let years_raw = r.get(&t, row, "対象の年次");
        let years = years(&years_raw).unwrap_or_else(|| {
            r.problem(
                sheet,
                Some(row),
                t.col("対象の年次"),
                format!("年次「{years_raw}」が読めません"),
                Some("1、1～5、3～ のように書いてください"),
            );
            None
        });
        let grades = r.ids(&t, row, "対象の職位");
        let tracks = r.ids(&t, row, "対象の職種");
        let stages = r.ids(&t, row, "対象の段階");
        let note_raw = r.get(&t, row, "対象の注記");
        let note = r.opt_text(&note_raw);
        let tbasis = r.basis(&t, row, "対象の読み");
        let mut trains = Vec::new();
        for (h, b) in [
            ("鍛える能力（文書）", Basis::Document),
            ("鍛える能力（アプリ）", Basis::App),
        ] {
            for item in r.ids(&t, row, h) {
                r.origin(
                    format!("{p}.trains[{}]", trains.len()),
                    sheet,
                    row,
                    t.col(h),
                );
                trains.push(TrainsLink { item, basis: b });
            }
        }
        let description_raw = r.get(&t, row, "説明");
        let conditions_raw = r.get(&t, row, "条件");
        let status_raw = r.get(&t, row, "状況");
        let source = r.source(&t, row, "出典文書", "出典の節");
        out.push(Offering {
            id,
            kind,
            kind_basis,
            name,
            description: r.texts(&description_raw),
            provider: opt(r.get(&t, row, "実施主体")),
            targets: Targets {
                grades,
                years,
                tracks,
                stages,
                note,
                basis: tbasis,
            },
            trains,
            conditions: r.texts(&conditions_raw),
            status: r.opt_text(&status_raw),
            source: Some(source),
        });
    }
    out
}

/// 「キャリアパス」.
fn read_career(r: &mut Reader, wb: &Workbook) -> Vec<CareerPath> {
    let mut out: Vec<CareerPath> = Vec::new();
    let Some(t) = r.table(wb, layout::CAREER) else {
        return out;
    };
    let sheet = layout::CAREER;
    for row in t.rows() {
        let Some(pid) = r.id(&t, row, "パスID") else {
            r.problem(
                sheet,
                Some(row),
                t.col("パスID"),
                "パスIDが空です".into(),
                None,
            );
            continue;
        };
        let pi = match out.iter().position(|p| p.id == pid) {
            Some(i) => i,
            None => {
                let i = out.len();
                r.origin(format!("career_paths[{i}]"), sheet, row, t.col("パスID"));
                r.origin(
                    format!("career_paths[{i}].track"),
                    sheet,
                    row,
                    t.col("職種ID"),
                );
                r.origin_source(
                    &format!("career_paths[{i}]"),
                    sheet,
                    row,
                    &t,
                    ("出典文書", "出典の節"),
                );
                let rules_raw = r.get(&t, row, "パス全体の決まり");
                let track = r.id(&t, row, "職種ID");
                let source = r.source(&t, row, "出典文書", "出典の節");
                out.push(CareerPath {
                    id: pid,
                    name: r.get(&t, row, "パス名"),
                    track,
                    stages: Vec::new(),
                    rules: r.texts(&rules_raw),
                    source,
                });
                i
            }
        };
        let Some(sid) = r.id(&t, row, "段階ID") else {
            continue;
        };
        let j = out[pi].stages.len();
        let sp = format!("career_paths[{pi}].stages[{j}]");
        r.origin(sp.clone(), sheet, row, t.col("段階ID"));
        r.origin(format!("{sp}.name"), sheet, row, t.col("段階名の注記"));
        r.origin(format!("{sp}.grades"), sheet, row, t.col("職位"));
        r.origin(format!("{sp}.years"), sheet, row, t.col("年数（から）"));
        let kind_raw = r.get(&t, row, "区分");
        let kind = stage_kind(&kind_raw).unwrap_or_else(|| {
            r.problem(
                sheet,
                Some(row),
                t.col("区分"),
                format!("区分「{kind_raw}」は使えません"),
                Some("年数・年代・段階・時期 のどれかを書いてください"),
            );
            StageKind::Phase
        });
        let from_raw = r.get(&t, row, "年数（から）");
        let to_raw = r.get(&t, row, "年数（まで）");
        let num = |r: &mut Reader, raw: &str, h: &str| -> Option<u32> {
            if raw.is_empty() {
                return None;
            }
            key(raw).parse().ok().or_else(|| {
                r.problem(
                    sheet,
                    Some(row),
                    t.col(h),
                    format!("年数「{raw}」が読めません"),
                    Some("数字で書いてください（1 = 1年目）"),
                );
                None
            })
        };
        let from = num(r, &from_raw, "年数（から）");
        let to = num(r, &to_raw, "年数（まで）");
        let name = r.label(&t, row, "段階名", "", "段階名の読み", "段階名の注記");
        let grades = r.ids(&t, row, "職位");
        let grades_basis = r.basis(&t, row, "職位の読み");
        let [d, ru, sk, me] =
            ["内容", "配置の決まり", "知識・スキル", "育成手法"].map(|h| r.get(&t, row, h));
        out[pi].stages.push(Stage {
            id: sid,
            name,
            kind,
            years: from.map(|f| YearRange { from: f, to }),
            ages: opt(r.get(&t, row, "年代")),
            grades,
            grades_basis,
            description: r.texts(&d),
            rules: r.texts(&ru),
            skills: r.texts(&sk),
            methods: r.texts(&me),
        });
    }
    out
}

/// 「文書にないもの」.
fn read_missing(r: &mut Reader, wb: &Workbook) -> Vec<Missing> {
    let mut out = Vec::new();
    let Some(t) = r.table(wb, layout::MISSING) else {
        return out;
    };
    let sheet = layout::MISSING;
    for row in t.rows() {
        let raw = r.get(&t, row, "部分");
        let Some(p) = part(&raw) else {
            r.problem(sheet, Some(row), t.col("部分"), format!("部分「{raw}」は使えません"), Some("職位×能力の表・能力・できること・役割・キャリアパス・職員調査・数値目標・研修体系・職員像・図や別冊・その他 のどれかを書いてください"));
            continue;
        };
        let i = out.len();
        r.origin(format!("missing[{i}]"), sheet, row, t.col("説明"));
        r.origin(
            format!("missing[{i}].source.file"),
            sheet,
            row,
            t.col("出典文書"),
        );
        let src_doc = r.get(&t, row, "出典文書");
        let sec = r.get(&t, row, "出典の節");
        let source = (!src_doc.is_empty() || !sec.is_empty()).then(|| Source {
            file: r.doc(&src_doc),
            section: sec,
        });
        out.push(Missing {
            part: p,
            note: r.get(&t, row, "説明"),
            source,
        });
    }
    out
}

/// A hint for a validator problem, in the workbook's terms.
fn hint(p: &Problem) -> Option<&'static str> {
    Some(match p {
        Problem::UnknownSourceFile(_) => {
            "「団体・文書」シートの文書の「ID・ファイル名」か表題を書いてください"
        }
        Problem::EmptySection => "文書のどこに書かれているか（章・節・表の名前）を書いてください",
        Problem::NoSource => "出典文書と出典の節を書いてください",
        Problem::DuplicateId { .. } => "同じIDが二度使われています。どちらかを別のIDにしてください",
        Problem::Unknown { .. } => {
            "ほかのシートのIDと同じ書き方にしてください（全角・半角、つづりを確かめてください）"
        }
        Problem::MarkNotInLegend { .. } => {
            "凡例の行にその記号を加えるか、表の記号を凡例の記号に直してください"
        }
        Problem::WrongMarkCount { .. } => "「列」の行の能力の数だけ、記号を書いてください",
        Problem::EmptyLadder => "職種の行に、職位を下位から順に書いてください",
        Problem::Cycle(_) => {
            "職位の並びと分岐元を見直してください（上位から下位へ戻る並びがあります）"
        }
        Problem::DeadEnd(_) => "この先がない職位なら「終点」に○を付けてください",
        Problem::BadYears { .. } => "1 = 1年目として、小さい方から書いてください",
        Problem::UnknownPrefecture(_) => "「福島県」「東京都」のように正式な名前で書いてください",
        Problem::AppWithoutNote => "アプリの読みには、その理由を注記の列に書いてください",
        Problem::UncertainWithoutNote => "「行の注記」の列に、目標が不確かな理由を書いてください",
        Problem::WordedAndInMatrix(_) => {
            "「職位×能力」の表の列から外すか、「標準職務遂行能力」シートの行を消してください"
        }
        _ => return None,
    })
}

/// Where a validator problem's path came from: the longest recorded path
/// it starts with.
fn locate(origins: &[Origin], path: &str) -> Option<Origin> {
    origins
        .iter()
        .filter(|o| {
            path == o.path
                || (path.starts_with(&o.path)
                    && matches!(path.as_bytes().get(o.path.len()), Some(b'.') | Some(b'[')))
        })
        .max_by_key(|o| o.path.len())
        .cloned()
}

fn from_data_error(origins: &[Origin], e: &DataError) -> Finding {
    let o = locate(origins, &e.path);
    Finding {
        sheet: o.as_ref().map(|o| o.sheet.to_owned()),
        row: o.as_ref().map(|o| o.row),
        col: o.as_ref().map(|o| o.col),
        message: e.problem.to_string(),
        hint: hint(&e.problem).map(str::to_owned),
    }
}

/// Reads a filled workbook into a body's data, checked by the build's own
/// validator. Any problem (a missing sheet, a bad id, a mark outside the
/// legend) is returned with its sheet, row and column; then no data is.
pub fn from_workbook(wb: &Workbook) -> Result<Converted, Vec<Finding>> {
    let mut r = Reader {
        problems: Vec::new(),
        notices: Vec::new(),
        origins: Vec::new(),
        documents: Vec::new(),
    };
    for s in &wb.sheets {
        let name = s.name.trim();
        if name != layout::EXPLAIN && !SHEETS.iter().any(|x| x.name == name) {
            r.notices.push(Finding {
                sheet: Some(name.to_owned()),
                row: None,
                col: None,
                message: format!("「{name}」シートはテンプレートにないため、読み込みませんでした"),
                hint: None,
            });
        }
    }
    let body = read_body(&mut r, wb);
    let (tracks, mut grades) = read_grades(&mut r, wb);
    let (mut ability_groups, mut abilities) = read_abilities(&mut r, wb);
    let matrix = read_matrix(&mut r, wb, &abilities);
    read_standard(&mut r, wb, &mut grades, &mut ability_groups, &mut abilities);
    read_roles(&mut r, wb, &mut grades);
    let offerings = read_offerings(&mut r, wb);
    let career_paths = read_career(&mut r, wb);
    let missing = read_missing(&mut r, wb);
    let Some(body) = body else {
        return Err(r.problems);
    };
    if !r.problems.is_empty() {
        return Err(r.problems);
    }
    let data = BodyData {
        format: DATA_FORMAT,
        body,
        documents: r.documents,
        visions: Vec::new(),
        tracks,
        grades,
        ability_groups,
        abilities,
        matrix,
        career_paths,
        offerings,
        measures: Vec::new(),
        plan_tables: Vec::new(),
        surveys: Vec::new(),
        kpi_tables: Vec::new(),
        missing,
    };
    match validate("workbook", &data) {
        Ok(()) => Ok(Converted {
            data,
            notices: r.notices,
        }),
        Err(errors) => Err(errors
            .iter()
            .map(|e| from_data_error(&r.origins, e))
            .collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_validator_path_is_traced_to_the_longest_recorded_origin() {
        let o = |p: &str, row| Origin {
            path: p.into(),
            sheet: layout::OFFERINGS,
            row,
            col: 1,
        };
        let origins = vec![
            o("offerings[1]", 4),
            o("offerings[1].targets.grades", 4),
            o("offerings[10]", 9),
        ];
        assert_eq!(
            locate(&origins, "offerings[1].targets.grades[0]").map(|x| x.path),
            Some("offerings[1].targets.grades".into())
        );
        assert_eq!(
            locate(&origins, "offerings[10].name").map(|x| x.row),
            Some(9)
        );
        assert!(locate(&origins, "grades[0]").is_none());
    }
}
