//! The root component: owns the reducer and the interface language, picks
//! the page for the route, and runs the effects that do the state's I/O:
//! following the address bar and the other tabs, fetching the index and
//! the bodies the view needs, saving the document, deleting what the
//! person asked to delete, and asking the browser to keep the data.

use crate::components::chrome::{open_page, use_document_lang, Footer, Header, Menu, Nav};
use crate::components::notices::Notices;
use crate::components::status::{failure, loading};
use crate::components::words::mixed;
use crate::fetch;
use crate::i18n::{tr, Lang, Msg};
use crate::pages;
use crate::pages::body_list::{embedded_label, imported_from, imported_label};
use crate::route::{current_hash, navigate, use_route_listener, Route};
use crate::state::{Action, AppContext, AppState, Io, Loadable};
use crate::storage;
use gloo::events::EventListener;
use michishirube::core::id::Id;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A document waiting to be saved: its revision, whether the session is a
/// guest session, and the document.
type Pending = (u64, bool, Rc<michishirube::core::store::StoredDoc>);

/// Records save progress on <html> (`data-rev` changed, `data-saved`
/// written), so tests can wait for "everything saved" instead of sleeping.
fn mark(attr: &str, rev: u64) {
    if let Some(el) = gloo::utils::document().document_element() {
        let _ = el.set_attribute(attr, &rev.to_string());
    }
}

/// Writes the pending document, if any, where this session keeps it: a
/// guest's (as the change was made, or as the tab is now) in the tab only,
/// never over the owner's.
fn flush(pending: &std::cell::RefCell<Option<Pending>>) -> Result<(), storage::SaveError> {
    let Some((rev, guest, doc)) = pending.borrow_mut().take() else {
        return Ok(());
    };
    let saved = if guest || storage::is_guest() {
        storage::save_guest(&doc).map_err(storage::SaveError::Failed)
    } else {
        storage::save(&doc)
    };
    if saved.is_ok() {
        mark("data-saved", rev);
    }
    saved
}

/// Writes the pending document as the page goes away, when there is no
/// time to show anything: another tab's save in between is merged in
/// place (see `michishirube::core::sync`), then written.
fn flush_now(pending: &std::cell::RefCell<Option<Pending>>) {
    let Some((rev, guest, doc)) = pending.borrow().clone() else {
        return;
    };
    // (Deleted elsewhere: what this tab changed since is kept, as the
    // state does it, see AppState::other_tab.)
    if let Err(storage::SaveError::Changed { base, theirs }) = flush(pending) {
        let theirs = theirs.unwrap_or_else(|| Rc::new(michishirube::core::store::StoredDoc::new()));
        let merged = michishirube::core::sync::merge(&base, &doc, &theirs, crate::today());
        *pending.borrow_mut() = Some((rev, guest, Rc::new(merged.doc)));
        let _ = flush(pending);
    }
}

/// Hands another tab's save to the state to merge; this tab's own save,
/// if one was waiting, is then made by the state's merged document.
fn take_over(
    state: &AppContext,
    pending: &std::cell::RefCell<Option<Pending>>,
    base: Rc<michishirube::core::store::StoredDoc>,
    theirs: Option<Rc<michishirube::core::store::StoredDoc>>,
) {
    pending.borrow_mut().take();
    state.dispatch(Action::OtherTab {
        base,
        theirs,
        today: crate::today(),
    });
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
        let (frameworks, notices) = storage::load_frameworks(true);
        return AppState {
            doc: Rc::new(doc),
            frameworks: Rc::new(frameworks),
            notices,
            route: Route::from_hash(&hash),
            guest: true,
            projector,
            ..AppState::default()
        };
    }
    let loaded = storage::load();
    let (frameworks, mut notices) = storage::load_frameworks(false);
    notices.extend(loaded.notices);
    AppState {
        doc: Rc::new(loaded.doc),
        frameworks: Rc::new(frameworks),
        notices,
        recovered: storage::list_recovered(),
        route: Route::from_hash(&hash),
        projector,
        ..AppState::default()
    }
}

