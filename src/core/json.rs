//! Where JSON text is read: a body's data, the index of bodies, the stored
//! documents. serde's derived readers do the reading; this module only puts
//! their errors into Japanese and names the place, so every caller gets the
//! same kind of [`ReadError`].
//!
//! The place is the path `serde_path_to_error` records as the reader
//! descends (`offerings[3].targets.grades[0]`, the convention of
//! [`super::validate`]); what is wrong is said from the kind of serde error
//! and from the value found at that path in the parsed text. serde's own
//! English words never reach the message: a message of our own (an id's, a
//! date's, a rating's, all in Japanese) is kept as it is, anything else is
//! said in general terms.

use super::index::{Index, PrefectureIndex};
use super::model::BodyData;
use serde::de::{Deserialize, DeserializeOwned};
use serde_json::Value;
use serde_path_to_error::Segment;
use std::fmt;

/// Why JSON text could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// Where: `N行目 M列` for a syntax error, else the item's path
    /// (`grades[2].name`); empty for the text as a whole.
    pub path: String,
    /// What is wrong, in Japanese.
    pub message: String,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads a value of type `T` from JSON text.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    read_borrowed(text)
}

/// Reads a value that may borrow from the text (a `&RawValue` kept as the
/// text it was, say).
pub fn read_borrowed<'de, T: Deserialize<'de>>(text: &'de str) -> Result<T, ReadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let t = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        if e.inner().is_data() {
            // Parsed once more, only now, for what is at the path.
            let whole = serde_json::from_str::<Value>(text).ok();
            shape_error(e.path(), e.inner(), whole.as_ref())
        } else {
            syntax_error(e.inner())
        }
    })?;
    de.end().map_err(|e| syntax_error(&e))?;
    Ok(t)
}

/// Reads a value of type `T` from JSON already parsed (a stored document,
/// once migrated).
pub fn from_value<T: DeserializeOwned>(v: &Value) -> Result<T, ReadError> {
    serde_path_to_error::deserialize(v).map_err(|e| shape_error(e.path(), e.inner(), Some(v)))
}

/// Parses a body's JSON text into the model, without validating it (see
/// [`super::load::body_from_json`] for both).
pub fn read_body(text: &str) -> Result<BodyData, ReadError> {
    read(text)
}

/// Parses the start-up index (`data/index.json`). Fields it does not know
/// are passed over; the app checks `format` itself.
pub fn read_index(text: &str) -> Result<Index, ReadError> {
    read(text)
}

/// Parses one prefecture's list of bodies (`data/index/<code>.json`).
pub fn read_prefecture_index(text: &str) -> Result<PrefectureIndex, ReadError> {
    read(text)
}

/// A JSON syntax error, said in Japanese by where it is and its kind.
fn syntax_error(e: &serde_json::Error) -> ReadError {
    ReadError {
        path: format!("{}行目 {}列", e.line(), e.column()),
        message: match e.classify() {
            serde_json::error::Category::Eof => "ファイルが途中で終わっています".into(),
            _ => "JSON の書き方に誤りがあります".into(),
        },
    }
}

/// A value of the wrong shape at `path`: the path in the model's
/// convention, and what is wrong, from the error's kind and the value found
/// there in `whole` (when the text could be parsed).
fn shape_error(
    path: &serde_path_to_error::Path,
    e: &serde_json::Error,
    whole: Option<&Value>,
) -> ReadError {
    let mut words = String::new();
    let mut found = whole;
    for seg in path {
        match seg {
            Segment::Seq { index } => {
                words.push_str(&format!("[{index}]"));
                found = found.and_then(|v| v.get(index));
            }
            Segment::Map { key: name } | Segment::Enum { variant: name } => {
                if !words.is_empty() {
                    words.push('.');
                }
                words.push_str(name);
                // An enum's variant with data is a one-name object; a unit
                // variant is the name itself, and stays where it is.
                found = found.map(|v| v.get(name.as_str()).unwrap_or(v));
            }
            Segment::Unknown => {}
        }
    }
    ReadError {
        path: words,
        message: in_japanese(&serde_message(e), found),
    }
}

/// serde_json's message without the place it appends (`at line 3 column 7`),
/// which the path says better.
fn serde_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let place = format!(" at line {} column {}", e.line(), e.column());
    match text.strip_suffix(&place) {
        Some(bare) => bare.to_owned(),
        None => text,
    }
}

