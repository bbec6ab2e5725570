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

fn standard() -> BodyData {
    michishirube::core::load::load_file(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/standard-town.toml"),
    )
    .expect("standard-town")
}

#[test]
fn a_worded_table_survives_its_workbook_unchanged() {
    let d = standard();
    let back = round_trip(&d);
    assert_eq!(back, d);
    // The 標準職務遂行能力 sheet names each ability as printed.
    let wb = to_workbook(&d);
    let (r, c) = find(&wb, "標準職務遂行能力", "危機管理力");
    assert_eq!(
        wb.sheet("標準職務遂行能力")
            .expect("sheet")
            .cell(r, c + 1)
            .value,
        Value::Text(
            "市に重大な影響を及ぼす事柄を回避又は軽減させる対策を講じることができる。".into()
        )
    );
}

#[test]
fn a_document_number_its_printed_note_and_a_can_do_source_survive_the_workbook() {
    let mut d = koriyama();
    d.documents[0].number = Some("令和7年訓令第1号".into());
    d.documents[0].note = Some("令和7年4月1日から施行する。".into());
    d.documents[0].note_basis = michishirube::core::model::Basis::Document;
    d.grades[0].can_do.push(michishirube::core::model::CanDo {
        id: michishirube::core::id::Id::parse("cd-own-source").expect("id"),
        text: "文書の別の節に書かれた文。".into(),
        replaces: Vec::new(),
        source: Some(michishirube::core::model::Source {
            file: d.documents[0].file.clone(),
            section: "別の節".into(),
        }),
    });
    let back = round_trip(&d);
    assert_eq!(back.documents, d.documents);
    let g = back.grade(&d.grades[0].id).expect("grade");
    assert_eq!(g.can_do, d.grades[0].can_do);
}

#[test]
fn a_worded_table_typed_by_names_with_sentences_in_one_cell_makes_its_abilities() {
    // A clerk's sheet: no 能力 sheet rows, grades by name, two sentences in a cell.
    let d = standard();
    let mut wb = to_workbook(&d);
    sheet_mut(&mut wb, "能力").rows.truncate(2);
    let s = sheet_mut(&mut wb, "標準職務遂行能力");
    s.rows.truncate(2);
    let row = |cells: &[&str]| cells.iter().map(|c| Cell::text(*c)).collect::<Vec<_>>();
    s.rows.push(row(&[
        "",
        "課長",
        "態度",
        "倫理観",
        "自身の立場を自覚し、自己管理を行い、不正に対しても毅然とした態度をとることができる。\n勤務時間中は、誠実に効率的に仕事ができる。",
        "",
        "別表(第2条関係)",
    ]));
    s.rows.push(row(&[
        "",
        "部長",
        "能力",
        "危機管理力",
        "市に重大な影響を及ぼす事柄を回避又は軽減させる対策を講じることができる。",
        "",
        "別表(第2条関係)",
    ]));
    let c = from_workbook(&wb).unwrap_or_else(|p| panic!("{p:?}"));
    let names: Vec<(String, String)> = c
        .data
        .abilities
        .iter()
        .map(|a| (a.id.to_string(), a.name.ja.clone()))
        .collect();
    assert_eq!(
        names,
        [
            ("noryoku-1".to_string(), "倫理観".to_string()),
            ("noryoku-2".into(), "危機管理力".into())
        ]
    );
    let kacho = c.data.grade(&d.grades[0].id).expect("課長");
    assert_eq!(kacho.abilities[0].statements.len(), 2);
    assert_eq!(
        kacho.abilities[0].statements[1].source.file,
        "bando-hyojun-shokumu.html"
    );
    // With no 能力 sheet rows there are no groups either: each 区分 makes one.
    let groups: Vec<(String, String)> = c
        .data
        .ability_groups
        .iter()
        .map(|g| (g.id.to_string(), g.name.ja.clone()))
        .collect();
    assert_eq!(
        groups,
        [
            ("kubun-1".to_string(), "態度".to_string()),
            ("kubun-2".into(), "能力".into())
        ]
    );
    assert_eq!(
        c.data.abilities[0].group.as_ref().map(|g| g.as_str()),
        Some("kubun-1")
    );
    assert!(
        c.notices.iter().any(|n| n
            .message
            .contains("能力「倫理観」は「能力」シートにないため")),
        "{:?}",
        c.notices
    );
}

