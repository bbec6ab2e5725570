//! The audit's findings for this body, each as a test that fails if the
//! data goes back to what the audit found.

use super::body;
use michishirube::core::model::{Basis, BodyData, Grade, Offering, Part, Role};

fn grade<'a>(d: &'a BodyData, id: &str) -> &'a Grade {
    d.grades
        .iter()
        .find(|g| g.id == id)
        .unwrap_or_else(|| panic!("grade {id}"))
}

fn offering<'a>(d: &'a BodyData, id: &str) -> &'a Offering {
    d.offerings
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("offering {id}"))
}

#[test]
fn the_entry_grade_is_marked_as_the_apps_reading() {
    let d = body("hamamatsu");
    let entry: Vec<&Grade> = d.grades.iter().filter(|g| g.entry).collect();
    assert_eq!(entry.len(), 1);
    assert_eq!(entry[0].id, "1kyu");
    assert_eq!(entry[0].entry_basis, Basis::App, "no document prints it");
}

#[test]
fn the_new_supervisor_course_targets_its_printed_row_and_the_group_leader_it_leads_to() {
    // 新任監督者級研修 is printed in the 主任 row; by the file's rule for 新任X研修,
    // it is also for the grade its name leads to, the next on the ladder: グループ長.
    let d = body("hamamatsu");
    let o = offering(&d, "shinnin-kantokusha");
    assert_eq!(o.name.ja, "新任監督者級研修");
    assert_eq!(o.targets.grades, ["shunin", "group-cho", "staff-a"]);
    assert_eq!(o.targets.basis, Basis::App);
    let note = o.targets.note.as_ref().expect("対象 note");
    assert_eq!(
        note.text, "対象：副主幹・副技監",
        "the printed 対象, as worded"
    );
    assert_eq!(note.basis, Basis::Document);
    assert!(note.note.as_deref().unwrap_or("").contains("グループ長"));
    let ippan = d.tracks.iter().find(|t| t.id == "ippan").expect("ippan");
    let at = ippan
        .ladder
        .iter()
        .position(|g| g == "shunin")
        .expect("主任");
    assert_eq!(
        ippan.ladder[at + 1],
        "group-cho",
        "the grade the name leads to"
    );
}

/// The grade's role from the map's ⑥OJT ⑦人事考課 column.
fn ojt_role(g: &Grade) -> &Role {
    g.roles
        .iter()
        .find(|r| {
            r.summary
                .as_ref()
                .is_some_and(|s| s.text.starts_with("⑥OJT"))
        })
        .unwrap_or_else(|| panic!("{}: ⑥OJT ⑦人事考課 role", g.id))
}

fn duties(r: &Role) -> Vec<&str> {
    r.duties.iter().map(|t| t.text.as_str()).collect()
}

#[test]
fn the_second_grade_has_the_ojt_and_appraisal_role_of_the_cell_it_shares_with_the_first() {
    let d = body("hamamatsu");
    let one = ojt_role(grade(&d, "1kyu"));
    let two = ojt_role(grade(&d, "2kyu"));
    let printed = [
        "グループ員(OJTを通じた成長)",
        "被考課者(考課者との育成面談等を通じた成長)",
    ];
    assert_eq!(duties(one), printed);
    assert_eq!(duties(two), printed);
    assert_eq!(one.basis, Basis::Document, "printed in the 1級 row");
    assert_eq!(two.basis, Basis::App, "the cell spans 1級 and 2級");
    let note = two.note.as_deref().expect("a caveat every reader sees");
    assert!(note.contains("1級と2級の二つの行にまたがる"), "{note}");
    // What the text shows, then the spanning cell as the app's reading, not a fact.
    assert!(
        note.starts_with(
            "人材育成マップのこの欄は1級の行にだけ示され、2級の行にはこの欄がありません。"
        ),
        "{note}"
    );
    assert!(note.contains("一つの欄とみて"), "{note}");
    assert!(!note.contains("一つの欄です"), "{note}");
}

