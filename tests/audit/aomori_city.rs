//! The audit's findings for this body, each as a test that fails if the
//! data goes back to what the audit found.

use super::body;

use michishirube::core::model::{Basis, BodyData, Grade, Missing, Offering, Part, Survey};

fn grade<'a>(d: &'a BodyData, id: &str) -> &'a Grade {
    d.grades
        .iter()
        .find(|g| g.id.as_str() == id)
        .unwrap_or_else(|| panic!("grade {id}"))
}

#[test]
fn shuji_as_the_grade_recruits_start_at_is_marked_as_the_apps_reading() {
    let d = body("aomori-city");
    let shuji = grade(&d, "shuji");
    assert!(shuji.entry);
    assert_eq!(shuji.entry_basis, Basis::App);
    for g in d.grades.iter().filter(|g| g.entry) {
        assert_eq!(g.entry_basis, Basis::App, "{}", g.id);
    }
}

#[test]
fn the_track_name_gyoseishoku_is_the_apps_name_for_a_ladder_of_every_shokushu() {
    let d = body("aomori-city");
    let t = d
        .tracks
        .iter()
        .find(|t| t.id.as_str() == "gyoseishoku")
        .expect("track");
    assert_eq!(t.name.ja, "行政職");
    assert_eq!(t.name.basis, Basis::App);
    let note = t.name.note.as_deref().expect("a note saying why");
    assert!(note.contains("職種で分けず"), "{note}");
    assert!(note.contains("《行政職の例》"), "{note}");
    assert_eq!(t.ladder.len(), 5);
    assert_eq!(
        t.basis,
        Basis::App,
        "the ladder order stays the app's reading"
    );
    // The grade list in the old note was the app's composition, not printed as one line.
    assert_eq!(t.note, None);
}

#[test]
fn the_stage_label_saiyo_go_is_the_apps_name_with_a_note() {
    let d = body("aomori-city");
    let path = d
        .career_paths
        .iter()
        .find(|p| p.id.as_str() == "job-rotation")
        .expect("career path");
    let stage = path
        .stages
        .iter()
        .find(|s| s.id.as_str() == "saiyo-go")
        .expect("stage");
    assert_eq!(stage.name.ja, "採用後（若手職員）");
    assert_eq!(stage.name.basis, Basis::App);
    let note = stage.name.note.as_deref().expect("a note saying why");
    assert!(note.contains("文書に段階名はありません"), "{note}");
}

fn offering<'a>(d: &'a BodyData, id: &str) -> &'a Offering {
    d.offerings
        .iter()
        .find(|o| o.id.as_str() == id)
        .unwrap_or_else(|| panic!("offering {id}"))
}

#[test]
fn the_status_donyu_of_the_1on1_meetings_is_the_apps_reading_of_the_heading() {
    let d = body("aomori-city");
    let o = offering(&d, "one-on-one-mentor");
    let status = o.status.as_ref().expect("status");
    assert_eq!(status.as_str(), "導入");
    assert!(status.is_app());
    let note = status.note.as_deref().expect("a note saying why");
    assert!(
        note.contains("「⑥ 1on1ミーティング（メンター制度）の導入」"),
        "{note}"
    );
}

#[test]
fn target_notes_are_as_printed_or_marked_as_the_apps_wording() {
    let d = body("aomori-city");
    // Reworded by the app: marked, with a note saying what it was read from.
    for (id, text, from) in [
        (
            "one-on-one-mentor",
            "メンター（先輩職員）／メンティ（後輩職員）",
            "「★ メンター（先輩職員）の声」",
        ),
        (
            "ojt",
            "全職員（管理・監督者職員は部下職員を育成）",
            "管理・監督者職員は、部下職員を育成することを認識し",
        ),
    ] {
        let note = offering(&d, id).targets.note.as_ref().expect("target note");
        assert_eq!(note.as_str(), text, "{id}");
        assert!(note.is_app(), "{id}");
        let why = note.note.as_deref().expect("a note saying why");
        assert!(why.contains(from), "{id}: {why}");
    }
    // Printed words: plain, as printed in the DX table (【…】 after eラーニング).
    let note = offering(&d, "zenshokuin-elearning")
        .targets
        .note
        .as_ref()
        .expect("target note");
    assert_eq!(note.as_str(), "階層別研修対象者、希望者");
    assert!(note.is_plain());
    // Every other target note is the document's words from the offering's section.
    for o in &d.offerings {
        if let Some(n) = &o.targets.note {
            if n.is_plain() {
                assert!(
                    [
                        "国や県に派遣を希望する職員",
                        "男女共に、若年層職員や階層別研修を受講する職員",
                        "DX推進員",
                        "階層別研修対象者、希望者",
                        "管理職",
                        "新採用研修",
                    ]
                    .contains(&n.as_str()),
                    "{}: {}",
                    o.id,
                    n
                );
            }
        }
    }
}

