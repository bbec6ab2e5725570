//! Reading and writing the text of cells: what a clerk types in Excel
//! (full-width digits, ◯ for ○, circled numbers, trailing spaces, dates
//! typed as dates) and how a line carries the app's mark in a cell.
//!
//! A line of text may end with marks in 〔〕: 〔アプリの読み：理由〕 says the
//! words are the app's, 〔注：…〕 adds a caveat, 〔出典：文書｜節〕 gives the
//! line a source of its own. They are the cell form of [`Text`]'s fields.

use crate::core::lang::Lang;
use crate::core::model::{
    Basis, OfferingKind, Part, Requirement, Source, StageKind, Text, YearRange,
};

/// Full-width ASCII (Ｅｘｃｅｌ、１２３) folded to half-width, and the
/// ideographic space to a plain one; nothing else changes.
pub fn half_width(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            0x3000 => ' ',
            _ => c,
        })
        .collect()
}

/// A cell's text, trimmed of the spaces Excel users leave (full-width too).
pub fn clean(s: &str) -> String {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}')
        .to_owned()
}

/// A value meant to be an id or a number: half-width, trimmed.
pub fn key(s: &str) -> String {
    clean(&half_width(s))
}

/// The parts of a list cell (`a、b, c`), trimmed, empties dropped; the
/// words themselves are kept as typed (ids are folded by [`key`]). A cell
/// with line breaks is one part per line, so a part may hold a 「、」.
pub fn list(s: &str) -> Vec<String> {
    let seps: &[char] = if s.contains('\n') {
        &['\n']
    } else {
        &['、', ',', '，', ';', '；']
    };
    s.split(seps).map(clean).filter(|x| !x.is_empty()).collect()
}

/// The lines of a multi-line cell, trimmed, empties dropped.
pub fn lines(s: &str) -> Vec<String> {
    s.split('\n').map(clean).filter(|x| !x.is_empty()).collect()
}

/// Whose reading a 「読み」 cell names; `None` for a value it is not.
pub fn basis(s: &str) -> Option<Basis> {
    match key(s).as_str() {
        "" | "文書" | "文書に記載" | "document" => Some(Basis::Document),
        "アプリ" | "アプリの読み" | "app" => Some(Basis::App),
        _ => None,
    }
}

/// The cell form of a basis.
pub fn basis_cell(b: Basis) -> &'static str {
    match b {
        Basis::Document => "",
        Basis::App => "アプリ",
    }
}

/// Whether a 「○」 column is ticked: ○ ◯ 〇 ● はい yes true 1.
pub fn ticked(s: &str) -> Option<bool> {
    match key(s).to_lowercase().as_str() {
        "" | "×" | "いいえ" | "no" | "false" | "0" => Some(false),
        "○" | "◯" | "〇" | "●" | "はい" | "yes" | "true" | "1" => Some(true),
        _ => None,
    }
}

/// A number as Excel may hold it (1.0) written as an id or count (1).
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A date cell's serial number as the date it is, in 和暦 (令和7年2月1日).
pub fn serial_date(serial: f64) -> Option<String> {
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let date = base.checked_add_signed(chrono::Duration::days(serial.floor() as i64))?;
    Some(crate::core::dates::wareki(date))
}

/// Circled numbers ① … ⑳ and their digits, both ways.
pub fn circled(n: u32) -> Option<char> {
    (1..=20)
        .contains(&n)
        .then(|| char::from_u32(0x245F + n))
        .flatten()
}

/// The number a printed ability number stands for (`①` → 1, `1` → 1, `(1)` → 1).
pub fn number_of(s: &str) -> Option<u32> {
    let s = key(s);
    let s = s.trim_matches(|c| matches!(c, '(' | ')' | '（' | '）' | '.' | '．'));
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if ('\u{2460}'..='\u{2473}').contains(&c) {
            return Some(c as u32 - 0x245F);
        }
    }
    s.parse().ok()
}

/// A year range typed as `1`, `1～5`, `1-5`, `3～` (full-width too).
pub fn years(s: &str) -> Option<Option<YearRange>> {
    let s = key(s).replace("年目", "");
    if s.is_empty() {
        return Some(None);
    }
    let parts: Vec<&str> = s.split(['～', '~', '-', '〜', '－', '−']).collect();
    let n = |x: &str| x.trim().parse::<u32>().ok();
    match parts.as_slice() {
        [one] => n(one).map(|f| {
            Some(YearRange {
                from: f,
                to: Some(f),
            })
        }),
        [from, to] => {
            let from = n(from)?;
            let to = if to.trim().is_empty() {
                None
            } else {
                Some(n(to)?)
            };
            Some(Some(YearRange { from, to }))
        }
        _ => None,
    }
}

