//! The gaps and chart as they stand, beside the rating list, so every
//! rating shows its effect at once (on wide screens it stays in view).

use super::radar::{radar_of, Radar};
use super::words::mixed;
use crate::i18n::{tr, use_lang, Lang};
use crate::state::Shared;
use michishirube::core::assess::{analysis_of, Assessment};
use michishirube::core::model::BodyData;
use yew::prelude::*;

/// Props for [`LivePanel`].
#[derive(Properties, PartialEq)]
pub struct LiveProps {
    /// The assessment being rated.
    pub assessment: Assessment,
    /// Its body.
    pub data: Shared<BodyData>,
}

/// The live gaps panel of the rating page.
#[component]
pub fn LivePanel(props: &LiveProps) -> Html {
    let lang = use_lang();
    let a = &props.assessment;
    let analysis = analysis_of(&props.data, a);
    let chart = radar_of(
        &analysis,
        lang,
        tr(lang, "現在の職位に対して", "Against the current grade").to_owned(),
        a.selection
            .next
            .as_ref()
            .map(|_| tr(lang, "次の職位に対して", "Against the next grade").to_owned()),
        None,
    );
    let gaps = analysis
        .rows
        .iter()
        .filter(|r| r.worst_gap().is_some_and(|g| g > 0))
        .count();
    let top: Vec<String> = analysis
        .priorities
        .iter()
        .take(3)
        .map(|&i| analysis.rows[i].item.name(lang))
        .collect();
    html! {
        <aside class="live-panel" aria-labelledby="live-heading">
            <h2 id="live-heading">{ tr(lang, "いまの差", "Gaps so far") }</h2>
            <p>{ match lang {
                Lang::Ja => format!("目標に届いていない項目：{gaps} 件"),
                Lang::En => format!("Items short of the target: {gaps}"),
            } }</p>
            if !top.is_empty() {
                <p>{ tr(lang, "優先して伸ばす：", "To develop first: ") }{ mixed(&top.join(tr(lang, "、", ", ")), lang) }</p>
            }
            if analysis.rows.len() >= 3 {
                <Radar axes={chart.axes} series={chart.series} target={chart.target}
                    label={tr(lang, "いまの自己評価のレーダーチャート（結果の画面に表で示します）", "Radar chart of the ratings so far (tabled on the results page)").to_owned()} />
            }
        </aside>
    }
}
