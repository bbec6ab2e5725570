//! Self-assessment on the real data of all five bodies: next-grade
//! proposals, the items to rate, what the next grade newly asks, the gap
//! math and the priority order.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::assess::{
    analyse, next_choices, propose_next, rate_items, summary, Asking, Assessment, Change,
    ChoiceReason, ItemKind, PerGradeWhy, Position, Selection, Side,
};
use michishirube::core::id::Id;
use michishirube::core::lang::Lang;
use michishirube::core::load::load_file;
use michishirube::core::model::BodyData;
use michishirube::core::scale::{Level, Rating};
use std::path::Path;

fn body(id: &str) -> BodyData {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/bodies/{id}.toml"));
    load_file(&p).unwrap_or_else(|e| panic!("{id}: {e:?}"))
}

fn id(s: &str) -> Id {
    Id::parse(s).expect("test id")
}

fn grade(s: &str) -> Position {
    Position::Grade(id(s))
}

fn changes(d: &BodyData, cur: &str, next: &str) -> Vec<(String, Change)> {
    rate_items(d, Some(&id(cur)), Some(&id(next)))
        .into_iter()
        .map(|i| (i.id.to_string(), i.change))
        .collect()
}

fn newly(d: &BodyData, cur: &str, next: &str) -> Vec<String> {
    changes(d, cur, next)
        .into_iter()
        .filter(|(_, c)| matches!(c, Change::NewlyRequired | Change::Raised))
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn the_next_grade_is_the_following_step_of_each_bodys_ladder() {
    let cases = [
        ("aomori-city", "gyoseishoku", "shuji", Some("shukan-shusa")),
        ("aomori-city", "gyoseishoku", "jicho", Some("bucho")),
        ("aomori-pref", "jimu", "shuji", Some("shusa")),
        ("koriyama", "jimu-gijutsu", "kakaricho", Some("kacho")),
        ("koriyama", "hoikushi", "hoikushi", Some("kakaricho")),
        ("hamamatsu", "ippan", "2kyu", Some("shunin")),
        ("hamamatsu", "ippan", "bucho", None),
    ];
    for (b, t, cur, want) in cases {
        let d = body(b);
        assert_eq!(
            propose_next(&d, &id(t), &grade(cur))
                .map(|g| g.to_string())
                .as_deref(),
            want,
            "{b} {t} {cur}"
        );
    }
}

#[test]
fn pre_entry_proposes_the_tracks_first_grade() {
    let d = body("hamamatsu");
    assert_eq!(
        propose_next(&d, &id("ippan"), &Position::PreEntry),
        Some(id("1kyu"))
    );
    let d = body("aomori-city");
    assert_eq!(
        propose_next(&d, &id("gyoseishoku"), &Position::PreEntry),
        Some(id("shuji"))
    );
}

#[test]
fn a_grade_off_the_main_ladder_follows_its_branch() {
    let d = body("hamamatsu");
    assert_eq!(
        propose_next(&d, &id("ippan"), &grade("staff-a")),
        Some(id("staff-b"))
    );
}

#[test]
fn branches_and_other_tracks_are_offered_as_alternatives() {
    let d = body("hamamatsu");
    let choices = next_choices(&d, &id("ippan"), &grade("shunin"));
    assert_eq!(choices[0], (id("group-cho"), ChoiceReason::Ladder));
    assert!(
        choices.contains(&(id("staff-a"), ChoiceReason::Branch)),
        "スタッフ職 branch offered"
    );
    let k = body("koriyama");
    let choices = next_choices(&k, &id("jimu-gijutsu"), &grade("kakaricho"));
    assert!(
        choices
            .iter()
            .any(|(g, r)| g == "dx-suishin" && matches!(r, ChoiceReason::OtherTrack(_))),
        "the DX track is offered: {choices:?}"
    );
    assert!(
        !choices.iter().any(|(g, _)| g == "kakaricho"),
        "the current grade is not its own next grade"
    );
}

#[test]
fn aomori_city_management_and_leadership_become_required_from_shuji_to_shukan() {
    let d = body("aomori-city");
    assert_eq!(
        newly(&d, "shuji", "shukan-shusa"),
        ["management-noryoku", "leadership-ryoku"]
    );
    // Every one of the 14 abilities is rated, since 主幹級・主査級 requires all.
    assert_eq!(changes(&d, "shuji", "shukan-shusa").len(), 14);
}

#[test]
fn aomori_city_footnote_renames_the_knowledge_column_for_skilled_labour() {
    let d = body("aomori-city");
    let items = rate_items(&d, Some(&id("ginou-romu")), None);
    let knowledge = items
        .iter()
        .find(|i| i.id == "chishiki-gijutsu-shikiken")
        .expect("知識 column");
    let e = knowledge.current.as_ref().expect("expectation");
    assert_eq!(e.reads_as.as_deref(), Some("知識・技能"));
    assert!(
        !items.iter().any(|i| i.id == "management-noryoku"),
        "not required of 技能労務"
    );
}

#[test]
fn koriyama_kakaricho_to_kacho_raises_gyomu_unei_handan() {
    let d = body("koriyama");
    assert_eq!(newly(&d, "kakaricho", "kacho"), ["gyomu-unei-handan"]);
    let item = rate_items(&d, Some(&id("kakaricho")), Some(&id("kacho")))
        .into_iter()
        .find(|i| i.id == "gyomu-unei-handan")
        .expect("item");
    assert_eq!(
        item.change,
        Change::Raised,
        "from - (将来的に望まれる) to ◎"
    );
    assert_eq!(
        item.next.as_ref().and_then(|e| e.mark.as_deref()),
        Some("◎")
    );
}

#[test]
fn koriyama_shusa_to_kakaricho_raises_explanation_and_leadership() {
    let d = body("koriyama");
    assert_eq!(
        newly(&d, "shusa-shuji", "kakaricho"),
        ["setsumei-chosei", "soshiki-toshotsu"]
    );
}

#[test]
fn hamamatsu_rates_the_can_do_statements_of_both_grades() {
    let d = body("hamamatsu");
    let items = rate_items(&d, Some(&id("2kyu")), Some(&id("shunin")));
    assert!(items.iter().all(|i| i.kind == ItemKind::CanDo));
    let cur = items.iter().filter(|i| i.current.is_some()).count();
    let next = items.iter().filter(|i| i.next.is_some()).count();
    let g = |gid: &str| {
        d.grades
            .iter()
            .find(|g| g.id == gid)
            .map_or(0, |g| g.can_do.len())
    };
    assert_eq!((cur, next), (g("2kyu"), g("shunin")));
    assert!(items
        .iter()
        .filter(|i| i.next.is_some())
        .all(|i| i.change == Change::NewlyRequired));
}

#[test]
fn bodies_without_marks_or_can_do_statements_have_nothing_to_rate() {
    let d = body("aomori-pref");
    assert!(rate_items(&d, Some(&id("shuji")), Some(&id("shusa"))).is_empty());
    let d = body("aizuwakamatsu");
    assert!(d.tracks.is_empty(), "no grades to choose: the app says so");
}

fn assessment(body: &str, track: &str, cur: &str, next: &str) -> Assessment {
    Assessment::new(Selection {
        body: id(body),
        track: id(track),
        current: grade(cur),
        next: Some(id(next)),
        entry_year: None,
        grade_year: None,
        data_version: None,
    })
}

fn rate(a: &mut Assessment, side: Side, item: &str, r: Rating) {
    a.side_mut(side).entry(id(item)).or_default().rating = Some(r);
}

#[test]
fn gaps_are_target_minus_rating_and_not_applicable_counts_as_no_gap() {
    let d = body("koriyama");
    let items = rate_items(&d, Some(&id("kakaricho")), Some(&id("kacho")));
    let mut a = assessment("koriyama", "jimu-gijutsu", "kakaricho", "kacho");
    rate(
        &mut a,
        Side::Next,
        "gyomu-unei-handan",
        Rating::Level(Level::NotYet),
    );
    rate(
        &mut a,
        Side::Current,
        "rinri",
        Rating::Level(Level::CanTeach),
    );
    rate(
        &mut a,
        Side::Current,
        "communication",
        Rating::NotApplicable,
    );
    let an = analyse(&items, &a);
    let row = |i: &str| an.rows.iter().find(|r| r.item.id == i).expect("row");
    assert_eq!(row("gyomu-unei-handan").next.gap(), Some(2));
    assert_eq!(
        row("gyomu-unei-handan").current.gap(),
        None,
        "- sets no target at 係長"
    );
    // ①倫理 is asked once (◎ at both grades): the one rating is compared
    // with each grade's target.
    assert_eq!(row("rinri").current.gap(), Some(-1));
    assert_eq!(row("rinri").next.gap(), Some(-1));
    assert_eq!(row("communication").current.gap(), None);
    assert_eq!(
        an.priorities,
        [an.rows
            .iter()
            .position(|r| r.item.id == "gyomu-unei-handan")
            .expect("idx")]
    );
    assert_eq!(
        an.strengths,
        [an.rows
            .iter()
            .position(|r| r.item.id == "rinri")
            .expect("idx")]
    );
}

#[test]
fn priorities_are_the_biggest_gaps_first_then_what_the_next_grade_newly_asks_at_most_five() {
    let d = body("aomori-city");
    let items = rate_items(&d, Some(&id("shuji")), Some(&id("shukan-shusa")));
    let mut a = assessment("aomori-city", "gyoseishoku", "shuji", "shukan-shusa");
    for it in &items {
        for side in Side::BOTH {
            if it.expectation(side).is_some() {
                rate(&mut a, side, it.id.as_str(), Rating::Level(Level::Partly));
            }
        }
    }
    rate(
        &mut a,
        Side::Next,
        "kikakuryoku",
        Rating::Level(Level::NotYet),
    );
    let an = analyse(&items, &a);
    let ids: Vec<&str> = an
        .priorities
        .iter()
        .map(|i| an.rows[*i].item.id.as_str())
        .collect();
    assert_eq!(ids.len(), 5);
    assert_eq!(ids[0], "kikakuryoku", "the only two-step gap comes first");
    assert_eq!(
        &ids[1..3],
        ["management-noryoku", "leadership-ryoku"],
        "then what is newly required"
    );
    assert_eq!(an.unrated, 0);
    // Deterministic: the same input gives the same order.
    assert_eq!(analyse(&items, &a).priorities, an.priorities);
}

#[test]
fn the_summary_speaks_plain_japanese_naming_the_grade_and_the_steps() {
    let d = body("aomori-city");
    let items = rate_items(&d, Some(&id("shuji")), Some(&id("shukan-shusa")));
    let mut a = assessment("aomori-city", "gyoseishoku", "shuji", "shukan-shusa");
    rate(
        &mut a,
        Side::Next,
        "management-noryoku",
        Rating::Level(Level::NotYet),
    );
    let an = analyse(&items, &a);
    let text = summary(&an, "主事級職員", Some("主幹級・主査級職員"), Lang::Ja).join("\n");
    assert!(text.contains("まだ評価していない項目が"), "{text}");
    assert!(
        text.contains("「マネジメント能力」は主幹級・主査級職員で新たに求められます。"),
        "{text}"
    );
    assert!(text.contains("目標の「できる」まで 2 段階です"), "{text}");
}

#[test]
fn an_assessment_round_trips_through_json() {
    let mut a = assessment("koriyama", "jimu-gijutsu", "kakaricho", "kacho");
    rate(&mut a, Side::Next, "rinri", Rating::NotApplicable);
    a.side_mut(Side::Current)
        .entry(id("rinri"))
        .or_default()
        .note = "窓口での対応 <b>".into();
    let json = serde_json::to_string(&a).expect("serialise");
    let back: Assessment = serde_json::from_str(&json).expect("parse");
    assert_eq!(back, a);
}

fn questions(d: &BodyData, cur: &str, next: &str) -> usize {
    rate_items(d, Some(&id(cur)), Some(&id(next)))
        .iter()
        .map(|i| i.questions().len())
        .sum()
}

#[test]
fn koriyama_asks_an_ability_both_grades_mark_once_whether_to_acquire_or_already_held() {
    // ◎ (身に付けるべき) and ○ (既に身に付けている) say when the ability
    // should be there, not that it is another ability: one question each.
    let d = body("koriyama");
    let items = rate_items(&d, Some(&id("kakaricho")), Some(&id("kacho")));
    for it in &items {
        let both = it.rated_sides().len() == 2;
        assert_eq!(it.asking == Asking::Once, both, "{}", it.id);
        assert_eq!(it.questions().len(), 1, "{}", it.id);
    }
    assert_eq!(questions(&d, "kakaricho", "kacho"), items.len());
    let rinri = items.iter().find(|i| i.id == "rinri").expect("rinri");
    assert_eq!(rinri.questions(), [vec![Side::Current, Side::Next]]);
    assert!(
        !rinri.keywords.is_empty(),
        "the keywords travel with the item"
    );
}

#[test]
fn aomori_city_asks_per_grade_because_the_document_says_the_level_differs() {
    // 「※職位によってレベルは異なります。」 is printed over every row: the
    // 12 abilities both grades mark ○ are asked per grade, the 2 only
    // 主幹級・主査級 asks for once: 26 questions for 14 abilities.
    let d = body("aomori-city");
    let items = rate_items(&d, Some(&id("shuji")), Some(&id("shukan-shusa")));
    assert_eq!(items.len(), 14);
    assert_eq!(questions(&d, "shuji", "shukan-shusa"), 26);
    let handan = items
        .iter()
        .find(|i| i.id == "handanryoku")
        .expect("判断力");
    assert_eq!(
        handan.asking,
        Asking::PerGrade(PerGradeWhy::LevelDiffers(
            "職位によってレベルは異なります。".into()
        ))
    );
    let Asking::PerGrade(why) = &handan.asking else {
        unreachable!("asked per grade, as asserted above")
    };
    assert!(why
        .text(Lang::Ja)
        .contains("「職位によってレベルは異なります。」"));
    assert!(why.text(Lang::En).contains("differs by grade"));
    // What each grade's level means, as far as the documents tell: its role.
    assert_eq!(
        handan.current.as_ref().and_then(|e| e.role.as_deref()),
        Some("実務担当者")
    );
    assert_eq!(
        handan.next.as_ref().and_then(|e| e.role.as_deref()),
        Some("監督職員")
    );
    let mgmt = items
        .iter()
        .find(|i| i.id == "management-noryoku")
        .expect("management");
    assert_eq!(mgmt.asking, Asking::OneSide);
}

#[test]
fn hamamatsu_can_do_statements_are_each_one_question_for_their_own_grade() {
    let d = body("hamamatsu");
    let items = rate_items(&d, Some(&id("2kyu")), Some(&id("shunin")));
    assert!(!items.is_empty());
    assert!(items.iter().all(|i| i.asking == Asking::OneSide));
    assert!(items.iter().all(|i| i.questions().len() == 1));
}

#[test]
fn bodies_with_nothing_to_rate_ask_nothing() {
    assert_eq!(questions(&body("aomori-pref"), "shuji", "shusa"), 0);
}

#[test]
fn a_rating_given_per_grade_before_an_ability_was_asked_once_carries_over() {
    // Stored before: 倫理 rated against 課長 only, 説明・調整 against both
    // grades with two different ratings. Asked once now, the one answer is
    // the current grade's where given, else the next grade's.
    let d = body("koriyama");
    let items = rate_items(&d, Some(&id("kakaricho")), Some(&id("kacho")));
    let mut a = assessment("koriyama", "jimu-gijutsu", "kakaricho", "kacho");
    rate(&mut a, Side::Next, "rinri", Rating::Level(Level::Partly));
    a.side_mut(Side::Next).entry(id("rinri")).or_default().note = "窓口での説明".into();
    let setsumei = items
        .iter()
        .find(|i| i.asking == Asking::Once && i.id != "rinri")
        .expect("another item asked once");
    rate(
        &mut a,
        Side::Current,
        setsumei.id.as_str(),
        Rating::Level(Level::Can),
    );
    rate(
        &mut a,
        Side::Next,
        setsumei.id.as_str(),
        Rating::Level(Level::NotYet),
    );
    let rinri = items.iter().find(|i| i.id == "rinri").expect("rinri");
    assert_eq!(
        a.answer(rinri, Side::Current).rating,
        Some(Rating::Level(Level::Partly))
    );
    assert_eq!(a.answer(rinri, Side::Current).note, "窓口での説明");
    let an = analyse(&items, &a);
    let row = |i: &Id| an.rows.iter().find(|r| &r.item.id == i).expect("row");
    assert_eq!(row(&id("rinri")).current.gap(), Some(1));
    assert_eq!(row(&id("rinri")).next.gap(), Some(1));
    assert_eq!(
        row(&setsumei.id).next.gap(),
        Some(0),
        "the current grade's answer wins"
    );
    let (done, total) = a.progress(&items);
    assert_eq!((done, total), (2, items.len()));
    assert_eq!(an.unrated, items.len() - 2);
    // An old document still loads as it was written.
    let json = serde_json::to_string(&a).expect("json");
    let back: Assessment = serde_json::from_str(&json).expect("loads");
    assert_eq!(back, a);
}

/// The 標準職務遂行能力 fixture (坂東市's 別表, with a 課長 row the test
/// assembled; see the file's header).
fn standard() -> BodyData {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/standard-town.toml");
    load_file(&p).unwrap_or_else(|e| panic!("standard-town: {e:?}"))
}

#[test]
fn a_worded_table_gives_asked_more_new_kept_and_not_asked_between_two_grades() {
    let d = standard();
    let items = rate_items(&d, Some(&id("kacho")), Some(&id("bucho")));
    let by = |i: &str| {
        items
            .iter()
            .find(|x| x.id.as_str() == i)
            .unwrap_or_else(|| panic!("{i} rated"))
    };
    assert_eq!(
        changes(&d, "kacho", "bucho"),
        [
            ("kiki-kanri".to_string(), Change::NewlyRequired),
            ("vision-settei".into(), Change::NewlyRequired),
            ("shigen-katsuyo".into(), Change::NewlyRequired),
            ("ketsudan".into(), Change::NewlyRequired),
            ("rinrikan".into(), Change::AskedMore),
            ("jumin-kyodo".into(), Change::Kept),
            ("sekininkan".into(), Change::Dropped),
        ]
    );
    // Asked more: both wordings, as printed, each grade's own.
    let r = by("rinrikan");
    assert_eq!(r.kind, ItemKind::Ability);
    assert_eq!(r.group.as_deref(), Some("態度"));
    let cur = r.current.as_ref().expect("課長 words it");
    let next = r.next.as_ref().expect("部長 words it");
    assert_eq!(cur.statements.len(), 2);
    assert_eq!(next.statements.len(), 3);
    assert_eq!(
        next.statements[2].text,
        "服務規律を守り、職場全体のより良い風土作りに努めることができる。"
    );
    assert_eq!(next.statements[2].source.section, "別表(第2条関係)");
    assert_eq!(r.asking, Asking::PerGrade(PerGradeWhy::WordedPerGrade));
    assert_eq!(r.questions(), vec![vec![Side::Current], vec![Side::Next]]);
    // New at 部長: only the next side, asked once.
    let k = by("kiki-kanri");
    assert!(k.current.is_none());
    assert_eq!(k.asking, Asking::OneSide);
    assert_eq!(k.questions(), vec![vec![Side::Next]]);
    // The same words at both: one question for both sides.
    assert_eq!(by("jumin-kyodo").asking, Asking::Once);
    assert_eq!(
        by("jumin-kyodo").questions(),
        vec![vec![Side::Current, Side::Next]]
    );
    // Not asked at 部長: only the current side.
    let s = by("sekininkan");
    assert!(s.next.is_none() && s.current.is_some());
    assert_eq!(s.questions(), vec![vec![Side::Current]]);
}

#[test]
fn a_worded_table_counts_progress_per_question_and_names_the_gaps_in_the_summary() {
    let d = standard();
    let items = rate_items(&d, Some(&id("kacho")), Some(&id("bucho")));
    let mut a = Assessment::new(Selection {
        body: id("bando"),
        track: id("ippan"),
        current: grade("kacho"),
        next: Some(id("bucho")),
        entry_year: None,
        grade_year: None,
        data_version: Some(d.version_tag()),
    });
    // 4 new + 2 for 倫理観 + 1 kept + 1 not asked at 部長.
    assert_eq!(a.progress(&items), (0, 8));
    a.side_mut(Side::Current)
        .entry(id("rinrikan"))
        .or_default()
        .rating = Some(Rating::Level(Level::Can));
    assert_eq!(a.progress(&items), (1, 8));
    a.side_mut(Side::Next)
        .entry(id("rinrikan"))
        .or_default()
        .rating = Some(Rating::Level(Level::Partly));
    a.side_mut(Side::Next)
        .entry(id("kiki-kanri"))
        .or_default()
        .rating = Some(Rating::Level(Level::NotYet));
    assert_eq!(a.progress(&items), (3, 8));
    let an = analyse(&items, &a);
    let row = |i: &str| {
        an.rows
            .iter()
            .position(|r| r.item.id.as_str() == i)
            .expect("row")
    };
    assert_eq!(an.rows[row("rinrikan")].current.gap(), Some(0));
    assert_eq!(an.rows[row("rinrikan")].next.gap(), Some(1));
    assert!(an.priorities.contains(&row("rinrikan")));
    assert!(an.priorities.contains(&row("kiki-kanri")));
    assert_eq!(an.unrated, 5);
    let s = summary(&an, "課長", Some("部長"), Lang::Ja);
    assert!(
        s.iter()
            .any(|l| l.starts_with("優先して伸ばす：「危機管理力」は部長で新たに求められます。")),
        "{s:?}"
    );
    assert!(
        s.iter().any(|l| l.starts_with(
            "優先して伸ばす：「倫理観」は部長でも求められ、部長の言葉で書き直されています。"
        )),
        "{s:?}"
    );
    let en = summary(&an, "課長", Some("部長"), Lang::En);
    assert!(
        en.iter().any(|l| l.contains("is asked for at 部長 too")),
        "{en:?}"
    );
}
