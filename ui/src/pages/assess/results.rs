//! Step 3: the results of the assessment in progress, then the next step
//! (the suggestions), then keeping the results (a snapshot) and the
//! meeting with a supervisor. Comparing with a snapshot, which changes
//! what the results show, stays above them.

use super::with_assessment;
use crate::components::hand_in::HandIn;
use crate::components::results::ResultsBody;
use crate::i18n::{tr, use_lang, Lang, Msg};
use crate::route::{Meeting, Route};
use crate::state::{use_app, Action};
use michishirube::core::assess::Position;
use michishirube::core::dates::{date_label, english_date, short_date, wareki};
use michishirube::core::review::chosen;
use yew::prelude::*;

/// The results page.
#[component]
pub fn ResultsView() -> Html {
    let lang = use_lang();
    let ctx = use_app();
    let (a, d) = match with_assessment(&ctx, lang) {
        Ok(x) => x,
        Err(h) => return h,
    };
    let compare = ctx.compare.and_then(|id| {
        ctx.doc.snapshots.iter().find(|s| s.id == id).map(|s| {
            let day = short_date(s.taken, lang);
            (
                s.assessment.clone(),
                match lang {
                    Lang::Ja => format!("{day}の自己評価"),
                    Lang::En => format!("Self-rating of {day}"),
                },
            )
        })
    });
    let baseline = a.selection.current == Position::PreEntry;
    let has_review = ctx.doc.reviews.iter().any(|r| r.body == a.selection.body);
    let save = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let today = crate::today();
            // The label is stored with the snapshot, so it is written once,
            // in the language of the moment.
            let label =
                baseline.then(|| tr(lang, "入庁前の基準", "Baseline before entry").to_owned());
            ctx.dispatch(Action::TakeSnapshot { today, label });
            ctx.dispatch(Action::Notice(Msg::new(
                format!(
                    "{}の自己評価を{}として保存しました。",
                    wareki(today),
                    if baseline {
                        "入庁前の基準"
                    } else {
                        "スナップショット"
                    }
                ),
                format!(
                    "The self-rating of {} was saved as {}.",
                    english_date(today),
                    if baseline {
                        "the baseline before entry"
                    } else {
                        "a snapshot"
                    }
                ),
            )));
        })
    };
    let on_compare = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
            ctx.dispatch(Action::Compare(s.value().parse().ok()))
        })
    };
    let same_body: Vec<_> = ctx
        .doc
        .snapshots
        .iter()
        .filter(|s| s.assessment.selection.body == a.selection.body)
        .collect();
    html! {
        <section class="results" aria-labelledby="results-heading">
            <h1 id="results-heading">{ tr(lang, "結果", "Results") }</h1>
            if !same_body.is_empty() {
                <div class="field inline no-print">
                    <label for="compare-select">{ tr(lang, "比べるスナップショット", "Snapshot to compare with") }</label>
                    <select id="compare-select" onchange={on_compare}>
                        <option value="" selected={ctx.compare.is_none()}>{ tr(lang, "比べない", "None") }</option>
                        { for same_body.iter().map(|s| html! {
                            <option value={s.id.to_string()} selected={ctx.compare == Some(s.id)}>
                                { date_label(s.taken, lang) }
                            </option>
                        }) }
                    </select>
                </div>
            }
            <ResultsBody assessment={a.clone()} data={d.clone()} {compare} />
            <nav class="next-step no-print" aria-labelledby="next-step-heading">
                <h2 id="next-step-heading">{ tr(lang, "次にすること", "Next step") }</h2>
                if d.offerings.is_empty() {
                    // A body whose documents list no training (a 標準職務遂行能力
                    // 規程, say): nothing to suggest, so promise nothing.
                    <p>{ tr(lang, "この団体の文書には研修・支援の一覧がないため、おすすめは示せません。伸ばしたい能力への取り組みは、計画に自分で書き入れられます。", "This body's documents list no training or support, so nothing can be suggested. You can write your own steps for the abilities you want to develop into your plan.") }</p>
                    <p><a class="button primary" href={Route::Plan.to_hash()}>{ tr(lang, "計画を立てる", "Make a plan") }</a></p>
                } else {
                    <p>{ tr(lang, "差を埋めるのに役立つ研修・支援を、優先して伸ばす能力ごとに示します。選んだものは年度ごとの計画に入れられます。", "See the training and support that help close your gaps, ability by ability, and put what you choose in your plan by fiscal year.") }</p>
                    <p><a class="button primary" href={Route::Suggest(a.selection.body.clone()).to_hash()}>{ tr(lang, "おすすめの研修・支援を見る", "See the suggested training and support") }</a></p>
                }
            </nav>
            <section class="keep no-print" aria-labelledby="keep-heading">
                <h2 id="keep-heading">{ tr(lang, "結果を残す", "Keep these results") }</h2>
                <div class="actions">
                    <button type="button" class="secondary" onclick={save}>
                        { if baseline { tr(lang, "入庁前の基準として保存", "Save as the baseline before entry") } else { tr(lang, "今日の結果をスナップショットとして保存", "Save today's results as a snapshot") } }
                    </button>
                </div>
                if ctx.storage.persisted == Some(false) && !ctx.guest {
                    <p class="help storage-reminder">{ tr(lang, "このブラウザは、しばらく使わないと保存データを消すことがあります。控えとして「履歴・データ」から書き出しておくと安心です。", "This browser may delete saved data after a while without use. To be safe, export a copy from \u{201c}History & data\u{201d}.") }
                        <a href={Route::History.to_hash()}>{ tr(lang, "書き出しへ", "Go to export") }</a></p>
                }
            </section>
            <HandIn assessment={a.clone()} data={d.clone()} review={chosen(&ctx.doc.reviews, &a.selection, None).cloned()} />
            if !baseline {
                <section class="meeting-links no-print" aria-labelledby="meeting-heading">
                    <h2 id="meeting-heading">{ tr(lang, "上司との面談（1on1・人事評価）", "The meeting with your supervisor (1on1, appraisal)") }</h2>
                    <p>{ tr(lang, "上司にも同じ項目を評価してもらい、違いを話し合えます。", "Your supervisor can rate the same items, and you talk through where the two differ.") }</p>
                    <ul class="link-list">
                        <li><a href={Route::Meeting(Meeting::Share).to_hash()}>{ tr(lang, "上司と共有する（リンク・QRコード・ファイル）", "Share with your supervisor (link, QR code, file)") }</a></li>
                        <li><a href={Route::Meeting(Meeting::Handover).to_hash()}>{ tr(lang, "この端末で上司に評価してもらう", "Have your supervisor rate on this device") }</a></li>
                        <li><a href={Route::Review(None).to_hash()}>{ tr(lang, "受け取った上司の評価を開く", "Open a review you received") }</a></li>
                        if has_review {
                            <li><a href={Route::Meeting(Meeting::Compare(None)).to_hash()}>{ tr(lang, "上司の評価と比べる", "Compare with your supervisor's review") }</a></li>
                        }
                    </ul>
                </section>
            }
        </section>
    }
}
