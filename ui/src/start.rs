//! The start-up shell: the first view, in a module of its own.
//!
//! Most visitors' first screen is the list of bodies. Drawing it needs the
//! index, the header and the list, which is a small part of the app; the
//! rest (assessment, charts, plans, import, QR codes…) is most of the code.
//! So the first view is a separate, small wasm module built from this file,
//! and the whole app (`src/bin/app.rs`) is loaded only when the person
//! leaves it: chooses a body, or opens any other page. After the first
//! visit the service worker has both, so later visits start from the cache.
//!
//! The shell hands over at once, before drawing a list, when the first
//! view needs more than it has: a stored assessment (the menu then lists the
//! person's pages), a guest session, projector mode, a page other than the
//! lists, or storage that cannot be used (the app explains that).

use crate::components::chrome::{focus_main, use_document_lang, Footer, Header, Nav};
use crate::components::status::{failure, loading};
use crate::fetch;
use crate::i18n::{tr, Lang, Msg};
use crate::pages::body_list::{load_prefecture, BodyList, PrefectureView};
use crate::route::{current_hash, Route};
use crate::state::Loadable;
use crate::storage;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The element the shell draws into; the app removes it when it starts.
pub const ROOT_ID: &str = "start-root";

#[wasm_bindgen(module = "/js/open-app.js")]
extern "C" {
    /// Loads and starts the whole app (see js/open-app.js). Rejects if
    /// its files cannot be fetched.
    #[wasm_bindgen(js_name = openApp, catch)]
    async fn open_app_js() -> Result<JsValue, JsValue>;
}

/// Whether the shell can draw this page itself.
fn shell_can_show(route: &Route) -> bool {
    matches!(route, Route::Home | Route::Prefecture(_))
}

/// Whether anything on this device makes the first view the app's own:
/// a stored document, imported frameworks (which the list must show), a
/// guest session, projector mode, or no usable storage.
fn device_needs_app() -> bool {
    storage::has_document() != Some(false)
        || storage::has_frameworks()
        || storage::is_guest()
        || storage::projector_on(&current_hash())
}

/// What the shell is doing.
#[derive(Clone, PartialEq)]
enum Phase {
    /// Drawing the lists.
    Shell(Route),
    /// Loading the app, which will take the page over.
    Handing,
    /// The app could not be loaded.
    Failed(Msg),
}

