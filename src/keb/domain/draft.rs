//! A KEB application in progress: the answers exactly as typed (nothing is lost to parsing),
//! written to and read from JSON with a format name and version, for device storage and files.

use std::collections::BTreeMap;

use crate::export::json_text::{array, object, string};
use crate::model::read::{from_value, parse, TextError};
use crate::i18n::Lang;
use crate::keb::domain::texts::KebKey;
use crate::model::untrusted::{codepoint, forbidden_char, strip_bom};

pub const DRAFT_FORMAT: &str = "be-netzwerke/keb-entwurf";
pub const DRAFT_VERSION: u32 = 1;
/// Larger files are no draft (a full draft is a few KB).
pub const MAX_DRAFT_BYTES: usize = 512 * 1024;
/// Longest answer a draft may hold (the form's own limits are lower and checked per step).
pub const MAX_ANSWER_CHARS: usize = 10_000;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CostLine {
    pub label: String,
    /// As typed ("1.500,50 €"), parsed when checked.
    pub amount: String,
}

impl CostLine {
    /// An empty line (added, never filled in): not part of the application.
    pub fn is_blank(&self) -> bool {
        self.label.trim().is_empty() && self.amount.trim().is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    pub id: String,
    /// Key of the Kommune that applies.
    pub kommune: String,
    pub created: String,
    pub updated: String,
    /// Single answers by field id (unknown ids are kept, so a newer form's answers survive).
    pub answers: BTreeMap<String, String>,
    /// Multiple-choice answers by field id.
    pub lists: BTreeMap<String, Vec<String>>,
    pub costs: Vec<CostLine>,
    /// Set when it is first sent and kept for every retry: the receiver accepts it once.
    pub idempotency_key: Option<String>,
    /// The reference, once finished to hand in or accepted by a receiver.
    pub reference: Option<String>,
    /// When it was finished to be handed in by the clerk (no receiver), ISO time.
    pub finished: Option<String>,
    /// When a receiver accepted it, ISO time.
    pub accepted: Option<String>,
    /// The steps of handing in that the clerk ticked as done (ids of `HAND_IN_STEPS`).
    pub done: Vec<String>,
}

/// Where an application stands; every page says only this.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Being written (an outbox entry may wait for it: the store knows).
    Draft,
    /// Finished here; the clerk hands it in (the ticked steps say how far).
    Finished,
    /// Accepted by the configured receiver, under its reference.
    Accepted,
}

/// The steps of handing in that the clerk can tick: save the document, hand it in.
pub const HAND_IN_STEPS: [&str; 2] = ["gesichert", "eingereicht"];

impl Draft {
    pub fn new(id: String, kommune: String, now: String) -> Draft {
        Draft { id, kommune, created: now.clone(), updated: now, ..Default::default() }
    }

    /// Something the user typed or chose (the network alone may come from the membership).
    pub fn has_answers(&self) -> bool {
        self.answers.iter().any(|(k, v)| k != "netzwerk" && !v.trim().is_empty())
            || self.lists.values().any(|l| !l.is_empty())
            || self.costs.iter().any(|c| !c.is_blank())
    }

    pub fn stage(&self) -> Stage {
        match (&self.reference, &self.accepted, &self.finished) {
            (Some(_), Some(_), _) => Stage::Accepted,
            (Some(_), None, Some(_)) => Stage::Finished,
            _ => Stage::Draft,
        }
    }

    /// Every step of handing in ticked as done.
    pub fn handed_in(&self) -> bool {
        HAND_IN_STEPS.iter().all(|s| self.done.iter().any(|d| d == s))
    }

    /// Finished to hand in, under `reference`, at `now`.
    pub fn finish(&mut self, reference: String, now: String) {
        self.reference = Some(reference);
        self.finished = Some(now);
    }

    /// Accepted by the receiver, under its reference.
    pub fn accept(&mut self, reference: String, now: String) {
        self.reference = Some(reference);
        self.accepted = Some(now);
    }

    /// Back to a draft: a new finish gets a new key and reference (the old document may be out).
    pub fn reopen(&mut self) {
        if self.stage() == Stage::Finished {
            (self.reference, self.finished, self.idempotency_key) = (None, None, None);
            self.done.clear();
        }
    }

