//! localStorage access for the one stored document and the language choice.
//!
//! web-sys's `Storage` is used directly rather than gloo-storage's wrapper:
//! gloo's `LocalStorage::raw()` throws when storage is disabled, and a
//! disabled or full storage is a case this app must survive with a message,
//! not a crash. Unreadable text is never overwritten before it has been
//! copied under a recovery key.

use crate::core::lang::Lang;
use crate::core::store::{parse, StoredDoc, RECOVERY_PREFIX, STORAGE_KEY};
use crate::i18n::Msg;
use web_sys::Storage;

/// Every key this app writes starts with this prefix.
pub const APP_PREFIX: &str = "michishirube.";

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// What loading found, with messages for the person using the app.
pub struct Loaded {
    /// The document to start from.
    pub doc: StoredDoc,
    /// Messages to show.
    pub notices: Vec<Msg>,
}

/// Loads the stored document. Never fails: bad text is copied aside, a
/// message explains what happened, and the app starts from an empty document.
pub fn load() -> Loaded {
    let Some(store) = local() else {
        return Loaded {
            doc: StoredDoc::new(),
            notices: vec![Msg::new(
                "このブラウザでは端末への保存が使えない設定になっています。入力はできますが、ページを閉じると消えます。",
                "This browser is set not to allow saving on the device. You can still enter everything, but it will be gone when you close the page.",
            )],
        };
    };
    let raw = match store.get_item(STORAGE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Loaded {
                doc: StoredDoc::new(),
                notices: Vec::new(),
            }
        }
        Err(_) => {
            return Loaded {
                doc: StoredDoc::new(),
                notices: vec![Msg::new(
                    "端末に保存されたデータを読み出せませんでした。入力はできますが、保存できない可能性があります。",
                    "The data saved on this device could not be read. You can still enter everything, but it may not be saved.",
                )],
            }
        }
    };
    match parse(&raw) {
        Ok(doc) => Loaded {
            doc,
            notices: Vec::new(),
        },
        Err(e) => {
            let kept = keep_aside(&store, &raw);
            let where_ = match kept {
                Some(key) => Msg::new(
                    format!("読み込めなかった内容は、この端末に「{key}」として残してあります。"),
                    format!("What could not be read is kept on this device as \u{201c}{key}\u{201d}."),
                ),
                None => Msg::new(
                    "読み込めなかった内容を別に残すこともできませんでした（保存容量の不足など）。",
                    "What could not be read could not be kept aside either (the storage may be full).",
                ),
            };
            let fresh = Msg::new("新しく始められます。", "You can start afresh.");
            Loaded {
                doc: StoredDoc::new(),
                notices: vec![Msg::from_fn(|l| e.message(l)).then(&where_).then(&fresh)],
            }
        }
    }
}

/// Copies text under a fresh recovery key; returns the key.
fn keep_aside(store: &Storage, raw: &str) -> Option<String> {
    let stamp = js_sys::Date::now() as u64;
    let key = format!("{RECOVERY_PREFIX}{stamp}");
    store.set_item(&key, raw).ok().map(|_| key)
}

/// Keeps a copy of text that is about to be replaced (e.g. before ids that
/// no longer exist are dropped); returns the key used.
pub fn keep_copy(raw: &str) -> Option<String> {
    keep_aside(&local()?, raw)
}

/// Saves the document, or says why it could not.
pub fn save(doc: &StoredDoc) -> Result<(), Msg> {
    let store = local().ok_or_else(|| {
        Msg::new(
            "このブラウザでは端末に保存できません。",
            "This browser cannot save on this device.",
        )
    })?;
    store.set_item(STORAGE_KEY, &doc.to_json()).map_err(|_| {
        Msg::new(
            "端末に保存できませんでした（保存容量の不足など）。入力した内容は画面上には残っています。書き出しや不要なスナップショットの削除をお試しください。",
            "Could not save on this device (the storage may be full). What you entered is still on screen. Try exporting, or deleting snapshots you no longer need.",
        )
    })
}

/// Removes every key this app has written, including recovery copies and
/// the language choice.
pub fn delete_all() -> Result<(), Msg> {
    let store = local().ok_or_else(|| {
        Msg::new(
            "このブラウザでは端末の保存領域を使えません。",
            "This browser cannot use the device's storage.",
        )
    })?;
    let len = store.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(APP_PREFIX))
        .collect();
    for k in keys {
        store.remove_item(&k).map_err(|_| {
            Msg::new(
                "一部のデータを削除できませんでした。",
                "Some of the data could not be deleted.",
            )
        })?;
    }
    Ok(())
}

