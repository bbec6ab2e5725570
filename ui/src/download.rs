//! Saving a file the app made (an export, a data file, a one-file app) to
//! the person's PC: a Blob and a link with `download`. Nothing is sent.

use crate::i18n::Msg;
use wasm_bindgen::JsCast;

/// Starts a download of `bytes` as `name`, of type `mime`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), Msg> {
    let fail = || {
        Msg::new(
            "ファイルを保存できませんでした。",
            "The file could not be saved.",
        )
    };
    let arr = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&arr);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(|_| fail())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail())?;
    let doc = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| fail())?
        .dyn_into()
        .map_err(|_| fail())?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A file the one-file build carries inside itself (base64, keyed by its
/// path), where the page is that build; `None` in the served app.
pub fn embedded_file(path: &str) -> Option<Vec<u8>> {
    let text = crate::fetch::embedded(path)?;
    let window = web_sys::window()?;
    let bin = window.atob(&text).ok()?;
    Some(bin.chars().map(|c| c as u32 as u8).collect())
}
