//! An inverted index over short documents (Kommune names) with ranked, typo-tolerant lookup.
//!
//! Every query word must match (AND). A word matches a document's name exactly, as a prefix,
//! or — for words of five or more letters that match no name as typed — with one typo; it may also match the Kreis name
//! and other secondary words, which rank lower. Digits match keys (AGS, Kreis key) and postcodes.

use super::fuzzy::{prefix_within_one_edit, within_one_edit};
use super::normalize;
use crate::order::sort_list;

/// Words of at least this many letters may contain one typo.
pub const FUZZY_MIN_LEN: usize = 5;

/// What is searchable about one document.
#[derive(Clone, Debug, Default)]
pub struct Document<'a> {
    pub name: &'a str,
    /// Secondary words: Kreis name, official name, "Landkreis"… Matches rank below name matches.
    pub other: Vec<&'a str>,
    /// Digit strings matched by prefix: keys and postcodes.
    pub numbers: Vec<&'a str>,
    /// Tie-breaker: larger first.
    pub population: u32,
    /// Among equal matches, documents with a smaller group come first (e.g. towns before districts).
    pub group: u8,
}

/// How well a query word matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Match {
    FullName,
    Exact,
    Prefix,
    Fuzzy,
    OtherExact,
    OtherPrefix,
    OtherFuzzy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub doc: u32,
    /// The weakest word match of the query in this document.
    pub quality: Match,
}

#[derive(Clone, Copy)]
struct Posting {
    doc: u32,
    other: bool,
}

struct DocInfo {
    name: Box<str>,
    population: u32,
    group: u8,
}

pub struct SearchIndex {
    docs: Vec<DocInfo>,
    /// Sorted words, each with the documents containing it.
    words: Vec<(Box<str>, Vec<Posting>)>,
    /// Word indices by first and by second letter: a word within one edit of a query shares
    /// its first or second letter with the query's first or second letter, so fuzzy matching
    /// only looks at these buckets instead of the whole vocabulary.
    by_first: Vec<Vec<u32>>,
    by_second: Vec<Vec<u32>>,
    /// Sorted digit strings with their document.
    numbers: Vec<(Box<str>, u32)>,
}

