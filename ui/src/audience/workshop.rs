//! Trainer tools for キャリアデザイン研修: a guest session that leaves no
//! trace, projector mode, full screen, a QR code of the app's address, and
//! links into each body's explorer, demo persona, pre-entry view and survey.
//!
//! A guest session on a trainer's laptop must never touch the laptop
//! owner's own data: the reset for the next participant starts a new guest
//! session in the same tab, and only leaving guest mode, a separate act
//! with its own confirmation saying what happens, ends it.

use crate::components::qr::{app_url, LargeQr, QrImage};
use crate::components::words::glossed;
use crate::i18n::{tr, use_lang};
use crate::route::Route;
use crate::state::{use_app, Action, Loadable};
use yew::prelude::*;

fn request_fullscreen() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.request_fullscreen();
    }
}

/// A step that asks first.
#[derive(Clone, Copy, PartialEq)]
enum Confirm {
    /// Reset for the next participant.
    Reset,
    /// Leave guest mode.
    End,
}

/// The workshop page.
#[component]
pub fn WorkshopView() -> Html {
    let ctx = use_app();
    let lang = use_lang();
    // Which confirmation is open: the reset's, or leaving guest mode's.
    let confirm = use_state(|| None::<Confirm>);
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
    let start_guest = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::StartGuest))
    };
    let reset = {
        let ctx = ctx.clone();
        let confirm = confirm.clone();
        // Clearing the tab's storage and going home are the app's effect.
        Callback::from(move |_| {
            ctx.dispatch(Action::ResetGuest);
            confirm.set(None);
        })
    };
    let end_guest = {
        let ctx = ctx.clone();
        let confirm = confirm.clone();
        Callback::from(move |_| {
            ctx.dispatch(Action::EndGuest);
            confirm.set(None);
        })
    };
    let ask = |c: Option<Confirm>| {
        let confirm = confirm.clone();
        Callback::from(move |_| confirm.set(c))
    };
    let on = !ctx.projector;
    let toggle_projector = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::Projector(on)))
    };
    // The bodies the index lists (none where it lists only prefectures).
    let examples = match &ctx.index {
        Loadable::Ready(ix) => ix.bodies.clone(),
        _ => Vec::new(),
    };
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
                        <p>{ tr(lang, "ゲストとして利用中です。入力はこのタブの中だけに一時保存され、タブを閉じるかリセットすると消えます。この端末の持ち主のデータには書き込みません。", "You are using the app as a guest. What you enter is kept only in this tab and is gone when the tab is closed or reset. Nothing is written to the device owner's data.") }</p>
                        if *confirm == Some(Confirm::Reset) {
                            <p role="alert" class="confirm">{ tr(lang, "入力した内容をすべて消して、次の参加者のために最初に戻します（ゲストのまま続けます）。よろしいですか？", "Everything entered will be cleared and the app reset for the next participant (still as a guest). Go ahead?") }</p>
                            <div class="actions">
                                <button type="button" class="danger" onclick={reset}>{ tr(lang, "リセットする", "Reset") }</button>
                                <button type="button" class="secondary" onclick={ask(None)}>{ tr(lang, "やめる", "Cancel") }</button>
                            </div>
                        } else if *confirm == Some(Confirm::End) {
                            <p role="alert" class="confirm">{ tr(lang, "ゲストとしての利用を終えます。ゲストとして入力した内容はすべて消え、この端末に保存されているデータ（持ち主の自己評価など）の表示に戻ります。このあと入力した内容は、この端末に保存されます。よろしいですか？", "Guest mode will end. Everything entered as a guest is cleared, and the data saved on this device (the owner's self-rating and so on) is shown again. What is entered after this is saved on this device. Go ahead?") }</p>
                            <div class="actions">
                                <button type="button" class="danger" onclick={end_guest}>{ tr(lang, "ゲストの利用を終える", "Leave guest mode") }</button>
                                <button type="button" class="secondary" onclick={ask(None)}>{ tr(lang, "やめる", "Cancel") }</button>
                            </div>
                        } else {
                            <div class="actions">
                                <button type="button" class="danger" onclick={ask(Some(Confirm::Reset))}>{ tr(lang, "次の参加者のためにリセット", "Reset for the next participant") }</button>
                                <button type="button" class="secondary" onclick={ask(Some(Confirm::End))}>{ tr(lang, "ゲストとしての利用を終える…", "Leave guest mode…") }</button>
                            </div>
                        }
                    } else {
                        <p>{ tr(lang, "研修の共用端末では、ゲストとして使うと、入力が端末に残りません（このタブを閉じるかリセットすると消えます）。", "On a shared workshop device, use the app as a guest and nothing entered stays on the device (it is gone when this tab is closed or reset).") }</p>
                        <button type="button" class="secondary" onclick={start_guest}>{ tr(lang, "ゲストとして使い始める", "Start as a guest") }</button>
                    }
                </section>
            </div>
            <h2>{ tr(lang, "団体ごとの教材", "Material by body") }</h2>
            { for examples.iter().map(|b| html! {
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
