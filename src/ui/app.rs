//! The root component: owns the reducer and the interface language,
//! follows the address bar, fetches the index and the bodies a view needs,
//! saves the document after every change, and picks the view.

use super::components::{
    assess::{RateView, ResultsView, SetupView},
    body_list::{BodyList, PrefectureView},
    body_view::BodyView,
    career::CareerView,
    chrome::{current_hash, focus_main, use_document_lang, Footer, Header, Nav},
    demo::DemoView,
    explore::ExploreView,
    failure,
    history::{HistoryView, SnapshotView},
    loading,
    notices::Notices,
    plan::PlanView,
    pre_entry::PreEntryView,
    print::PrintView,
    statement::StatementView,
    suggest::SuggestView,
    survey::SurveyView,
    workshop::WorkshopView,
};
use super::fetch;
use super::i18n::{tr, Lang, Msg};
use super::state::{Action, AppContext, AppState, Loadable, Route};
use super::storage;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A document waiting to be saved: its revision, whether the session is a
/// guest session, and the document.
type Pending = (u64, bool, Rc<crate::core::store::StoredDoc>);

/// Records save progress on <html> (`data-rev` changed, `data-saved`
/// written), so tests can wait for "everything saved" instead of sleeping.
fn mark(attr: &str, rev: u64) {
    if let Some(el) = gloo::utils::document().document_element() {
        let _ = el.set_attribute(attr, &rev.to_string());
    }
}

/// Writes the pending document, if any, where this session keeps it.
fn flush(pending: &std::cell::RefCell<Option<Pending>>) -> Result<(), Msg> {
    let Some((rev, guest, doc)) = pending.borrow_mut().take() else {
        return Ok(());
    };
    let saved = if guest {
        storage::save_guest(&doc)
    } else {
        storage::save(&doc)
    };
    if saved.is_ok() {
        mark("data-saved", rev);
    }
    saved
}

/// Moves to a route by setting the address; the hashchange listener updates state.
pub fn navigate(route: &Route) {
    if let Some(loc) = web_sys::window().map(|w| w.location()) {
        let _ = loc.set_hash(&route.to_hash());
    }
}

/// The initial state: the stored document and the route in the address bar.
pub fn initial_state() -> AppState {
    let hash = current_hash();
    let projector = storage::projector_on(&hash);
    if projector {
        storage::set_projector(true);
    }
    // A guest tab never reads the personal document in localStorage.
    if let Some(doc) = storage::load_guest() {
        return AppState {
            doc: Rc::new(doc),
            route: Route::from_hash(&hash),
            guest: true,
            projector,
            ..AppState::default()
        };
    }
    let loaded = storage::load();
    AppState {
        doc: Rc::new(loaded.doc),
        notices: loaded.notices,
        route: Route::from_hash(&hash),
        projector,
        ..AppState::default()
    }
}

/// Fetches a body's data unless it is already loaded or loading.
pub fn ensure_body(ctx: &AppContext, id: &crate::core::id::Id) {
    if ctx.bodies.contains_key(id) {
        return;
    }
    let Loadable::Ready(ix) = &ctx.index else {
        return;
    };
    // With many bodies the start-up index lists none; a body's file is at a
    // fixed path, so it can still be fetched directly.
    let file = match ix.bodies.iter().find(|b| &b.id == id) {
        Some(entry) => Some(entry.file.clone()),
        None if ix.bodies.is_empty() => Some(crate::core::index::body_path(id)),
        None => None,
    };
    let Some(file) = file else {
        ctx.dispatch(Action::BodyFailed(
            id.clone(),
            Msg::new(
                format!("団体「{id}」のデータは、このアプリに収録されていません。"),
                format!("The data of the body \u{201c}{id}\u{201d} is not included in this app."),
            ),
        ));
        return;
    };
    ctx.dispatch(Action::BodyLoading(id.clone()));
    let ctx = ctx.clone();
    let id = id.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match fetch::body(&file).await {
            Ok(d) => ctx.dispatch(Action::BodyLoaded(id, Rc::new(d))),
            Err(msg) => ctx.dispatch(Action::BodyFailed(id, msg)),
        }
    });
}

