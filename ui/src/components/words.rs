//! The documents' words on screen: marked as Japanese, with the app's own
//! readings told apart from the document's, and with sources a person can
//! read.
//!
//! In the English interface the documents' own words (body, grade, ability
//! and course names, roles) stay Japanese. Every one of them is drawn
//! through these helpers, inside an element with `lang="ja"`, so a screen
//! reader reads them with a Japanese voice (WCAG 3.1.2, language of parts).
//! Where the data says a line or a name is the app's reading, it is drawn
//! with a small 「アプリの読み」 mark, a button that opens the data's note
//! (a native popover, so it also opens where scripts are off, with Esc and
//! a click outside to close it); on paper the note prints after the mark,
//! in small type, as a footnote would.
//!
//! A source is cited as a trainer would cite it, by the document's title
//! and section: 「出典: 郡山市職員人材育成・確保基本方針 3 (3) ②」. The
//! text-extraction file names stay in the data and in exports, never on
//! screen.

use crate::i18n::{gloss_after, tr, Lang};
use michishirube::core::model::{Basis, BodyData, Label, Source, Text};
use yew::prelude::*;

/// The document's words, marked Japanese.
pub fn ja(s: &str) -> Html {
    html! { <span lang="ja">{ s.to_owned() }</span> }
}

/// A name: the Japanese marked as Japanese, then in English the gloss
/// (the rule of [`gloss_after`]), and the app's mark where the app gave the
/// name.
pub fn glossed(l: &Label, lang: Lang) -> Html {
    html! {
        <>
            <span lang="ja">{ l.ja.clone() }</span>
            if let (Lang::En, Some(en)) = (lang, l.en.as_deref().filter(|e| !e.is_empty())) {
                { gloss_after(&l.ja, en) }
            }
            if l.basis == Basis::App {
                { app_mark(l.note.as_deref(), lang) }
            }
        </>
    }
}

/// The words the UI uses to tell the document's link from the app's reading.
pub fn basis_label(b: Basis, lang: Lang) -> &'static str {
    match b {
        Basis::Document => tr(lang, "文書に記載", "stated in the document"),
        Basis::App => tr(lang, "アプリの読み", "the app's reading"),
    }
}

/// The small 「アプリの読み」 mark, which opens the note where there is one
/// (see the module's header). The note is the data's Japanese.
pub fn app_mark(note: Option<&str>, lang: Lang) -> Html {
    let note = note
        .filter(|n| !n.trim().is_empty())
        .map(|n| AttrValue::from(n.to_owned()));
    html! { <AppReading {note} {lang} /> }
}

