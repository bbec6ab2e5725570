//! The interface language in the UI: the [`Lang`] the App provides through a
//! context, a hook to read it, and a message type that keeps both languages.
//!
//! Call sites write both texts side by side (`tr(lang, "結果", "Results")`),
//! so a new string cannot be added in one language only without it showing.

pub use crate::core::lang::{gloss, gloss_after, plural, Lang};
use yew::prelude::*;

/// The interface language from the App's context. Components mounted on
/// their own (the component tests) have no provider and show Japanese.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The text for the language: Japanese first, English second.
pub fn tr<'a>(lang: Lang, ja: &'a str, en: &'a str) -> &'a str {
    lang.pick(ja, en)
}

/// A message raised before it is shown (a notice, a load failure), kept in
/// both languages so that switching the language also switches messages
/// already on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    ja: String,
    en: String,
}

impl Msg {
    /// A message from its two texts.
    pub fn new(ja: impl Into<String>, en: impl Into<String>) -> Self {
        Msg {
            ja: ja.into(),
            en: en.into(),
        }
    }

    /// A message from a function of the language (a core `message(lang)`).
    pub fn from_fn(f: impl Fn(Lang) -> String) -> Self {
        Msg {
            ja: f(Lang::Ja),
            en: f(Lang::En),
        }
    }

    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => &self.ja,
            Lang::En => &self.en,
        }
    }

    /// This message followed by another, as one.
    pub fn then(&self, more: &Msg) -> Msg {
        Msg {
            ja: format!("{}{}", self.ja, more.ja),
            en: format!("{} {}", self.en, more.en),
        }
    }
}

/// Text in brackets after a word: full-width `（…）` in Japanese, ` (…)` in
/// English. An English text with brackets of its own (a glossed name,
/// `郡山市 (Koriyama City)`) follows a dash instead, so brackets never nest.
pub fn paren(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Ja => format!("（{s}）"),
        Lang::En if s.contains(['(', ')']) => format!(" \u{2014} {s}"),
        Lang::En => format!(" ({s})"),
    }
}

/// The separator of a list written inline: `、` in Japanese, `, ` in English.
pub fn comma(lang: Lang) -> &'static str {
    lang.pick("、", ", ")
}

/// `label: value`, with the colon each language uses.
pub fn labelled(lang: Lang, label: &str, value: &str) -> String {
    match lang {
        Lang::Ja => format!("{label}：{value}"),
        Lang::En => format!("{label}: {value}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_after_a_word_never_nest_in_english() {
        assert_eq!(paren(Lang::En, "branch"), " (branch)");
        assert_eq!(
            paren(Lang::En, "郡山市 (Koriyama City)"),
            " \u{2014} 郡山市 (Koriyama City)"
        );
        assert_eq!(paren(Lang::Ja, "郡山市"), "（郡山市）");
    }
}