/// sessionStorage key marking this tab as a guest session.
pub const GUEST_FLAG: &str = "michishirube.session";
/// sessionStorage key of the guest session's document.
pub const GUEST_DOC: &str = "michishirube.guest";
/// sessionStorage key of the projector-mode switch.
pub const PROJECTOR_FLAG: &str = "michishirube.projector";
/// Key of the language choice: in localStorage, or in a guest session in
/// sessionStorage, so a shared device keeps nothing of a guest's.
pub const LANG_KEY: &str = "michishirube.lang";

fn session() -> Option<Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Whether this tab is a guest session.
pub fn is_guest() -> bool {
    session()
        .and_then(|s| s.get_item(GUEST_FLAG).ok().flatten())
        .is_some_and(|v| v == "guest")
}

/// Whether this tab is a guest session, and its document if it has one.
pub fn load_guest() -> Option<StoredDoc> {
    if !is_guest() {
        return None;
    }
    let s = session()?;
    Some(
        s.get_item(GUEST_DOC)
            .ok()
            .flatten()
            .and_then(|raw| parse(&raw).ok())
            .unwrap_or_else(StoredDoc::new),
    )
}

/// Saves a guest session's document in this tab only.
pub fn save_guest(doc: &StoredDoc) -> Result<(), Msg> {
    let s = session().ok_or_else(|| {
        Msg::new(
            "このブラウザではタブ内の一時保存が使えません。",
            "This browser cannot keep anything in the tab.",
        )
    })?;
    s.set_item(GUEST_FLAG, "guest")
        .and_then(|_| s.set_item(GUEST_DOC, &doc.to_json()))
        .map_err(|_| {
            Msg::new(
                "タブ内に一時保存できませんでした。",
                "Could not keep the data in this tab.",
            )
        })
}

fn lang_store(guest: bool) -> Option<Storage> {
    if guest {
        session()
    } else {
        local()
    }
}

/// The remembered language: from this tab in a guest session, else from
/// the device; Japanese if none was chosen or storage is unavailable.
pub fn load_lang(guest: bool) -> Lang {
    lang_store(guest)
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|k| Lang::from_key(&k))
        .unwrap_or_default()
}

/// Remembers the language: in this tab only in a guest session, never in
/// localStorage then. A storage that refuses is no reason to refuse the
/// switch, so failures are ignored.
pub fn save_lang(lang: Lang, guest: bool) {
    if let Some(s) = lang_store(guest) {
        let _ = s.set_item(LANG_KEY, lang.key());
    }
}

/// Whether projector mode is on in this tab: switched on earlier, or asked
/// for by the address (`#/…?projector`, a trainer's link).
pub fn projector_on(hash: &str) -> bool {
    hash.contains("?projector")
        || session()
            .and_then(|s| s.get_item(PROJECTOR_FLAG).ok().flatten())
            .is_some_and(|v| v == "1")
}

/// Remembers the projector switch for this tab.
pub fn set_projector(on: bool) {
    if let Some(s) = session() {
        let _ = if on {
            s.set_item(PROJECTOR_FLAG, "1")
        } else {
            s.remove_item(PROJECTOR_FLAG)
        };
    }
}

/// Removes every key this app has put in this tab's sessionStorage.
pub fn clear_session() {
    if let Some(s) = session() {
        let keys: Vec<String> = (0..s.length().unwrap_or(0))
            .filter_map(|i| s.key(i).ok().flatten())
            .filter(|k| k.starts_with(APP_PREFIX))
            .collect();
        for k in keys {
            let _ = s.remove_item(&k);
        }
    }
}

/// `navigator.storage`, where the browser has it (not in old browsers, and
/// not on every `file://` page).
fn storage_manager() -> Option<wasm_bindgen::JsValue> {
    let window: wasm_bindgen::JsValue = web_sys::window()?.into();
    let nav = js_sys::Reflect::get(&window, &"navigator".into()).ok()?;
    let m = js_sys::Reflect::get(&nav, &"storage".into()).ok()?;
    (!m.is_undefined() && !m.is_null()).then_some(m)
}

