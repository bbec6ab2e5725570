//! Component tests in headless Chromium (wasm-bindgen-test): components
//! mount on a real DOM and react to input.
#![cfg(target_arch = "wasm32")]

use michishirube_ui::audience::body::{BodyView, BodyViewProps};
use michishirube_ui::audience::suggest::SuggestView;
use michishirube_ui::components::ability_table::{AbilityTable, AbilityTableProps};
use michishirube_ui::components::radar::{canvas_of, Radar, RadarProps, Series, SeriesStyle};
use michishirube_ui::components::rating::RatingItem;
use michishirube_ui::components::results::{ResultsBody, ResultsProps};
use michishirube_ui::core::assess::{rate_items, Entry, RateItem, Side};
use michishirube_ui::core::assess::{Assessment, Position, Selection};
use michishirube_ui::core::id::Id;
use michishirube_ui::core::index::build_index;
use michishirube_ui::core::lang::Lang;
use michishirube_ui::core::load::body_from_json;
use michishirube_ui::core::model::{Basis, BodyData};
use michishirube_ui::core::scale::Rating;
use michishirube_ui::pages::body_list::{imported_entries, BodyList, BodyListProps};
use michishirube_ui::state::{AppContext, AppState, Shared};
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn sample() -> Shared<michishirube_ui::core::model::BodyData> {
    Shared::from(
        body_from_json(
            "valid.json",
            include_str!("../../tests/fixtures/valid.json"),
        )
        .expect("fixture"),
    )
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

/// Waits until `cond` holds (Yew renders, and effects draw, between
/// tasks), checking every few milliseconds for at most three seconds; a
/// condition that never holds fails the test with `what`.
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..600 {
        if cond() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
    panic!("timed out waiting for {what}");
}

fn has(root: &web_sys::Element, selector: &str) -> bool {
    root.query_selector(selector).ok().flatten().is_some()
}

/// How many times a chart has drawn its canvas (it counts on `data-drawn`).
fn draws(root: &web_sys::Element) -> u32 {
    canvas_of(root)
        .and_then(|c| c.get_attribute("data-drawn"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
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
    until("the table", || has(&root, "table.ability-matrix")).await;

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
    // Cited by the document's title and section, never by the file name of
    // the text extraction.
    let source = &texts(&root, ".source")[0];
    assert!(source.contains("見本市人材育成基本方針"), "{source}");
    assert!(!source.contains("sample.txt"), "{source}");
}

#[wasm_bindgen_test]
async fn the_body_list_links_each_body_to_its_own_address() {
    let root = fresh_root();
    let body = sample();
    let index = Rc::new(build_index([body.as_ref()]));
    yew::Renderer::<BodyList>::with_root_and_props(
        root.clone(),
        BodyListProps {
            index,
            imported: Default::default(),
            static_pages: false,
        },
    )
    .render();
    until("the list", || has(&root, ".body-name")).await;

    assert_eq!(texts(&root, ".body-name"), ["見本市"]);
    let parts = texts(&root, ".body-parts");
    assert!(parts[0].contains("職位×能力の表"), "{parts:?}");
    let link = root
        .query_selector("a[data-body=valid]")
        .expect("query")
        .expect("link present");
    assert_eq!(link.get_attribute("href").as_deref(), Some("#/body/valid"));
}

#[wasm_bindgen_test]
async fn an_imported_framework_is_listed_under_its_prefecture_labelled_with_its_file_and_day() {
    use michishirube_ui::core::frameworks::{FrameworkStore, Imported};
    let root = fresh_root();
    let body = sample();
    let mut ours = (*body).clone();
    ours.body.id = Id::parse("testshi").expect("id");
    ours.body.name.ja = "テスト市".into();
    let mut imported = FrameworkStore::default();
    imported.put(Imported::from_data(
        "テスト市.xlsx".into(),
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
        ours.clone(),
    ));
    // The one-file app made for it: the index lists it, and features it.
    let (index, _) = build_index([body.as_ref()]).with_body(&ours, None);
    let index = Rc::new(index);
    yew::Renderer::<BodyList>::with_root_and_props(
        root.clone(),
        BodyListProps {
            index,
            imported: imported_entries(&imported),
            static_pages: false,
        },
    )
    .render();
    until("the list", || has(&root, ".body-name")).await;

    // First, the body the app was made for; then each prefecture's, once.
    assert_eq!(texts(&root, ".featured .body-name"), ["テスト市"]);
    assert_eq!(
        texts(&root, ".pref .body-name")
            .iter()
            .filter(|n| *n == "テスト市")
            .count(),
        1
    );
    let tag = texts(&root, ".pref .imported .imported-tag");
    assert_eq!(tag, ["取り込んだ枠組み（この端末だけ）"]);
    let from = texts(&root, ".pref .imported .body-docs");
    assert!(
        from[0].contains("「テスト市.xlsx」から") && from[0].contains("令和8年12月1日"),
        "{from:?}"
    );
    // The count says which bodies are the app's own and which are not.
    let intro = texts(&root, "#bodies-heading + .featured + p");
    assert!(
        intro[0].starts_with("1 団体") && intro[0].contains("取り込んだ枠組みが 1 件"),
        "{intro:?}"
    );
}

fn item(id: &str) -> RateItem {
    let d = sample();
    rate_items(
        &d,
        Some(&Id::parse("shuji").expect("id")),
        Some(&Id::parse("kacho").expect("id")),
    )
    .into_iter()
    .find(|i| i.id == id)
    .expect("item")
}

#[derive(Properties, PartialEq)]
struct RatingHarnessProps {
    item: RateItem,
}

/// Holds the entries in local state, as the app's reducer does.
#[component]
fn RatingHarness(props: &RatingHarnessProps) -> Html {
    let current = use_state(Entry::default);
    let next = use_state(Entry::default);
    let on_rate = {
        let (current, next) = (current.clone(), next.clone());
        Callback::from(move |(sides, _item, rating): (Vec<Side>, Id, Rating)| {
            for side in sides {
                let target = if side == Side::Current {
                    &current
                } else {
                    &next
                };
                target.set(Entry {
                    rating: Some(rating),
                    note: target.note.clone(),
                });
            }
        })
    };
    let on_note = {
        let next = next.clone();
        Callback::from(move |(_sides, _item, note): (Vec<Side>, Id, String)| {
            next.set(Entry {
                rating: next.rating,
                note,
            });
        })
    };
    html! {
        <>
            <RatingItem item={props.item.clone()} current={(*current).clone()} next={(*next).clone()}
                current_name={"主事".to_string()} next_name={Some("課長".to_string())} {on_rate} {on_note} />
            <output id="state">{ format!("{:?}|{:?}", current.rating, next.rating) }</output>
        </>
    }
}

#[wasm_bindgen_test]
async fn the_rating_item_offers_one_radio_group_per_grade_and_reacts_to_a_choice() {
    let root = fresh_root();
    // 判断力: not required of 主事 (-), required of 課長 (○): one group only.
    yew::Renderer::<RatingHarness>::with_root_and_props(
        root.clone(),
        RatingHarnessProps {
            item: item("hanndan"),
        },
    )
    .render();
    until("the item", || has(&root, "li.rate-item")).await;
    assert_eq!(root.query_selector_all("fieldset").expect("q").length(), 1);
    assert_eq!(
        root.query_selector_all("input[type=radio][name=r-next-hanndan]")
            .expect("q")
            .length(),
        5
    );
    let legend = texts(&root, "legend")[0].clone();
    assert!(
        legend.contains("課長に対して") && legend.contains("○"),
        "{legend}"
    );

    let radio: web_sys::HtmlElement = root
        .query_selector("input[name=r-next-hanndan][value='2']")
        .expect("q")
        .expect("radio")
        .dyn_into()
        .expect("html");
    radio.click();
    until("the rating to reach the state", || {
        texts(&root, "#state") != ["None|None"]
    })
    .await;
    assert_eq!(texts(&root, "#state"), ["None|Some(Level(Partly))"]);
    let checked = root
        .query_selector("input[name=r-next-hanndan]:checked")
        .expect("q")
        .expect("checked");
    assert_eq!(checked.get_attribute("value").as_deref(), Some("2"));
}

#[wasm_bindgen_test]
async fn the_rating_item_asks_once_for_both_grades_when_both_require_it_alike() {
    let root = fresh_root();
    yew::Renderer::<RatingHarness>::with_root_and_props(
        root.clone(),
        RatingHarnessProps {
            item: item("rinri"),
        },
    )
    .render();
    until("the item", || has(&root, "li.rate-item")).await;
    assert_eq!(root.query_selector_all("fieldset").expect("q").length(), 1);
    let radio: web_sys::HtmlElement = root
        .query_selector("input[name=r-current-rinri][value='4']")
        .expect("q")
        .expect("one group for both grades")
        .dyn_into()
        .expect("html");
    radio.click();
    until("the rating to reach both sides", || {
        texts(&root, "#state") != ["None|None"]
    })
    .await;
    assert_eq!(
        texts(&root, "#state"),
        ["Some(Level(CanTeach))|Some(Level(CanTeach))"]
    );
}

#[wasm_bindgen_test]
async fn the_radar_chart_draws_into_a_hidpi_backing_store() {
    let root = fresh_root();
    root.set_attribute("style", "width: 400px").expect("style");
    let props = RadarProps {
        axes: vec![
            "倫理".into(),
            "判断力".into(),
            "企画力".into(),
            "協調性".into(),
        ],
        series: vec![Series {
            name: "現在".into(),
            values: vec![Some(1), Some(2), Some(3), Some(4)],
            style: SeriesStyle::Solid,
        }],
        target: vec![Some(3); 4],
        label: "テスト".into(),
        min_scale: 1.0,
    };
    yew::Renderer::<Radar>::with_root_and_props(root.clone(), props).render();
    until("the chart to be drawn", || draws(&root) > 0).await;
    let canvas = canvas_of(&root).expect("canvas");
    let css = canvas.get_bounding_client_rect().width();
    let dpr = gloo::utils::window().device_pixel_ratio();
    assert_eq!(canvas.width(), (css * dpr).round() as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .expect("ctx")
        .expect("2d")
        .dyn_into()
        .expect("2d ctx");
    let data = ctx
        .get_image_data(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .expect("pixels")
        .data();
    let blue = data
        .chunks(4)
        .filter(|p| p[0] < 40 && p[1] < 80 && p[2] > 180)
        .count();
    assert!(blue > 50, "the solid blue series is drawn ({blue} px)");
    assert_eq!(
        texts(&root, ".radar-legend li").len(),
        2,
        "series and target in the legend"
    );
}

/// Swaps the radar's data on a click, as a new rating does in the app.
#[component]
fn RadarHarness() -> Html {
    let high = use_state(|| false);
    let v = if *high { Some(4) } else { Some(1) };
    let props_series = vec![Series {
        name: "現在".into(),
        values: vec![v; 4],
        style: SeriesStyle::Solid,
    }];
    let flip = {
        let high = high.clone();
        Callback::from(move |_| high.set(!*high))
    };
    html! {
        <>
            <Radar axes={vec!["倫理".to_string(), "判断力".into(), "企画力".into(), "協調性".into()]}
                series={props_series} target={vec![Some(3); 4]} label={"テスト".to_string()} />
            <button id="flip" onclick={flip}>{ "flip" }</button>
        </>
    }
}

fn blue_pixels(canvas: &web_sys::HtmlCanvasElement) -> Vec<usize> {
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .expect("ctx")
        .expect("2d")
        .dyn_into()
        .expect("2d ctx");
    let w = canvas.width() as usize;
    let data = ctx
        .get_image_data(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .expect("pixels")
        .data();
    data.chunks(4)
        .enumerate()
        .filter(|(_, p)| p[0] < 40 && p[1] < 80 && p[2] > 180)
        .map(|(i, _)| i % w)
        .collect()
}

#[wasm_bindgen_test]
async fn the_radar_chart_redraws_when_its_data_changes() {
    let root = fresh_root();
    root.set_attribute("style", "width: 400px").expect("style");
    yew::Renderer::<RadarHarness>::with_root_and_props(root.clone(), ()).render();
    until("the chart to be drawn", || draws(&root) > 0).await;
    let canvas = canvas_of(&root).expect("canvas");
    let spread = |xs: &[usize]| {
        xs.iter().max().copied().unwrap_or(0) - xs.iter().min().copied().unwrap_or(0)
    };
    let before = spread(&blue_pixels(&canvas));
    let button: web_sys::HtmlElement = root
        .query_selector("#flip")
        .expect("q")
        .expect("button")
        .dyn_into()
        .expect("html");
    let drawn = draws(&root);
    button.click();
    until("the chart to be drawn again", || draws(&root) > drawn).await;
    let after = spread(&blue_pixels(&canvas));
    assert!(
        after > before * 2,
        "the series grew from level 1 to 4: {before} -> {after} px wide"
    );
}

#[wasm_bindgen_test]
async fn the_radar_chart_is_redrawn_at_its_new_size_whenever_its_box_changes() {
    // The app's rule for the chart's box (styles/main.css), which these
    // tests do not load: the canvas fills a square box as wide as its parent.
    let doc = gloo::utils::document();
    let style = doc.create_element("style").expect("style");
    style.set_text_content(Some(
        ".radar-box { width: 100%; aspect-ratio: 1 / 1; } \
         .radar-box canvas { width: 100%; height: 100%; display: block; }",
    ));
    doc.head()
        .expect("head")
        .append_child(&style)
        .expect("append");
    let root = fresh_root();
    root.set_attribute("style", "width: 400px").expect("style");
    yew::Renderer::<RadarHarness>::with_root_and_props(root.clone(), ()).render();
    until("the chart to be drawn", || draws(&root) > 0).await;
    let canvas = canvas_of(&root).expect("canvas");
    let dpr = gloo::utils::window().device_pixel_ratio();
    // Not a window resize: the box alone changes (as projector mode or a
    // scrollbar does), twice, and each time the backing store follows.
    let mut previous = canvas.get_bounding_client_rect().width();
    for width in [240, 320] {
        root.set_attribute("style", &format!("width: {width}px"))
            .expect("style");
        let drawn = draws(&root);
        until("the chart to be redrawn for its new box", || {
            draws(&root) > drawn
        })
        .await;
        let css = canvas.get_bounding_client_rect().width();
        assert!(
            (css - previous).abs() >= 1.0,
            "the box changed size: {previous} -> {css} px"
        );
        previous = css;
        assert_eq!(
            canvas.width(),
            (css * dpr).round() as u32,
            "backing store follows the {width} px box"
        );
        assert!(
            !blue_pixels(&canvas).is_empty(),
            "the series is drawn at {width} px"
        );
    }
    style.remove();
}

/// The ability table inside the App's language context, set to English.
#[derive(Properties, PartialEq)]
struct EnglishTableProps {
    data: Shared<michishirube_ui::core::model::BodyData>,
}

#[component]
fn EnglishTable(props: &EnglishTableProps) -> Html {
    html! {
        <ContextProvider<Lang> context={Lang::En}>
            <AbilityTable data={props.data.clone()} />
        </ContextProvider<Lang>>
    }
}

#[wasm_bindgen_test]
async fn in_english_the_ability_table_translates_its_headers_and_glosses_the_body_name() {
    let root = fresh_root();
    yew::Renderer::<EnglishTable>::with_root_and_props(
        root.clone(),
        EnglishTableProps { data: sample() },
    )
    .render();
    until("the table", || has(&root, "table.ability-matrix")).await;

    // The interface's words are English; the document's stay Japanese.
    assert_eq!(
        texts(&root, "thead th[scope=col]"),
        ["Grade", "倫理", "判断力"]
    );
    assert_eq!(texts(&root, "tbody th[scope=row]"), ["課長", "主事"]);
    let caption = texts(&root, "caption")[0].clone();
    assert!(caption.contains("見本市 (Sample City)"), "{caption}");
    let legend = root.query_selector(".legend").expect("q").expect("legend");
    assert_eq!(
        legend.get_attribute("aria-label").as_deref(),
        Some("Legend")
    );
    assert!(texts(&root, ".source")[0].starts_with("Source: "));
}

#[wasm_bindgen_test]
async fn with_many_bodies_the_list_offers_prefectures_first() {
    use michishirube_ui::core::index::PREFECTURES;
    let body = sample();
    let many: Vec<michishirube_ui::core::model::BodyData> = (0..100)
        .map(|i| {
            let mut b = (*body).clone();
            b.body.id = Id::parse(&format!("b{i:03}")).expect("id");
            b.body.prefecture = PREFECTURES[i % 47].to_owned();
            b
        })
        .collect();
    let index = Rc::new(build_index(&many));
    let root = fresh_root();
    yew::Renderer::<BodyList>::with_root_and_props(
        root.clone(),
        BodyListProps {
            index,
            imported: Default::default(),
            static_pages: false,
        },
    )
    .render();
    until("the prefectures", || has(&root, ".pref-choice")).await;
    assert_eq!(
        texts(&root, ".body-name").len(),
        0,
        "no body listed up front"
    );
    let prefs = root.query_selector_all("a.pref-choice").expect("q");
    assert_eq!(prefs.length(), 47);
    let first = root
        .query_selector("a.pref-choice")
        .expect("q")
        .expect("link");
    assert_eq!(first.get_attribute("href").as_deref(), Some("#/pref/01"));
}

/// A small body whose only framework is a 標準職務遂行能力 table (test-only
/// words): 倫理 worded at 主事 and at 係長 in other words, 協調性 only at
/// 主事, 企画力 only at 係長, 危機管理 worded nowhere; no offerings.
fn worded_body() -> Shared<BodyData> {
    Shared::from(
        body_from_json("worded.json", include_str!("fixtures/worded.json")).expect("fixture"),
    )
}

fn id(s: &str) -> Id {
    Id::parse(s).expect("id")
}

#[wasm_bindgen_test]
async fn a_body_whose_grades_word_abilities_shows_the_table_as_published() {
    let root = fresh_root();
    yew::Renderer::<AbilityTable>::with_root_and_props(
        root.clone(),
        AbilityTableProps {
            data: worded_body(),
        },
    )
    .render();
    until("the table", || has(&root, "table.worded-table")).await;

    // Grades that word abilities are the columns; groups head the rows.
    assert_eq!(
        texts(&root, ".worded-table thead th[scope=col]"),
        ["能力", "主事", "係長"]
    );
    assert_eq!(
        texts(&root, ".worded-table th[scope=rowgroup]"),
        ["態度", "能力"]
    );
    assert_eq!(
        texts(&root, ".worded-table tbody th[scope=row]"),
        ["倫理", "協調性", "企画力"]
    );
    // Each cell holds the grade's sentences as printed.
    let rinri_kakaricho = texts(
        &root,
        "tr[data-ability=rinri] td[data-grade=kakaricho] .statements li",
    );
    assert_eq!(rinri_kakaricho.len(), 2, "{rinri_kakaricho:?}");
    assert!(rinri_kakaricho[1].contains("係員に法令を守らせる"));
    // A grade that does not word an ability says so in words too.
    let empty = texts(
        &root,
        "tr[data-ability=kikaku] td[data-grade=shuji] .sr-only",
    );
    assert_eq!(empty, ["この職位の文はありません"]);
    // The regulation and its 別表 are named under the table.
    let source = texts(&root, ".worded > .source");
    assert_eq!(
        source,
        ["出典: 試験町職員の標準職務遂行能力を定める規程（テスト用） 別表第1"]
    );
    // An ability with neither a mark column nor a wording still shows.
    let other = texts(&root, ".other-abilities li");
    assert!(
        other[0].contains("危機管理") && other[0].contains("非常時に備える力"),
        "{other:?}"
    );
    // No promise of what the body does not have.
    let all = root.text_content().unwrap_or_default();
    assert!(!all.contains("研修・支援制度など"), "{all}");
    assert!(!all.contains("表がありません"), "{all}");
}

#[wasm_bindgen_test]
async fn results_say_each_worded_case_in_words_with_both_wordings_side_by_side() {
    let root = fresh_root();
    let mut a = Assessment::new(Selection {
        body: id("shikencho"),
        track: id("jimu"),
        current: Position::Grade(id("shuji")),
        next: Some(id("kakaricho")),
        entry_year: None,
        grade_year: None,
        data_version: None,
    });
    a.current.insert(
        id("rinri"),
        Entry {
            rating: Some(Rating::Level(michishirube_ui::core::scale::Level::ALL[2])),
            note: String::new(),
        },
    );
    yew::Renderer::<ResultsBody>::with_root_and_props(
        root.clone(),
        ResultsProps {
            assessment: a,
            data: worded_body(),
            compare: None,
        },
    )
    .render();
    until("the gap table", || has(&root, "table.gap-table")).await;

    let case = |item: &str| texts(&root, &format!("tr[data-item={item}] th .badge-case"));
    assert_eq!(case("rinri"), ["＋ 次の職位でより多く求められる"]);
    assert_eq!(case("kikaku"), ["★ 次の職位で新たに求められる"]);
    assert_eq!(case("kyocho"), ["－ 次の職位では求められない"]);
    // The symbol is not read out alone: the words carry the case.
    assert_eq!(
        texts(&root, "tr[data-item=rinri] .badge-case [aria-hidden=true]"),
        ["＋ "]
    );
    // 倫理 is worded by both grades: never the old ★ badge.
    assert!(!has(&root, "tr[data-item=rinri] .badge-new"));
    // Both wordings, each headed by its grade, in the row below.
    let words = "tr[data-wordings=rinri] .wordings";
    assert_eq!(
        texts(&root, &format!("{words} .wording-grade")),
        ["主事", "係長"]
    );
    assert_eq!(
        texts(&root, &format!("{words} .wording.current .statements li")),
        ["（テスト用の文）法令を守り、公正に職務を行うことができる。"]
    );
    assert_eq!(
        texts(&root, &format!("{words} .wording.next .statements li")).len(),
        2
    );
    // A new one shows the next grade's words only; a dropped one the current's.
    assert_eq!(
        texts(&root, "tr[data-wordings=kikaku] .wording-grade"),
        ["係長"]
    );
    assert_eq!(
        texts(&root, "tr[data-wordings=kyocho] .wording-grade"),
        ["主事"]
    );
    assert!(texts(&root, "tr[data-wordings=rinri] .statement-source")[0].contains("別表第1"));
}

#[wasm_bindgen_test]
async fn the_rating_item_of_a_worded_ability_shows_each_grades_sentences() {
    let d = worded_body();
    let it = rate_items(&d, Some(&id("shuji")), Some(&id("kakaricho")))
        .into_iter()
        .find(|i| i.id == id("rinri"))
        .expect("rinri");
    let root = fresh_root();
    yew::Renderer::<RatingHarness>::with_root_and_props(
        root.clone(),
        RatingHarnessProps { item: it },
    )
    .render();
    until("the groups", || has(&root, "fieldset.rating-group")).await;

    // Asked once per grade, each with that grade's sentences.
    let groups = texts(
        &root,
        "fieldset.rating-group .worded-statements .statements",
    );
    assert_eq!(groups.len(), 2, "{groups:?}");
    assert!(groups[0].contains("法令を守り"));
    assert!(groups[1].contains("係員に法令を守らせる"));
    // No mark or target wording for a worded ability.
    let legends = texts(&root, "fieldset.rating-group legend");
    assert!(
        legends
            .iter()
            .all(|l| !l.contains("求め：") && !l.contains("目標")),
        "{legends:?}"
    );
    let fieldset = root
        .query_selector("fieldset.rating-group")
        .expect("q")
        .expect("fieldset");
    let described = fieldset
        .get_attribute("aria-describedby")
        .expect("described");
    assert!(has(&root, &format!("#{described} .statements")));
}

/// The suggestions page inside an app context of its own.
#[derive(Properties, PartialEq)]
struct InAppProps {
    data: Shared<BodyData>,
}

#[component]
fn SuggestInApp(props: &InAppProps) -> Html {
    let state = use_reducer(AppState::default);
    html! {
        <ContextProvider<AppContext> context={state}>
            <SuggestView data={props.data.clone()} />
        </ContextProvider<AppContext>>
    }
}

#[wasm_bindgen_test]
async fn a_body_with_no_offerings_says_so_plainly_instead_of_an_empty_filter() {
    let root = fresh_root();
    yew::Renderer::<SuggestInApp>::with_root_and_props(
        root.clone(),
        InAppProps {
            data: worded_body(),
        },
    )
    .render();
    until("the page", || has(&root, ".suggest")).await;

    assert!(!has(&root, "fieldset.kind-filter"));
    let plain = texts(&root, ".no-offerings .plain");
    assert!(plain[0].contains("研修体系"), "{plain:?}");
    // The body's own note on the missing 研修体系 is quoted.
    assert_eq!(
        texts(&root, ".no-offerings .missing-note q"),
        ["研修体系は、この規程には含まれていません。"]
    );
    // And what there is instead: the plan page.
    assert!(has(&root, ".no-offerings a[href='#/plan']"));
    let all = root.text_content().unwrap_or_default();
    assert!(!all.contains("対象を限らない支援制度を文書の順に"), "{all}");
}

#[wasm_bindgen_test]
async fn a_note_restating_the_document_is_shown_as_printed_not_as_the_apps_reading() {
    let root = fresh_root();
    yew::Renderer::<BodyView>::with_root_and_props(
        root.clone(),
        BodyViewProps {
            data: worded_body(),
        },
    )
    .render();
    until("the documents", || has(&root, ".documents li")).await;

    let doc = texts(&root, ".documents li")[0].clone();
    assert!(doc.contains("令和8年訓令第1号"), "{doc}");
    assert_eq!(
        texts(&root, ".documents .doc-note"),
        ["（注記：令和8年4月1日から施行）"]
    );
    assert!(!has(&root, ".documents .app-reading"));

    // The same note, marked as the app's, keeps the app's mark.
    let mut d: BodyData = (*worded_body()).clone();
    d.documents[0].note_basis = Basis::App;
    let root = fresh_root();
    yew::Renderer::<BodyView>::with_root_and_props(
        root.clone(),
        BodyViewProps {
            data: Shared::from(d),
        },
    )
    .render();
    until("the documents", || has(&root, ".documents li")).await;
    assert!(has(&root, ".documents .app-reading"));
    assert!(!has(&root, ".documents .doc-note"));
}

/// The explorer's comparison of two grades' worded abilities, on its own.
#[derive(Properties, PartialEq)]
struct WordedCompareProps {
    data: Shared<BodyData>,
}

#[component]
fn WordedCompare(props: &WordedCompareProps) -> Html {
    michishirube_ui::components::worded::worded_compare(
        &props.data,
        &id("shuji"),
        &id("kakaricho"),
        Lang::Ja,
    )
}

#[wasm_bindgen_test]
async fn the_explorer_compares_two_grades_words_ability_by_ability() {
    let root = fresh_root();
    yew::Renderer::<WordedCompare>::with_root_and_props(
        root.clone(),
        WordedCompareProps {
            data: worded_body(),
        },
    )
    .render();
    until("the table", || has(&root, "table.compare-worded")).await;

    // The case names the higher grade.
    assert_eq!(
        texts(&root, "tr[data-ability=rinri] .verdict"),
        ["＋ 係長でより多く求められる"]
    );
    assert_eq!(
        texts(&root, "tr[data-ability=kikaku] .verdict"),
        ["★ 係長で新たに求められる"]
    );
    assert_eq!(
        texts(&root, "tr[data-ability=kyocho] .verdict"),
        ["－ 係長では求められない"]
    );
    assert_eq!(
        texts(&root, "tr[data-ability=rinri] .wording-grade"),
        ["主事", "係長"]
    );
}

// 人事課への提出用ファイル (issue 26).

use michishirube_ui::components::hand_in::{HandIn, HandInProps};
use michishirube_ui::core::office::file::MakeError;
use michishirube_ui::core::review::{Review, ReviewBody};

/// 試験町 主事 → 係長 with 倫理 rated on the current side (or nothing rated).
fn shikencho_assessment(rated: bool) -> Assessment {
    let mut a = Assessment::new(Selection {
        body: id("shikencho"),
        track: id("jimu"),
        current: Position::Grade(id("shuji")),
        next: Some(id("kakaricho")),
        entry_year: None,
        grade_year: None,
        data_version: None,
    });
    if rated {
        a.current.insert(
            id("rinri"),
            Entry {
                rating: Some(Rating::Level(michishirube_ui::core::scale::Level::ALL[2])),
                note: String::new(),
            },
        );
    }
    a
}

fn shikencho_review() -> Review {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    let mut given = ReviewBody {
        role: "係長".into(),
        ..ReviewBody::default()
    };
    given.current.insert(
        id("rinri"),
        Rating::Level(michishirube_ui::core::scale::Level::ALL[1]),
    );
    Review {
        id: 1,
        body: id("shikencho"),
        current_grade: Some(id("shuji")),
        next_grade: Some(id("kakaricho")),
        made: day,
        received: day,
        on_this_device: true,
        given,
    }
}

fn render_hand_in(a: Assessment, review: Option<Review>) -> web_sys::Element {
    let root = fresh_root();
    yew::Renderer::<HandIn>::with_root_and_props(
        root.clone(),
        HandInProps {
            assessment: a,
            data: worded_body(),
            review,
        },
    )
    .render();
    root
}

fn input_of(root: &web_sys::Element, selector: &str) -> web_sys::HtmlInputElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .expect("the input")
        .unchecked_into()
}

/// Types `text` into an input as a person would: the value, then an
/// `input` event that bubbles to Yew's listener.
fn type_into(input: &web_sys::HtmlInputElement, text: &str) {
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let e = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
    input.dispatch_event(&e).expect("dispatch");
}

#[wasm_bindgen_test]
async fn the_hand_in_section_offers_the_review_only_when_there_is_one_and_says_why_not() {
    let root = render_hand_in(shikencho_assessment(true), None);
    until("the section", || has(&root, "section.hand-in")).await;

    assert_eq!(texts(&root, ".hand-in h2"), ["人事課への提出用ファイル"]);
    assert!(
        input_of(&root, "#hand-in-ratings").checked(),
        "ratings only first"
    );
    let review = input_of(&root, "#hand-in-review");
    assert!(review.disabled());
    assert_eq!(
        review.get_attribute("aria-describedby").as_deref(),
        Some("hand-in-review-why")
    );
    assert!(texts(&root, "#hand-in-review-why")[0].contains("上司の評価がない"));
    // What the file will hold, before it is saved.
    assert!(!texts(&root, ".hand-in-preview li").is_empty());
    assert!(has(&root, ".hand-in button"));
    // The browser is asked not to remember the 職員番号 either.
    let staff = input_of(&root, "#hand-in-staff-id");
    assert_eq!(staff.get_attribute("autocomplete").as_deref(), Some("off"));
    assert!(texts(&root, "label[for=hand-in-staff-id]")[0].contains("職員番号"));
    assert!(texts(&root, "#hand-in-staff-id-help")[0].contains("保存されません"));

    let root = render_hand_in(shikencho_assessment(true), Some(shikencho_review()));
    until("the section", || has(&root, "section.hand-in")).await;
    assert!(!input_of(&root, "#hand-in-review").disabled());
    assert!(!has(&root, "#hand-in-review-why"));
}

#[wasm_bindgen_test]
async fn a_staff_number_the_file_cannot_take_is_refused_in_japanese_and_no_file_is_offered() {
    let root = render_hand_in(shikencho_assessment(true), None);
    until("the section", || has(&root, "section.hand-in")).await;
    let staff = input_of(&root, "#hand-in-staff-id");

    type_into(&staff, "S000123");
    until("the number in the preview", || {
        texts(&root, ".hand-in-preview li")
            .iter()
            .any(|l| l.contains("S000123"))
    })
    .await;

    type_into(&staff, &"1".repeat(41));
    until("the refusal", || has(&root, "#hand-in-error")).await;
    assert_eq!(
        texts(&root, "#hand-in-error"),
        [MakeError::BadStaffId.message(Lang::Ja)]
    );
    assert_eq!(
        root.query_selector("#hand-in-error")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("role"))
            .as_deref(),
        Some("alert")
    );
    assert_eq!(staff.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(!has(&root, ".hand-in button"), "no file to save");
    assert!(!has(&root, ".hand-in-preview"));

    // Cleared, the file is offered again, without a number.
    type_into(&staff, "");
    until("the refusal to go", || !has(&root, "#hand-in-error")).await;
    assert!(has(&root, ".hand-in button"));
    assert_eq!(staff.get_attribute("aria-invalid"), None);
}

#[wasm_bindgen_test]
async fn with_nothing_rated_the_section_says_so_instead_of_offering_an_empty_file() {
    let root = render_hand_in(shikencho_assessment(false), None);
    until("the section", || has(&root, "section.hand-in")).await;
    assert_eq!(
        texts(&root, "#hand-in-error"),
        [MakeError::NothingRated.message(Lang::Ja)]
    );
    assert!(!has(&root, ".hand-in button"));
}
