//! What a person reads about their share, their file or their stored data
//! is in their language and says what is wrong with it: never a parser's
//! English, never a wire key.
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use michishirube::core::lang::Lang;
use michishirube::core::share::{decode, Found, ShareError, Wrong};
use michishirube::core::store::{parse, place_in_words, StoreError};
use michishirube::core::transfer::read_import;

/// A share of this version around any JSON text.
fn share_of(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    format!("1.{}", URL_SAFE_NO_PAD.encode(packed))
}

const GOOD: &str =
    r#"{"k":"a","d":"2026-12-01","b":"koriyama","t":"gyosei","c":"kakaricho","r":{"handan":3}}"#;

/// Parser words that must never reach a person.
const PARSER_WORDS: [&str; 6] = [
    "invalid type",
    "expected",
    "at line",
    "column",
    "unknown field",
    "missing field",
];

fn says_no_parser_words(msg: &str) {
    for w in PARSER_WORDS {
        assert!(
            !msg.contains(w),
            "parser words \u{201c}{w}\u{201d} in: {msg}"
        );
    }
}

#[test]
fn a_good_share_of_this_form_decodes() {
    assert!(decode(&share_of(GOOD)).is_ok());
}

#[test]
fn a_rating_written_as_text_names_the_item_and_the_field_in_words() {
    let bad = GOOD.replace(r#""handan":3"#, r#""handan":"3""#);
    let e = decode(&share_of(&bad)).expect_err("refused");
    assert_eq!(
        e,
        ShareError::Shape(Wrong::Field {
            key: "r",
            item: Some("handan".into()),
            found: Found::Text,
        })
    );
    let ja = e.message(Lang::Ja);
    assert!(
        ja.contains("「現在の職位に対する評価」の「handan」"),
        "{ja}"
    );
    assert!(ja.contains("0〜4 の数"), "{ja}");
    let en = e.message(Lang::En);
    assert!(en.contains("ratings against the current grade"), "{en}");
    says_no_parser_words(&ja);
    assert!(!en.contains("invalid type") && !en.contains("u8"), "{en}");
}

#[test]
fn a_share_that_is_a_list_says_so_not_that_a_string_was_expected() {
    let e = decode(&share_of(r#"["a", 1, 2]"#)).expect_err("refused");
    assert_eq!(e, ShareError::Shape(Wrong::NotFields(Found::List)));
    let ja = e.message(Lang::Ja);
    assert!(ja.contains("一覧（配列）"), "{ja}");
    assert!(!e.message(Lang::En).contains("expected a string"));
}

#[test]
fn each_kind_of_wrong_share_is_said_in_words_in_both_languages() {
    let cases: Vec<(String, Wrong)> = vec![
        (GOOD.replace(r#""t":"gyosei","#, ""), Wrong::Missing("t")),
        (
            GOOD.replace(r#""k":"a","#, r#""k":"a","zz":1,"#),
            Wrong::Unknown("zz".into()),
        ),
        (
            GOOD.replace(r#""d":"2026-12-01""#, r#""d":"昨日""#),
            Wrong::Field {
                key: "d",
                item: None,
                found: Found::Text,
            },
        ),
        (
            GOOD.replace(r#""handan":3"#, r#""handan":9"#),
            Wrong::Rating(9),
        ),
        (
            GOOD.replace(r#""handan":3"#, r#""Bad Id":3"#),
            Wrong::ItemId {
                key: "r",
                item: "Bad Id".into(),
            },
        ),
        (
            GOOD.replace(r#""k":"a""#, r#""k":"x""#),
            Wrong::Kind("x".into()),
        ),
        (
            GOOD[..GOOD.len() - 1].to_owned(),
            Wrong::Syntax { line: 1, column: 0 },
        ),
    ];
    for (json, want) in cases {
        let e = decode(&share_of(&json)).expect_err(&json);
        match (&e, &want) {
            // Where the reading stopped depends on the text: the kind is the point.
            (ShareError::Shape(Wrong::Syntax { .. }), Wrong::Syntax { .. }) => {}
            _ => assert_eq!(e, ShareError::Shape(want.clone()), "{json}"),
        }
        for lang in [Lang::Ja, Lang::En] {
            let m = e.message(lang);
            says_no_parser_words(&m);
            assert!(
                !m.contains("\u{201c}k\u{201d}") && !m.contains("「t」"),
                "no wire keys: {m}"
            );
        }
        let en = e.message(Lang::En);
        assert!(
            !en.chars().any(|c| ('\u{3000}'..='\u{9fff}').contains(&c)),
            "no Japanese in English: {en}"
        );
    }
}

#[test]
fn an_empty_share_says_it_is_empty() {
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert!(ShareError::Empty.message(Lang::Ja).contains("共有が空です"));
}

#[test]
fn a_wrong_value_in_stored_data_names_the_place_in_words() {
    let text = r#"{"version":5,"assessment":{"selection":{"body":"koriyama","track":"gyosei","current":{"grade":"kakaricho"}},"current":{"handan":{"rating":{"level":7}}}}}"#;
    let e = parse(text).expect_err("refused");
    assert!(
        matches!(&e, StoreError::Shape(p) if p.contains("handan")),
        "{e:?}"
    );
    let ja = e.message(Lang::Ja);
    assert!(
        ja.contains("自己評価 › 現在の職位に対する評価 › 「handan」 › 評価"),
        "{ja}"
    );
    let en = e.message(Lang::En);
    assert!(en.contains("the ratings against the current grade"), "{en}");
}

#[test]
fn a_wrong_value_in_an_imported_file_is_said_of_the_file() {
    let text = r#"{"kind":"michishirube-export","exported":"2026-12-01","data":{"version":5,"plan":[{"id":1,"body":"koriyama","title":3,"when":{"fiscal_year":2027},"status":"planned"}]}}"#;
    let e = read_import(text).expect_err("refused");
    let ja = e.message(Lang::Ja);
    assert!(ja.contains("ファイルの一部（計画 1 件目 › 題名）"), "{ja}");
    assert!(!ja.contains("保存されたデータ"), "{ja}");
    assert!(e.message(Lang::En).contains("plan item 1"));
}

#[test]
fn places_read_as_words() {
    assert_eq!(
        place_in_words("snapshots[3].assessment.selection.current", Lang::Ja),
        "スナップショット 4 件目 › 自己評価 › 団体・職位の選択 › 現在の職位"
    );
    assert_eq!(
        place_in_words("reviews[0].given.current.handan", Lang::En),
        "review 1 › what was given › the ratings against the current grade › \u{201c}handan\u{201d}"
    );
}
