//! Pages drawn by a module loaded on demand: the app shows its header,
//! menu and messages, and the module draws the page's `<main>` and footer
//! into a root of its own beside the app's (see ui/js/lazy.js). A page is
//! mounted with its input as JSON and reports back through a callback; the
//! app takes it down when the person leaves it. The module is fetched the
//! first time, from this origin only.
//!
//! Both sides are here: [`LazyPage`] is the app's, and [`mount_root`],
//! [`unmount_root`] and [`PageProps`] are the module's, for each of its
//! pages' roots (the authoring page, the trainers' and
//! recruits' pages).

use crate::components::chrome::Footer;
use crate::components::status::failure;
use crate::core::lang::Lang;
use crate::i18n::{tr, use_lang, Msg};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::any::TypeId;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[wasm_bindgen(module = "/js/lazy.js")]
extern "C" {
    #[wasm_bindgen(js_name = mountPage, catch)]
    async fn mount_page(
        name: &str,
        entry: &str,
        root: web_sys::Element,
        input: &str,
        events: &js_sys::Function,
        live: &js_sys::Function,
    ) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = unmountPage, catch)]
    async fn unmount_page(name: &str) -> Result<JsValue, JsValue>;
}

/// The pages module's name (ui/src/bin/pages.rs): its `<meta>` on the
/// page, and in the one-file build.
pub const PAGES: &str = "michishirube-pages";

/// The id of the element modules draw into, right after the app's own.
pub const LAZY_ROOT: &str = "lazy-root";

/// The module's root, made the first time, after the app's root.
fn lazy_root() -> Option<web_sys::Element> {
    let doc = gloo::utils::document();
    if let Some(el) = doc.get_element_by_id(LAZY_ROOT) {
        return Some(el);
    }
    let el = doc.create_element("div").ok()?;
    el.set_id(LAZY_ROOT);
    doc.body()?.append_child(&el).ok()?;
    Some(el)
}

/// Props for [`LazyPage`].
#[derive(Properties, PartialEq)]
pub struct LazyPageProps {
    /// The module's name (its `<meta>`).
    pub module: &'static str,
    /// The module's export that mounts the page.
    pub entry: &'static str,
    /// Which page this is (its address, say): another page is mounted
    /// afresh, while the same page gets new input in place.
    pub page: String,
    /// The page's input, as JSON text.
    pub input: String,
    /// What the page reports, as JSON text.
    pub on_event: Callback<String>,
}

/// Where the page stands.
#[derive(Clone, PartialEq)]
enum Phase {
    Loading,
    Shown,
    Failed(Msg),
}

/// A page of a module loaded on demand. Until it is shown (and if it
/// cannot be), this draws the page's `<main>` with what is happening.
///
/// New input for the page on screen (a snapshot deleted, an answer given)
/// is handed to it in place (see [`mount_root`]): the page keeps its focus
/// and its own state, and is not drawn again from nothing. Another page
/// ([`LazyPageProps::page`]) is mounted afresh, as the app's own pages are.
#[component]
pub fn LazyPage(props: &LazyPageProps) -> Html {
    let lang = use_lang();
    let phase = use_state(|| Phase::Loading);
    // The channel the page on screen reports through. The one before it is
    // kept until new input has reached the page, so that nothing the page
    // reports in between calls a channel already gone.
    let channel = use_mut_ref(|| None::<Closure<dyn Fn(String)>>);
    // Declared before the mounting effect, so that when one page takes
    // another's place, the old one is taken down before the new one is
    // mounted.
    {
        let channel = channel.clone();
        use_effect_with((props.module, props.page.clone()), move |(module, _)| {
            let module = *module;
            move || {
                // The page's channel now; the next page's comes later.
                let old = channel.borrow_mut().take();
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = unmount_page(module).await;
                    // The page may still report while it is taken down.
                    drop(old);
                });
            }
        });
    }
    {
        let phase = phase.clone();
        let on_event = props.on_event.clone();
        let shown = *phase == Phase::Shown;
        use_effect_with(
            (props.module, props.entry, props.input.clone()),
            move |(module, entry, input)| {
                let (module, entry) = (*module, *entry);
                let events =
                    Closure::<dyn Fn(String)>::new(move |json: String| on_event.emit(json));
                let callback: js_sys::Function =
                    events.as_ref().unchecked_ref::<js_sys::Function>().clone();
                // Whether this input is still wanted when the module arrives.
                let wanted = std::rc::Rc::new(std::cell::Cell::new(true));
                let live = {
                    let wanted = wanted.clone();
                    Closure::<dyn Fn() -> bool>::new(move || wanted.get())
                };
                let is_live: js_sys::Function =
                    live.as_ref().unchecked_ref::<js_sys::Function>().clone();
                // A page shown stays on screen while new input reaches it,
                // so no second "loading" main flashes beside it.
                if !shown {
                    phase.set(Phase::Loading);
                }
                match lazy_root() {
                    None => phase.set(Phase::Failed(Msg::new(
                        "ページを表示できませんでした。",
                        "The page could not be shown.",
                    ))),
                    Some(root) => {
                        let input = input.clone();
                        let phase = phase.clone();
                        let wanted = wanted.clone();
                        wasm_bindgen_futures::spawn_local(async move {
                            let mounted =
                                mount_page(module, entry, root, &input, &callback, &is_live).await;
                            // `live` is asked only while that waits.
                            drop(live);
                            if !wanted.get() {
                                return;
                            }
                            // The page reports through this channel now.
                            drop(channel.borrow_mut().replace(events));
                            match mounted {
                                Ok(_) => phase.set(Phase::Shown),
                                Err(e) => {
                                    let why = e
                                        .as_string()
                                        .or_else(|| {
                                            js_sys::Reflect::get(&e, &"message".into())
                                                .ok()
                                                .and_then(|m| m.as_string())
                                        })
                                        .unwrap_or_default();
                                    phase.set(Phase::Failed(Msg::new(
                                    format!("このページの部品を読み込めませんでした。再読み込みしてお試しください。（{why}）"),
                                    format!("This page's module could not be loaded. Reload and try again. ({why})"),
                                )));
                                }
                            }
                        });
                    }
                }
                move || wanted.set(false)
            },
        );
    }
    match &*phase {
        Phase::Shown => html! {},
        Phase::Loading => html! {
            <main id="main" tabindex="-1"><p class="status loading" role="status">{ tr(lang, "読み込み中…", "Loading…") }</p></main>
        },
        Phase::Failed(m) => html! {
            <main id="main" tabindex="-1"><p class="error" role="alert">{ m.get(lang).to_owned() }</p></main>
        },
    }
}

