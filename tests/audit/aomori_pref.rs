//! The audit's findings for this body, each as a test that fails if the
//! data goes back to what the audit found.

#[allow(unused_imports)]
use super::body;

use michishirube::core::assess::{next_choices, ChoiceReason, Position};
use michishirube::core::id::Id;
use michishirube::core::model::{Basis, BodyData, Grade, Offering, Part, Role, Text};

const FILE: &str = "001_4c0d081608557d71.txt";
const KANRI: &str = "Ⅴ 推進体制 ２ 各所属における推進体制 管理監督者の役割";
const GM_POST: &str = "本庁グループマネージャー、出先機関の課長等";
const DESSAKI_POST: &str = "次長、所属長～";

fn pref() -> BodyData {
    body("aomori-pref")
}

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

fn post_role<'a>(g: &'a Grade, post: &str) -> Option<&'a Role> {
    g.roles.iter().find(|r| r.post.as_deref() == Some(post))
}

fn texts(ts: &[Text]) -> Vec<&str> {
    ts.iter().map(|t| t.as_str()).collect()
}

fn says_app_reading(note: Option<&str>) -> bool {
    note.is_some_and(|n| n.contains("アプリ"))
}

#[test]
fn the_group_manager_role_of_section_v_is_a_post_role_of_sokatsu_shukan_marked_as_the_apps_reading()
{
    let d = pref();
    let g = grade(&d, "sokatsu-shukan");
    let r = post_role(g, GM_POST).expect("総括主幹級 carries the Ⅴ role of GM / 出先機関の課長等");
    assert_eq!(r.basis, Basis::App);
    assert!(says_app_reading(r.note.as_deref()), "{:?}", r.note);
    assert_eq!(
        texts(&r.duties),
        [
            "所属長を補佐し、職員育成の第一義的な責任者として、日々のマネジメントを通した職員育成に取り組みます。",
            "決裁・相談・報告等を職員の能力開発の機会と捉え、コミュニケーションを密にしながら指導・助言し、職員の能力を高めます。",
            "日々の業務や面談等を通じて職員の資質・能力を把握し、研修機会の活用等により職員の能力開発を積極的に支援します。",
        ]
    );
    for t in &r.duties {
        assert_eq!(t.basis, Basis::Document, "the words are the document's");
        let s = t.source.as_ref().expect("each duty cites Ⅴ");
        assert_eq!((s.file.as_str(), s.section.as_str()), (FILE, KANRI));
    }
    // Only 総括主幹級 carries it.
    let others: Vec<&str> = d
        .grades
        .iter()
        .filter(|g| post_role(g, GM_POST).is_some())
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(others, ["sokatsu-shukan"]);
}

#[test]
fn the_shozokucho_role_of_section_v_is_a_post_role_of_fuku_sanji_to_bucho_marked_as_the_apps_reading(
) {
    let d = pref();
    let with: Vec<&str> = d
        .grades
        .iter()
        .filter(|g| post_role(g, "所属長").is_some())
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(with, ["fuku-sanji", "kacho", "jicho", "bucho"]);
    for id in with {
        let r = post_role(grade(&d, id), "所属長").expect("所属長 role");
        assert_eq!(r.basis, Basis::App, "{id}");
        assert!(
            r.note
                .as_deref()
                .is_some_and(|n| n.contains(DESSAKI_POST) && n.contains("アプリ")),
            "{id}: the note says why and that it is the app's reading: {:?}",
            r.note
        );
        assert_eq!(
            texts(&r.duties),
            [
                "本方針について理解を深め、日々のコミュニケーションを通じて、職場における本方針の定着を図ります。",
                "職員がやりがいを実感できる風通しのよい職場環境づくりに率先して取り組みます。",
                "日々の業務や面談等を通じて職員の適性・意欲等を把握し、研修機会の付与等により職員のキャリア形成を支援します。",
            ],
            "{id}"
        );
        assert!(r
            .duties
            .iter()
            .all(|t| t.source.as_ref().is_some_and(|s| s.section == KANRI)));
    }
}

