//! Parsing and checking a dataset. Every problem is collected with the JSON path
//! it sits at, so a data editor gets the full list in one go (see `check-data`).

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::fields::check_values;
use super::index::Model;
use super::errors::{DataError, DataErrorKind, Found};
use super::read::{FromJson, Reader};
use super::records::DatasetFile;
use super::time::LocalDateTime;
use super::untrusted::strip_bom;

pub const SCHEMA_VERSION: u64 = 1;
/// Bodies above this are refused before parsing (a phone should not chew on them).
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
/// Years a data date (the data's `stand`, an event) may lie in: a typo like 20226 or 1026 is refused.
const PLAUSIBLE_YEARS: std::ops::RangeInclusive<u16> = 1990..=2100;

/// Parses and validates a dataset; all problems found are returned together.
pub fn parse_dataset(text: &str) -> Result<Model, Vec<DataError>> {
    read_syntax(text).and_then(read_records).and_then(build_model)
}

/// Parses and validates a dataset like [`parse_dataset`], and gives back its records as the file
/// has them (the Redaktion edits those).
pub fn parse_file(text: &str) -> Result<DatasetFile, Vec<DataError>> {
    let records = read_syntax(text).and_then(read_records)?;
    let file = records.file.clone();
    build_model(records).map(|_| file)
}

// The three steps of `parse_dataset`, each a fraction of the work: the browser's loader
// (data::load) lets the page breathe between them instead of blocking it for one long task.

/// Step 1: the text's JSON syntax and its schema version.
pub fn read_syntax(text: &str) -> Result<Map<String, Value>, Vec<DataError>> {
    let text = strip_bom(text);
    if text.len() > MAX_BYTES {
        return Err(vec![DataError::new(DataErrorKind::TooLarge { bytes: text.len() }, "")]);
    }
    let root: Value = serde_json::from_str(text).map_err(|e| {
        vec![DataError::new(DataErrorKind::Syntax { line: e.line(), column: e.column() }, "")]
    })?;
    let Value::Object(root) = root else {
        return Err(vec![DataError::new(DataErrorKind::NotAnObject, "")]);
    };
    match root.get("schema_version") {
        None => Err(vec![missing("", "schema_version")]),
        Some(Value::Number(n)) if n.as_u64() == Some(SCHEMA_VERSION) => Ok(root),
        Some(other) => {
            let found = Found::of(other);
            Err(vec![DataError::new(DataErrorKind::SchemaVersion { found }, "schema_version")])
        }
    }
}

/// What step 2 read: the records, and the values their fields' rules refused (reported
/// together with what step 3 finds, so a data editor gets the full list in one go).
pub struct Records {
    file: DatasetFile,
    refused: Vec<DataError>,
}

/// Step 2: every value by its field's rules, and the records by their types.
pub fn read_records(root: Map<String, Value>) -> Result<Records, Vec<DataError>> {
    let mut value_errors = Vec::new();
    check_values(&root, &mut value_errors);
    let stand = root.get("stand").and_then(Value::as_str).map(str::to_string);
    let mut reader = Reader::default();
    let file = DatasetFile::read(&Value::Object(root), &mut reader);
    let mut errors = reader.errors;
    if let Some(stand) = stand.filter(|s| LocalDateTime::parse(s).is_none_or(|d| !PLAUSIBLE_YEARS.contains(&d.year))) {
        errors.push(DataError::new(DataErrorKind::InvalidDate { value: stand }, "stand"));
    }
    // a value refused by its field's rule is not reported a second time by its record's type
    errors.retain(|e| !value_errors.iter().any(|v| v.path == e.path));
    match (file, errors.is_empty()) {
        (Some(file), true) => Ok(Records { file, refused: value_errors }),
        _ => {
            value_errors.append(&mut errors);
            Err(value_errors)
        }
    }
}

impl Records {
    /// The records as read, whatever step 3 would find (an editor's working copy may hold a
    /// reference that is not right yet: it is still the editor's work).
    pub fn into_file(self) -> DatasetFile {
        self.file
    }
}

