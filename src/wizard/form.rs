//! The KEB application's steps and fields, as one table: the pages, the validation, the
//! check-answers list and the submitted JSON all follow it. Texts are interface keys; the
//! programme's rules (formats, target groups, limits, maximum) come from the data.

use crate::i18n::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Email,
    Tel,
    /// "YYYY-MM-DD" (`<input type=date>`).
    Date,
    /// Not after today (the Vorklärung has happened).
    PastDate,
    /// Not before the field named here.
    DateAfter(&'static str),
    /// Multi-line text; the limit is the programme's `text_max_chars`.
    LongText,
    /// One of the networks the Kommune may apply through.
    Network,
    /// The Kommune itself or a Verein / institution in cooperation with it.
    ApplicantKind,
    /// A Fachberater(in) of the network.
    Adviser,
    /// One of the programme's formats.
    Format,
    /// Several of the programme's target groups (at least the programme's minimum, with "other").
    TargetGroups,
    Money,
    /// Lines of label + amount.
    CostLines,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub id: &'static str,
    pub kind: FieldKind,
    pub label: Key,
    pub hint: Option<Key>,
    /// The message when a required field is empty, in the words of the question.
    pub missing: Option<Key>,
    /// Asked only when another answer has this value (field id, value).
    pub only_if: Option<(&'static str, &'static str)>,
    /// Own limit for short texts (long texts use the programme's).
    pub max_chars: Option<usize>,
}

#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub id: &'static str,
    pub title: Key,
    pub intro: Option<Key>,
    pub fields: &'static [Field],
}

/// The last page: every answer with its "Ändern" link, the declaration, sending.
pub const CHECK_STEP: &str = "pruefen";
/// The declaration ticked on the check page.
pub const DECLARATION: &str = "erklaerung";
/// Short single-line answers.
pub const SHORT_MAX: usize = 200;

const fn field(id: &'static str, kind: FieldKind, label: Key, missing: Option<Key>) -> Field {
    Field { id, kind, label, hint: None, missing, only_if: None, max_chars: None }
}

const fn hinted(f: Field, hint: Key) -> Field {
    Field { hint: Some(hint), ..f }
}

use FieldKind::*;

