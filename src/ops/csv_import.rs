//! Reading a spreadsheet saved as CSV for an import: UTF-8 (with or without a
//! byte-order mark), comma or semicolon, a header row naming the columns in any
//! order and case. A file that is not readable is refused whole.

use crate::error::AppError;

/// The cells of each row in the order of `columns` (`None`: empty or no such
/// column), with the row's line in the file (the header being line 1).
pub type Rows = Vec<(u64, Vec<Option<String>>)>;

/// Reads `bytes`; `required` columns must be in the header. `aliases` maps other
/// header names to columns (`kind` for `organisation_kind`).
pub fn read(
    bytes: &[u8],
    columns: &[&str],
    required: &[&str],
    aliases: &[(&str, &str)],
) -> Result<Rows, AppError> {
    let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(
        |_| {
            AppError::invalid_field(
                "file",
                "must be UTF-8 text (save the sheet as \"CSV UTF-8\")",
            )
        },
    )?;
    let delimiter = if text
        .lines()
        .next()
        .is_some_and(|header| header.contains(';') && !header.contains(','))
    {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| AppError::invalid_field("file", format!("is not readable CSV: {e}")))?
        .iter()
        .map(|h| {
            let h = h.to_lowercase();
            aliases
                .iter()
                .find(|(alias, _)| *alias == h)
                .map_or(h, |(_, column)| (*column).to_owned())
        })
        .collect();
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|c| !headers.iter().any(|h| h == c))
        .collect();
    if !missing.is_empty() {
        return Err(AppError::invalid_field(
            "file",
            format!("has no column {} in its header row", missing.join(", ")),
        ));
    }
    let positions: Vec<Option<usize>> = columns
        .iter()
        .map(|c| headers.iter().position(|h| h == c))
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record
            .map_err(|e| AppError::invalid_field("file", format!("is not well-formed CSV: {e}")))?;
        let line = record.position().map_or(0, |p| p.line());
        let cells = positions
            .iter()
            .map(|p| {
                p.and_then(|p| record.get(p))
                    .map(str::to_owned)
                    .filter(|v| !v.is_empty())
            })
            .collect();
        rows.push((line, cells));
    }
    Ok(rows)
}
