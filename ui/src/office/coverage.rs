//! Who is covered (counts by track, grade and fiscal year) and every file
//! refused, with its reason. A breakdown hides every group below the
//! threshold (the core's rule, `summary::hidden`).

use super::{grade_name, hidden_cell, people, threshold_note};
use crate::components::words::glossed;
use crate::i18n::{tr, use_lang, Lang};
use crate::state::{use_app, Shared};
use michishirube::core::model::BodyData;
use michishirube::core::office::summary::hidden;
use michishirube::core::office::{Intake as Taken, Refusal, Refused, Summary};
use yew::prelude::*;

/// Props for [`Coverage`].
#[derive(Properties, PartialEq)]
pub struct CoverageProps {
    /// The body's data, for names.
    pub data: Shared<BodyData>,
    /// The summary.
    pub summary: Shared<Summary>,
    /// The threshold in force.
    pub threshold: u32,
}

/// One breakdown as a table: a group per row, its count or 「非表示」.
fn breakdown(
    caption: &str,
    head: &str,
    rows: Vec<(Html, u32)>,
    threshold: u32,
    lang: Lang,
    key: &str,
) -> Html {
    let counts: Vec<u32> = rows.iter().map(|(_, n)| *n).collect();
    let hide = hidden(&counts, threshold);
    html! {
        <table class="office-counts" data-breakdown={key.to_owned()}>
            <caption>{ caption.to_owned() }</caption>
            <thead><tr>
                <th scope="col">{ head.to_owned() }</th>
                <th scope="col">{ tr(lang, "人数", "People") }</th>
            </tr></thead>
            <tbody>
                { for rows.into_iter().zip(hide).map(|((name, n), h)| html! {
                    <tr>
                        <th scope="row">{ name }</th>
                        if h {
                            <td data-suppressed="true">{ hidden_cell(lang) }</td>
                        } else {
                            <td data-n={n.to_string()}>{ people(n, lang) }</td>
                        }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// Who is covered.
#[component]
pub fn Coverage(props: &CoverageProps) -> Html {
    let lang = use_lang();
    let (d, c, t) = (&props.data, &props.summary.coverage, props.threshold);
    let total_shown = super::shown(c.total, t);
    let by_track: Vec<(Html, u32)> = c
        .by_track
        .iter()
        .map(|(id, n)| {
            let name = d.tracks.iter().find(|x| &x.id == id).map_or_else(
                || html! { <span lang="ja">{ id.to_string() }</span> },
                |x| glossed(&x.name, lang),
            );
            (name, *n)
        })
        .collect();
    let by_grade: Vec<(Html, u32)> = c
        .by_grade
        .iter()
        .map(|(g, n)| (grade_name(d, g.as_ref(), lang), *n))
        .collect();
    let by_year: Vec<(Html, u32)> = c
        .by_year
        .iter()
        .map(|(y, n)| {
            let label = match lang {
                Lang::Ja => format!("{y}年度"),
                Lang::En => format!("FY{y}"),
            };
            (html! { label }, *n)
        })
        .collect();
    let figure = |n: u32| {
        if super::shown(n, t) {
            html! { people(n, lang) }
        } else {
            hidden_cell(lang)
        }
    };
    html! {
        <section id="office-coverage" class="office-section" aria-labelledby="office-coverage-heading">
            <h2 id="office-coverage-heading">{ tr(lang, "対象", "Who is covered") }</h2>
            <p>{ threshold_note(t, lang) }</p>
            <dl class="office-totals">
                <dt>{ tr(lang, "集計したファイル", "Files summarised") }</dt>
                <dd data-total={total_shown.then(|| c.total.to_string())}>{ figure(c.total) }</dd>
                <dt>{ tr(lang, "上司の評価を含むもの", "With the supervisor's ratings") }</dt>
                <dd>{ figure(c.with_review) }</dd>
                <dt>{ tr(lang, "メモを含むもの（内容は読みません）", "With notes (never read)") }</dt>
                <dd>{ figure(c.with_notes) }</dd>
                if c.mapped > 0 {
                    <dt>{ tr(lang, "別の版のデータから読み替えたもの", "Mapped from another version of the data") }</dt>
                    <dd>{ figure(c.mapped) }</dd>
                }
            </dl>
            <div class="office-breakdowns">
                { breakdown(tr(lang, "職種別", "By track"), tr(lang, "職種", "Track"), by_track, t, lang, "track") }
                { breakdown(tr(lang, "現在の職位別", "By current grade"), tr(lang, "職位", "Grade"), by_grade, t, lang, "grade") }
                { breakdown(tr(lang, "年度別", "By fiscal year"), tr(lang, "年度", "Fiscal year"), by_year, t, lang, "year") }
            </div>
        </section>
    }
}

/// Props for [`RefusedList`].
#[derive(Properties, PartialEq)]
pub struct RefusedProps {
    /// The files taken in for the body.
    pub refused: Shared<Taken>,
    /// Projector mode: file names are not shown.
    pub projector: bool,
}

/// Every file refused, with its reason.
#[component]
pub fn RefusedList(props: &RefusedProps) -> Html {
    let lang = use_lang();
    html! { <Refusals list={props.refused.refused().to_vec()} projector={props.projector} {lang} /> }
}

/// Files refused when read, shown while no body is taken in (none named,
/// or the body's data could not be loaded).
#[component]
pub fn UnreadList(props: &UnreadProps) -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let list: Vec<Refused> = ctx
        .office
        .files
        .iter()
        .filter_map(|(name, r)| {
            r.as_ref().err().map(|reason| Refused {
                file: name.clone(),
                reason: reason.clone(),
            })
        })
        .collect();
    if list.is_empty() {
        return html! {};
    }
    html! { <Refusals {list} projector={props.projector} {lang} /> }
}

/// Props for [`UnreadList`].
#[derive(Properties, PartialEq)]
pub struct UnreadProps {
    /// Projector mode: file names are not shown.
    pub projector: bool,
}

/// Props for [`Refusals`].
#[derive(Properties, PartialEq)]
struct RefusalsProps {
    list: Vec<Refused>,
    projector: bool,
    lang: Lang,
}

/// A refusal in words. A duplicate names the file read first; in
/// projector mode, where no file is named, it says 「先に読んだファイル」.
fn said(reason: &Refusal, projector: bool, lang: Lang) -> String {
    match reason {
        Refusal::Duplicate { .. } if projector => Refusal::Duplicate {
            first: tr(lang, "先に読んだファイル", "a file read earlier").to_owned(),
        }
        .message(lang),
        r => r.message(lang),
    }
}

/// The list of refused files: counts by kind of reason, then each file.
#[component]
fn Refusals(props: &RefusalsProps) -> Html {
    let lang = props.lang;
    let list = &props.list;
    let mut kinds: Vec<(&'static str, &'static str, usize)> = Vec::new();
    for r in list {
        let slug = r.reason.slug();
        match kinds.iter_mut().find(|k| k.0 == slug) {
            Some(k) => k.2 += 1,
            None => kinds.push((slug, r.reason.kind_label(lang), 1)),
        }
    }
    html! {
        <section id="office-refused" class="office-section" aria-labelledby="office-refused-heading">
            <h2 id="office-refused-heading">{ match lang {
                Lang::Ja => format!("受け付けなかったファイル（{} 件）", list.len()),
                Lang::En => format!("Files refused ({})", list.len()),
            } }</h2>
            if list.is_empty() {
                <p>{ tr(lang, "受け付けなかったファイルはありません。", "No file was refused.") }</p>
            } else {
                <p>{ kinds.iter().map(|(_, label, n)| match lang {
                    Lang::Ja => format!("{label} {n} 件"),
                    Lang::En => format!("{label}: {n}"),
                }).collect::<Vec<_>>().join(tr(lang, "、", ", ")) }</p>
                if props.projector {
                    <p class="help">{ tr(lang, "プロジェクター表示中のため、ファイル名は表示しません。", "Projector mode: file names are not shown.") }</p>
                }
                <div class="office-refused-scroll" role="region" tabindex="0" aria-labelledby="office-refused-heading">
                <ul class="office-refused-list">
                    { for list.iter().enumerate().map(|(i, r)| html! {
                        <li data-reason={r.reason.slug()}>
                            if props.projector {
                                <span class="office-file">{ match lang {
                                    Lang::Ja => format!("ファイル {}", i + 1),
                                    Lang::En => format!("File {}", i + 1),
                                } }</span>
                            } else {
                                <span class="office-file">{ r.file.clone() }</span>
                            }
                            { tr(lang, "：", ": ") }
                            { said(&r.reason, props.projector, lang) }
                        </li>
                    }) }
                </ul>
                </div>
            }
        </section>
    }
}