/// A serde error's message in Japanese. serde words its errors in a fixed
/// form (`missing field `x``, `invalid type: …, expected …`), one for each
/// kind of error; each kind is said here in Japanese, with the names it
/// gives and the value found. Any other message is our own types' check
/// (an id's, a day's, a rating's), Japanese already and kept as it is,
/// unless it is in English.
fn in_japanese(message: &str, found: Option<&Value>) -> String {
    // The name serde quotes comes from the text and may hold backticks
    // itself (an unknown variant written "`"); the names it lists after
    // ", expected" are the model's own, which never do. So the name is what
    // lies between the first and the last backtick before that list.
    let (head, list) = message.rsplit_once(", expected").unwrap_or((message, ""));
    let name = head
        .split_once('`')
        .and_then(|(_, rest)| rest.rsplit_once('`'))
        .map_or("", |(name, _)| name);
    let allowed: Vec<&str> = list.split('`').skip(1).step_by(2).collect();
    let found_words = found.map(what_is);
    let was_found = |lead: String| match &found_words {
        Some(f) => format!("{lead}（{f}が書かれています）"),
        None => lead,
    };
    if message.starts_with("missing field") {
        format!("「{name}」がありません")
    } else if message.starts_with("duplicate field") {
        format!("「{name}」が二度書かれています")
    } else if message.starts_with("unknown field") {
        if allowed.is_empty() {
            format!("「{name}」という項目はありません")
        } else {
            format!(
                "「{name}」という項目はありません（書けるのは {}）",
                allowed.join(", ")
            )
        }
    } else if message.starts_with("unknown variant") {
        format!(
            "「{name}」は使えません（使えるのは {}）",
            allowed.join(", ")
        )
    } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
        let expected = message.rsplit_once(", expected ").map(|(_, x)| x);
        was_found(format!("{}を書いてください", expected_words(expected)))
    } else if message.starts_with("invalid length") {
        was_found("項目の数が合いません".to_owned())
    } else if !message.is_ascii() {
        message.to_owned()
    } else {
        was_found("この値は読めません".to_owned())
    }
}

/// What serde says it expected, in Japanese: the kinds the model uses.
fn expected_words(expected: Option<&str>) -> &'static str {
    match expected.unwrap_or_default() {
        "a string" | "string" | "variant identifier" | "field identifier" => "文字列",
        "u8" | "u16" | "u32" | "u64" | "usize" => "0 以上の整数",
        "i8" | "i16" | "i32" | "i64" | "isize" => "整数",
        "f32" | "f64" => "数値",
        "a boolean" => "true か false",
        "a sequence" => "配列",
        "a map" => "オブジェクト",
        "unit" => "null",
        "a formatted date string" => "日付（YYYY-MM-DD）",
        x if x.starts_with("struct ") => "オブジェクト",
        x if x.starts_with("enum ") => "文字列か、名前ひとつのオブジェクト",
        x if x.starts_with("a string, or") => "文字列か、オブジェクト",
        _ => "別の形の値",
    }
}

