//! Number formatting by language (German: 1.234.567 and 207,33), without Intl round trips.

use super::{Key, Lang, Translate};
use crate::model::time::LocalDateTime;
use crate::model::{MemberCount, Qualifier};

/// A decimal with a fixed number of places, without float formatting code (smaller wasm):
/// `fixed(78.37, 2, ',')` = "78,37", `fixed(-0.04, 1, '.')` = "-0.0".
pub fn fixed(x: f64, places: u32, sep: char) -> String {
    let scale = 10u64.pow(places);
    let scaled = (x.abs() * scale as f64).round() as u64;
    let sign = if x < 0.0 { "-" } else { "" };
    if places == 0 {
        return format!("{sign}{scaled}");
    }
    format!("{sign}{}{sep}{:0width$}", scaled / scale, scaled % scale, width = places as usize)
}

pub fn format_int(lang: Lang, n: u64) -> String {
    let sep = if lang.is_en() { ',' } else { '.' };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Area in km² with two decimals: "207,33 km²".
pub fn format_area(lang: Lang, km2: f64) -> String {
    let hundredths = (km2 * 100.0).round() as u64;
    let dec = if lang.is_en() { '.' } else { ',' };
    format!("{}{dec}{:02} km²", format_int(lang, hundredths / 100), hundredths % 100)
}

const MONTHS_DE: [&str; 12] = [
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember",
];
const MONTHS_EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
const WEEKDAYS_DE: [&str; 7] = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// "März 2027" / "March 2027" for a "YYYY-MM" key.
pub fn format_month(lang: Lang, key: &str) -> String {
    let month: usize = key.get(5..7).and_then(|m| m.parse().ok()).filter(|m| (1..=12).contains(m)).unwrap_or(1);
    let names = if lang.is_en() { MONTHS_EN } else { MONTHS_DE };
    format!("{} {}", names[month - 1], key.get(..4).unwrap_or_default())
}

/// A date as a source gives it, as people read it: "2003", "Oktober 2003", "2. Dezember 2026"
/// ("October 2003", "2 December 2026"); anything else unchanged.
pub fn format_date_key(lang: Lang, key: &str) -> String {
    let day: Option<u32> = key.get(8..10).and_then(|d| d.parse().ok());
    match (key.len(), day) {
        (7, _) => format_month(lang, key),
        (10, Some(d)) if lang.is_en() => format!("{d} {}", format_month(lang, &key[..7])),
        (10, Some(d)) => format!("{d}. {}", format_month(lang, &key[..7])),
        _ => key.to_string(),
    }
}

/// A published member count as people say it: "228 Städte und Gemeinden (Stand: März 2023)",
/// "mehr als 100 Fachkräfte (Seite ohne Datum)".
pub fn format_member_count(lang: Lang, c: &MemberCount) -> String {
    let qualifier = match c.qualifier {
        Qualifier::Exact => String::new(),
        Qualifier::About => format!("{} ", Key::About.text(lang)),
        Qualifier::MoreThan => format!("{} ", Key::MoreThan.text(lang)),
    };
    let when = match &c.as_of {
        Some(d) if lang.is_en() => format!("as of {}", format_date_key(lang, d)),
        Some(d) => format!("Stand: {}", format_date_key(lang, d)),
        None => Key::UndatedPage.text(lang).to_string(),
    };
    format!("{qualifier}{} {} ({when})", format_int(lang, c.value as u64), c.unit.get(lang.is_en()))
}

/// "Donnerstag, 23. April 2026" / "Thursday, 23 April 2026".
pub fn format_long_date(lang: Lang, d: &LocalDateTime) -> String {
    let m = d.month as usize - 1;
    let w = d.weekday() as usize;
    if lang.is_en() {
        format!("{}, {} {} {}", WEEKDAYS_EN[w], d.day, MONTHS_EN[m], d.year)
    } else {
        format!("{}, {}. {} {}", WEEKDAYS_DE[w], d.day, MONTHS_DE[m], d.year)
    }
}

fn clock(lang: Lang, d: &LocalDateTime) -> String {
    let (h, m) = d.time.unwrap_or((0, 0));
    if lang.is_en() { format!("{h:02}:{m:02}") } else { format!("{h:02}:{m:02} Uhr") }
}

/// When an event takes place, in the reader's language (times are German local time):
/// "Donnerstag, 23. April 2026, 10:00–16:30 Uhr", or start and end in full across days.
pub fn format_event_when(lang: Lang, start: &str, end: &str, all_day: bool) -> String {
    let (Some(s), Some(e)) = (LocalDateTime::parse(start), LocalDateTime::parse(end)) else {
        return format!("{start} – {end}");
    };
    let same_day = s.date_key() == e.date_key();
    match (all_day, same_day) {
        (true, true) => format_long_date(lang, &s),
        (true, false) => format!("{} – {}", format_long_date(lang, &s), format_long_date(lang, &e)),
        (false, true) => {
            let (h1, m1) = s.time.unwrap_or((0, 0));
            let until = clock(lang, &e);
            format!("{}, {h1:02}:{m1:02}–{until}", format_long_date(lang, &s))
        }
        (false, false) => format!(
            "{}, {} – {}, {}",
            format_long_date(lang, &s),
            clock(lang, &s),
            format_long_date(lang, &e),
            clock(lang, &e)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_dates_and_member_counts_read_as_people_say_them() {
        assert_eq!(format_date_key(Lang::De, "2003-10"), "Oktober 2003");
        assert_eq!(format_date_key(Lang::De, "2026-12-02"), "2. Dezember 2026");
        assert_eq!(format_date_key(Lang::En, "2026-12-02"), "2 December 2026");
        assert_eq!(format_date_key(Lang::En, "2024"), "2024");
        let unit = crate::model::Text { de: "Städte und Gemeinden".into(), en: Some("towns and municipalities".into()) };
        let mut c = MemberCount { value: 1228, qualifier: Qualifier::Exact, unit, as_of: Some("2023-03".into()), source: "x".into() };
        assert_eq!(format_member_count(Lang::De, &c), "1.228 Städte und Gemeinden (Stand: März 2023)");
        assert_eq!(format_member_count(Lang::En, &c), "1,228 towns and municipalities (as of March 2023)");
        (c.qualifier, c.as_of) = (Qualifier::MoreThan, None);
        assert_eq!(format_member_count(Lang::De, &c), "mehr als 1.228 Städte und Gemeinden (Seite ohne Datum)");
    }

    #[test]
    fn fixed_decimals_round_half_away_from_zero() {
        assert_eq!(fixed(78.37, 2, ','), "78,37");
        assert_eq!(fixed(48.46951, 4, ','), "48,4695");
        assert_eq!(fixed(7.0, 1, '.'), "7.0");
        assert_eq!(fixed(0.05, 1, '.'), "0.1");
        assert_eq!(fixed(-3.25, 1, '.'), "-3.3");
        assert_eq!(fixed(1234.5, 0, '.'), "1235");
    }

    #[test]
    fn event_dates_read_naturally_in_both_languages() {
        assert_eq!(
            format_event_when(Lang::De, "2026-04-23T10:00", "2026-04-23T16:30", false),
            "Donnerstag, 23. April 2026, 10:00–16:30 Uhr"
        );
        assert_eq!(
            format_event_when(Lang::En, "2026-04-23T10:00", "2026-04-23T16:30", false),
            "Thursday, 23 April 2026, 10:00–16:30"
        );
        assert_eq!(
            format_event_when(Lang::De, "2027-03-27T18:00", "2027-03-28T13:00", false),
            "Samstag, 27. März 2027, 18:00 Uhr – Sonntag, 28. März 2027, 13:00 Uhr"
        );
        assert_eq!(
            format_event_when(Lang::De, "2027-01-22", "2027-01-23", true),
            "Freitag, 22. Januar 2027 – Samstag, 23. Januar 2027"
        );
        assert_eq!(format_month(Lang::De, "2027-03"), "März 2027");
        assert_eq!(format_month(Lang::En, "2027-03"), "March 2027");
    }

    #[test]
    fn german_and_english_grouping() {
        assert_eq!(format_int(Lang::De, 633_484), "633.484");
        assert_eq!(format_int(Lang::En, 11_104_040), "11,104,040");
        assert_eq!(format_int(Lang::De, 999), "999");
        assert_eq!(format_int(Lang::De, 0), "0");
        assert_eq!(format_area(Lang::De, 207.33), "207,33 km²");
        assert_eq!(format_area(Lang::En, 1_234.5), "1,234.50 km²");
    }
}
