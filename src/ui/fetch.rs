//! Fetching the index and a body's data, turning every failure into a
//! Japanese message that says what happened and what still works.

use crate::core::index::{Index, INDEX_FORMAT};
use crate::core::load::body_from_json;
use crate::core::model::BodyData;
use gloo::net::http::Request;

async fn get_text(url: &str) -> Result<String, String> {
    let resp = Request::get(url).send().await.map_err(|_| {
        format!("「{url}」を読み込めませんでした。通信環境を確認して、再読み込みしてください。")
    })?;
    if !resp.ok() {
        return Err(format!(
            "「{url}」を読み込めませんでした（HTTP {}）。",
            resp.status()
        ));
    }
    resp.text()
        .await
        .map_err(|_| format!("「{url}」の内容を読み取れませんでした。"))
}

/// Loads the list of bodies.
pub async fn index() -> Result<Index, String> {
    let text = get_text("data/index.json").await?;
    let ix: Index = serde_json::from_str(&text)
        .map_err(|e| format!("団体一覧（data/index.json）の形式が正しくありません: {e}"))?;
    if ix.format != INDEX_FORMAT {
        return Err(format!(
            "団体一覧の形式（バージョン {}）に、このアプリは対応していません。",
            ix.format
        ));
    }
    Ok(ix)
}

/// Loads and validates one body's data.
pub async fn body(path: &str) -> Result<BodyData, String> {
    let text = get_text(path).await?;
    body_from_json(path, &text).map_err(|errs| {
        let first: Vec<String> = errs.iter().take(3).map(|e| e.to_string()).collect();
        format!(
            "この団体のデータに問題があり、表示できません。{}",
            first.join(" / ")
        )
    })
}