    pub fn answer(&self, field: &str) -> &str {
        self.answers.get(field).map(String::as_str).unwrap_or_default()
    }

    pub fn list(&self, field: &str) -> &[String] {
        self.lists.get(field).map(Vec::as_slice).unwrap_or_default()
    }

    pub fn set_answer(&mut self, field: &str, value: String) {
        self.answers.insert(field.to_string(), value);
    }

    pub fn toggle(&mut self, field: &str, value: &str, on: bool) {
        let list = self.lists.entry(field.to_string()).or_default();
        list.retain(|v| v != value);
        if on {
            list.push(value.to_string());
        }
    }

    /// The draft as a file: `{"format", "version", …fields}`.
    pub fn to_json(&self) -> String {
        let map = |m: &BTreeMap<String, String>| object(m.iter().map(|(k, v)| (k.as_str(), string(v))));
        let lists = object(self.lists.iter().map(|(k, v)| (k.as_str(), array(v.iter().map(|s| string(s)), ","))));
        let costs = array(
            self.costs.iter().map(|c| object([("label", string(&c.label)), ("amount", string(&c.amount))])),
            ",",
        );
        object([
            ("format", string(DRAFT_FORMAT)),
            ("version", DRAFT_VERSION.to_string()),
            ("id", string(&self.id)),
            ("kommune", string(&self.kommune)),
            ("created", string(&self.created)),
            ("updated", string(&self.updated)),
            ("answers", map(&self.answers)),
            ("lists", lists),
            ("costs", costs),
            ("idempotency_key", crate::export::json_text::opt_string(self.idempotency_key.as_deref())),
            ("reference", crate::export::json_text::opt_string(self.reference.as_deref())),
            ("finished", crate::export::json_text::opt_string(self.finished.as_deref())),
            ("accepted", crate::export::json_text::opt_string(self.accepted.as_deref())),
            ("done", array(self.done.iter().map(|s| string(s)), ",")),
        ])
    }
}

/// Why a file or stored entry is not a draft we can open; shown to the user, never a crash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    TooLarge(usize),
    /// Not JSON, or fields of the wrong type: where the reader stopped (0, 0: fields missing).
    Damaged { line: usize, column: usize },
    /// JSON, but not a KEB draft (another file picked by mistake).
    NotADraft,
    /// Written by a newer version of the app.
    TooNew(u32),
    /// An answer holds a control or bidi character (`U+202E`), which could change how it reads.
    ForbiddenCharacter { field: String, code: String },
    /// An answer longer than any the form takes.
    TooLong { field: String, max: usize },
}

/// Why a draft file or stored entry cannot be opened.
pub fn draft_error(lang: Lang, e: &DraftError) -> String {
    match e {
        DraftError::TooLarge(_) => lang.t(KebKey::KebDraftTooLarge).into(),
        DraftError::Damaged { line: 0, .. } => lang.t(KebKey::KebDraftDamaged).into(),
        DraftError::Damaged { line, column } => {
            format!("{} ({})", lang.t(KebKey::KebDraftDamaged), lang.t(KebKey::AtLineColumn).replace("{line}", &line.to_string()).replace("{column}", &column.to_string()))
        }
        DraftError::NotADraft => lang.t(KebKey::KebDraftForeign).into(),
        DraftError::TooNew(v) => lang.t(KebKey::KebDraftTooNew).replace("{v}", &v.to_string()),
        DraftError::ForbiddenCharacter { field, code } => {
            lang.t(KebKey::KebDraftForbiddenChar).replace("{field}", field).replace("{code}", code)
        }
        DraftError::TooLong { field, max } => {
            lang.t(KebKey::KebDraftTooLong).replace("{field}", field).replace("{max}", &crate::i18n::format_int(lang, *max as u64))
        }
    }
}

#[derive(Default)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

crate::model::read::records! {
    Header { format, version }
    Draft {
        id, kommune, created = default, updated = default, answers = default, lists = default, costs = default,
        idempotency_key = default, reference = default, finished = default, accepted = default, done = default,
    }
    CostLine { label = default, amount = default }
}