#[test]
fn the_repeated_ojt_cell_of_kacho_bucho_and_staff_posts_carries_a_caveat_every_reader_sees() {
    let d = body("hamamatsu");
    for id in ["kacho", "bucho", "staff-a", "staff-b"] {
        let r = ojt_role(grade(&d, id));
        assert_eq!(duties(r), ["OJT推進者", "考課者(二次)"], "{id}");
        assert_eq!(r.basis, Basis::App, "{id}");
        let note = r.note.as_deref().unwrap_or_else(|| panic!("{id}: note"));
        assert!(
            note.contains("「OJT 推進者 考課者(二次)」が繰り返し現れます"),
            "{id}"
        );
        assert!(note.contains("行の対応は不確か"), "{id}");
    }
    // 課長補佐's cell stands in its own place in the row: printed, no caveat.
    let r = ojt_role(grade(&d, "kacho-hosa"));
    assert_eq!(duties(r), ["OJT推進者", "考課者(二次)"]);
    assert_eq!((r.basis, r.note.as_deref()), (Basis::Document, None));
}

#[test]
fn the_ojt_role_is_headed_by_the_maps_column_heading_and_cites_that_column() {
    // The heading used to read "⑥OJT ⑦人事考課での役割", the app's words, with the
    // スタッフ職 caveat inside it; the caveat is now the role's note.
    let d = body("hamamatsu");
    for g in &d.grades {
        let r = ojt_role(g);
        let s = r.summary.as_ref().expect("summary");
        assert_eq!(s.text, "⑥OJT ⑦人事考課", "{}", g.id);
        assert_eq!(s.basis, Basis::Document, "{}", g.id);
        for t in std::iter::once(s).chain(&r.duties) {
            let src = t.source.as_ref().expect("the column's own source");
            assert!(
                src.section
                    .starts_with("人材育成のための施策リスト（人材育成マップ） ⑥OJT ⑦人事考課 "),
                "{}: {}",
                g.id,
                src.section
            );
        }
    }
}

#[test]
fn the_four_role_summaries_keep_the_printed_character_before_them() {
    // They used to drop the 「日」 printed before 「行政サービス活動の…」 as a stray
    // mark; the document prints it, so the data keeps the printed words.
    let d = body("hamamatsu");
    let printed = [
        ("1kyu", "日行政サービス活動の遂行者"),
        ("2kyu", "日行政サービス活動の自律的遂行者"),
        ("shunin", "日行政サービス活動の効率的推進者"),
        ("group-cho", "日行政サービス活動グループの運営者"),
    ];
    for (id, text) in printed {
        let s = grade(&d, id).roles[0].summary.as_ref().expect("summary");
        assert_eq!(s.text, text, "{id}");
        assert!(
            s.is_plain(),
            "{id}: the document's words, from the grade's own source"
        );
    }
    let s = grade(&d, "kacho-hosa").roles[0].summary.as_ref().unwrap();
    assert_eq!(s.text, "課の総合調整者／行政サービスの管理者");
    assert!(s.is_plain(), "printed as is");
}

#[test]
fn names_the_app_composed_from_printed_pieces_are_marked_as_the_apps() {
    let d = body("hamamatsu");
    for n in 1..=5 {
        let o = offering(&d, &format!("shuchu-{n}nenme"));
        assert_eq!(o.name.ja, format!("1～5年目職員研修（{n}年目）"));
        assert_eq!(o.name.basis, Basis::App, "{}", o.id);
        assert!(o
            .name
            .note
            .as_deref()
            .unwrap_or("")
            .contains(&format!("「{n}年目」")));
    }
    for (id, posts) in [
        ("staff-a", "(副主幹・副技監・主幹・技監)"),
        ("staff-b", "(専門監・副参事・参事・参与)"),
    ] {
        let g = grade(&d, id);
        assert_eq!(g.name.ja, format!("スタッフ職 {posts}"));
        assert_eq!(g.name.basis, Basis::App, "{id}");
        assert!(g.name.note.as_deref().unwrap_or("").contains(posts), "{id}");
    }
    // Names printed as they stand stay the document's.
    assert_eq!(grade(&d, "group-cho").name.basis, Basis::Document);
    assert_eq!(offering(&d, "shinnin-shunin").name.basis, Basis::Document);
}

