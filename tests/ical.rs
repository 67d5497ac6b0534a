//! Calendars made by src/export/ical.rs, read back by an independent parser (the `ical` crate).
#![cfg(not(target_arch = "wasm32"))]

use std::io::BufReader;

use be_netzwerke::export::ical::{calendar, CalendarOptions};
use be_netzwerke::model::{parse_dataset, Event, Model};
use ical::parser::ical::component::IcalCalendar;
use ical::property::Property;

fn model() -> Model {
    parse_dataset(include_str!("../data/be-netzwerke.json")).unwrap()
}

fn make(model: &Model, events: &[&Event]) -> String {
    let url = |e: &Event| format!("https://example.org/veranstaltungen/{}", e.id);
    let opts = CalendarOptions { name: "BE-Netzwerke: Veranstaltungen", now_ms: 1_795_595_400_000.0, event_url: &url, english: false };
    calendar(model, events, &opts)
}

fn parse(text: &str) -> IcalCalendar {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none());
    cal
}

fn prop<'a>(props: &'a [Property], name: &str) -> &'a Property {
    props.iter().find(|p| p.name == name).unwrap_or_else(|| panic!("{name} missing"))
}

fn value(props: &[Property], name: &str) -> String {
    prop(props, name).value.clone().unwrap_or_default()
}

fn param(p: &Property, name: &str) -> Option<String> {
    p.params.as_ref()?.iter().find(|(k, _)| k == name).map(|(_, v)| v.join(","))
}

/// RFC 5545 TEXT unescaping (the parser hands out the raw value).
fn unescape(s: &str) -> String {
    s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
}

fn event_props<'a>(cal: &'a IcalCalendar, id: &str) -> &'a [Property] {
    let uid = format!("{id}@be-netzwerke.de");
    &cal.events.iter().find(|e| value(&e.properties, "UID") == uid).unwrap_or_else(|| panic!("{id}")).properties
}

#[test]
fn every_event_is_in_the_calendar_with_uid_stamp_and_url() {
    let m = model();
    let all: Vec<&Event> = m.events.iter().collect();
    let text = make(&m, &all);
    let cal = parse(&text);
    assert_eq!(cal.events.len(), m.events.len());
    assert_eq!(value(&cal.properties, "VERSION"), "2.0");
    for e in &m.events {
        let p = event_props(&cal, &e.id);
        assert_eq!(value(p, "DTSTAMP"), "20261125T083000Z");
        assert_eq!(value(p, "URL"), format!("https://example.org/veranstaltungen/{}", e.id));
        assert_eq!(unescape(&value(p, "SUMMARY")), e.title);
    }
}

#[test]
fn lines_are_crlf_and_at_most_75_octets() {
    let m = model();
    let all: Vec<&Event> = m.events.iter().collect();
    let text = make(&m, &all);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(!text.replace("\r\n", "").contains('\n'), "bare line feeds");
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
    assert!(text.split("\r\n").any(|l| l.starts_with(' ')), "long descriptions are folded");
}

#[test]
fn a_title_with_umlauts_and_a_comma_survives() {
    let m = model();
    let e = m.event("gn-2026-herbst").unwrap();
    assert!(e.title.contains(',') && e.title.contains('ä'));
    let cal = parse(&make(&m, &[e]));
    let p = event_props(&cal, &e.id);
    assert!(value(p, "SUMMARY").contains("\\,"), "the comma is escaped");
    assert_eq!(unescape(&value(p, "SUMMARY")), "Netzwerktreffen Gemeindenetzwerk: Engagement im Ehrenamt, Vereine stärken");
    assert_eq!(unescape(&value(p, "LOCATION")), "Rathaus Ostfildern, Klosterhof 10, 73760 Ostfildern");
}

#[test]
fn an_all_day_course_uses_dates_with_an_exclusive_end() {
    let m = model();
    let e = m.event("bm-kurs-2027-1").unwrap();
    assert!(e.all_day);
    let cal = parse(&make(&m, &[e]));
    let p = event_props(&cal, &e.id);
    assert_eq!(param(prop(p, "DTSTART"), "VALUE").as_deref(), Some("DATE"));
    assert_eq!(value(p, "DTSTART"), "20270122");
    assert_eq!(value(p, "DTEND"), "20270124", "22–23 January: the end is the day after");
}

#[test]
fn an_event_across_the_summer_time_change_keeps_local_times_with_the_berlin_zone() {
    let m = model();
    let e = m.event("lageb-2027-03").unwrap();
    let cal = parse(&make(&m, &[e]));
    let p = event_props(&cal, &e.id);
    assert_eq!(param(prop(p, "DTSTART"), "TZID").as_deref(), Some("Europe/Berlin"));
    assert_eq!(value(p, "DTSTART"), "20270327T180000");
    assert_eq!(value(p, "DTEND"), "20270328T130000");
    assert_eq!(cal.timezones.len(), 1);
    let tz = &cal.timezones[0];
    assert_eq!(value(&tz.properties, "TZID"), "Europe/Berlin");
    let offsets: Vec<String> = tz.transitions.iter().map(|t| value(&t.properties, "TZOFFSETTO")).collect();
    assert_eq!(offsets.len(), 2);
    assert!(offsets.contains(&"+0200".into()) && offsets.contains(&"+0100".into()));
}

#[test]
fn hostile_text_is_escaped_not_interpreted() {
    let m = model();
    let mut e = m.events[0].clone();
    e.title = "A;B,C\\D\nEND:VEVENT\nBEGIN:VEVENT".into();
    let cal = parse(&make(&m, &[&e]));
    assert_eq!(cal.events.len(), 1, "a line break in a title cannot start a new event");
    assert_eq!(unescape(&value(&cal.events[0].properties, "SUMMARY")), e.title);
}