/// On every page about a body whose data on this device is an imported
/// framework (its own pages, and the person's assessment pages when they
/// rate it), and in print: which file, imported when, and that it is not
/// published data.
fn imported_banner(state: &AppState, l: Lang) -> Html {
    let id = state.route.body().cloned().or_else(|| {
        state
            .route
            .is_personal()
            .then(|| {
                state
                    .personal_assessment()
                    .map(|a| a.selection.body.clone())
            })
            .flatten()
    });
    let Some(imp) = id.as_ref().and_then(|id| state.framework(id)) else {
        return embedded_banner(state, id.as_ref(), l);
    };
    html! {
        <p class="imported-banner" role="note">
            <strong>{ imported_label(l) }</strong>{ " " }
            { mixed(&match l {
                Lang::Ja => format!("{}の枠組みは、{}ました。公表されたデータではありません。", imp.data.body.name.ja, imported_from(imp, l)),
                Lang::En => format!("The framework of {} was {}. It is not published data.", imp.data.body.name.glossed(l), imported_from(imp, l)),
            }, l) }
            <a class="no-print" href={Route::Author.to_hash()}>{ tr(l, "取り込んだ枠組みの管理", "Manage imported frameworks") }</a>
        </p>
    }
}

/// The same for a body an HR office embedded in this copy of the app (a
/// one-file app made on the authoring page): not published data either.
fn embedded_banner(state: &AppState, id: Option<&Id>, l: Lang) -> Html {
    let Loadable::Ready(ix) = &state.index else {
        return html! {};
    };
    let Some(id) = id.filter(|id| ix.imported.contains(id)) else {
        return html! {};
    };
    let name = state.body(id).map(|d| d.body.name.clone());
    html! {
        <p class="imported-banner" role="note">
            <strong>{ embedded_label(l) }</strong>{ " " }
            { mixed(&match (l, name) {
                (Lang::Ja, Some(n)) => format!("{}の枠組みは、このアプリを作った人事担当が取り込んだものです。公表されたデータではありません。", n.ja),
                (Lang::Ja, None) => "この団体の枠組みは、このアプリを作った人事担当が取り込んだものです。公表されたデータではありません。".to_owned(),
                (_, Some(n)) => format!("The framework of {} was brought in by the HR office that made this app. It is not published data.", n.glossed(l)),
                (_, None) => "This body's framework was brought in by the HR office that made this app. It is not published data.".to_owned(),
            }, l) }
        </p>
    }
}

/// Fetches a body's data unless it is already loaded or loading: from the
/// frameworks imported on this device first, else from where the index
/// says its file is ([`michishirube::core::index::Index::body_file`]).
fn ensure_body(ctx: &AppContext, id: &Id) {
    if ctx.bodies.contains_key(id) {
        return;
    }
    if let Some(imp) = ctx.framework(id) {
        ctx.dispatch(Action::BodyLoaded(id.clone(), imp.data.clone().into()));
        return;
    }
    let Loadable::Ready(ix) = &ctx.index else {
        return;
    };
    let Some(file) = ix.body_file(id) else {
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
            Ok(d) => ctx.dispatch(Action::BodyLoaded(id, d.into())),
            Err(msg) => ctx.dispatch(Action::BodyFailed(id, msg)),
        }
    });
}

/// Follows another tab's language switch (its saves are taken over by
/// [`use_autosave`]).
#[hook]
fn use_other_tabs(state: AppContext, lang: UseStateHandle<Lang>) {
    use_effect_with(state.guest, move |guest| {
        let guest = *guest;
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "storage", move |e| {
                let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                if guest || e.key().as_deref() != Some(storage::LANG_KEY) {
                    return;
                }
                if let Some(l) = e.new_value().and_then(|k| Lang::from_key(&k)) {
                    lang.set(l);
                }
            })
        });
        move || drop(listener)
    });
}

/// Saves after every change to the document (autosave). Changes in quick
/// succession are written once, 200 ms after the last: with 1,000 snapshots
/// the document is half a megabyte, and writing it on every click would
/// slow every click. Leaving the page (reload, close, switch away) writes
/// at once, so nothing is lost. After the first save of a session, the
/// browser is asked to keep the data.
///
/// Another tab may save within those 200 ms. Its save is seen through the
/// `storage` event, or at the latest by [`storage::save`], which never
/// writes over a text this tab has not seen; either way the state merges
/// it with this tab's changes ([`Action::OtherTab`]) and saves the result.
#[hook]
fn use_autosave(state: AppContext) {
    let pending = use_mut_ref(|| None::<Pending>);
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let asked = use_mut_ref(|| false);
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
                    match flush(&pending) {
                        Err(storage::SaveError::Failed(msg)) => state.dispatch(Action::Notice(msg)),
                        Err(storage::SaveError::Changed { base, theirs }) => {
                            take_over(&state, &pending, base, theirs)
                        }
                        // A guest session keeps nothing, so asks for nothing.
                        Ok(()) if !state.guest && !*asked.borrow() => {
                            *asked.borrow_mut() = true;
                            wasm_bindgen_futures::spawn_local(async move {
                                let info = storage::storage_info(true).await;
                                state.dispatch(Action::StorageInfo(info));
                            });
                        }
                        Ok(()) => {}
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
        let timer = timer.clone();
        use_effect_with(state.guest, move |guest| {
            let guest = *guest;
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    // A guest's document is this tab's alone.
                    if guest || e.key().as_deref() != Some(michishirube::core::store::STORAGE_KEY) {
                        return;
                    }
                    if let Some((base, theirs)) = storage::other_tab_saved(e.new_value()) {
                        timer.borrow_mut().take();
                        take_over(&state, &pending, base, theirs);
                    }
                })
            });
            move || drop(listener)
        });
    }
    use_effect_with((), move |_| {
        let listeners = web_sys::window().map(|w| {
            let p1 = pending.clone();
            let p2 = pending.clone();
            let doc = gloo::utils::document();
            (
                EventListener::new(&w, "pagehide", move |_| flush_now(&p1)),
                EventListener::new(&doc, "visibilitychange", move |_| {
                    if gloo::utils::document().visibility_state()
                        == web_sys::VisibilityState::Hidden
                    {
                        flush_now(&p2);
                    }
                }),
            )
        });
        move || drop(listeners)
    });
}