#[test]
fn the_dessaki_post_jicho_shozokucho_runs_on_to_kacho_jicho_and_bucho() {
    let d = pref();
    let with: Vec<&str> = d
        .grades
        .iter()
        .filter(|g| g.posts.iter().any(|p| p == DESSAKI_POST))
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(with, ["fuku-sanji", "kacho", "jicho", "bucho"]);
    // The 本庁 posts stay where they were read.
    assert_eq!(grade(&d, "kacho").posts, ["課長", DESSAKI_POST]);
    assert_eq!(grade(&d, "jicho").posts, ["次長", DESSAKI_POST]);
    assert_eq!(grade(&d, "bucho").posts, ["部長", DESSAKI_POST]);
}

#[test]
fn the_sixties_column_is_reachable_from_sokatsu_shukan_and_below() {
    let d = pref();
    let t = d.tracks.iter().find(|t| t.id == "jimu").expect("事務職");
    assert_eq!(
        grade(&d, "yakushoku-teinen").name.ja,
        "総括主幹（役職定年）以下"
    );
    for from in [
        "shuji",
        "shusa",
        "shukan",
        "sokatsu-shukan",
        "fuku-sanji",
        "kacho",
        "jicho",
        "bucho",
    ] {
        let b = t
            .branches
            .iter()
            .find(|b| b.from == from && b.to == "yakushoku-teinen")
            .unwrap_or_else(|| panic!("{from} → 総括主幹（役職定年）以下"));
        assert_eq!(b.basis, Basis::App, "{from}");
        assert_eq!(
            b.note.as_ref().map(|n| n.as_str()),
            Some("総括主幹（役職定年）以下")
        );
    }
    // A person at 総括主幹級 is offered the column as a branch; the ladder
    // still proposes 副参事級 first.
    let choices = next_choices(
        &d,
        &Id::parse("jimu").unwrap(),
        &Position::Grade(Id::parse("sokatsu-shukan").unwrap()),
    );
    assert_eq!(choices[0].0, "fuku-sanji");
    assert!(choices
        .iter()
        .any(|(g, r)| g == "yakushoku-teinen" && *r == ChoiceReason::Branch));
}

#[test]
fn course_placement_notes_are_the_apps_reading_not_the_figures_layout() {
    let d = pref();
    let cases = [
        (
            "shinsaiyosha-kenshu",
            "主事級の１年目（アプリの読み取り。キャリアパス図の研修のうち最初に挙がっています）",
        ),
        (
            "shuji-gishi-kenshu",
            "主事級（アプリの読み取り。キャリアパス図の研修では新採用者研修（前期・後期）の次に挙がっています）",
        ),
        (
            "shusa-kenshu",
            "主査級（アプリの読み取り。キャリアパス図の研修では主事・技師研修の次に挙がっています）",
        ),
        (
            "shukan-kenshu",
            "主幹級（アプリの読み取り。キャリアパス図の研修では主査研修の次に挙がっています）",
        ),
        (
            "kacho-kenshu",
            "課長級（アプリの読み取り。キャリアパス図の研修では管理者フォローアップ研修の次に挙がっています）",
        ),
        // The three that already said so are the app's words too.
        (
            "kanrisha-nyumon-kenshu",
            "総括主幹級（アプリの読み取り。キャリアパス図の研修では主幹研修の次に挙がっています）",
        ),
        (
            "kanrisha-followup-kenshu",
            "副参事級（アプリの読み取り。キャリアパス図の研修では管理者入門研修の次に挙がっています）",
        ),
        (
            "career-shift-kenshu",
            "総括主幹（役職定年）以下、能力活用・継承期間（６０代）（アプリの読み取り。キャリアパス図の研修では課長研修の次、最後に挙がっています）",
        ),
    ];
    for (id, want) in cases {
        let o = offering(&d, id);
        let n = o.targets.note.as_ref().expect("a placement note");
        assert_eq!(n.as_str(), want, "{id}");
        assert!(n.is_app(), "{id}: the note is the app's words");
        assert!(
            n.note
                .as_deref()
                .is_some_and(|w| w.contains("アプリでは確かめられていません")),
            "{id}: says why"
        );
        assert!(!n.as_str().contains("欄に印刷"), "{id}");
        assert_eq!(o.targets.basis, Basis::App, "{id}");
    }
}

