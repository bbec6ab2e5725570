//! The browser's storage: the one stored document, the guest session, the
//! device's settings (language, projector mode) and the copies of text
//! that could not be read.
//!
//! web-sys's `Storage` is used directly rather than gloo-storage's wrapper:
//! gloo's `LocalStorage::raw()` throws when storage is disabled, and a
//! disabled or full storage is a case this app must survive with a message,
//! not a crash. Unreadable text is never overwritten before it has been
//! copied under a recovery key, once per distinct text.
//!
//! Two rules are kept here, where every write passes, rather than by each
//! caller:
//! - a tab in a guest session (its sessionStorage flag set) never writes
//!   the owner's data in localStorage: [`owners`] refuses it;
//! - the document is written only over the text this tab last read or
//!   wrote ([`save`]): another tab's save in between is handed back to be
//!   merged (see `michishirube::core::sync`), never silently overwritten.

use crate::core::lang::Lang;
use crate::core::store::{
    kept_as, parse, recovery_key, recovery_stamp, StoredDoc, RECOVERY_PREFIX, STORAGE_KEY,
};
use crate::i18n::Msg;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Storage;

/// Every key this app writes starts with this prefix.
pub const APP_PREFIX: &str = "michishirube.";

fn local() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// localStorage, for writing the owner's data: never in a guest session.
fn owners() -> Option<Storage> {
    if is_guest() {
        None
    } else {
        local()
    }
}

/// What this tab knows of the stored text.
#[derive(Default)]
struct Synced {
    /// The text as this tab last read or wrote it (`None`: there was
    /// none). A save finds another tab's write by comparing with it.
    text: Option<String>,
    /// That text's revision (see `StoredDoc::revision`).
    revision: u32,
    /// This tab's last write, until another tab's save is read: its
    /// revision, and the text it was written over. Another tab's save of
    /// the same revision or lower did not see it: the two are merged over
    /// the text both were written over.
    wrote: Option<(u32, Option<String>)>,
}

thread_local! {
    static SYNCED: RefCell<Synced> = RefCell::new(Synced::default());
}

/// Records text read from storage (by loading, or another tab's save),
/// and its revision.
fn set_synced(text: Option<String>, revision: u32) {
    SYNCED.with(|s| {
        *s.borrow_mut() = Synced {
            text,
            revision,
            wrote: None,
        }
    });
}

/// A stored text's document as the app holds it in memory: without its
/// revision, which only the stored text carries.
fn read(text: &str) -> Result<StoredDoc, crate::core::store::StoreError> {
    parse(text).map(|mut d| {
        d.revision = 0;
        d
    })
}

/// What loading found, with messages for the person using the app.
pub struct Loaded {
    /// The document to start from.
    pub doc: StoredDoc,
    /// Messages to show.
    pub notices: Vec<Msg>,
}

/// Where the words for a copy kept aside say it is: on the data page,
/// named by no storage key (a person cannot reach one).
fn kept_aside_msg(kept: bool, what_ja: &str, what_en: &str) -> Msg {
    if kept {
        Msg::new(
            format!("{what_ja}は、この端末に控えとして残してあります。「履歴・データ」のページで、ファイルとして保存したり削除したりできます。"),
            format!("{what_en} kept on this device as a copy. On the History & data page you can save it as a file or delete it."),
        )
    } else {
        Msg::new(
            format!("{what_ja}を控えとして残すこともできませんでした（保存容量の不足など）。"),
            format!("{what_en} could not be kept as a copy either (the storage may be full)."),
        )
    }
}

/// Loads the stored document. Never fails: bad text is copied aside, a
/// message explains what happened, and the app starts from an empty document.
pub fn load() -> Loaded {
    let Some(store) = local() else {
        set_synced(None, 0);
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
            set_synced(None, 0);
            return Loaded {
                doc: StoredDoc::new(),
                notices: Vec::new(),
            };
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
    // The text is replaced by the first save only: this tab has read it.
    let parsed = parse(&raw);
    set_synced(Some(raw.clone()), parsed.as_ref().map_or(0, |d| d.revision));
    match parsed.map(|mut d| {
        d.revision = 0;
        d
    }) {
        Ok(doc) => Loaded {
            doc,
            notices: Vec::new(),
        },
        Err(e) => {
            let kept = keep_aside(&store, &raw).is_some();
            let where_ = kept_aside_msg(kept, "読み込めなかった内容", "What could not be read is");
            let fresh = Msg::new("新しく始められます。", "You can start afresh.");
            Loaded {
                doc: StoredDoc::new(),
                notices: vec![Msg::from_fn(|l| e.message(l)).then(&where_).then(&fresh)],
            }
        }
    }
}

/// The recovery keys in a storage.
fn recovery_keys(store: &Storage) -> Vec<String> {
    (0..store.length().unwrap_or(0))
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(RECOVERY_PREFIX))
        .collect()
}

