//! Organisations counted once: the rule that makes two spellings one.

/// An organisation's name folded for comparison: letters and digits, lower case.
/// "Pannon Cluster Ltd." and "pannon  cluster ltd" are one organisation (in one
/// country); a name with no letter or digit names none.
pub fn fold(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_spacing_and_punctuation_do_not_count() {
        assert_eq!(fold("Pannon Cluster Ltd."), fold("pannon  cluster ltd"));
        assert_eq!(fold("Agro-Food S.p.A."), "agrofoodspa");
        assert_eq!(fold("Éner’gie Öst"), "énergieöst");
        assert_eq!(fold(" - . "), "");
    }
}
