//! The workbook in and out of an `.xlsx` file.
//!
//! Reading is what the browser does with a file an HR clerk drops on the
//! page, so it first asks what the file is (a PDF renamed `.xlsx`, an old
//! `.xls`, a password-protected workbook and a CSV all get a message of
//! their own), then checks the archive before anything is unpacked: its
//! size, its number of entries, and what each entry really unpacks to (a
//! zip bomb stops at the limit, whatever its headers claim). Only then does
//! calamine read the cells. Writing, with rust_xlsxwriter, happens at build
//! time natively: the template and the five bodies' workbooks.

use super::{Area, Cell, Finding, Sheet, Value, Workbook};
use std::io::{Cursor, Read};

/// The largest file the app reads (a filled template is a few hundred KB).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The most the archive may unpack to, in all.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;
/// The most entries the archive may hold.
pub const MAX_ENTRIES: usize = 2_000;

/// What a file is, judged from its first bytes (not its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// An Excel workbook (.xlsx): a zip with `xl/workbook.xml`.
    Xlsx,
    /// A zip that is not a workbook (.docx, .ods …).
    OtherZip,
    /// An old-format Excel file (.xls, Excel 97–2003).
    Xls,
    /// A workbook saved with a password (an encrypted package).
    Encrypted,
    /// A PDF.
    Pdf,
    /// Data in this app's TOML format.
    Toml,
    /// Data in this app's JSON format.
    Json,
    /// Comma- or tab-separated text.
    Csv,
    /// Anything else.
    Unknown,
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// What a file is.
pub fn sniff(bytes: &[u8]) -> FileKind {
    if bytes.starts_with(b"PK\x03\x04") {
        let workbook = zip::ZipArchive::new(Cursor::new(bytes))
            .is_ok_and(|mut z| z.by_name("xl/workbook.xml").is_ok());
        return if workbook {
            FileKind::Xlsx
        } else {
            FileKind::OtherZip
        };
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // An encrypted .xlsx is a compound file holding "EncryptedPackage";
        // an .xls holds a "Workbook" stream instead.
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        return if contains(bytes, &name) {
            FileKind::Encrypted
        } else {
            FileKind::Xls
        };
    }
    if bytes.starts_with(b"%PDF") {
        return FileKind::Pdf;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = &text[..text.len().min(4096)];
    let trimmed: &[u8] = {
        let start = head
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(head.len());
        &head[start..]
    };
    if trimmed.starts_with(b"{") {
        return FileKind::Json;
    }
    if std::str::from_utf8(head).is_ok()
        && (contains(head, b"[body]") || contains(head, b"format ="))
    {
        return FileKind::Toml;
    }
    let lines = head
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .take(3)
        .collect::<Vec<_>>();
    if lines.len() > 1
        && lines
            .iter()
            .all(|l| contains(l, b",") || contains(l, b"\t"))
    {
        return FileKind::Csv;
    }
    FileKind::Unknown
}

/// The message for a file that is not a workbook this app reads, with
/// what to do instead.
pub fn refusal(kind: FileKind) -> Option<Finding> {
    let (msg, hint) = match kind {
        FileKind::Xlsx | FileKind::Toml | FileKind::Json => return None,
        FileKind::Xls => (
            "Excel 97-2003 形式（.xls）のブックは読み込めません。",
            "Excel で開き、「名前を付けて保存」で「Excel ブック（*.xlsx）」を選んで保存し直してください。",
        ),
        FileKind::Encrypted => (
            "パスワードで保護されたブックは読み込めません。",
            "Excel で開き、「ファイル」→「情報」→「ブックの保護」→「パスワードを使用して暗号化」でパスワードを消してから保存し直してください。",
        ),
        FileKind::Pdf => (
            "このファイルは PDF です（名前が .xlsx でも、中身は Excel のブックではありません）。",
            "テンプレート（.xlsx）に書き込んだブックを選んでください。",
        ),
        FileKind::Csv => (
            "CSV ファイルは読み込めません。枠組みは複数のシートに分かれているためです。",
            "テンプレート（.xlsx）に書き込み、Excel ブック（*.xlsx）として保存したものを選んでください。",
        ),
        FileKind::OtherZip => (
            "このファイルは Excel のブックではありません（Word の文書など、別の種類のファイルです）。",
            "テンプレート（.xlsx）に書き込んだブックを選んでください。",
        ),
        FileKind::Unknown => (
            "このファイルの形式がわかりません。",
            "テンプレートに書き込んだ Excel ブック（.xlsx）か、道しるべのデータファイル（.toml / .json）を選んでください。",
        ),
    };
    Some(Finding::file(msg, Some(hint)))
}

/// Checks the archive before it is unpacked: the number of entries, and
/// what each really unpacks to, counted as it is inflated and stopped at
/// the limit (a zip bomb's headers may claim anything).
fn check_archive(bytes: &[u8]) -> Result<(), Finding> {
    let broken = || {
        Finding::file(
            "ブックが壊れているため読み込めません。",
            Some("Excel で開けるか確かめ、保存し直してから選んでください。"),
        )
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| broken())?;
    if zip.len() > MAX_ENTRIES {
        return Err(Finding::file(
            format!("ブックの中身の数が多すぎます（{} 個）。", zip.len()),
            Some("テンプレートに書き込んだブックを選んでください。"),
        ));
    }
    let mut total: u64 = 0;
    let mut sink = [0u8; 64 * 1024];
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).map_err(|_| broken())?;
        if entry.encrypted() {
            return Err(refusal(FileKind::Encrypted).unwrap_or_else(broken));
        }
        loop {
            let n = entry.read(&mut sink).map_err(|_| broken())?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > MAX_UNPACKED_BYTES {
                return Err(Finding::file(
                    format!(
                        "ブックを展開すると大きすぎます（{} MB を超えます）。",
                        MAX_UNPACKED_BYTES / (1024 * 1024)
                    ),
                    Some("圧縮を悪用したファイルかもしれません。テンプレートに書き込んだブックを選んでください。"),
                ));
            }
        }
    }
    Ok(())
}

