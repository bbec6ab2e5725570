//! Fetching the index and a body's data, turning every failure into a
//! message (in both languages) that says what happened and what still works.

use crate::core::index::{Index, PrefectureIndex, INDEX_FORMAT};
use crate::core::load::body_from_json;
use crate::core::model::BodyData;
use crate::ui::i18n::Msg;
use gloo::net::http::Request;

/// The data embedded in the one-file build (scripts/onefile.mjs), keyed by
/// path. A page opened from file:// cannot fetch, so it reads from here.
fn embedded(url: &str) -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let text = doc.get_element_by_id("michishirube-data")?.text_content()?;
    let map: std::collections::BTreeMap<String, String> = serde_json::from_str(&text).ok()?;
    map.get(url).cloned()
}

async fn get_text(url: &str) -> Result<String, Msg> {
    if let Some(text) = embedded(url) {
        return Ok(text);
    }
    let resp = Request::get(url).send().await.map_err(|_| {
        Msg::new(
            format!(
                "「{url}」を読み込めませんでした。通信環境を確認して、再読み込みしてください。"
            ),
            format!(
                "Could not load \u{201c}{url}\u{201d}. Check the connection and reload the page."
            ),
        )
    })?;
    if !resp.ok() {
        return Err(Msg::new(
            format!(
                "「{url}」を読み込めませんでした（HTTP {}）。",
                resp.status()
            ),
            format!(
                "Could not load \u{201c}{url}\u{201d} (HTTP {}).",
                resp.status()
            ),
        ));
    }
    resp.text().await.map_err(|_| {
        Msg::new(
            format!("「{url}」の内容を読み取れませんでした。"),
            format!("Could not read the contents of \u{201c}{url}\u{201d}."),
        )
    })
}

/// Loads the list of bodies.
pub async fn index() -> Result<Index, Msg> {
    let text = get_text("data/index.json").await?;
    let ix: Index = serde_json::from_str(&text).map_err(|e| {
        Msg::new(
            format!("団体一覧（data/index.json）の形式が正しくありません: {e}"),
            format!("The list of bodies (data/index.json) is not in the right format: {e}"),
        )
    })?;
    if ix.format != INDEX_FORMAT {
        return Err(Msg::new(
            format!(
                "団体一覧の形式（バージョン {}）に、このアプリは対応していません。",
                ix.format
            ),
            format!(
                "This app does not support the format of the list of bodies (version {}).",
                ix.format
            ),
        ));
    }
    Ok(ix)
}

/// Loads and validates one body's data. The validator's own findings stay
/// in Japanese: they are about the data files, which are written in Japanese.
pub async fn body(path: &str) -> Result<BodyData, Msg> {
    let text = get_text(path).await?;
    body_from_json(path, &text).map_err(|errs| {
        let first: Vec<String> = errs.iter().take(3).map(|e| e.to_string()).collect();
        let first = first.join(" / ");
        Msg::new(
            format!("この団体のデータに問題があり、表示できません。{first}"),
            format!("This body's data has a problem and cannot be shown. {first}"),
        )
    })
}

/// Loads one prefecture's list of bodies.
pub async fn prefecture(path: &str) -> Result<PrefectureIndex, Msg> {
    let text = get_text(path).await?;
    serde_json::from_str(&text).map_err(|e| {
        Msg::new(
            format!("団体一覧（{path}）の形式が正しくありません: {e}"),
            format!("The list of bodies ({path}) is not in the right format: {e}"),
        )
    })
}
