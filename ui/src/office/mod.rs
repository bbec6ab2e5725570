//! 組織の傾向: the HR office's page over many staff files handed in
//! (`#/office`, `#/office/<body>`). The office drops hundreds or thousands
//! of files, or chooses a folder; each is read in the browser and never
//! leaves the device ([`intake`]). Files naming several bodies are told
//! apart and the office chooses one ([`choose`]); the files are then taken
//! in for that body by the reducer (`Action::OfficeTakeIn`), and the page
//! shows who is covered and every file refused ([`coverage`]), the gap maps
//! ([`gap_map`]), self against supervisor, training and the change over
//! fiscal years ([`tables`]), with the threshold, the CSV, print, projector
//! mode and keeping the summary ([`tools`]).
//!
//! No group smaller than the threshold is ever shown: a hidden group's
//! numbers are not written into the page at all ([`shown`]).

pub mod choose;
pub mod coverage;
pub mod gap_map;
pub mod intake;
pub mod tables;
pub mod tools;

/// Whether a group may be shown: the core's one rule, used by every table.
pub use michishirube::core::office::summary::shown;

use crate::components::words::glossed;
use crate::i18n::{tr, use_lang, Lang};
use crate::state::{use_app, Action, KeptSummary, Shared};
use michishirube::core::id::Id;
use michishirube::core::model::BodyData;
use michishirube::core::office::Summary;
use yew::prelude::*;

/// 「非表示」, for a group below the threshold: no number of it is written.
pub fn hidden_cell(lang: Lang) -> Html {
    html! { <span class="office-hidden">{ tr(lang, "非表示", "hidden") }</span> }
}

/// `N人` / `N people`.
pub fn people(n: u32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{n}人"),
        Lang::En => format!("{n} people"),
    }
}

/// The sentence that says what the threshold hides.
pub fn threshold_note(threshold: u32, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{threshold}人未満のまとまりは「非表示」とし、数を出しません。"),
        Lang::En => format!("Groups of fewer than {threshold} people are \u{201c}hidden\u{201d}: no figure of theirs is shown."),
    }
}

/// A grade's name (`None`: 入庁前), the document's words marked Japanese.
pub fn grade_name(d: &BodyData, grade: Option<&Id>, lang: Lang) -> Html {
    match grade {
        None => html! { tr(lang, "入庁前", "Before entry") },
        Some(g) => match d.grade(g) {
            Some(x) => glossed(&x.name, lang),
            None => html! { <span lang="ja">{ g.to_string() }</span> },
        },
    }
}

/// An ability's name (a matrix column or a worded ability).
pub fn ability_name(d: &BodyData, ability: &Id, lang: Lang) -> Html {
    match d.abilities.iter().find(|a| &a.id == ability) {
        Some(a) => glossed(&a.name, lang),
        None => match d.name_of(ability, Lang::Ja) {
            Some(n) => html! { <span lang="ja">{ n }</span> },
            None => html! { <span lang="ja">{ ability.to_string() }</span> },
        },
    }
}

/// Props for [`OfficeView`].
#[derive(Properties, PartialEq)]
pub struct OfficeProps {
    /// The body chosen, from the address.
    pub body: Option<Id>,
    /// Its data, once here (`None` while loading, or with no body chosen).
    #[prop_or_default]
    pub data: Option<Shared<BodyData>>,
    /// What to show instead of the body's data while it loads or if it failed.
    #[prop_or_default]
    pub status: Option<Html>,
}