/// Copies text under a recovery key, unless the same text is kept
/// already; returns the key that holds it.
fn keep_aside(store: &Storage, raw: &str) -> Option<String> {
    let keys = recovery_keys(store);
    if let Some(k) = kept_as(keys.iter().map(String::as_str), raw) {
        return Some(k.to_owned());
    }
    // Copies kept before keys named a hash: compared by their text.
    if let Some(k) = keys
        .iter()
        .filter(|k| {
            k.strip_prefix(RECOVERY_PREFIX)
                .is_some_and(|r| !r.contains('.'))
        })
        .find(|k| store.get_item(k).ok().flatten().as_deref() == Some(raw))
    {
        return Some(k.clone());
    }
    let key = recovery_key(js_sys::Date::now() as u64, raw);
    store.set_item(&key, raw).ok().map(|_| key)
}

/// Keeps a copy of text that is about to be replaced (e.g. before ids that
/// no longer exist are dropped); says whether it is kept. Never in a
/// guest session, which keeps nothing on the device.
pub fn keep_copy(raw: &str) -> bool {
    owners().is_some_and(|s| keep_aside(&s, raw).is_some())
}

/// The words for a copy kept (or not) before a change, for the person.
pub fn copy_kept_msg(kept: bool) -> Msg {
    kept_aside_msg(kept, "変更前の内容", "The previous contents are")
}

/// The copies of unreadable or replaced text kept on this device, oldest
/// first: when each was kept and how large it is. None in a guest session.
pub fn list_recovered() -> Vec<crate::state::RecoveredCopy> {
    let Some(store) = owners() else {
        return Vec::new();
    };
    let mut list: Vec<crate::state::RecoveredCopy> = recovery_keys(&store)
        .into_iter()
        .map(|key| {
            let bytes = store
                .get_item(&key)
                .ok()
                .flatten()
                .map_or(0, |t| t.len() as u64);
            crate::state::RecoveredCopy {
                kept: recovery_stamp(&key).unwrap_or(0),
                bytes,
                key,
            }
        })
        .collect();
    list.sort_by(|a, b| a.kept.cmp(&b.kept).then(a.key.cmp(&b.key)));
    list
}

/// The text of a kept copy, to save as a file (from the history page).
pub fn recovered_text(key: &str) -> Option<String> {
    if !key.starts_with(RECOVERY_PREFIX) {
        return None;
    }
    owners()?.get_item(key).ok().flatten()
}

/// Deletes one kept copy.
pub fn delete_recovered(key: &str) -> Result<(), Msg> {
    let fail = || {
        Msg::new(
            "控えを削除できませんでした。",
            "The copy could not be deleted.",
        )
    };
    if !key.starts_with(RECOVERY_PREFIX) {
        return Err(fail());
    }
    owners()
        .ok_or_else(fail)?
        .remove_item(key)
        .map_err(|_| fail())
}

/// Why a save did not happen.
pub enum SaveError {
    /// Storage refused; the message says so.
    Failed(Msg),
    /// Another tab saved since this one last read or wrote: nothing was
    /// written. `base` is the document as this tab knew it, `theirs` the
    /// other tab's (`None`: it deleted everything). Merge, then save again.
    Changed {
        /// The document this tab last read or wrote.
        base: Rc<StoredDoc>,
        /// What is stored now.
        theirs: Option<Rc<StoredDoc>>,
    },
}

/// The stored text changed to `now` (another tab's save, seen through the
/// `storage` event or before a write). Returns what to merge, or `None`
/// when this tab knew that text already. Text that cannot be read is kept
/// aside and otherwise passed over.
pub fn other_tab_saved(now: Option<String>) -> Option<(Rc<StoredDoc>, Option<Rc<StoredDoc>>)> {
    let (before, wrote) = SYNCED.with(|s| {
        let s = s.borrow();
        (s.text.clone(), s.wrote.clone())
    });
    if before == now {
        return None;
    }
    let theirs = match &now {
        None => None,
        Some(text) => match parse(text) {
            Ok(d) => Some(d),
            Err(_) => {
                if let Some(s) = owners() {
                    keep_aside(&s, text);
                }
                set_synced(now, 0);
                return None;
            }
        },
    };
    // Written over the same text as this tab's last save (the same
    // revision, or an older one): merged over that text, not over ours.
    let base_text = match (&wrote, &theirs) {
        (Some((mine, over)), Some(t)) if t.revision <= *mine => over.clone(),
        _ => before,
    };
    set_synced(now, theirs.as_ref().map_or(0, |d| d.revision));
    let base = match base_text.map(|t| read(&t)) {
        Some(Ok(d)) => d,
        _ => StoredDoc::new(),
    };
    let theirs = theirs.map(|mut d| {
        d.revision = 0;
        Rc::new(d)
    });
    Some((Rc::new(base), theirs))
}