/// Step 3: the model with its indexes, and what only the whole can tell (duplicates, references).
pub fn build_model(records: Records) -> Result<Model, Vec<DataError>> {
    let Records { file, refused: mut errors } = records;
    let model = Model::new(file);
    check_model(&model, &mut errors);
    if errors.is_empty() { Ok(model) } else { Err(errors) }
}

fn missing(path: &str, field: &str) -> DataError {
    DataError::new(DataErrorKind::MissingField { field: field.to_string() }, path)
}

fn check_model(m: &Model, errors: &mut Vec<DataError>) {
    let mut dup = |section: &str, ids: Vec<&str>| {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.into_iter().enumerate() {
            if !seen.insert(id) {
                let kind = DataErrorKind::Duplicate { id: id.to_string() };
                errors.push(DataError::new(kind, format!("{section}[{i}]")));
            }
        }
    };
    dup("sources", m.sources.iter().map(|s| s.id.as_str()).collect());
    dup("networks", m.networks.iter().map(|n| n.id.as_str()).collect());
    dup("kreise", m.kreise.iter().map(|k| k.key.as_str()).collect());
    dup("kommunen", m.gemeinden().map(|k| k.key.as_str()).collect());
    dup("organisations", m.organisations.iter().map(|o| o.id.as_str()).collect());
    dup("people", m.people.iter().map(|p| p.id.as_str()).collect());
    dup("fachstellen", m.fachstellen.iter().map(|f| f.id.as_str()).collect());
    dup("events", m.events.iter().map(|e| e.id.as_str()).collect());

    let mut refs = Refs { errors };
    for (i, n) in m.networks.iter().enumerate() {
        if let Some(parent) = &n.parent {
            refs.check(m.network(parent).is_some(), parent, format!("networks[{i}].parent"));
        }
        if let Some(src) = &n.source {
            refs.check(m.source(src).is_some(), src, format!("networks[{i}].source"));
        }
        if let Some(c) = &n.members {
            refs.check(m.source(&c.source).is_some(), &c.source, format!("networks[{i}].members.source"));
        }
        // a way to hand in applications needs a place to send them
        if n.keb_intake.as_ref().is_some_and(|k| k.email.is_none() && k.upload_url.is_none()) {
            refs.errors.push(missing(&format!("networks[{i}].keb_intake"), "email"));
        }
    }
    for (i, k) in m.gemeinden().enumerate() {
        refs.check(m.kreis(&k.kreis).is_some(), &k.kreis, format!("kommunen[{i}].kreis"));
        refs.check(m.regierungsbezirk(&k.rb).is_some(), &k.rb, format!("kommunen[{i}].rb"));
    }
    for (i, k) in m.kreise.iter().enumerate() {
        refs.check(m.regierungsbezirk(&k.rb).is_some(), &k.rb, format!("kreise[{i}].rb"));
    }
    for (i, ms) in m.memberships.iter().enumerate() {
        let at = |f: &str| format!("memberships[{i}].{f}");
        refs.check(m.network(&ms.network).is_some(), &ms.network, at("network"));
        let known = m.kommune(&ms.member).is_some() || m.organisation(&ms.member).is_some();
        refs.check(known, &ms.member, at("member"));
        refs.check(m.source(&ms.source).is_some(), &ms.source, at("source"));
    }
    for (i, p) in m.people.iter().enumerate() {
        refs.check(m.network(&p.network).is_some(), &p.network, format!("people[{i}].network"));
        for (j, k) in p.kreise.iter().enumerate() {
            refs.check(m.kreis(k).is_some(), k, format!("people[{i}].kreise[{j}]"));
        }
        if let Some(f) = &p.fachstelle {
            refs.check(m.fachstelle(f).is_some(), f, format!("people[{i}].fachstelle"));
        }
        if let Some(src) = &p.source {
            refs.check(m.source(src).is_some(), src, format!("people[{i}].source"));
        }
        refs.sourced(p.example, &p.source, format!("people[{i}].source"));
    }
    for (i, f) in m.fachstellen.iter().enumerate() {
        refs.check(m.kommune(&f.kommune).is_some(), &f.kommune, format!("fachstellen[{i}].kommune"));
        if let Some(src) = &f.source {
            refs.check(m.source(src).is_some(), src, format!("fachstellen[{i}].source"));
        }
        refs.sourced(f.example, &f.source, format!("fachstellen[{i}].source"));
    }
    for (i, e) in m.events.iter().enumerate() {
        refs.check(m.network(&e.network).is_some(), &e.network, format!("events[{i}].network"));
        if let Some(src) = &e.source {
            refs.check(m.source(src).is_some(), src, format!("events[{i}].source"));
        }
        refs.sourced(e.example, &e.source, format!("events[{i}].source"));
        if let Some(place) = &e.place {
            if let Some(k) = &place.kommune {
                refs.check(m.kommune(k).is_some(), k, format!("events[{i}].place.kommune"));
                if let (Some(kommune), Some(town)) = (m.kommune(k), town_of(&place.address)) {
                    if !same_town(town, &kommune.name) {
                        let kind = DataErrorKind::PlaceMismatch { town: town.to_string(), kommune: kommune.name.clone() };
                        refs.errors.push(DataError::new(kind, format!("events[{i}].place.address")));
                    }
                }
            }
        }
        let start = LocalDateTime::parse(&e.start);
        let end = LocalDateTime::parse(&e.end);
        for (field, value, parsed) in [("start", &e.start, start), ("end", &e.end, end)] {
            if parsed.is_none_or(|d| d.has_time() == e.all_day || !PLAUSIBLE_YEARS.contains(&d.year)) {
                let kind = DataErrorKind::InvalidDate { value: value.clone() };
                refs.errors.push(DataError::new(kind, format!("events[{i}].{field}")));
            }
        }
        if let (Some(s), Some(en)) = (start, end) {
            if en < s {
                let kind = DataErrorKind::EndBeforeStart { start: e.start.clone(), end: e.end.clone() };
                refs.errors.push(DataError::new(kind, format!("events[{i}].end")));
            }
        }
    }
    refs.check(m.source(&m.keb.source).is_some(), &m.keb.source, "keb.source".to_string());
    for (i, n) in m.keb.eligible_networks.iter().enumerate() {
        refs.check(m.network(n).is_some(), n, format!("keb.eligible_networks[{i}]"));
    }
}