/// The cell form of a year range.
pub fn years_cell(y: Option<YearRange>) -> String {
    match y {
        None => String::new(),
        Some(YearRange { from, to: Some(t) }) if t == from => from.to_string(),
        Some(YearRange { from, to: Some(t) }) => format!("{from}～{t}"),
        Some(YearRange { from, to: None }) => format!("{from}～"),
    }
}

/// An offering kind by its Japanese name (as the UI shows it) or its key.
pub fn offering_kind(s: &str) -> Option<OfferingKind> {
    let k = clean(s);
    OfferingKind::ALL.into_iter().find(|x| {
        x.label(Lang::Ja) == k
            || serde_json::to_value(x).ok().and_then(|v| v.as_str().map(str::to_owned)) == Some(k.clone())
            // 「通信教育」 or 「放送大学」 alone name the same kind.
            || x.label(Lang::Ja).split('・').any(|part| part == k)
    })
}

/// A legend symbol's requirement by its words (or the data key).
pub fn requirement(s: &str) -> Option<Requirement> {
    match clean(s).as_str() {
        "身に付けるべき" | "acquire" => Some(Requirement::Acquire),
        "既に身に付いているべき" | "established" => Some(Requirement::Established),
        "将来的に望まれる" | "future" => Some(Requirement::Future),
        "求めない" | "not_required" => Some(Requirement::NotRequired),
        _ => None,
    }
}

/// The cell form of a requirement.
pub fn requirement_cell(r: Requirement) -> &'static str {
    match r {
        Requirement::Acquire => "身に付けるべき",
        Requirement::Established => "既に身に付いているべき",
        Requirement::Future => "将来的に望まれる",
        Requirement::NotRequired => "求めない",
    }
}

/// A stage kind by its word.
pub fn stage_kind(s: &str) -> Option<StageKind> {
    match clean(s).as_str() {
        "年数" | "years" => Some(StageKind::Years),
        "年代" | "age" => Some(StageKind::Age),
        "段階" | "tier" => Some(StageKind::Tier),
        "" | "時期" | "phase" => Some(StageKind::Phase),
        _ => None,
    }
}

/// The cell form of a stage kind.
pub fn stage_kind_cell(k: StageKind) -> &'static str {
    match k {
        StageKind::Years => "年数",
        StageKind::Age => "年代",
        StageKind::Tier => "段階",
        StageKind::Phase => "時期",
    }
}

const PARTS: [(Part, &str); 11] = [
    (Part::Matrix, "職位×能力の表"),
    (Part::Abilities, "能力"),
    (Part::CanDo, "できること"),
    (Part::Roles, "役割"),
    (Part::CareerPath, "キャリアパス"),
    (Part::Survey, "職員調査"),
    (Part::Kpi, "数値目標"),
    (Part::Courses, "研修体系"),
    (Part::Vision, "職員像"),
    (Part::Appendix, "図や別冊"),
    (Part::Other, "その他"),
];

/// A missing part by its word.
pub fn part(s: &str) -> Option<Part> {
    let k = clean(s);
    PARTS.iter().find(|(_, w)| *w == k).map(|(p, _)| *p)
}

/// The cell form of a missing part.
pub fn part_cell(p: Part) -> &'static str {
    PARTS
        .iter()
        .find(|(x, _)| *x == p)
        .map(|(_, w)| *w)
        .unwrap_or("その他")
}

/// A line of text with its marks: `words〔アプリの読み：why〕〔出典：doc｜section〕`.
/// `doc` resolves a document named in a mark to its file; an unknown one is
/// kept as written, for the validator to report.
pub fn parse_line(line: &str, doc: &dyn Fn(&str) -> String) -> Text {
    let mut t = Text::default();
    let mut rest = clean(line);
    while rest.ends_with('〕') {
        let Some(open) = rest.rfind('〔') else { break };
        let mark = rest[open + '〔'.len_utf8()..rest.len() - '〕'.len_utf8()].to_owned();
        let (name, value) = match mark.split_once(['：', ':']) {
            Some((n, v)) => (clean(n), clean(v)),
            None => (clean(&mark), String::new()),
        };
        match name.as_str() {
            "アプリの読み" | "アプリ" => {
                t.basis = Basis::App;
                if !value.is_empty() {
                    t.note = Some(value);
                }
            }
            "注" | "注記" => t.note = Some(value),
            "出典" => {
                let (d, section) = match value.split_once(['｜', '|']) {
                    Some((d, s)) => (clean(d), clean(s)),
                    None => (String::new(), value),
                };
                t.source = Some(Source {
                    file: doc(&d),
                    section,
                });
            }
            // Not a mark of ours: the brackets are part of the words.
            _ => break,
        }
        rest = clean(&rest[..open]);
    }
    t.text = rest;
    t
}

