//! Dates as people type them into a text field: "10.03.2027", "10.3.2027", "1.10.26", "10/03/2027"
//! (day first, as in Germany and Britain) or "2027-03-10"; and the one way each language writes
//! them back ("10.03.2027", "10/03/2027"). A text field with one pattern, because a
//! browser's date picker shows the pattern of the browser's language ("mm/dd/yyyy"), not the
//! hint's.

use crate::model::time::LocalDateTime;

/// The typed date as "YYYY-MM-DD" if it is a real calendar date from 1900 on.
pub fn typed_date(typed: &str) -> Option<String> {
    let s = typed.trim();
    let (day, month, year) = if let Some((y, rest)) = s.split_once('-') {
        let (m, d) = rest.split_once('-')?;
        (d, m, y)
    } else {
        let mut parts = s.split(['.', '/']).map(str::trim);
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() {
            return None;
        }
        (d, m, y)
    };
    let digits = |x: &str, lens: std::ops::RangeInclusive<usize>| lens.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
    if !(digits(day, 1..=2) && digits(month, 1..=2) && (digits(year, 4..=4) || digits(year, 2..=2))) {
        return None;
    }
    // "1.10.26": a two-digit year is this century's (applications are for the coming months)
    let year = if year.len() == 2 { format!("20{year}") } else { year.to_string() };
    let iso = format!("{year}-{month:0>2}-{day:0>2}");
    LocalDateTime::parse(&iso).filter(|d| d.year >= 1900).map(|_| iso)
}

/// "10.03.2027" in German, "10/03/2027" in English (the pattern the hints ask for); anything
/// that is no date stays as typed.
pub fn format_typed_date(lang: crate::i18n::Lang, typed: &str) -> String {
    match typed_date(typed).and_then(|iso| LocalDateTime::parse(&iso)) {
        Some(d) if lang.is_en() => format!("{:02}/{:02}/{:04}", d.day, d.month, d.year),
        Some(d) => d.format_date_de(),
        None => typed.to_string(),
    }
}

/// Days from `from` to `to` ("YYYY-MM-DD" both); `None` if either is no date.
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    let day = |s: &str| LocalDateTime::parse(s).map(|d| crate::model::time::days_from_civil(d.year as i64, d.month as i64, d.day as i64));
    Some(day(to)? - day(from)?)
}

/// The day `n` days after `iso` (before, for negative `n`).
pub fn plus_days(iso: &str, n: i64) -> Option<String> {
    LocalDateTime::parse(iso).map(|d| d.plus_days(n).date_key())
}

/// "01.10.2026": the first day of the month `months` away from `today` ("YYYY-MM-DD"), as an
/// example in a hint that fits its question (a past consultation, a coming measure).
pub fn example_date(today: &str, months: i32) -> String {
    let (year, month) = (today.get(..4).and_then(|y| y.parse::<i32>().ok()).unwrap_or(2026), today.get(5..7).and_then(|m| m.parse::<i32>().ok()).unwrap_or(1));
    let index = year * 12 + (month - 1) + months;
    format!("01.{:02}.{}", index % 12 + 1, index / 12)
}

/// An example start for a measure: the first of the month `months` ahead, but within this
/// year (a measure starts in the year of its application), so in December the year's last day.
pub fn example_start(today: &str, months: i32) -> String {
    let example = example_date(today, months);
    match today.get(..4) {
        Some(year) if !example.ends_with(year) => format!("31.12.{year}"),
        _ => example,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_as_people_type_them() {
        for typed in ["10.03.2027", "10.3.2027", " 10. 3. 2027 ", "10/03/2027", "2027-03-10"] {
            assert_eq!(typed_date(typed).as_deref(), Some("2027-03-10"), "{typed}");
        }
    }

    #[test]
    fn what_is_no_real_date_is_refused() {
        for typed in ["", "31.02.2027", "10.13.2027", "10.03.202", "03/10", "1.10.7", "1.1.1899", "10.03.2027.1", "zehnter März", "2027-3-1x"] {
            assert_eq!(typed_date(typed), None, "{typed}");
        }
        assert_eq!(typed_date("29.02.2028").as_deref(), Some("2028-02-29"));
    }

    #[test]
    fn short_years_are_this_century() {
        for (typed, iso) in [("1.10.26", "2026-10-01"), ("01.10.2026", "2026-10-01"), ("10.03.27", "2027-03-10"), ("1/10/26", "2026-10-01")] {
            assert_eq!(typed_date(typed).as_deref(), Some(iso), "{typed}");
        }
        assert_eq!(typed_date("29.02.27"), None);
    }

    #[test]
    fn each_language_writes_dates_one_way() {
        use crate::i18n::Lang;
        assert_eq!(format_typed_date(Lang::De, "1.10.26"), "01.10.2026");
        assert_eq!(format_typed_date(Lang::En, "2026-01-10"), "10/01/2026");
        assert_eq!(format_typed_date(Lang::En, "irgendwann"), "irgendwann");
    }

    #[test]
    fn day_arithmetic_crosses_months_and_years() {
        assert_eq!(days_between("2026-12-07", "2027-01-04"), Some(28));
        assert_eq!(plus_days("2027-01-04", -28).as_deref(), Some("2026-12-07"));
        assert_eq!(plus_days("2028-03-01", -1).as_deref(), Some("2028-02-29"));
        assert_eq!(days_between("2026-12-07", "kein Datum"), None);
    }

    #[test]
    fn examples_lie_where_the_question_asks() {
        assert_eq!(example_date("2026-12-03", -2), "01.10.2026");
        assert_eq!(example_date("2026-12-03", 3), "01.03.2027");
        assert_eq!(example_date("2027-01-15", -1), "01.12.2026");
        // a start lies in this year
        assert_eq!(example_start("2026-06-01", 3), "01.09.2026");
        assert_eq!(example_start("2026-12-07", 3), "31.12.2026");
    }
}
