//! The list of bodies from the start-up index, grouped by prefecture.

use crate::core::index::{Index, IndexEntry};
use crate::ui::i18n::{comma, tr, use_lang, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// Props for [`BodyList`].
#[derive(Properties, PartialEq)]
pub struct BodyListProps {
    /// The index to list.
    pub index: Rc<Index>,
}

/// What a body's documents hold, in words, so the list says it before loading.
fn parts(e: &IndexEntry, lang: Lang) -> Vec<&'static str> {
    let h = &e.has;
    [
        (h.matrix, tr(lang, "職位×能力の表", "grade × ability table")),
        (
            h.can_do,
            tr(lang, "職位ごとのできること", "can-do statements by grade"),
        ),
        (
            h.grades && !h.matrix && !h.can_do,
            tr(lang, "職位ごとの役割", "roles by grade"),
        ),
        (h.career_path, tr(lang, "キャリアパス", "career path")),
        (
            h.offerings,
            tr(lang, "研修・支援制度", "training and support"),
        ),
        (h.plan, tr(lang, "取組の計画表", "action plan table")),
        (h.survey, tr(lang, "職員調査の結果", "staff survey results")),
    ]
    .into_iter()
    .filter_map(|(on, label)| on.then_some(label))
    .collect()
}

/// Lists every body in the index; choosing one loads its data.
#[component]
pub fn BodyList(props: &BodyListProps) -> Html {
    let lang = use_lang();
    let mut prefectures: Vec<&str> = props
        .index
        .bodies
        .iter()
        .map(|b| b.prefecture.as_str())
        .collect();
    prefectures.dedup();

    html! {
        <section aria-labelledby="bodies-heading">
            <h1 id="bodies-heading">{ tr(lang, "団体を選んでください", "Choose a body") }</h1>
            <p>{ match lang {
                Lang::Ja => format!("{} 団体の人材育成方針を収録しています。", props.index.bodies.len()),
                Lang::En => format!("The staff development policies of {} bodies are included.", props.index.bodies.len()),
            } }</p>
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
                                        <span class="body-docs" lang="ja">{ b.documents.join("、") }</span>
                                        <span class="body-parts">{ match lang {
                                            Lang::Ja => format!("収録: {}", parts(b, lang).join("・")),
                                            Lang::En => format!("Includes: {}", parts(b, lang).join(comma(lang))),
                                        } }</span>
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
