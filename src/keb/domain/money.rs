//! Euro amounts as people type them in German or English: "1500", "1.500", "1,500", "1.500,50 €".
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

/// Cents from a typed amount, in German or English writing: "1.500,50", "1,500.50", "1500,5",
/// "1500.5", "1 500 €". With both separators the last one is the decimal separator; a separator
/// followed by exactly three digits groups thousands ("1.200" and "1,200" are 1200 €: no budget
/// line has tenths of a cent), one followed by one or two digits is the decimal separator.
pub fn parse_euro(input: &str) -> Result<u64, MoneyError> {
    // "1200,-" and "1.200,– €": whole euros, as written on German price tags
    let input = input.trim().trim_end_matches('€').trim_end_matches("EUR").trim_end();
    let input = input.strip_suffix(",--").or_else(|| input.strip_suffix(",-")).or_else(|| input.strip_suffix(",–")).unwrap_or(input);
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
    let last = s.rfind(['.', ',']);
    let decimal = last.filter(|&i| {
        let sep = s.as_bytes()[i];
        let other = if sep == b'.' { ',' } else { '.' };
        let after = s.len() - i - 1;
        // the only one of its kind, with the other kind before it or not three digits after it
        s.bytes().filter(|&b| b == sep).count() == 1 && (s[..i].contains(other) || after != 3)
    });
    let (whole, fraction) = match decimal {
        Some(i) => (s[..i].to_string(), s[i + 1..].to_string()),
        None => (s.clone(), String::new()),
    };
    if fraction.len() > 2 {
        return Err(MoneyError::TooManyDecimals);
    }
    let group_sep = if whole.contains(',') { ',' } else { '.' };
    if whole.contains(',') && whole.contains('.') {
        return Err(MoneyError::NotANumber);
    }
    let groups: Vec<&str> = whole.split(group_sep).collect();
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

/// "1.500,00 €" in German, "1,500.00 €" in English: the page's numbers, the € after them.
pub fn format_euro(lang: crate::i18n::Lang, cents: u64) -> String {
    let euros = crate::i18n::format_int(lang, cents / 100);
    let dec = if lang.is_en() { '.' } else { ',' };
    format!("{euros}{dec}{:02} €", cents % 100)
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
            ("1200", 120_000),
            ("1.200,00", 120_000),
            ("1200,-", 120_000),
            ("1.200,- €", 120_000),
            ("1.200,–", 120_000),
            ("1200,--", 120_000),
            ("1.200 €", 120_000),
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
        assert_eq!(parse_euro("15,5055"), Err(MoneyError::TooManyDecimals));
        assert_eq!(parse_euro("1.500.50"), Err(MoneyError::NotANumber));
        assert_eq!(parse_euro("1,500.000,00"), Err(MoneyError::NotANumber));
        assert_eq!(parse_euro("9999999999999"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn english_ways_of_typing_amounts() {
        for (input, cents) in [("1,200", 120_000), ("1,200.50", 120_050), ("€1,500", 150_000), ("12,500,000", 1_250_000_000), ("0.99", 99)] {
            assert_eq!(parse_euro(input), Ok(cents), "{input:?}");
        }
    }

    #[test]
    fn amounts_are_written_in_the_page_language() {
        use crate::i18n::Lang;
        assert_eq!(format_euro(Lang::De, 150_000), "1.500,00 €");
        assert_eq!(format_euro(Lang::De, 150_050), "1.500,50 €");
        assert_eq!(format_euro(Lang::De, 7), "0,07 €");
        assert_eq!(format_euro(Lang::En, 150_050), "1,500.50 €");
        for lang in [Lang::De, Lang::En] {
            for cents in [0, 99, 150_000, 123_456_789] {
                assert_eq!(parse_euro(&format_euro(lang, cents)), Ok(cents), "round trip {cents}");
            }
        }
    }
}