fn value(d: &calamine::Data) -> Value {
    use calamine::Data;
    match d {
        Data::Empty => Value::Empty,
        Data::String(s) => Value::Text(s.clone()),
        Data::Int(i) => Value::Number(*i as f64),
        Data::Float(f) => Value::Number(*f),
        Data::Bool(b) => Value::Bool(*b),
        Data::DateTime(dt) => Value::Date(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s.clone()),
        Data::Error(e) => Value::Error(e.to_string()),
    }
}

/// Reads an `.xlsx` file's sheets into a [`Workbook`], after the checks
/// above; anything else gets a message saying what it is and what to do.
pub fn read_xlsx(bytes: &[u8]) -> Result<Workbook, Finding> {
    use calamine::Reader;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Finding::file(
            format!(
                "ファイルが大きすぎます（{:.1} MB。{} MB まで）。",
                bytes.len() as f64 / (1024.0 * 1024.0),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            Some("画像や関係のないシートを消して、保存し直してください。"),
        ));
    }
    let kind = sniff(bytes);
    if let Some(f) = refusal(kind).filter(|_| kind != FileKind::Toml && kind != FileKind::Json) {
        return Err(f);
    }
    if kind != FileKind::Xlsx {
        return Err(refusal(FileKind::Unknown).unwrap_or_else(|| Finding::file("", None)));
    }
    check_archive(bytes)?;
    let broken = |e: &dyn std::fmt::Display| {
        Finding::file(
            format!("ブックを読み込めませんでした（{e}）。"),
            Some("Excel で開けるか確かめ、保存し直してから選んでください。"),
        )
    };
    let mut xlsx: calamine::Xlsx<_> =
        calamine::Xlsx::new(Cursor::new(bytes.to_vec())).map_err(|e| broken(&e))?;
    let mut wb = Workbook::default();
    for name in xlsx.sheet_names() {
        let range = xlsx.worksheet_range(&name).map_err(|e| broken(&e))?;
        let formulas = xlsx.worksheet_formula(&name).map_err(|e| broken(&e))?;
        let merged = xlsx.merge_cells_by_sheet_name(&name).unwrap_or_default();
        let mut sheet = Sheet {
            name: name.clone(),
            ..Sheet::default()
        };
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, c, d) in range.used_cells() {
            let (r, c) = (r0 as usize + r, c0 as usize + c);
            if r >= super::read::MAX_ROWS + 10 || c >= super::read::MAX_COLUMNS + 10 {
                // Beyond what a sheet may hold: the reader reports the size.
                sheet.rows.resize_with(super::read::MAX_ROWS + 11, Vec::new);
                sheet.rows_in_file = range.end().map(|(end, _)| end as usize + 1);
                continue;
            }
            if sheet.rows.len() <= r {
                sheet.rows.resize_with(r + 1, Vec::new);
            }
            let row = &mut sheet.rows[r];
            if row.len() <= c {
                row.resize(c + 1, Cell::default());
            }
            row[c].value = value(d);
        }
        let (f0r, f0c) = formulas.start().unwrap_or((0, 0));
        for (r, c, f) in formulas.used_cells() {
            let (r, c) = (f0r as usize + r, f0c as usize + c);
            if f.is_empty() || r > super::read::MAX_ROWS + 10 || c > super::read::MAX_COLUMNS {
                continue;
            }
            if sheet.rows.len() <= r {
                sheet.rows.resize_with(r + 1, Vec::new);
            }
            let row = &mut sheet.rows[r];
            if row.len() <= c {
                row.resize(c + 1, Cell::default());
            }
            row[c].formula = Some(f.clone());
        }
        sheet.merged = merged
            .iter()
            .map(|d| Area {
                first: d.start,
                last: d.end,
            })
            .collect();
        wb.sheets.push(sheet);
    }
    Ok(wb)
}

