//! The accessibility statement (アクセシビリティ方針), as public bodies
//! publish for JIS X 8341-3: the target, what was tested and how, what is
//! known not to meet it, and how to read the app's own charts.

use crate::i18n::{tr, use_lang};
use yew::prelude::*;

/// The statement page.
#[component]
pub fn StatementView() -> Html {
    let lang = use_lang();
    html! {
        <article class="statement" aria-labelledby="a11y-heading">
            <h1 id="a11y-heading">{ tr(lang, "アクセシビリティ方針", "Accessibility statement") }</h1>
            <h2>{ tr(lang, "目標", "Target") }</h2>
            <p>{ tr(lang,
                "道しるべは、JIS X 8341-3:2016 の適合レベル AA を目標としています。判断の基準には、それを含む WCAG 2.2 のレベル AA を用いています。",
                "michishirube aims at conformance level AA of JIS X 8341-3:2016, judged against WCAG 2.2 level AA, which covers it.") }</p>
            <h2>{ tr(lang, "確かめていること", "What is tested") }</h2>
            <ul>
                <li>{ tr(lang, "すべての画面（通常の表示とプロジェクター表示）を axe-core で自動検査し、違反が 0 件であること。", "Every view, in normal and projector mode, is checked with axe-core, with no violations.") }</li>
                <li>{ tr(lang, "キーボードだけで自己評価を最後まで行えること（Tab で項目を移り、矢印キーで選ぶ）。", "A self-assessment can be completed with the keyboard alone (Tab between items, arrow keys to choose).") }</li>
                <li>{ tr(lang, "幅 320 px の画面と 200% の拡大で、内容が切れないこと（表は枠の中で横に動かせます）。", "Nothing is cut off at 320 px wide or at 200% zoom (tables scroll sideways inside their frame).") }</li>
                <li>{ tr(lang, "○・◎などの印やグラフの系列を、色だけで区別しないこと（記号、線の種類、文字で示します）。", "Marks and chart series are never told apart by colour alone (symbols, line styles and words).") }</li>
                <li>{ tr(lang, "グラフと同じ内容を、表と文章でも示すこと。", "Every chart has a table and text with the same figures.") }</li>
            </ul>
            <h2>{ tr(lang, "グラフの読み方", "Reading the charts") }</h2>
            <p>{ tr(lang,
                "レーダーチャートでは、現在の職位に対する自己評価を実線と●、次の職位に対する自己評価を破線と■、比べる時点を点線と▲、目標を灰色の点線で示します。",
                "In the radar chart, ratings against the current grade are a solid line with ●, against the next grade a dashed line with ■, a compared snapshot a dotted line with ▲, and the target a grey dotted line.") }</p>
            <h2>{ tr(lang, "分かっている課題", "Known issues") }</h2>
            <ul>
                <li>{ tr(lang, "グラフの軸の名前は短く切っています。正式な名前は、すぐ下の表にあります。", "Chart axis labels are shortened; the full names are in the table below each chart.") }</li>
                <li>{ tr(lang, "文書から取り込んだ表の中には、印刷物の構成のまま、とても横に長いものがあります。", "Some tables taken from the documents keep their printed layout and are very wide.") }</li>
            </ul>
            <h2>{ tr(lang, "お問い合わせ", "Feedback") }</h2>
            <p>{ tr(lang,
                "このアプリは通信を行わないため、アプリから連絡を送ることはできません。使いにくい点は、導入している団体の人事担当課にお知らせください。",
                "The app makes no network requests, so it cannot send feedback itself. Please tell the HR section of the body that provides it.") }</p>
        </article>
    }
}
