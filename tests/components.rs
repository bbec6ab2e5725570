//! Component tests in headless Chromium (wasm-bindgen-test): components
//! mount on a real DOM and react to input.
#![cfg(target_arch = "wasm32")]

use michishirube::core::index::build_index;
use michishirube::core::load::body_from_json;
use michishirube::ui::components::ability_table::{AbilityTable, AbilityTableProps};
use michishirube::ui::components::body_list::BodyList;
use michishirube::ui::state::{Action, AppContext, AppState};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sample() -> Rc<michishirube::core::model::BodyData> {
    Rc::new(body_from_json("valid.json", include_str!("fixtures/valid.json")).expect("fixture"))
}

fn fresh_root() -> web_sys::Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn texts(root: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn the_ability_table_mounts_with_headers_marks_legend_and_source() {
    let root = fresh_root();
    yew::Renderer::<AbilityTable>::with_root_and_props(
        root.clone(),
        AbilityTableProps { data: sample() },
    )
    .render();
    settle().await;

    assert_eq!(
        texts(&root, "thead th[scope=col]"),
        ["職位", "倫理", "判断力"]
    );
    assert_eq!(texts(&root, "tbody th[scope=row]"), ["課長", "主事"]);
    let marks: Vec<String> = {
        let cells = root.query_selector_all("td.mark-cell").expect("cells");
        (0..cells.length())
            .filter_map(|i| cells.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .filter_map(|e| e.get_attribute("data-mark"))
            .collect()
    };
    assert_eq!(marks, ["○", "○", "○", "-"]);
    // Each mark is also spelled out for screen readers, not shown by symbol alone.
    let spoken = texts(&root, "td.mark-cell .sr-only");
    assert!(
        spoken.iter().all(|s| s.contains('：') && s.len() > 4),
        "{spoken:?}"
    );
    assert_eq!(texts(&root, ".legend dt"), ["○", "-"]);
    assert!(texts(&root, ".source")[0].contains("sample.txt"));
}

#[derive(Properties, PartialEq)]
struct HarnessProps {
    index: Rc<michishirube::core::index::Index>,
}

/// Provides the app's context around the list, as `App` does.
#[component]
fn Harness(props: &HarnessProps) -> Html {
    let state = use_reducer(AppState::default);
    {
        let state = state.clone();
        let ix = props.index.clone();
        use_effect_with((), move |_| state.dispatch(Action::IndexLoaded(ix)));
    }
    let chosen = state
        .body
        .as_ref()
        .map(|(id, _)| id.to_string())
        .unwrap_or_default();
    html! {
        <ContextProvider<AppContext> context={state}>
            <BodyList index={props.index.clone()} />
            <output id="chosen">{ chosen }</output>
        </ContextProvider<AppContext>>
    }
}

#[wasm_bindgen_test]
async fn the_body_list_shows_each_body_and_reacts_to_a_choice() {
    let root = fresh_root();
    let body = sample();
    let index = Rc::new(build_index([body.as_ref()]));
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), HarnessProps { index }).render();
    settle().await;

    assert_eq!(texts(&root, ".body-name"), ["見本市"]);
    let parts = texts(&root, ".body-parts");
    assert!(parts[0].contains("職位×能力の表"), "{parts:?}");

    let button: web_sys::HtmlElement = root
        .query_selector("button[data-body=valid]")
        .expect("query")
        .expect("button present")
        .dyn_into()
        .expect("html element");
    button.click();
    settle().await;
    assert_eq!(texts(&root, "#chosen"), ["valid"]);
}
