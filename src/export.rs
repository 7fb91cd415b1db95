//! Exports for spreadsheets: CSV with a byte-order mark (so that spreadsheets read
//! accented names right) and a header row. Cells that a spreadsheet would run as a
//! formula (starting with = + - @, a tab or a carriage return) are defused with a
//! quote. The use cases choose the columns; this module only writes them.

/// A file to hand out.
#[derive(Debug, Clone)]
pub struct CsvFile {
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