/// Does the storage I/O the state asks for, then reports (and, for the
/// deletions and the guest's reset, moves home).
#[hook]
fn use_storage_io(state: AppContext) {
    let guest = state.guest;
    use_effect_with(state.io.clone(), move |io| match io {
        // A guest's "everything" is the guest session's: the owner's data
        // is not the guest's to delete.
        Some(Io::DeleteAll | Io::ClearGuest) if guest => {
            storage::reset_guest();
            state.dispatch(Action::GuestCleared);
            navigate(&Route::Home);
        }
        Some(Io::DeleteAll) => match storage::delete_all() {
            Ok(()) => {
                state.dispatch(Action::AllDeleted);
                navigate(&Route::Home);
            }
            Err(msg) => state.dispatch(Action::IoFailed(msg)),
        },
        Some(Io::ClearGuest) => state.dispatch(Action::GuestCleared),
        Some(Io::EndGuest) => {
            storage::end_guest();
            let loaded = storage::load();
            let (frameworks, mut notices) = storage::load_frameworks(false);
            notices.extend(loaded.notices);
            state.dispatch(Action::GuestEnded {
                doc: Rc::new(loaded.doc),
                frameworks: Rc::new(frameworks),
                notices,
                recovered: storage::list_recovered(),
            });
            navigate(&Route::Home);
        }
        Some(Io::DeleteRecovered(key)) => match storage::delete_recovered(key) {
            Ok(()) => state.dispatch(Action::Recovered(storage::list_recovered())),
            Err(msg) => state.dispatch(Action::IoFailed(msg)),
        },
        None => {}
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

    // A guest session starting in this tab marks the tab at once (so no
    // later write can reach the owner's data), and keeps the language
    // chosen so far, in the tab only, so a reload does not lose it.
    {
        let lang = *lang;
        let st = state.clone();
        use_effect_with(state.guest, move |guest| {
            if *guest {
                if let Err(msg) = storage::begin_guest() {
                    st.dispatch(Action::Notice(msg));
                }
                storage::save_lang(lang, true);
            }
        });
    }

    {
        let state = state.clone();
        use_route_listener(Callback::from(move |r| state.dispatch(Action::Route(r))));
    }
    use_other_tabs(state.clone(), lang.clone());

    // Load the index once, and learn whether the browser keeps the data.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let s = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match fetch::index().await {
                    Ok(ix) => s.dispatch(Action::IndexLoaded(Rc::new(ix))),
                    Err(msg) => s.dispatch(Action::IndexFailed(msg)),
                }
            });
            wasm_bindgen_futures::spawn_local(async move {
                let info = storage::storage_info(false).await;
                state.dispatch(Action::StorageInfo(info));
            });
        });
    }

    // Fetch the bodies the view needs.
    {
        let state = state.clone();
        let needed = state.needed_bodies();
        let ready = matches!(state.index, Loadable::Ready(_));
        use_effect_with((needed, ready), move |(needed, _)| {
            for id in needed {
                ensure_body(&state, id);
            }
        });
    }

    // Fetch the list of a chosen prefecture's bodies (many bodies only).
    {
        let state = state.clone();
        let wanted = match (&state.route, &state.index) {
            (Route::Prefecture(code), Loadable::Ready(ix))
                if !state.prefectures.contains_key(code) =>
            {
                Some((code.clone(), ix.clone()))
            }
            _ => None,
        };
        use_effect_with(wanted, move |wanted| {
            if let Some((code, ix)) = wanted.clone() {
                state.dispatch(Action::Prefecture(code.clone(), Loadable::Loading));
                wasm_bindgen_futures::spawn_local(async move {
                    let list = crate::pages::body_list::load_prefecture(&ix, &code).await;
                    state.dispatch(Action::Prefecture(code, list));
                });
            }
        });
    }

    // A link into the app that starts a self-assessment (a body's
    // published page gives one): once the body is here, start, and put the
    // setup page (or, for a recruit, the rating page) in the address in its
    // place, so going back does not start again.
    {
        let state = state.clone();
        let start = match &state.route {
            Route::Start {
                body,
                track,
                pre_entry,
            } if state.body(body).is_some() => Some((body.clone(), track.clone(), *pre_entry)),
            _ => None,
        };
        use_effect_with(start, move |start| {
            if let Some((body, track, pre_entry)) = start.clone() {
                state.dispatch(Action::Start { body, track });
                let next = if pre_entry {
                    state.dispatch(Action::SetCurrent(
                        michishirube::core::assess::Position::PreEntry,
                    ));
                    Route::Rate
                } else {
                    Route::Setup
                };
                if let Some(loc) = web_sys::window().map(|w| w.location()) {
                    let _ = loc.replace(&next.to_hash());
                }
            }
        });
    }

    use_autosave(state.clone());

    // Imported frameworks are saved as soon as they change (a rare,
    // deliberate step: importing or removing one).
    {
        let state = state.clone();
        use_effect_with(state.frameworks_rev, move |rev| {
            if *rev > 0 {
                if let Err(msg) = storage::save_frameworks(&state.frameworks, state.guest) {
                    state.dispatch(Action::Notice(msg));
                }
            }
        });
    }
    use_storage_io(state.clone());

    // Projector mode: a class on <html> for large type and high contrast,
    // remembered on this device until it is turned off.
    use_effect_with(state.projector, move |on| {
        if let Some(el) = gloo::utils::document().document_element() {
            let _ = if *on {
                el.class_list().add_1("projector")
            } else {
                el.class_list().remove_1("projector")
            };
        }
        storage::set_projector(*on);
    });

    // Keep a copy of text that is about to be replaced (never asked for
    // in a guest session; storage refuses it there anyway).
    {
        let state = state.clone();
        use_effect_with(state.backup.clone(), move |backup| {
            if let Some(raw) = backup {
                let kept = storage::keep_copy(raw);
                state.dispatch(Action::BackupDone(kept));
                state.dispatch(Action::Recovered(storage::list_recovered()));
            }
        });
    }

    // Which page is open: the route, but for the explorer's two grades,
    // which are the same page drawn again in place (so focus stays on the
    // grade chosen). Another page is drawn afresh, with none of the last
    // one's own state (a share opened, a confirmation asked), and focus
    // moves to the main region, for keyboard and screen-reader users. (A
    // link to a section of a page, `?to=`, is followed by the page itself.)
    let page = match &state.route {
        Route::Explore(id, Some(_)) => Route::Explore(id.clone(), None),
        r => r.clone(),
    }
    .to_hash();
    use_effect_with(page.clone(), |_| open_page());

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
        (Loadable::Ready(ix), r) => pages::page(r, ix, &state, l),
    };

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
        <ContextProvider<Lang> context={l}>
            <Header on_switch={switch_lang} guest={state.guest} />
            <Nav route={state.route.clone()} menu={Menu::of(&state)} />
            if state.projector {
                <p class="mode-banner" role="note">{ tr(l, "プロジェクター表示中：個人のデータは表示しません。", "Projector mode: no personal data is shown.") }
                    <button type="button" class="secondary" onclick={ let st = state.clone(); Callback::from(move |_| st.dispatch(Action::Projector(false))) }>{ tr(l, "通常の表示に戻す", "Back to the normal view") }</button></p>
            }
            if state.guest {
                <p class="mode-banner" role="note">{ tr(l, "ゲストとして利用中：入力はこのタブの中だけに一時保存され、タブを閉じるかリセットすると消えます。この端末の持ち主のデータには書き込みません。", "Using as a guest: what you enter is kept only in this tab and is gone when the tab is closed or reset. Nothing is written to the device owner's data.") }
                    <a href={Route::Workshop.to_hash()}>{ tr(l, "リセット・ゲストの終了はこちら", "Reset or leave guest mode here") }</a></p>
            }
            <Notices />
            { imported_banner(&state, l) }
            <main id="main" tabindex="-1"><key={page}>{ main }</></main>
            <Footer />
        </ContextProvider<Lang>>
        </ContextProvider<AppContext>>
    }
}
