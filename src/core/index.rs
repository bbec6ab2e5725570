//! The start-up index, kept small however many bodies there are.
//!
//! `data/index.json` lists the prefectures that have bodies, with a count
//! each; while the total is small (up to [`INLINE_LIMIT`]) it also lists the
//! bodies themselves, so a handful of bodies needs no extra click. Each
//! prefecture's bodies are in `data/index/<code>.json`, fetched when the
//! prefecture is chosen, and a body's framework only when the body is.
//! With 1,788 local governments, start-up then reads 47 prefectures, not
//! 1,788 entries.

use super::id::Id;
use super::model::{BodyData, BodyKind, Label};
use serde::{Deserialize, Serialize};

/// Version of the index format; bumped when its shape changes.
pub const INDEX_FORMAT: u32 = 1;

/// Up to this many bodies are listed in `index.json` itself.
pub const INLINE_LIMIT: usize = 60;

/// The list of bodies the app can load.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// Must equal [`INDEX_FORMAT`].
    pub format: u32,
    /// Every body, sorted by prefecture then name, while there are at most
    /// [`INLINE_LIMIT`]; empty beyond that (see `prefectures`).
    pub bodies: Vec<IndexEntry>,
    /// The prefectures that have bodies, in JIS code order.
    #[serde(default)]
    pub prefectures: Vec<PrefectureEntry>,
    /// The body this copy of the app is for, shown first on the home page:
    /// set in a one-file app an HR office made for its own staff. The
    /// whole entry, so the home page can offer it even when the index
    /// lists prefectures only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub featured: Option<IndexEntry>,
    /// The bodies of this copy that an HR office brought in itself (a
    /// one-file app made on the authoring page embeds the framework it
    /// imported): not published data, and labelled so wherever listed.
    /// Empty in the build's own index.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imported: Vec<Id>,
}

/// A prefecture in the start-up index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrefectureEntry {
    /// JIS X 0401 code, `01`–`47`.
    pub code: String,
    /// Its name.
    pub name: String,
    /// How many bodies it has.
    pub count: usize,
    /// Path of its list of bodies, relative to the app's root.
    pub file: String,
}

/// One prefecture's bodies (`data/index/<code>.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrefectureIndex {
    /// Must equal [`INDEX_FORMAT`].
    pub format: u32,
    /// The prefecture.
    pub prefecture: PrefectureEntry,
    /// Its bodies, sorted by name.
    pub bodies: Vec<IndexEntry>,
}

/// The 47 prefectures in JIS X 0401 order; position + 1 is the code.
pub const PREFECTURES: [&str; 47] = [
    "北海道",
    "青森県",
    "岩手県",
    "宮城県",
    "秋田県",
    "山形県",
    "福島県",
    "茨城県",
    "栃木県",
    "群馬県",
    "埼玉県",
    "千葉県",
    "東京都",
    "神奈川県",
    "新潟県",
    "富山県",
    "石川県",
    "福井県",
    "山梨県",
    "長野県",
    "岐阜県",
    "静岡県",
    "愛知県",
    "三重県",
    "滋賀県",
    "京都府",
    "大阪府",
    "兵庫県",
    "奈良県",
    "和歌山県",
    "鳥取県",
    "島根県",
    "岡山県",
    "広島県",
    "山口県",
    "徳島県",
    "香川県",
    "愛媛県",
    "高知県",
    "福岡県",
    "佐賀県",
    "長崎県",
    "熊本県",
    "大分県",
    "宮崎県",
    "鹿児島県",
    "沖縄県",
];

