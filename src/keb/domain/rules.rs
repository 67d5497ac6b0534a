//! Checking a step's answers against the form and the programme's rules (from the data):
//! what is missing or wrong, per field, in the order of the page. Also the funding totals and
//! each step's status for the step list.

use super::dates::typed_date;
use super::draft::{CostLine, Draft};
use super::form::{Field, FieldKind, Step, STEPS, UNKNOWN};
use super::money::{parse_euro, MoneyError};
use super::schedule::{timing, Timing};
use crate::model::KebProgramme;

/// What the checks need besides the answers.
pub struct Rules<'a> {
    pub programme: &'a KebProgramme,
    /// Networks the Kommune may apply through (eligibility).
    pub networks: &'a [String],
    /// Ids of the Fachberater(innen) one may name for the Vorklärung.
    pub advisers: &'a [String],
    /// "YYYY-MM-DD" in Germany.
    pub today: &'a str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    TooLong { max: usize, len: usize },
    Email,
    Date,
    Future,
    /// A measure that has begun already.
    StartPast,
    /// A measure that starts in a later year than the application (the programme's rule).
    StartLaterYear { year: u16, deadline: Option<String> },
    EndBeforeStart,
    TooFewGroups(u32),
    Money(MoneyError),
    /// Eigenbeitrag required but 0.
    Zero,
    OverMaximum(u64),
    /// More than costs minus Eigenbeitrag (the cents that remain).
    OverCosts(u64),
    /// The Kommune has had the yearly number of KEB already.
    YearlyCount(u32),
    /// More than is left of the Kommune's yearly maximum `max` (the cents that remain).
    OverYearly { left: u64, max: u64 },
    LineLabel,
    LineAmount(MoneyError),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static Field,
    /// Cost line (0-based) the problem is in.
    pub line: Option<usize>,
    pub problem: Problem,
}

impl FieldError {
    /// The id of the input the error summary links to.
    pub fn target(&self) -> String {
        match (self.line, &self.problem) {
            (Some(i), Problem::LineLabel) => format!("keb-kosten-{i}-label"),
            (Some(i), _) => format!("keb-kosten-{i}-betrag"),
            _ => input_id(self.field),
        }
    }
}

/// The id of a field's (first) input; the label's `for` and error links use it.
pub fn input_id(field: &Field) -> String {
    match field.kind {
        FieldKind::CostLines => "keb-kosten-0-label".into(),
        _ => format!("keb-{}", field.id),
    }
}

/// Whether the field is asked, given the other answers.
pub fn is_asked(field: &Field, d: &Draft) -> bool {
    field.only_if.is_none_or(|c| c.holds(d.answer(c.other())))
}


/// Deliberately loose (one @, a dot in the domain, no spaces): the receiver checks further.
fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.contains(char::is_whitespace)
        }
        None => false,
    }
}

/// Sum of the cost lines, Eigenbeitrag and requested sum, as far as they are valid amounts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub costs: u64,
    pub own: u64,
    pub requested: u64,
}

impl Totals {
    /// What costs minus Eigenbeitrag leaves to be funded.
    pub fn fundable(&self) -> u64 {
        self.costs.saturating_sub(self.own)
    }
}

pub fn totals(d: &Draft) -> Totals {
    let amount = |s: &str| parse_euro(s).unwrap_or(0);
    Totals {
        costs: d.costs.iter().map(|c| amount(&c.amount)).sum(),
        own: amount(d.answer("eigenbeitrag")),
        requested: amount(d.answer("foerderung")),
    }
}

