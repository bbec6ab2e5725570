//! The list of bodies from the start-up index, grouped by prefecture.

use crate::components::status::{failure, loading};
use crate::components::words::mixed;
use crate::core::dates::date_label;
use crate::core::frameworks::{FrameworkStore, Imported};
use crate::core::id::Id;
use crate::core::index::{entry_for, prefecture_code, Index, IndexEntry, PrefectureIndex};
use crate::fetch;
use crate::i18n::Msg;
use crate::i18n::{comma, tr, use_lang, Lang};
use crate::state::Loadable;

use std::rc::Rc;
use yew::prelude::*;

/// Props for [`BodyList`].
#[derive(Properties, PartialEq)]
pub struct BodyListProps {
    /// The index to list.
    pub index: Rc<Index>,
    /// The frameworks imported on this device, listed with the rest
    /// (see [`imported_entries`]).
    #[prop_or_default]
    pub imported: Rc<Vec<ImportedEntry>>,
    /// Link each published body to its static page (`bodies/<id>/`), as
    /// the first view does in the served build; otherwise (the app, the
    /// one-file build, an imported framework) to the app's page
    /// (`#/body/<id>`).
    #[prop_or_default]
    pub static_pages: bool,
}

/// An imported framework as the list shows it: its entry, and where it
/// came from. Made by the app ([`imported_entries`]); the start-up shell
/// never has any (a device with imported frameworks gets the app at once),
/// so its module carries none of the work of making them.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedEntry {
    /// What the index would say of it.
    pub entry: IndexEntry,
    /// 「…」から … に取り込み.
    pub from: Msg,
}

/// The list's entries for the frameworks imported on this device.
pub fn imported_entries(store: &FrameworkStore) -> Rc<Vec<ImportedEntry>> {
    Rc::new(
        store
            .bodies
            .iter()
            .map(|imp| ImportedEntry {
                entry: entry_for(&imp.data),
                from: Msg::from_fn(|l| imported_from(imp, l)),
            })
            .collect(),
    )
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

/// The label every imported framework carries, wherever it is shown, so
/// nobody takes it for published data.
pub fn imported_label(lang: Lang) -> &'static str {
    tr(
        lang,
        "取り込んだ枠組み（この端末だけ）",
        "Imported framework (this device only)",
    )
}

/// Where an imported framework came from: its file and the day.
pub fn imported_from(imp: &Imported, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "「{}」から {} に取り込み",
            imp.file_name,
            date_label(imp.imported, lang)
        ),
        Lang::En => format!(
            "imported from \u{201c}{}\u{201d} on {}",
            imp.file_name,
            date_label(imp.imported, lang)
        ),
    }
}

/// The label a body embedded in a one-file app carries when its
/// framework was brought in by an HR office, not curated from a published
/// document (`Index::imported`): on the staff's devices it is not "this
/// device only", but it is still not published data.
pub fn embedded_label(lang: Lang) -> &'static str {
    tr(lang, "取り込んだ枠組み", "Imported framework")
}

/// Where a listed body's data comes from, as the list labels it.
#[derive(Clone, Copy)]
enum Origin<'a> {
    /// The app's own, curated from published documents.
    Published,
    /// Imported on this device.
    Device(&'a ImportedEntry),
    /// Embedded in this copy of the app by the HR office that made it.
    Embedded,
}

/// One body to choose: its name, documents and parts; an imported one
/// says so (with its file and day, when imported on this device).
fn choice(b: &IndexEntry, origin: Origin, static_pages: bool, lang: Lang) -> Html {
    let href = if static_pages && matches!(origin, Origin::Published) {
        format!("bodies/{}/", b.id)
    } else {
        format!("#/body/{}", b.id)
    };
    let imported = !matches!(origin, Origin::Published);
    html! {
        <li>
            <a class={classes!("body-choice", imported.then_some("imported"))}
                {href} data-body={b.id.to_string()}>
                { match origin {
                    Origin::Published => html! {},
                    Origin::Device(imp) => html! { <>
                        <span class="imported-tag">{ imported_label(lang) }</span>
                        <span class="body-docs">{ mixed(imp.from.get(lang), lang) }</span>
                    </> },
                    Origin::Embedded => html! { <>
                        <span class="imported-tag">{ embedded_label(lang) }</span>
                        <span class="body-docs">{ tr(lang, "このアプリを作った人事担当が取り込んだ枠組みです。公表されたデータではありません。", "Brought in by the HR office that made this app. It is not published data.") }</span>
                    </> },
                } }
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
}

/// How a listed body is labelled: imported on this device first (it
/// stands in for the app's entry), else embedded, else published.
fn origin_of<'a>(b: &IndexEntry, index: &Index, imported: &'a [ImportedEntry]) -> Origin<'a> {
    match imported.iter().find(|i| i.entry.id == b.id) {
        Some(i) => Origin::Device(i),
        None if index.imported.contains(&b.id) => Origin::Embedded,
        None => Origin::Published,
    }
}