/// Props of a page's root in a module: the app's input, or why it could
/// not be read, and the channel to report to the app.
#[derive(Properties)]
pub struct PageProps<I: PartialEq + 'static, E: 'static> {
    /// The app's input, or why it could not be read.
    pub input: Result<Rc<I>, String>,
    /// Reports to the app.
    pub report: Callback<E>,
}

impl<I: PartialEq + 'static, E: 'static> PartialEq for PageProps<I, E> {
    fn eq(&self, other: &Self) -> bool {
        self.input == other.input && self.report == other.report
    }
}

/// Hands a mounted page new input (JSON) and a new report channel.
type Update = Box<dyn Fn(&str, js_sys::Function)>;

/// The page a module has mounted: which root it is, a way to hand it new
/// input, and a way to take it down.
struct Mounted {
    root: TypeId,
    update: Update,
    destroy: Box<dyn FnOnce()>,
}

thread_local! {
    /// The module's page mounted now (one at a time).
    static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
}

/// The props of a page root: the input read from JSON, and a report
/// channel that sends each `E` as JSON through `events`.
fn page_props<I, E>(input: &str, events: js_sys::Function) -> PageProps<I, E>
where
    I: DeserializeOwned + PartialEq + 'static,
    E: Serialize + 'static,
{
    let input = serde_json::from_str::<I>(input)
        .map(Rc::new)
        .map_err(|e| e.to_string());
    let report = Callback::from(move |e: E| {
        if let Ok(json) = serde_json::to_string(&e) {
            let _ = events.call1(&JsValue::NULL, &JsValue::from_str(&json));
        }
    });
    PageProps { input, report }
}

/// In a module: mounts the page root `R` into `root`, with `input` (`I`
/// as JSON) and `events` (called with each `E` the page reports, as JSON).
/// If `R` is on screen already, it gets the new input in place, keeping
/// its state and focus; any other page is taken down first.
pub fn mount_root<R, I, E>(root: web_sys::Element, input: &str, events: js_sys::Function)
where
    R: BaseComponent<Properties = PageProps<I, E>>,
    I: DeserializeOwned + PartialEq + 'static,
    E: Serialize + 'static,
{
    let same = MOUNTED.with(|m| {
        m.borrow()
            .as_ref()
            .is_some_and(|m| m.root == TypeId::of::<R>())
    });
    if same {
        // Not while MOUNTED is borrowed: the update may render at once.
        let taken = MOUNTED.with(|m| m.borrow_mut().take());
        if let Some(m) = taken {
            (m.update)(input, events);
            MOUNTED.with(|slot| *slot.borrow_mut() = Some(m));
        }
        return;
    }
    unmount_root();
    let handle = Rc::new(RefCell::new(Some(
        yew::Renderer::<R>::with_root_and_props(root, page_props(input, events)).render(),
    )));
    let updating = handle.clone();
    MOUNTED.with(|m| {
        *m.borrow_mut() = Some(Mounted {
            root: TypeId::of::<R>(),
            update: Box::new(move |input, events| {
                if let Some(h) = updating.borrow_mut().as_mut() {
                    h.update(page_props(input, events));
                }
            }),
            destroy: Box::new(move || {
                if let Some(h) = handle.borrow_mut().take() {
                    h.destroy();
                }
            }),
        })
    });
}

/// In a module: takes its page down (its DOM with it), if one is mounted.
pub fn unmount_root() {
    if let Some(m) = MOUNTED.with(|m| m.borrow_mut().take()) {
        (m.destroy)();
    }
}

/// In a module: the frame of every page it draws, so that each has the same
/// landmarks as the app's pages: the language for its parts, its `<main>`
/// (the skip link's target, focused when the page opens) with `page` in
/// it, and the footer.
pub fn page_frame(lang: Lang, class: Option<&'static str>, page: Html) -> Html {
    html! {
        <ContextProvider<Lang> context={lang}>
            <main id="main" tabindex="-1" {class}>{ page }</main>
            <Footer />
        </ContextProvider<Lang>>
    }
}

/// What a page's root draws when the app's input could not be read (a
/// module and an app of different builds, say): in Japanese, since the
/// language is part of that input.
pub fn unreadable_input(why: &str) -> Html {
    let lang = Lang::Ja;
    html! {
        <ContextProvider<Lang> context={lang}>
            <main id="main" tabindex="-1">{ failure(&Msg::new(format!("ページを表示できませんでした（{why}）。"), format!("The page could not be shown ({why}).")), lang) }</main>
        </ContextProvider<Lang>>
    }
}