#[test]
fn the_offerings_carry_their_p1_aims_citing_p1() {
    let d = body("hamamatsu");
    let aims = [
        (
            "shuchu-1nenme",
            "新規採用職員研修（組織人としての行動）",
            "①階層別研修",
        ),
        (
            "shinnin-kacho",
            "新任課長研修（マネジメント能力獲得）",
            "①階層別研修",
        ),
        (
            "jinji-koka-ikusei-mendan",
            "人事考課育成面談研修（考課を通じた人材育成）",
            "⑦人事考課",
        ),
        ("kuni-haken", "国等派遣（政策能力の獲得）", "③派遣研修"),
        (
            "gaibu-kenshu-sanka",
            "外部研修への参加（専門知識の獲得）",
            "③派遣研修",
        ),
        (
            "seisaku-koenkai",
            "政策講演会（政策等への関心喚起）",
            "⑤自主研修",
        ),
        (
            "jishu-kenshu-group",
            "自主研修活動助成（自主勉強会等の支援）",
            "⑤自主研修",
        ),
        // Beyond the audit's list: the two other P.1 items with an aim in brackets.
        (
            "josei-career-assist",
            "女性キャリアアシスト研修(女性職員の活躍支援)",
            "②課題対応研修",
        ),
        (
            "ojt-handbook",
            "OJT実践ハンドブックの活用（意図的な経験付与による人材育成）",
            "⑥OJT・職場研修",
        ),
    ];
    for (id, text, measure) in aims {
        let o = offering(&d, id);
        let t = o
            .description
            .iter()
            .find(|t| t.text == text)
            .unwrap_or_else(|| panic!("{id}: {text}"));
        assert_eq!(t.basis, Basis::Document, "{id}: the document's words");
        let src = t.source.as_ref().expect("printed on P.1, not in the map");
        assert_eq!(
            src.section,
            format!("P.1 施策体系 {measure} 【主な取組】"),
            "{id}"
        );
        assert!(
            t.note.as_deref().unwrap_or("").contains("アプリが解釈"),
            "{id}: matching the P.1 item to the map's course is the app's reading"
        );
        // The same words stand in the measure's items on P.1.
        assert!(
            d.measures
                .iter()
                .any(|m| m.source.section == format!("P.1 施策体系 {measure}")
                    && m.items.iter().any(|i| i.text == text)),
            "{id}: {text} is printed under {measure}"
        );
    }
}

#[test]
fn the_p1_policy_of_kensho_the_document_does_not_show_is_said_to_be_missing() {
    let d = body("hamamatsu");
    let m = d
        .missing
        .iter()
        .find(|m| m.note.contains("⑩顕彰"))
        .expect("a missing entry for ⑩'s P.1 方針");
    assert_eq!(m.part, Part::Other);
    assert!(m
        .note
        .contains("施策体系（P.1）の一覧には⑩顕彰（方針と【主な取組】）が示されていません"));
    assert!(m.source.is_some());
    let kensho = d.measures.iter().find(|m| m.id == "kensho").expect("⑩");
    let aim = kensho.aim.as_ref().expect("the map's heading");
    assert_eq!(aim.text, "“自分を誇れる”自分になる");
    assert!(aim
        .note
        .as_deref()
        .unwrap_or("")
        .contains("施策体系（P.1）には⑩顕彰の方針が示されていません"));
}

#[test]
fn target_notes_the_app_wrote_are_marked_as_its_own_and_printed_ones_are_as_worded() {
    let d = body("hamamatsu");
    let unplaced: Vec<&Offering> = d
        .offerings
        .iter()
        .filter(|o| {
            o.targets
                .note
                .as_ref()
                .is_some_and(|n| n.text.starts_with("職位の指定なし"))
        })
        .collect();
    assert_eq!(unplaced.len(), 29, "the map's column lists (②–⑥, ⑩)");
    for o in unplaced {
        let n = o.targets.note.as_ref().unwrap();
        assert_eq!(n.basis, Basis::App, "{}", o.id);
        assert!(
            n.note
                .as_deref()
                .unwrap_or("")
                .contains("どの職位の行に属するかは文書からは読み取れない"),
            "{}",
            o.id
        );
    }
    let shunin = offering(&d, "shinnin-shunin")
        .targets
        .note
        .as_ref()
        .unwrap();
    assert_eq!(
        shunin.basis,
        Basis::App,
        "no 対象 is printed for 新任主任研修"
    );
    for (id, printed) in [
        ("shinnin-kacho-hosa", "対象：主幹・技監を含む"),
        ("shinnin-kacho", "対象：副参事を含む"),
        ("chiiki-data-katsuyo", "入庁早期から育成する"),
    ] {
        let n = offering(&d, id).targets.note.as_ref().unwrap();
        assert_eq!(n.text, printed, "{id}: only the printed words");
        assert_eq!(n.basis, Basis::Document, "{id}");
        assert!(
            n.note.as_deref().unwrap_or("").contains("アプリが解釈"),
            "{id}: the app's reading is in the note"
        );
    }
}

