//! The workbook an HR office fills in: every real body's data, laid out
//! as an .xlsx workbook and read back, gives the same framework; Excel's
//! usual input is read as meant; broken workbooks are refused by sheet,
//! row and column; files that are not workbooks say what they are.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::load::load_dir;
use michishirube::core::model::BodyData;
use michishirube::core::workbook::read::from_workbook;
use michishirube::core::workbook::write::{template, to_workbook};
use michishirube::core::workbook::xlsx::{read_xlsx, write_xlsx};
use std::path::Path;

fn bodies() -> Vec<BodyData> {
    load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies"))
        .expect("data")
        .into_iter()
        .map(|(_, d)| d)
        .collect()
}

/// The data through an actual .xlsx file and back.
fn round_trip(d: &BodyData) -> BodyData {
    let bytes = write_xlsx(&to_workbook(d)).expect("writes");
    let wb = read_xlsx(&bytes).expect("reads");
    match from_workbook(&wb) {
        Ok(c) => c.data,
        Err(problems) => panic!(
            "{}: {}",
            d.body.id,
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn every_real_body_survives_its_workbook_unchanged_in_what_the_workbook_holds() {
    for d in bodies() {
        let back = round_trip(&d);
        let id = &d.body.id;
        assert_eq!(back.body, d.body, "{id}: body");
        assert_eq!(back.documents, d.documents, "{id}: documents");
        assert_eq!(back.tracks, d.tracks, "{id}: ladders and branches");
        // Grades come back in the order the ladders list them; the same
        // grades, each with the same roles and can-do statements.
        let by_id = |g: &Vec<michishirube::core::model::Grade>| {
            let mut v = g.clone();
            v.sort_by(|a, b| a.id.cmp(&b.id));
            v
        };
        assert_eq!(
            by_id(&back.grades),
            by_id(&d.grades),
            "{id}: grades, roles and can-do"
        );
        assert_eq!(
            back.ability_groups, d.ability_groups,
            "{id}: ability groups"
        );
        assert_eq!(back.abilities, d.abilities, "{id}: abilities");
        assert_eq!(back.matrix, d.matrix, "{id}: marks with legend");
        assert_eq!(back.offerings, d.offerings, "{id}: offerings with targets");
        assert_eq!(back.career_paths, d.career_paths, "{id}: career paths");
        assert_eq!(back.missing, d.missing, "{id}: missing parts");
    }
}

#[test]
fn the_template_reads_as_nothing_to_import_but_says_what_is_missing() {
    let bytes = write_xlsx(&template()).expect("writes");
    let problems = from_workbook(&read_xlsx(&bytes).expect("reads")).expect_err("empty");
    // Example rows are skipped, so the body and its document are missing.
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("「団体」の行がありません")),
        "{problems:?}"
    );
}

use michishirube::core::workbook::{Cell, Finding, Value, Workbook};

fn koriyama() -> BodyData {
    bodies()
        .into_iter()
        .find(|b| b.body.id == "koriyama")
        .expect("koriyama")
}

fn sheet_mut<'a>(wb: &'a mut Workbook, name: &str) -> &'a mut michishirube::core::workbook::Sheet {
    wb.sheets
        .iter_mut()
        .find(|s| s.name == name)
        .expect("sheet")
}

/// The 0-based (row, col) of the first cell holding `text` in a sheet.
fn find(wb: &Workbook, sheet: &str, text: &str) -> (usize, usize) {
    let s = wb.sheet(sheet).expect("sheet");
    for (r, row) in s.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if cell.value == Value::Text(text.into()) {
                return (r, c);
            }
        }
    }
    panic!("{text} not in {sheet}")
}

fn set(wb: &mut Workbook, sheet: &str, (r, c): (usize, usize), v: Value) {
    let s = sheet_mut(wb, sheet);
    if s.rows.len() <= r {
        s.rows.resize_with(r + 1, Vec::new);
    }
    if s.rows[r].len() <= c {
        s.rows[r].resize(c + 1, Cell::default());
    }
    s.rows[r][c].value = v;
}

fn problems(wb: &Workbook) -> Vec<Finding> {
    from_workbook(wb).expect_err("must be refused")
}

