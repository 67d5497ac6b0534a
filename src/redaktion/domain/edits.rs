//! The everyday edits of a network office on the working copy, and the file it exports.

use crate::keb::domain::dates::{format_typed_date, typed_date};
use crate::model::write::render;
use crate::model::{DatasetFile, Event, EventKind, Membership, Place};

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

/// An event as its form holds it: texts as typed. Dates as people write them ("20.1.2027"),
/// times as "10:00"; without a time the event is all day.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EventForm {
    pub title: String,
    pub network: String,
    pub kind: String,
    pub day: String,
    pub end_day: String,
    pub from: String,
    pub to: String,
    pub place: String,
    pub address: String,
    pub kommune: String,
    pub source: String,
    pub example: bool,
}

/// What is wrong with a field of the form (the dataset's checks come after).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormProblem {
    Missing,
    Date,
    Time,
}

/// "10:00", "9.30", "9" → "10:00", "09:30", "09:00".
fn typed_time(s: &str) -> Option<String> {
    let s = s.trim();
    let (h, m) = s.split_once([':', '.']).unwrap_or((s, "00"));
    let num = |x: &str, max: u32| (1..=2).contains(&x.len()).then(|| x.parse::<u32>().ok()).flatten().filter(|n| *n <= max);
    Some(format!("{:02}:{:02}", num(h, 23)?, num(m, 59)?))
}

impl EventForm {
    pub fn of(e: &Event) -> EventForm {
        let de = crate::i18n::Lang::De;
        let (day, from) = e.start.split_once('T').unwrap_or((&e.start, ""));
        let (end_day, to) = e.end.split_once('T').unwrap_or((&e.end, ""));
        let place = e.place.clone().unwrap_or_default();
        EventForm {
            title: e.title.clone(),
            network: e.network.clone(),
            kind: e.kind.id().to_string(),
            day: format_typed_date(de, day),
            end_day: if end_day == day { String::new() } else { format_typed_date(de, end_day) },
            from: from.to_string(),
            to: to.to_string(),
            place: place.name,
            address: place.address,
            kommune: place.kommune.unwrap_or_default(),
            source: e.source.clone().unwrap_or_default(),
            example: e.example,
        }
    }

    /// The event with `id`, or each field's problem in the form's order.
    pub fn to_event(&self, id: &str, base: &Event) -> Result<Event, Vec<(&'static str, FormProblem)>> {
        let mut problems = Vec::new();
        let title = self.title.trim();
        if title.is_empty() {
            problems.push(("title", FormProblem::Missing));
        }
        let day = typed_date(&self.day);
        if day.is_none() {
            problems.push(("day", if self.day.trim().is_empty() { FormProblem::Missing } else { FormProblem::Date }));
        }
        let end_day = if self.end_day.trim().is_empty() { day.clone() } else { typed_date(&self.end_day) };
        if end_day.is_none() && day.is_some() {
            problems.push(("end_day", FormProblem::Date));
        }
        let time = |field: &'static str, s: &str, problems: &mut Vec<_>| {
            if s.trim().is_empty() {
                return None;
            }
            let t = typed_time(s);
            if t.is_none() {
                problems.push((field, FormProblem::Time));
            }
            t
        };
        let from = time("from", &self.from, &mut problems);
        let to = time("to", &self.to, &mut problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        let (day, end_day) = (day.unwrap_or_default(), end_day.unwrap_or_default());
        let all_day = from.is_none();
        // a start time without an end: the same time (the dataset's checks want both or neither)
        let (start, end) = match (from, to) {
            (Some(f), Some(t)) => (format!("{day}T{f}"), format!("{end_day}T{t}")),
            (Some(f), None) => (format!("{day}T{f}"), format!("{end_day}T{f}")),
            _ => (day, end_day),
        };
        let place = (!self.place.trim().is_empty() || !self.address.trim().is_empty()).then(|| Place {
            name: self.place.trim().into(),
            address: self.address.trim().into(),
            kommune: Some(self.kommune.trim().to_string()).filter(|k| !k.is_empty()),
        });
        Ok(Event {
            id: id.into(),
            title: title.into(),
            network: self.network.clone(),
            kind: EventKind::from_id(&self.kind).unwrap_or(base.kind),
            start,
            end,
            all_day,
            place,
            source: Some(self.source.clone()).filter(|s| !s.is_empty()),
            example: self.example,
            ..base.clone()
        })
    }
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
    fn the_event_form_reads_as_people_type() {
        let file = parse_file(BUNDLED).unwrap();
        let base = file.events[0].clone();
        let form = EventForm::of(&base);
        assert_eq!((form.day.as_str(), form.from.as_str(), form.end_day.as_str()), ("23.04.2026", "10:00", ""));
        assert_eq!(form.to_event(&base.id, &base), Ok(base.clone()));
        let next = EventForm { title: "Netzwerktreffen Januar".into(), day: "20.1.27".into(), from: "9.30".into(), to: "16".into(), ..form.clone() };
        let e = next.to_event("x", &base).unwrap();
        assert_eq!((e.start.as_str(), e.end.as_str(), e.all_day), ("2027-01-20T09:30", "2027-01-20T16:00", false));
        let whole = EventForm { from: String::new(), to: String::new(), end_day: "21.01.2027".into(), ..next.clone() };
        let e = whole.to_event("x", &base).unwrap();
        assert_eq!((e.start.as_str(), e.end.as_str(), e.all_day), ("2027-01-20", "2027-01-21", true));
        let bad = EventForm { title: " ".into(), day: "31.02.2027".into(), from: "25:00".into(), ..next };
        assert_eq!(
            bad.to_event("x", &base),
            Err(vec![("title", FormProblem::Missing), ("day", FormProblem::Date), ("from", FormProblem::Time)])
        );
    }

    #[test]
    fn a_new_event_gets_an_id_of_its_own() {
        let file = parse_file(BUNDLED).unwrap();
        // a copy of the first event as next year's: the form keeps its texts, the id is new
        let first = file.events[0].clone();
        let form = EventForm { day: "22.04.2027".into(), ..EventForm::of(&first) };
        let id = event_id(&file, &first.network, "2027-04-22T10:00");
        assert_eq!(id, "landesnetzwerk-2027-04-22");
        let copy = form.to_event(&id, &first).unwrap();
        assert_eq!((copy.title.as_str(), copy.place.clone(), copy.start.as_str()), (first.title.as_str(), first.place.clone(), "2027-04-22T10:00"));
        let mut file = file;
        file.events.push(copy);
        assert_eq!(event_id(&file, "landesnetzwerk", "2027-04-22T10:00"), "landesnetzwerk-2027-04-22-2");
    }
}
