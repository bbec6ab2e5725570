//! Fetching the index and a body's data, turning every failure into a
//! message (in both languages) that says what happened and what still works.

use crate::core::index::{Index, PrefectureIndex, INDEX_FORMAT};
use crate::core::json::{read_index, read_prefecture_index, ReadError};
use crate::core::load::body_from_json;
use crate::core::model::BodyData;
use crate::i18n::Msg;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The data embedded in the one-file build (scripts/onefile.mjs), keyed by
/// path. A page opened from file:// cannot fetch, so it reads from here.
/// The browser's JSON.parse reads the map, so the large block is never
/// copied into wasm memory as a whole.
pub fn embedded(url: &str) -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let text = doc.get_element_by_id("michishirube-data")?.text_content()?;
    let map = js_sys::JSON::parse(&text).ok()?;
    js_sys::Reflect::get(&map, &JsValue::from_str(url))
        .ok()?
        .as_string()
}

/// How a list of bodies that cannot be read is reported: where in the file
/// (line and column, or the item's path) and what is wrong, in the
/// Japanese of the reader, as the body's own data problems are.
fn list_unreadable(path: &str, e: &ReadError) -> Msg {
    Msg::new(
        format!("団体一覧（{path}）の形式が正しくありません（{e}）。"),
        format!("The list of bodies ({path}) is not in the right format ({e})."),
    )
}

/// Fetches a file of the app as text. The browser's fetch is called
/// directly (not through gloo-net's request builder), which keeps the
/// start-up module smaller; a GET of a same-origin file needs nothing more.
async fn get_text(url: &str) -> Result<String, Msg> {
    if let Some(text) = embedded(url) {
        return Ok(text);
    }
    let unreachable = || {
        Msg::new(
            format!(
                "「{url}」を読み込めませんでした。通信環境を確認して、再読み込みしてください。"
            ),
            format!(
                "Could not load \u{201c}{url}\u{201d}. Check the connection and reload the page."
            ),
        )
    };
    let window = web_sys::window().ok_or_else(unreachable)?;
    let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .and_then(|r| r.dyn_into())
        .map_err(|_| unreachable())?;
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
    let unreadable = || {
        Msg::new(
            format!("「{url}」の内容を読み取れませんでした。"),
            format!("Could not read the contents of \u{201c}{url}\u{201d}."),
        )
    };
    let text = resp.text().map_err(|_| unreadable())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(unreadable)
}

/// Loads the list of bodies.
pub async fn index() -> Result<Index, Msg> {
    let text = get_text("data/index.json").await?;
    let ix = read_index(&text).map_err(|e| list_unreadable("data/index.json", &e))?;
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
    read_prefecture_index(&text).map_err(|e| list_unreadable(path, &e))
}
