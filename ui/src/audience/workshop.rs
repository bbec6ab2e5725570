//! Trainer tools for キャリアデザイン研修: a guest session that leaves no
//! trace, projector mode, full screen, a QR code of the app's address, and
//! links into each body's explorer, demo persona, pre-entry view and survey.

use super::io::AudienceEvent;
use super::Ctx;
use crate::components::qr::{app_url, LargeQr, QrImage};
use crate::components::words::glossed;
use crate::i18n::tr;
use crate::route::Route;
use yew::prelude::*;

fn request_fullscreen() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.request_fullscreen();
    }
}

/// Props for [`WorkshopView`].
#[derive(Properties, PartialEq)]
pub struct WorkshopProps {
    /// The app's input and the report channel.
    pub ctx: Ctx,
}

/// The workshop page.
#[component]
pub fn WorkshopView(props: &WorkshopProps) -> Html {
    let ctx = &props.ctx.input;
    let report = &props.ctx.report;
    let lang = ctx.lang;
    let confirm = use_state(|| false);
    let url = app_url();
    // The large QR is a state of this page, not an address: a trainer opens
    // it for a moment and closes it again.
    let large_qr = use_state(|| false);
    let show_large_qr = {
        let large_qr = large_qr.clone();
        Callback::from(move |_| large_qr.set(true))
    };
    let hide_large_qr = {
        let large_qr = large_qr.clone();
        Callback::from(move |()| {
            large_qr.set(false);
            // Back to the button that opened it, for keyboard users.
            if let Some(b) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("qr-large-open"))
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = b.focus();
            }
        })
    };
    let start_guest = report.reform(|_| AudienceEvent::StartGuest);
    let reset = {
        let report = report.clone();
        let confirm = confirm.clone();
        // Clearing the tab's storage and going home are the app's effect.
        Callback::from(move |_| {
            report.emit(AudienceEvent::ResetGuest);
            confirm.set(false);
        })
    };
    let on = !ctx.projector;
    let toggle_projector = report.reform(move |_| AudienceEvent::Projector(on));
    html! {
        <section class="workshop" aria-labelledby="workshop-heading">
            <h1 id="workshop-heading">{ tr(lang, "研修・説明会で使う", "Using the app in workshops and briefings") }</h1>
            <div class="workshop-grid">
                <section aria-labelledby="qr-heading" class="qr-box">
                    <h2 id="qr-heading">{ tr(lang, "スマートフォンで開く", "Open on a smartphone") }</h2>
                    <button type="button" id="qr-large-open" class="secondary" onclick={show_large_qr}>{ tr(lang, "QRコードを大きく表示", "Show the QR code large") }</button>
                    <QrImage text={url.clone()} />
                    <p class="qr-url">{ url.clone() }</p>
                    if *large_qr {
                        <LargeQr text={url} on_close={hide_large_qr} />
                    }
                    <p class="help">{ tr(lang, "入力した内容は、それぞれの端末の中だけに保存されます。", "What each person enters is saved only on their own device.") }</p>
                </section>
                <section aria-labelledby="modes-heading">
                    <h2 id="modes-heading">{ tr(lang, "表示と利用のモード", "Display and use modes") }</h2>
                    <div class="actions">
                        <button type="button" class="primary" aria-pressed={ctx.projector.to_string()} onclick={toggle_projector}>
                            { if ctx.projector { tr(lang, "プロジェクター表示をやめる", "Turn projector mode off") } else { tr(lang, "プロジェクター表示にする", "Turn projector mode on") } }
                        </button>
                        <button type="button" class="secondary" onclick={Callback::from(|_| request_fullscreen())}>{ tr(lang, "全画面表示", "Full screen") }</button>
                    </div>
                    <p class="help">{ tr(lang, "プロジェクター表示では文字を大きくし、自己評価などの個人のデータは表示しません。", "Projector mode enlarges the text and shows no personal data such as self-ratings.") }</p>
                    <h3>{ tr(lang, "ゲストとして使う", "Using as a guest") }</h3>
                    if ctx.guest {
                        <p>{ tr(lang, "ゲストとして利用中です。入力はこのタブの中だけに一時保存され、端末には残りません。", "You are using the app as a guest. What you enter is kept only in this tab and not left on the device.") }</p>
                        if *confirm {
                            <p role="alert" class="confirm">{ tr(lang, "入力した内容をすべて消して、次の参加者のために最初に戻します。よろしいですか？", "Everything entered will be cleared and the app reset for the next participant. Go ahead?") }</p>
                            <div class="actions">
                                <button type="button" class="danger" onclick={reset}>{ tr(lang, "リセットする", "Reset") }</button>
                                <button type="button" class="secondary" onclick={ let c = confirm.clone(); Callback::from(move |_| c.set(false)) }>{ tr(lang, "やめる", "Cancel") }</button>
                            </div>
                        } else {
                            <button type="button" class="danger" onclick={ let c = confirm.clone(); Callback::from(move |_| c.set(true)) }>{ tr(lang, "次の参加者のためにリセット", "Reset for the next participant") }</button>
                        }
                    } else {
                        <p>{ tr(lang, "研修の共用端末では、ゲストとして使うと、入力が端末に残りません（このタブを閉じるかリセットすると消えます）。", "On a shared workshop device, use the app as a guest and nothing entered stays on the device (it is gone when this tab is closed or reset).") }</p>
                        <button type="button" class="secondary" onclick={start_guest}>{ tr(lang, "ゲストとして使い始める", "Start as a guest") }</button>
                    }
                </section>
            </div>
            <h2>{ tr(lang, "団体ごとの教材", "Material by body") }</h2>
            { for ctx.examples.iter().map(|b| html! {
                <section class="workshop-body" aria-labelledby={format!("ws-{}", b.id)}>
                    <h3 id={format!("ws-{}", b.id)}>{ glossed(&b.name, lang) }</h3>
                    <ul class="body-links">
                        <li><a href={Route::Explore(b.id.clone(), None).to_hash()}>{ tr(lang, "人材育成の枠組み（表・役割）", "Staff development framework (table and roles)") }</a></li>
                        <li><a href={Route::Demo(b.id.clone()).to_hash()}>{ tr(lang, "見本の職員（架空）", "Sample employee (fictional)") }</a></li>
                        <li><a href={Route::PreEntry(b.id.clone()).to_hash()}>{ tr(lang, "内定者・新規採用職員向け", "For recruits and new staff") }</a></li>
                        if b.has.survey {
                            <li><a href={Route::Survey(b.id.clone()).to_hash()}>{ tr(lang, "職員調査のセルフチェック", "Staff survey self-check") }</a></li>
                        }
                    </ul>
                </section>
            }) }
        </section>
    }
}
