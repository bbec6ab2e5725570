//! A one-file app (`michishirube.html`) made for one body: the HR office's
//! own copy for its shared drive, which its staff open from `file://` and
//! which shows their body first.
//!
//! The one-file build (scripts/onefile.mjs) carries every data file it may
//! fetch in one JSON block, keyed by path. Embedding a body is adding its
//! file there and updating the index that lists it; nothing else in the
//! page changes, so the page's Content-Security-Policy (which covers only
//! its scripts and style) stays valid.
//!
//! The body embedded is the office's own framework, not one the app's
//! authors curated from a published document: the index names it among
//! its `imported` bodies, so the list labels it 「取り込んだ枠組み」 and
//! counts it apart from the published ones.

use super::index::{body_path, Index, PrefectureIndex};
use super::model::BodyData;
use serde_json::{Map, Value};

const OPEN: &str = r#"<script type="application/json" id="michishirube-data">"#;
const CLOSE: &str = "</script>";

/// Why a page could not take the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedError {
    /// The page is not a one-file build (it has no data block).
    NotOneFile,
    /// Its data block or index is not what the build writes.
    Broken(String),
}

impl EmbedError {
    /// The message, in Japanese.
    pub fn message(&self) -> String {
        match self {
            EmbedError::NotOneFile => {
                "1ファイル版のもとになるページが見つかりませんでした。".into()
            }
            EmbedError::Broken(why) => format!("1ファイル版のデータが読めませんでした（{why}）。"),
        }
    }
}

fn parse<T: serde::de::DeserializeOwned>(
    map: &Map<String, Value>,
    key: &str,
) -> Result<Option<T>, EmbedError> {
    match map.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => super::json::read(s)
            .map(Some)
            .map_err(|e| EmbedError::Broken(format!("{key}: {e}"))),
        Some(_) => Err(EmbedError::Broken(key.to_owned())),
    }
}

/// The one-file page `html` with `d` embedded, listed in its index and
/// shown first; its title names the body.
pub fn embed(html: &str, d: &BodyData) -> Result<String, EmbedError> {
    let start = html.find(OPEN).ok_or(EmbedError::NotOneFile)? + OPEN.len();
    let end = start + html[start..].find(CLOSE).ok_or(EmbedError::NotOneFile)?;
    let mut map: Map<String, Value> =
        super::json::read(&html[start..end]).map_err(|e| EmbedError::Broken(e.to_string()))?;
    let index: Index = parse(&map, "data/index.json")?
        .ok_or_else(|| EmbedError::Broken("data/index.json".into()))?;
    let code = super::index::prefecture_code(&d.body.prefecture).unwrap_or_else(|| "00".into());
    let list_key = format!("data/index/{code}.json");
    let list: Option<PrefectureIndex> = parse(&map, &list_key)?;
    let (mut index, list) = index.with_body(d, list);
    if !index.imported.contains(&d.body.id) {
        index.imported.push(d.body.id.clone());
    }
    map.insert(body_path(&d.body.id), Value::String(to_json(d)?));
    map.insert("data/index.json".into(), Value::String(to_json(&index)?));
    map.insert(list_key, Value::String(to_json(&list)?));
    let block = to_json(&map)?.replace('<', "\\u003c");
    let mut out = String::with_capacity(html.len() + block.len());
    out.push_str(&html[..start]);
    out.push_str(&block);
    out.push_str(&html[end..]);
    // The tab names the body: 道しるべ — テスト市（1ファイル版）.
    if let (Some(a), Some(b)) = (out.find("<title>"), out.find("</title>")) {
        if a < b {
            let name = d.body.name.ja.replace('&', "&amp;").replace('<', "&lt;");
            out.replace_range(
                a + "<title>".len()..b,
                &format!("道しるべ — {name}（1ファイル版）"),
            );
        }
    }
    Ok(out)
}

/// JSON text of data that is all strings, numbers and maps with string
/// keys, which serde_json always writes; the error is there only for form.
fn to_json<T: serde::Serialize>(v: &T) -> Result<String, EmbedError> {
    serde_json::to_string(v).map_err(|_| EmbedError::Broken("書き出せませんでした".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::index::{build_index, prefecture_indexes};
    use crate::core::load::body_from_json;

    fn page(bodies: &[BodyData]) -> String {
        let mut map = Map::new();
        map.insert(
            "data/index.json".into(),
            Value::String(serde_json::to_string(&build_index(bodies)).expect("json")),
        );
        for p in prefecture_indexes(bodies) {
            map.insert(
                p.prefecture.file.clone(),
                Value::String(serde_json::to_string(&p).expect("json")),
            );
        }
        format!(
            "<!DOCTYPE html><html><head><title>道しるべ</title>{OPEN}{}{CLOSE}<script type=\"module\">boot()</script></head><body></body></html>",
            serde_json::to_string(&map).expect("json")
        )
    }

    fn block(html: &str) -> Map<String, Value> {
        let s = html.find(OPEN).expect("open") + OPEN.len();
        let e = s + html[s..].find(CLOSE).expect("close");
        serde_json::from_str(&html[s..e]).expect("block")
    }

    #[test]
    fn a_body_embedded_is_listed_first_and_fetchable_and_nothing_else_changes() {
        let text = include_str!("../../tests/fixtures/valid.json");
        let other = body_from_json("valid.json", text).expect("fixture");
        let mut mine = other.clone();
        mine.body.id = crate::core::id::Id::parse("testshi").expect("id");
        mine.body.name.ja = "テスト市".into();
        let html = page(std::slice::from_ref(&other));
        let out = embed(&html, &mine).expect("embeds");
        let map = block(&out);
        let ix: Index =
            serde_json::from_str(map["data/index.json"].as_str().expect("s")).expect("index");
        assert_eq!(ix.featured.as_ref().map(|e| e.id.as_str()), Some("testshi"));
        assert_eq!(ix.bodies.len(), 2);
        assert_eq!(ix.imported, vec![mine.body.id.clone()], "named as imported");
        let body: BodyData =
            serde_json::from_str(map["data/bodies/testshi.json"].as_str().expect("s"))
                .expect("body");
        assert_eq!(body, mine);
        assert!(out.contains("<title>道しるべ — テスト市（1ファイル版）</title>"));
        // The script the policy hashes is untouched.
        assert!(out.contains("<script type=\"module\">boot()</script>"));
        // Embedding again replaces, never duplicates.
        let twice = embed(&out, &mine).expect("again");
        let ix: Index = serde_json::from_str(block(&twice)["data/index.json"].as_str().expect("s"))
            .expect("index");
        assert_eq!(ix.bodies.len(), 2);
        assert_eq!(ix.imported.len(), 1, "named once");
        assert_eq!(embed("<html></html>", &mine), Err(EmbedError::NotOneFile));
    }
}