/// The office page.
#[component]
pub fn OfficeView(props: &OfficeProps) -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let office = &ctx.office;

    // Take the files in for the body once both are here.
    {
        let ctx = ctx.clone();
        use_effect_with(
            (office.files.clone(), props.data.clone()),
            move |(files, data)| {
                if let Some(d) = data {
                    if !files.is_empty() {
                        ctx.dispatch(Action::OfficeTakeIn(d.clone()));
                    }
                }
            },
        );
    }
    // The summary kept on this device for the body, if any.
    {
        let ctx = ctx.clone();
        use_effect_with((props.body.clone(), ctx.guest), move |(body, guest)| {
            let kept = body.as_ref().filter(|_| !*guest).and_then(tools::load_kept);
            ctx.dispatch(Action::OfficeKept(kept));
        });
    }

    let report = office
        .report
        .as_ref()
        .filter(|r| Some(&r.data.body.id) == props.body.as_ref());
    let kept: Option<&Shared<KeptSummary>> = office
        .kept
        .as_ref()
        .filter(|k| Some(&k.summary.body) == props.body.as_ref());
    let projector = ctx.projector;
    let threshold = office.threshold;

    let shown_summary: Option<(Shared<Summary>, u32, bool)> = match (report, kept) {
        (Some(r), _) => Some((r.summary.clone(), threshold, false)),
        (None, Some(k)) if office.files.is_empty() => Some((
            Shared::from(k.summary.clone()),
            threshold.max(k.threshold),
            true,
        )),
        _ => None,
    };

    html! {
        <article class="office office-report" aria-labelledby="office-heading">
            <h1 id="office-heading">{ tr(lang, "組織の傾向", "Trends across the organisation") }</h1>
            // The body summarised, on the screen and on the printed report,
            // which would otherwise not say whose staff it counts.
            if let Some(d) = props.data.as_ref() {
                <p class="office-subject">
                    { glossed(&d.body.name, lang) }
                    { match lang {
                        Lang::Ja => format!("（データの版 {}）", d.version_tag()),
                        Lang::En => format!(" (data version {})", d.version_tag()),
                    } }
                </p>
            }
            <p class="no-print">{ tr(lang,
                "人事担当の方へ：職員が「人事課への提出用ファイル」として渡したファイルをまとめて読み込むと、職位ごとの能力のギャップ、本人と上司の評価の差、ギャップを埋める研修、年度ごとの変化を集計します。ファイルはこの端末のブラウザの中だけで読み、どこにも送信しません。一人ひとりの評価は表示せず、少人数のまとまりは表示しません。",
                "For HR offices: load the files staff hand in (the file for the HR office) all at once to see the gaps by grade and ability, self against supervisor, the training that closes them and the change over fiscal years. The files are read only in this browser and never sent anywhere. No one's own ratings are shown, and small groups are not shown.") }</p>
            <intake::Intake />
            <intake::Status body={props.body.clone()} />
            <choose::Choose current={props.body.clone()} />
            if let Some(status) = props.status.clone() {
                { status }
            }
            if let (Some(d), Some((summary, threshold, from_kept))) = (props.data.clone(), shown_summary) {
                <tools::Tools data={d.clone()} summary={summary.clone()} {threshold} {from_kept} kept={kept.cloned()} />
                if from_kept {
                    if let Some(k) = kept {
                        <p class="office-kept-note" role="note">{ match lang {
                            Lang::Ja => format!("この端末に保存した要約を表示しています（{}保存、{}人未満は保存していません）。", k.kept, k.threshold),
                            Lang::En => format!("Showing the summary kept on this device (kept {}; groups under {} were not kept).", k.kept, k.threshold),
                        } }</p>
                    }
                }
                <coverage::Coverage data={d.clone()} summary={summary.clone()} {threshold} />
                if let Some(r) = report {
                    <coverage::RefusedList refused={r.intake.clone()} {projector} />
                }
                <gap_map::GapMaps data={d.clone()} summary={summary.clone()} {threshold} />
                <tables::VersusTable data={d.clone()} summary={summary.clone()} {threshold} />
                <tables::TrainingTable data={d.clone()} summary={summary.clone()} {threshold} />
                <tables::YearsTable data={d} {summary} {threshold} />
            } else if report.is_none() && !office.files.is_empty() && office.reading.is_none() {
                <coverage::UnreadList {projector} />
            }
        </article>
    }
}
