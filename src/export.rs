//! Exports for spreadsheets. Cells that a spreadsheet would run as a formula
//! (starting with = + - @, a tab or a carriage return) are defused with a quote.

use crate::api::registrations::RegistrationResponse;

/// A cell as text a spreadsheet shows, never runs.
pub fn defuse(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// Registrations as CSV: a byte-order mark, a header row, one row each.
pub fn registrations_csv(rows: &[RegistrationResponse]) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    writer.write_record([
        "id",
        "status",
        "waitlist_position",
        "name",
        "email",
        "organisation",
        "organisation_kind",
        "country",
        "language",
        "note",
        "attendance",
        "registered_at",
    ])?;
    for row in rows {
        let record = [
            row.id.to_string(),
            row.status.clone(),
            row.waitlist_position
                .map(|p| p.to_string())
                .unwrap_or_default(),
            row.name.clone(),
            row.email.clone(),
            row.organisation.clone(),
            row.organisation_kind.clone().unwrap_or_default(),
            row.country.clone(),
            row.language.clone(),
            row.note.clone().unwrap_or_default(),
            row.attendance.clone().unwrap_or_default(),
            row.registered_at.clone(),
        ];
        writer.write_record(record.iter().map(|cell| defuse(cell)))?;
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
}
