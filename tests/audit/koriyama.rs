//! The audit's findings for this body, each as a test that fails if the
//! data goes back to what the audit found.

#[allow(unused_imports)]
use super::body;
use michishirube::core::assess::rate_items;
use michishirube::core::id::Id;
use michishirube::core::model::{Basis, BodyData, Offering};

fn offering<'a>(d: &'a BodyData, id: &str) -> &'a Offering {
    d.offerings
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| panic!("offering {id}"))
}

#[test]
fn the_kpi_rows_are_the_citys_targets_not_conditions_of_offerings() {
    let d = body("koriyama");
    // No offering carries a target as a condition of use any more.
    for o in &d.offerings {
        assert!(o.conditions.is_empty(), "{}: {:?}", o.id, o.conditions);
    }
    // The whole printed table of 2 (8), in printed order, with its headings.
    assert_eq!(d.kpi_tables.len(), 1);
    let t = &d.kpi_tables[0];
    assert_eq!(t.title, "活動・成果指標");
    assert_eq!(t.source.section, "2 (8) 活動・成果指標について");
    assert_eq!(t.baseline_heading, "現状（2024年度）");
    assert_eq!(t.target_heading, "2029年度");
    let rows: Vec<(&str, &str, &str, &str, &str)> = t
        .rows
        .iter()
        .map(|r| {
            (
                r.outcome.as_deref().unwrap_or(""),
                r.area.as_deref().unwrap_or(""),
                r.indicator.as_str(),
                r.baseline.as_str(),
                r.target.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("人材育成", "研修", "研修受講満足度", "87.6%", "90%以上"),
            (
                "人材育成",
                "自己啓発",
                "大学等修学助成利用者数（延べ人数）",
                "4人",
                "8人"
            ),
            (
                "人材育成",
                "自己啓発",
                "資格取得助成対象資格数の拡充",
                "50資格",
                "55資格"
            ),
            (
                "人材育成",
                "人事評価",
                "人事評価研修受講者の理解度",
                "90.7%",
                "100%"
            ),
            (
                "人材確保",
                "採用活動",
                "正職員採用試験受験者数の拡大（5年平均）",
                "478人",
                "500人"
            ),
            ("人材確保", "採用活動", "内定辞退率の改善", "17%", "15%"),
            (
                "人材確保",
                "人材配置",
                "人事異動基本方針の理解度",
                "3.8点",
                "4.06点"
            ),
            (
                "職場環境の整備",
                "職場環境改善",
                "年次有給休暇取得日数5日/年以上の職員の割合",
                "92.3%",
                "100%"
            ),
            (
                "職場環境の整備",
                "職場環境改善",
                "ストレスチェック集団分析 総合健康リスク値の低減",
                "86",
                "83"
            ),
            (
                "エンゲージメントの向上",
                "やりがい",
                "Z世代職員コミュニティ会議開催件数",
                "5件/年",
                "5件/年"
            ),
            (
                "エンゲージメントの向上",
                "認め合い",
                "フロンティア賞への内申件数",
                "43件/年",
                "50件/年"
            ),
            (
                "DX人材の育成・確保",
                "確保・育成",
                "一般行政（デジタル）の採用者数（延べ人数）",
                "4人",
                "9人"
            ),
            (
                "DX人材の育成・確保",
                "確保・育成",
                "庁外機関で開催されるデジタル系研修への派遣",
                "2件/年",
                "4件/年"
            ),
            (
                "DX人材の育成・確保",
                "確保・育成",
                "職員の生成AI利用者数（延べ人数）",
                "842人",
                "2,000人"
            ),
        ]
    );
    // The six rows once stored as conditions link to those offerings, as
    // the app's reading; the other rows link to none.
    let links: Vec<(&str, Vec<&str>)> = t
        .rows
        .iter()
        .filter(|r| !r.offerings.is_empty())
        .map(|r| {
            assert_eq!(r.offerings_basis, Basis::App, "{}", r.id);
            (
                r.indicator.as_str(),
                r.offerings.iter().map(|o| o.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        links,
        [
            (
                "大学等修学助成利用者数（延べ人数）",
                vec!["daigaku-shugaku-josei"]
            ),
            (
                "資格取得助成対象資格数の拡充",
                vec!["shikaku-shutoku-josei"]
            ),
            (
                "人事評価研修受講者の理解度",
                vec!["hyokasha-hihyokasha-kenshu"]
            ),
            (
                "Z世代職員コミュニティ会議開催件数",
                vec!["z-sedai-community-kaigi"]
            ),
            ("フロンティア賞への内申件数", vec!["frontier-sho"]),
            (
                "庁外機関で開催されるデジタル系研修への派遣",
                vec!["gaibu-dx-kenshu-haken"]
            ),
        ]
    );
    // Offerings that cited 2 (8) only for the KPI text no longer do.
    for id in ["daigaku-shugaku-josei", "gaibu-dx-kenshu-haken"] {
        let s = offering(&d, id).source.as_ref().expect("source");
        assert!(!s.section.contains("2 (8)"), "{id}: {}", s.section);
    }
    // The 2 (8) measure keeps only its printed ▶ line, not rows the app composed.
    let m = d
        .measures
        .iter()
        .find(|m| m.id == "katsudo-seika-shihyo")
        .expect("measure");
    assert!(m.items.is_empty(), "{:?}", m.items);
    assert_eq!(
        m.aim.as_ref().map(|a| a.as_str()),
        Some("アクション別アウトカムスコア向上のために、活動・成果指標を設定し、取り組むことで人材育成・確保基本方針における組織（職場）像・職員像の実現を目指す。")
    );
}

#[test]
fn the_qualification_subsidy_says_its_only_printed_words_are_the_indicator() {
    let d = body("koriyama");
    let o = offering(&d, "shikaku-shutoku-josei");
    assert_eq!(o.description.len(), 1);
    let line = &o.description[0];
    assert_eq!(line.as_str(), "資格取得助成対象資格数の拡充");
    assert_eq!(line.basis, Basis::Document, "the words are printed");
    assert!(line
        .note
        .as_deref()
        .is_some_and(|n| n.contains("活動・成果指標") && n.contains("目標の表")));
}

#[test]
fn the_kakaricho_row_keeps_its_printed_marks_and_doubts_its_targets_for_three_and_four() {
    let d = body("koriyama");
    let m = d.matrix.as_ref().expect("matrix");
    let row = m
        .rows
        .iter()
        .find(|r| r.grade == "kakaricho")
        .expect("係長 row");
    assert_eq!(row.label, "係長 保育所副所長 主任");
    // Marks stay as printed: ③ "-", ④ ◎.
    assert_eq!(row.marks, ["◎", "◎", "-", "◎", "◎", "◎", "◎"]);
    // Its keywords name ③'s and none of ④'s: the contradiction the note explains.
    for k in ["基礎知識", "企画改善力", "判断力", "役割分担"] {
        assert!(row.focus.iter().any(|f| f == k), "{k}");
    }
    for k in ["管理・統率力", "指導・監督", "人財育成", "人材育成"] {
        assert!(!row.focus.iter().any(|f| f == k), "{k}");
    }
    assert_eq!(row.uncertain, ["gyomu-unei-handan", "soshiki-toshotsu"]);
    let note = row.note.as_deref().expect("a note on the row");
    for part in [
        "「-」",
        "「◎」",
        "意識すべき能力、スキル等",
        "基礎知識",
        "管理・統率力",
    ] {
        assert!(note.contains(part), "note names {part}: {note}");
    }
    // The doubt reaches the self-rating: the 係長 targets for ③ and ④ carry
    // the note, the others do not.
    let kakaricho = Id::parse("kakaricho").expect("id");
    let kacho = Id::parse("kacho").expect("id");
    let items = rate_items(&d, Some(&kakaricho), Some(&kacho));
    let mut doubted_seen = 0;
    for item in &items {
        let cur = item.current.as_ref().expect("expectation at 係長");
        let doubted = item.id == "gyomu-unei-handan" || item.id == "soshiki-toshotsu";
        doubted_seen += usize::from(doubted);
        assert_eq!(
            cur.uncertain.as_deref(),
            doubted.then_some(note),
            "{}",
            item.id
        );
    }
    assert_eq!(doubted_seen, 2, "both ③ and ④ are rated from 係長 to 課長");
    // Only this row is doubted.
    for r in m.rows.iter().filter(|r| r.grade != "kakaricho") {
        assert!(r.uncertain.is_empty() && r.note.is_none(), "{}", r.grade);
    }
}

#[test]
fn the_missing_course_list_of_the_training_system_figure_is_said_not_filled() {
    use michishirube::core::model::Part;
    let d = body("koriyama");
    let courses: Vec<_> = d
        .missing
        .iter()
        .filter(|m| m.part == Part::Courses)
        .collect();
    assert_eq!(courses.len(), 1);
    let m = courses[0];
    assert!(m.note.contains("研修体系の図"), "{}", m.note);
    assert!(m
        .note
        .contains("職位ごとの研修（コース）の一覧は印字されていません"));
    let s = m.source.as_ref().expect("where the figure is");
    assert!(
        s.section.contains("3 (1)") && s.section.contains("3 (2)"),
        "{}",
        s.section
    );
    // Nothing fills the hole: no course is tied to a grade of the 2 (4) table
    // by the document's word.
    let table_grades = [
        "bucho-jicho",
        "kacho",
        "kakaricho",
        "shusa-shuji",
        "hoikushi",
        "ginou-romu",
    ];
    for o in &d.offerings {
        if o.targets
            .grades
            .iter()
            .any(|g| table_grades.contains(&g.as_str()))
        {
            assert_eq!(o.targets.basis, Basis::App, "{}", o.id);
        }
    }
}

#[test]
fn the_bucho_row_covers_the_riji_and_bujicho_its_role_names() {
    let d = body("koriyama");
    let g = d
        .grades
        .iter()
        .find(|g| g.id == "bucho-jicho")
        .expect("部長 次長");
    assert_eq!(g.posts, ["部長", "次長", "理事", "部次長"]);
    assert!(g.roles.iter().any(|r| r.post.as_deref() == Some("理事及び部次長")
        && r.duties.iter().any(|t| t.as_str()
            == "理事及び部次長にあっては、的確な政策判断と経験を基に、部長を補佐し、意思決定に参画する。")));
}

#[test]
fn which_grade_recruits_start_at_is_the_apps_reading() {
    let d = body("koriyama");
    let entries: Vec<&str> = d
        .grades
        .iter()
        .filter(|g| g.entry)
        .map(|g| {
            assert_eq!(g.entry_basis, Basis::App, "{}", g.id);
            g.id.as_str()
        })
        .collect();
    assert_eq!(entries, ["shusa-shuji", "hoikushi", "ginou-romu"]);
}

/// What the text shows of the DX table's right-hand column: the items in
/// DX統括人材's row and an empty cell in DX推進人材's.
const EMPTY_CELL: &str = "DX推進人材の行のこの欄は空です";
/// That the empty cell and DX統括人材's are one merged cell is the app's reading.
const MERGED_READING: &str =
    "この欄がDX推進人材とDX統括人材の2行にまたがる一つの欄（結合セル）だとみるのはアプリの読みです";

/// The note states the merged cell as the app's reading, never as a fact.
fn says_the_merge_is_the_apps_reading(note: &str) -> bool {
    note.contains(EMPTY_CELL)
        && note.contains(MERGED_READING)
        && !note.contains("結合セルに印字されています")
        && !note.contains("結合セルで、")
}

#[test]
fn the_dx_ladder_from_katsuyo_to_tokatsu_is_the_apps_reading() {
    let d = body("koriyama");
    let t = d.tracks.iter().find(|t| t.id == "dx").expect("dx track");
    assert_eq!(t.ladder, ["dx-katsuyo", "dx-suishin", "dx-tokatsu"]);
    assert_eq!(t.basis, Basis::App);
    let note = t.note.as_ref().map(|n| n.as_str()).expect("note");
    assert!(note.contains("アプリの読み"), "{note}");
    assert!(
        note.contains("道筋は印字されていません"),
        "says the order is not printed: {note}"
    );
}

#[test]
fn the_dx_methods_printed_in_the_top_row_are_placed_at_dx_tokatsu_and_the_merged_cell_is_the_apps_reading(
) {
    let d = body("koriyama");
    for id in ["dx-jitsumu-kenshu-jinji-koryu", "gaibu-dx-kenshu-haken"] {
        let t = &offering(&d, id).targets;
        assert_eq!(t.grades, ["dx-tokatsu"], "{id}");
        assert_eq!(t.basis, Basis::App, "{id}");
        let n = t.note.as_ref().expect("targets.note");
        assert!(n.is_app(), "{id}: the note is the app's words");
        let why = n.note.as_deref().unwrap_or("");
        assert!(says_the_merge_is_the_apps_reading(why), "{id}: {why}");
    }
    // The grade's and the stage's skills and methods from the merged cell:
    // printed words, placed at DX統括人材 by the app, with the caveat.
    let g = d
        .grades
        .iter()
        .find(|g| g.id == "dx-tokatsu")
        .expect("grade");
    let stage = d
        .career_paths
        .iter()
        .flat_map(|c| &c.stages)
        .find(|s| s.id == "dx-tokatsu")
        .expect("stage");
    let skills = [
        "基本情報技術者以上の資格取得に必要な知識レベル",
        "生成AI、ローコードツール、RPA等の先端技術の導入・整備による有効性を見極めや、必要とする所属への活用支援",
    ];
    let methods = [
        "国や県、その他団体等への実務研修や人事交流により、市役所内では得ることのできないデジタルに関する知識や実務経験を習得",
        "自治大学校や東北自治研修所等の外部研修機関の実施する各種DX推進に関する研修派遣",
        "DX統括部門をハブとし、システム所管課や業務改善を図る所属での勤務経験",
    ];
    for (what, lines, printed) in [
        ("grade skills", &g.skills, &skills[..]),
        ("grade methods", &g.methods, &methods[..]),
        ("stage skills", &stage.skills, &skills[..]),
        ("stage methods", &stage.methods, &methods[..]),
    ] {
        let words: Vec<&str> = lines.iter().map(|t| t.as_str()).collect();
        assert_eq!(words, printed, "{what}");
        for t in lines {
            assert!(t.is_app(), "{what}: {}", t.as_str());
            assert!(
                t.note
                    .as_deref()
                    .is_some_and(says_the_merge_is_the_apps_reading),
                "{what}: {:?}",
                t.note
            );
        }
    }
    // DX活用人材's own cell is not merged: its lines stay the document's.
    let katsuyo = d
        .grades
        .iter()
        .find(|g| g.id == "dx-katsuyo")
        .expect("grade");
    assert!(katsuyo
        .skills
        .iter()
        .chain(&katsuyo.methods)
        .all(|t| !t.is_app()));
}

#[test]
fn the_dx_stage_descriptions_are_the_printed_lines_of_7_1_not_composed_ones() {
    let d = body("koriyama");
    let path = d
        .career_paths
        .iter()
        .find(|c| c.id == "dx-jinzai")
        .expect("dx-jinzai");
    let desc: Vec<(&str, Vec<&str>)> = path
        .stages
        .iter()
        .map(|s| {
            (
                s.id.as_str(),
                s.description.iter().map(|t| t.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        desc,
        [
            (
                "dx-katsuyo",
                vec![
                    "【全職員】",
                    "市役所内に導入・整備した各種業務システム、デジタルツールについての正しい知識と使い方を熟知し、それらを市民及び職員に正しく教え・伝えることができる人材。",
                    "オフィスソフトを活用し、効果的・効率的な業務遂行ができる人材。",
                    "情報資産の管理・運用、情報リテラシーが理解できる人材",
                ]
            ),
            (
                "dx-suishin",
                vec![
                    "【デジタルマネージャー】",
                    "豊富なデジタル知識・スキルと経験を有し、各種業務システムやデジタルツールの活用推進における部内調整を担う人材",
                    "デジタルリーダーの統括及びDX統括部門との連絡調整",
                    "【デジタルリーダー】",
                    "デジタル知識・スキルを有し、各種業務システムやデジタルツールの活用推進による業務改善ができる人材",
                    "情報資産の管理・運用、情報リテラシーの向上を推進",
                ]
            ),
            (
                "dx-tokatsu",
                vec![
                    "【DX統括人材】",
                    "高度かつ豊富なデジタル知識・スキル、経験により、経営層や部局間を調整するとともに、各種業務システムやデジタルツールの導入・整備の有効性を見極め、部局横断的な業務変革を実現できる人材",
                ]
            ),
        ]
    );
    // Every stage line is printed in the table of 7 (1), not in 7 (2) where
    // the career path itself is printed, and says so.
    for s in &path.stages {
        for t in s.description.iter().chain(&s.skills).chain(&s.methods) {
            let src = t.source.as_ref().expect("a source of its own");
            assert!(
                src.section.starts_with("7 (1) "),
                "{}: {}",
                s.id,
                src.section
            );
        }
    }
}

#[test]
fn the_name_the_app_gave_the_disability_inclusion_course_is_marked_as_its_own() {
    let d = body("koriyama");
    let o = offering(&d, "shogaisha-koyo-kenshu");
    assert_eq!(o.name.ja, "誰もが働きやすい職場づくりのための研修");
    assert_eq!(o.name.basis, Basis::App);
    let note = o.name.note.as_deref().expect("why the app named it");
    assert!(note.contains("名前はありません"), "{note}");
    // Its description stays the only printed line.
    let desc: Vec<&str> = o.description.iter().map(|t| t.as_str()).collect();
    assert_eq!(
        desc,
        ["研修の実施により基礎知識や必要な配慮についての理解を深める。"]
    );
    assert!(o.description.iter().all(|t| t.is_plain()));
}

#[test]
fn the_survey_has_no_fiscal_year_since_none_is_printed() {
    let d = body("koriyama");
    let s = &d.surveys[0];
    assert_eq!(s.year, None);
    assert_eq!(s.held.as_str(), "令和7年11月18日（火）～12月5日（金）");
}

#[test]
fn offering_kinds_the_document_does_not_name_are_the_apps_classification() {
    use michishirube::core::model::OfferingKind;
    let d = body("koriyama");
    // Kind other is the app's in every body (tests/data.rs); these are the rest.
    let mut app: Vec<&str> = d
        .offerings
        .iter()
        .filter(|o| o.kind != OfferingKind::Other && o.kind_basis == Basis::App)
        .map(|o| o.id.as_str())
        .collect();
    app.sort_unstable();
    assert_eq!(
        app,
        [
            "chonai-dx-kenshu",
            "harassment-kenshu",
            "hyokasha-hihyokasha-kenshu",
            "jinji-hyoka-mendan",
            "kaku-shozoku-shusai-kenshu",
            "kanrishoku-management-kenshu",
            "mental-health-kenshu",
            "office-soft-kenshu",
            "ryoritsu-kenshu",
            "senpai-shokuin-koryu",
            "shogaisha-koyo-kenshu",
        ]
    );
    // Where the document itself says the kind's name, the kind stays its own.
    for (id, kind) in [
        ("kaisobetsu-kenshu", OfferingKind::GradeTraining),
        ("career-design-kenshu", OfferingKind::GradeTraining),
        ("haken-kenshu", OfferingKind::Secondment),
        ("senmon-kenshu", OfferingKind::SpecialistTraining),
        ("daigaku-shugaku-josei", OfferingKind::UniversitySubsidy),
        ("jiko-keihatsu-kyugyo", OfferingKind::SelfDevelopmentLeave),
    ] {
        let o = offering(&d, id);
        assert_eq!((o.kind, o.kind_basis), (kind, Basis::Document), "{id}");
    }
}

#[test]
fn offering_lines_are_printed_words_with_the_section_they_are_printed_in() {
    let d = body("koriyama");
    // No description, target note or condition carries words the app
    // composed (a table position, a heading glued to a line) as if printed.
    for o in &d.offerings {
        for t in o
            .description
            .iter()
            .chain(o.targets.note.as_ref())
            .chain(&o.conditions)
        {
            if !t.is_app() {
                for composed in [
                    "の【育成手法】",
                    "（DX活用人材の",
                    "の行に印字",
                    "DX活用人材 ボトム【全職員】",
                ] {
                    assert!(!t.as_str().contains(composed), "{}: {}", o.id, t.as_str());
                }
            }
        }
        // One section per offering; lines printed elsewhere carry their own.
        let s = o.source.as_ref().expect("source");
        assert!(!s.section.contains("; "), "{}: {}", o.id, s.section);
    }
    // The DX 育成手法 printed as names only have no description.
    for id in ["chonai-dx-kenshu", "office-soft-kenshu"] {
        let o = offering(&d, id);
        assert!(o.description.is_empty(), "{id}: {:?}", o.description);
        assert_eq!(
            o.targets.note.as_ref().map(|t| t.as_str()),
            Some("【全職員】")
        );
    }
    // Lines printed in another section say which.
    let section_of = |id: &str, i: usize| {
        let o = offering(&d, id);
        let t = &o.description[i];
        t.source
            .as_ref()
            .or(o.source.as_ref())
            .map(|s| s.section.clone())
            .unwrap_or_default()
    };
    assert_eq!(
        section_of("dx-jitsumu-kenshu-jinji-koryu", 1),
        "7 (2) DX人材へのキャリアパスのイメージ"
    );
    assert_eq!(
        section_of("jinji-hyoka-mendan", 1),
        "3 (3) ④ 人事評価等の活用"
    );
    let kaizen = offering(&d, "kaizen-undo");
    assert_eq!(
        kaizen.description[1].as_str(),
        "DXを切り口としたカイゼン運動の取組"
    );
    assert!(section_of("kaizen-undo", 1).starts_with("7 (1) "));
    let z: Vec<&str> = offering(&d, "z-sedai-community-kaigi")
        .description
        .iter()
        .skip(1)
        .map(|t| t.as_str())
        .collect();
    assert_eq!(
        z,
        [
            "郡山市Z世代職員コミュニティ会議での議論",
            "【開催日】 令和7年10月16日（木）",
            "【参加者】 Z世代職員（12名）",
            "【方法】 グループワーク形式",
            "【内容】",
            "理想とする「職員像」・「組織（職場）像」について意見聴取",
            "未来の郡山市役所を担う若手職員が活発に議論しました。",
        ]
    );
    for i in 1..=7 {
        assert_eq!(
            section_of("z-sedai-community-kaigi", i),
            "2 (5) ① 郡山市Z世代職員コミュニティ会議での議論"
        );
    }
    // Providers as printed.
    assert_eq!(
        offering(&d, "haken-kenshu").provider.as_deref(),
        Some("自治大学校や東北自治研修所、その他研修機関")
    );
    assert_eq!(
        offering(&d, "gaibu-dx-kenshu-haken").provider.as_deref(),
        Some("自治大学校や東北自治研修所等の外部研修機関")
    );
}

/// A line made of a bracketed heading with more words glued after it
/// (「【人事担当課】…」): the printed heading stands on a line of its own.
fn glued_heading(line: &str) -> bool {
    line.starts_with('【')
        && line
            .find('】')
            .is_some_and(|i| i + '】'.len_utf8() < line.len())
}

#[test]
fn measure_items_are_printed_lines_not_headings_glued_to_each_line() {
    let d = body("koriyama");
    for m in &d.measures {
        for t in m.items.iter().chain(m.aim.as_ref()) {
            assert!(!glued_heading(t.as_str()), "{}: {}", m.id, t.as_str());
        }
    }
    let items = |id: &str| -> Vec<String> {
        d.measures
            .iter()
            .find(|m| m.id == id)
            .unwrap_or_else(|| panic!("measure {id}"))
            .items
            .iter()
            .map(|t| t.text.clone())
            .collect()
    };
    assert_eq!(
        items("shigoto-ikuji-kaigo-ryoritsu"),
        [
            "【所属長・各職員】",
            "仕事と育児・介護の両立に関する意向聴取と配慮",
            "育児休業サポート職員の配置や支援した同僚職員等の人事評価への反映による男性職員の育児休業取得促進",
            "【人事担当課】",
            "仕事と育児・介護の両立支援制度の整備",
            "「パパママ応援手帳」及び「仕事と介護の両立支援ハンドブック」による両立支援制度の周知",
            "仕事と育児・介護の両立に係る研修の実施",
        ]
    );
    assert_eq!(
        items("yakuwari-shokuin")
            .iter()
            .filter(|l| l.starts_with('【'))
            .collect::<Vec<_>>(),
        ["【人材確保】", "【人材育成】", "【職場環境の整備】"]
    );
    // 2 (6): the 総合アウトカム sentence is the aim, not a composed item.
    let taikei = d
        .measures
        .iter()
        .find(|m| m.id == "senryaku-taikei")
        .expect("senryaku-taikei");
    assert!(taikei.items.is_empty(), "{:?}", taikei.items);
    assert_eq!(
        taikei.aim.as_ref().map(|t| t.as_str()),
        Some("職員総活躍のもと柔軟な思考と行動力をもってチャレンジできる職員の育成・確保")
    );
}

#[test]
fn the_legend_symbol_the_document_does_not_show_is_said_to_be_read_by_the_app() {
    use michishirube::core::model::{Part, Requirement};
    let d = body("koriyama");
    let m = d.matrix.as_ref().expect("matrix");
    let established = m
        .legend
        .iter()
        .find(|l| l.requirement == Requirement::Established)
        .expect("the second legend line");
    assert_eq!(established.symbol, "○");
    assert_eq!(
        established.meaning.as_deref(),
        Some("該当職位で既に身に付いているべき能力")
    );
    assert!(d.missing.iter().any(|x| x.part == Part::Other
        && x.note.contains("記号が示されていません")
        && x.note.contains("アプリはこの行の記号を ○ と読んで")));
}

#[test]
fn the_missing_entry_on_the_dx_column_says_the_merged_cell_is_the_apps_reading() {
    // It used to state as fact that the column is merged across the two rows.
    use michishirube::core::model::Part;
    let d = body("koriyama");
    let m = d
        .missing
        .iter()
        .find(|x| x.part == Part::Other && x.note.contains("必要知識・スキル及び育成手法"))
        .expect("the DX column's missing entry");
    assert!(m.note.contains("DX推進人材の行が空"), "{}", m.note);
    assert!(
        m.note.contains("（結合セル）だとみるのはアプリの読みです"),
        "{}",
        m.note
    );
    assert!(!m.note.contains("結合しており"), "{}", m.note);
}

#[test]
fn the_track_name_no_document_prints_is_the_apps() {
    // 「事務・技術」 is printed nowhere in the document.
    let d = body("koriyama");
    let t = d
        .tracks
        .iter()
        .find(|t| t.id == "jimu-gijutsu")
        .expect("jimu-gijutsu");
    assert_eq!(t.name.ja, "事務・技術");
    assert_eq!(t.name.basis, Basis::App);
    let why = t.name.note.as_deref().expect("why the app named it so");
    assert!(why.contains("職種名は印字されていません"), "{why}");
    assert!(why.contains("アプリが付けた呼び名"), "{why}");
    // The other two tracks are named by the table's own row labels.
    for (id, printed) in [("hoikushi", "保育士"), ("ginou-romu", "技能労務職")] {
        let t = d.tracks.iter().find(|t| t.id == id).expect(id);
        assert_eq!(
            (t.name.ja.as_str(), t.name.basis),
            (printed, Basis::Document)
        );
    }
}