fn damaged(e: TextError) -> DraftError {
    match e {
        TextError::Syntax { line, column } => DraftError::Damaged { line, column },
        TextError::Shape(_) => DraftError::Damaged { line: 0, column: 0 },
    }
}

/// Reads a draft file or stored entry: untrusted like every file (see `model::untrusted`).
pub fn parse_draft(text: &str) -> Result<Draft, DraftError> {
    let text = strip_bom(text);
    if text.len() > MAX_DRAFT_BYTES {
        return Err(DraftError::TooLarge(text.len()));
    }
    let value = parse(text).map_err(damaged)?;
    let header: Header = from_value(&value).map_err(damaged)?;
    if header.format.as_deref() != Some(DRAFT_FORMAT) {
        return Err(DraftError::NotADraft);
    }
    match header.version {
        Some(v) if v > DRAFT_VERSION => return Err(DraftError::TooNew(v)),
        // version 0 (before versions were written) has the same fields
        _ => {}
    }
    let draft: Draft = from_value(&value).map_err(damaged)?;
    let key = |s: &str, max: usize| !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let names_ok = key(&draft.id, 64)
        && key(&draft.kommune, 8)
        && draft.answers.keys().chain(draft.lists.keys()).all(|k| key(k, 64));
    if !names_ok {
        return Err(DraftError::Damaged { line: 0, column: 0 });
    }
    check_texts(&draft)?;
    Ok(draft)
}

