//! A body's published tables of targets (KPI), as printed: each indicator
//! with its current value and its target, and the offerings the app links
//! it to, marked as the app's reading.

use super::words::{app_mark, glossed, source_note};
use crate::i18n::{tr, Lang};
use michishirube::core::model::{Basis, BodyData, KpiTable};
use yew::prelude::*;

fn table(d: &BodyData, t: &KpiTable, lang: Lang) -> Html {
    let caption_id = format!("kpi-{}", t.id);
    html! {
        <div class="kpi-table-block">
            <div class="table-scroll" role="region" aria-labelledby={caption_id.clone()} tabindex="0">
                <table class="kpi-table">
                    <caption id={caption_id} lang="ja">{ t.title.clone() }</caption>
                    <thead><tr>
                        <th scope="col">{ tr(lang, "中間アウトカム", "Outcome") }</th>
                        <th scope="col">{ tr(lang, "区分", "Area") }</th>
                        <th scope="col">{ tr(lang, "指標", "Indicator") }</th>
                        <th scope="col" lang="ja">{ t.baseline_heading.clone() }</th>
                        <th scope="col" lang="ja">{ t.target_heading.clone() }</th>
                        <th scope="col">{ tr(lang, "関係する研修・支援", "Related training and support") }</th>
                    </tr></thead>
                    <tbody>
                        { for t.rows.iter().map(|r| html! {
                            <tr data-kpi={r.id.to_string()}>
                                <td lang="ja">{ r.outcome.clone().unwrap_or_default() }</td>
                                <td lang="ja">{ r.area.clone().unwrap_or_default() }</td>
                                <th scope="row" lang="ja">{ r.indicator.clone() }</th>
                                <td lang="ja">{ r.baseline.clone() }</td>
                                <td lang="ja">{ r.target.clone() }</td>
                                <td>
                                    { for r.offerings.iter().filter_map(|id| d.offerings.iter().find(|o| &o.id == id)).map(|o| html! {
                                        <span class="kpi-offering">{ glossed(&o.name, lang) }</span>
                                    }) }
                                    if !r.offerings.is_empty() && r.offerings_basis == Basis::App {
                                        { app_mark(None, lang) }
                                    }
                                </td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { source_note(d, &t.source, lang) }
        </div>
    }
}

/// The body's tables of targets; nothing where it publishes none.
pub fn kpi_tables(d: &BodyData, lang: Lang) -> Html {
    html! { { for d.kpi_tables.iter().map(|t| table(d, t, lang)) } }
}
