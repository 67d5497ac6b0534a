//! The everyday edits of a network office on the working copy, and the file it exports.

use crate::model::write::render;
use crate::model::{DatasetFile, Event, Membership};

/// An id for a new record: `base`, or `base-2`, `base-3` … where `base` is taken.
pub fn unique_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or_default()
}

/// The id of a new event: its network and its day ("gemeindenetzwerk-2027-01-20").
pub fn event_id(working: &DatasetFile, network: &str, start: &str) -> String {
    let day = start.get(..10).unwrap_or(start);
    unique_id(&format!("{network}-{day}"), |id| working.events.iter().any(|e| e.id == id))
}

/// A copy of an earlier event as the start of a new one: same network, kind, place and texts;
/// the dates are the editor's to set, and a copy is what the editor says it is (not an example).
pub fn copy_event(working: &DatasetFile, of: &Event, start: &str, end: &str) -> Event {
    Event { id: event_id(working, &of.network, start), start: start.into(), end: end.into(), ..of.clone() }
}

/// Members joining a network from a list (the keys of Kommunen), as of the list's date and with
/// its source; a Kommune already listed for the network keeps its record. Returns how many joined.
pub fn join(working: &mut DatasetFile, network: &str, members: &[String], as_of: &str, source: &str) -> usize {
    let mut joined = 0;
    for member in members {
        if working.memberships.iter().any(|m| m.network == network && &m.member == member) {
            continue;
        }
        working.memberships.push(Membership {
            network: network.into(),
            member: member.clone(),
            since: None,
            as_of: Some(as_of.into()).filter(|s: &String| !s.is_empty()),
            source: source.into(),
            example: false,
        });
        joined += 1;
    }
    joined
}

/// An office's own list replaces the network's example members: they were only a sample.
pub fn drop_examples(working: &mut DatasetFile, network: &str) -> usize {
    let before = working.memberships.len();
    working.memberships.retain(|m| !(m.network == network && m.example));
    before - working.memberships.len()
}

/// The file to publish: the working copy with today's "Stand", written like `gen-data` writes
/// (one record per line, the file's order), so a change of one record is a one-line diff.
pub fn export(working: &DatasetFile, today: &str) -> String {
    let mut file = working.clone();
    file.stand = today.to_string();
    render(&file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{parse_dataset, parse_file};

    const BUNDLED: &str = include_str!("../../../data/be-netzwerke.json");

    #[test]
    fn an_unchanged_copy_exports_the_same_bytes_but_the_stand() {
        let file = parse_file(BUNDLED).unwrap();
        let out = export(&file, &file.stand);
        assert_eq!(out, BUNDLED);
        let today = export(&file, "2026-12-07");
        let differing: Vec<(&str, &str)> = today.lines().zip(BUNDLED.lines()).filter(|(a, b)| a != b).collect();
        assert_eq!(differing.len(), 1, "only the Stand changes: {differing:?}");
        assert!(differing[0].0.contains("2026-12-07"));
    }

    #[test]
    fn two_gemeinden_join_and_the_sample_goes() {
        let mut file = parse_file(BUNDLED).unwrap();
        let examples = file.memberships.iter().filter(|m| m.network == "gemeindenetzwerk" && m.example).count();
        assert!(examples > 100);
        assert_eq!(drop_examples(&mut file, "gemeindenetzwerk"), examples);
        // Bad Boll and Bad Ditzenbach join; a second import of Bad Boll adds nothing
        let joined = join(&mut file, "gemeindenetzwerk", &["08117012".into(), "08117006".into()], "2026-12-01", "sm-netzwerke");
        assert_eq!(joined, 2);
        assert_eq!(join(&mut file, "gemeindenetzwerk", &["08117012".into()], "2026-12-01", "sm-netzwerke"), 0);
        // the exported file is a dataset the app and check-data read
        let model = parse_dataset(&export(&file, "2026-12-07")).unwrap();
        let members: Vec<&str> = model.memberships.iter().filter(|m| m.network == "gemeindenetzwerk").map(|m| m.member.as_str()).collect();
        assert_eq!(members, ["08117012", "08117006"]);
    }

    #[test]
    fn a_new_event_gets_an_id_of_its_own() {
        let file = parse_file(BUNDLED).unwrap();
        let first = file.events[0].clone();
        let copy = copy_event(&file, &first, "2027-04-22T10:00", "2027-04-22T16:30");
        assert_eq!(copy.id, "landesnetzwerk-2027-04-22");
        assert_eq!((copy.title.as_str(), copy.place.clone()), (first.title.as_str(), first.place.clone()));
        let mut file = file;
        file.events.push(copy);
        assert_eq!(event_id(&file, "landesnetzwerk", "2027-04-22T10:00"), "landesnetzwerk-2027-04-22-2");
    }
}