#[test]
fn the_level_differs_by_grade_footnote_covers_every_row_of_the_matrix() {
    let d = body("aomori-city");
    let m = d.matrix.as_ref().expect("matrix");
    let f = m
        .footnotes
        .iter()
        .find(|f| f.text == "職位によってレベルは異なります。")
        .expect("the footnote printed with the table");
    assert_eq!(f.marker, "※");
    assert!(f.cells.is_empty());
    assert_eq!(f.reads_as, None);
    let rows: Vec<&str> = m.rows.iter().map(|r| r.grade.as_str()).collect();
    let covered: Vec<&str> = f.rows.iter().map(|g| g.as_str()).collect();
    assert_eq!(covered, rows);
    // The two all-○ rows it tells apart.
    assert!(covered.contains(&"bucho") && covered.contains(&"shukan-shusa"));
}

fn survey(d: &BodyData) -> &Survey {
    d.surveys
        .iter()
        .find(|s| s.id.as_str() == "engagement-r6")
        .expect("survey")
}

#[test]
fn the_unprinted_1_to_5_scale_is_marked_as_the_apps_reading_on_the_survey() {
    let d = body("aomori-city");
    let s = survey(&d);
    assert_eq!((s.scale.min, s.scale.max), (1, 5));
    assert_eq!(s.scale.basis, Basis::App);
    assert!(
        s.scale.labels.is_empty(),
        "no point is worded in the document"
    );
    let note = s.scale.note.as_deref().expect("a note saying why");
    assert!(note.contains("本文に印刷されていません"), "{note}");
    // The missing-part note no longer states a 5-point scale as printed.
    let missing: Vec<&str> = d.missing.iter().map(|m| m.note.as_str()).collect();
    assert!(missing.iter().all(|n| !n.contains("回答の5段階の")));
    assert!(missing
        .iter()
        .any(|n| n.contains("回答の尺度（何段階か）と各段階の文言も印刷されていません")));
}

const CHOSA_NO_JISSHI: &str = "第1 策定の趣旨 人材育成に関する職員アンケート調査の実施";

#[test]
fn respondents_period_and_method_are_sourced_to_the_survey_outline_and_q19_to_ojt() {
    let d = body("aomori-city");
    let s = survey(&d);
    let section = |t: &michishirube::core::model::Text| {
        t.source.as_ref().map(|src| {
            assert_eq!(src.file, "000_74ad7e5da8c48548.txt");
            src.section.clone()
        })
    };
    // The items and averages stay with their own table.
    assert_eq!(
        s.source.section,
        "第1 策定の趣旨 エンゲージメント調査から見た課題"
    );
    // Period and year: the outline table (区分 令和6年度調査内容 … 調査時期).
    assert_eq!(s.held.as_str(), "令和6年5月24日～令和6年6月28日まで");
    assert_eq!(section(&s.held).as_deref(), Some(CHOSA_NO_JISSHI));
    let year = s.year.as_ref().expect("year");
    assert_eq!(year.as_str(), "令和6年度");
    assert_eq!(section(year).as_deref(), Some(CHOSA_NO_JISSHI));
    // Who was asked, how, and how many answered: the outline table, in printed order.
    let resp: Vec<&str> = s.respondents.iter().map(|r| r.as_str()).collect();
    assert_eq!(
        resp,
        [
            "対象者 教育職、消防職、病院に勤務する医療職を除く全職員(再任用職員含む) 2,041名",
            "調査方法 質問票による無記名回答方式 (デジタル・紙併用)",
            "回答者数 636人(回収率31.2%)",
        ]
    );
    for r in &s.respondents {
        assert_eq!(section(r).as_deref(), Some(CHOSA_NO_JISSHI), "{r}");
        assert!(!r.is_app());
    }
    assert!(s.notes.iter().all(|n| !n.as_str().starts_with("調査方法")));
    let items = s
        .notes
        .iter()
        .find(|n| n.as_str().starts_with("調査項目 1 基本属性"))
        .expect("調査項目");
    assert_eq!(section(items).as_deref(), Some(CHOSA_NO_JISSHI));
    // Q19 is printed beside the OJT text, 第4 2 (2).
    let q19 = s
        .notes
        .iter()
        .find(|n| {
            n.as_str()
                .contains("Q19 職務を遂行する上で「やる気がでる(た)」ときは？")
        })
        .expect("Q19");
    assert_eq!(
        section(q19).as_deref(),
        Some("第4 人材育成 2 職員研修の充実 (2) 職場研修（O J T = On The Job Training）の推進")
    );
    assert!(!q19.is_app());
    // The score notes are printed with the items, under the survey's own source.
    let own = s
        .notes
        .iter()
        .find(|n| {
            n.as_str()
                .starts_with("エンゲージメントスコアは、一般的に、3.8を超えると高く")
        })
        .expect("score note");
    assert!(own.is_plain());
}