#[test]
fn the_evaluator_feedback_course_is_part_of_the_new_marked_item_2() {
    let d = pref();
    let o = offering(&d, "hyokasha-feedback-kenshu");
    let s = o.status.as_ref().expect("NEW");
    assert_eq!(s.as_str(), "NEW");
    assert_eq!(s.basis, Basis::Document, "NEW is printed on ②");
    assert!(s
        .note
        .as_deref()
        .is_some_and(|n| n.contains("②面談等の充実")));
    assert_eq!(
        o.description[0].as_str(),
        "併せて、評価者を対象としたフィードバック方法の研修を充実します。"
    );
    let src = o.source.as_ref().expect("source");
    assert_eq!(
        src.section,
        "Ⅳ 取組内容 ３ 人事評価制度の見直し ②面談等の充実"
    );
    assert_eq!(
        offering(&d, "mendan-jujitsu")
            .status
            .as_ref()
            .map(|t| t.as_str()),
        Some("NEW")
    );
}

#[test]
fn mezasu_shokuinzo_carries_its_own_printed_sentences() {
    let d = pref();
    let v = d
        .visions
        .iter()
        .find(|v| v.id == "mezasu-shokuinzo")
        .expect("めざす職員像");
    let t = v.text.as_ref().expect("the vision has its own sentences");
    assert_eq!(t.basis, Basis::Document, "the words are printed");
    for sentence in [
        "本方針では、青森県基本計画に定める２０４０年のめざす姿「若者が、未来を自由に描き、実現できる社会」の実現に向け、全ての青森県職員が同じ方向性を持って業務を遂行できるよう次のとおり「めざす職員像」を定めます。",
        "青森県職員が大切にすべき６つの価値観、それぞれの行動内容は次のとおりです。",
        "職員一人ひとりが「めざす職員像」を理解し、日々の業務の中で実践することが必要です。",
    ] {
        assert!(t.as_str().contains(sentence), "{sentence}");
    }
    assert!(
        t.note
            .as_deref()
            .is_some_and(|n| n.contains("６つの価値観")),
        "the note says the six values are not in the text"
    );
    assert_eq!(v.points.len(), 3, "the three group headings stay");
}

#[test]
fn the_ojt_trainer_system_is_for_new_recruits_and_those_first_moving_to_the_main_office() {
    let d = pref();
    let o = offering(&d, "ojt-trainer-supporter");
    let n = o.targets.note.as_ref().expect("who it is for");
    assert_eq!(
        n.as_str(),
        "初めて本庁に異動となる職員（サポーター）、新採用職員（トレーナー制度）"
    );
    assert!(
        n.is_app() && n.note.is_some(),
        "the app put the two together"
    );
    assert_eq!(
        n.source.as_ref().map(|s| s.section.as_str()),
        Some("Ⅳ 取組内容 ５ 職場研修（ＯＪＴ）の推進 ②サポーターの活用")
    );
    assert!(
        o.targets.grades.is_empty() && o.targets.years.is_none(),
        "no grade or year is printed"
    );
}

#[test]
fn a_missing_entry_points_to_the_digital_jinzai_ikusei_hoshin() {
    let d = pref();
    let m = d
        .missing
        .iter()
        .find(|m| {
            m.note
                .contains("「青森県デジタル人財育成方針」（令和６年２月策定）")
        })
        .expect("a missing entry for 青森県デジタル人財育成方針");
    assert_eq!(m.part, Part::Other);
    assert_eq!(
        m.source.as_ref().map(|s| s.section.as_str()),
        Some("Ⅱ 本方針の位置付け")
    );
}

#[test]
fn the_entry_grade_is_the_apps_reading() {
    let d = pref();
    let entry: Vec<&Grade> = d.grades.iter().filter(|g| g.entry).collect();
    assert_eq!(entry.len(), 1);
    assert_eq!(entry[0].id, "shuji");
    assert_eq!(entry[0].entry_basis, Basis::App);
}

// --- Extra fixes from reading the whole file -------------------------------