#[test]
fn no_line_given_as_the_documents_words_speaks_of_the_app() {
    let d = body("hamamatsu");
    let mut lines = Vec::new();
    for o in &d.offerings {
        lines.extend(o.description.iter().map(|t| (o.id.to_string(), t)));
        lines.extend(o.targets.note.iter().map(|t| (o.id.to_string(), t)));
    }
    for g in &d.grades {
        for r in &g.roles {
            lines.extend(r.summary.iter().map(|t| (g.id.to_string(), t)));
            lines.extend(r.duties.iter().map(|t| (g.id.to_string(), t)));
        }
    }
    for m in &d.measures {
        lines.extend(m.aim.iter().map(|t| (m.id.to_string(), t)));
        lines.extend(m.items.iter().map(|t| (m.id.to_string(), t)));
    }
    assert!(lines.len() > 100);
    for (id, t) in lines {
        if t.basis == Basis::Document {
            for word in ["アプリ", "での役割", "抽出", "不確か"] {
                assert!(!t.text.contains(word), "{id}: {}", t.text);
            }
        }
    }
}

#[test]
fn kinds_the_app_gave_to_the_new_measures_and_to_kensho_are_marked_as_its_own() {
    let d = body("hamamatsu");
    for id in [
        "chiiki-data-katsuyo",
        "data-literacy",
        "health-literacy",
        "kanrishoku-kenshu-sanka",
        "yakan-seminar-jishu-unei",
        "shokuin-hyosho",
    ] {
        assert_eq!(offering(&d, id).kind_basis, Basis::App, "{id}");
    }
    // Filed under the document's own heading (①, ②, ③, ④, ⑤, ⑥) or named by it.
    for id in [
        "shuchu-1nenme",
        "shinnin-shunin",
        "setsugu",
        "kuni-haken",
        "kenko-zukuri-seminar",
        "seisaku-koenkai",
        "ojt-handbook",
        "nankan-shikaku",
        "tsushin-kyoiku-josei",
        "chonai-kobo",
    ] {
        assert_eq!(offering(&d, id).kind_basis, Basis::Document, "{id}");
    }
}

#[test]
fn the_lack_of_numeric_targets_is_said_not_filled() {
    let d = body("hamamatsu");
    assert!(d.kpi_tables.is_empty(), "no KPI table is invented");
    let m = d
        .missing
        .iter()
        .find(|m| m.part == Part::Kpi)
        .expect("a missing entry for kpi");
    assert!(m.note.contains("数値目標"), "{}", m.note);
}

#[test]
fn the_track_name_the_document_does_not_print_is_the_apps() {
    let d = body("hamamatsu");
    let t = d.tracks.iter().find(|t| t.id == "ippan").expect("ippan");
    assert_eq!(t.name.ja, "一般");
    assert_eq!(t.name.basis, Basis::App);
    assert!(t
        .name
        .note
        .as_deref()
        .unwrap_or("")
        .contains("アプリが付けた呼び名"));
    assert_eq!(
        t.basis,
        Basis::App,
        "the ladder order is the app's reading too"
    );
}

#[test]
fn the_note_on_the_lecture_says_where_the_night_seminar_is_printed() {
    // The note used to say 「夜間セミナーについては書かれていません」, but P.1 prints
    // 「取組 4：(NEW)夜間セミナーの自主運営制度の実施」.
    let d = body("hamamatsu");
    let o = offering(&d, "seisaku-koenkai");
    let note = o.description[0].note.as_deref().expect("note");
    assert!(!note.contains("書かれていません"), "{note}");
    assert!(
        note.contains("「取組 4：(NEW)夜間セミナーの自主運営制度の実施」"),
        "{note}"
    );
    let seminar = offering(&d, "yakan-seminar-jishu-unei");
    assert_eq!(seminar.name.ja, "夜間セミナーの自主運営制度");
    assert_eq!(
        seminar.source.as_ref().map(|s| s.section.as_str()),
        Some("P.1 施策体系 新規・拡充する取組 取組 4")
    );
}