/// The cell form of a line of text, with its marks.
pub fn line_cell(t: &Text) -> String {
    let mut s = t.text.clone();
    match (&t.basis, &t.note) {
        (Basis::App, Some(n)) => s.push_str(&format!("〔アプリの読み：{n}〕")),
        (Basis::App, None) => s.push_str("〔アプリの読み〕"),
        (Basis::Document, Some(n)) => s.push_str(&format!("〔注：{n}〕")),
        (Basis::Document, None) => {}
    }
    if let Some(src) = &t.source {
        s.push_str(&format!("〔出典：{}｜{}〕", src.file, src.section));
    }
    s
}

/// A list as one cell: 「、」 between the parts, or one per line when a
/// part holds a separator itself.
pub fn list_cell(parts: impl IntoIterator<Item = impl AsRef<str>>) -> String {
    let parts: Vec<String> = parts.into_iter().map(|p| p.as_ref().to_owned()).collect();
    let sep = if parts
        .iter()
        .any(|p| p.contains(['、', ',', '，', ';', '；']))
    {
        "\n"
    } else {
        "、"
    };
    parts.join(sep)
}

/// Lines of text as one cell, one per line.
pub fn lines_cell(ts: &[Text]) -> String {
    ts.iter().map(line_cell).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(s: &str) -> String {
        s.to_owned()
    }

    #[test]
    fn what_a_clerk_types_is_read_as_meant() {
        assert_eq!(key("　ｓｈｕｊｉ１ "), "shuji1");
        assert_eq!(number_of("①"), Some(1));
        assert_eq!(number_of("１"), Some(1));
        assert_eq!(number_of("(3)"), Some(3));
        assert_eq!(circled(4), Some('④'));
        assert_eq!(
            years("１～５"),
            Some(Some(YearRange {
                from: 1,
                to: Some(5)
            }))
        );
        assert_eq!(years("3～"), Some(Some(YearRange { from: 3, to: None })));
        assert_eq!(
            years("1年目"),
            Some(Some(YearRange {
                from: 1,
                to: Some(1)
            }))
        );
        assert_eq!(years("そのうち"), None);
        assert_eq!(ticked("◯"), Some(true));
        assert_eq!(basis("アプリの読み"), Some(Basis::App));
        assert_eq!(basis("たぶん"), None);
        assert_eq!(list("a、b, c，d"), ["a", "b", "c", "d"]);
        // With line breaks, one part per line: a part may hold a 「、」.
        assert_eq!(list("次長、所属長～\n部長"), ["次長、所属長～", "部長"]);
        assert_eq!(serial_date(45689.0).as_deref(), Some("令和7年2月1日"));
        assert_eq!(
            offering_kind("階層別研修"),
            Some(OfferingKind::GradeTraining)
        );
        assert_eq!(
            offering_kind("grade_training"),
            Some(OfferingKind::GradeTraining)
        );
        assert_eq!(
            offering_kind("放送大学"),
            Some(OfferingKind::Correspondence)
        );
        assert_eq!(requirement("将来的に望まれる"), Some(Requirement::Future));
    }

    #[test]
    fn a_line_keeps_its_marks_through_a_cell() {
        let t = Text {
            text: "採用後（若手職員）".into(),
            basis: Basis::App,
            note: Some("段階名は印字されていない".into()),
            source: Some(Source {
                file: "a.txt".into(),
                section: "第1 2".into(),
            }),
        };
        assert_eq!(
            line_cell(&t),
            "採用後（若手職員）〔アプリの読み：段階名は印字されていない〕〔出典：a.txt｜第1 2〕"
        );
        assert_eq!(parse_line(&line_cell(&t), &same), t);
        let plain = parse_line("研修の実施（全職員）", &same);
        assert_eq!(plain, Text::plain("研修の実施（全職員）"));
        // Brackets that are not our marks are words.
        assert_eq!(parse_line("〔重点〕研修", &same).text, "〔重点〕研修");
    }
}
