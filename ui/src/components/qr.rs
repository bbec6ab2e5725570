//! A QR code drawn as SVG: Nayuki's qrcodegen encodes, this only draws
//! the modules. The workshop page shows the app's address with it.

use crate::i18n::{tr, use_lang, Lang};
use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

/// The app's own address, without the route: what participants should open.
pub fn app_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Props for [`QrImage`].
#[derive(Properties, PartialEq)]
pub struct QrProps {
    /// The text to encode.
    pub text: String,
    /// Its accessible name (by default: this app's address).
    #[prop_or_default]
    pub label: Option<String>,
    /// Low error correction, to fit a longer text (a share) in one code.
    #[prop_or_default]
    pub low: bool,
}

/// Whether a text fits one QR code (at low error correction if `low`).
pub fn fits(text: &str, low: bool) -> bool {
    QrCode::encode_text(
        text,
        if low {
            QrCodeEcc::Low
        } else {
            QrCodeEcc::Medium
        },
    )
    .is_ok()
}

/// A QR code as SVG. Encoding is qrcodegen's; this only draws its modules.
#[component]
pub fn QrImage(props: &QrProps) -> Html {
    let lang = use_lang();
    let ecc = if props.low {
        QrCodeEcc::Low
    } else {
        QrCodeEcc::Medium
    };
    let Ok(qr) = QrCode::encode_text(&props.text, ecc) else {
        return html! { <p>{ tr(lang, "QRコードを作れませんでした。", "The QR code could not be made.") }</p> };
    };
    let n = qr.size();
    let border = 4;
    let mut d = String::new();
    for y in 0..n {
        for x in 0..n {
            if qr.get_module(x, y) {
                d += &format!("M{},{}h1v1h-1z", x + border, y + border);
            }
        }
    }
    let full = n + 2 * border;
    html! {
        <svg class="qr" viewBox={format!("0 0 {full} {full}")} role="img"
            aria-label={props.label.clone().unwrap_or_else(|| match lang {
                Lang::Ja => format!("このアプリのアドレス {} のQRコード", props.text),
                Lang::En => format!("QR code of this app's address, {}", props.text),
            })}
            data-version={qr.version().value().to_string()}
            shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#ffffff" />
            <path d={d} fill="#000000" />
        </svg>
    }
}

/// Props for [`LargeQr`].
#[derive(Properties, PartialEq)]
pub struct LargeQrProps {
    /// The address to encode and print under the code.
    pub text: String,
    /// Closing the view (the close button or Escape).
    pub on_close: Callback<()>,
}

/// The QR code over the whole screen, as tall as the screen allows, for a
/// room to scan from a projector: a 1280×720 projector has no room for it
/// in the page beside the text. The address is printed under it for those
/// who type it; the close button has the focus, and Escape closes too.
#[component]
pub fn LargeQr(props: &LargeQrProps) -> Html {
    let lang = use_lang();
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            if let Some(b) = close_ref.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let on_key = {
        let close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close.emit(());
            }
        })
    };
    let close = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="qr-large" role="dialog" aria-modal="true" aria-labelledby="qr-large-heading" onkeydown={on_key}>
            <div class="qr-large-bar">
                <h2 id="qr-large-heading">{ tr(lang, "スマートフォンで読み取ってください", "Scan with a smartphone") }</h2>
                <button type="button" class="secondary" ref={close_ref} onclick={close}>{ tr(lang, "閉じる（Esc）", "Close (Esc)") }</button>
            </div>
            <div class="qr-large-code"><QrImage text={props.text.clone()} /></div>
            <p class="qr-url">{ props.text.clone() }</p>
        </div>
    }
}