#[test]
fn a_broken_worded_table_is_named_by_sheet_row_and_column() {
    let d = standard();
    let wb = to_workbook(&d);
    let sheet = "標準職務遂行能力";
    let (r, c) = find(&wb, sheet, "決断力");
    // An unknown grade.
    let mut w = wb.clone();
    set(&mut w, sheet, (r, c - 2), Value::Text("jicho".into()));
    let p = problems(&w);
    assert!(
        p.iter().any(|f| f.to_string()
            == format!(
                "「標準職務遂行能力」シート {}行目 B列: 職位「jicho」は「職種と職位」シートにありません（「職種と職位」シートの職位IDか職位名と同じ書き方にしてください）",
                r + 1
            )),
        "{p:?}"
    );
    // An empty sentence.
    let mut w = wb.clone();
    set(&mut w, sheet, (r, c + 1), Value::Empty);
    let p = problems(&w);
    assert!(
        p.iter().any(|f| f.row == Some(r as u32 + 1)
            && f.col == Some(c as u32 + 1)
            && f.message == "文が空です"),
        "{p:?}"
    );
    // A document the body does not have: the validator's finding, traced to the cell.
    let mut w = wb;
    set(&mut w, sheet, (r, c + 2), Value::Text("ない文書".into()));
    let p = problems(&w);
    assert!(
        p.iter().any(|f| f.sheet.as_deref() == Some(sheet)
            && f.row == Some(r as u32 + 1)
            && f.col == Some(c as u32 + 2)
            && f.message
                .contains("出典ファイル「ない文書」が documents にありません")),
        "{p:?}"
    );
}

#[test]
fn a_workbook_from_the_older_template_without_the_new_columns_still_reads() {
    let d = koriyama();
    let mut wb = to_workbook(&d);
    for (sheet, h) in [
        ("団体・文書", "番号"),
        ("団体・文書", "注記の読み"),
        ("役割・できること", "出典文書"),
        ("役割・できること", "出典の節"),
    ] {
        let (r, c) = find(&wb, sheet, h);
        set(&mut wb, sheet, (r, c), Value::Empty);
    }
    wb.sheets.retain(|s| s.name != "標準職務遂行能力");
    let back = from_workbook(&wb).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(back.data.documents, d.documents);
}

#[test]
fn the_template_has_example_rows_for_the_worded_table_and_explains_it() {
    let t = template();
    let s = t.sheet("標準職務遂行能力").expect("sheet");
    assert_eq!(
        s.rows
            .iter()
            .filter(|r| matches!(r.first().map(|c| &c.value), Some(Value::Text(m)) if m.starts_with("記入例")))
            .count(),
        3
    );
    let explain = t.sheet("説明").expect("説明");
    assert!(explain.rows.iter().any(|r| matches!(
        r.first().map(|c| &c.value),
        Some(Value::Text(x)) if x.starts_with("・「標準職務遂行能力」シートには")
    )));
}

#[test]
fn a_worded_table_written_as_toml_is_read_back_unchanged() {
    use michishirube::core::load::body_from_toml;
    let d = standard();
    let text = michishirube::core::workbook::import::to_toml(&d).expect("toml");
    assert!(text.contains("[[grades.abilities]]"), "{text}");
    assert!(text.contains("note_basis = \"document\""), "{text}");
    let back = body_from_toml("bando.toml", &text).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(back, d);
}

#[test]
fn the_cli_accepts_the_worded_table_fixture_and_counts_its_wordings() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_validate-data"))
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/standard-town.toml"))
        .output()
        .expect("run validate-data");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("worded"), "{stdout}");
    // 課長 words 3 abilities, 部長 6.
    let line = stdout
        .lines()
        .find(|l| l.starts_with("bando"))
        .expect("bando line");
    let cols: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(cols[4], "9", "{line}");
}

#[test]
fn an_ability_both_a_matrix_column_and_worded_in_the_sheet_is_named_at_its_row() {
    let d = koriyama();
    let mut wb = to_workbook(&d);
    let s = sheet_mut(&mut wb, "標準職務遂行能力");
    s.rows.push(
        [
            "",
            "kakaricho",
            "",
            "rinri",
            "全体の奉仕者として行動できる。",
            "",
            "別表第2",
        ]
        .iter()
        .map(|c| Cell::text(*c))
        .collect(),
    );
    let row = s.rows.len() as u32;
    let p = problems(&wb);
    assert!(
        p.iter()
            .any(|f| f.sheet.as_deref() == Some("標準職務遂行能力")
                && f.row == Some(row)
                && f.col == Some(3)
                && f.message.contains("どちらか一方にしてください")
                && f.hint
                    .as_deref()
                    .is_some_and(|h| h.contains("表の列から外す"))),
        "{p:?}"
    );
}
