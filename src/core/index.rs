//! The start-up index: one small entry per body, so the app can list every
//! body without loading any body's framework. A body's full file is fetched
//! only when someone chooses it; with 1,788 local governments, this keeps
//! start-up flat as bodies are added.

use super::id::Id;
use super::model::{BodyData, BodyKind, Label, Part};
use serde::{Deserialize, Serialize};

/// Version of the index format; bumped when its shape changes.
pub const INDEX_FORMAT: u32 = 1;

/// The list of bodies the app can load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// Must equal [`INDEX_FORMAT`].
    pub format: u32,
    /// One entry per body, sorted by prefecture then name.
    pub bodies: Vec<IndexEntry>,
}

/// What the app needs to list a body and fetch its data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    /// The body's id.
    pub id: Id,
    /// Its name.
    pub name: Label,
    /// 市 or 県.
    pub kind: BodyKind,
    /// Its prefecture.
    pub prefecture: String,
    /// Path of its JSON file, relative to the app's root.
    pub file: String,
    /// Titles of its source documents.
    pub documents: Vec<String>,
    /// Which parts its documents have, so the list can say so before loading.
    pub has: Has,
}

/// Which parts a body's data holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Has {
    /// A grade × ability matrix.
    pub matrix: bool,
    /// Can-do statements.
    pub can_do: bool,
    /// Grades with roles.
    pub grades: bool,
    /// A career path.
    pub career_path: bool,
    /// Offerings.
    pub offerings: bool,
    /// A staff survey.
    pub survey: bool,
    /// Plan tables.
    pub plan: bool,
}

impl Has {
    /// Reads the flags off a body's data.
    pub fn of(d: &BodyData) -> Has {
        Has {
            matrix: d.matrix.is_some(),
            can_do: d.grades.iter().any(|g| !g.can_do.is_empty()),
            grades: !d.grades.is_empty(),
            career_path: !d.career_paths.is_empty(),
            offerings: !d.offerings.is_empty(),
            survey: !d.surveys.is_empty(),
            plan: !d.plan_tables.is_empty(),
        }
    }
}

/// Where the build puts a body's JSON, relative to the app root.
pub fn body_path(id: &Id) -> String {
    format!("data/bodies/{id}.json")
}

/// Builds the index entry for one body.
pub fn entry_for(d: &BodyData) -> IndexEntry {
    IndexEntry {
        id: d.body.id.clone(),
        name: d.body.name.clone(),
        kind: d.body.kind,
        prefecture: d.body.prefecture.clone(),
        file: body_path(&d.body.id),
        documents: d.documents.iter().map(|doc| doc.title.clone()).collect(),
        has: Has::of(d),
    }
}

/// Builds the index for a set of bodies, in a stable order.
pub fn build_index<'a>(bodies: impl IntoIterator<Item = &'a BodyData>) -> Index {
    let mut entries: Vec<IndexEntry> = bodies.into_iter().map(entry_for).collect();
    entries.sort_by(|a, b| {
        (&a.prefecture, &a.name.ja, &a.id).cmp(&(&b.prefecture, &b.name.ja, &b.id))
    });
    Index {
        format: INDEX_FORMAT,
        bodies: entries,
    }
}

/// The parts a body lacks, per its `missing` entries, for plain statements in the UI.
pub fn missing_parts(d: &BodyData) -> Vec<Part> {
    d.missing.iter().map(|m| m.part).collect()
}