thread_local! {
    /// The last note number given on this page: each mark's popover needs
    /// an id of its own for its button to name.
    static NOTES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Props for [`AppReading`].
#[derive(Properties, PartialEq)]
pub struct AppReadingProps {
    /// The data's note, if any.
    pub note: Option<AttrValue>,
    /// The interface language.
    pub lang: Lang,
}

/// The mark itself: a button opening a popover with the note, or, with no
/// note, only the words.
#[component]
pub fn AppReading(props: &AppReadingProps) -> Html {
    let id = use_state(|| {
        NOTES.with(|n| {
            n.set(n.get().wrapping_add(1));
            format!("app-note-{}", n.get())
        })
    });
    let lang = props.lang;
    let label = tr(lang, "アプリの読み", "the app's reading");
    match &props.note {
        None => html! { <span class="app-reading">{ label }</span> },
        Some(n) => html! {
            <span class="app-reading">
                <button type="button" class="app-reading-mark" popovertarget={(*id).clone()}>{ label }</button>
                <span id={(*id).clone()} class="app-reading-note" popover="auto">
                    { tr(lang, "アプリの読み：", "The app's reading (its note is in Japanese): ") }<span lang="ja">{ n.clone() }</span>
                </span>
            </span>
        },
    }
}

/// A note on a document, shown with its title: the app's mark where the
/// note is the app's reading ([`Basis::App`], the default), and as the
/// document's own words (「注記：…」, no mark) where it restates what the
/// document prints (its number, its 施行日).
pub fn document_note(note: Option<&str>, basis: Basis, lang: Lang) -> Html {
    let Some(n) = note.filter(|n| !n.trim().is_empty()) else {
        return html! {};
    };
    match basis {
        Basis::App => app_mark(Some(n), lang),
        Basis::Document => html! {
            <span class="doc-note">
                { tr(lang, "（注記：", " (Note, as printed: ") }<span lang="ja">{ n.to_owned() }</span>{ tr(lang, "）", ")") }
            </span>
        },
    }
}

/// A caveat the data attaches to an item, which every reader must see
/// (a spanned cell, a character the app dropped).
pub fn caveat(note: &str, lang: Lang) -> Html {
    html! {
        <span class="caveat">
            { tr(lang, "（注：", " (Note, in Japanese: ") }<span lang="ja">{ note.to_owned() }</span>{ tr(lang, "）", ")") }
        </span>
    }
}

/// A line of text: the words, the app's mark if they are the app's, its
/// note, and its own source where it is printed elsewhere than its item.
pub fn worded(d: &BodyData, t: &Text, lang: Lang) -> Html {
    html! {
        <>
            <span lang="ja">{ t.text.clone() }</span>
            if t.is_app() {
                { app_mark(t.note.as_deref(), lang) }
            } else if let Some(n) = &t.note {
                { caveat(n, lang) }
            }
            if let Some(s) = &t.source {
                <span class="line-source">{ tr(lang, "（出典: ", " (source: ") }<span lang="ja">{ d.cite(s) }</span>{ tr(lang, "）", ")") }</span>
            }
        </>
    }
}

/// The 出典 line every sourced item carries, so a trainer can show the room
/// where a statement comes from: the document's title and section.
pub fn source_note(d: &BodyData, s: &Source, lang: Lang) -> Html {
    html! {
        <p class="source">
            { tr(lang, "出典: ", "Source: ") }
            <span class="source-cite" lang="ja">{ d.cite(s) }</span>
        </p>
    }
}

/// Whether a character belongs to Japanese script: kana, kanji, Japanese
/// punctuation, full-width forms, and the circled numbers documents number
/// their items with (①).
fn is_japanese(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x2460..=0x24FF | 0x31F0..=0x31FF)
}

/// Whether a character is neither Japanese nor a letter of the interface's
/// English (spaces, digits, ASCII punctuation): it joins the run it is in.
fn is_neutral(c: char) -> bool {
    !is_japanese(c) && !c.is_alphabetic()
}

/// A text the app composed from its own words and the documents' (`Self-
/// rating against 係長 (Unit chief)`), with each run of Japanese marked as
/// Japanese. In the Japanese interface the whole page already is.
pub fn mixed(s: &str, lang: Lang) -> Html {
    if lang == Lang::Ja || !s.chars().any(is_japanese) {
        return html! { { s.to_owned() } };
    }
    let mut runs: Vec<(bool, String)> = Vec::new();
    for c in s.chars() {
        let jp = if is_neutral(c) {
            runs.last().map(|r| r.0).unwrap_or(false)
        } else {
            is_japanese(c)
        };
        match runs.last_mut() {
            Some((j, text)) if *j == jp => text.push(c),
            _ => runs.push((jp, c.to_string())),
        }
    }
    html! {
        { for runs.into_iter().map(|(jp, text)| if jp {
            html! { <span lang="ja">{ text }</span> }
        } else {
            html! { { text } }
        }) }
    }
}

/// `lang="ja"` for an element whose text (an `<option>`, which cannot hold
/// a `<span>`) has Japanese in it, in the English interface.
pub fn lang_of(s: &str, lang: Lang) -> Option<&'static str> {
    (lang == Lang::En && s.chars().any(is_japanese)).then_some("ja")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_script_is_told_from_english_letters_and_neutral_marks() {
        assert!("係長".chars().all(is_japanese));
        assert!("ボトム①、".chars().all(is_japanese));
        assert!(!"Unit chief".chars().any(is_japanese));
        assert!(" (1) -".chars().all(is_neutral));
    }

    #[test]
    fn an_option_with_japanese_is_marked_japanese_only_in_english() {
        assert_eq!(lang_of("係長 (Unit chief)", Lang::En), Some("ja"));
        assert_eq!(lang_of("Unit chief", Lang::En), None);
        assert_eq!(lang_of("係長", Lang::Ja), None);
    }
}
