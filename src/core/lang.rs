//! The interface language.
//!
//! The app's own words (headings, sentences, messages) exist in Japanese and
//! English; the documents' words stay Japanese, with the data's English
//! gloss beside them where it has one. Every function that produces
//! interface text takes a [`Lang`], so the choice is made by the caller and
//! never read from a global.

use serde::{Deserialize, Serialize};

/// A language the interface can be shown in. Japanese is the default: the
/// documents are Japanese and so are most of the people using the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// 日本語.
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Japanese first.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// A stable key for storage and the `lang` attribute (`ja`, `en`).
    pub fn key(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The language for a key, if it is one.
    pub fn from_key(k: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == k)
    }

    /// The other language: what the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    /// The language's name in itself, as the switch shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }

    /// Picks the text for this language; both versions sit side by side at
    /// the call site so they are written and reviewed together.
    pub fn pick<T>(self, ja: T, en: T) -> T {
        match self {
            Lang::Ja => ja,
            Lang::En => en,
        }
    }
}

/// A Japanese name as the interface shows it: alone in Japanese, and in
/// English followed by its gloss where the data has one
/// (`郡山市 (Koriyama City)`). The Japanese is never replaced.
pub fn gloss(ja: &str, en: Option<&str>, lang: Lang) -> String {
    match (lang, en.filter(|e| !e.is_empty())) {
        (Lang::En, Some(en)) => format!("{ja}{}", gloss_after(ja, en)),
        _ => ja.to_owned(),
    }
}

/// What follows a Japanese name in English: its gloss in brackets
/// (` (Koriyama City)`), or after a dash where either side has brackets of
/// its own (`主事級職員 — Staff (shuji) level`), so that brackets never nest.
pub fn gloss_after(ja: &str, en: &str) -> String {
    let bracketed = |s: &str| s.contains(['(', ')', '（', '）']);
    if bracketed(ja) || bracketed(en) {
        format!(" \u{2014} {en}")
    } else {
        format!(" ({en})")
    }
}

/// `1 step` / `2 steps`: English needs the plural, Japanese has none.
pub fn plural(n: impl Into<i64>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn japanese_is_the_default_language() {
        assert_eq!(Lang::default(), Lang::Ja);
    }

    #[test]
    fn a_language_round_trips_through_its_key_and_unknown_keys_are_refused() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_key(l.key()), Some(l));
        }
        assert_eq!(Lang::from_key("fr"), None);
        assert_eq!(Lang::from_key(""), None);
        assert_eq!(
            serde_json::to_string(&Lang::En).ok().as_deref(),
            Some("\"en\"")
        );
    }

    #[test]
    fn the_switch_offers_the_other_language_named_in_itself() {
        assert_eq!(Lang::Ja.other().native_name(), "English");
        assert_eq!(Lang::En.other().native_name(), "日本語");
    }

    #[test]
    fn an_english_gloss_follows_the_japanese_in_brackets_only_in_english() {
        assert_eq!(
            gloss("郡山市", Some("Koriyama City"), Lang::En),
            "郡山市 (Koriyama City)"
        );
        assert_eq!(gloss("郡山市", Some("Koriyama City"), Lang::Ja), "郡山市");
        assert_eq!(gloss("見本市", None, Lang::En), "見本市");
    }

    #[test]
    fn a_gloss_with_brackets_of_its_own_follows_a_dash_so_brackets_never_nest() {
        assert_eq!(
            gloss("主事級職員", Some("Staff (shuji) level"), Lang::En),
            "主事級職員 \u{2014} Staff (shuji) level"
        );
        assert_eq!(
            gloss("スタッフ職 (副主幹)", Some("Staff post"), Lang::En),
            "スタッフ職 (副主幹) \u{2014} Staff post"
        );
        assert_eq!(
            gloss("主事級職員", Some("Staff (shuji) level"), Lang::Ja),
            "主事級職員"
        );
    }

    #[test]
    fn english_counts_use_the_plural_except_for_one() {
        assert_eq!(plural(1, "step", "steps"), "1 step");
        assert_eq!(plural(3, "step", "steps"), "3 steps");
    }
}
