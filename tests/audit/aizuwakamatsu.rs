//! The audit's findings for this body, each as a test that fails if the
//! data goes back to what the audit found.

#[allow(unused_imports)]
use super::body;
use michishirube::core::model::{
    Basis, BodyData, Offering, OfferingFamily, OfferingKind, Part, Text,
};

const FILE: &str = "002_0b2f71bf6101b20d.txt";

fn offering<'a>(d: &'a BodyData, id: &str) -> &'a Offering {
    d.offerings
        .iter()
        .find(|o| o.id.as_str() == id)
        .unwrap_or_else(|| panic!("offering {id}"))
}

/// The section a line is printed in: its own, or else its item's.
fn section_of<'a>(t: &'a Text, o: &'a Offering) -> &'a str {
    t.source
        .as_ref()
        .or(o.source.as_ref())
        .map(|s| s.section.as_str())
        .expect("a source")
}

#[test]
fn each_line_of_the_kaisobetsu_training_names_the_section_it_is_printed_in() {
    let d = body("aizuwakamatsu");
    let o = offering(&d, "kaisobetsu-kenshu");
    let lines: Vec<(&str, &str)> = o
        .description
        .iter()
        .map(|t| (t.as_str(), section_of(t, o)))
        .collect();
    assert_eq!(
        lines,
        [
            (
                "庁内及びふくしま自治研修センターでの階層別研修の実施",
                "5 取組内容 【職員研修】 研修所研修 > 階層別研修の充実"
            ),
            (
                "階層別研修における所属長からの受講勧奨の徹底",
                "5 取組内容 【職員研修】 研修所研修 > 所属長による研修受講勧奨"
            ),
            (
                "各種階層別研修での業務内容、課題等の意見交換の実施",
                "5 取組内容 【組織文化】 他部門間交流の推進 > 他部門（職場）間の交流の推進"
            ),
            (
                "管理監督者の階層別研修等での職場ミーティング実施徹底の周知",
                "5 取組内容 【組織文化】 学習的職場風土づくり > 職場ミーティングの定着促進"
            ),
        ]
    );
    for t in &o.description {
        assert_eq!(t.basis, Basis::Document, "{t}: the document's words");
        assert!(t.source.as_ref().is_none_or(|s| s.file == FILE));
    }
}

#[test]
fn the_duty_to_hold_workplace_training_after_external_courses_is_the_apps_link_from_its_own_section(
) {
    let d = body("aizuwakamatsu");
    let o = offering(&d, "gaibu-kenshu-haken");
    assert_eq!(o.conditions.len(), 1);
    let c = &o.conditions[0];
    assert_eq!(
        c.as_str(),
        "専門の外部研修機関等の研修受講後の職場研修実施の徹底"
    );
    assert_eq!(
        c.basis,
        Basis::App,
        "attaching it to the 派遣 is the app's link"
    );
    assert!(c
        .note
        .as_deref()
        .unwrap()
        .contains("研修成果の組織への還元"));
    let src = c.source.as_ref().expect("its own section");
    assert_eq!(src.file, FILE);
    assert_eq!(
        src.section,
        "5 取組内容 【職員研修】 研修所研修 > 研修成果の組織への還元"
    );
    // The offering itself stays where its own row is printed.
    assert_eq!(
        o.source.as_ref().unwrap().section,
        "5 取組内容 【職員研修】 研修所研修 > 専門研修・特別研修の推進"
    );
}

#[test]
fn the_building_qualification_is_a_previous_plan_acquisition_support_not_a_subsidy() {
    let d = body("aizuwakamatsu");
    let o = offering(&d, "kenchiku-kakunin-shikaku");
    assert_eq!(o.name.ja, "建築確認基準適合判定資格の取得支援");
    assert_ne!(
        o.kind,
        OfferingKind::QualificationSubsidy,
        "取得支援, not 助成"
    );
    assert_ne!(o.kind.family(), OfferingFamily::Subsidy);
    assert_eq!(o.kind, OfferingKind::Other);
    assert_eq!(o.kind_basis, Basis::App, "the plan files it under no kind");
    assert_eq!(
        o.source.as_ref().unwrap().section,
        "1 前プラン（平成30年度～令和4年度）の総括 【職員研修】"
    );
    let status = o.status.as_ref().expect("a status");
    assert_eq!(status.as_str(), "前プラン（平成30年度～令和4年度）の取組");
    assert_eq!(status.basis, Basis::App, "the status is the app's wording");
    let note = status.note.as_deref().unwrap();
    assert!(note.contains("前プラン"), "{note}");
    assert!(note.contains("取組内容の表には載っていない"), "{note}");
    // The current plan's tables do not list it.
    assert!(d
        .plan_tables
        .iter()
        .flat_map(|t| &t.items)
        .all(|r| !r.action.contains("建築確認")));
}

