//! A member list as a network office keeps it — one Kommune a line, written as people write them
//! ("Stadt Schwäbisch Gmünd", "St. Georgen i. Schw.", "Titisee Neustadt", a postcode, an AGS) —
//! matched row by row through the directory's search: found, to be chosen among candidates, or
//! not found. Nothing is guessed: a row is matched only where the name, the key or the postcode
//! leaves one Kommune; every other row keeps its line and its candidates.

use crate::model::Model;
use crate::search::{normalize, Directory, Match};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// One Kommune: its index in `Model::kommunen`.
    Matched(usize),
    /// Several fit (or only a look-alike does): the editor chooses.
    Choose(Vec<usize>),
    NotFound,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// 1-based line of the pasted text or file.
    pub line: usize,
    /// The name as written there.
    pub typed: String,
    pub outcome: Outcome,
}

/// Words that say what a Kommune is, written before its name in lists.
const KINDS: [&str; 5] = ["grosse kreisstadt", "stadt", "gemeinde", "markt", "kommune"];
/// Abbreviations in official names ("i. Schw.", "a. N.", "b. Ulm").
const SHORT: [(&str, &str); 4] = [("i", "im"), ("a", "am"), ("b", "bei"), ("o", "ob")];
/// Candidates shown for one row at most.
const MAX_CANDIDATES: usize = 5;

/// Every non-empty line of `text` with its outcome. A line of a CSV file counts by its field
/// that is an AGS, else its first field.
pub fn match_list(model: &Model, directory: &Directory, text: &str) -> Vec<Row> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let typed = field_of(line)?;
            let outcome = match_one(model, directory, &typed);
            Some(Row { line: i + 1, typed, outcome })
        })
        .collect()
}

fn field_of(line: &str) -> Option<String> {
    let fields: Vec<&str> = line.split([';', '\t', ',']).map(|f| f.trim().trim_matches('"').trim()).collect();
    let ags = fields.iter().find(|f| f.len() == 8 && f.bytes().all(|b| b.is_ascii_digit()));
    let field = ags.or_else(|| fields.iter().find(|f| !f.is_empty()))?;
    Some(field.to_string())
}

/// The query for one name: without the kind in front, abbreviations written out.
fn query_of(typed: &str) -> String {
    let mut q = normalize(typed);
    for kind in KINDS {
        if let Some(rest) = q.strip_prefix(kind).and_then(|r| r.strip_prefix(' ')) {
            q = rest.to_string();
            break;
        }
    }
    let words: Vec<&str> = q.split(' ').map(|w| SHORT.iter().find(|(s, _)| *s == w).map_or(w, |(_, long)| *long)).collect();
    words.join(" ")
}