/// The application.
#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    // The language is its own state, handed down through its own context:
    // it changes no data, and every component reads it the same way.
    let lang = use_state(|| storage::load_lang(state.guest));
    let switch_lang = {
        let lang = lang.clone();
        let guest = state.guest;
        Callback::from(move |next: Lang| {
            storage::save_lang(next, guest);
            lang.set(next);
        })
    };

    use_document_lang(*lang);

    // A guest session starting in this tab keeps the language chosen so
    // far, in the tab only, so a reload does not lose it.
    {
        let lang = *lang;
        use_effect_with(state.guest, move |guest| {
            if *guest {
                storage::save_lang(lang, true);
            }
        });
    }

    // Follow the address bar.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    state.dispatch(Action::Route(Route::from_hash(&current_hash())))
                })
            });
            move || drop(listener)
        });
    }

    // Keep tabs in step: when another tab saves, take its document over
    // (saves happen on every change, so this tab has nothing unsaved), and
    // follow its language switch.
    {
        let state = state.clone();
        let lang = lang.clone();
        use_effect_with(state.guest, move |guest| {
            let guest = *guest;
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if guest {
                        return;
                    }
                    if e.key().as_deref() == Some(storage::LANG_KEY) {
                        if let Some(l) = e.new_value().and_then(|k| Lang::from_key(&k)) {
                            lang.set(l);
                        }
                        return;
                    }
                    if e.key().as_deref() != Some(crate::core::store::STORAGE_KEY) {
                        return;
                    }
                    match e.new_value() {
                        Some(raw) => {
                            if let Ok(doc) = crate::core::store::parse(&raw) {
                                state.dispatch(Action::External(Some(Rc::new(doc))));
                            }
                        }
                        None => state.dispatch(Action::External(None)),
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Load the index once.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match fetch::index().await {
                    Ok(ix) => state.dispatch(Action::IndexLoaded(Rc::new(ix))),
                    Err(msg) => state.dispatch(Action::IndexFailed(msg)),
                }
            });
        });
    }

    // Fetch the body the view needs.
    {
        let state = state.clone();
        let needed = state.needed_body();
        let ready = matches!(state.index, Loadable::Ready(_));
        use_effect_with((needed, ready), move |(needed, _)| {
            if let Some(id) = needed {
                ensure_body(&state, id);
            }
        });
    }

    // Save after every change to the document (autosave). Changes in quick
    // succession are written once, 200 ms after the last: with 1,000
    // snapshots the document is half a megabyte, and writing it on every
    // click would slow every click. Leaving the page (reload, close, switch
    // away) writes at once, so nothing is lost.
    let pending = use_mut_ref(|| None::<Pending>);
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let state = state.clone();
        let pending = pending.clone();
        let timer = timer.clone();
        use_effect_with(state.doc_rev, move |rev| {
            if *rev > 0 {
                *pending.borrow_mut() = Some((*rev, state.guest, state.doc.clone()));
                mark("data-rev", *rev);
                let pending = pending.clone();
                let state = state.clone();
                *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(200, move || {
                    if let Err(msg) = flush(&pending) {
                        state.dispatch(Action::Notice(msg));
                    }
                }));
            }
        });
    }
    {
        let pending = pending.clone();
        let timer = timer.clone();
        use_effect_with(state.wiped, move |_| {
            pending.borrow_mut().take();
            timer.borrow_mut().take();
        });
    }
    {
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|w| {
                let p1 = pending.clone();
                let p2 = pending.clone();
                let doc = gloo::utils::document();
                (
                    EventListener::new(&w, "pagehide", move |_| {
                        let _ = flush(&p1);
                    }),
                    EventListener::new(&doc, "visibilitychange", move |_| {
                        if gloo::utils::document().visibility_state()
                            == web_sys::VisibilityState::Hidden
                        {
                            let _ = flush(&p2);
                        }
                    }),
                )
            });
            move || drop(listeners)
        });
    }

    // Projector mode: a class on <html> for large type and high contrast,
    // remembered for this tab only.
    {
        let on = state.projector;
        use_effect_with(on, move |on| {
            if let Some(el) = gloo::utils::document().document_element() {
                let _ = if *on {
                    el.class_list().add_1("projector")
                } else {
                    el.class_list().remove_1("projector")
                };
            }
            storage::set_projector(*on);
        });
    }

    // Keep a copy of text that is about to be replaced.
    {
        let state = state.clone();
        use_effect_with(state.backup.clone(), move |backup| {
            if let Some(raw) = backup {
                // A guest session never writes to localStorage.
                let key = if state.guest {
                    None
                } else {
                    storage::keep_copy(raw)
                };
                state.dispatch(Action::BackupDone(key));
            }
        });
    }

    // Move focus to the main region on every route change, for keyboard and
    // screen-reader users.
    {
        let route = state.route.clone();
        use_effect_with(route, |_| focus_main());
    }

    let l = *lang;
    let main = match (&state.index, &state.route) {
        (Loadable::Loading, _) => loading(l),
        (Loadable::Failed(msg), _) => failure(msg, l),
        // Projector mode never shows personal data, whatever the address.
        (Loadable::Ready(_), r) if state.projector && r.is_personal() => html! {
            <section>
                <h1>{ tr(l, "プロジェクター表示中", "Projector mode is on") }</h1>
                <p class="plain">{ tr(l, "プロジェクター表示中のため、自己評価・履歴・計画などの個人のデータは表示しません。", "Projector mode is on, so personal data such as self-ratings, history and plans is not shown.") }</p>
                <p><a href={Route::Workshop.to_hash()}>{ tr(l, "研修・説明会のページへ", "Go to the workshop page") }</a></p>
            </section>
        },
        (Loadable::Ready(ix), Route::Home) => html! { <BodyList index={ix.clone()} /> },
        (Loadable::Ready(ix), Route::Prefecture(code)) => {
            html! { <PrefectureView index={ix.clone()} code={code.clone()} /> }
        }
        (Loadable::Ready(_), Route::Body(id)) => html! { <BodyView id={id.clone()} /> },
        (Loadable::Ready(_), Route::Setup) => html! { <SetupView /> },
        (Loadable::Ready(_), Route::Rate) => html! { <RateView /> },
        (Loadable::Ready(_), Route::Results) => html! { <ResultsView /> },
        (Loadable::Ready(_), Route::History) => html! { <HistoryView /> },
        (Loadable::Ready(_), Route::Snapshot(n)) => html! { <SnapshotView id={*n} /> },
        (Loadable::Ready(_), Route::Suggest(id)) => html! { <SuggestView id={id.clone()} /> },
        (Loadable::Ready(_), Route::Career(id)) => html! { <CareerView id={id.clone()} /> },
        (Loadable::Ready(_), Route::Plan) => html! { <PlanView /> },
        (Loadable::Ready(_), Route::Print) => html! { <PrintView /> },
        (Loadable::Ready(_), Route::Explore(id, pair)) => {
            html! { <ExploreView id={id.clone()} pair={pair.clone()} /> }
        }
        (Loadable::Ready(_), Route::Demo(id)) => html! { <DemoView id={id.clone()} /> },
        (Loadable::Ready(_), Route::PreEntry(id)) => html! { <PreEntryView id={id.clone()} /> },
        (Loadable::Ready(_), Route::Survey(id)) => html! { <SurveyView id={id.clone()} /> },
        (Loadable::Ready(_), Route::Workshop) => html! { <WorkshopView /> },
        (_, Route::Accessibility) => html! { <StatementView /> },
    };

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<Lang> context={l}>
            <Header on_switch={switch_lang} />
            <Nav route={state.route.clone()} body={state.personal_assessment().map(|a| a.selection.body.clone())} projector={state.projector} />
            if state.projector {
                <p class="mode-banner" role="note">{ tr(l, "プロジェクター表示中：個人のデータ（自己評価・履歴・計画）は表示しません。", "Projector mode: personal data (self-ratings, history, plans) is not shown.") }
                    <button type="button" class="secondary" onclick={ let st = state.clone(); Callback::from(move |_| st.dispatch(Action::Projector(false))) }>{ tr(l, "通常の表示に戻す", "Back to the normal view") }</button></p>
            }
            if state.guest {
                <p class="mode-banner" role="note">{ tr(l, "ゲストとして利用中：入力はこのタブの中だけに一時保存され、端末には残りません。", "Using as a guest: what you enter is kept only in this tab and not left on the device.") }
                    <a href={Route::Workshop.to_hash()}>{ tr(l, "リセットはこちら", "Reset here") }</a></p>
            }
            <Notices />
            <main id="main" tabindex="-1">{ main }</main>
            <Footer />
        </ContextProvider<Lang>>
        </ContextProvider<AppContext>>
    }
}
