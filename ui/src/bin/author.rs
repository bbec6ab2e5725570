//! Entry point of the authoring module: what the page 「団体の枠組みを作る」
//! (`#/author`) needs that nobody else does — reading an Excel workbook,
//! reading and writing this app's TOML data files, reading a
//! 標準職務遂行能力 table pasted from a 例規集 (with its HTML parser), and
//! making a one-file app for one body. It is a module of its own, loaded only when that page
//! first needs it (ui/js/author.js), so none of it is in the first view or
//! the main app. Its functions take and return text (JSON, TOML, HTML), so
//! the app and this module share no memory, only the core's types' forms.

#[cfg(target_arch = "wasm32")]
mod exports {
    use michishirube::core::json::read_body;
    use michishirube::core::model::BodyData;
    use michishirube::core::onefile;
    use michishirube::core::paste::{self, NewBody, Pasted, Regulation};
    use michishirube::core::workbook::import::{read_any, to_toml};
    use wasm_bindgen::prelude::*;

    /// Through the core's own reader, which this module carries anyway
    /// for JSON data files; serde's would be a second copy.
    fn body(json: &str) -> Result<BodyData, JsValue> {
        read_body(json).map_err(|e| JsValue::from_str(&e.to_string()))
    }

    /// Reads a chosen file: the outcome (data, problems, notices) as JSON.
    #[wasm_bindgen]
    pub fn read_framework(bytes: &[u8], file_name: &str) -> String {
        serde_json::to_string(&read_any(bytes, file_name)).unwrap_or_default()
    }

    /// Reads a paste (the clipboard's HTML, empty for none, and its plain
    /// text): JSON of `Result<Pasted, PasteError>`.
    #[wasm_bindgen]
    pub fn read_paste(html: &str, text: &str) -> String {
        let html = (!html.is_empty()).then_some(html);
        serde_json::to_string(&paste::read(html, text)).unwrap_or_default()
    }

    /// A body's data from a confirmed paste, the body and the regulation
    /// (each JSON): JSON of `Result<BodyData, String>`, the error in
    /// Japanese.
    #[wasm_bindgen]
    pub fn paste_body(pasted_json: &str, body_json: &str, regulation_json: &str) -> String {
        let made = (|| {
            let p: Pasted = serde_json::from_str(pasted_json).map_err(|e| e.to_string())?;
            let b: NewBody = serde_json::from_str(body_json).map_err(|e| e.to_string())?;
            let r: Regulation = serde_json::from_str(regulation_json).map_err(|e| e.to_string())?;
            paste::to_body(&p, &b, &r)
        })();
        serde_json::to_string(&made).unwrap_or_default()
    }

    /// A body's data (JSON) as the TOML file data/bodies/ holds.
    #[wasm_bindgen]
    pub fn to_toml_text(body_json: &str) -> Result<String, JsValue> {
        to_toml(&body(body_json)?).map_err(|e| JsValue::from_str(&e))
    }

    /// A one-file build's page with a body (JSON) embedded and shown first.
    #[wasm_bindgen]
    pub fn one_file(html: &str, body_json: &str) -> Result<String, JsValue> {
        onefile::embed(html, &body(body_json)?).map_err(|e| JsValue::from_str(&e.message()))
    }
}

fn main() {}
