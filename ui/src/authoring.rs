//! The bridge to the authoring module (ui/src/bin/author.rs), which
//! ui/js/author.js loads the first time the authoring page needs it. The
//! two wasm modules share no memory: bytes and text cross, and the
//! outcome comes back as JSON of the core's types.

use crate::i18n::Msg;
use michishirube::core::model::BodyData;
use michishirube::core::workbook::import::Outcome;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/author.js")]
extern "C" {
    #[wasm_bindgen(js_name = readFramework, catch)]
    async fn read_framework_js(bytes: js_sys::Uint8Array, name: &str) -> Result<JsValue, JsValue>;
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

/// Reads a chosen file's bytes: a workbook or a data file, validated.
pub async fn read_framework(bytes: &[u8], name: &str) -> Result<Outcome, Msg> {
    let arr = js_sys::Uint8Array::from(bytes);
    let json = read_framework_js(arr, name)
        .await
        .map_err(unavailable)?
        .as_string()
        .unwrap_or_default();
    serde_json::from_str(&json).map_err(|e| unavailable(JsValue::from_str(&e.to_string())))
}

/// A body's data as the TOML file data/bodies/ holds.
pub async fn to_toml(d: &BodyData) -> Result<String, Msg> {
    let json =
        serde_json::to_string(d).map_err(|e| unavailable(JsValue::from_str(&e.to_string())))?;
    Ok(to_toml_js(&json)
        .await
        .map_err(unavailable)?
        .as_string()
        .unwrap_or_default())
}

/// The one-file app with this body embedded and shown first.
pub async fn one_file(d: &BodyData) -> Result<String, Msg> {
    let json =
        serde_json::to_string(d).map_err(|e| unavailable(JsValue::from_str(&e.to_string())))?;
    Ok(one_file_js(&json)
        .await
        .map_err(unavailable)?
        .as_string()
        .unwrap_or_default())
}