fn check_field(f: &'static Field, d: &Draft, r: &Rules, out: &mut Vec<FieldError>) {
    let mut push = |problem| out.push(FieldError { field: f, line: None, problem });
    let value = d.answer(f.id).trim();
    let required = f.missing.is_some();
    let blank = match f.kind {
        FieldKind::TargetGroups => d.list(f.id).is_empty() && d.answer("weitere").trim().is_empty(),
        FieldKind::CostLines => d.costs.iter().all(CostLine::is_blank),
        _ => value.is_empty(),
    };
    if blank {
        if required {
            push(Problem::Missing);
        }
        return;
    }
    let limit = match f.kind {
        FieldKind::LongText => Some(r.programme.text_max_chars as usize),
        FieldKind::Text | FieldKind::Email | FieldKind::Tel => Some(f.max_chars.unwrap_or(super::form::SHORT_MAX)),
        _ => None,
    };
    if let Some(max) = limit {
        let len = value.chars().count();
        if len > max {
            return push(Problem::TooLong { max, len });
        }
    }
    let one_of = |options: &[String]| options.iter().any(|o| o == value);
    match f.kind {
        FieldKind::Email if !is_email(value) => push(Problem::Email),
        FieldKind::Date | FieldKind::Start | FieldKind::PastDate | FieldKind::DateAfter(_) if typed_date(value).is_none() => {
            push(Problem::Date)
        }
        FieldKind::Start => match typed_date(value).and_then(|v| timing(&v, r.today, r.programme)) {
            Some(Timing::Past) => push(Problem::StartPast),
            Some(Timing::LaterYear { year, deadline }) => push(Problem::StartLaterYear { year, deadline }),
            _ => {}
        },
        FieldKind::PastDate if typed_date(value).is_some_and(|v| v.as_str() > r.today) => push(Problem::Future),
        FieldKind::DateAfter(other) if matches!((typed_date(value), typed_date(d.answer(other))), (Some(v), Some(o)) if v < o) => {
            push(Problem::EndBeforeStart)
        }
        FieldKind::Network if !one_of(r.networks) => push(Problem::Missing),
        FieldKind::Adviser if !one_of(r.advisers) => push(Problem::Missing),
        FieldKind::ApplicantKind if value != "kommune" && !(value == "kooperation" && r.programme.cooperation_allowed) => {
            push(Problem::Missing)
        }
        FieldKind::Format if !r.programme.formats.iter().any(|c| c.id == value) => push(Problem::Missing),
        FieldKind::TargetGroups => {
            let known = d.list(f.id).iter().filter(|g| r.programme.target_groups.iter().any(|c| &c.id == *g)).count();
            let other = usize::from(!d.answer("weitere").trim().is_empty());
            if ((known + other) as u32) < r.programme.min_target_groups {
                push(Problem::TooFewGroups(r.programme.min_target_groups));
            }
        }
        FieldKind::Money => match parse_euro(value) {
            Err(e) => push(Problem::Money(e)),
            Ok(0) if f.id == "eigenbeitrag" && r.programme.own_contribution_required => push(Problem::Zero),
            Ok(cents) if f.id == "foerderung" => {
                let t = totals(d);
                if cents > r.programme.max_funding_cents {
                    push(Problem::OverMaximum(r.programme.max_funding_cents));
                } else if cents > t.fundable() {
                    push(Problem::OverCosts(t.fundable()));
                } else if let Some(left) = yearly_left(d, r.programme).filter(|left| cents > *left) {
                    push(Problem::OverYearly { left, max: r.programme.max_cents_per_kommune_year });
                }
            }
            Ok(_) => {}
        },
        FieldKind::PriorCount => match value.parse::<u32>() {
            Ok(n) if n >= r.programme.max_per_kommune_year => push(Problem::YearlyCount(r.programme.max_per_kommune_year)),
            Ok(_) => {}
            Err(_) if value == UNKNOWN => {}
            Err(_) => push(Problem::Missing),
        },
        FieldKind::CostLines => {
            for (i, line) in d.costs.iter().enumerate() {
                if line.is_blank() {
                    continue;
                }
                let (label, amount) = (line.label.trim(), line.amount.trim());
                if label.is_empty() {
                    out.push(FieldError { field: f, line: Some(i), problem: Problem::LineLabel });
                }
                if let Err(e) = parse_euro(amount) {
                    out.push(FieldError { field: f, line: Some(i), problem: Problem::LineAmount(e) });
                }
            }
        }
        _ => {}
    }
}

/// What is left of the Kommune's yearly maximum after what it already has this year; `None`
/// when the clerk does not know (or has not said) what that is.
pub fn yearly_left(d: &Draft, p: &KebProgramme) -> Option<u64> {
    let before = match d.answer("bisher").trim() {
        "0" => 0,
        n if n.parse::<u32>().is_ok() => parse_euro(d.answer("bisher_betrag")).ok()?,
        _ => return None,
    };
    Some(p.max_cents_per_kommune_year.saturating_sub(before))
}

