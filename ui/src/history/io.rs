//! What the app hands the history pages (in the pages module) when it
//! mounts them, and what they report back. Both cross as JSON text: the
//! two wasm modules share no memory. The app owns the stored document; the
//! pages never write it, and ask the app to ([`HistoryEvent`]).

use crate::core::id::Id;
use crate::core::index::IndexEntry;
use crate::core::json_out::{string, variant, WriteJson};
use crate::core::lang::Lang;
use crate::core::model_json::{At, Obj, Read, R};
use crate::core::store::StoredDoc;
use crate::core::store_json::{tagged, unit};
use crate::state::{RecoveredCopy, StorageInfo};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Which page to draw.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HistoryPage {
    /// The list of snapshots and reviews, each item's progress, saving on
    /// this device, export and import, and deleting everything.
    List,
    /// One snapshot's results, read-only.
    Snapshot(u32),
}

/// Everything the history pages need from the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryInput {
    /// The page.
    pub page: HistoryPage,
    /// The interface language.
    pub lang: Lang,
    /// A guest session (a workshop PC): nothing is kept beyond the tab.
    pub guest: bool,
    /// The browser's word on this site's storage.
    pub storage: StorageInfo,
    /// Copies of unreadable text kept on this device.
    pub recovered: Vec<RecoveredCopy>,
    /// The person's stored document: assessment, snapshots, plan, reviews.
    pub doc: StoredDoc,
    /// The bodies the index lists (none where it lists only prefectures),
    /// for their names and data files.
    pub bodies: Vec<IndexEntry>,
    /// Frameworks imported on this device: each body's data as JSON text.
    pub imported: Vec<(Id, String)>,
}

/// What a page asks of the app.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HistoryEvent {
    /// Delete one snapshot.
    DeleteSnapshot(u32),
    /// Compare the current rating with a snapshot, on the results page.
    Compare(u32),
    /// Delete everything this app has stored on the device.
    DeleteAll,
    /// Delete one copy of unreadable text kept aside (its key).
    DeleteRecovered(String),
    /// The export was saved as this file.
    Exported(String),
    /// A file was imported: the document it makes, checked and applied by
    /// the page, and the file's name.
    Imported {
        /// The document after the import (boxed: it is far larger than
        /// the other events).
        doc: Box<StoredDoc>,
        /// The file's name.
        file: String,
    },
}

/// Read by hand in the app (`model_json::read_text`), not by serde's
/// derived visitor: see `core::store_json`. The module writes it with serde.
impl Read for HistoryEvent {
    fn read(v: &Value, at: &At) -> R<Self> {
        let (i, x) = tagged(
            v,
            at,
            &[
                "delete_snapshot",
                "compare",
                "delete_all",
                "exported",
                "imported",
                "delete_recovered",
            ],
        )?;
        let at = &At::Key(at, "event");
        match i {
            0 => u32::read(x, at).map(HistoryEvent::DeleteSnapshot),
            1 => u32::read(x, at).map(HistoryEvent::Compare),
            2 => unit(x, at).map(|()| HistoryEvent::DeleteAll),
            3 => String::read(x, at).map(HistoryEvent::Exported),
            5 => String::read(x, at).map(HistoryEvent::DeleteRecovered),
            _ => {
                let o = Obj::lenient(x, at)?;
                o.end(HistoryEvent::Imported {
                    doc: o.req("doc"),
                    file: o.req("file"),
                })
            }
        }
    }
}

// Written by hand, as serde writes them (see `core::json_out`); the
// module reads them with serde.
impl WriteJson for HistoryPage {
    fn write_json(&self, out: &mut String) {
        match self {
            HistoryPage::List => string(out, "list"),
            HistoryPage::Snapshot(n) => variant(out, "snapshot", n),
        }
    }
}

michishirube::write_fields!(StorageInfo {
    persisted,
    usage,
    quota
});

michishirube::write_fields!(RecoveredCopy { key, kept, bytes });

michishirube::write_fields!(HistoryInput {
    page,
    lang,
    guest,
    storage,
    recovered,
    doc,
    bodies,
    imported
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model_json::read_text;
    use crate::core::store::parse;

    #[test]
    fn every_history_event_the_module_writes_the_app_reads_back_the_same() {
        let doc = parse(include_str!("../../../tests/fixtures/stored/v5.json")).expect("fixture");
        let events = [
            HistoryEvent::DeleteSnapshot(1),
            HistoryEvent::Compare(2),
            HistoryEvent::DeleteAll,
            HistoryEvent::DeleteRecovered("michishirube.recovered.1".into()),
            HistoryEvent::Exported("michishirube.json".into()),
            HistoryEvent::Imported {
                doc: Box::new(doc),
                file: "書き出し.json".into(),
            },
        ];
        for e in events {
            let text = serde_json::to_string(&e).expect("written");
            assert_eq!(read_text::<HistoryEvent>(&text).ok(), Some(e), "{text}");
        }
        assert_eq!(read_text::<HistoryEvent>(r#"{"delete_all":1}"#).ok(), None);
    }

    #[test]
    fn every_input_the_app_writes_by_hand_is_the_text_serde_writes_for_the_module() {
        let doc = parse(include_str!("../../../tests/fixtures/stored/v5.json")).expect("fixture");
        let storages = [
            StorageInfo::default(),
            StorageInfo {
                persisted: Some(false),
                usage: Some(123_456),
                quota: Some(u64::from(u32::MAX) * 4),
            },
        ];
        for (page, storage) in [HistoryPage::List, HistoryPage::Snapshot(2)]
            .into_iter()
            .zip(storages)
        {
            let input = HistoryInput {
                page,
                lang: Lang::En,
                guest: false,
                storage,
                recovered: vec![RecoveredCopy {
                    key: "michishirube.recovered.1765000000000.0123456789abcdef".into(),
                    kept: 1_765_000_000_000,
                    bytes: 614_423,
                }],
                doc: doc.clone(),
                bodies: Vec::new(),
                imported: vec![(Id::parse("koriyama").expect("an id"), "{}".into())],
            };
            let text = crate::core::json_out::to_json(&input);
            assert_eq!(text, serde_json::to_string(&input).expect("written"));
            let back: HistoryInput = serde_json::from_str(&text).expect("the module reads it");
            assert_eq!(back, input);
        }
    }
}
