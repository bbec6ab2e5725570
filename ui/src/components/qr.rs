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