/// Something the clerk should know before handing in, which does not stop the application
/// (the ministry decides).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The measure starts inside the lead time of `days`; in time would have been by `deadline`.
    Late { deadline: String, days: u32 },
    /// What the Kommune had this year is not known: the limits (`count` KEB, `max` cents a
    /// year) stand unchecked.
    LimitsUnknown { count: u32, max: u64 },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldWarning {
    pub field: &'static Field,
    pub warning: Warning,
}

/// The warnings on one step, in page order.
pub fn step_warnings(step: &'static Step, d: &Draft, r: &Rules) -> Vec<FieldWarning> {
    let mut out = Vec::new();
    for f in step.fields.iter().filter(|f| is_asked(f, d)) {
        let value = d.answer(f.id).trim();
        let warning = match f.kind {
            FieldKind::Start => match typed_date(value).and_then(|v| timing(&v, r.today, r.programme)) {
                Some(Timing::Late { deadline }) => Some(Warning::Late { deadline, days: r.programme.lead_days }),
                _ => None,
            },
            FieldKind::PriorCount if value == UNKNOWN => Some(Warning::LimitsUnknown {
                count: r.programme.max_per_kommune_year,
                max: r.programme.max_cents_per_kommune_year,
            }),
            _ => None,
        };
        out.extend(warning.map(|warning| FieldWarning { field: f, warning }));
    }
    out
}

/// Every warning of the application, step by step (the check page lists them).
pub fn all_warnings(d: &Draft, r: &Rules) -> Vec<(&'static Step, FieldWarning)> {
    STEPS.iter().flat_map(|s| step_warnings(s, d, r).into_iter().map(move |w| (s, w))).collect()
}

