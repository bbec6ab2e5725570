//! Rating one item against each grade's expectation.
//!
//! Each side is a native radio group (one `name` per item and side), so the
//! keyboard works as people expect: Tab moves between groups, the arrow keys
//! move between choices and select them. Every group has a legend that says
//! which grade it is about and what that grade expects, in the body's words.

use crate::core::assess::{Entry, RateItem, Side};
use crate::core::id::Id;
use crate::core::scale::{Level, Rating};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The scale, defined once in the core, with each step's meaning.
#[component]
pub fn ScaleLegend() -> Html {
    html! {
        <section class="scale" aria-labelledby="scale-heading">
            <h2 id="scale-heading">{ "評価の目安" }</h2>
            <dl class="scale-list">
                { for Level::ALL.iter().map(|l| html! {
                    <>
                        <dt>{ format!("{} {}", l.value(), l.label()) }</dt>
                        <dd>{ l.meaning() }</dd>
                    </>
                }) }
                <dt>{ Rating::NA_LABEL }</dt>
                <dd>{ Rating::NA_MEANING }</dd>
            </dl>
            <p class="help">{ "求められる水準（目標）は「3 できる」です。Tab キーで項目を移り、矢印キーで選べます。" }</p>
        </section>
    }
}

/// Props for [`RatingItem`].
#[derive(Properties, PartialEq)]
pub struct RatingItemProps {
    /// The item.
    pub item: RateItem,
    /// Its rating and note against the current grade.
    pub current: Entry,
    /// Its rating and note against the next grade.
    pub next: Entry,
    /// The current grade's name.
    pub current_name: String,
    /// The next grade's name.
    pub next_name: Option<String>,
    /// Called with a new rating.
    pub on_rate: Callback<(Side, Id, Rating)>,
    /// Called with a new note.
    pub on_note: Callback<(Side, Id, String)>,
}

fn choice_value(r: Rating) -> String {
    match r {
        Rating::Level(l) => l.value().to_string(),
        Rating::NotApplicable => "na".into(),
    }
}

/// One item with a radio group per grade that expects something of it.
#[component]
pub fn RatingItem(props: &RatingItemProps) -> Html {
    let it = &props.item;
    let choices: Vec<Rating> = Level::ALL
        .iter()
        .map(|l| Rating::Level(*l))
        .chain([Rating::NotApplicable])
        .collect();
    let group = |side: Side| -> Html {
        let Some(exp) = it.expectation(side).filter(|e| e.target.is_some()) else {
            return html! {};
        };
        let entry = match side {
            Side::Current => &props.current,
            Side::Next => &props.next,
        };
        let grade = match side {
            Side::Current => props.current_name.clone(),
            Side::Next => props.next_name.clone().unwrap_or_default(),
        };
        let name = format!("r-{}-{}", side_key(side), it.id);
        let mut expect = String::new();
        if let Some(m) = &exp.mark {
            expect += m;
            expect += " ";
        }
        if let Some(w) = &exp.wording {
            expect += w;
        }
        if let Some(t) = exp.target {
            expect += &format!("（目標「{}」）", t.label());
        }
        let on_note = {
            let cb = props.on_note.clone();
            let id = it.id.clone();
            Callback::from(move |e: InputEvent| {
                if let Some(t) = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                {
                    cb.emit((side, id.clone(), t.value()));
                }
            })
        };
        let note_id = format!("{name}-note");
        html! {
            <fieldset class={classes!("rating-group", side_key(side))}>
                <legend>
                    <span class="side">{ format!("{grade}に対して") }</span>
                    <span class="expect">{ format!("求め：{expect}") }</span>
                    { for exp.reads_as.as_ref().map(|r| html! { <span class="reads-as">{ format!("この職位では「{r}」と読みます") }</span> }) }
                </legend>
                <div class="choices">
                    { for choices.iter().map(|c| {
                        let id = format!("{name}-{}", choice_value(*c));
                        let onchange = {
                            let cb = props.on_rate.clone();
                            let item = it.id.clone();
                            let c = *c;
                            Callback::from(move |_: Event| cb.emit((side, item.clone(), c)))
                        };
                        html! {
                            <label for={id.clone()} class="choice">
                                <input type="radio" id={id} name={name.clone()} value={choice_value(*c)}
                                    checked={entry.rating == Some(*c)} {onchange} />
                                <span>{ match c { Rating::Level(l) => format!("{} {}", l.value(), l.label()), Rating::NotApplicable => "該当しない・判断できない".into() } }</span>
                            </label>
                        }
                    }) }
                </div>
                <details class="note" open={!entry.note.is_empty()}>
                    <summary>{ "具体的な場面・根拠を書く（任意）" }</summary>
                    <label for={note_id.clone()} class="sr-only">{ format!("{}（{grade}）の具体的な場面・根拠", it.short_label()) }</label>
                    <textarea id={note_id} rows="2" value={entry.note.clone()} oninput={on_note} />
                </details>
            </fieldset>
        }
    };
    html! {
        <li class="rate-item" data-item={it.id.to_string()}>
            <h3>
                { for it.number.as_ref().map(|n| html! { <span class="num">{ n.clone() }</span> }) }
                { it.label.clone() }
                { for it.group.as_ref().map(|g| html! { <span class="group">{ format!("（{g}）") }</span> }) }
            </h3>
            { for it.description.iter().map(|t| html! { <p class="desc">{ t.clone() }</p> }) }
            { group(Side::Current) }
            { group(Side::Next) }
        </li>
    }
}

/// A short, stable key for a side, used in element names.
pub fn side_key(side: Side) -> &'static str {
    match side {
        Side::Current => "current",
        Side::Next => "next",
    }
}