/// Saves the document over the text this tab last read or wrote; if
/// another tab saved in between, writes nothing and hands back what to
/// merge ([`SaveError::Changed`]).
pub fn save(doc: &StoredDoc) -> Result<(), SaveError> {
    let store = owners().ok_or_else(|| {
        SaveError::Failed(Msg::new(
            "このブラウザでは端末に保存できません。",
            "This browser cannot save on this device.",
        ))
    })?;
    let now = store.get_item(STORAGE_KEY).ok().flatten();
    if let Some((base, theirs)) = other_tab_saved(now) {
        return Err(SaveError::Changed { base, theirs });
    }
    let (over, revision) = SYNCED.with(|s| {
        let s = s.borrow();
        (s.text.clone(), s.revision.saturating_add(1))
    });
    let text = StoredDoc {
        revision,
        ..doc.clone()
    }
    .to_json();
    store.set_item(STORAGE_KEY, &text).map_err(|_| {
        SaveError::Failed(Msg::new(
            "端末に保存できませんでした（保存容量の不足など）。入力した内容は画面上には残っています。書き出しや不要なスナップショットの削除をお試しください。",
            "Could not save on this device (the storage may be full). What you entered is still on screen. Try exporting, or deleting snapshots you no longer need.",
        ))
    })?;
    SYNCED.with(|s| {
        *s.borrow_mut() = Synced {
            text: Some(text),
            revision,
            wrote: Some((revision, over)),
        }
    });
    Ok(())
}

/// Removes every key this app has written, including recovery copies and
/// the language choice; projector mode, a setting of the device rather
/// than personal data, stays until it is turned off.
pub fn delete_all() -> Result<(), Msg> {
    let store = owners().ok_or_else(|| {
        Msg::new(
            "このブラウザでは端末の保存領域を使えません。",
            "This browser cannot use the device's storage.",
        )
    })?;
    let len = store.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| store.key(i).ok().flatten())
        .filter(|k| k.starts_with(APP_PREFIX) && k != PROJECTOR_FLAG)
        .collect();
    for k in keys {
        store.remove_item(&k).map_err(|_| {
            Msg::new(
                "一部のデータを削除できませんでした。",
                "Some of the data could not be deleted.",
            )
        })?;
    }
    set_synced(None, 0);
    Ok(())
}

/// sessionStorage key marking this tab as a guest session. Set when the
/// session starts and kept through every reset: only leaving guest mode
/// ([`end_guest`]) removes it, and while it is set nothing is written to
/// the owner's localStorage.
pub const GUEST_FLAG: &str = "michishirube.session";
/// sessionStorage key of the guest session's document.
pub const GUEST_DOC: &str = "michishirube.guest";
/// localStorage key of the projector-mode switch: a setting of the device
/// (a trainer's laptop), not personal data, so it outlives the browser
/// until it is turned off. `assets/boot.js` reads it before the first paint.
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

/// Marks this tab as a guest session, before anything is entered.
pub fn begin_guest() -> Result<(), Msg> {
    session()
        .and_then(|s| s.set_item(GUEST_FLAG, "guest").ok())
        .ok_or_else(|| {
            Msg::new(
                "このブラウザではタブ内の一時保存が使えないため、ゲストとして入力した内容は、このタブでも再読み込みすると消えます。",
                "This browser cannot keep anything in the tab, so what a guest enters is gone even when this tab is reloaded.",
            )
        })
}

/// Saves a guest session's document in this tab only.
pub fn save_guest(doc: &StoredDoc) -> Result<(), Msg> {
    let s = session().ok_or_else(|| {
        Msg::new(
            "このブラウザではタブ内の一時保存が使えません。",
            "This browser cannot keep anything in the tab.",
        )
    })?;
    s.set_item(GUEST_DOC, &doc.to_json()).map_err(|_| {
        Msg::new(
            "タブ内に一時保存できませんでした。",
            "Could not keep the data in this tab.",
        )
    })
}