/// The problems on one step, in page order; empty when the step is complete.
pub fn check_step(step: &'static Step, d: &Draft, r: &Rules) -> Vec<FieldError> {
    let mut out = Vec::new();
    for f in step.fields.iter().filter(|f| is_asked(f, d)) {
        check_field(f, d, r, &mut out);
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    InProgress,
    Done,
}

pub fn status(step: &'static Step, d: &Draft, r: &Rules) -> Status {
    let touched = step.fields.iter().any(|f| match f.kind {
        FieldKind::CostLines => !d.costs.is_empty(),
        FieldKind::TargetGroups => !d.list(f.id).is_empty(),
        _ => d.answers.contains_key(f.id),
    });
    if !touched {
        Status::NotStarted
    } else if check_step(step, d, r).is_empty() {
        Status::Done
    } else {
        Status::InProgress
    }
}

/// The first step with problems, if any (where "Antrag senden" sends the user back to).
pub fn first_incomplete(d: &Draft, r: &Rules) -> Option<&'static Step> {
    STEPS.iter().find(|s| !check_step(s, d, r).is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_dataset;
    use crate::keb::domain::draft::CostLine;
    use crate::keb::domain::form::step;

    fn programme() -> KebProgramme {
        parse_dataset(include_str!("../../../data/be-netzwerke.json")).unwrap().keb
    }

    fn problems(step_id: &str, d: &Draft) -> Vec<(&'static str, Option<usize>, Problem)> {
        let p = programme();
        let networks = ["staedtenetzwerk".to_string()];
        let advisers = ["fb-staedte-1".to_string()];
        let r = Rules { programme: &p, networks: &networks, advisers: &advisers, today: "2026-11-25" };
        check_step(step(step_id).unwrap(), d, &r).into_iter().map(|e| (e.field.id, e.line, e.problem)).collect()
    }

    fn draft(answers: &[(&str, &str)]) -> Draft {
        let mut d = Draft::new("t".into(), "08311000".into(), String::new());
        for (k, v) in answers {
            d.set_answer(k, v.to_string());
        }
        d
    }

    #[test]
    fn an_empty_step_names_every_required_field_in_page_order() {
        let ids: Vec<_> = problems("massnahme", &draft(&[])).into_iter().map(|p| p.0).collect();
        assert_eq!(ids, ["titel", "format", "beginn", "ort"]);
    }

    #[test]
    fn cooperation_asks_for_the_organisation() {
        let base = [("netzwerk", "staedtenetzwerk"), ("art", "kommune")];
        assert!(problems("antragsteller", &draft(&base)).is_empty());
        let coop = draft(&[("netzwerk", "staedtenetzwerk"), ("art", "kooperation")]);
        assert_eq!(problems("antragsteller", &coop), [("organisation", None, Problem::Missing)]);
        // a network the Kommune is not a member of is no answer
        assert_eq!(problems("antragsteller", &draft(&[("netzwerk", "gemeindenetzwerk"), ("art", "kommune")]))[0].2, Problem::Missing);
    }

    #[test]
    fn dates_emails_and_limits() {
        let d = draft(&[("fachberatung", "fb-staedte-1"), ("datum", "2026-12-01")]);
        assert_eq!(problems("vorklaerung", &d), [("datum", None, Problem::Future)]);
        let d = draft(&[("fachberatung", "fb-staedte-1"), ("datum", "2026-02-30")]);
        assert_eq!(problems("vorklaerung", &d), [("datum", None, Problem::Date)]);
        let d = draft(&[("titel", "T"), ("format", "seminar"), ("beginn", "30.12.2026"), ("ende", "29.12.2026"), ("ort", "Rathaus")]);
        assert_eq!(problems("massnahme", &d), [("ende", None, Problem::EndBeforeStart)]);
        let d = draft(&[("name", "A"), ("email", "a@b")]);
        assert_eq!(problems("ansprechperson", &d), [("email", None, Problem::Email)]);
        let long = "ä".repeat(1501);
        let d = draft(&[("ausgangssituation", &long), ("anliegen", "x"), ("methode", "x"), ("ziel", "x")]);
        assert_eq!(problems("perspektive", &d), [("ausgangssituation", None, Problem::TooLong { max: 1500, len: 1501 })]);
    }

    #[test]
    fn two_target_groups_at_least_counting_the_free_text() {
        let mut d = draft(&[]);
        d.toggle("zielgruppen", "buergerschaft", true);
        assert_eq!(problems("zielgruppen", &d), [("zielgruppen", None, Problem::TooFewGroups(2))]);
        d.set_answer("weitere", "Jugendgemeinderat".into());
        assert!(problems("zielgruppen", &d).is_empty());
    }

    #[test]
    fn funding_within_the_maximum_and_the_costs() {
        let max = programme().max_funding_cents;
        let euros = |c: u64| format!("{},{:02}", c / 100, c % 100);
        let mut d = draft(&[("eigenbeitrag", "300"), ("eigenbeitrag_art", "Räume"), ("bisher", "0"), ("foerderung", &euros(max + 1))]);
        d.costs = vec![
            CostLine { label: "Moderation".into(), amount: euros(max) },
            CostLine { label: "Räume".into(), amount: "800,50 €".into() },
        ];
        assert_eq!(totals(&d), Totals { costs: max + 80_050, own: 30_000, requested: max + 1 });
        assert_eq!(problems("finanzierung", &d), [("foerderung", None, Problem::OverMaximum(max))]);
        d.costs[0].amount = euros(max / 2);
        d.costs[1].amount = "500".into();
        d.set_answer("foerderung", euros(max / 2 + 30_000));
        assert_eq!(problems("finanzierung", &d), [("foerderung", None, Problem::OverCosts(max / 2 + 20_000))]);
        d.set_answer("foerderung", format!("{} €", euros(max / 2 + 20_000)));
        assert!(problems("finanzierung", &d).is_empty());
        d.costs.push(CostLine { label: String::new(), amount: "zwölf".into() });
        assert_eq!(
            problems("finanzierung", &d),
            [("kosten", Some(2), Problem::LineLabel), ("kosten", Some(2), Problem::LineAmount(MoneyError::NotANumber))]
        );
        d.costs.pop();
        d.set_answer("eigenbeitrag", "0".into());
        assert_eq!(problems("finanzierung", &d)[0], ("eigenbeitrag", None, Problem::Zero));
    }

    fn measure(start: &str) -> Draft {
        draft(&[("titel", "T"), ("format", "seminar"), ("beginn", start), ("ort", "Rathaus")])
    }

    fn warnings_of(step_id: &str, d: &Draft, today: &str) -> Vec<Warning> {
        let p = programme();
        let r = Rules { programme: &p, networks: &[], advisers: &[], today };
        step_warnings(step(step_id).unwrap(), d, &r).into_iter().map(|w| w.warning).collect()
    }

    #[test]
    fn the_start_follows_the_programme_schedule() {
        // today is 2026-11-25 (see `problems`): the past is an error at the field
        assert_eq!(problems("massnahme", &measure("01.11.2026")), [("beginn", None, Problem::StartPast)]);
        assert_eq!(problems("massnahme", &measure("24.11.2026")), [("beginn", None, Problem::StartPast)]);
        // today, and inside the 28 days: no error, a warning with the day it would have been in time
        for (start, deadline) in [("25.11.2026", "2026-10-28"), ("8.12.26", "2026-11-10"), ("22.12.2026", "2026-11-24")] {
            assert!(problems("massnahme", &measure(start)).is_empty(), "{start}");
            assert_eq!(warnings_of("massnahme", &measure(start), "2026-11-25"), [Warning::Late { deadline: deadline.into(), days: 28 }], "{start}");
        }
        // exactly 28 days ahead and later: in time
        for start in ["23.12.2026", "31.12.2026"] {
            assert!(problems("massnahme", &measure(start)).is_empty() && warnings_of("massnahme", &measure(start), "2026-11-25").is_empty(), "{start}");
        }
        // 1 January: next year's application
        assert_eq!(problems("massnahme", &measure("1.1.2027")), [("beginn", None, Problem::StartLaterYear { year: 2027, deadline: None })]);
        assert_eq!(
            problems("massnahme", &measure("10.03.2027")),
            [("beginn", None, Problem::StartLaterYear { year: 2027, deadline: Some("2027-02-10".into()) })]
        );
    }

    fn funding(extra: &[(&str, &str)]) -> Draft {
        let mut d = draft(&[("eigenbeitrag", "100"), ("eigenbeitrag_art", "Räume")]);
        for (k, v) in extra {
            d.set_answer(k, v.to_string());
        }
        d.costs = vec![CostLine { label: "Moderation".into(), amount: "5.000".into() }];
        d
    }

    #[test]
    fn the_yearly_limits_per_kommune() {
        // the dataset's rules: at most 2 KEB and 3.000 € per Kommune and year
        assert!(problems("finanzierung", &funding(&[("bisher", "0"), ("foerderung", "3.000")])).is_empty());
        // one KEB of 1.200 € already: 1.800 € left
        assert!(problems("finanzierung", &funding(&[("bisher", "1"), ("bisher_betrag", "1.200"), ("foerderung", "1.800")])).is_empty());
        assert_eq!(
            problems("finanzierung", &funding(&[("bisher", "1"), ("bisher_betrag", "1200,-"), ("foerderung", "1.800,01")])),
            [("foerderung", None, Problem::OverYearly { left: 180_000, max: 300_000 })]
        );
        // the amount is asked once there is one
        assert_eq!(problems("finanzierung", &funding(&[("bisher", "1"), ("foerderung", "100")])), [("bisher_betrag", None, Problem::Missing)]);
        // two already: no third this year
        assert_eq!(problems("finanzierung", &funding(&[("bisher", "2"), ("bisher_betrag", "500"), ("foerderung", "100")]))[0], ("bisher", None, Problem::YearlyCount(2)));
        // not known: no check, the limits are stated
        let unknown = funding(&[("bisher", UNKNOWN), ("foerderung", "3.000")]);
        assert!(problems("finanzierung", &unknown).is_empty());
        assert_eq!(warnings_of("finanzierung", &unknown, "2026-11-25"), [Warning::LimitsUnknown { count: 2, max: 300_000 }]);
        // no answer is no answer
        assert_eq!(problems("finanzierung", &funding(&[("foerderung", "100")])), [("bisher", None, Problem::Missing)]);
    }
}
