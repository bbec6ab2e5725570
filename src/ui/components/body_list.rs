//! The list of bodies from the start-up index, grouped by prefecture.

use crate::core::index::{Index, IndexEntry};
use std::rc::Rc;
use yew::prelude::*;

/// Props for [`BodyList`].
#[derive(Properties, PartialEq)]
pub struct BodyListProps {
    /// The index to list.
    pub index: Rc<Index>,
}

/// What a body's documents hold, in words, so the list says it before loading.
fn parts(e: &IndexEntry) -> Vec<&'static str> {
    let h = &e.has;
    [
        (h.matrix, "職位×能力の表"),
        (h.can_do, "職位ごとのできること"),
        (h.grades && !h.matrix && !h.can_do, "職位ごとの役割"),
        (h.career_path, "キャリアパス"),
        (h.offerings, "研修・支援制度"),
        (h.plan, "取組の計画表"),
        (h.survey, "職員調査の結果"),
    ]
    .into_iter()
    .filter_map(|(on, label)| on.then_some(label))
    .collect()
}

/// Lists every body in the index; choosing one loads its data.
#[component]
pub fn BodyList(props: &BodyListProps) -> Html {
    let mut prefectures: Vec<&str> = props
        .index
        .bodies
        .iter()
        .map(|b| b.prefecture.as_str())
        .collect();
    prefectures.dedup();

    html! {
        <section aria-labelledby="bodies-heading">
            <h1 id="bodies-heading">{ "団体を選んでください" }</h1>
            <p>{ format!("{} 団体の人材育成方針を収録しています。", props.index.bodies.len()) }</p>
            { for prefectures.into_iter().map(|pref| html! {
                <section class="pref" aria-label={pref.to_string()}>
                    <h2>{ pref }</h2>
                    <ul class="body-list">
                        { for props.index.bodies.iter().filter(|b| b.prefecture == pref).map(|b| {
                            html! {
                                <li>
                                    <a class="body-choice" href={format!("#/body/{}", b.id)} data-body={b.id.to_string()}>
                                        <span class="body-name">{ b.name.ja.clone() }</span>
                                        { for b.name.en.as_ref().map(|en| html!{ <span class="body-en" lang="en">{ en.clone() }</span> }) }
                                        <span class="body-docs">{ b.documents.join("、") }</span>
                                        <span class="body-parts">{ format!("収録: {}", parts(b).join("・")) }</span>
                                    </a>
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }) }
        </section>
    }
}