#[test]
fn the_q10_grouping_is_shown_as_the_apps_reading_with_the_survey() {
    let d = body("aomori-city");
    let s = survey(&d);
    let q10 = s
        .items
        .iter()
        .find(|i| i.number.as_deref() == Some("10"))
        .expect("Q10");
    assert_eq!(q10.text, "仕事上でなんでも話せる同僚・パートナーはいる");
    assert_eq!(
        q10.group.as_ref().map(|g| g.as_str()),
        Some("kizoku-shinrai")
    );
    assert_eq!(q10.group_basis, Basis::App);
    // Only Q10's group is in doubt; the others follow the printed table.
    for it in s.items.iter().filter(|i| i.id != q10.id) {
        assert_eq!(it.group_basis, Basis::Document, "{}", it.id);
    }
    // The reason is shown where the survey is shown, not only in the missing parts.
    let why = s
        .notes
        .iter()
        .find(|n| n.is_app() && n.as_str().starts_with("Q10"))
        .expect("an app note on Q10 among the survey notes");
    let note = why.note.as_deref().expect("a note saying why");
    assert!(note.contains("3.35") && note.contains("3.1"), "{note}");
    assert!(note.contains("Q7～9なら3.33、Q10～12なら3.20"), "{note}");
}

#[test]
fn kinds_the_document_does_not_file_the_offering_under_are_the_apps_classification() {
    let d = body("aomori-city");
    // Classified by the app: no 課題対応研修 / 派遣研修 / 専門研修 / 階層別研修 /
    // キャリア相談 heading over them in the document.
    for id in [
        "reskilling",
        "minkan-daigaku-koryu",
        "shutaiteki-career-keisei",
        "dx-suishinin-shugo",
        "zenshokuin-shugo-kanrishoku",
        "zenshokuin-sosa-shinsaiyo",
    ] {
        assert_eq!(offering(&d, id).kind_basis, Basis::App, "{id}");
    }
    // Named so by the document itself (自己申告制度, 1on1ミーティング（メンター制度）,
    // 庁内公募制度, 職場研修（O J T）, 実務派遣研修, eラーニング).
    for id in [
        "jiko-shinkoku",
        "one-on-one-mentor",
        "chonai-kobo",
        "ojt",
        "jitsumu-haken",
        "dx-suishinin-elearning",
        "zenshokuin-elearning",
    ] {
        assert_eq!(offering(&d, id).kind_basis, Basis::Document, "{id}");
    }
}

#[test]
fn the_dx_training_names_with_their_target_group_added_are_the_apps_names() {
    let d = body("aomori-city");
    for (id, name, printed) in [
        (
            "dx-suishinin-elearning",
            "eラーニング（DX推進員）",
            "「・eラーニング」",
        ),
        (
            "dx-suishinin-shugo",
            "集合研修（DX推進員）",
            "「・集合研修」",
        ),
        (
            "zenshokuin-elearning",
            "eラーニング【階層別研修対象者、希望者】（全職員）",
            "「・eラーニング【階層別研修対象者、希望者】」",
        ),
        (
            "zenshokuin-shugo-kanrishoku",
            "集合研修【管理職】（全職員）",
            "「・集合研修【管理職】」",
        ),
        (
            "zenshokuin-sosa-shinsaiyo",
            "操作研修【新採用研修】（全職員）",
            "「・操作研修【新採用研修】」",
        ),
    ] {
        let o = offering(&d, id);
        assert_eq!(o.name.ja, name, "{id}");
        assert_eq!(o.name.basis, Basis::App, "{id}");
        let note = o.name.note.as_deref().expect("a note saying why");
        assert!(note.contains(printed), "{id}: {note}");
        assert!(note.contains("育成方法(例)"), "{id}: {note}");
    }
}

