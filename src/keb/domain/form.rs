//! The KEB application's steps and fields, as one table: the pages, the validation, the
//! check-answers list and the submitted JSON all follow it. Texts are interface keys; the
//! programme's rules (formats, target groups, limits, maximum) come from the data.

use crate::keb::domain::texts::KebKey;

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
    pub label: KebKey,
    pub hint: Option<KebKey>,
    /// The message when a required field is empty, in the words of the question.
    pub missing: Option<KebKey>,
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
    pub title: KebKey,
    pub intro: Option<KebKey>,
    pub fields: &'static [Field],
}

/// The last page: every answer with its "Ändern" link, the declaration, sending.
pub const CHECK_STEP: &str = "pruefen";
/// The declaration ticked on the check page.
pub const DECLARATION: &str = "erklaerung";
/// Short single-line answers.
pub const SHORT_MAX: usize = 200;

const fn field(id: &'static str, kind: FieldKind, label: KebKey, missing: Option<KebKey>) -> Field {
    Field { id, kind, label, hint: None, missing, only_if: None, max_chars: None }
}

const fn hinted(f: Field, hint: KebKey) -> Field {
    Field { hint: Some(hint), ..f }
}

use FieldKind::*;

pub static STEPS: &[Step] = &[
    Step {
        id: "antragsteller",
        title: KebKey::KebStepApplicant,
        intro: None,
        fields: &[
            field("netzwerk", Network, KebKey::KebFNetwork, Some(KebKey::KebMNetwork)),
            field("art", ApplicantKind, KebKey::KebFApplicantKind, Some(KebKey::KebMApplicantKind)),
            Field {
                only_if: Some(Condition::Is("art", "kooperation")),
                ..hinted(field("organisation", Text, KebKey::KebFOrganisation, Some(KebKey::KebMOrganisation)), KebKey::KebHOrganisation)
            },
        ],
    },
    Step {
        id: "ansprechperson",
        title: KebKey::KebStepContact,
        intro: None,
        fields: &[
            field("name", Text, KebKey::KebFName, Some(KebKey::KebMName)),
            field("funktion", Text, KebKey::KebFRole, None),
            hinted(field("email", Email, KebKey::KebFEmail, Some(KebKey::KebMEmail)), KebKey::KebHEmail),
            field("telefon", Tel, KebKey::KebFPhone, None),
        ],
    },
    Step {
        id: "vorklaerung",
        title: KebKey::KebStepAdvice,
        intro: Some(KebKey::KebIAdvice),
        fields: &[
            field("fachberatung", Adviser, KebKey::KebFAdviser, Some(KebKey::KebMAdviser)),
            hinted(field("datum", PastDate, KebKey::KebFAdviceDate, Some(KebKey::KebMAdviceDate)), KebKey::KebHAdviceDate),
        ],
    },
    Step {
        id: "massnahme",
        title: KebKey::KebStepMeasure,
        intro: None,
        fields: &[
            Field { max_chars: Some(120), ..field("titel", Text, KebKey::KebFTitle, Some(KebKey::KebMTitle)) },
            field("format", Format, KebKey::KebFFormat, Some(KebKey::KebMFormat)),
            hinted(field("beginn", Start, KebKey::KebFStart, Some(KebKey::KebMStart)), KebKey::KebHStart),
            hinted(field("ende", DateAfter("beginn"), KebKey::KebFEnd, None), KebKey::KebHEnd),
            hinted(field("ort", Text, KebKey::KebFPlace, Some(KebKey::KebMPlace)), KebKey::KebHPlace),
        ],
    },
    Step {
        id: "perspektive",
        title: KebKey::KebStepPerspective,
        intro: Some(KebKey::KebIPerspective),
        fields: &[
            hinted(field("ausgangssituation", LongText, KebKey::KebFSituation, Some(KebKey::KebMSituation)), KebKey::KebHSituation),
            hinted(field("anliegen", LongText, KebKey::KebFConcern, Some(KebKey::KebMConcern)), KebKey::KebHConcern),
            hinted(field("methode", LongText, KebKey::KebFMethod, Some(KebKey::KebMMethod)), KebKey::KebHMethod),
            hinted(field("ziel", LongText, KebKey::KebFGoal, Some(KebKey::KebMGoal)), KebKey::KebHGoal),
        ],
    },
    Step {
        id: "zielgruppen",
        title: KebKey::KebStepGroups,
        intro: None,
        fields: &[
            hinted(field("zielgruppen", TargetGroups, KebKey::KebFGroups, Some(KebKey::KebMGroups)), KebKey::KebHGroups),
            hinted(field("weitere", Text, KebKey::KebFOtherGroups, None), KebKey::KebHOtherGroups),
        ],
    },
    Step {
        id: "anbindung",
        title: KebKey::KebStepStructures,
        intro: None,
        fields: &[hinted(field("strukturen", LongText, KebKey::KebFStructures, Some(KebKey::KebMStructures)), KebKey::KebHStructures)],
    },
    Step {
        id: "finanzierung",
        title: KebKey::KebStepFunding,
        intro: Some(KebKey::KebIFunding),
        fields: &[
            field("kosten", CostLines, KebKey::KebFCosts, Some(KebKey::KebMCosts)),
            hinted(field("eigenbeitrag", Money, KebKey::KebFOwn, Some(KebKey::KebMOwn)), KebKey::KebHMoney),
            hinted(field("eigenbeitrag_art", Text, KebKey::KebFOwnKind, Some(KebKey::KebMOwnKind)), KebKey::KebHOwnKind),
            hinted(field("bisher", PriorCount, KebKey::KebFPrior, Some(KebKey::KebMPrior)), KebKey::KebHPrior),
            Field {
                only_if: Some(Condition::Positive("bisher")),
                ..hinted(field("bisher_betrag", Money, KebKey::KebFPriorAmount, Some(KebKey::KebMPriorAmount)), KebKey::KebHPriorAmount)
            },
            hinted(field("foerderung", Money, KebKey::KebFRequested, Some(KebKey::KebMRequested)), KebKey::KebHRequested),
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
