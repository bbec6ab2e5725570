//! The root component: owns the reducer, follows the address bar, fetches
//! the index and the bodies a view needs, saves the document after every
//! change, and picks the view.

use super::components::{
    assess::{RateView, ResultsView, SetupView},
    body_list::BodyList,
    body_view::BodyView,
    career::CareerView,
    demo::DemoView,
    explore::ExploreView,
    history::{HistoryView, SnapshotView},
    notices::Notices,
    plan::PlanView,
    pre_entry::PreEntryView,
    print::PrintView,
    suggest::SuggestView,
    survey::SurveyView,
    workshop::WorkshopView,
};
use super::fetch;
use super::state::{Action, AppContext, AppState, Loadable, Route};
use super::storage;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn focus_main() {
    if let Some(main) = gloo::utils::document().get_element_by_id("main") {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
            let _ = el.focus();
        }
    }
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
    let projector = storage::projector_on() || hash.contains("?projector");
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
    let Some(entry) = ix.bodies.iter().find(|b| &b.id == id).cloned() else {
        ctx.dispatch(Action::BodyFailed(
            id.clone(),
            format!("団体「{id}」のデータは、このアプリに収録されていません。"),
        ));
        return;
    };
    ctx.dispatch(Action::BodyLoading(id.clone()));
    let ctx = ctx.clone();
    let id = id.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match fetch::body(&entry.file).await {
            Ok(d) => ctx.dispatch(Action::BodyLoaded(id, Rc::new(d))),
            Err(msg) => ctx.dispatch(Action::BodyFailed(id, msg)),
        }
    });
}

/// Top navigation, shown on every page.
#[component]
fn Nav() -> Html {
    let Some(ctx) = use_context::<AppContext>() else {
        return html! {};
    };
    let body = ctx.personal_assessment().map(|a| a.selection.body.clone());
    let link = |route: Route, label: &'static str| {
        let current = ctx.route == route;
        html! {
            <li><a href={route.to_hash()} aria-current={current.then_some("page")}>{ label }</a></li>
        }
    };
    html! {
        <nav class="site-nav" aria-label="メインメニュー">
            <ul>
                { link(Route::Home, "団体を選ぶ") }
                if let Some(b) = body {
                    { link(Route::Setup, "職位を選ぶ") }
                    { link(Route::Rate, "自己評価") }
                    { link(Route::Results, "結果") }
                    { link(Route::Suggest(b.clone()), "おすすめ") }
                    { link(Route::Career(b), "キャリアパス") }
                    { link(Route::Plan, "計画") }
                    { link(Route::Print, "印刷") }
                }
                if !ctx.projector {
                    { link(Route::History, "履歴・データ") }
                }
                { link(Route::Workshop, "研修・説明会") }
            </ul>
        </nav>
    }
}

/// The application.
#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);

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
    // (saves happen on every change, so this tab has nothing unsaved).
    {
        let state = state.clone();
        use_effect_with(state.guest, move |guest| {
            let guest = *guest;
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "storage", move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if guest || e.key().as_deref() != Some(crate::core::store::STORAGE_KEY) {
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

    // Save after every change to the document (autosave).
    {
        let state = state.clone();
        use_effect_with(state.doc_rev, move |rev| {
            if *rev > 0 {
                let saved = if state.guest {
                    storage::save_guest(&state.doc)
                } else {
                    storage::save(&state.doc)
                };
                if let Err(msg) = saved {
                    state.dispatch(Action::Notice(msg));
                }
            }
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
    // The skip link focuses the main region without touching the address,
    // which holds the route.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_main();
    });

    let main = match (&state.index, &state.route) {
        (Loadable::Loading, _) => html! { <p class="status" role="status">{ "読み込み中…" }</p> },
        (Loadable::Failed(msg), _) => html! { <p class="error" role="alert">{ msg.clone() }</p> },
        // Projector mode never shows personal data, whatever the address.
        (Loadable::Ready(_), r) if state.projector && r.is_personal() => html! {
            <section>
                <h1>{ "プロジェクター表示中" }</h1>
                <p class="plain">{ "プロジェクター表示中のため、自己評価・履歴・計画などの個人のデータは表示しません。" }</p>
                <p><a href={Route::Workshop.to_hash()}>{ "研修・説明会のページへ" }</a></p>
            </section>
        },
        (Loadable::Ready(ix), Route::Home) => html! { <BodyList index={ix.clone()} /> },
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
    };

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <a class="skip-link" href="#main" onclick={skip}>{ "本文へ移動" }</a>
            <header class="site-header">
                <p class="site-title">
                    <a class="site-name" href="#/">{ "道しるべ" }</a>
                    <span class="site-sub">{ "自治体職員のキャリア自己診断・計画" }</span>
                </p>
                <p class="privacy-note">{ "入力内容はこの端末の中だけに保存し、外部に送信しません。" }</p>
            </header>
            <Nav />
            if state.projector {
                <p class="mode-banner" role="note">{ "プロジェクター表示中：個人のデータ（自己評価・履歴・計画）は表示しません。" }
                    <button type="button" class="secondary" onclick={ let st = state.clone(); Callback::from(move |_| st.dispatch(Action::Projector(false))) }>{ "通常の表示に戻す" }</button></p>
            }
            if state.guest {
                <p class="mode-banner" role="note">{ "ゲストとして利用中：入力はこのタブの中だけに一時保存され、端末には残りません。" }
                    <a href={Route::Workshop.to_hash()}>{ "リセットはこちら" }</a></p>
            }
            <Notices />
            <main id="main" tabindex="-1">{ main }</main>
        </ContextProvider<AppContext>>
    }
}
