//! The real data under `data/bodies/`: all five bodies load and validate,
//! the published matrices match the documents cell by cell (transcribed
//! here independently of the data files), survey groups agree with their
//! items, and bodies that lack a part say so.
#![cfg(not(target_arch = "wasm32"))]

use michishirube::core::index::build_index;
use michishirube::core::load::load_dir;
use michishirube::core::model::{BodyData, Part, Requirement};
use std::path::Path;

fn bodies() -> Vec<BodyData> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies");
    match load_dir(&dir) {
        Ok(b) => b.into_iter().map(|(_, d)| d).collect(),
        Err(errors) => panic!(
            "data/ must validate:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

fn body(id: &str) -> BodyData {
    bodies()
        .into_iter()
        .find(|b| b.body.id == id)
        .unwrap_or_else(|| panic!("body {id} present"))
}

/// Checks a matrix against a transcription: printed headings, then per row
/// the printed label and the marks as one string.
fn assert_matrix(d: &BodyData, headings: &[&str], rows: &[(&str, &str)]) {
    let m = d.matrix.as_ref().expect("matrix present");
    let printed: Vec<String> = m
        .columns
        .iter()
        .enumerate()
        .map(|(i, id)| {
            m.column_labels.get(i).cloned().unwrap_or_else(|| {
                let a = d
                    .abilities
                    .iter()
                    .find(|a| &a.id == id)
                    .expect("column ability");
                a.name.ja.clone()
            })
        })
        .collect();
    assert_eq!(printed, headings, "{}: column headings", d.body.id);
    assert_eq!(m.rows.len(), rows.len(), "{}: row count", d.body.id);
    for (row, (label, marks)) in m.rows.iter().zip(rows) {
        assert_eq!(row.label, *label, "{}: row label", d.body.id);
        assert_eq!(
            row.marks.concat(),
            *marks,
            "{}: marks of {}",
            d.body.id,
            label
        );
    }
}

#[test]
fn the_five_bodies_of_the_seed_documents_are_present() {
    let mut ids: Vec<String> = bodies().iter().map(|b| b.body.id.to_string()).collect();
    ids.sort();
    assert_eq!(
        ids,
        [
            "aizuwakamatsu",
            "aomori-city",
            "aomori-pref",
            "hamamatsu",
            "koriyama"
        ]
    );
}

#[test]
fn aomori_city_matrix_matches_the_document_cell_by_cell() {
    let d = body("aomori-city");
    assert_matrix(
        &d,
        &[
            "知識・技術・識見",
            "理解力",
            "判断力",
            "企画力",
            "応対力・折衝力",
            "マネジメント能力",
            "リーダーシップ力",
            "迅速性",
            "正確性",
            "改善度",
            "責任感",
            "積極性",
            "協調性",
            "倫理観",
        ],
        &[
            ("部長級 (部長・理事等)", "○○○○○○○○○○○○○○"),
            ("次長級 (次長・参事等)", "○○○○○○○○○○○○○○"),
            ("課長級 (課長・副参事等)", "○○○○○○○○○○○○○○"),
            ("主幹級 主査級", "○○○○○○○○○○○○○○"),
            ("主事級", "○○○○○--○○○○○○○"),
            ("技能労務", "○○○-○--○○○○○○○"),
            ("再任用職員 (※3)", "○○○○○○○○○○○○○○"),
            ("会計年度任用職員", "○○○-○--○○○○○○○"),
        ],
    );
    let m = d.matrix.as_ref().expect("matrix");
    let markers: Vec<&str> = m.footnotes.iter().map(|f| f.marker.as_str()).collect();
    // "※職位によってレベルは異なります。" is printed before the table and
    // covers every row; ※1–※4 are the table's own notes.
    assert_eq!(markers, ["※", "※1", "※2", "※3", "※4"]);
    assert_eq!(m.footnotes[0].rows.len(), m.rows.len());
    let reads: Vec<Option<&str>> = m.footnotes.iter().map(|f| f.reads_as.as_deref()).collect();
    assert_eq!(
        reads,
        [
            None,
            Some("知識・技能"),
            Some("応対力"),
            None,
            Some("創意工夫")
        ]
    );
    let groups: Vec<&str> = d
        .ability_groups
        .iter()
        .map(|g| g.name.ja.as_str())
        .collect();
    assert_eq!(
        groups,
        ["業務遂行能力", "業務遂行の度合い", "意欲・態度", "倫理観"]
    );
}

#[test]
fn koriyama_matrix_matches_the_document_cell_by_cell() {
    let d = body("koriyama");
    assert_matrix(
        &d,
        &[
            "① 倫理",
            "② 説明・調整",
            "③ 業務運営・判断",
            "④ 組織統率・人材育成",
            "⑤ 業務遂行",
            "⑥ 知識・技術・安全管理",
            "⑦ コミュニケーション",
        ],
        &[
            ("部長 次長", "◎◎◎◎○○○"),
            ("課長 課長補佐 保育所長", "◎◎◎◎◎○○"),
            ("係長 保育所副所長 主任", "◎◎-◎◎◎◎"),
            ("主査、技査 主事、技師", "◎---◎◎◎"),
            ("保育士", "◎---◎◎◎"),
            ("技能労務職", "◎---◎◎◎"),
        ],
    );
    let legend: Vec<(&str, Requirement)> = d
        .matrix
        .as_ref()
        .expect("matrix")
        .legend
        .iter()
        .map(|l| (l.symbol.as_str(), l.requirement))
        .collect();
    assert_eq!(
        legend,
        [
            ("◎", Requirement::Acquire),
            ("○", Requirement::Established),
            ("-", Requirement::Future)
        ]
    );
    assert_eq!(d.abilities.len(), 7, "the 7 基本能力");
    assert!(d
        .abilities
        .iter()
        .all(|a| !a.description.is_empty() && !a.keywords.is_empty()));
}

#[test]
fn hamamatsu_rates_can_do_statements_for_every_grade_instead_of_a_matrix() {
    let d = body("hamamatsu");
    assert!(d.matrix.is_none());
    assert!(d.missing.iter().any(|m| m.part == Part::Matrix));
    assert!(
        d.grades.iter().all(|g| !g.can_do.is_empty()),
        "every 職位 has can-do statements"
    );
    let first_years: Vec<u32> = d
        .offerings
        .iter()
        .filter_map(|o| o.targets.years.map(|y| y.from))
        .collect();
    for y in 1..=5 {
        assert!(
            first_years.contains(&y),
            "a 集中育成期間 course for year {y}"
        );
    }
}

#[test]
fn bodies_without_a_matrix_say_so_rather_than_invent_one() {
    for id in ["aomori-pref", "aizuwakamatsu", "hamamatsu"] {
        let d = body(id);
        assert!(d.matrix.is_none(), "{id} has no published matrix");
        assert!(
            d.missing.iter().any(|m| m.part == Part::Matrix),
            "{id} states that the matrix is missing"
        );
    }
    let aizu = body("aizuwakamatsu");
    assert!(
        aizu.grades.is_empty(),
        "会津若松市's plan names no grades; none are invented"
    );
    assert!(!aizu.plan_tables.is_empty() && !aizu.offerings.is_empty());
    let pref = body("aomori-pref");
    assert!(
        pref.abilities.is_empty(),
        "青森県 names roles, not abilities"
    );
    assert!(pref.grades.iter().any(|g| !g.roles.is_empty()));
}

#[test]
fn survey_group_averages_agree_with_the_means_of_their_items() {
    let mut checked: Vec<String> = Vec::new();
    for d in bodies() {
        for s in &d.surveys {
            for g in &s.groups {
                let (Some(avg), members) = (
                    g.average,
                    s.items
                        .iter()
                        .filter(|i| i.group.as_ref() == Some(&g.id))
                        .map(|i| i.average)
                        .collect::<Vec<f64>>(),
                ) else {
                    continue;
                };
                // Only groups whose items are all listed can be checked.
                if members.is_empty()
                    || g.question_count
                        .is_some_and(|n| n as usize != members.len())
                {
                    continue;
                }
                let mean = members.iter().sum::<f64>() / members.len() as f64;
                assert!(
                    (mean - avg).abs() <= 0.051,
                    "{} {}: printed {avg}, mean of its {} items {mean:.3}",
                    d.body.id,
                    g.name,
                    members.len()
                );
                checked.push(format!("{} {}", d.body.id, g.id));
            }
        }
    }
    // Not vacuous: every group whose items are all listed was checked (青森市's
    // 4 of its 5 groups and 郡山市's 9 subgroups; the rest list no items).
    assert_eq!(checked.len(), 13, "{checked:?}");
    assert!(checked.contains(&"aomori-city kizoku-shinrai".to_owned()));
    assert!(checked.contains(&"koriyama mitomeau-seishin".to_owned()));
}

#[test]
fn published_survey_figures_are_present() {
    let city = body("aomori-city");
    let s = &city.surveys[0];
    assert_eq!(
        (s.scale.min, s.scale.max, s.items.len(), s.overall),
        (1, 5, 13, Some(3.25))
    );
    let kori = body("koriyama");
    let s = &kori.surveys[0];
    assert_eq!(
        (s.scale.min, s.scale.max, s.overall, s.overall_target),
        (1, 6, Some(4.06), Some(4.17))
    );
    assert_eq!(s.items.len(), 45);
}

#[test]
fn every_body_with_grades_has_an_entry_grade_and_a_next_grade_from_it() {
    for d in bodies() {
        if d.grades.is_empty() {
            continue;
        }
        let entry = d.grades.iter().find(|g| g.entry).expect("an entry grade");
        let track = d
            .tracks
            .iter()
            .find(|t| t.ladder.first() == Some(&entry.id))
            .unwrap_or_else(|| panic!("{}: a track starts at the entry grade", d.body.id));
        assert!(
            track.ladder.len() > 1,
            "{}: the entry track has a next grade",
            d.body.id
        );
    }
}

#[test]
fn the_start_up_index_is_small_and_lists_every_body() {
    let all = bodies();
    let ix = build_index(&all);
    assert_eq!(ix.bodies.len(), all.len());
    let json = serde_json::to_string(&ix).expect("index serialises");
    assert!(
        json.len() < 600 * all.len(),
        "index entry stays small: {} bytes",
        json.len()
    );
}

#[test]
fn every_link_the_document_does_not_make_is_marked() {
    // Offerings with training links: at least one body has both kinds,
    // and the app-reading ones are the majority, as the documents rarely say.
    let all = bodies();
    let links: Vec<_> = all
        .iter()
        .flat_map(|d| d.offerings.iter().flat_map(|o| &o.trains))
        .collect();
    assert!(!links.is_empty());
    assert!(
        links
            .iter()
            .filter(|l| l.basis == michishirube::core::model::Basis::App)
            .count()
            * 2
            > links.len()
    );
}

#[test]
fn kind_other_is_the_apps_classification_in_every_body() {
    // No document files an offering under 「その他」: `other` is where the app
    // puts what fits none of its kinds, so it is always the app's reading.
    // (会津若松市 and 浜松市 said so, 郡山市, 青森市 and 青森県 did not.)
    use michishirube::core::model::{Basis, OfferingKind};
    let mut seen = 0;
    for d in bodies() {
        for o in d.offerings.iter().filter(|o| o.kind == OfferingKind::Other) {
            assert_eq!(o.kind_basis, Basis::App, "{}: {}", d.body.id, o.id);
            seen += 1;
        }
    }
    assert!(seen >= 20, "{seen} offerings of kind other");
}

/// Every string value of a TOML document, with where it sits.
fn strings(v: &toml::Value, at: &str, out: &mut Vec<(String, String)>) {
    match v {
        toml::Value::String(s) => out.push((at.to_string(), s.clone())),
        toml::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                strings(x, &format!("{at}[{i}]"), out);
            }
        }
        toml::Value::Table(t) => {
            for (k, x) in t {
                strings(x, &format!("{at}.{k}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn no_text_a_person_reads_speaks_of_how_the_pdfs_were_read() {
    // 「抽出テキスト」「テキスト化」 are about how the project read the PDFs; a
    // person reads what the document does not show, or what the app has not
    // confirmed. Every string value counts (comments do not: nobody sees them).
    let words = [
        "抽出テキスト",
        "テキスト化",
        "テキストの抽出",
        "本文テキスト",
        "のテキスト",
        "テキストでは",
        "テキストに",
        "抽出され",
        "抽出で",
        "PDF",
    ];
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/bodies");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("data/bodies")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 5);
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).expect("readable");
        let v: toml::Value = toml::from_str(&text).expect("TOML");
        let mut all = Vec::new();
        strings(&v, "", &mut all);
        assert!(all.len() > 100, "{}", f.display());
        for (at, s) in all {
            for w in words.iter().filter(|w| s.contains(**w)) {
                found.push(format!("{}{at}: 「{w}」: {s}", f.display()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn with_1800_bodies_the_start_up_index_lists_prefectures_not_bodies() {
    use michishirube::core::index::{prefecture_indexes, PREFECTURES};
    let template = body("koriyama");
    let many: Vec<BodyData> = (0..1800)
        .map(|i| {
            let mut b = template.clone();
            b.body.id =
                michishirube::core::id::Id::parse(&format!("synthetic-{i:04}")).expect("id");
            b.body.name.ja = format!("見本{i}市");
            b.body.prefecture = PREFECTURES[i % 47].to_owned();
            b
        })
        .collect();
    let ix = build_index(&many);
    assert!(ix.bodies.is_empty(), "no body listed up front");
    assert_eq!(ix.prefectures.len(), 47);
    let size = serde_json::to_string(&ix).expect("json").len();
    assert!(size < 8 * 1024, "start-up index is {size} bytes");
    let per = prefecture_indexes(&many);
    assert_eq!(per.iter().map(|p| p.bodies.len()).sum::<usize>(), 1800);
    assert_eq!(per[1].prefecture.code, "02");
}

#[test]
fn with_1800_bodies_a_body_not_listed_up_front_is_still_found_at_its_fixed_path() {
    use michishirube::core::index::{body_path, PREFECTURES};
    let template = body("koriyama");
    let many: Vec<BodyData> = (0..1800)
        .map(|i| {
            let mut b = template.clone();
            b.body.id =
                michishirube::core::id::Id::parse(&format!("synthetic-{i:04}")).expect("id");
            b.body.prefecture = PREFECTURES[i % 47].to_owned();
            b
        })
        .collect();
    let big = build_index(&many);
    let id = |s: &str| michishirube::core::id::Id::parse(s).expect("id");
    // The one lookup the app uses for a view and for an import alike.
    assert_eq!(
        big.body_file(&id("synthetic-1234")),
        Some(body_path(&id("synthetic-1234")))
    );
    assert_eq!(
        big.body_file(&id("koriyama")).as_deref(),
        Some("data/bodies/koriyama.json")
    );
    // A short index lists its bodies, and knows a body it does not list is not there.
    let small = build_index(bodies().iter());
    assert_eq!(
        small.body_file(&id("hamamatsu")).as_deref(),
        Some("data/bodies/hamamatsu.json")
    );
    assert_eq!(small.body_file(&id("synthetic-1234")), None);
}

#[test]
fn the_five_bodies_keep_the_fingerprints_they_had_before_abilities_were_worded_per_grade() {
    // Computed on main at 0782358, before version_tag read Grade.abilities:
    // a stored assessment of a shipped body must not look rated against
    // another version of it.
    let before = [
        ("aizuwakamatsu", "#cbf29ce484222325"),
        ("aomori-city", "#9fb0e15932ca9657"),
        ("aomori-pref", "#75f8470d0ae34916"),
        ("hamamatsu", "#98ebe52e5791d776"),
        ("koriyama", "#76346e28799c96a4"),
    ];
    for (id, tag) in before {
        assert_eq!(body(id).version_tag(), tag, "{id}");
    }
}

#[test]
fn which_abilities_a_grade_words_moves_the_fingerprint_and_their_words_do_not() {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/standard-town.toml");
    let d = michishirube::core::load::load_file(&p).expect("standard-town");
    let tag = d.version_tag();
    let mut reworded = d.clone();
    reworded.grades[0].abilities[0].statements[0].text = "言い直した文。".into();
    assert_eq!(reworded.version_tag(), tag);
    let mut fewer = d.clone();
    fewer.grades[1].abilities.pop();
    assert_ne!(fewer.version_tag(), tag);
    let mut moved = d;
    let w = moved.grades[1].abilities.remove(0);
    moved.grades[0].abilities.push(w);
    assert_ne!(moved.version_tag(), tag);
}