/// The JIS code of a prefecture's name (`青森県` → `02`).
pub fn prefecture_code(name: &str) -> Option<String> {
    PREFECTURES
        .iter()
        .position(|p| *p == name)
        .map(|i| format!("{:02}", i + 1))
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

impl Index {
    /// Where a body's data file is: the file its entry names, or, when the
    /// index lists no bodies (more than [`INLINE_LIMIT`]), the fixed path
    /// every body's file has. `None` for a body a short index does not list.
    /// The one lookup for every caller: the view that needs a body, and
    /// an import that names one.
    pub fn body_file(&self, id: &Id) -> Option<String> {
        body_file_in(&self.bodies, id)
    }
}

/// [`Index::body_file`] over an index's list of bodies alone, for a caller
/// that holds the list without the rest of the index.
pub fn body_file_in(bodies: &[IndexEntry], id: &Id) -> Option<String> {
    match bodies.iter().find(|b| &b.id == id) {
        Some(entry) => Some(entry.file.clone()),
        None if bodies.is_empty() => Some(body_path(id)),
        None => None,
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

fn sorted_entries<'a>(bodies: impl IntoIterator<Item = &'a BodyData>) -> Vec<IndexEntry> {
    let mut entries: Vec<IndexEntry> = bodies.into_iter().map(entry_for).collect();
    entries.sort_by(|a, b| {
        let key = |e: &IndexEntry| {
            (
                prefecture_code(&e.prefecture),
                e.name.ja.clone(),
                e.id.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    entries
}

/// Builds the start-up index for a set of bodies, in a stable order.
pub fn build_index<'a>(bodies: impl IntoIterator<Item = &'a BodyData>) -> Index {
    let entries = sorted_entries(bodies);
    let prefectures = prefecture_indexes_of(&entries)
        .into_iter()
        .map(|p| p.prefecture)
        .collect();
    Index {
        format: INDEX_FORMAT,
        bodies: if entries.len() <= INLINE_LIMIT {
            entries
        } else {
            Vec::new()
        },
        prefectures,
        featured: None,
        imported: Vec::new(),
    }
}

impl Index {
    /// This index with one more body (or a body replaced by its new data),
    /// and that body's prefecture's list to match: what a one-file app
    /// made for one body carries. `list` is the prefecture's current list,
    /// if it has one.
    pub fn with_body(
        &self,
        d: &BodyData,
        list: Option<PrefectureIndex>,
    ) -> (Index, PrefectureIndex) {
        let entry = entry_for(d);
        let code = prefecture_code(&d.body.prefecture).unwrap_or_else(|| "00".into());
        let mut list = list.unwrap_or_else(|| PrefectureIndex {
            format: INDEX_FORMAT,
            prefecture: PrefectureEntry {
                file: format!("data/index/{code}.json"),
                code: code.clone(),
                name: d.body.prefecture.clone(),
                count: 0,
            },
            bodies: Vec::new(),
        });
        list.bodies.retain(|b| b.id != entry.id);
        list.bodies.push(entry.clone());
        list.bodies
            .sort_by(|a, b| (&a.name.ja, &a.id).cmp(&(&b.name.ja, &b.id)));
        list.prefecture.count = list.bodies.len();
        let mut ix = self.clone();
        match ix.prefectures.iter_mut().find(|p| p.code == code) {
            Some(p) => p.count = list.prefecture.count,
            None => {
                ix.prefectures.push(list.prefecture.clone());
                ix.prefectures.sort_by(|a, b| a.code.cmp(&b.code));
            }
        }
        let listed = !ix.bodies.is_empty()
            || ix.prefectures.iter().map(|p| p.count).sum::<usize>() <= INLINE_LIMIT;
        ix.featured = Some(entry.clone());
        if listed {
            ix.bodies.retain(|b| b.id != entry.id);
            ix.bodies.push(entry);
            ix.bodies.sort_by(|a, b| {
                let key = |e: &IndexEntry| {
                    (
                        prefecture_code(&e.prefecture),
                        e.name.ja.clone(),
                        e.id.clone(),
                    )
                };
                key(a).cmp(&key(b))
            });
        }
        (ix, list)
    }
}

/// Builds each prefecture's list of bodies.
pub fn prefecture_indexes<'a>(
    bodies: impl IntoIterator<Item = &'a BodyData>,
) -> Vec<PrefectureIndex> {
    prefecture_indexes_of(&sorted_entries(bodies))
}

fn prefecture_indexes_of(entries: &[IndexEntry]) -> Vec<PrefectureIndex> {
    let mut out: Vec<PrefectureIndex> = Vec::new();
    for e in entries {
        let code = prefecture_code(&e.prefecture).unwrap_or_else(|| "00".into());
        match out.last_mut() {
            Some(p) if p.prefecture.code == code => {
                p.prefecture.count += 1;
                p.bodies.push(e.clone());
            }
            _ => out.push(PrefectureIndex {
                format: INDEX_FORMAT,
                prefecture: PrefectureEntry {
                    file: format!("data/index/{code}.json"),
                    code,
                    name: e.prefecture.clone(),
                    count: 1,
                },
                bodies: vec![e.clone()],
            }),
        }
    }
    out
}