pub static STEPS: &[Step] = &[
    Step {
        id: "antragsteller",
        title: Key::KebStepApplicant,
        intro: None,
        fields: &[
            field("netzwerk", Network, Key::KebFNetwork, Some(Key::KebMNetwork)),
            field("art", ApplicantKind, Key::KebFApplicantKind, Some(Key::KebMApplicantKind)),
            Field {
                only_if: Some(("art", "kooperation")),
                ..hinted(field("organisation", Text, Key::KebFOrganisation, Some(Key::KebMOrganisation)), Key::KebHOrganisation)
            },
        ],
    },
    Step {
        id: "ansprechperson",
        title: Key::KebStepContact,
        intro: None,
        fields: &[
            field("name", Text, Key::KebFName, Some(Key::KebMName)),
            field("funktion", Text, Key::KebFRole, None),
            hinted(field("email", Email, Key::KebFEmail, Some(Key::KebMEmail)), Key::KebHEmail),
            field("telefon", Tel, Key::KebFPhone, None),
        ],
    },
    Step {
        id: "vorklaerung",
        title: Key::KebStepAdvice,
        intro: Some(Key::KebIAdvice),
        fields: &[
            field("fachberatung", Adviser, Key::KebFAdviser, Some(Key::KebMAdviser)),
            hinted(field("datum", PastDate, Key::KebFAdviceDate, Some(Key::KebMAdviceDate)), Key::KebHDate),
        ],
    },
    Step {
        id: "massnahme",
        title: Key::KebStepMeasure,
        intro: None,
        fields: &[
            Field { max_chars: Some(120), ..field("titel", Text, Key::KebFTitle, Some(Key::KebMTitle)) },
            field("format", Format, Key::KebFFormat, Some(Key::KebMFormat)),
            hinted(field("beginn", Date, Key::KebFStart, Some(Key::KebMStart)), Key::KebHDate),
            hinted(field("ende", DateAfter("beginn"), Key::KebFEnd, None), Key::KebHEnd),
            hinted(field("ort", Text, Key::KebFPlace, Some(Key::KebMPlace)), Key::KebHPlace),
        ],
    },
    Step {
        id: "perspektive",
        title: Key::KebStepPerspective,
        intro: Some(Key::KebIPerspective),
        fields: &[
            hinted(field("ausgangssituation", LongText, Key::KebFSituation, Some(Key::KebMSituation)), Key::KebHSituation),
            hinted(field("anliegen", LongText, Key::KebFConcern, Some(Key::KebMConcern)), Key::KebHConcern),
            hinted(field("methode", LongText, Key::KebFMethod, Some(Key::KebMMethod)), Key::KebHMethod),
            hinted(field("ziel", LongText, Key::KebFGoal, Some(Key::KebMGoal)), Key::KebHGoal),
        ],
    },
    Step {
        id: "zielgruppen",
        title: Key::KebStepGroups,
        intro: None,
        fields: &[
            hinted(field("zielgruppen", TargetGroups, Key::KebFGroups, Some(Key::KebMGroups)), Key::KebHGroups),
            hinted(field("weitere", Text, Key::KebFOtherGroups, None), Key::KebHOtherGroups),
        ],
    },
    Step {
        id: "anbindung",
        title: Key::KebStepStructures,
        intro: None,
        fields: &[hinted(field("strukturen", LongText, Key::KebFStructures, Some(Key::KebMStructures)), Key::KebHStructures)],
    },
    Step {
        id: "finanzierung",
        title: Key::KebStepFunding,
        intro: Some(Key::KebIFunding),
        fields: &[
            field("kosten", CostLines, Key::KebFCosts, Some(Key::KebMCosts)),
            hinted(field("eigenbeitrag", Money, Key::KebFOwn, Some(Key::KebMOwn)), Key::KebHMoney),
            hinted(field("eigenbeitrag_art", Text, Key::KebFOwnKind, Some(Key::KebMOwnKind)), Key::KebHOwnKind),
            hinted(field("foerderung", Money, Key::KebFRequested, Some(Key::KebMRequested)), Key::KebHRequested),
        ],
    },
];

pub fn step(id: &str) -> Option<&'static Step> {
    STEPS.iter().find(|s| s.id == id)
}

pub fn step_index(id: &str) -> Option<usize> {
    STEPS.iter().position(|s| s.id == id)
}

/// The step after `id`; the check page after the last.
pub fn next_step(id: &str) -> &'static str {
    match step_index(id) {
        Some(i) if i + 1 < STEPS.len() => STEPS[i + 1].id,
        _ => CHECK_STEP,
    }
}

/// The step before `id` (for the back link); `None` on the first.
pub fn previous_step(id: &str) -> Option<&'static str> {
    match id {
        CHECK_STEP => STEPS.last().map(|s| s.id),
        _ => step_index(id).filter(|i| *i > 0).map(|i| STEPS[i - 1].id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_ids_are_unique_and_conditions_name_earlier_fields() {
        let all: Vec<&Field> = STEPS.iter().flat_map(|s| s.fields).collect();
        for (i, f) in all.iter().enumerate() {
            assert!(all[..i].iter().all(|g| g.id != f.id), "duplicate {}", f.id);
            if let Some((other, _)) = f.only_if {
                assert!(all[..i].iter().any(|g| g.id == other), "{} depends on a later field", f.id);
            }
            if let FieldKind::DateAfter(other) = f.kind {
                assert!(all[..i].iter().any(|g| g.id == other));
            }
        }
    }

    #[test]
    fn steps_run_in_order_to_the_check_page() {
        assert_eq!(next_step("antragsteller"), "ansprechperson");
        assert_eq!(next_step("finanzierung"), CHECK_STEP);
        assert_eq!(previous_step("antragsteller"), None);
        assert_eq!(previous_step(CHECK_STEP), Some("finanzierung"));
        assert!(step(CHECK_STEP).is_none());
    }
}
