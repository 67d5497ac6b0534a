//! Euro amounts as people type them in German forms: "1500", "1.500", "1500,50", "1.500,50 €".
//! Kept in cents (u64), so totals are exact.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    /// Letters or other characters that are not part of an amount.
    NotANumber,
    /// More than two digits after the decimal separator.
    TooManyDecimals,
    /// A minus sign: amounts here are never negative.
    Negative,
    /// Beyond what any KEB budget line can hold.
    TooLarge,
}

/// Cents from a typed amount. A comma is the decimal separator and dots group thousands
/// ("1.500,50"); without a comma, dots between groups of three digits group thousands ("1.500"),
/// and a single dot with one or two digits after it is read as a decimal point ("1500.5").
pub fn parse_euro(input: &str) -> Result<u64, MoneyError> {
    let s: String = input.trim().trim_end_matches('€').trim_end_matches("EUR").trim().chars().filter(|c| *c != ' ' && *c != '\u{a0}').collect();
    let s = s.trim_start_matches('€').to_string();
    if s.is_empty() {
        return Err(MoneyError::Empty);
    }
    if s.starts_with('-') {
        return Err(MoneyError::Negative);
    }
    if !s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(MoneyError::NotANumber);
    }
    let (whole, fraction) = match s.split_once(',') {
        Some((w, f)) => (w.to_string(), f.to_string()),
        None => match s.rsplit_once('.') {
            Some((w, f)) if !w.contains('.') && f.len() <= 2 => (w.to_string(), f.to_string()),
            _ => (s.clone(), String::new()),
        },
    };
    if fraction.contains(['.', ',']) {
        return Err(MoneyError::NotANumber);
    }
    if fraction.len() > 2 {
        return Err(MoneyError::TooManyDecimals);
    }
    let groups: Vec<&str> = whole.split('.').collect();
    let grouped_ok = groups.len() == 1
        || (!groups[0].is_empty() && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3));
    if !grouped_ok || (whole.is_empty() && fraction.is_empty()) {
        return Err(MoneyError::NotANumber);
    }
    let digits: String = groups.concat();
    if digits.len() > 12 {
        return Err(MoneyError::TooLarge);
    }
    let euros: u64 = if digits.is_empty() { 0 } else { digits.parse().map_err(|_| MoneyError::NotANumber)? };
    let cents: u64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<u64>().map_err(|_| MoneyError::NotANumber)? * 10,
        _ => fraction.parse().map_err(|_| MoneyError::NotANumber)?,
    };
    Ok(euros * 100 + cents)
}

/// "1.500,00 €"
pub fn format_euro(cents: u64) -> String {
    let euros = crate::i18n::format_int(crate::i18n::Lang::De, cents / 100);
    format!("{euros},{:02} €", cents % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_ways_of_typing_amounts() {
        for (input, cents) in [
            ("1500", 150_000),
            ("1.500", 150_000),
            ("1500,50", 150_050),
            ("1.500,50 €", 150_050),
            ("1.500,5", 150_050),
            ("€ 1.500", 150_000),
            ("1 500,00", 150_000),
            ("12.500.000", 1_250_000_000),
            ("0,99", 99),
            (",5", 50),
            ("1500.5", 150_050),
            ("1500.50", 150_050),
            ("  750 EUR ", 75_000),
        ] {
            assert_eq!(parse_euro(input), Ok(cents), "{input:?}");
        }
    }

    #[test]
    fn what_is_not_an_amount_gets_a_reason() {
        assert_eq!(parse_euro(""), Err(MoneyError::Empty));
        assert_eq!(parse_euro(" € "), Err(MoneyError::Empty));
        assert_eq!(parse_euro("-5"), Err(MoneyError::Negative));
        assert_eq!(parse_euro("zwölf"), Err(MoneyError::NotANumber));
        assert_eq!(parse_euro("1.50.0"), Err(MoneyError::NotANumber));
        assert_eq!(parse_euro("1,500,00"), Err(MoneyError::NotANumber));
        assert_eq!(parse_euro("15,505"), Err(MoneyError::TooManyDecimals));
        assert_eq!(parse_euro("9999999999999"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn amounts_are_written_the_german_way() {
        assert_eq!(format_euro(150_000), "1.500,00 €");
        assert_eq!(format_euro(150_050), "1.500,50 €");
        assert_eq!(format_euro(7), "0,07 €");
        for cents in [0, 99, 150_000, 123_456_789] {
            assert_eq!(parse_euro(&format_euro(cents)), Ok(cents), "round trip {cents}");
        }
    }
}
