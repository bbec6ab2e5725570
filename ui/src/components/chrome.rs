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

/// What the menu offers, decided from the app's state: a page joins the
/// menu once it has something to show. Before a body is chosen the menu
/// holds only the ways in; once an assessment is set up, its grades, its
/// rating and the body's career path; once something is rated (or
/// planned), the results and what follows from them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Menu {
    /// The body of the person's own assessment, if any.
    pub body: Option<Id>,
    /// Whether the assessment holds at least one rating.
    pub rated: bool,
    /// Whether the plan holds at least one item.
    pub planned: bool,
    /// Projector mode hides the personal pages.
    pub projector: bool,
}

impl Menu {
    /// The menu for the app's state.
    pub fn of(state: &crate::state::AppState) -> Menu {
        let own = state.personal_assessment();
        Menu {
            body: own.map(|a| a.selection.body.clone()),
            rated: own.is_some_and(|a| {
                a.current
                    .values()
                    .chain(a.next.values())
                    .any(|e| e.rating.is_some())
            }),
            planned: !state.projector && !state.doc.plan.is_empty(),
            projector: state.projector,
        }
    }

    /// The menu's items in order: each page and its label (Japanese, English).
    pub fn items(&self) -> Vec<(Route, &'static str, &'static str)> {
        let mut items = vec![(Route::Home, "団体を選ぶ", "Choose your city or prefecture")];
        if let Some(b) = &self.body {
            items.push((Route::Setup, "職位を選ぶ", "Choose grades"));
            items.push((Route::Rate, "自己評価", "Self-rating"));
            if self.rated {
                items.push((Route::Results, "結果", "Results"));
                items.push((Route::Suggest(b.clone()), "おすすめ", "Suggestions"));
            }
            items.push((Route::Career(b.clone()), "キャリアパス", "Career path"));
            if self.rated || self.planned {
                items.push((Route::Plan, "計画", "Plan"));
            }
            if self.rated {
                items.push((Route::Meeting(crate::route::Meeting::Share), "面談", "1on1"));
                items.push((Route::Print, "印刷", "Print"));
            }
        }
        if !self.projector {
            items.push((Route::History, "履歴・データ", "History & data"));
        }
        items.push((Route::Workshop, "研修・説明会", "Workshops"));
        items
    }
}

/// Props for [`Nav`].
#[derive(Properties, PartialEq)]
pub struct NavProps {
    /// The page shown, marked as current in the menu.
    pub route: Route,
    /// What the menu offers.
    #[prop_or_default]
    pub menu: Menu,
}

/// A menu longer than this folds behind a 「メニュー」 button on a phone. The
/// first view's menu (団体を選ぶ, 履歴・データ, 研修・説明会) fits one line
/// of a 320 px screen, so the static page needs no script to open it.
const UNFOLDED: usize = 3;

/// Top navigation, shown on every page. On a wide screen every item is in
/// one row. On a phone a longer menu folds behind a 「メニュー」 button (a
/// native button that says whether it is open); opened, it lists every
/// item in view, in order. Escape or choosing a page folds it again.
#[component]
pub fn Nav(props: &NavProps) -> Html {
    let lang = use_context::<Lang>().unwrap_or_default();
    let open = use_state(|| false);
    let button = use_node_ref();
    {
        let open = open.clone();
        use_effect_with(props.route.clone(), move |_| open.set(false));
    }
    let items = props.menu.items();
    let foldable = items.len() > UNFOLDED;
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        let button = button.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    let class = classes!(
        "site-nav",
        foldable.then_some("foldable"),
        (foldable && *open).then_some("open")
    );
    html! {
        <nav {class} aria-label={tr(lang, "メインメニュー", "Main menu")} {onkeydown}>
            if foldable {
                <button type="button" class="menu-toggle" ref={button} aria-expanded={open.to_string()}
                    aria-controls="site-menu" onclick={toggle}>
                    <span class="menu-icon" aria-hidden="true">{ if *open { "×" } else { "≡" } }</span>
                    { tr(lang, "メニュー", "Menu") }
                </button>
            }
            <ul id="site-menu">
                { for items.into_iter().map(|(route, ja, en)| {
                    let current = props.route == route;
                    html! {
                        <li><a href={route.to_hash()} aria-current={current.then_some("page")}>{ tr(lang, ja, en) }</a></li>
                    }
                }) }
            </ul>
        </nav>
    }
}

/// Props for [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// Called with the language chosen by the switch.
    pub on_switch: Callback<Lang>,
    /// A guest session: what is entered stays in the tab, not on the device.
    #[prop_or_default]
    pub guest: bool,
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
                <p class="privacy-note">{ if props.guest {
                    tr(l, "ゲストの入力内容はこのタブの中だけに一時保存し、外部に送信しません。", "A guest's entries are kept only in this tab for now and never sent anywhere.")
                } else {
                    tr(l, "入力内容はこの端末の中だけに保存し、外部に送信しません。", "What you enter is saved only on this device and never sent anywhere.")
                } }</p>
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
            <a href={Route::Office(None).to_hash()}>{ tr(l, "組織の傾向（人事担当の方へ）", "Trends across the organisation (for HR offices)") }</a>
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

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(m: &Menu) -> Vec<&'static str> {
        m.items().into_iter().map(|(_, ja, _)| ja).collect()
    }

    #[test]
    fn before_a_body_is_chosen_the_menu_holds_only_the_ways_in() {
        assert_eq!(
            labels(&Menu::default()),
            ["団体を選ぶ", "履歴・データ", "研修・説明会"]
        );
    }

    #[test]
    fn a_set_up_assessment_with_nothing_rated_offers_no_results_plan_1on1_or_print() {
        let m = Menu {
            body: Some(Id::parse("aomori-city").expect("an id")),
            ..Menu::default()
        };
        assert_eq!(
            labels(&m),
            [
                "団体を選ぶ",
                "職位を選ぶ",
                "自己評価",
                "キャリアパス",
                "履歴・データ",
                "研修・説明会"
            ]
        );
    }

    #[test]
    fn once_rated_every_page_joins_and_a_plan_alone_brings_its_page() {
        let body = Some(Id::parse("aomori-city").expect("an id"));
        let rated = Menu {
            body: body.clone(),
            rated: true,
            ..Menu::default()
        };
        assert_eq!(rated.items().len(), 11);
        let planned = Menu {
            body,
            planned: true,
            ..Menu::default()
        };
        assert!(labels(&planned).contains(&"計画"));
        assert!(!labels(&planned).contains(&"印刷"));
    }

    #[test]
    fn projector_mode_leaves_out_the_personal_history() {
        let m = Menu {
            projector: true,
            ..Menu::default()
        };
        assert_eq!(labels(&m), ["団体を選ぶ", "研修・説明会"]);
    }
}