/// The keys this app has put in this tab's sessionStorage.
fn session_keys(s: &Storage) -> Vec<String> {
    (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(APP_PREFIX))
        .collect()
}

/// Clears what a guest left in this tab (the document, imported
/// frameworks, the language choice, a supervisor's draft) for the next
/// participant. The tab stays a guest session.
pub fn reset_guest() {
    if let Some(s) = session() {
        for k in session_keys(&s) {
            if k != GUEST_FLAG {
                let _ = s.remove_item(&k);
            }
        }
        let _ = s.set_item(GUEST_FLAG, "guest");
    }
}

/// Ends the guest session: clears everything of it in this tab,
/// the flag last, so the owner's data is written again only after.
pub fn end_guest() {
    if let Some(s) = session() {
        for k in session_keys(&s) {
            if k != GUEST_FLAG {
                let _ = s.remove_item(&k);
            }
        }
        let _ = s.remove_item(GUEST_FLAG);
    }
}

fn lang_store(guest: bool) -> Option<Storage> {
    if guest {
        session()
    } else {
        owners()
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

/// Whether projector mode is on on this device: switched on earlier (and
/// not off since), or asked for by the address (`#/…?projector`, a
/// trainer's link).
pub fn projector_on(hash: &str) -> bool {
    hash.contains("?projector")
        || local()
            .and_then(|s| s.get_item(PROJECTOR_FLAG).ok().flatten())
            .is_some_and(|v| v == "1")
}

/// Remembers the projector switch on this device, until it is turned
/// off. A device setting, not a guest's data, so a guest session may
/// write it too.
pub fn set_projector(on: bool) {
    if let Some(s) = local() {
        let _ = if on {
            s.set_item(PROJECTOR_FLAG, "1")
        } else {
            s.remove_item(PROJECTOR_FLAG)
        };
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
            // Whole bytes.
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
        owners()
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
            let kept = keep_aside(&store, &raw).is_some();
            let mut msgs: Vec<Msg> = aside
                .iter()
                .map(|a| {
                    let id = a.id.clone().unwrap_or_else(|| "？".into());
                    Msg::new(
                        format!("取り込んだ枠組み「{id}」は読み込めないため、使わずに残してあります（{}）。", a.why),
                        format!("The imported framework \u{201c}{id}\u{201d} could not be read and is not used ({}).", a.why),
                    )
                })
                .collect();
            msgs.push(kept_aside_msg(
                kept,
                "取り込んだ枠組みの元の内容",
                "The imported frameworks' original text is",
            ));
            (frameworks, msgs)
        }
        Err(e) => {
            let kept = keep_aside(&store, &raw).is_some();
            (
                FrameworkStore::default(),
                vec![Msg::from_fn(|l| e.message(l)).then(&kept_aside_msg(
                    kept,
                    "取り込んだ枠組み",
                    "The imported frameworks are",
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

/// Key of the summary an HR office kept for a body (the office page's
/// 「要約をこの端末に保存」): only the pruned summary, never the files.
fn office_key(body: &crate::core::id::Id) -> String {
    format!("{APP_PREFIX}office.{body}")
}

/// The summary kept for a body, as stored; none in a guest session.
pub fn load_office_summary(body: &crate::core::id::Id) -> Option<String> {
    owners()?.get_item(&office_key(body)).ok().flatten()
}

/// Keeps a body's summary on this device; refused in a guest session,
/// which keeps nothing on the device.
pub fn save_office_summary(body: &crate::core::id::Id, json: &str) -> Result<(), Msg> {
    let store = owners().ok_or_else(|| {
        Msg::new(
            "この端末には保存できません（ゲストとしての利用中か、保存領域が使えません）。",
            "This cannot be saved on this device (a guest session, or storage is unavailable).",
        )
    })?;
    store.set_item(&office_key(body), json).map_err(|_| {
        Msg::new(
            "要約を端末に保存できませんでした（保存容量の不足など）。",
            "The summary could not be saved on this device (the storage may be full).",
        )
    })
}

/// Deletes the summary kept for a body.
pub fn delete_office_summary(body: &crate::core::id::Id) -> Result<(), Msg> {
    owners()
        .and_then(|s| s.remove_item(&office_key(body)).ok())
        .ok_or_else(|| {
            Msg::new(
                "保存した要約を削除できませんでした。",
                "The kept summary could not be deleted.",
            )
        })
}