/// A value, said by its kind (and, for a number or a short string, itself).
fn what_is(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(_) => "true / false".into(),
        Value::Number(n) => format!("数値「{n}」"),
        Value::String(s) if s.chars().count() <= 20 => format!("文字列「{s}」"),
        Value::String(_) => "文字列".into(),
        Value::Array(_) => "配列".into(),
        Value::Object(_) => "オブジェクト".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{BodyKind, OfferingKind, YearRange};

    fn minimal() -> Value {
        serde_json::json!({
            "format": 1,
            "body": { "id": "x", "name": "X市", "kind": "市", "prefecture": "X県" },
            "documents": [{ "file": "a.txt", "title": "方針" }],
            "offerings": [{
                "id": "o1", "kind": "elearning", "name": { "ja": "研修", "en": "Course" },
                "targets": { "grades": ["g1"], "years": { "from": 1 } },
                "source": { "file": "a.txt", "section": "第1" }
            }],
            "kpi_tables": [{
                "id": "k", "title": "指標", "baseline_heading": "現状", "target_heading": "目標",
                "rows": [{ "id": "r", "indicator": "受講者数", "baseline": "1", "target": "2" }],
                "source": { "file": "a.txt", "section": "第2" }
            }]
        })
    }

    fn read(v: &Value) -> Result<BodyData, ReadError> {
        read_body(&v.to_string())
    }

    #[test]
    fn a_minimal_body_reads_with_every_left_out_field_at_its_default() {
        let d = read(&minimal()).expect("reads");
        assert_eq!(d.body.kind, BodyKind::City);
        assert!(d.grades.is_empty() && d.matrix.is_none());
        let o = &d.offerings[0];
        assert_eq!(o.kind, OfferingKind::Elearning);
        assert_eq!(o.name.en.as_deref(), Some("Course"));
        assert_eq!(o.targets.years, Some(YearRange { from: 1, to: None }));
    }

    #[test]
    fn an_unknown_key_is_refused_with_its_path_and_the_keys_that_may_be_written() {
        let mut v = minimal();
        v["offerings"][0]["targets"]["colour"] = "red".into();
        let e = read(&v).expect_err("unknown key");
        assert_eq!(e.path, "offerings[0].targets.colour");
        assert!(
            e.message.contains("「colour」という項目はありません") && e.message.contains("grades"),
            "{e}"
        );
    }

    #[test]
    fn a_missing_required_field_is_named() {
        let mut v = minimal();
        v["body"].as_object_mut().map(|b| b.remove("prefecture"));
        let e = read(&v).expect_err("missing");
        assert_eq!(e.path, "body");
        assert_eq!(e.message, "「prefecture」がありません");
    }

    #[test]
    fn a_value_of_the_wrong_type_says_what_was_expected_and_what_was_found() {
        let mut v = minimal();
        v["offerings"][0]["targets"]["grades"][0] = 3.into();
        let e = read(&v).expect_err("type");
        assert_eq!(e.path, "offerings[0].targets.grades[0]");
        assert!(
            e.message == "文字列を書いてください（数値「3」が書かれています）",
            "{e}"
        );
        v["offerings"][0]["targets"]["grades"][0] = "G 1".into();
        let e = read(&v).expect_err("bad id");
        assert!(e.message.contains("使えない文字"), "{e}");
    }

    #[test]
    fn a_number_must_fit_its_field() {
        for bad in [
            serde_json::json!(-1),
            serde_json::json!(1.5),
            serde_json::json!(4_294_967_296u64),
            serde_json::json!("1"),
        ] {
            let mut v = minimal();
            v["format"] = bad.clone();
            let e = read(&v).expect_err("refused");
            assert_eq!(e.path, "format", "{bad}");
            assert!(e.message.contains("0 以上の整数"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_name_outside_an_enums_list_is_refused_with_the_names_allowed() {
        let mut v = minimal();
        v["offerings"][0]["kind"] = "webinar".into();
        let e = read(&v).expect_err("kind");
        assert_eq!(e.path, "offerings[0].kind");
        assert!(
            e.message.contains("「webinar」は使えません") && e.message.contains("elearning"),
            "{e}"
        );
        // A name holding serde's own quote mark is still said whole, and
        // the names allowed are still listed (found by tests/hostile.rs).
        for odd in ["`", "a`b", "x, expected `y`"] {
            v["offerings"][0]["kind"] = odd.into();
            let e = read(&v).expect_err("odd kind");
            assert!(
                e.message
                    .starts_with(&format!("「{odd}」は使えません（使えるのは "))
                    && e.message.contains("elearning")
                    && !e.message.contains("expected one of"),
                "{e}"
            );
        }
        v["offerings"][0]["kind"] = "elearning".into();
        v["body"]["kind"] = "都".into();
        assert_eq!(read(&v).expect("都").body.kind, BodyKind::Prefecture);
    }

    #[test]
    fn null_is_none_for_an_optional_field_but_not_an_empty_list() {
        let mut v = minimal();
        v["matrix"] = Value::Null;
        assert!(read(&v).expect("null matrix").matrix.is_none());
        v["grades"] = Value::Null;
        let e = read(&v).expect_err("null list");
        assert_eq!(e.path, "grades");
        assert_eq!(e.message, "配列を書いてください（nullが書かれています）");
    }

    #[test]
    fn text_that_is_not_json_gives_its_line_and_column() {
        let e = read_body("{\n  \"format\": ,").expect_err("syntax");
        assert_eq!(e.path, "2行目 13列");
        let e = read_body("{\"format\": 1").expect_err("eof");
        assert_eq!(e.message, "ファイルが途中で終わっています");
        let e = super::read::<u32>("1 2").expect_err("trailing");
        assert_eq!(e.path, "1行目 3列");
    }

    #[test]
    fn no_message_is_in_serdes_english() {
        let mut v = minimal();
        v["offerings"][0]["targets"] = serde_json::json!([1, 2]);
        let e = read(&v).expect_err("array for a struct");
        assert!(!e.message.is_ascii(), "{e}");
        let e = from_value::<Vec<u32>>(&serde_json::json!({"a": 1})).expect_err("map");
        assert_eq!(
            e.message,
            "配列を書いてください（オブジェクトが書かれています）"
        );
    }
}