#[test]
fn ikusei_hoho_rei_is_the_printed_table_row_in_the_description_not_a_condition() {
    let d = body("aomori-city");
    for o in &d.offerings {
        assert!(o.conditions.is_empty(), "{}: {:?}", o.id, o.conditions);
    }
    for (id, row) in [
        ("dx-suishinin-elearning", "育成方法(例) ・eラーニング ・集合研修"),
        ("dx-suishinin-shugo", "育成方法(例) ・eラーニング ・集合研修"),
        (
            "zenshokuin-elearning",
            "育成方法(例) ・eラーニング【階層別研修対象者、希望者】 ・集合研修【管理職】 ・操作研修【新採用研修】",
        ),
        (
            "zenshokuin-shugo-kanrishoku",
            "育成方法(例) ・eラーニング【階層別研修対象者、希望者】 ・集合研修【管理職】 ・操作研修【新採用研修】",
        ),
        (
            "zenshokuin-sosa-shinsaiyo",
            "育成方法(例) ・eラーニング【階層別研修対象者、希望者】 ・集合研修【管理職】 ・操作研修【新採用研修】",
        ),
    ] {
        let o = offering(&d, id);
        let line = o
            .description
            .iter()
            .find(|t| t.as_str() == row)
            .unwrap_or_else(|| panic!("{id}: the printed 育成方法(例) row"));
        assert!(line.is_plain(), "{id}");
    }
}

#[test]
fn the_abilities_preamble_under_kitai_sareru_yakuwari_cites_2_2_where_it_is_printed() {
    let d = body("aomori-city");
    let m = d
        .measures
        .iter()
        .find(|m| m.id.as_str() == "kitai-sareru-yakuwari")
        .expect("measure");
    assert_eq!(
        m.source.section,
        "第2 人材確保・育成の基本的考え方 2 期待される役割・求められる能力"
    );
    let item = m
        .items
        .iter()
        .find(|t| t.as_str().ends_with("※職位によってレベルは異なります。"))
        .expect("the (2) preamble");
    let src = item.source.as_ref().expect("its own source");
    assert_eq!(
        src.section,
        "第2 人材確保・育成の基本的考え方 2 (2) 職位等に応じた求められる能力"
    );
    assert!(!item.is_app());
}

#[test]
fn track_notes_are_only_words_printed_as_one_line() {
    let d = body("aomori-city");
    let notes: Vec<(&str, Option<&str>)> = d
        .tracks
        .iter()
        .map(|t| (t.id.as_str(), t.note.as_ref().map(|n| n.as_str())))
        .collect();
    // Track notes cannot be marked as the app's, so the lists the app joined
    // with 「・」 are gone; the 再任用 note is printed in the role table's heading.
    assert_eq!(
        notes,
        [
            ("gyoseishoku", None),
            ("ginou-romu", None),
            ("saininyo", Some("※60歳超職員（役職定年）含む")),
            ("kaikei-nendo", None),
        ]
    );
    let kaikei = grade(&d, "kaikei-nendo");
    assert_eq!(
        kaikei.posts,
        [
            "会計年度任用職員（事務補助等）",
            "会計年度任用職員（専門職）"
        ]
    );
}

#[test]
fn the_missing_course_list_and_targets_are_said_under_their_own_parts() {
    let d = body("aomori-city");
    let courses: Vec<&Missing> = d
        .missing
        .iter()
        .filter(|m| m.part == Part::Courses)
        .collect();
    assert_eq!(courses.len(), 1);
    assert!(courses[0]
        .note
        .starts_with("「職員研修体系」は説明文のみで"));
    assert_eq!(
        courses[0].source.as_ref().map(|s| s.section.as_str()),
        Some("第4 人材育成 2 職員研修の充実 (1) 職員研修体系")
    );
    assert!(d.kpi_tables.is_empty(), "no table of targets is printed");
    let kpi: Vec<&Missing> = d.missing.iter().filter(|m| m.part == Part::Kpi).collect();
    assert_eq!(kpi.len(), 1);
    assert!(kpi[0].note.contains("数値目標"), "{}", kpi[0].note);
    assert!(kpi[0].note.contains("累計500"), "{}", kpi[0].note);
    assert!(d
        .missing
        .iter()
        .all(|m| !(m.part == Part::Other && m.note.contains("職員研修体系"))));
}