/// Bodies grouped under their prefectures, in JIS code order; an imported
/// framework stands in for the app's own entry of the same id.
fn by_prefecture(
    listed: &[IndexEntry],
    embedded: &[Id],
    imported: &[ImportedEntry],
    heading: &str,
    static_pages: bool,
    lang: Lang,
) -> Html {
    let mut entries: Vec<(IndexEntry, Origin)> = listed
        .iter()
        .filter(|b| !imported.iter().any(|i| i.entry.id == b.id))
        .map(|b| {
            let origin = if embedded.contains(&b.id) {
                Origin::Embedded
            } else {
                Origin::Published
            };
            (b.clone(), origin)
        })
        .collect();
    entries.extend(
        imported
            .iter()
            .map(|i| (i.entry.clone(), Origin::Device(i))),
    );
    entries.sort_by(|(a, _), (b, _)| {
        let key = |e: &IndexEntry| {
            (
                prefecture_code(&e.prefecture),
                e.name.ja.clone(),
                e.id.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    let mut prefectures: Vec<String> = entries.iter().map(|(b, _)| b.prefecture.clone()).collect();
    prefectures.dedup();
    html! {
        { for prefectures.into_iter().map(|pref| {
            let id = format!("{heading}-{}", prefecture_code(&pref).unwrap_or_default());
            html! {
                <section class="pref" aria-labelledby={id.clone()}>
                    <h2 {id} lang="ja">{ pref.clone() }</h2>
                    <ul class="body-list">
                        { for entries.iter().filter(|(b, _)| b.prefecture == pref).map(|(b, o)| choice(b, *o, static_pages, lang)) }
                    </ul>
                </section>
            }
        }) }
    }
}

/// The body a one-file app was made for, first on its home page.
fn featured(index: &Index, imported: &[ImportedEntry], static_pages: bool, lang: Lang) -> Html {
    let Some(f) = &index.featured else {
        return html! {};
    };
    html! {
        <section class="featured" aria-labelledby="featured-heading">
            <h2 id="featured-heading">{ tr(lang, "このアプリの団体", "This app's body") }</h2>
            <ul class="body-list">{ choice(f, origin_of(f, index, imported), static_pages, lang) }</ul>
        </section>
    }
}

/// What this copy of the app holds, in a sentence: the bodies curated
/// from published documents, and those an HR office embedded in it, apart.
fn holds(published: usize, embedded: usize, lang: Lang) -> String {
    match (lang, embedded) {
        (Lang::Ja, 0) => format!("{published} 団体の人材育成方針を収録しています。"),
        (Lang::En, 0) => {
            format!("The staff development policies of {published} bodies are included.")
        }
        (Lang::Ja, n) => format!(
            "公表された {published} 団体の人材育成方針と、取り込んだ枠組み {n} 件を収録しています（取り込んだ枠組みは公表されたデータではありません）。"
        ),
        (Lang::En, n) => format!(
            "The published staff development policies of {published} bodies, and {n} imported framework(s), are included (an imported framework is not published data)."
        ),
    }
}

/// Lists every body in the index, and the frameworks imported on this
/// device; choosing one loads its data. With many bodies, lists the
/// prefectures instead, each opening its own list, and the imported
/// frameworks above them.
#[component]
pub fn BodyList(props: &BodyListProps) -> Html {
    let lang = use_lang();
    let imported = &props.imported;
    if props.index.bodies.is_empty() && !props.index.prefectures.is_empty() {
        let total: usize = props.index.prefectures.iter().map(|p| p.count).sum();
        return html! {
            <section aria-labelledby="bodies-heading">
                <h1 id="bodies-heading">{ tr(lang, "都道府県を選んでください", "Choose a prefecture") }</h1>
                { featured(&props.index, imported, props.static_pages, lang) }
                if !imported.is_empty() {
                    <section class="imported-list" aria-labelledby="imported-heading">
                        <h2 id="imported-heading">{ imported_label(lang) }</h2>
                        { by_prefecture(&[], &[], imported, "imported", false, lang) }
                    </section>
                }
                <p>{ holds(total.saturating_sub(props.index.imported.len()), props.index.imported.len(), lang) }</p>
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
    let listed = props
        .index
        .bodies
        .iter()
        .filter(|b| !imported.iter().any(|i| i.entry.id == b.id));
    let embedded = listed
        .clone()
        .filter(|b| props.index.imported.contains(&b.id))
        .count();
    let published = listed.count() - embedded;
    html! {
        <section aria-labelledby="bodies-heading">
            <h1 id="bodies-heading">{ tr(lang, "団体を選んでください", "Choose your city or prefecture") }</h1>
            { featured(&props.index, imported, props.static_pages, lang) }
            <p>{ holds(published, embedded, lang) }
            if !imported.is_empty() {
                { match lang {
                    Lang::Ja => format!("ほかに、この端末に取り込んだ枠組みが {} 件あります（公表されたデータではありません）。", imported.len()),
                    Lang::En => format!(" Also {} framework(s) imported on this device (not published data).", imported.len()),
                } }
            }
            </p>
            { by_prefecture(&props.index.bodies, &props.index.imported, imported, "pref", props.static_pages, lang) }
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
    /// The frameworks imported on this device (those of this prefecture
    /// are listed with its bodies).
    #[prop_or_default]
    pub imported: Rc<Vec<ImportedEntry>>,
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
                imported: Vec::new(),
            });
            let imported = Rc::new(
                props
                    .imported
                    .iter()
                    .filter(|i| i.entry.prefecture == p.prefecture.name)
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            html! {
                <>
                    <a class="back" href="#/">{ tr(lang, "← 都道府県の一覧へ戻る", "← Back to the prefectures") }</a>
                    <BodyList {index} {imported} />
                </>
            }
        }
    }
}
