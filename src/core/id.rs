//! Identifiers used inside a body's data file.
//!
//! Ids are written by people (HR clerks editing `data/`), stored in users'
//! browsers and put into URLs, so they are restricted to a small, URL-safe
//! alphabet. Parsing happens once, at deserialisation: a value of type [`Id`]
//! is always well-formed, and no code downstream re-checks it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A well-formed identifier: 1–64 characters of `a-z`, `0-9`, `-` and `_`,
/// starting with a letter or digit.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Id(String);

/// Why a string was refused as an [`Id`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdError {
    /// The string was empty.
    Empty,
    /// The string was longer than [`Id::MAX_LEN`].
    TooLong(usize),
    /// The string held a character outside the allowed alphabet.
    BadChar(char),
    /// The string started with `-` or `_`.
    BadStart,
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdError::Empty => write!(f, "ID が空です"),
            IdError::TooLong(n) => {
                write!(f, "ID が長すぎます（{n} 文字、上限 {} 文字）", Id::MAX_LEN)
            }
            IdError::BadChar(c) => write!(
                f,
                "ID に使えない文字「{c}」があります（使えるのは半角英小文字・数字・- と _ です）"
            ),
            IdError::BadStart => write!(f, "ID は英小文字か数字で始めてください"),
        }
    }
}

impl std::error::Error for IdError {}

impl Id {
    /// Longest id accepted; long enough for descriptive slugs, short enough for URLs.
    pub const MAX_LEN: usize = 64;

    /// Parses a string into an id, or says why it is not one.
    pub fn parse(s: &str) -> Result<Id, IdError> {
        if s.is_empty() {
            return Err(IdError::Empty);
        }
        let len = s.chars().count();
        if len > Self::MAX_LEN {
            return Err(IdError::TooLong(len));
        }
        if let Some(c) = s
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == '_'))
        {
            return Err(IdError::BadChar(c));
        }
        if s.starts_with(['-', '_']) {
            return Err(IdError::BadStart);
        }
        Ok(Id(s.to_owned()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Id {
    type Error = IdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Id::parse(&s)
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lowercase_slug_is_a_valid_id() {
        assert_eq!(
            Id::parse("kacho-hosa_2").map(|i| i.to_string()),
            Ok("kacho-hosa_2".into())
        );
    }

    #[test]
    fn an_empty_string_is_rejected() {
        assert_eq!(Id::parse(""), Err(IdError::Empty));
    }

    #[test]
    fn japanese_text_is_rejected_with_the_offending_character() {
        assert_eq!(Id::parse("部長"), Err(IdError::BadChar('部')));
    }

    #[test]
    fn uppercase_is_rejected() {
        assert_eq!(Id::parse("Bucho"), Err(IdError::BadChar('B')));
    }

    #[test]
    fn a_leading_dash_is_rejected() {
        assert_eq!(Id::parse("-x"), Err(IdError::BadStart));
    }

    #[test]
    fn sixty_five_characters_is_too_long() {
        assert_eq!(Id::parse(&"a".repeat(65)), Err(IdError::TooLong(65)));
    }

    #[test]
    fn ids_deserialise_through_the_same_check() {
        let bad: Result<Id, _> = serde_json::from_str("\"a b\"");
        assert!(bad.is_err());
        let good: Id = serde_json::from_str("\"ab\"").expect("valid id");
        assert_eq!(good, "ab");
    }
}