impl SearchIndex {
    pub fn new<'a>(documents: impl IntoIterator<Item = Document<'a>>) -> Self {
        let mut docs = Vec::new();
        let mut pairs: Vec<(String, Posting)> = Vec::new();
        let mut numbers = Vec::new();
        for (i, d) in documents.into_iter().enumerate() {
            let doc = i as u32;
            let name = normalize(d.name);
            let mut add = |text: &str, other: bool| {
                for w in text.split(' ').filter(|w| !w.is_empty()) {
                    pairs.push((w.to_string(), Posting { doc, other }));
                }
                // "badsackingen", "villingenschwenningen": names typed without spaces
                if text.contains(' ') {
                    pairs.push((text.replace(' ', ""), Posting { doc, other }));
                }
            };
            add(&name, false);
            for o in &d.other {
                add(&normalize(o), true);
            }
            numbers.extend(d.numbers.iter().map(|n| (Box::from(*n), doc)));
            docs.push(DocInfo { name: name.into(), population: d.population, group: d.group });
        }
        sort_list(&mut pairs, |a, b| a.0.cmp(&b.0).then(a.1.doc.cmp(&b.1.doc)).then(a.1.other.cmp(&b.1.other)));
        let mut words: Vec<(Box<str>, Vec<Posting>)> = Vec::new();
        for (w, p) in pairs {
            match words.last_mut() {
                Some((last, postings)) if **last == *w => {
                    // a name posting sorts before an "other" one for the same doc: keep the first
                    if postings.last().map(|q| q.doc) != Some(p.doc) {
                        postings.push(p);
                    }
                }
                _ => words.push((w.into(), vec![p])),
            }
        }
        sort_list(&mut numbers, |a, b| a.cmp(b));
        let mut by_first = vec![Vec::new(); 256];
        let mut by_second = vec![Vec::new(); 256];
        for (i, (w, _)) in words.iter().enumerate() {
            let b = w.as_bytes();
            by_first[b[0] as usize].push(i as u32);
            if let Some(&c) = b.get(1) {
                by_second[c as usize].push(i as u32);
            }
        }
        Self { docs, words, numbers, by_first, by_second }
    }

    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Documents matching every word of `query`, best first: match quality, then group,
    /// then population, then name. An empty query matches nothing.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query = normalize(query);
        let terms: Vec<&str> = query.split(' ').filter(|t| !t.is_empty()).collect();
        if terms.is_empty() {
            return Vec::new();
        }
        // (doc, weakest match so far) of the documents every word so far matched, sorted by doc;
        // sparse, so the cost follows the matches, not the size of the index
        let mut matched: Option<Vec<(u32, Match)>> = None;
        for term in &terms {
            let mut found = Vec::new();
            self.match_term(term, &mut found);
            sort_list(&mut found, |a, b| a.cmp(b)); // by doc, best match first
            found.dedup_by_key(|(doc, _)| *doc);
            matched = Some(match matched {
                None => found,
                Some(prev) => intersect(&prev, &found),
            });
        }
        let compact: String = terms.concat();
        let mut hits: Vec<Hit> = matched
            .unwrap_or_default()
            .into_iter()
            .map(|(doc, q)| {
                let name = &self.docs[doc as usize].name;
                let full = **name == *query || name.bytes().filter(|&b| b != b' ').eq(compact.bytes());
                Hit { doc, quality: if full { Match::FullName } else { q } }
            })
            .collect();
        sort_list(&mut hits, |a, b| {
            let (da, db) = (&self.docs[a.doc as usize], &self.docs[b.doc as usize]);
            a.quality
                .cmp(&b.quality)
                .then(da.group.cmp(&db.group))
                .then(db.population.cmp(&da.population))
                .then(da.name.cmp(&db.name))
        });
        hits
    }

    /// Records in `best` the best match of one query word per document.
    /// Pushes (doc, how well) for every document `term` matches; a doc may appear more than once.
    fn match_term(&self, term: &str, found: &mut Vec<(u32, Match)>) {
        let mut note = |doc: u32, m: Match| found.push((doc, m));
        if term.bytes().all(|b| b.is_ascii_digit()) {
            let from = self.numbers.partition_point(|(n, _)| **n < *term);
            for (n, doc) in self.numbers[from..].iter().take_while(|(n, _)| n.starts_with(term)) {
                note(*doc, if **n == *term { Match::Exact } else { Match::Prefix });
            }
            return;
        }
        let from = self.words.partition_point(|(w, _)| **w < *term);
        let prefixed = self.words[from..].iter().take_while(|(w, _)| w.starts_with(term)).count();
        let mut names_matched = false;
        for (w, postings) in &self.words[from..from + prefixed] {
            let exact = **w == *term;
            for p in postings {
                names_matched |= !p.other;
                note(p.doc, grade(exact, false, p.other));
            }
        }
        // Typos are looked for only when the word as typed matches no name: a correctly typed
        // word does not pull in look-alike towns (and the vocabulary scan is skipped).
        if term.len() < FUZZY_MIN_LEN || names_matched {
            return;
        }
        let t = term.as_bytes();
        let (q0, q1) = (t[0] as usize, t[1] as usize);
        let mut candidates: Vec<u32> = [&self.by_first[q0], &self.by_first[q1], &self.by_second[q0], &self.by_second[q1]]
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| (i as usize) < from || (i as usize) >= from + prefixed)
            .collect();
        sort_list(&mut candidates, |a, b| a.cmp(b));
        candidates.dedup();
        for i in candidates {
            let (w, postings) = &self.words[i as usize];
            let w = w.as_bytes();
            if within_one_edit(t, w) || prefix_within_one_edit(t, w) {
                for p in postings {
                    note(p.doc, grade(false, true, p.other));
                }
            }
        }
    }
}

/// Documents in both sorted lists, each with the weaker of its two matches.
fn intersect(a: &[(u32, Match)], b: &[(u32, Match)]) -> Vec<(u32, Match)> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1.max(b[j].1)));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

fn grade(exact: bool, fuzzy: bool, other: bool) -> Match {
    match (other, exact, fuzzy) {
        (false, true, _) => Match::Exact,
        (false, false, false) => Match::Prefix,
        (false, false, true) => Match::Fuzzy,
        (true, true, _) => Match::OtherExact,
        (true, false, false) => Match::OtherPrefix,
        (true, false, true) => Match::OtherFuzzy,
    }
}