#[test]
fn roles_read_off_the_career_path_figure_are_the_apps_reading() {
    let d = pref();
    for g in &d.grades {
        let figure: Vec<&Role> = g.roles.iter().filter(|r| r.post.is_none()).collect();
        assert_eq!(figure.len(), 1, "{}: one role from the figure", g.id);
        let r = figure[0];
        assert_eq!(r.basis, Basis::App, "{}", g.id);
        assert!(
            r.note
                .as_deref()
                .is_some_and(|n| n.contains("アプリの読み取り")),
            "{}: {:?}",
            g.id,
            r.note
        );
        // The note also tells the reader that the posts were read off the figure.
        for p in &g.posts {
            assert!(
                r.note.as_deref().unwrap().contains(&format!("「{p}」")),
                "{}: post {p}",
                g.id
            );
        }
    }
    assert_eq!(
        texts(&grade(&d, "shusa").roles[0].duties),
        ["重要事務の処理"]
    );
}

#[test]
fn kinds_the_document_does_not_name_are_the_apps_classification() {
    use michishirube::core::model::OfferingKind;
    let d = pref();
    // Kind other is the app's in every body (tests/data.rs); these are the rest.
    let app: Vec<&str> = d
        .offerings
        .iter()
        .filter(|o| o.kind != OfferingKind::Other && o.kind_basis == Basis::App)
        .map(|o| o.id.as_str())
        .collect();
    assert_eq!(
        app,
        [
            "shonin-skill-kenshu",
            "bukyoku-kenshu",
            "digital-jinzai-ikusei",
            "career-kenshu",
            "hyokasha-feedback-kenshu",
            "ojt-trainer-supporter",
            "selfcare-linecare-kenshu",
        ]
    );
    // Kinds named by the document's own headings or names stay the document's.
    for id in [
        "shusa-kenshu",
        "haken-kenshu",
        "tsushin-kyoiku-koza",
        "chonai-kobo",
        "chonai-fukugyo",
        "manabi-no-jikan",
        "ojt",
    ] {
        assert_eq!(offering(&d, id).kind_basis, Basis::Document, "{id}");
    }
}

#[test]
fn statuses_read_off_a_verb_are_the_apps_and_a_shared_new_says_so() {
    let d = pref();
    for (id, want) in [
        ("tsushin-kyoiku-koza", "拡充"),
        ("elearning", "拡充"),
        ("fukugyo-chiiki-koken", "検討"),
    ] {
        let s = offering(&d, id).status.as_ref().expect("status");
        assert_eq!(s.as_str(), want, "{id}");
        assert!(s.is_app() && s.note.is_some(), "{id}: the app's status");
    }
    let s = offering(&d, "jishu-space").status.as_ref().expect("NEW");
    assert_eq!(s.as_str(), "NEW");
    assert!(!s.is_app());
    assert!(s.note.as_deref().is_some_and(|n| n.contains("全体に印刷")));
}

#[test]
fn the_split_of_the_shuji_bullets_between_the_two_stages_is_marked_as_the_apps_reading() {
    let d = pref();
    let cp = &d.career_paths[0];
    for (id, first) in [
        ("kiso-shutoku", "担当業務を正確に行う。"),
        (
            "shutaisei-hakki",
            "職員の希望・適性・業務経験等を踏まえ、より高度な業務に主担当として携わり、自ら考え・判断する経験を積みながら、幅広い知識・技術の習得を図る。",
        ),
    ] {
        let st = cp.stages.iter().find(|s| s.id == id).expect("stage");
        assert_eq!(st.description[0].as_str(), first);
        assert!(
            st.description
                .iter()
                .all(|t| t.note.as_deref().is_some_and(|n| n.contains("アプリの読み取り"))),
            "{id}"
        );
    }
}