#[test]
fn the_ojt_cost_support_is_named_by_its_printed_action_and_goes_to_workplaces() {
    let d = body("aizuwakamatsu");
    let o = offering(&d, "ojt-keihi-shien");
    assert_eq!(
        o.name.ja,
        "各職場の課題解決のための職場研修実施に対する経費の支援"
    );
    assert_eq!(o.name.basis, Basis::Document);
    assert!(
        d.offerings
            .iter()
            .all(|o| o.name.ja != "職場研修（OJT）に対する経費の支援"),
        "no name of the app's making"
    );
    let printed = d
        .plan_tables
        .iter()
        .flat_map(|t| &t.items)
        .find(|r| r.id == "gakushu-ojt-keihi")
        .unwrap();
    assert_eq!(o.name.ja, printed.action);
    let who = o.targets.note.as_ref().expect("who it is for");
    assert_eq!(who.as_str(), "各職場");
    assert!(who
        .note
        .as_deref()
        .unwrap()
        .contains("職員個人への支援ではありません"));
    assert!(o.targets.grades.is_empty() && o.targets.years.is_none());
}

#[test]
fn self_development_leave_is_only_under_consideration_and_is_not_offered() {
    let d = body("aizuwakamatsu");
    assert!(
        d.offerings
            .iter()
            .all(|o| o.kind != OfferingKind::SelfDevelopmentLeave
                && !o.name.ja.contains("自己啓発等休業")),
        "no 自己啓発等休業 is offered"
    );
    let section = "5 取組内容 【職員研修】 自己啓発 > 自己啓発等休業制度等の導入検討";
    let m = d
        .missing
        .iter()
        .find(|m| m.source.as_ref().is_some_and(|s| s.section == section))
        .expect("a missing entry for 自己啓発等休業");
    assert_eq!(m.part, Part::Other);
    assert!(
        m.note.contains("導入を検討するとされているだけ"),
        "{}",
        m.note
    );
    // What the row does put in place is 修学部分休業.
    let o = offering(&d, "shugaku-bubun-kyugyo");
    assert_eq!(o.kind, OfferingKind::PartialStudyLeave);
    assert_eq!(o.source.as_ref().unwrap().section, section);
}

#[test]
fn grasping_self_development_for_placement_is_a_measure_of_its_own() {
    let d = body("aizuwakamatsu");
    let m = d
        .measures
        .iter()
        .find(|m| m.id == "jiko-keihatsu-kekka-katsuyo")
        .expect("the measure");
    assert_eq!(m.name.ja, "自己啓発の結果の活用");
    let items: Vec<&str> = m.items.iter().map(|t| t.as_str()).collect();
    assert_eq!(items, ["自己啓発状況の把握及び配置管理への配慮"]);
    assert!(m.items.iter().all(|t| t.is_plain()));
    assert_eq!(m.source.file, FILE);
    assert_eq!(
        m.source.section,
        "5 取組内容 【職員研修】 自己啓発 > 自己啓発の結果の活用"
    );
}

#[test]
fn the_plan_says_it_sets_no_kpis_or_numeric_targets() {
    let d = body("aizuwakamatsu");
    assert!(d.kpi_tables.is_empty(), "no targets are invented");
    let kpi: Vec<_> = d.missing.iter().filter(|m| m.part == Part::Kpi).collect();
    assert_eq!(kpi.len(), 1);
    assert!(kpi[0].note.contains("KPI"), "{}", kpi[0].note);
    assert!(kpi[0].note.contains("数値目標"), "{}", kpi[0].note);
    assert!(d
        .surveys
        .iter()
        .all(|s| s.overall_target.is_none() && s.groups.iter().all(|g| g.target.is_none())));
}

#[test]
fn statuses_the_app_composed_from_the_plan_tables_are_marked_as_the_apps() {
    let d = body("aizuwakamatsu");
    for o in &d.offerings {
        let Some(s) = &o.status else { continue };
        if s.basis == Basis::Document {
            assert!(
                ["継続", "新規"].contains(&s.as_str()),
                "{}: a plain status is the printed 区分, not {s}",
                o.id
            );
        } else {
            assert!(s.note.as_deref().is_some_and(|n| !n.trim().is_empty()));
        }
    }
    for (id, text) in [
        ("jishu-kenshu-shien", "新規（R5 検討、R6 実施）"),
        ("hitchi-shikaku-keihi", "新規（R5 検討、R6 実施）"),
        ("shugaku-bubun-kyugyo", "新規（R5 運用開始）"),
        ("koreiki-shokuin-kenshu", "新規（R5 検討、R6 実施）"),
        (
            "minkan-haken-kenshu",
            "継続（見直しの検討）／長期派遣研修は新規（研究）",
        ),
        ("mentor-seido", "継続（メンター同士等の意見交換は新規）"),
        ("jiko-shinkoku-seido", "継続（検討）"),
        ("kyodo-seminar", "新規（R5 検討、R6 実施）"),
    ] {
        let s = offering(&d, id).status.as_ref().unwrap();
        assert_eq!(s.as_str(), text, "{id}");
        assert_eq!(s.basis, Basis::App, "{id}");
        assert!(
            s.note
                .as_deref()
                .unwrap()
                .contains("アプリが一行にまとめた表記"),
            "{id}"
        );
    }
}