/// The start-up shell's root component.
#[component]
fn Start() -> Html {
    let phase = use_state(|| {
        let route = Route::from_hash(&current_hash());
        if shell_can_show(&route) && !device_needs_app() {
            Phase::Shell(route)
        } else {
            Phase::Handing
        }
    });
    let lang = use_state(|| storage::load_lang(false));
    let index = use_state(|| Loadable::<Rc<crate::core::index::Index>>::Loading);
    let prefecture =
        use_state(|| None::<(String, Loadable<Rc<crate::core::index::PrefectureIndex>>)>);
    use_document_lang(*lang);

    let switch_lang = {
        let lang = lang.clone();
        Callback::from(move |next: Lang| {
            storage::save_lang(next, false);
            lang.set(next);
        })
    };

    // Follow the address bar while the shell is showing; any page it does
    // not draw hands over to the app. Leaving the shell drops the listener.
    {
        let phase = phase.clone();
        let showing = matches!(*phase, Phase::Shell(_));
        use_effect_with(showing, move |showing| {
            let listener = showing.then(web_sys::window).flatten().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    let route = Route::from_hash(&current_hash());
                    phase.set(if shell_can_show(&route) {
                        Phase::Shell(route)
                    } else {
                        Phase::Handing
                    });
                })
            });
            move || drop(listener)
        });
    }

    // Hand over: load the app. It removes this shell when it starts.
    {
        let phase = phase.clone();
        let handing = *phase == Phase::Handing;
        use_effect_with(handing, move |handing| {
            if *handing {
                wasm_bindgen_futures::spawn_local(async move {
                    if open_app_js().await.is_err() {
                        phase.set(Phase::Failed(Msg::new(
                            "アプリ本体を読み込めませんでした。通信環境を確認して、再読み込みしてください。",
                            "Could not load the app. Check the connection and reload the page.",
                        )));
                    }
                });
            }
        });
    }

    // The index, once, for the lists.
    {
        let index = index.clone();
        let needed = matches!(*phase, Phase::Shell(_));
        use_effect_with(needed, move |needed| {
            if *needed && matches!(*index, Loadable::Loading) {
                wasm_bindgen_futures::spawn_local(async move {
                    index.set(match fetch::index().await {
                        Ok(ix) => Loadable::Ready(Rc::new(ix)),
                        Err(msg) => Loadable::Failed(msg),
                    });
                });
            }
        });
    }

    // A chosen prefecture's list of bodies (many bodies only).
    {
        let prefecture = prefecture.clone();
        let wanted = match (&*phase, &*index) {
            (Phase::Shell(Route::Prefecture(code)), Loadable::Ready(ix)) => {
                Some((code.clone(), ix.clone()))
            }
            _ => None,
        };
        use_effect_with(wanted, move |wanted| {
            if let Some((code, ix)) = wanted.clone() {
                prefecture.set(Some((code.clone(), Loadable::Loading)));
                wasm_bindgen_futures::spawn_local(async move {
                    let list = load_prefecture(&ix, &code).await;
                    prefecture.set(Some((code, list)));
                });
            }
        });
    }

    // Focus follows the page, as in the app.
    {
        let route = match &*phase {
            Phase::Shell(r) => Some(r.clone()),
            _ => None,
        };
        use_effect_with(route, |route| {
            if route.is_some() {
                focus_main();
            }
        });
    }

    let l = *lang;
    let (route, main) = match (&*phase, &*index) {
        (Phase::Failed(msg), _) => {
            let reload = Callback::from(|_: MouseEvent| {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            });
            (
                Route::Home,
                html! {
                    <>
                        { failure(msg, l) }
                        <p><button type="button" class="primary" onclick={reload}>{ tr(l, "再読み込みする", "Reload") }</button></p>
                    </>
                },
            )
        }
        (Phase::Handing, _) => (Route::from_hash(&current_hash()), loading(l)),
        (Phase::Shell(r), Loadable::Loading) => (r.clone(), loading(l)),
        (Phase::Shell(r), Loadable::Failed(msg)) => (r.clone(), failure(msg, l)),
        (Phase::Shell(r), Loadable::Ready(ix)) => {
            let view = match r {
                Route::Prefecture(code) => {
                    let list = match &*prefecture {
                        Some((c, l)) if c == code => l.clone(),
                        _ => Loadable::Loading,
                    };
                    html! { <PrefectureView {list} /> }
                }
                _ => html! { <BodyList index={ix.clone()} /> },
            };
            (r.clone(), view)
        }
    };

    html! {
        <ContextProvider<Lang> context={l}>
            <Header on_switch={switch_lang} />
            <Nav {route} body={None} projector={false} />
            <main id="main" tabindex="-1">{ main }</main>
            <Footer />
        </ContextProvider<Lang>>
    }
}

/// Draws the start-up shell into a root element of its own, so the app can
/// remove it in one step when it takes over.
pub fn mount() {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").ok().and_then(|root| {
        root.set_id(ROOT_ID);
        doc.body()?.append_child(&root).ok()?;
        Some(root)
    });
    match root {
        Some(root) => {
            yew::Renderer::<Start>::with_root(root).render();
        }
        // Drawn anywhere else, the shell could not be removed and the page
        // would show it beside the app; let the app draw the page instead.
        None => wasm_bindgen_futures::spawn_local(async {
            let _ = open_app_js().await;
        }),
    }
}
