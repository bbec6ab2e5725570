//! Words of a 標準職務遂行能力 table: which names are grades (and how
//! high each stands), which are headings, and how a cell splits into its
//! sentences without their bullets.

/// Words a 標準的な職 ends with (部長, 課長補佐, 主任主査 …), with the
/// app's guess of how high each stands (for [`Pasted::top_first`] only).
pub(super) const GRADE_WORDS: &[(&str, u8)] = &[
    ("理事", 90),
    ("局長", 85),
    ("部長", 80),
    ("技監", 75),
    ("次長", 70),
    ("監", 68),
    ("参事", 65),
    ("課長", 60),
    ("室長", 60),
    ("所長", 58),
    ("館長", 58),
    ("園長", 58),
    ("事務長", 58),
    ("主幹", 55),
    ("課長補佐", 50),
    ("補佐", 50),
    ("係長", 40),
    ("班長", 40),
    ("主査", 35),
    ("主任", 30),
    ("技能長", 30),
    ("主事", 10),
    ("技師", 10),
    ("保育士", 10),
    ("主事補", 5),
    ("技師補", 5),
    ("係員", 5),
    ("技能労務職", 5),
    ("技能労務職員", 5),
];

/// Words of a table's heading row: placed as headings, never as data.
pub(super) const HEADINGS: &[&str] = &[
    "標準的な職",
    "職制上の段階",
    "職位",
    "職",
    "職名",
    "役職",
    "区分",
    "能力",
    "項目",
    "能力項目",
    "評価項目",
    "標準職務遂行能力",
    "職務遂行能力",
    "求められる能力",
    "内容",
];

pub(super) fn is_heading(s: &str) -> bool {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    HEADINGS.contains(&s.as_str())
}

/// Bullets that begin a sentence in a cell.
pub(super) const BULLETS: &[char] = &[
    '・', '○', '〇', '●', '◎', '◯', '■', '□', '◆', '◇', '▪', '•', '-', '－', '※',
];
pub(super) const KANA_ENUM: &str = "アイウエオカキクケコサシスセソタチツテト";

/// The text after a leading bullet or number ((1), ①, 1., ア …), as
/// printed otherwise. A ※ note keeps its mark: it is part of the words.
pub(super) fn strip_bullet(s: &str) -> &str {
    let s = s.trim();
    let mut chars = s.char_indices();
    let Some((_, first)) = chars.next() else {
        return s;
    };
    let after = |i: usize| s[i..].trim_start();
    let second = chars.next();
    // ・ ○ … (but a ※ note keeps its mark)
    if BULLETS.contains(&first) && first != '※' {
        return after(first.len_utf8());
    }
    // ① … ⑳, ⑴ … ⒇
    if ('\u{2460}'..='\u{2473}').contains(&first) || ('\u{2474}'..='\u{2487}').contains(&first) {
        return after(first.len_utf8());
    }
    // (1) （1） (ア)
    if first == '(' || first == '（' {
        if let Some(close) = s.find([')', '）']) {
            let inner = &s[first.len_utf8()..close];
            let n = inner.chars().count();
            if (1..=3).contains(&n)
                && inner.chars().all(|c| {
                    c.is_ascii_digit() || ('０'..='９').contains(&c) || KANA_ENUM.contains(c)
                })
            {
                let close_len = s[close..].chars().next().map_or(1, char::len_utf8);
                return after(close + close_len);
            }
        }
    }
    // 1. 1． 1) 1 — digits then a mark or a space
    if first.is_ascii_digit() || ('０'..='９').contains(&first) {
        let end = s
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || ('０'..='９').contains(&c)))
            .map_or(s.len(), |(i, _)| i);
        if let Some(c) = s[end..].chars().next() {
            if ['.', '．', ')', '）', '、'].contains(&c) {
                return after(end + c.len_utf8());
            }
            if c.is_whitespace() {
                return after(end);
            }
        }
        return s;
    }
    // ア イ … followed by a space
    if KANA_ENUM.contains(first) {
        if let Some((i, c)) = second {
            if c.is_whitespace() {
                return after(i);
            }
        }
    }
    s
}

