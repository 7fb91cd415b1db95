//! Exports for spreadsheets: CSV with a byte-order mark (so that spreadsheets read
//! accented names right) and a header row. Cells that a spreadsheet would run as a
//! formula (starting with = + - @, a tab or a carriage return) are defused with a
//! quote. XLSX workbooks (`rust_xlsxwriter`) write text as text, never as a
//! formula. The use cases choose the columns; this module only writes them.

/// A file to hand out.
#[derive(Debug, Clone)]
pub struct ExportFile {
    pub filename: String,
    pub body: Vec<u8>,
}

/// A cell as text a spreadsheet shows, never runs.
pub fn defuse(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// A header row and one row per record, every cell defused.
pub fn table<R, C>(header: &[&str], rows: impl IntoIterator<Item = R>) -> anyhow::Result<Vec<u8>>
where
    R: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record(header)?;
    for row in rows {
        writer.write_record(row.into_iter().map(|cell| defuse(cell.as_ref())))?;
    }
    Ok(writer.into_inner()?)
}

/// A cell of a workbook: text stays text (never a formula), numbers are numbers.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_owned())
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<i64> for Cell {
    fn from(n: i64) -> Cell {
        Cell::Number(n as f64)
    }
}

/// One sheet: its tab's name, a header row and the rows.
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Cell {
    /// As text: whole numbers without a decimal point.
    pub fn text(&self) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
            Cell::Number(n) => n.to_string(),
        }
    }
}

/// One sheet as CSV (as `table` writes it).
pub fn sheet_csv(sheet: &Sheet) -> anyhow::Result<Vec<u8>> {
    let header: Vec<&str> = sheet.header.iter().map(String::as_str).collect();
    table(
        &header,
        sheet
            .rows
            .iter()
            .map(|row| row.iter().map(Cell::text).collect::<Vec<_>>()),
    )
}

/// An XLSX workbook of the sheets, headers in bold and frozen, columns sized to
/// their header.
pub fn workbook(sheets: &[Sheet]) -> anyhow::Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        // A tab's name is at most 31 characters, without []:*?/\ .
        let name: String = sheet
            .name
            .chars()
            .filter(|c| !"[]:*?/\\".contains(*c))
            .take(31)
            .collect();
        worksheet.set_name(name)?;
        for (col, title) in sheet.header.iter().enumerate() {
            let col = u16::try_from(col)?;
            worksheet.write_string_with_format(0, col, title, &bold)?;
            let width = (title.chars().count().max(8) + 2) as f64;
            worksheet.set_column_width(col, width)?;
        }
        worksheet.set_freeze_panes(1, 0)?;
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r + 1)?;
            for (col, cell) in row.iter().enumerate() {
                let col = u16::try_from(col)?;
                match cell {
                    // write_string never makes a formula of "=...".
                    Cell::Text(text) => worksheet.write_string(r, col, text)?,
                    Cell::Number(n) => worksheet.write_number(r, col, *n)?,
                };
            }
        }
    }
    Ok(workbook.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_plain_text_kept() {
        assert_eq!(defuse("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(defuse("+39 02 123"), "'+39 02 123");
        assert_eq!(defuse("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(defuse("-1"), "'-1");
        assert_eq!(defuse("Željko Novák"), "Željko Novák");
        assert_eq!(defuse(""), "");
    }

    #[test]
    fn a_table_starts_with_a_byte_order_mark_and_its_header() {
        let body = table(&["a", "b"], [["=1", "x"]]).unwrap();
        assert_eq!(body, b"\xEF\xBB\xBFa,b\n'=1,x\n");
    }
}