fn check_texts(d: &Draft) -> Result<(), DraftError> {
    let answers = d.answers.iter().map(|(k, v)| (k.as_str(), v.as_str(), true));
    let lists = d.lists.iter().flat_map(|(k, vs)| vs.iter().map(move |v| (k.as_str(), v.as_str(), false)));
    let costs = d.costs.iter().flat_map(|c| [("kosten", c.label.as_str(), false), ("kosten", c.amount.as_str(), false)]);
    let meta = [("created", d.created.as_str(), false), ("updated", d.updated.as_str(), false)];
    let key = d.idempotency_key.iter().map(|k| ("idempotency_key", k.as_str(), false));
    let stage = [("reference", &d.reference), ("finished", &d.finished), ("accepted", &d.accepted)];
    let stage = stage.into_iter().filter_map(|(f, v)| v.as_deref().map(|v| (f, v, false)));
    let done = d.done.iter().map(|s| ("done", s.as_str(), false));
    for (field, text, multiline) in answers.chain(lists).chain(costs).chain(meta).chain(key).chain(stage).chain(done) {
        if let Some(c) = forbidden_char(text, multiline) {
            return Err(DraftError::ForbiddenCharacter { field: field.to_string(), code: codepoint(c) });
        }
        if text.chars().count() > MAX_ANSWER_CHARS {
            return Err(DraftError::TooLong { field: field.to_string(), max: MAX_ANSWER_CHARS });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Draft {
        let mut d = Draft::new("e1".into(), "08311000".into(), "2026-11-25T10:00:00Z".into());
        d.set_answer("titel", "Zukunftswerkstatt \"Ehrenamt\" <b>2027</b>\nZeile 2".into());
        d.toggle("zielgruppen", "buergerschaft", true);
        d.toggle("zielgruppen", "mandatstraeger", true);
        d.costs.push(CostLine { label: "Moderation; Räume".into(), amount: "1.500,50 €".into() });
        d
    }

    #[test]
    fn a_draft_survives_its_file_exactly() {
        let d = sample();
        assert_eq!(parse_draft(&d.to_json()), Ok(d));
    }

    #[test]
    fn a_finished_application_keeps_its_stage_in_its_file() {
        let mut d = sample();
        assert_eq!(d.stage(), Stage::Draft);
        d.idempotency_key = Some("keb-abc".into());
        d.finish("KEB-2026-ABC".into(), "2026-12-07T10:00:00Z".into());
        d.done.push("gesichert".into());
        assert_eq!((d.stage(), d.handed_in()), (Stage::Finished, false));
        d.done.push("eingereicht".into());
        assert!(d.handed_in());
        let read = parse_draft(&d.to_json()).unwrap();
        assert_eq!((read.stage(), read.reference.as_deref()), (Stage::Finished, Some("KEB-2026-ABC")));
        assert_eq!(read, d);
        // reopened, it is a draft again whose next finish gets a new reference
        d.reopen();
        assert_eq!((d.stage(), d.reference.clone(), d.idempotency_key.clone(), d.done.len()), (Stage::Draft, None, None, 0));
        // an accepted one stays accepted
        d.accept("KEB-2026-0001".into(), "2026-12-07T11:00:00Z".into());
        d.reopen();
        assert_eq!(d.stage(), Stage::Accepted);
    }

    #[test]
    fn a_derived_network_alone_is_not_an_answer_to_lose() {
        let mut d = Draft::new("e1".into(), "08111000".into(), "2026-12-02T10:00:00Z".into());
        d.set_answer("netzwerk", "staedtenetzwerk".into());
        assert!(!d.has_answers());
        d.set_answer("titel", " ".into());
        assert!(!d.has_answers());
        d.set_answer("titel", "Engagement-Café".into());
        assert!(d.has_answers());
    }

    #[test]
    fn answers_of_a_newer_form_are_kept() {
        let text = sample().to_json().replace("\"answers\":{", "\"answers\":{\"neu\":\"x\",");
        let d = parse_draft(&text).unwrap();
        assert_eq!(d.answer("neu"), "x");
        assert!(d.to_json().contains("\"neu\":\"x\""));
    }

    #[test]
    fn damaged_foreign_and_future_files_say_why() {
        let good = sample().to_json();
        assert!(matches!(parse_draft(&good[..good.len() - 5]), Err(DraftError::Damaged { line: 1, .. })));
        assert_eq!(parse_draft(r#"{"stand":"2026-11-25","kommunen":[]}"#), Err(DraftError::NotADraft));
        assert_eq!(parse_draft(&good.replace("\"version\":1", "\"version\":7")), Err(DraftError::TooNew(7)));
        assert!(matches!(parse_draft(&good.replace("\"costs\":[", "\"costs\":[7,")), Err(DraftError::Damaged { .. })));
        assert!(matches!(parse_draft(&"x".repeat(MAX_DRAFT_BYTES + 1)), Err(DraftError::TooLarge(_))));
        // a version-less draft from before versions were written still opens
        let old = good.replace("\"version\":1,", "");
        assert_eq!(parse_draft(&old).map(|d| d.kommune), Ok("08311000".into()));
    }

    #[test]
    fn a_draft_file_is_untrusted_input() {
        let d = sample();
        // written by an editor that adds a byte order mark
        assert_eq!(parse_draft(&format!("\u{feff}{}", d.to_json())), Ok(d.clone()));
        let mut bidi = d.clone();
        bidi.set_answer("titel", "Werkstatt \u{202E}2027".into());
        assert_eq!(parse_draft(&bidi.to_json()), Err(DraftError::ForbiddenCharacter { field: "titel".into(), code: "U+202E".into() }));
        let mut bell = d.clone();
        bell.costs.push(CostLine { label: "Raum\u{7}".into(), amount: "1".into() });
        assert!(matches!(parse_draft(&bell.to_json()), Err(DraftError::ForbiddenCharacter { .. })));
        let mut long = d.clone();
        long.set_answer("ziele", "x".repeat(MAX_ANSWER_CHARS + 1));
        assert_eq!(parse_draft(&long.to_json()), Err(DraftError::TooLong { field: "ziele".into(), max: MAX_ANSWER_CHARS }));
        // ids end up in addresses and storage keys
        let mut id = d.clone();
        id.id = "../../x?y=1".into();
        assert_eq!(parse_draft(&id.to_json()), Err(DraftError::Damaged { line: 0, column: 0 }));
    }

    #[test]
    fn a_damaged_draft_file_is_explained_with_where_it_broke() {
        let broken = parse_draft("{\"format\": \"be-netzwerke/keb-entwurf\", \"id\": ").unwrap_err();
        let text = draft_error(Lang::De, &broken);
        assert!(text.starts_with("Die Datei ist beschädigt oder unvollständig (") && text.ends_with("(Zeile 1, Spalte 45)"), "{text}");
        assert!(draft_error(Lang::En, &DraftError::TooNew(3)).contains("version 3"));
    }
}