/// Whether a cell or line reads as a sentence rather than a name.
pub(super) fn sentence_like(s: &str) -> bool {
    s.contains('。') || s.contains('\n') || s.chars().count() > 24
}

/// A label (group or ability) as printed: its lines run together (a
/// narrow cell breaks a name), any leading number left off.
pub(super) fn label(s: &str) -> String {
    let joined: String = s.lines().map(str::trim).collect();
    strip_bullet(&joined).to_owned()
}

/// The sentences of a cell, in printed order: one per line, and a line
/// holding several bulleted ones (・ ○ ①) split before each bullet. Each
/// keeps its words as printed, without its bullet.
pub(super) fn sentences(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in s.lines() {
        let mut start = 0;
        let mut prev_space = true;
        let mut parts = Vec::new();
        for (i, c) in line.char_indices() {
            let bullet = (BULLETS.contains(&c) && c != '-' && c != '－')
                || ('\u{2460}'..='\u{2473}').contains(&c);
            if bullet && prev_space && i > start && !line[start..i].trim().is_empty() {
                parts.push(&line[start..i]);
                start = i;
            }
            prev_space = c.is_whitespace();
        }
        parts.push(&line[start..]);
        for p in parts {
            let t = strip_bullet(p).trim();
            if !t.is_empty() {
                out.push(t.to_owned());
            }
        }
    }
    out
}

/// The grade a cell or line names, as printed (without a row number),
/// if it names one: 部長, 課長補佐, 主任・主事, 部長級, 技能労務職員,
/// 消防長 (部長).
pub(super) fn grade_name(s: &str) -> Option<String> {
    let t = strip_bullet(s.trim());
    if t.is_empty() || t.contains('\n') || t.contains('。') || t.chars().count() > 24 {
        return None;
    }
    let (before, inner) = match t.find(['(', '（']) {
        Some(i) => {
            let rest = &t[i..];
            let inner = rest
                .char_indices()
                .nth(1)
                .map(|(j, _)| &rest[j..])
                .unwrap_or("")
                .trim_end_matches([')', '）']);
            (t[..i].trim(), Some(inner))
        }
        None => (t, None),
    };
    (grade_rank(before).is_some() || inner.is_some_and(|i| grade_rank(i).is_some()))
        .then(|| t.to_owned())
}

/// How high a grade name stands, as the app guesses it: the highest of
/// its parts (主任・主事 is 主任), if every part is a grade.
pub(super) fn grade_rank(s: &str) -> Option<u8> {
    let mut best = None;
    let mut any = false;
    for part in s.split(['・', '、', ',', '，', '/', '／', '及']) {
        let p = part.trim().trim_start_matches('び').trim();
        if p.is_empty() || p.chars().count() > 10 {
            return None;
        }
        let bare = ["相当職", "相当", "級", "職", "クラス", "等"]
            .iter()
            .find_map(|suf| p.strip_suffix(suf).filter(|b| !b.is_empty()))
            .unwrap_or(p);
        let rank = GRADE_WORDS
            .iter()
            .filter(|(w, _)| p.ends_with(w) || bare.ends_with(w))
            .max_by_key(|(w, _)| w.len())
            .map(|&(_, r)| r)?;
        any = true;
        best = best.max(Some(rank));
    }
    if any {
        best
    } else {
        None
    }
}

/// A 別表 heading's table name (別表第2 of 別表第2(第3条関係)), if the
/// line is one.
pub(super) fn table_heading(line: &str) -> Option<String> {
    let l = line.trim().trim_start_matches(['○', '◯']);
    if !l.starts_with("別表") || l.chars().count() > 60 {
        return None;
    }
    let end = l.find(['(', '（', ' ', '\u{3000}']).unwrap_or(l.len());
    Some(l[..end].to_owned())
}

pub(super) fn numeric(s: &str) -> bool {
    let s = s.trim();
    s.chars()
        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
        && s.chars().all(|c| {
            c.is_ascii_digit()
                || ('０'..='９').contains(&c)
                || ",.，．円号級 -−△▲".contains(c)
                || c.is_whitespace()
        })
}
