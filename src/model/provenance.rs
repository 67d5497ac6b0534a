//! Where the records come from: which are real (from a public source, with its address and
//! date) and which are invented examples. `check-data` reports both and the tests hold every
//! real record to having a source; the app marks the examples.

use super::{Model, Source};

/// Real and example records of one kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tally {
    pub kind: &'static str,
    pub real: usize,
    pub example: usize,
}

/// Counts per record kind, in the order of the dataset.
pub fn tallies(m: &Model) -> Vec<Tally> {
    let tally = |kind, flags: Vec<bool>| Tally { kind, real: flags.iter().filter(|e| !**e).count(), example: flags.iter().filter(|e| **e).count() };
    vec![
        tally("networks (contact)", m.networks.iter().map(|n| n.contact.example).collect()),
        tally("memberships", m.memberships.iter().map(|x| x.example).collect()),
        tally("people", m.people.iter().map(|p| p.example).collect()),
        tally("fachstellen", m.fachstellen.iter().map(|f| f.example).collect()),
        tally("events", m.events.iter().map(|e| e.example).collect()),
        tally("operator", vec![m.operator.example]),
    ]
}

/// Real records without a source address or a date, as JSON paths with what is missing.
/// Empty for a dataset where everything not marked as an example can be traced.
pub fn untraced(m: &Model) -> Vec<String> {
    let mut out = Vec::new();
    // a real record names a source that has an address and a date (its own or when it was read)
    let mut need = |path: String, source: Option<&str>, dated: bool| {
        let src: Option<&Source> = source.and_then(|s| m.source(s));
        if src.and_then(|s| s.url.as_ref()).is_none() {
            out.push(format!("{path}: no source address"));
        } else if !dated && src.is_some_and(|s| s.read_on.is_none() && s.page_date.is_none()) {
            out.push(format!("{path}: no date"));
        }
    };
    for (i, n) in m.networks.iter().enumerate().filter(|(_, n)| !n.contact.example) {
        need(format!("networks[{i}]"), n.source.as_deref(), false);
        if let Some(c) = &n.members {
            need(format!("networks[{i}].members"), Some(&c.source), false);
        }
    }
    for (i, x) in m.memberships.iter().enumerate().filter(|(_, x)| !x.example) {
        need(format!("memberships[{i}]"), Some(&x.source), x.as_of.is_some());
    }
    for (i, p) in m.people.iter().enumerate().filter(|(_, p)| !p.example) {
        need(format!("people[{i}]"), p.source.as_deref(), false);
    }
    for (i, f) in m.fachstellen.iter().enumerate().filter(|(_, f)| !f.example) {
        need(format!("fachstellen[{i}]"), f.source.as_deref(), false);
    }
    for (i, e) in m.events.iter().enumerate().filter(|(_, e)| !e.example) {
        need(format!("events[{i}]"), e.source.as_deref(), false);
    }
    need("keb".into(), Some(&m.keb.source), false);
    for (i, f) in m.facts.iter().enumerate() {
        if f.url.is_none() {
            out.push(format!("facts[{i}]: no source address"));
        } else if f.as_of.is_none() && f.read_on.is_none() {
            out.push(format!("facts[{i}]: no date"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_dataset;

    fn bundled() -> serde_json::Value {
        serde_json::from_str(include_str!("../../data/be-netzwerke.json")).unwrap()
    }

    fn model(v: &serde_json::Value) -> Model {
        parse_dataset(&v.to_string()).unwrap()
    }

    #[test]
    fn a_real_record_without_source_or_date_is_named() {
        let mut v = bundled();
        // (a real record with no source at all is an error of the dataset: validate.rs)
        let person_source = v["people"][0]["source"].clone();
        v["facts"][0]["url"] = serde_json::Value::Null;
        let sources = v["sources"].as_array_mut().unwrap();
        sources.iter_mut().find(|s| s["id"] == person_source).unwrap()["url"] = serde_json::Value::Null;
        let sm = sources.iter_mut().find(|s| s["id"] == "sm-foerderprogramme").unwrap();
        sm["read_on"] = serde_json::Value::Null;
        sm["page_date"] = serde_json::Value::Null;
        let found = untraced(&model(&v));
        assert!(found.contains(&"people[0]: no source address".to_string()), "{found:?}");
        assert!(found.contains(&"facts[0]: no source address".to_string()), "{found:?}");
        assert!(found.contains(&"keb: no date".to_string()), "{found:?}");
    }

    #[test]
    fn marking_a_record_as_example_takes_it_out_of_the_real_count() {
        let mut v = bundled();
        let before = tallies(&model(&v));
        v["people"][0]["example"] = serde_json::Value::Bool(true);
        let after = tallies(&model(&v));
        let people = |t: &[Tally]| t.iter().find(|t| t.kind == "people").cloned().unwrap();
        assert_eq!(people(&after).real + 1, people(&before).real);
        assert_eq!(people(&after).example, people(&before).example + 1);
    }
}
