//! The KEB application's steps and fields, as one table: the pages, the validation, the
//! check-answers list and the submitted JSON all follow it. Texts are interface keys; the
//! programme's rules (formats, target groups, limits, maximum) come from the data.

use crate::keb::domain::antrag_texts::AntragKey;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Email,
    Tel,
    /// A date typed as people write it (domain::dates).
    Date,
    /// The measure's first day: the programme's schedule applies (lead time, year of application).
    Start,
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
    /// How many KEB the Kommune already has this year: "0" … the programme's yearly maximum
    /// ("that many or more"), or "unbekannt".
    PriorCount,
    /// Lines of label + amount.
    CostLines,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub id: &'static str,
    pub kind: FieldKind,
    pub label: AntragKey,
    pub hint: Option<AntragKey>,
    /// The message when a required field is empty, in the words of the question.
    pub missing: Option<AntragKey>,
    /// Asked only when another answer says so.
    pub only_if: Option<Condition>,
    /// Own limit for short texts (long texts use the programme's).
    pub max_chars: Option<usize>,
}

/// When a conditional question is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The other field has this value.
    Is(&'static str, &'static str),
    /// The other field holds a number above 0.
    Positive(&'static str),
}

impl Condition {
    pub fn other(&self) -> &'static str {
        match *self {
            Condition::Is(f, _) | Condition::Positive(f) => f,
        }
    }

    /// Whether the question is asked, given the other field's answer.
    pub fn holds(&self, answer: &str) -> bool {
        match *self {
            Condition::Is(_, value) => answer == value,
            Condition::Positive(_) => answer.trim().parse::<u32>().is_ok_and(|n| n > 0),
        }
    }
}

/// The value of a `PriorCount` answer when the clerk does not know.
pub const UNKNOWN: &str = "unbekannt";

#[derive(Clone, Copy, Debug)]
pub struct Step {
    pub id: &'static str,
    pub title: AntragKey,
    pub intro: Option<AntragKey>,
    pub fields: &'static [Field],
}

/// The last page: every answer with its "Ändern" link, the declaration, sending.
pub const CHECK_STEP: &str = "pruefen";
/// The declaration ticked on the check page.
pub const DECLARATION: &str = "erklaerung";
/// Short single-line answers.
pub const SHORT_MAX: usize = 200;

const fn field(id: &'static str, kind: FieldKind, label: AntragKey, missing: Option<AntragKey>) -> Field {
    Field { id, kind, label, hint: None, missing, only_if: None, max_chars: None }
}

const fn hinted(f: Field, hint: AntragKey) -> Field {
    Field { hint: Some(hint), ..f }
}

use FieldKind::*;