pub fn match_one(model: &Model, directory: &Directory, typed: &str) -> Outcome {
    let query = query_of(typed);
    if query.is_empty() {
        return Outcome::NotFound;
    }
    let hits = directory.index(model).search(&query);
    let words = query.split(' ').count();
    let digits = query.bytes().all(|b| b.is_ascii_digit());
    // a key or postcode typed whole; the whole name; every word of the name, abbreviated
    let sure: Vec<usize> = hits
        .iter()
        .filter(|h| match h.quality {
            Match::FullName => true,
            Match::Exact => digits || normalize(&model.kommunen[h.doc as usize].name).split(' ').count() == words,
            Match::Prefix => !digits && normalize(&model.kommunen[h.doc as usize].name).split(' ').count() == words,
            _ => false,
        })
        .map(|h| h.doc as usize)
        .collect();
    let best_full: Vec<usize> = hits.iter().filter(|h| h.quality == Match::FullName).map(|h| h.doc as usize).collect();
    match (best_full.len(), sure.len()) {
        (1, _) => Outcome::Matched(best_full[0]),
        (0, 1) => Outcome::Matched(sure[0]),
        (0, 0) if hits.is_empty() => Outcome::NotFound,
        (0, 0) => Outcome::Choose(hits.iter().take(MAX_CANDIDATES).map(|h| h.doc as usize).collect()),
        (0, _) => Outcome::Choose(sure.into_iter().take(MAX_CANDIDATES).collect()),
        _ => Outcome::Choose(best_full.into_iter().take(MAX_CANDIDATES).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_dataset;

    fn names(model: &Model, rows: &[usize]) -> Vec<String> {
        rows.iter().map(|&i| model.kommunen[i].name.clone()).collect()
    }

    fn outcome(typed: &str) -> (Model, Outcome) {
        let model = parse_dataset(include_str!("../../../data/be-netzwerke.json")).unwrap();
        let directory = Directory::new(&model);
        let o = match_one(&model, &directory, typed);
        (model, o)
    }

    fn matched(typed: &str) -> String {
        match outcome(typed) {
            (m, Outcome::Matched(i)) => m.kommunen[i].name.clone(),
            (_, other) => panic!("{typed}: {other:?}"),
        }
    }

    #[test]
    fn names_as_offices_write_them() {
        assert_eq!(matched("Stadt Schwäbisch Gmünd"), "Schwäbisch Gmünd");
        assert_eq!(matched("St. Georgen i. Schw."), "St. Georgen im Schwarzwald");
        assert_eq!(matched("Titisee Neustadt"), "Titisee-Neustadt");
        assert_eq!(matched("Gemeinde Bad Boll"), "Bad Boll");
        assert_eq!(matched("Große Kreisstadt Ostfildern"), "Ostfildern");
        assert_eq!(matched("schwaebisch gmuend"), "Schwäbisch Gmünd");
        // the whole name wins over longer names that contain it
        assert_eq!(matched("Aichelberg"), "Aichelberg");
    }

    #[test]
    fn keys_and_postcodes() {
        assert_eq!(matched("08136065"), "Schwäbisch Gmünd");
        let (m, o) = outcome("70173");
        assert_eq!(o, Outcome::Matched(m.kommunen.iter().position(|k| k.name == "Stuttgart").unwrap()));
    }

    #[test]
    fn nothing_is_guessed() {
        // two Gemeinden of this name: the editor chooses (each with its Kreis on screen)
        let (m, o) = outcome("Altdorf");
        let Outcome::Choose(rows) = o else { panic!("{o:?}") };
        assert_eq!(names(&m, &rows), ["Altdorf", "Altdorf"]);
        // a slip of the pen is offered, not taken
        let (m, o) = outcome("Schwäbisch Gmünnd");
        let Outcome::Choose(rows) = o else { panic!("{o:?}") };
        assert_eq!(names(&m, &rows)[0], "Schwäbisch Gmünd");
        assert_eq!(outcome("Atlantis").1, Outcome::NotFound);
    }

    #[test]
    fn a_pasted_list_keeps_every_line() {
        let model = parse_dataset(include_str!("../../../data/be-netzwerke.json")).unwrap();
        let directory = Directory::new(&model);
        let text = "Name;AGS\nStadt Schwäbisch Gmünd;08136065\n\nAltdorf\nAtlantis\n\"Titisee Neustadt\"\n";
        let rows = match_list(&model, &directory, text);
        let lines: Vec<(usize, &str)> = rows.iter().map(|r| (r.line, r.typed.as_str())).collect();
        assert_eq!(lines, [(1, "Name"), (2, "08136065"), (4, "Altdorf"), (5, "Atlantis"), (6, "Titisee Neustadt")]);
        assert_eq!(rows[0].outcome, Outcome::NotFound);
        assert!(matches!(rows[1].outcome, Outcome::Matched(_)));
        assert!(matches!(rows[2].outcome, Outcome::Choose(_)));
        assert_eq!(rows[3].outcome, Outcome::NotFound);
        assert!(matches!(rows[4].outcome, Outcome::Matched(_)));
    }
}