/// The town of a German address: what follows its five-digit postcode ("Marktplatz 1, 78050
/// Villingen-Schwenningen" → "Villingen-Schwenningen").
fn town_of(address: &str) -> Option<&str> {
    let b = address.as_bytes();
    let postcode = |i: usize| b[i..i + 5].iter().all(u8::is_ascii_digit) && b[i + 5] == b' ' && (i == 0 || !b[i - 1].is_ascii_digit());
    let at = (0..b.len().saturating_sub(5)).rev().find(|&i| postcode(i))?;
    Some(address[at + 6..].trim()).filter(|t| !t.is_empty())
}

/// "Stuttgart-Bad Cannstatt" lies in Stuttgart, "Freiburg" is Freiburg im Breisgau; "Bad Boll" is
/// not Bad Ditzenbach.
fn same_town(town: &str, kommune: &str) -> bool {
    // letters as written (addresses and names both write umlauts), case and dashes aside: the
    // search's normaliser would put its tables into the first view, which runs these checks
    let fold = |s: &str| -> Vec<u8> { s.bytes().map(|b| if b == b'-' { b' ' } else { b.to_ascii_lowercase() }).collect() };
    let (t, k) = (fold(town), fold(kommune));
    t.starts_with(&k) || k.starts_with(&t)
}

struct Refs<'e> {
    errors: &'e mut Vec<DataError>,
}

impl Refs<'_> {
    /// A real record says where it comes from.
    fn sourced(&mut self, example: bool, source: &Option<String>, path: String) {
        if !example && source.is_none() {
            self.errors.push(DataError::new(DataErrorKind::NoSource, path));
        }
    }

    fn check(&mut self, ok: bool, value: &str, path: String) {
        if !ok {
            let kind = DataErrorKind::UnknownReference { value: value.to_string() };
            self.errors.push(DataError::new(kind, path));
        }
    }
}
