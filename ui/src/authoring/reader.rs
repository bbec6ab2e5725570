//! The bridge to the authoring module (ui/src/bin/author.rs), which
//! ui/js/author.js loads the first time the authoring page needs it. The
//! two wasm modules share no memory: bytes and text cross, and the
//! outcome comes back as JSON of the core's types. The body's data comes
//! back as JSON text too, kept as it is (see [`Read::json`]): the app
//! stores and hands on that text, and never serializes the model itself.

use crate::i18n::Msg;
use michishirube::core::json::read_body;
use michishirube::core::model::BodyData;
use michishirube::core::paste::{NewBody, PasteError, Pasted, Regulation};
use michishirube::core::workbook::Finding;
use serde::Deserialize;
use serde_json::value::RawValue;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/author.js")]
extern "C" {
    #[wasm_bindgen(js_name = readFramework, catch)]
    async fn read_framework_js(bytes: js_sys::Uint8Array, name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = readPaste, catch)]
    async fn read_paste_js(html: &str, text: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = pasteBody, catch)]
    async fn paste_body_js(pasted: &str, body: &str, regulation: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = toToml, catch)]
    async fn to_toml_js(json: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = oneFile, catch)]
    async fn one_file_js(json: &str) -> Result<JsValue, JsValue>;
}

fn unavailable(e: JsValue) -> Msg {
    let why = e.as_string().or_else(|| {
        js_sys::Reflect::get(&e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
    });
    Msg::new(
        format!(
            "読み込み用のモジュールを使えませんでした。再読み込みしてお試しください。{}",
            why.as_deref()
                .map(|w| format!("（{w}）"))
                .unwrap_or_default()
        ),
        format!(
            "The authoring module could not be used. Reload the page and try again.{}",
            why.map(|w| format!(" ({w})")).unwrap_or_default()
        ),
    )
}

/// What reading a file came to, as the page uses it.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    /// What the file was: `xlsx`, `toml`, `json`, or what it was refused as.
    pub kind: String,
    /// The body's data, when the file was read with no problem.
    pub data: Option<BodyData>,
    /// The same data as the JSON text the module wrote.
    pub json: String,
    /// What keeps the file from being used.
    pub problems: Vec<Finding>,
    /// What was read differently from how it was typed.
    pub notices: Vec<Finding>,
}

/// The module's answer: the core's `Outcome`, with the data left as text.
#[derive(Deserialize)]
struct Wire<'a> {
    kind: String,
    #[serde(borrow)]
    data: Option<&'a RawValue>,
    problems: Vec<Finding>,
    notices: Vec<Finding>,
}

fn broken(e: impl std::fmt::Display) -> Msg {
    unavailable(JsValue::from_str(&e.to_string()))
}

/// Reads a chosen file's bytes: a workbook or a data file, validated.
pub async fn read_framework(bytes: &[u8], name: &str) -> Result<Read, Msg> {
    let arr = js_sys::Uint8Array::from(bytes);
    let text = read_framework_js(arr, name)
        .await
        .map_err(unavailable)?
        .as_string()
        .unwrap_or_default();
    let wire: Wire = serde_json::from_str(&text).map_err(broken)?;
    let (data, json) = match wire.data {
        Some(raw) => (
            Some(read_body(raw.get()).map_err(broken)?),
            raw.get().to_owned(),
        ),
        None => (None, String::new()),
    };
    Ok(Read {
        kind: wire.kind,
        data,
        json,
        problems: wire.problems,
        notices: wire.notices,
    })
}

/// Reads a paste from a 例規集 page (the clipboard's HTML, if it carried
/// any, and its plain text) in the authoring module, which holds the HTML
/// parser. The outer error: the module could not be used; the inner one:
/// the paste was refused, saying why.
pub async fn read_paste(
    html: Option<String>,
    text: String,
) -> Result<Result<Pasted, PasteError>, Msg> {
    let answer = read_paste_js(html.as_deref().unwrap_or(""), &text)
        .await
        .map_err(unavailable)?
        .as_string()
        .unwrap_or_default();
    serde_json::from_str(&answer).map_err(broken)
}

/// A body's data from a confirmed paste, in the authoring module: the
/// data and its JSON text (kept as the module wrote it, see
/// [`Read::json`]), or why it could not be made, in Japanese. The outer
/// error: the module could not be used.
pub async fn paste_body(
    pasted: &Pasted,
    body: &NewBody,
    regulation: &Regulation,
) -> Result<Result<(BodyData, String), String>, Msg> {
    let enc = |v: Result<String, serde_json::Error>| v.map_err(broken);
    let (p, b, r) = (
        enc(serde_json::to_string(pasted))?,
        enc(serde_json::to_string(body))?,
        enc(serde_json::to_string(regulation))?,
    );
    let answer = paste_body_js(&p, &b, &r)
        .await
        .map_err(unavailable)?
        .as_string()
        .unwrap_or_default();
    #[derive(Deserialize)]
    enum Made<'a> {
        Ok(#[serde(borrow)] &'a RawValue),
        Err(String),
    }
    match serde_json::from_str::<Made>(&answer).map_err(broken)? {
        Made::Ok(raw) => Ok(Ok((
            read_body(raw.get()).map_err(broken)?,
            raw.get().to_owned(),
        ))),
        Made::Err(e) => Ok(Err(e)),
    }
}

/// A body's data (its JSON text) as the TOML file data/bodies/ holds.
pub async fn to_toml(json: &str) -> Result<String, Msg> {
    Ok(to_toml_js(json)
        .await
        .map_err(unavailable)?
        .as_string()
        .unwrap_or_default())
}

/// The one-file app with this body (its JSON text) embedded and shown first.
pub async fn one_file(json: &str) -> Result<String, Msg> {
    Ok(one_file_js(json)
        .await
        .map_err(unavailable)?
        .as_string()
        .unwrap_or_default())
}
