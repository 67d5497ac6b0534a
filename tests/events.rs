//! The events list's filters on the bundled events, with a fixed "today".
#![cfg(not(target_arch = "wasm32"))]

use be_netzwerke::model::{parse_dataset, Model};
use be_netzwerke::routes::{build_query, parse_query};
use be_netzwerke::search::{upcoming_where, EventFilter, Period};

fn model() -> Model {
    parse_dataset(include_str!("../data/be-netzwerke.json")).unwrap()
}

fn ids(m: &Model, query: &str, today: &str) -> Vec<String> {
    let f = EventFilter::from_query(&parse_query(query));
    f.apply(m, today).into_iter().map(|i| m.events[i].id.clone()).collect()
}

#[test]
fn upcoming_first_and_past_ones_reachable() {
    let m = model();
    let upcoming = ids(&m, "", "2026-11-25");
    assert_eq!(upcoming.first().map(String::as_str), Some("sn-2026-12"));
    assert!(!upcoming.contains(&"lnk-2026-2".to_string()), "19 November is over on the 25th");
    let past = ids(&m, "zeitraum=vergangen", "2026-11-25");
    assert_eq!(past[0], "lnk-2026-2", "the most recent past event first");
    assert_eq!(upcoming.len() + past.len(), m.events.len());
    assert_eq!(ids(&m, "zeitraum=alle", "2026-11-25").len(), m.events.len());
}

#[test]
fn an_event_is_upcoming_until_its_last_day_is_over() {
    let m = model();
    // the LagEB-Fachtag runs from 27 to 28 March 2027
    assert!(ids(&m, "", "2027-03-28").contains(&"lageb-2027-03".to_string()));
    assert!(!ids(&m, "", "2027-03-29").contains(&"lageb-2027-03".to_string()));
}

#[test]
fn filters_by_network_kind_month_and_attendance() {
    let m = model();
    let all = "zeitraum=alle";
    assert_eq!(ids(&m, &format!("{all}&art=landesnetzwerkkonferenz"), "2026-11-25").len(), 4);
    assert!(ids(&m, &format!("{all}&netzwerk=landesnetzwerk"), "2026-11-25").iter().all(|id| id.starts_with("lnk-")));
    assert_eq!(ids(&m, &format!("{all}&monat=2027-03"), "2026-11-25"), vec!["lageb-2027-03"]);
    let online = ids(&m, &format!("{all}&format=online"), "2026-11-25");
    assert_eq!(online, vec!["sn-2026-12", "arbes-2027-05"]);
    let in_person = ids(&m, &format!("{all}&format=vor-ort"), "2026-11-25");
    assert_eq!(online.len() + in_person.len(), m.events.len());
}

#[test]
fn the_filter_round_trips_through_the_url_and_ignores_junk() {
    let f = EventFilter::from_query(&parse_query("netzwerk=arbes&art=fortbildung&monat=2027-05&format=online&zeitraum=alle"));
    let q = f.to_query();
    let back = EventFilter::from_query(&parse_query(&build_query(q.iter().map(|(k, v)| (*k, v.as_str())))));
    assert_eq!(back, f);
    let junk = EventFilter::from_query(&parse_query("art=party&monat=2027-5&format=fax&zeitraum=nie"));
    assert_eq!(junk, EventFilter { period: Period::Upcoming, ..Default::default() });
}

#[test]
fn network_and_kommune_pages_get_their_upcoming_events() {
    let m = model();
    let offenburg: Vec<&str> = upcoming_where(&m, "2026-11-25", |e| e.place.as_ref().and_then(|p| p.kommune.as_deref()) == Some("08317096"))
        .into_iter()
        .map(|i| m.events[i].id.as_str())
        .collect();
    assert_eq!(offenburg, vec!["bm-kurs-2027-1", "lkn-2027-02"]);
}