#[test]
fn lines_printed_in_another_section_cite_it_and_no_source_joins_two_sections() {
    let d = pref();
    for o in &d.offerings {
        let s = o.source.as_ref().expect("source");
        assert!(!s.section.contains('；'), "{}: {}", o.id, s.section);
    }
    let cases = [
        (
            "ojt-trainer-supporter",
            "研修 その他 職場研修",
            0,
            "Ⅳ 取組内容 ５ 職場研修（ＯＪＴ）の推進 ②サポーターの活用",
        ),
        (
            "chonai-fukugyo",
            "事務職採用職員のキャリアパス（例） 庁内公募",
            1,
            "Ⅳ 取組内容 １ キャリア形成支援の充実 ④副業の推進",
        ),
        (
            "haken-kenshu",
            "研修 その他 派遣研修等",
            0,
            "Ⅳ 取組内容 ２ 効果的な職場外研修（Off-JT）の実施 ④派遣研修・人事交流の実施",
        ),
        (
            "jinji-koryu",
            "研修 その他 派遣研修等",
            0,
            "Ⅳ 取組内容 ２ 効果的な職場外研修（Off-JT）の実施 ④派遣研修・人事交流の実施",
        ),
    ];
    for (id, item_section_end, line, line_section) in cases {
        let o = offering(&d, id);
        assert!(
            o.source
                .as_ref()
                .unwrap()
                .section
                .ends_with(item_section_end),
            "{id}"
        );
        assert_eq!(
            o.description[line]
                .source
                .as_ref()
                .map(|s| s.section.as_str()),
            Some(line_section),
            "{id}"
        );
    }
}

#[test]
fn the_renkei_box_of_the_suishin_taisei_chart_says_its_link_is_the_apps_reading() {
    // The chart's boxes used to be glued into composed lines
    // (「…本部／…本部（連携）」, 「各所属 ※…」); each printed line is now its own.
    let d = pref();
    let m = d
        .measures
        .iter()
        .find(|m| m.id == "suishin-zenchoteki")
        .expect("全庁的な推進体制");
    let chart: Vec<&str> = m.items[3..].iter().map(|t| t.as_str()).collect();
    assert_eq!(
        chart,
        [
            "青森県職員育成・確保推進会議（会長:総務部長）",
            "※取組状況の把握、定期的な効果検証、取組及び方針の見直し",
            "各所属",
            "※日々のマネジメントを通した職員育成、取組状況の把握",
            "青森県DX推進本部",
            "青森県行財政改革推進本部",
            "連携",
        ]
    );
    for t in &m.items[..9] {
        assert!(t.is_plain(), "printed: {}", t.as_str());
    }
    let t = &m.items[9];
    assert!(t.is_app(), "which boxes 連携 joins is the app's reading");
    assert!(t.note.as_deref().is_some_and(
        |n| n.contains("アプリには読み取れませんでした") && n.contains("アプリの読み")
    ));
}

/// The measure's item lines, as strings.
fn items<'a>(d: &'a BodyData, id: &str) -> Vec<&'a str> {
    d.measures
        .iter()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("measure {id}"))
        .items
        .iter()
        .map(|t| t.as_str())
        .collect()
}

