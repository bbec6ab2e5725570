//! The reader for a 標準職務遂行能力 table pasted from a 例規集
//! (core::paste), on real tables kept in tests/fixtures/reiki/ (their
//! addresses and dates are in its README.md), on the refusals a clerk may
//! meet, and on the body's data it makes.

use michishirube::core::assess::{rate_items, Change};
use michishirube::core::paste::*;
use proptest::prelude::*;
use std::fs;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/reiki/{name}", env!("CARGO_MANIFEST_DIR"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn html(name: &str) -> Pasted {
    read(Some(&fixture(name)), "").unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn text(name: &str) -> Pasted {
    read(None, &fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// (grade, group, ability, number of sentences) of every cell.
fn shape(p: &Pasted) -> Vec<(&str, Option<&str>, &str, usize)> {
    p.cells
        .iter()
        .map(|c| {
            (
                c.grade.as_str(),
                c.group.as_deref(),
                c.ability.as_str(),
                c.statements.len(),
            )
        })
        .collect()
}

fn all_text(p: &Pasted) -> String {
    let mut s = p.unplaced.join("\n");
    for c in &p.cells {
        s += &format!(
            "{} {:?} {} {}",
            c.grade,
            c.group,
            c.ability,
            c.statements.join(" ")
        );
    }
    s
}

fn town() -> NewBody {
    NewBody {
        id: "bando".into(),
        name: "坂東市".into(),
        kind: "市".into(),
        prefecture: "茨城県".into(),
    }
}

fn regulation() -> Regulation {
    Regulation {
        title: "坂東市標準職務遂行能力を定める規程".into(),
        number: Some("平成28年3月31日訓令第18号".into()),
        date: Some("平成28年3月31日".into()),
        table: "別表".into(),
    }
}

const BANDO: [(&str, Option<&str>, &str, usize); 7] = [
    ("部長", Some("能力"), "危機管理力", 1),
    ("部長", Some("能力"), "ビジョン設定力", 1),
    ("部長", Some("能力"), "資源活用力", 1),
    ("部長", Some("能力"), "決断力", 1),
    ("部長", Some("態度"), "倫理観", 3),
    ("部長", Some("態度"), "住民との協働意識", 3),
    ("部長", Some("態度"), "責任感", 2),
];

#[test]
fn bando_grouped_table_reads_the_same_from_html_tabs_and_lines() {
    let h = html("bando.html");
    assert_eq!(h.layout, PasteLayout::Html);
    assert_eq!(shape(&h), BANDO);
    assert_eq!(h.grades, ["部長"]);
    assert!(!h.grades_in_columns);
    assert_eq!(
        h.cells[4].statements,
        [
            "自身の立場を自覚し、自己管理を行い、不正に対しても毅然とした態度をとることができる。",
            "勤務時間中は、誠実に効率的に仕事ができる。",
            "服務規律を守り、職場全体のより良い風土作りに努めることができる。",
        ]
    );
    assert_eq!(h.cells[0].table.as_deref(), Some("別表"));
    assert!(h.unplaced.is_empty(), "{:?}", h.unplaced);

    let t = text("bando.tsv");
    assert_eq!(t.layout, PasteLayout::Tabs);
    assert_eq!(t.cells, h.cells);
    assert!(t.unplaced.is_empty(), "{:?}", t.unplaced);

    let l = text("bando.lines.txt");
    assert_eq!(l.layout, PasteLayout::Lines);
    assert_eq!(l.cells, h.cells);
    // The articles before the 別表 are not the table: listed, word for word.
    assert_eq!(l.unplaced.len(), 7, "{:?}", l.unplaced);
    assert_eq!(l.unplaced[0], "○坂東市標準職務遂行能力を定める規程");
    assert_eq!(l.unplaced[2], "訓令第18号");
}

#[test]
fn script_and_style_in_the_page_never_reach_any_text() {
    let h = html("bando.html");
    let all = all_text(&h);
    assert!(
        !all.contains("LEAK") && !all.contains("document.write"),
        "{all}"
    );
}

#[test]
fn furudono_reads_the_ability_table_and_leaves_the_list_of_posts_unplaced() {
    let p = text("furudono.lines.txt");
    assert_eq!(p.layout, PasteLayout::Lines);
    assert_eq!(shape(&p), [("課長", None, "組織マネジメント", 1)]);
    assert_eq!(
        p.cells[0].statements,
        ["組織目標達成過程において,組織全体のマネジメント(PDCA)することができる。"]
    );
    // The 別表 heading before the table names its cells' table.
    assert_eq!(p.cells[0].table.as_deref(), Some("別表第2"));
    // 別表第1 (the 標準的な職 by 職制上の段階) gives no sentence: every line of it
    // is listed, and so is the ability whose sentence the excerpt cuts off.
    for line in [
        "行政職",
        "主幹の属する職制上の段階",
        "技能労務職員",
        "人材育成",
    ] {
        assert!(
            p.unplaced.iter().any(|u| u == line),
            "{line}: {:?}",
            p.unplaced
        );
    }
    assert!(!p.unplaced.iter().any(|u| u.starts_with("別表")));
}

#[test]
fn tochigi_reads_groups_from_a_merged_column() {
    let p = html("tochigi.html");
    assert_eq!(
        shape(&p),
        [
            ("部長", Some("知識技術"), "担当業務", 1),
            ("部長", Some("知識技術"), "関連業務", 1),
            ("部長", Some("知識技術"), "行政運営", 1),
            ("部長", Some("知識技術"), "情報収集", 1),
            ("部長", Some("企画力"), "問題把握", 1),
            ("部長", Some("企画力"), "柔軟な発想", 1),
        ]
    );
    assert_eq!(
        p.cells[5].statements,
        ["問題の解決に向け、県民の視点を踏まえ、柔軟な発想をすることができる。"]
    );
}

#[test]
fn utsunomiya_reads_numbered_groups_and_abilities_without_their_numbers() {
    let p = html("utsunomiya.html");
    assert_eq!(p.grades, ["部長"]);
    assert_eq!(
        shape(&p),
        [
            ("部長", Some("顧客満足対応"), "高い倫理観", 1),
            ("部長", Some("顧客満足対応"), "最適な選択", 1),
            ("部長", Some("知識・技術"), "情報収集", 1),
            ("部長", Some("知識・技術"), "自己研鑽", 1),
            ("部長", Some("目標達成"), "業務運営", 1),
            ("部長", Some("目標達成"), "執着心", 1),
        ]
    );
    assert_eq!(
        p.unplaced,
        ["○市長の事務部局の職員の標準職務遂行能力を定める規程"]
    );
}

const NOGATA: [(&str, Option<&str>, &str, usize); 6] = [
    ("理事", None, "保有すべき能力", 2),
    ("理事", None, "遂行すべき職務水準", 3),
    ("理事", None, "習得すべき知識・技能", 2),
    ("参事", None, "保有すべき能力", 2),
    ("参事", None, "遂行すべき職務水準", 3),
    ("参事", None, "習得すべき知識・技能", 2),
];

#[test]
fn nogata_reads_abilities_across_the_heading_row_and_splits_bullets() {
    let p = html("nogata.html");
    assert!(!p.grades_in_columns);
    assert_eq!(p.grades, ["理事", "参事"]);
    assert!(p.top_first);
    assert_eq!(shape(&p), NOGATA);
    assert_eq!(
        p.cells[1].statements[0], "(統括・意思決定業務)",
        "a printed heading inside a cell is kept as printed"
    );
    assert_eq!(
        p.cells[5].statements[1],
        "課の所管分野に関する動向と専門的知識・技能"
    );
}

#[test]
fn grades_across_the_columns_read_as_the_same_cells() {
    let rows = html("nogata.html");
    let cols = html("nogata.columns.html");
    assert!(cols.grades_in_columns);
    assert_eq!(cols.grades, rows.grades);
    assert_eq!(cols.cells, rows.cells);
    assert!(cols.unplaced.is_empty(), "{:?}", cols.unplaced);
}

/// A table made up for the test (not a body's): grades across the columns
/// from the lowest, a row of its own for each group, a cell left empty
/// where a grade asks nothing, and one cell spanning two grades.
const MADE_UP_COLUMNS: &str = "<table>
<tr><th>区分</th><th>能力</th><th>係長</th><th>課長</th></tr>
<tr><td colspan=4>能力</td></tr>
<tr><td colspan=2>倫理</td><td>・服務規律を遵守する。<br>・公正に職務を遂行する。</td><td>服務規律の確保を徹底する。</td></tr>
<tr><td colspan=2>業務遂行</td><td>効率的に業務を進める。</td><td></td></tr>
<tr><td colspan=4>態度</td></tr>
<tr><td colspan=2>組織統率</td><td></td><td>組織を統率する。</td></tr>
<tr><td colspan=2>責任感</td><td colspan=2>最後までやり遂げる。</td></tr>
</table>";

#[test]
fn group_rows_and_empty_cells_in_a_grades_across_table() {
    let p = read(Some(MADE_UP_COLUMNS), "").unwrap();
    assert!(p.grades_in_columns);
    assert!(!p.top_first, "係長 before 課長 is lowest first");
    assert_eq!(
        shape(&p),
        [
            ("係長", Some("能力"), "倫理", 2),
            ("係長", Some("能力"), "業務遂行", 1),
            ("係長", Some("態度"), "責任感", 1),
            ("課長", Some("能力"), "倫理", 1),
            ("課長", Some("態度"), "組織統率", 1),
            ("課長", Some("態度"), "責任感", 1),
        ]
    );
    assert_eq!(
        p.cells[0].statements,
        ["服務規律を遵守する。", "公正に職務を遂行する。"]
    );
}

#[test]
fn a_salary_table_is_refused_saying_what_it_looked_like() {
    let e = read(Some(&fixture("salary.html")), "").unwrap_err();
    let PasteError::NotAbilities(what) = &e else {
        panic!("{e:?}");
    };
    assert!(what.contains("給料表"), "{what}");
    assert!(e.to_string().contains("職と能力の表として読めませんでした"));
    // The same as tab-separated text.
    let tsv = "職務の級\t1級\t2級\t3級\n号給\t給料月額\t給料月額\t給料月額\n1\t150,100\t195,500\t225,400\n2\t151,200\t197,300\t227,400\n";
    assert!(matches!(read(None, tsv), Err(PasteError::NotAbilities(_))));
}

#[test]
fn a_list_of_posts_without_sentences_is_refused() {
    let h = "<p>別表第1(第2条関係)</p><table><tr><td>職務の種類</td><td>職制上の段階</td><td>標準的な職</td></tr>
<tr><td rowspan=2>行政職</td><td>部長の属する職制上の段階</td><td>部長</td></tr>
<tr><td>課長の属する職制上の段階</td><td>課長</td></tr></table>";
    let e = read(Some(h), "").unwrap_err();
    assert!(
        matches!(&e, PasteError::NotAbilities(w) if w.contains("標準的な職の一覧")),
        "{e:?}"
    );
}

#[test]
fn empty_and_tableless_pastes_are_refused() {
    assert_eq!(read(None, ""), Err(PasteError::Empty));
    assert_eq!(read(None, " \n\t\u{3000}\n"), Err(PasteError::Empty));
    assert_eq!(
        read(Some("<p> </p><script>x()</script>"), ""),
        Err(PasteError::Empty)
    );
    assert_eq!(read(Some(""), "  "), Err(PasteError::Empty));
    assert_eq!(
        read(None, "今日は晴れです。\n明日は雨が降るでしょう。"),
        Err(PasteError::NoTable)
    );
    assert_eq!(
        read(Some("<p>こんにちは</p>"), "こんにちは"),
        Err(PasteError::NoTable)
    );
    for e in [PasteError::Empty, PasteError::NoTable] {
        assert!(!e.to_string().is_ascii());
    }
}

#[test]
fn five_megabytes_are_refused_by_their_length_without_parsing() {
    let big =
        "部長\t倫理\t全体の奉仕者として職務を遂行することができる。\n".repeat(5 * 1024 * 1024 / 70);
    assert!(big.len() > 5_000_000);
    let start = std::time::Instant::now();
    let e = read(None, &big).unwrap_err();
    assert!(
        matches!(
            e,
            PasteError::TooLarge {
                limit: PASTE_LIMIT,
                ..
            }
        ),
        "{e:?}"
    );
    let html = format!(
        "<table>{}</table>",
        "<tr><td>部長</td><td>倫理</td></tr>".repeat(150_000)
    );
    assert!(matches!(
        read(Some(&html), ""),
        Err(PasteError::TooLarge { .. })
    ));
    assert!(start.elapsed().as_millis() < 500, "{:?}", start.elapsed());
    assert!(e.to_string().contains("大きすぎます"));
}

#[test]
fn script_and_style_inside_cells_are_dropped() {
    let h = r#"<table><tr><th>標準的な職</th><th>能力</th><th>標準職務遂行能力</th></tr>
<tr><td>部長<script>alert("部長")</script></td><td>倫理<style>td{color:red}</style></td>
<td><template>隠れた文。</template>全体の奉仕者として職務を遂行することができる。<script>document.cookie</script><noscript>NOSCRIPT</noscript></td></tr></table>"#;
    let p = read(Some(h), "").unwrap();
    assert_eq!(shape(&p), [("部長", None, "倫理", 1)]);
    assert_eq!(
        p.cells[0].statements,
        ["全体の奉仕者として職務を遂行することができる。"]
    );
    let all = all_text(&p);
    for bad in ["alert", "color", "隠れた", "cookie", "NOSCRIPT"] {
        assert!(!all.contains(bad), "{bad} in {all}");
    }
}

#[test]
fn absurd_spans_and_deep_nesting_are_read_without_harm() {
    let h = format!(
        "<table><tr><td rowspan=999999999 colspan=999999999>部長</td><td>倫理</td><td>文である。</td></tr>{}</table>{}{}",
        "<tr><td colspan=100000>x</td></tr>".repeat(2000),
        "<div>".repeat(20_000),
        "</div>".repeat(20_000)
    );
    let start = std::time::Instant::now();
    let _ = read(Some(&h), "");
    let deep = format!("{}部長{}", "<div>".repeat(80_000), "</div>".repeat(80_000));
    assert_eq!(read(Some(&deep), ""), Err(PasteError::NoTable));
    assert!(start.elapsed().as_secs() < 10, "{:?}", start.elapsed());
    let nested = format!(
        "{}部長{}",
        "<table><tr><td>".repeat(300),
        "</td></tr></table>".repeat(300)
    );
    let _ = read(Some(&nested), "");
}

fn bando_body() -> michishirube::core::model::BodyData {
    to_body(&html("bando.html"), &town(), &regulation()).unwrap()
}

#[test]
fn to_body_makes_valid_data_with_the_regulation_as_every_source() {
    let d = bando_body();
    michishirube::core::validate::validate("bando", &d).unwrap();
    assert_eq!(d.documents.len(), 1);
    let doc = &d.documents[0];
    assert_eq!(doc.file, "bando-kitei");
    assert_eq!(doc.title, "坂東市標準職務遂行能力を定める規程");
    assert_eq!(doc.number.as_deref(), Some("平成28年3月31日訓令第18号"));
    assert!(doc.note.is_none());
    let groups: Vec<(&str, &str)> = d
        .ability_groups
        .iter()
        .map(|g| (g.id.as_str(), g.name.ja.as_str()))
        .collect();
    assert_eq!(groups, [("g01", "能力"), ("g02", "態度")]);
    let ids: Vec<&str> = d.abilities.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a01", "a02", "a03", "a04", "a05", "a06", "a07"]);
    assert!(d.abilities.iter().all(|a| a.description.is_empty()));
    assert_eq!(d.abilities[4].name.ja, "倫理観");
    assert_eq!(d.grades.len(), 1);
    let g = &d.grades[0];
    assert_eq!(g.name.ja, "部長");
    assert_eq!(g.abilities.len(), 7);
    assert_eq!(g.abilities[4].statements.len(), 3);
    for s in g.abilities.iter().flat_map(|w| &w.statements) {
        assert_eq!(
            (s.source.file.as_str(), s.source.section.as_str()),
            ("bando-kitei", "別表")
        );
    }
    let parts: Vec<_> = d.missing.iter().map(|m| m.part).collect();
    use michishirube::core::model::Part;
    assert_eq!(parts, [Part::Courses, Part::CareerPath, Part::Vision]);
    assert_eq!(d.tracks[0].basis, michishirube::core::model::Basis::App);
    // The same table always gets the same data.
    assert_eq!(bando_body(), d);
}

#[test]
fn to_body_reads_the_ladder_lowest_first_and_rates_adjacent_grades_asked_more() {
    let p = html("nogata.html");
    let body = NewBody {
        id: "nogata-kyoiku".into(),
        name: "直方市教育委員会".into(),
        kind: "市".into(),
        prefecture: "福岡県".into(),
    };
    let reg = Regulation {
        title: "直方市教育委員会職員の職の設置に関する規則".into(),
        number: Some("教育委員会規則第5号".into()),
        date: Some("平成27年3月11日".into()),
        table: "第2条の表".into(),
    };
    let d = to_body(&p, &body, &reg).unwrap();
    let names: Vec<&str> = d.tracks[0]
        .ladder
        .iter()
        .map(|id| d.grade(id).map_or("", |g| g.name.ja.as_str()))
        .collect();
    assert_eq!(names, ["参事", "理事"]);
    let (low, high) = (&d.tracks[0].ladder[0], &d.tracks[0].ladder[1]);
    assert!(d.grade(low).is_some_and(|g| g.entry));
    let items = rate_items(&d, Some(low), Some(high));
    assert_eq!(items.len(), 3);
    for it in &items {
        assert_eq!(it.change, Change::AskedMore, "{}", it.label);
        let (cur, next) = (it.current.as_ref().unwrap(), it.next.as_ref().unwrap());
        assert!(!cur.statements.is_empty() && !next.statements.is_empty());
        assert_ne!(cur.statements, next.statements);
    }
    assert_eq!(
        items[0].next.as_ref().unwrap().statements[0].text,
        "市の政策・方針の策定を上申し、部内の方針・計画を立案・遂行する能力"
    );
    assert_eq!(
        items[0].current.as_ref().unwrap().statements[0]
            .source
            .section,
        "第2条の表"
    );
}

#[test]
fn to_body_gives_new_and_dropped_abilities_between_adjacent_grades() {
    // The made-up table above: 係長 → 課長.
    let p = read(Some(MADE_UP_COLUMNS), "").unwrap();
    let d = to_body(&p, &town(), &regulation()).unwrap();
    let ladder = &d.tracks[0].ladder;
    assert_eq!(d.grade(&ladder[0]).unwrap().name.ja, "係長");
    let items = rate_items(&d, Some(&ladder[0]), Some(&ladder[1]));
    let change = |name: &str| items.iter().find(|i| i.label == name).map(|i| i.change);
    assert_eq!(change("倫理"), Some(Change::AskedMore));
    assert_eq!(change("業務遂行"), Some(Change::Dropped));
    assert_eq!(change("組織統率"), Some(Change::NewlyRequired));
    assert_eq!(change("責任感"), Some(Change::Kept));
}

#[test]
fn to_body_refuses_a_body_it_cannot_name() {
    let p = html("bando.html");
    let mut b = town();
    b.id = "坂東".into();
    assert!(to_body(&p, &b, &regulation()).unwrap_err().contains("ID"));
    let mut b = town();
    b.id = String::new();
    assert!(to_body(&p, &b, &regulation()).is_err());
    let mut b = town();
    b.name = " ".into();
    assert!(to_body(&p, &b, &regulation()).unwrap_err().contains("名前"));
    let mut b = town();
    b.kind = "州".into();
    assert!(to_body(&p, &b, &regulation()).unwrap_err().contains("種類"));
    let mut b = town();
    b.prefecture = "架空県".into();
    let e = to_body(&p, &b, &regulation()).unwrap_err();
    assert!(!e.is_ascii(), "{e}");
    let mut r = regulation();
    r.title = String::new();
    assert!(to_body(&p, &town(), &r).unwrap_err().contains("題名"));
}

fn fixtures() -> Vec<String> {
    [
        "bando.html",
        "tochigi.html",
        "utsunomiya.html",
        "nogata.html",
        "nogata.columns.html",
        "salary.html",
        "bando.tsv",
        "bando.lines.txt",
    ]
    .iter()
    .map(|f| fixture(f))
    .collect()
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(400)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    /// Random text never makes the reader panic.
    #[test]
    fn any_text_is_read_or_refused(s in "(?s).{0,400}", h in proptest::option::of("(?s).{0,400}")) {
        let _ = read(h.as_deref(), &s);
    }

    /// A fixture cut short, with pieces of markup and tabs dropped in,
    /// is read or refused, never a panic; whatever is read has grades.
    #[test]
    fn mangled_fixtures_are_read_or_refused(
        which in 0usize..8,
        cut in 0.5f64..1.0,
        inserts in proptest::collection::vec((0.0f64..1.0, prop::sample::select(vec![
            "<td rowspan=0>", "<td colspan=7>", "</tr>", "<tr>", "<table>", "</table>", "\t", "\n", "<br>", "\"", "<script>", "部長", "・", "(1) ",
        ])), 0..6),
    ) {
        let mut s = fixtures()[which].clone();
        let at = |f: f64, s: &String| {
            let mut i = ((s.len() as f64) * f) as usize;
            while !s.is_char_boundary(i) { i -= 1; }
            i
        };
        let c = at(cut, &s);
        s.truncate(c);
        for (f, piece) in inserts {
            let i = at(f, &s);
            s.insert_str(i, piece);
        }
        for p in [read(Some(&s), ""), read(None, &s)].into_iter().flatten() {
            prop_assert!(!p.grades.is_empty());
            prop_assert!(p.cells.iter().all(|c| !c.statements.is_empty()));
        }
    }
}