/// The DX plan's count lines: the app joins a printed row's numbers to the
/// column headings (R7–R11, 累計); the numbers are as printed.
const COUNTS: [(&str, &str); 2] = [
    (
        "DX推進員",
        "DX推進員：R7 100、R8 100、R9 100、R10 100、R11 100、累計 500",
    ),
    (
        "全職員",
        "全職員：R7 500、R8 500、R9 500、R10 500、R11 500、累計 2500",
    ),
];

fn says_it_composed_the_count_line(t: &michishirube::core::model::Text, who: &str) -> bool {
    t.is_app()
        && t.note.as_deref().is_some_and(|n| {
            n.contains(&format!("「{who}」の行の人数"))
                && n.contains("アプリが1行にまとめた")
                && n.contains("人数は印字どおり")
        })
}

#[test]
fn the_dx_plans_count_lines_are_marked_as_the_apps_with_the_printed_numbers() {
    let d = body("aomori-city");
    for (id, who) in [
        ("dx-suishinin-elearning", "DX推進員"),
        ("dx-suishinin-shugo", "DX推進員"),
        ("zenshokuin-elearning", "全職員"),
        ("zenshokuin-shugo-kanrishoku", "全職員"),
        ("zenshokuin-sosa-shinsaiyo", "全職員"),
    ] {
        let line = COUNTS.iter().find(|(w, _)| *w == who).map(|(_, l)| *l);
        let o = offering(&d, id);
        let t = o
            .description
            .iter()
            .find(|t| Some(t.as_str()) == line)
            .unwrap_or_else(|| panic!("{id}: the count line"));
        assert!(says_it_composed_the_count_line(t, who), "{id}: {t:?}");
    }
    let m = d
        .measures
        .iter()
        .find(|m| m.id.as_str() == "digital-jinzai")
        .expect("measure");
    let items: Vec<&str> = m.items.iter().map(|t| t.as_str()).collect();
    assert_eq!(
        items,
        [
            "■ DX推進研修計画",
            "「全職員」のデジタルに関する基礎知識の向上と、DX推進の中核を担う人材「DX推進員」を計画的・集中的に育成する。",
            COUNTS[0].1,
            "育成方法(例) ・eラーニング ・集合研修",
            COUNTS[1].1,
            "育成方法(例) ・eラーニング【階層別研修対象者、希望者】 ・集合研修【管理職】 ・操作研修【新採用研修】",
            "5年間で500名の「DX推進員」を育成するのに加え、全職員の基礎知識の底上げを図ります。",
        ],
        "the heading on its own line, nothing glued to it with 「：」"
    );
    for (t, (who, _)) in [(&m.items[2], COUNTS[0]), (&m.items[4], COUNTS[1])] {
        assert!(says_it_composed_the_count_line(t, who), "{t:?}");
    }
    for (i, t) in m.items.iter().enumerate() {
        if i != 2 && i != 4 {
            assert!(t.is_plain(), "printed: {}", t.as_str());
        }
    }
}

#[test]
fn the_mentor_and_mentee_voices_are_printed_lines_under_their_printed_headings() {
    // The app used to glue 「★ メンター（先輩職員）の声　…について：」 to every voice.
    let d = body("aomori-city");
    let o = offering(&d, "one-on-one-mentor");
    let lines: Vec<&str> = o.description.iter().map(|t| t.as_str()).collect();
    assert_eq!(
        lines,
        [
            "職員の主体的な業務遂行や自発的な能力開発を促進するため、キャリア相談体制を構築し、キャリア形成を支援するとともに、メンターの人材育成能力の向上を図ります。",
            "★ メンター（先輩職員）の声",
            "メンティの成長について",
            "メンティの成長や達成度を意識的に感じ取れたため、新採用の教育、心情理解には効果的と感じました。",
            "メンター、メンティ間のコミュニケーションが活発化しました。",
            "自分の成長について",
            "話の伝え方・伝わり方を再認識し、気を付けるようになりました。",
            "否定せず、どのように伝えるべきか、言葉を選ぶよう心がけるようになりました。",
            "★ メンティ（後輩職員）の声",
            "自分の成長について",
            "自分の行動を客観的に教えてもらえるので、より自分の改善点を意識して行動することができるようになりました。",
            "実施後のほうが精神面が安定し、仕事に対してプラスに考えられるようになりました。",
            "業務の進捗について、振り返る機会づくりの大切さを学び、意識するようになりました。",
            "業務が辛いと感じていた時に、暖かい言葉をかけていただき、心が軽くなりました。",
            "ミーティングを実施した先輩職員と交流をもてたことで業務について相談しやすくなりました。",
        ]
    );
    assert!(o.description.iter().all(|t| t.is_plain()));
}