#[test]
fn measure_items_keep_printed_headings_on_their_own_lines_with_nothing_glued_to_them() {
    // The app used to write 「①見出し：本文」, 「…（NEW）：…」, 「…とは？　…」 and
    // 「意欲を引き出す「職員育成」：１ …／２ …」: composed lines shown as printed.
    let d = pref();
    for m in &d.measures {
        for t in &m.items {
            let line = t.as_str();
            assert!(!line.contains("（NEW）"), "{}: {line}", m.id);
            assert!(!line.contains("とは？　"), "{}: {line}", m.id);
            assert!(!line.contains('／'), "{}: {line}", m.id);
            let numbered = line.starts_with(['①', '②', '③', '④', '⑤']);
            assert!(!(numbered && line.contains('：')), "{}: {line}", m.id);
        }
    }
    assert_eq!(
        items(&d, "torikumi-hoko"),
        [
            "意欲を引き出す「職員育成」",
            "１ キャリア形成支援の充実",
            "２ 効果的な職場外研修（Off-JT）の実施",
            "３ 人事評価制度の見直し",
            "４ 職場内マネジメントの推進",
            "成長し支え合う「職場環境」",
            "５ 職場研修（OJT）の推進",
            "６ ウェルビーイングの推進",
            "７ 学びの時間の充実",
            "多様で有為な「職員確保」",
            "８ 職員確保対策の充実",
            "９ 採用試験の見直し",
            "10 専門人財の確保",
        ]
    );
    assert_eq!(
        items(&d, "torikumi-03"),
        [
            "①６つの価値観・行動を踏まえた能力評価",
            "めざす職員像の実現に向けて、６つの価値観・行動を能力評価項目と関連付け、職員の職務行動を評価するとともに、必要に応じて能力評価基準を見直します。",
            "②面談等の充実",
            "NEW",
            "業績評価の目標設定で業務の意味や価値及び重要性を理解させるほか、評価結果のフィードバックで職員の成長や能力開発を促すとともに、職員のやりがいの向上等につなげます。併せて、評価者を対象としたフィードバック方法の研修を充実します。",
        ]
    );
    let t3 = &d
        .measures
        .iter()
        .find(|m| m.id == "torikumi-03")
        .unwrap()
        .items;
    assert!(t3.iter().all(|t| t.is_plain()), "NEW follows ② in the text");
    // Where the page prints its NEW after the last item, attaching it is the app's reading.
    for (id, heading) in [
        ("torikumi-04", "②マネジメントのフォローアップ"),
        ("torikumi-05", "③高齢期職員の知識・経験の継承"),
    ] {
        let m = d.measures.iter().find(|m| m.id == id).expect(id);
        let at = m
            .items
            .iter()
            .position(|t| t.as_str() == heading)
            .unwrap_or_else(|| panic!("{id}: {heading}"));
        let new = &m.items[at + 1];
        assert_eq!(new.as_str(), "NEW", "{id}");
        assert!(new.is_app(), "{id}");
        assert!(
            new.note
                .as_deref()
                .is_some_and(|n| n.contains("アプリの読み")),
            "{id}"
        );
    }
    let s = offering(&d, "management-followup")
        .status
        .as_ref()
        .expect("NEW");
    assert_eq!((s.as_str(), s.is_app()), ("NEW", true));
    let t7 = items(&d, "torikumi-07");
    for pair in [
        ["②新たな「学びの時間」の創設", "NEW"],
        ["リスキリングとは？", "新しい仕事のやり方や新しい職務に移行するための知識・技能の習得のこと。"],
        ["スキルアップとは？", "現在求められている役割の中で必要な知識・技能を向上させること。"],
        ["＜Column＞", "ある調査（2022年）によると、読書を含む学びの習慣のない労働者は、世界平均で18.0％なのに対し、日本は52.6％と、圧倒的に学びの習慣のなさが示されました。新たな時代では、これまで通りに仕事をこなすのではなく、職員一人ひとりが変化に柔軟に対応し、未来を切り拓くために必要な知識やスキルを積極的に学んでいく必要があり、学びの習慣付けが求められます。"],
    ] {
        assert!(t7.windows(2).any(|w| w == pair), "{pair:?}");
    }
}

#[test]
fn the_subjects_of_the_managers_roles_stand_on_their_own_lines_as_printed() {
    // 「所属長は、」 and 「本庁グループマネージャー、出先機関の課長等は、」 used to be
    // written before each of their bullets.
    let d = pref();
    assert_eq!(
        items(&d, "suishin-kanri-kantokusha"),
        [
            "所属長は、",
            "本方針について理解を深め、日々のコミュニケーションを通じて、職場における本方針の定着を図ります。",
            "職員がやりがいを実感できる風通しのよい職場環境づくりに率先して取り組みます。",
            "日々の業務や面談等を通じて職員の適性・意欲等を把握し、研修機会の付与等により職員のキャリア形成を支援します。",
            "本庁グループマネージャー、出先機関の課長等は、",
            "所属長を補佐し、職員育成の第一義的な責任者として、日々のマネジメントを通した職員育成に取り組みます。",
            "決裁・相談・報告等を職員の能力開発の機会と捉え、コミュニケーションを密にしながら指導・助言し、職員の能力を高めます。",
            "日々の業務や面談等を通じて職員の資質・能力を把握し、研修機会の活用等により職員の能力開発を積極的に支援します。",
        ]
    );
}

#[test]
fn the_document_has_no_numeric_targets_and_the_data_says_so() {
    let d = pref();
    assert!(d.kpi_tables.is_empty());
    assert!(d.missing.iter().any(|m| m.part == Part::Kpi));
}