/// Calls a method of `navigator.storage` that returns a promise, and waits.
async fn call_storage(method: &str) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let m = storage_manager()?;
    let f: js_sys::Function = js_sys::Reflect::get(&m, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    let p: js_sys::Promise = f.call0(&m).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(p).await.ok()
}

/// What the browser says about this site's storage. With `ask`, first asks
/// it to keep the data (`persist()`): browsers evict the storage of sites
/// not used for a while (Safari after seven days) or under pressure, unless
/// the site's storage is persistent. Asking shows no prompt in Chromium
/// browsers; Firefox may ask the person.
pub async fn storage_info(ask: bool) -> crate::state::StorageInfo {
    let persisted = if ask {
        call_storage("persist").await
    } else {
        call_storage("persisted").await
    }
    .and_then(|v| v.as_bool());
    let estimate = call_storage("estimate").await;
    let number = |key: &str| {
        estimate
            .as_ref()
            .and_then(|e| js_sys::Reflect::get(e, &key.into()).ok())
            .and_then(|v| v.as_f64())
            // Whole bytes: written to the pages module as integers.
            .filter(|n| n.is_finite() && *n >= 0.0)
            .map(|n| n as u64)
    };
    crate::state::StorageInfo {
        persisted,
        usage: number("usage"),
        quota: number("quota"),
    }
}

/// Where frameworks are kept: in a guest session this tab only, like the
/// guest's document, so a shared workshop PC keeps nothing.
fn frameworks_store(guest: bool) -> Option<Storage> {
    if guest {
        session()
    } else {
        local()
    }
}

/// Loads the frameworks imported on this device. Frameworks that no longer
/// pass the validator are set aside (named in a message, and the text kept
/// under a recovery key); text that is not the store at all is kept aside
/// whole.
pub fn load_frameworks(guest: bool) -> (crate::core::frameworks::FrameworkStore, Vec<Msg>) {
    use crate::core::frameworks::{parse_store, FrameworkStore, FRAMEWORKS_KEY};
    let Some(store) = frameworks_store(guest) else {
        return (FrameworkStore::default(), Vec::new());
    };
    let Some(raw) = store.get_item(FRAMEWORKS_KEY).ok().flatten() else {
        return (FrameworkStore::default(), Vec::new());
    };
    match parse_store(&raw) {
        Ok((frameworks, aside)) if aside.is_empty() => (frameworks, Vec::new()),
        Ok((frameworks, aside)) => {
            let key = keep_aside(&store, &raw).unwrap_or_default();
            let msgs = aside
                .iter()
                .map(|a| {
                    let id = a.id.clone().unwrap_or_else(|| "？".into());
                    Msg::new(
                        format!("取り込んだ枠組み「{id}」は読み込めないため、使わずに残してあります（{}）。控え:「{key}」", a.why),
                        format!("The imported framework \u{201c}{id}\u{201d} could not be read and is not used ({}). A copy is kept as \u{201c}{key}\u{201d}.", a.why),
                    )
                })
                .collect();
            (frameworks, msgs)
        }
        Err(e) => {
            let key = keep_aside(&store, &raw).unwrap_or_default();
            (
                FrameworkStore::default(),
                vec![Msg::from_fn(|l| e.message(l)).then(&Msg::new(
                    format!("取り込んだ枠組みは「{key}」として残してあります。"),
                    format!("The imported frameworks are kept as \u{201c}{key}\u{201d}."),
                ))],
            )
        }
    }
}

/// Saves the imported frameworks, or says why it could not.
pub fn save_frameworks(
    f: &crate::core::frameworks::FrameworkStore,
    guest: bool,
) -> Result<(), Msg> {
    use crate::core::frameworks::FRAMEWORKS_KEY;
    let store = frameworks_store(guest).ok_or_else(|| {
        Msg::new(
            "このブラウザでは端末に保存できません。",
            "This browser cannot save on this device.",
        )
    })?;
    let result = if f.bodies.is_empty() {
        store.remove_item(FRAMEWORKS_KEY)
    } else {
        store.set_item(FRAMEWORKS_KEY, &f.to_json())
    };
    result.map_err(|_| {
        Msg::new(
            "取り込んだ枠組みを端末に保存できませんでした（保存容量の不足など）。",
            "Could not save the imported framework on this device (the storage may be full).",
        )
    })
}