pub static STEPS: &[Step] = &[
    Step {
        id: "antragsteller",
        title: AntragKey::KebStepApplicant,
        intro: None,
        fields: &[
            field("netzwerk", Network, AntragKey::KebFNetwork, Some(AntragKey::KebMNetwork)),
            field("art", ApplicantKind, AntragKey::KebFApplicantKind, Some(AntragKey::KebMApplicantKind)),
            Field {
                only_if: Some(Condition::Is("art", "kooperation")),
                ..hinted(field("organisation", Text, AntragKey::KebFOrganisation, Some(AntragKey::KebMOrganisation)), AntragKey::KebHOrganisation)
            },
        ],
    },
    Step {
        id: "ansprechperson",
        title: AntragKey::KebStepContact,
        intro: None,
        fields: &[
            field("name", Text, AntragKey::KebFName, Some(AntragKey::KebMName)),
            field("funktion", Text, AntragKey::KebFRole, None),
            hinted(field("email", Email, AntragKey::KebFEmail, Some(AntragKey::KebMEmail)), AntragKey::KebHEmail),
            field("telefon", Tel, AntragKey::KebFPhone, None),
        ],
    },
    Step {
        id: "vorklaerung",
        title: AntragKey::KebStepAdvice,
        intro: Some(AntragKey::KebIAdvice),
        fields: &[
            field("fachberatung", Adviser, AntragKey::KebFAdviser, Some(AntragKey::KebMAdviser)),
            hinted(field("datum", PastDate, AntragKey::KebFAdviceDate, Some(AntragKey::KebMAdviceDate)), AntragKey::KebHAdviceDate),
        ],
    },
    Step {
        id: "massnahme",
        title: AntragKey::KebStepMeasure,
        intro: None,
        fields: &[
            Field { max_chars: Some(120), ..field("titel", Text, AntragKey::KebFTitle, Some(AntragKey::KebMTitle)) },
            field("format", Format, AntragKey::KebFFormat, Some(AntragKey::KebMFormat)),
            hinted(field("beginn", Start, AntragKey::KebFStart, Some(AntragKey::KebMStart)), AntragKey::KebHStart),
            hinted(field("ende", DateAfter("beginn"), AntragKey::KebFEnd, None), AntragKey::KebHEnd),
            hinted(field("ort", Text, AntragKey::KebFPlace, Some(AntragKey::KebMPlace)), AntragKey::KebHPlace),
        ],
    },
    Step {
        id: "perspektive",
        title: AntragKey::KebStepPerspective,
        intro: Some(AntragKey::KebIPerspective),
        fields: &[
            hinted(field("ausgangssituation", LongText, AntragKey::KebFSituation, Some(AntragKey::KebMSituation)), AntragKey::KebHSituation),
            hinted(field("anliegen", LongText, AntragKey::KebFConcern, Some(AntragKey::KebMConcern)), AntragKey::KebHConcern),
            hinted(field("methode", LongText, AntragKey::KebFMethod, Some(AntragKey::KebMMethod)), AntragKey::KebHMethod),
            hinted(field("ziel", LongText, AntragKey::KebFGoal, Some(AntragKey::KebMGoal)), AntragKey::KebHGoal),
        ],
    },
    Step {
        id: "zielgruppen",
        title: AntragKey::KebStepGroups,
        intro: None,
        fields: &[
            hinted(field("zielgruppen", TargetGroups, AntragKey::KebFGroups, Some(AntragKey::KebMGroups)), AntragKey::KebHGroups),
            hinted(field("weitere", Text, AntragKey::KebFOtherGroups, None), AntragKey::KebHOtherGroups),
        ],
    },
    Step {
        id: "anbindung",
        title: AntragKey::KebStepStructures,
        intro: None,
        fields: &[hinted(field("strukturen", LongText, AntragKey::KebFStructures, Some(AntragKey::KebMStructures)), AntragKey::KebHStructures)],
    },
    Step {
        id: "finanzierung",
        title: AntragKey::KebStepFunding,
        intro: Some(AntragKey::KebIFunding),
        fields: &[
            field("kosten", CostLines, AntragKey::KebFCosts, Some(AntragKey::KebMCosts)),
            hinted(field("eigenbeitrag", Money, AntragKey::KebFOwn, Some(AntragKey::KebMOwn)), AntragKey::KebHMoney),
            hinted(field("eigenbeitrag_art", Text, AntragKey::KebFOwnKind, Some(AntragKey::KebMOwnKind)), AntragKey::KebHOwnKind),
            hinted(field("bisher", PriorCount, AntragKey::KebFPrior, Some(AntragKey::KebMPrior)), AntragKey::KebHPrior),
            Field {
                only_if: Some(Condition::Positive("bisher")),
                ..hinted(field("bisher_betrag", Money, AntragKey::KebFPriorAmount, Some(AntragKey::KebMPriorAmount)), AntragKey::KebHPriorAmount)
            },
            hinted(field("foerderung", Money, AntragKey::KebFRequested, Some(AntragKey::KebMRequested)), AntragKey::KebHRequested),
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
            if let Some(c) = f.only_if {
                let other = c.other();
                assert!(all[..i].iter().any(|g| g.id == other), "{} depends on a later field", f.id);
            }
            if let FieldKind::DateAfter(other) = f.kind {
                assert!(all[..i].iter().any(|g| g.id == other));
            }
        }
    }

    #[test]
    fn a_count_above_zero_asks_for_the_amount() {
        let c = Condition::Positive("bisher");
        assert!(c.holds("1") && c.holds("2"));
        assert!(!c.holds("0") && !c.holds(UNKNOWN) && !c.holds(""));
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
