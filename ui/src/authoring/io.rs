//! What the app hands the authoring page when it mounts it in the pages
//! module, and what the page reports back. Both cross as JSON text: the two
//! wasm modules share no memory. The app owns the imported frameworks; the
//! page never stores one, and asks the app to ([`AuthorEvent`]).

use crate::core::assess::Assessment;
use crate::core::id::Id;
use crate::core::index::IndexEntry;
use crate::core::lang::Lang;
use crate::core::model_json::{At, Obj, Read, R};
use crate::core::store_json::tagged;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A framework imported on this device, as the app keeps it: the body's
/// data stays the JSON text it was imported as.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportedFile {
    /// The file it was imported from, as named on the clerk's PC.
    pub file_name: String,
    /// The day it was imported.
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub imported: NaiveDate,
    /// The body's data, as JSON text.
    pub json: String,
}

/// Everything the authoring page needs from the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuthorInput {
    /// The interface language.
    pub lang: Lang,
    /// Today on this device (the date an import is kept under).
    #[serde(deserialize_with = "crate::core::dates::de_iso")]
    pub today: NaiveDate,
    /// The bodies the index lists (none where it lists only prefectures):
    /// offered as filled workbooks, and where a body's data file is.
    pub examples: Vec<IndexEntry>,
    /// The frameworks imported on this device.
    pub imported: Vec<ImportedFile>,
    /// The person's assessment, if any: a new version of its body says
    /// what of it carries over.
    pub assessment: Option<Assessment>,
}

/// What the authoring page asks of the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthorEvent {
    /// Keep a framework read without problems on this device (the app
    /// reads and checks it again, as it does every stored framework).
    Import(ImportedFile),
    /// Remove an imported framework.
    Remove(Id),
}

impl Read for ImportedFile {
    fn read(v: &Value, at: &At) -> R<Self> {
        let o = Obj::lenient(v, at)?;
        o.end(ImportedFile {
            file_name: o.req("file_name"),
            imported: o.req("imported"),
            json: o.req("json"),
        })
    }
}

/// Read by hand in the app (`model_json::read_text`), not by serde's
/// derived visitor: see `core::store_json`. The module writes it with serde.
impl Read for AuthorEvent {
    fn read(v: &Value, at: &At) -> R<Self> {
        let (i, x) = tagged(v, at, &["import", "remove"])?;
        let at = &At::Key(at, "event");
        match i {
            0 => ImportedFile::read(x, at).map(AuthorEvent::Import),
            _ => Id::read(x, at).map(AuthorEvent::Remove),
        }
    }
}

// Written by hand, as serde writes them (see `core::json_out`); the
// module reads them with serde.
michishirube::write_fields!(ImportedFile {
    file_name,
    imported,
    json
});

michishirube::write_fields!(AuthorInput {
    lang,
    today,
    examples,
    imported,
    assessment
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model_json::read_text;

    #[test]
    fn every_author_event_the_module_writes_the_app_reads_back_the_same() {
        let events = [
            AuthorEvent::Import(ImportedFile {
                file_name: "枠組み.xlsx".into(),
                imported: NaiveDate::from_ymd_opt(2026, 12, 4).expect("a day"),
                json: "{\"format\":1}".into(),
            }),
            AuthorEvent::Remove(Id::parse("koriyama").expect("an id")),
        ];
        for e in events {
            let text = serde_json::to_string(&e).expect("written");
            assert_eq!(read_text::<AuthorEvent>(&text).ok(), Some(e), "{text}");
        }
        assert_eq!(
            read_text::<AuthorEvent>(r#"{"remove":"Not An Id"}"#).ok(),
            None
        );
    }

    #[test]
    fn every_input_the_app_writes_by_hand_is_the_text_serde_writes_for_the_module() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).expect("a day");
        let input = AuthorInput {
            lang: Lang::Ja,
            today,
            examples: Vec::new(),
            imported: vec![ImportedFile {
                file_name: "枠組み \"改\".xlsx".into(),
                imported: today,
                json: "{\"format\":1}".into(),
            }],
            assessment: None,
        };
        let text = crate::core::json_out::to_json(&input);
        assert_eq!(text, serde_json::to_string(&input).expect("written"));
        let back: AuthorInput = serde_json::from_str(&text).expect("the module reads it");
        assert_eq!(back, input);
    }
}