#[test]
fn excels_usual_input_is_read_as_meant_and_said_so() {
    let d = koriyama();
    let mut wb = to_workbook(&d);
    // ◯ for ○ in a mark, － for -, in the legend's table.
    let marks_from = find(&wb, "職位×能力", "rinri").1;
    let (kacho, _) = find(&wb, "職位×能力", "kacho");
    set(
        &mut wb,
        "職位×能力",
        (kacho, marks_from + 5),
        Value::Text("◯ ".into()),
    );
    let (kakaricho, _) = find(&wb, "職位×能力", "kakaricho");
    set(
        &mut wb,
        "職位×能力",
        (kakaricho, marks_from + 2),
        Value::Text("－".into()),
    );
    // An ability column named by its circled number instead of its id,
    // and in full-width digits.
    let (cr, cc) = find(&wb, "職位×能力", "setsumei-chosei");
    set(&mut wb, "職位×能力", (cr, cc), Value::Text("②".into()));
    let (cr, cc) = find(&wb, "職位×能力", "communication");
    set(&mut wb, "職位×能力", (cr, cc), Value::Text("７".into()));
    // Full-width digits and trailing spaces in an id and a year range.
    let (orow, _) = find(&wb, "研修・支援", "chonai-dx-kenshu");
    let idc = find(&wb, "研修・支援", "ID").1;
    set(
        &mut wb,
        "研修・支援",
        (orow, idc),
        Value::Text("ｃｈｏｎａｉ-dx-kenshu　".into()),
    );
    // A date typed as a date.
    let (dr, _) = find(&wb, "団体・文書", "003_72327c90004e74ce.txt");
    let datec = find(&wb, "団体・文書", "策定").1;
    set(&mut wb, "団体・文書", (dr, datec), Value::Date(46113.0));
    // Empty rows between rows.
    sheet_mut(&mut wb, "能力").rows.insert(4, Vec::new());
    // A merged cell: the track id written once over its four rows.
    let gs = sheet_mut(&mut wb, "職種と職位");
    for r in 3..6 {
        gs.rows[r][1].value = Value::Empty;
    }
    gs.merged.push(michishirube::core::workbook::Area {
        first: (2, 1),
        last: (5, 1),
    });

    let c = match from_workbook(&wb) {
        Ok(c) => c,
        Err(p) => panic!(
            "{}",
            p.iter()
                .map(|x| x.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    };
    let m = c.data.matrix.as_ref().expect("matrix");
    assert_eq!(
        m.columns,
        d.matrix.as_ref().expect("m").columns,
        "② and ７ name the abilities"
    );
    assert_eq!(
        m.rows,
        d.matrix.as_ref().expect("m").rows,
        "◯ read as ○, － as -"
    );
    assert!(
        c.notices
            .iter()
            .any(|n| n.to_string().contains("「◯」を「○」として読みました")),
        "{:?}",
        c.notices
    );
    assert!(c
        .notices
        .iter()
        .any(|n| n.message.contains("「－」を「-」")));
    assert!(c.data.offerings.iter().any(|o| o.id == "chonai-dx-kenshu"));
    assert_eq!(c.data.documents[0].date.as_deref(), Some("令和8年4月1日"));
    assert_eq!(
        c.data.tracks, d.tracks,
        "the merged track id fills its rows"
    );
    assert_eq!(c.data.abilities, d.abilities, "an empty row is skipped");
}

#[test]
fn a_mark_outside_the_legend_is_named_by_sheet_row_and_column_with_a_hint() {
    let mut wb = to_workbook(&koriyama());
    let (r, _) = find(&wb, "職位×能力", "kacho");
    let c = find(&wb, "職位×能力", "rinri").1 + 1;
    set(&mut wb, "職位×能力", (r, c), Value::Text("△".into()));
    let p = problems(&wb);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(
        p[0].location(),
        format!(
            "「職位×能力」シート {}行目 {}列",
            r + 1,
            michishirube::core::workbook::column_letters(c as u32)
        )
    );
    assert!(p[0].message.contains("凡例にない記号「△」"), "{}", p[0]);
    assert!(p[0].hint.as_deref().is_some_and(|h| h.contains("凡例")));
}

#[test]
fn an_unknown_grade_in_an_offering_is_traced_to_its_cell_by_the_validator() {
    let mut wb = to_workbook(&koriyama());
    let (r, _) = find(&wb, "研修・支援", "kanrishoku-management-kenshu");
    let c = find(&wb, "研修・支援", "対象の職位").1;
    set(
        &mut wb,
        "研修・支援",
        (r, c),
        Value::Text("kacho、buchou".into()),
    );
    let p = problems(&wb);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(
        (p[0].sheet.as_deref(), p[0].row, p[0].col),
        (Some("研修・支援"), Some(r as u32 + 1), Some(c as u32))
    );
    assert!(p[0].message.contains("buchou"));
}

#[test]
fn a_formula_an_error_value_and_a_bad_id_are_each_refused_where_they_are() {
    let mut wb = to_workbook(&koriyama());
    let (r, c) = find(&wb, "能力", "rinri");
    sheet_mut(&mut wb, "能力").rows[r][c].formula = Some("LOWER(\"RINRI\")".into());
    let (r2, c2) = find(&wb, "能力", "communication");
    set(&mut wb, "能力", (r2, c2 + 3), Value::Error("#REF!".into()));
    let (r3, c3) = find(&wb, "研修・支援", "one-on-one");
    set(
        &mut wb,
        "研修・支援",
        (r3, c3),
        Value::Text("1on1 研修".into()),
    );
    let p = problems(&wb);
    let at = |r: usize, c: usize| {
        p.iter()
            .find(|f| f.row == Some(r as u32 + 1) && f.col == Some(c as u32))
    };
    assert!(
        at(r, c).is_some_and(|f| f.message.contains("数式")
            && f.hint
                .as_deref()
                .is_some_and(|h| h.contains("値の貼り付け"))),
        "{p:?}"
    );
    assert!(at(r2, c2 + 3).is_some_and(|f| f.message.contains("#REF!")));
    assert!(at(r3, c3).is_some_and(|f| f.message.contains("IDに使えません")));
}

#[test]
fn a_missing_sheet_is_named() {
    let mut wb = to_workbook(&koriyama());
    wb.sheets.retain(|s| s.name != "団体・文書");
    let p = problems(&wb);
    assert!(
        p.iter()
            .any(|f| f.message == "「団体・文書」シートがありません"),
        "{p:?}"
    );
}

/// An .xlsx written by rust_xlsxwriter, as Excel would save one.
fn xlsx_with(f: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    let mut w = rust_xlsxwriter::Workbook::new();
    let ws = w.add_worksheet();
    ws.set_name("団体・文書").expect("name");
    f(ws);
    w.save_to_buffer().expect("xlsx")
}

#[test]
fn files_that_are_not_a_usable_workbook_each_get_a_message_of_their_own() {
    let msg = |bytes: &[u8]| read_xlsx(bytes).expect_err("refused").to_string();
    // 30 MB.
    let mut big = b"PK\x03\x04".to_vec();
    big.resize(30 * 1024 * 1024, 0);
    assert!(msg(&big).contains("ファイルが大きすぎます（30.0 MB。10 MB まで）"));
    // A PDF renamed .xlsx.
    assert!(msg(b"%PDF-1.7\n1 0 obj").contains("PDF です"));
    // An old .xls, and a password-protected workbook (both compound files).
    let cfb = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
    assert!(msg(&[cfb.clone(), b"Workbook".to_vec()].concat()).contains(".xls"));
    let enc: Vec<u8> = "EncryptedPackage"
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    assert!(msg(&[cfb, enc].concat()).contains("パスワード"));
    // A CSV.
    assert!(msg("種類,ID\n団体,testshi\n".as_bytes()).contains("CSV"));
    // A zip bomb: a small file whose entry inflates past the limit.
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        use std::io::Write;
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("xl/workbook.xml", opts).expect("entry");
        z.write_all(b"<workbook/>").expect("write");
        z.start_file("xl/worksheets/sheet1.xml", opts)
            .expect("entry");
        let zeros = vec![0u8; 1024 * 1024];
        for _ in 0..80 {
            z.write_all(&zeros).expect("write");
        }
        z.finish().expect("zip");
    }
    let bomb = buf.into_inner();
    assert!(
        bomb.len() < 1024 * 1024,
        "the bomb is small: {}",
        bomb.len()
    );
    assert!(msg(&bomb).contains("展開すると大きすぎます"));
    // Formulas, in a real .xlsx.
    let with_formula = xlsx_with(|ws| {
        ws.write_string(1, 1, "種類").expect("w");
        ws.write_formula(2, 1, "=\"団\"&\"体\"").expect("w");
    });
    let wb = read_xlsx(&with_formula).expect("reads");
    let p = problems(&wb);
    assert!(
        p.iter()
            .any(|f| f.message.contains("数式が入っています") && f.row == Some(3)),
        "{p:?}"
    );
    // 20,000 rows, in a real .xlsx.
    let long = xlsx_with(|ws| {
        ws.write_string(1, 1, "種類").expect("w");
        for r in 2..20_002 {
            ws.write_string(r, 2, "x").expect("w");
        }
    });
    let p = problems(&read_xlsx(&long).expect("reads"));
    assert!(
        p.iter().any(|f| f
            .message
            .contains("行が多すぎます（20002 行。5000 行まで）")),
        "{p:?}"
    );
}

#[test]
fn a_body_written_as_toml_is_read_back_by_the_build_unchanged() {
    use michishirube::core::load::body_from_toml;
    for d in bodies() {
        let text = michishirube::core::workbook::import::to_toml(&d).expect("toml");
        let back =
            body_from_toml("x.toml", &text).unwrap_or_else(|e| panic!("{}: {e:?}", d.body.id));
        assert_eq!(back, d, "{}", d.body.id);
    }
}

#[test]
fn the_readme_documents_every_sheet_and_column_of_the_template() {
    use michishirube::core::workbook::layout::SHEETS;
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/README.md"))
        .expect("data/README.md");
    for s in SHEETS {
        let heading = format!("### 「{}」シート（", s.name);
        let at = readme
            .find(&heading)
            .unwrap_or_else(|| panic!("data/README.md has no section {heading}"));
        // The sheet's section runs to the next heading.
        let section = &readme[at + heading.len()..];
        let section = &section[..section.find("\n### ").unwrap_or(section.len())];
        for c in s.columns {
            assert!(
                section.contains(&format!("| {} | {} |", c.header, c.help)),
                "data/README.md, {heading}: the column 「{}」 is missing or says other than the template",
                c.header
            );
        }
    }
}
