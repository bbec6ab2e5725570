//! What the office does with a summary: raise the threshold, save it as
//! CSV for Excel, print it on A4 landscape, show it in projector mode, and
//! keep (or delete) the pruned summary on this device. The files are
//! never kept; in a guest session nothing is.

use crate::download::download;
use crate::i18n::{tr, use_lang, Msg};
use crate::state::{use_app, Action, KeptSummary, Shared};
use michishirube::core::id::Id;
use michishirube::core::model::BodyData;
use michishirube::core::office::summary::{csv_file_name, to_csv, MIN_THRESHOLD};
use michishirube::core::office::Summary;
use yew::prelude::*;

/// The summary kept on this device for a body, if there is one and it
/// reads (text that does not is left alone, and not shown).
pub fn load_kept(body: &Id) -> Option<Shared<KeptSummary>> {
    let text = crate::storage::load_office_summary(body)?;
    serde_json::from_str::<KeptSummary>(&text)
        .ok()
        .filter(|k| &k.summary.body == body)
        .map(Shared::from)
}

/// Props for [`Tools`].
#[derive(Properties, PartialEq)]
pub struct ToolsProps {
    /// The body's data.
    pub data: Shared<BodyData>,
    /// The summary shown.
    pub summary: Shared<Summary>,
    /// The threshold in force for it.
    pub threshold: u32,
    /// Whether it is the summary kept on this device (no files read).
    pub from_kept: bool,
    /// The summary kept on this device, if any.
    pub kept: Option<Shared<KeptSummary>>,
}

/// The threshold and the buttons.
#[component]
pub fn Tools(props: &ToolsProps) -> Html {
    let ctx = use_app();
    let lang = use_lang();
    let asked = ctx.office.threshold;
    let on_threshold = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let asked = input.value().trim().parse::<u32>().unwrap_or(MIN_THRESHOLD);
            let t = michishirube::core::office::summary::threshold(asked);
            // The field shows what is in force, never less than the minimum.
            input.set_value(&t.to_string());
            ctx.dispatch(Action::OfficeThreshold(t));
        })
    };
    let on_csv = {
        let (ctx, s, d, t) = (
            ctx.clone(),
            props.summary.clone(),
            props.data.clone(),
            props.threshold,
        );
        Callback::from(move |_: MouseEvent| {
            let text = to_csv(&s, &d, t, lang);
            let name = csv_file_name(&s, crate::today());
            if let Err(m) = download(&name, "text/csv;charset=utf-8", text.as_bytes()) {
                ctx.dispatch(Action::Notice(m));
            }
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let on_projector = {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| ctx.dispatch(Action::Projector(!ctx.projector)))
    };
    let on_keep = {
        let (ctx, s, t) = (ctx.clone(), props.summary.clone(), props.threshold);
        Callback::from(move |_: MouseEvent| {
            let kept = KeptSummary {
                kept: crate::today(),
                threshold: t,
                summary: s.pruned(t),
            };
            let saved = serde_json::to_string(&kept)
                .map_err(|_| {
                    Msg::new(
                        "要約を保存できませんでした。",
                        "The summary could not be saved.",
                    )
                })
                .and_then(|json| crate::storage::save_office_summary(&s.body, &json));
            match saved {
                Ok(()) => {
                    ctx.dispatch(Action::OfficeKept(Some(Shared::from(kept))));
                    ctx.dispatch(Action::Notice(Msg::new(
                        "要約（非表示のまとまりを除いたもの）をこの端末に保存しました。ファイルは保存していません。",
                        "The summary (without the hidden groups) is saved on this device. The files are not.",
                    )));
                }
                Err(m) => ctx.dispatch(Action::Notice(m)),
            }
        })
    };
    let on_delete = {
        let (ctx, body) = (ctx.clone(), props.summary.body.clone());
        Callback::from(
            move |_: MouseEvent| match crate::storage::delete_office_summary(&body) {
                Ok(()) => {
                    ctx.dispatch(Action::OfficeKept(None));
                    ctx.dispatch(Action::Notice(Msg::new(
                        "この端末に保存した要約を削除しました。",
                        "The summary kept on this device has been deleted.",
                    )));
                }
                Err(m) => ctx.dispatch(Action::Notice(m)),
            },
        )
    };
    html! {
        <section class="office-tools no-print" aria-labelledby="office-tools-heading">
            <h2 id="office-tools-heading">{ tr(lang, "表示と保存", "Display and output") }</h2>
            <div class="office-threshold">
                <label for="office-threshold">{ tr(lang, "表示する最小の人数", "Smallest group shown") }</label>
                <input id="office-threshold" type="number" min={MIN_THRESHOLD.to_string()} step="1" inputmode="numeric"
                    value={asked.to_string()} onchange={on_threshold} aria-describedby="office-threshold-help" />
                <p id="office-threshold-help" class="help">{ match lang {
                    crate::i18n::Lang::Ja => format!("これより少ない人数のまとまりは表示しません（{MIN_THRESHOLD}人未満にはできません）。"),
                    crate::i18n::Lang::En => format!("Smaller groups are not shown (it cannot be set below {MIN_THRESHOLD})."),
                } }</p>
            </div>
            <div class="office-buttons">
                <button type="button" class="secondary" onclick={on_csv}>{ tr(lang, "CSVで保存", "Save as CSV") }</button>
                <button type="button" class="secondary" onclick={on_print}>{ tr(lang, "A4横で印刷", "Print on A4 landscape") }</button>
                <button type="button" class="secondary" aria-pressed={ctx.projector.to_string()} onclick={on_projector}>{ tr(lang, "投影モード", "Projector mode") }</button>
                if ctx.guest {
                    <p class="help">{ tr(lang, "ゲストとしての利用中は、要約をこの端末に保存できません。", "In a guest session the summary cannot be kept on this device.") }</p>
                } else {
                    if !props.from_kept {
                        <button type="button" class="secondary" onclick={on_keep}>{ tr(lang, "要約をこの端末に保存", "Keep the summary on this device") }</button>
                    }
                    if props.kept.is_some() {
                        <button type="button" class="danger" onclick={on_delete}>{ tr(lang, "保存した要約を削除", "Delete the kept summary") }</button>
                    }
                }
            </div>
        </section>
    }
}
