//! iCalendar (RFC 5545) files for events: one event or a filtered list. Local times carry
//! TZID=Europe/Berlin with its VTIMEZONE, so calendars show them right in any time zone.

use crate::model::time::{civil_from_days, LocalDateTime};
use crate::model::{Event, Model};

pub const MIME: &str = "text/calendar;charset=utf-8";

/// Europe/Berlin since 1996 (EU rules), as calendar programs expect it.
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Berlin",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

pub struct CalendarOptions<'a> {
    /// Shown by calendar programs as the calendar's name (X-WR-CALNAME).
    pub name: &'a str,
    /// When the file was made, as Unix milliseconds (DTSTAMP, in UTC).
    pub now_ms: f64,
    /// The public page of an event (URL property).
    pub event_url: &'a dyn Fn(&Event) -> String,
    /// English labels in descriptions.
    pub english: bool,
}

/// A complete VCALENDAR with one VEVENT per event, lines folded at 75 octets, CRLF endings.
pub fn calendar(model: &Model, events: &[&Event], opts: &CalendarOptions) -> String {
    let mut out = String::new();
    let mut line = |l: &str| fold_into(&mut out, l);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Landesnetzwerk BE Baden-Wuerttemberg//be-netzwerke//DE");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(opts.name)));
    line("X-WR-TIMEZONE:Europe/Berlin");
    VTIMEZONE.iter().for_each(|l| line(l));
    let stamp = utc_stamp(opts.now_ms);
    for e in events {
        for l in vevent(model, e, &stamp, opts) {
            line(&l);
        }
    }
    line("END:VCALENDAR");
    out
}

fn vevent(model: &Model, e: &Event, stamp: &str, opts: &CalendarOptions) -> Vec<String> {
    let (en, de) = (opts.english, !opts.english);
    let mut l = vec!["BEGIN:VEVENT".to_string(), format!("UID:{}@be-netzwerke.de", escape(&e.id)), format!("DTSTAMP:{stamp}")];
    if let (Some(start), Some(end)) = (LocalDateTime::parse(&e.start), LocalDateTime::parse(&e.end)) {
        if e.all_day {
            // DTEND of a date is exclusive: the day after the last day.
            l.push(format!("DTSTART;VALUE=DATE:{}", ical_date(&start)));
            l.push(format!("DTEND;VALUE=DATE:{}", ical_date(&end.plus_days(1))));
        } else {
            l.push(format!("DTSTART;TZID=Europe/Berlin:{}", ical_local(&start)));
            l.push(format!("DTEND;TZID=Europe/Berlin:{}", ical_local(&end)));
        }
    }
    l.push(format!("SUMMARY:{}", escape(&e.title)));
    let mut description = Vec::new();
    if let Some(d) = &e.description {
        description.push(d.get(en).to_string());
    }
    if let Some(n) = model.network(&e.network) {
        description.push(format!("{}: {}", if de { "Veranstalter" } else { "Organiser" }, n.name));
    }
    if let Some(u) = &e.registration_url {
        description.push(format!("{}: {u}", if de { "Anmeldung" } else { "Registration" }));
    }
    if let Some(u) = &e.online_url {
        description.push(format!("{}: {u}", if de { "Online-Teilnahme" } else { "Join online" }));
    }
    if e.example {
        description.push(if de { "Beispieldatensatz: keine amtliche Angabe" } else { "Example record: not official information" }.into());
    }
    l.push(format!("DESCRIPTION:{}", escape(&description.join("\n\n"))));
    match (&e.place, &e.online_url) {
        (Some(p), _) => l.push(format!("LOCATION:{}", escape(&format!("{}, {}", p.name, p.address)))),
        (None, Some(u)) => l.push(format!("LOCATION:{}", escape(u))),
        _ => {}
    }
    l.push(format!("URL:{}", (opts.event_url)(e)));
    l.push("STATUS:CONFIRMED".into());
    l.push("END:VEVENT".into());
    l
}

fn ical_date(d: &LocalDateTime) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

fn ical_local(d: &LocalDateTime) -> String {
    let (h, m) = d.time.unwrap_or((0, 0));
    format!("{}T{h:02}{m:02}00", ical_date(d))
}

/// "20261125T083000Z"
pub fn utc_stamp(ms: f64) -> String {
    let secs = (ms / 1000.0).floor() as i64;
    let (y, mo, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{y:04}{mo:02}{d:02}T{:02}{:02}{:02}Z", s / 3600, s % 3600 / 60, s % 60)
}

/// TEXT escaping: backslash, semicolon, comma and line breaks.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded so no line exceeds 75 octets, never inside a UTF-8 character
/// and never next to a space (some readers trim the spaces at either side of a fold).
fn fold_into(out: &mut String, line: &str) {
    let mut budget = 75;
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > budget {
            // move the break back until neither side of it is a space
            let mut carry = Vec::new();
            let (mut next, mut moved) = (c, 0);
            while (next == ' ' || out.ends_with(' ')) && moved + 2 < used && moved < 40 {
                let Some(p) = out.pop() else { break };
                moved += p.len_utf8();
                carry.push(p);
                next = p;
            }
            if next == ' ' || out.ends_with(' ') {
                // no better place nearby (e.g. "ä ä ä …"): break where we are
                out.extend(carry.drain(..).rev());
            }
            out.push_str("\r\n ");
            budget = 74; // the leading space counts
            used = 0;
            for p in carry.into_iter().rev() {
                out.push(p);
                used += p.len_utf8();
            }
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_special_characters() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folds_long_lines_at_75_octets_without_splitting_umlauts() {
        let mut out = String::new();
        fold_into(&mut out, &format!("SUMMARY:{}", "Bürgermentoren ".repeat(12)));
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.strip_suffix("\r\n").unwrap(), format!("SUMMARY:{}", "Bürgermentoren ".repeat(12)));
    }

    #[test]
    fn folds_never_touch_a_space_even_in_odd_text() {
        for text in ["Wört ".repeat(60), " ".repeat(200), "Wort  zwei   drei    ".repeat(20), "ääääääääää".repeat(20)] {
            let mut out = String::new();
            fold_into(&mut out, &text);
            let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
            assert!(lines.iter().all(|l| l.len() <= 75));
            let mut plain = String::new();
            fold_into(&mut plain, &"ä ".repeat(60)); // no break point without a space: still ≤ 75
            assert!(plain.split("\r\n").all(|l| l.len() <= 75));
            assert_eq!(out.replace("\r\n ", "").strip_suffix("\r\n").unwrap(), text);
            if text.trim().is_empty() {
                continue;
            }
            for w in lines.windows(2) {
                assert!(!w[0].ends_with(' ') && !w[1][1..].starts_with(' '), "{:?}", w);
            }
        }
    }

    #[test]
    fn utc_stamp_formats() {
        assert_eq!(utc_stamp(0.0), "19700101T000000Z");
        assert_eq!(utc_stamp(1_795_595_400_000.0), "20261125T083000Z");
    }
}
