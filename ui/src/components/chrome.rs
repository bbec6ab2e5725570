//! The frame around every page: skip link, header with the language switch,
//! the main menu and the footer. The build renders them into index.html as
//! the static first view ([`crate::first_view`]) and the whole app
//! ([`crate::app`]) draws them, so the first view and the app it hands
//! over to look and read the same.

use crate::core::id::Id;
use crate::i18n::{tr, Lang};
use crate::route::Route;
use yew::prelude::*;

/// Moves keyboard and screen-reader focus to the main region (the skip
/// link), scrolling it into view.
pub fn focus_main() {
    if let Some(el) = main_region() {
        let _ = el.focus();
    }
}

/// A page was opened: it shows from its top, header and menu in view, and
/// focus moves to its main region without scrolling (a main region taller
/// than the screen, as while a page loads, would otherwise be scrolled to).
pub fn open_page() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
    if let Some(el) = main_region() {
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = el.focus_with_options(&opts);
    }
}

fn main_region() -> Option<web_sys::HtmlElement> {
    let main = gloo::utils::document().get_element_by_id("main")?;
    wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main).ok()
}

/// Props for [`Nav`].
#[derive(Properties, PartialEq)]
pub struct NavProps {
    /// The page shown, marked as current in the menu.
    pub route: Route,
    /// The body of the person's own assessment, if any: its pages join the menu.
    pub body: Option<Id>,
    /// Projector mode hides the personal pages.
    pub projector: bool,
}

/// Top navigation, shown on every page.
#[component]
pub fn Nav(props: &NavProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let link = |route: Route, label: &str| {
        let current = props.route == route;
        html! {
            <li><a href={route.to_hash()} aria-current={current.then_some("page")}>{ label }</a></li>
        }
    };
    // On a phone the menu is one line that scrolls sideways; a link reached
    // with Tab is brought wholly into view (browsers leave a link that is
    // half on screen where it is).
    let onfocusin = Callback::from(|e: FocusEvent| {
        if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
            opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
            el.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    });
    html! {
        <nav class="site-nav" aria-label={tr(lang, "メインメニュー", "Main menu")} {onfocusin}>
            <ul>
                { link(Route::Home, tr(lang, "団体を選ぶ", "Choose your city or prefecture")) }
                if let Some(b) = props.body.clone() {
                    { link(Route::Setup, tr(lang, "職位を選ぶ", "Choose grades")) }
                    { link(Route::Rate, tr(lang, "自己評価", "Self-rating")) }
                    { link(Route::Results, tr(lang, "結果", "Results")) }
                    { link(Route::Suggest(b.clone()), tr(lang, "おすすめ", "Suggestions")) }
                    { link(Route::Career(b), tr(lang, "キャリアパス", "Career path")) }
                    { link(Route::Plan, tr(lang, "計画", "Plan")) }
                    { link(Route::Meeting(crate::route::Meeting::Share), tr(lang, "面談", "1on1")) }
                    { link(Route::Print, tr(lang, "印刷", "Print")) }
                }
                if !props.projector {
                    { link(Route::History, tr(lang, "履歴・データ", "History & data")) }
                }
                { link(Route::Workshop, tr(lang, "研修・説明会", "Workshops")) }
            </ul>
        </nav>
    }
}

/// Props for [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Called with the language chosen by the switch.
    pub on_switch: Callback<Lang>,
}

/// Skip link, site title, privacy promise and language switch.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let l = use_context::<Lang>().unwrap_or_default();
    // The skip link focuses the main region without touching the address,
    // which holds the route.
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus_main();
    });
    // The switch names the other language in that language (and marks it as
    // such for screen readers). A native button, so Tab and Enter/Space work.
    let other = l.other();
    let switch = {
        let cb = props.on_switch.clone();
        Callback::from(move |_: MouseEvent| cb.emit(other))
    };
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ tr(l, "本文へ移動", "Skip to main content") }</a>
            <header class="site-header">
                <p class="site-title">
                    <a class="site-name" href="#/">
                        <span lang="ja">{ "道しるべ" }</span>
                        if l == Lang::En { { " Michishirube" } }
                    </a>
                    <span class="site-sub">{ tr(l, "自治体職員のキャリア自己診断・計画", "Career self-assessment and planning for local-government staff") }</span>
                </p>
                <p class="privacy-note">{ tr(l, "入力内容はこの端末の中だけに保存し、外部に送信しません。", "What you enter is saved only on this device and never sent anywhere.") }</p>
                <button type="button" class="secondary lang-switch" data-lang={other.key()} onclick={switch}>
                    <span lang={other.key()}>{ other.native_name() }</span>
                </button>
            </header>
        </>
    }
}

/// The footer, with the accessibility statement.
#[component]
pub fn Footer() -> Html {
    let l = use_context::<Lang>().unwrap_or_default();
    html! {
        <footer class="site-footer">
            <a href={Route::Accessibility.to_hash()}>{ tr(l, "アクセシビリティ方針", "Accessibility statement") }</a>
            <a href={Route::Author.to_hash()}>{ tr(l, "団体の枠組みを作る（人事担当の方へ）", "Bring your body's framework (for HR offices)") }</a>
        </footer>
    }
}

/// The page's own (Japanese) title. It is read once and kept on `<html>`,
/// because the title may already be English when the language changes
/// again.
fn title_ja() -> String {
    let doc = gloo::utils::document();
    let root = doc.document_element();
    if let Some(kept) = root.as_ref().and_then(|r| r.get_attribute("data-title-ja")) {
        return kept;
    }
    let title = doc.title();
    if let Some(r) = root {
        let _ = r.set_attribute("data-title-ja", &title);
    }
    title
}

/// Sets `<html lang>` and the document title for the language, so screen
/// readers pronounce the page in it and the tab names it.
#[hook]
pub fn use_document_lang(lang: Lang) {
    let title_ja = use_memo((), |_| title_ja());
    use_effect_with(lang, move |lang| {
        let doc = gloo::utils::document();
        if let Some(el) = doc.document_element() {
            let _ = el.set_attribute("lang", lang.key());
        }
        doc.set_title(lang.pick(title_ja.as_str(), TITLE_EN));
    });
}

/// The document's title in English; the Japanese one is index.html's own.
const TITLE_EN: &str = "Michishirube — career self-assessment for local-government staff";