/// Writes a workbook as `.xlsx`, laid out for a clerk: the purpose line,
/// bold headings on a tinted row (frozen in place), each heading's help as
/// a note, widths and dropdowns from the layout, and text cells that wrap.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_xlsx(wb: &Workbook) -> Result<Vec<u8>, String> {
    use super::layout::{self, EXAMPLE, HEADER_ROW, MEMO};
    use rust_xlsxwriter::{Color, DataValidation, Format, FormatAlign, Note, Workbook as Xlsx};
    let err = |e: rust_xlsxwriter::XlsxError| e.to_string();
    let mut out = Xlsx::new();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xE8F1FE))
        .set_align(FormatAlign::Top);
    let purpose = Format::new().set_bold().set_font_size(12);
    let example = Format::new()
        .set_italic()
        .set_font_color(Color::RGB(0x4D4D55))
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    for sheet in &wb.sheets {
        let ws = out.add_worksheet();
        ws.set_name(&sheet.name).map_err(err)?;
        let spec = layout::spec(&sheet.name);
        if let Some(spec) = spec {
            ws.set_column_width(0, 16).map_err(err)?;
            for (i, c) in spec.columns.iter().enumerate() {
                ws.set_column_width(i as u16 + 1, c.width).map_err(err)?;
                if !c.choices.is_empty() {
                    let v = DataValidation::new()
                        .allow_list_strings(c.choices)
                        .map_err(err)?
                        .ignore_blank(true);
                    ws.add_data_validation(
                        HEADER_ROW as u32 + 1,
                        i as u16 + 1,
                        2000,
                        i as u16 + 1,
                        &v,
                    )
                    .map_err(err)?;
                }
                let note = Note::new(c.help).set_author("道しるべ");
                ws.insert_note(HEADER_ROW as u32, i as u16 + 1, &note)
                    .map_err(err)?;
            }
            ws.set_freeze_panes(HEADER_ROW as u32 + 1, 0).map_err(err)?;
        } else {
            ws.set_column_width(0, 18).map_err(err)?;
            ws.set_column_width(1, 22).map_err(err)?;
            ws.set_column_width(2, 90).map_err(err)?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let is_example = matches!(row.first().map(|c| &c.value), Some(Value::Text(t)) if t.starts_with(EXAMPLE));
            for (c, cell) in row.iter().enumerate() {
                let Value::Text(t) = &cell.value else {
                    continue;
                };
                let f = match (spec.is_some(), r) {
                    (true, 0) => &purpose,
                    (true, r) if r == HEADER_ROW => &head,
                    _ if is_example => &example,
                    _ => &wrap,
                };
                ws.write_string_with_format(r as u32, c as u16, t, f)
                    .map_err(err)?;
            }
        }
        if spec.is_some()
            && sheet.rows.get(HEADER_ROW).is_some_and(|r| {
                r.first()
                    .is_some_and(|c| c.value == Value::Text(MEMO.into()))
            })
        {
            ws.set_row_height(HEADER_ROW as u32, 36).map_err(err)?;
        }
    }
    out.save_to_buffer().map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_judged_by_its_bytes_not_its_name() {
        assert_eq!(sniff(b"%PDF-1.7 ..."), FileKind::Pdf);
        assert_eq!(
            sniff(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 Workbook"),
            FileKind::Xls
        );
        let mut enc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        enc.extend(
            "EncryptedPackage"
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        );
        assert_eq!(sniff(&enc), FileKind::Encrypted);
        assert_eq!(sniff("職位,能力\n主事,○\n".as_bytes()), FileKind::Csv);
        assert_eq!(sniff(b"format = 1\n[body]\nid = \"x\""), FileKind::Toml);
        assert_eq!(sniff(b"\xEF\xBB\xBF {\"format\": 1}"), FileKind::Json);
        assert_eq!(sniff(b"hello"), FileKind::Unknown);
        assert!(refusal(FileKind::Csv).is_some_and(|f| f.message.contains("CSV")));
    }
}
