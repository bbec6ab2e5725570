//! A line of a document's text, and whose words it is.
//!
//! Most of a body's data is the document's wording, copied as printed. A few
//! lines are not: a course name the app had to give a course the document
//! does not name, a status the app inferred, a caveat it adds. And some lines
//! come from another section than the item they sit in (an aim printed on
//! page 1 for a course described on page 4). [`Text`] carries that: the
//! words, whether they are the document's or the app's ([`Basis`]), an
//! optional note the UI shows beside them, and an optional source of their
//! own, which overrides the item's.
//!
//! In a data file a plain string is the document's wording from the item's
//! own source (`"研修の実施"`). A table says more:
//! `{ text = "採用後（若手職員）", basis = "app", note = "…" }` or
//! `{ text = "…", source = { file = "…", section = "P.1 施策体系" } }`.
//! Serialised, the plain form is kept whenever it says everything, so the
//! JSON the browser loads stays as small as before.

use super::model::{Basis, Source};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A line of text, with whose words it is and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    /// The words.
    pub text: String,
    /// The document's wording (default) or the app's.
    pub basis: Basis,
    /// A note the UI shows beside the words: why the app wrote them, or a
    /// caveat a reader must see (a spanned cell, a dropped character).
    pub note: Option<String>,
    /// Where this line is printed, where that is not the item's own source.
    pub source: Option<Source>,
}

impl Text {
    /// The document's words, from the item's own source.
    pub fn plain(s: impl Into<String>) -> Self {
        Text {
            text: s.into(),
            ..Text::default()
        }
    }

    /// The words.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the app, not the document, wrote these words.
    pub fn is_app(&self) -> bool {
        self.basis == Basis::App
    }

    /// Whether the line carries anything beyond its words.
    pub fn is_plain(&self) -> bool {
        self.basis == Basis::Document && self.note.is_none() && self.source.is_none()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::plain(s)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::plain(s)
    }
}

/// The plain string whenever it says everything (the format's rule, and
/// what keeps the JSON the browser loads small), else the table with only
/// the keys that differ from their defaults.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.is_plain() {
            return s.serialize_str(&self.text);
        }
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("text", &self.text)?;
        if self.basis != Basis::Document {
            m.serialize_entry("basis", &self.basis)?;
        }
        if let Some(n) = &self.note {
            m.serialize_entry("note", n)?;
        }
        if let Some(src) = &self.source {
            m.serialize_entry("source", src)?;
        }
        m.end()
    }
}

/// Written by hand because the format has a rule no derive states: a plain
/// string is the document's wording from the item's source, a table says
/// more (see the module's header). `#[serde(untagged)]` could take both
/// shapes, but its error says only "did not match any variant"; this
/// visitor names the key that is wrong or missing, which
/// [`super::json`] then says in Japanese.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string, or a table with text (and basis, note, source)")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::plain(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
        Ok(Text::plain(v))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut t = Text::default();
        let mut text = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "text" => text = Some(map.next_value::<String>()?),
                "basis" => t.basis = map.next_value()?,
                "note" => t.note = Some(map.next_value()?),
                "source" => t.source = Some(map.next_value()?),
                other => {
                    return Err(de::Error::unknown_field(
                        other,
                        &["text", "basis", "note", "source"],
                    ))
                }
            }
        }
        t.text = text.ok_or_else(|| de::Error::missing_field("text"))?;
        Ok(t)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        d.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_string_is_the_documents_wording_and_stays_a_string() {
        let t: Text = serde_json::from_str("\"研修の実施\"").expect("parses");
        assert_eq!(t, Text::plain("研修の実施"));
        assert_eq!(
            serde_json::to_string(&t).expect("serialises"),
            "\"研修の実施\""
        );
    }

    #[test]
    fn a_table_carries_the_apps_mark_a_note_and_a_source_of_its_own() {
        let json = r#"{"text":"採用後","basis":"app","note":"印字なし","source":{"file":"a.txt","section":"第1"}}"#;
        let t: Text = serde_json::from_str(json).expect("parses");
        assert!(t.is_app());
        assert_eq!(t.note.as_deref(), Some("印字なし"));
        assert_eq!(t.source.as_ref().map(|s| s.section.as_str()), Some("第1"));
        assert_eq!(serde_json::to_string(&t).expect("serialises"), json);
    }

    #[test]
    fn a_table_without_text_or_with_an_unknown_key_is_refused_by_name() {
        let e = serde_json::from_str::<Text>(r#"{"basis":"app"}"#).expect_err("no text");
        assert!(e.to_string().contains("text"), "{e}");
        let e = serde_json::from_str::<Text>(r#"{"text":"x","colour":"red"}"#).expect_err("key");
        assert!(e.to_string().contains("colour"), "{e}");
    }
}
