//! The list of bodies from the start-up index, grouped by prefecture.

use crate::components::status::{failure, loading};
use crate::core::index::{prefecture_code, Index, IndexEntry, PrefectureIndex};
use crate::fetch;
use crate::i18n::{comma, tr, use_lang, Lang};
use crate::state::Loadable;
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

/// Lists every body in the index; choosing one loads its data. With many
/// bodies, lists the prefectures instead, each opening its own list.
#[component]
pub fn BodyList(props: &BodyListProps) -> Html {
    let lang = use_lang();
    if props.index.bodies.is_empty() && !props.index.prefectures.is_empty() {
        let total: usize = props.index.prefectures.iter().map(|p| p.count).sum();
        return html! {
            <section aria-labelledby="bodies-heading">
                <h1 id="bodies-heading">{ tr(lang, "都道府県を選んでください", "Choose a prefecture") }</h1>
                <p>{ match lang {
                    Lang::Ja => format!("{total} 団体の人材育成方針を収録しています。"),
                    Lang::En => format!("The staff development policies of {total} bodies are included."),
                } }</p>
                <ul class="pref-list">
                    { for props.index.prefectures.iter().map(|p| html! {
                        <li>
                            <a class="pref-choice" href={format!("#/pref/{}", p.code)}>
                                <span lang="ja">{ p.name.clone() }</span><span class="count">{ match lang {
                                    Lang::Ja => format!("（{} 団体）", p.count),
                                    Lang::En => format!(" ({} bodies)", p.count),
                                } }</span>
                            </a>
                        </li>
                    }) }
                </ul>
            </section>
        };
    }
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
                <section class="pref" aria-labelledby={format!("pref-{}", prefecture_code(pref).unwrap_or_default())}>
                    <h2 id={format!("pref-{}", prefecture_code(pref).unwrap_or_default())} lang="ja">{ pref }</h2>
                    <ul class="body-list">
                        { for props.index.bodies.iter().filter(|b| b.prefecture == pref).map(|b| {
                            html! {
                                <li>
                                    <a class="body-choice" href={format!("#/body/{}", b.id)} data-body={b.id.to_string()}>
                                        <span class="body-name" lang="ja">{ b.name.ja.clone() }</span>
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

/// Props for [`PrefectureView`].
#[derive(Properties, PartialEq)]
pub struct PrefectureProps {
    /// The prefecture's list of bodies, as far as it has arrived; the
    /// app (or the start-up shell) fetches it when the prefecture is chosen
    /// (see [`load_prefecture`]).
    pub list: Loadable<Rc<PrefectureIndex>>,
}

/// Fetches one prefecture's list of bodies, named in the start-up index.
pub async fn load_prefecture(index: &Index, code: &str) -> Loadable<Rc<PrefectureIndex>> {
    let Some(p) = index.prefectures.iter().find(|p| p.code == code) else {
        return Loadable::Failed(crate::i18n::Msg::new(
            "この都道府県の団体は収録されていません。",
            "No body of this prefecture is included.",
        ));
    };
    match fetch::prefecture(&p.file).await {
        Ok(ix) => Loadable::Ready(Rc::new(ix)),
        Err(m) => Loadable::Failed(m),
    }
}

/// One prefecture's bodies.
#[component]
pub fn PrefectureView(props: &PrefectureProps) -> Html {
    let lang = use_lang();
    match &props.list {
        Loadable::Loading => loading(lang),
        Loadable::Failed(m) => failure(m, lang),
        Loadable::Ready(p) => {
            let index = Rc::new(Index {
                format: p.format,
                bodies: p.bodies.clone(),
                prefectures: Vec::new(),
                featured: None,
            });
            html! {
                <>
                    <a class="back" href="#/">{ tr(lang, "← 都道府県の一覧へ戻る", "← Back to the prefectures") }</a>
                    <BodyList {index} />
                </>
            }
        }
    }
}