#[test]
fn the_partial_study_leave_line_from_the_previous_plans_review_names_that_section() {
    let d = body("aizuwakamatsu");
    let o = offering(&d, "shugaku-bubun-kyugyo");
    let lines: Vec<(&str, &str)> = o
        .description
        .iter()
        .map(|t| (t.as_str(), section_of(t, o)))
        .collect();
    assert_eq!(
        lines,
        [
            (
                "修学部分休業制度の運用開始",
                "5 取組内容 【職員研修】 自己啓発 > 自己啓発等休業制度等の導入検討"
            ),
            (
                "学び直しの促進を図る修学部分休業の制度化",
                "1 前プラン（平成30年度～令和4年度）の総括 【職員研修】"
            ),
        ]
    );
}

#[test]
fn the_mentor_schemes_audience_is_the_apps_summary_of_its_two_actions() {
    let d = body("aizuwakamatsu");
    let who = offering(&d, "mentor-seido")
        .targets
        .note
        .clone()
        .expect("who it is for");
    assert_eq!(who.as_str(), "新規採用職員、メンター");
    assert_eq!(who.basis, Basis::App);
    assert!(who
        .note
        .as_deref()
        .unwrap()
        .contains("アプリが対象を抜き出しました"));
}

#[test]
fn kinds_are_the_documents_only_where_its_own_heading_names_them() {
    let d = body("aizuwakamatsu");
    let by_document: Vec<&str> = d
        .offerings
        .iter()
        .filter(|o| o.kind_basis == Basis::Document)
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(
        by_document,
        [
            "hitchi-shikaku-keihi",
            "shugaku-bubun-kyugyo",
            "kaisobetsu-kenshu",
            "compliance-kenshu",
            "hatarakikata-management-kenshu",
            "koreiki-shokuin-kenshu",
            "gaibu-kenshu-haken",
            "dx-jinzai-kenshu",
            "kuni-haken-kenshu",
            "kuni-choki-haken-kobo",
            "minkan-haken-kenshu",
            "mentor-seido",
            "jiko-shinkoku-seido",
            "ojt-keihi-shien",
        ]
    );
    // Printed under 階層別研修の充実: the document's 階層別研修, not the app's 課題対応研修.
    let c = offering(&d, "compliance-kenshu");
    assert_eq!(c.kind, OfferingKind::GradeTraining);
    assert_eq!(
        c.source.as_ref().unwrap().section,
        "5 取組内容 【職員研修】 研修所研修 > 階層別研修の充実"
    );
    for id in [
        "jishu-kenshu-shien",
        "kenchiku-kakunin-shikaku",
        "wakate-career-kenshu",
        "hyokasha-kenshu",
        "jinji-hyoka-seido-kenshu",
        "shokuba-meeting",
        "shokuin-teian-seido",
        "kyodo-seminar",
        "mental-health-kenshu",
        "kanri-stress-kenshu",
        "harassment-kenshu",
        "rodo-anzen-kenshu",
    ] {
        assert_eq!(offering(&d, id).kind_basis, Basis::App, "{id}");
    }
}

#[test]
fn the_seminar_row_whose_middle_heading_was_lost_says_how_it_was_read() {
    let d = body("aizuwakamatsu");
    let o = offering(&d, "kyodo-seminar");
    assert_eq!(o.description.len(), 1);
    let line = &o.description[0];
    assert_eq!(
        line.as_str(),
        "市民、民間企業等との協働によるセミナー等の検討"
    );
    assert_eq!(line.basis, Basis::Document, "the words are printed");
    let note = line.note.as_deref().expect("a caveat on the reading");
    assert!(note.contains("中項目が示されていません"), "{note}");
    assert!(note.contains("市民主体意識の徹底"), "{note}");
}

#[test]
fn the_missing_career_path_note_does_not_file_other_actions_under_the_plans_career_support_heading()
{
    // The plan's 小項目 キャリア形成支援 holds only its two 若手職員 rows;
    // 自己申告制度, 庁内公募 and 派遣研修 sit under other headings.
    let d = body("aizuwakamatsu");
    let m = d
        .missing
        .iter()
        .find(|m| m.part == Part::CareerPath)
        .expect("the missing career path");
    assert!(!m.note.contains("キャリア形成支援の取組"), "{}", m.note);
    assert!(m.note.contains("キャリアに関わる取組"), "{}", m.note);
}
