//! Error messages in the GOV.UK manner: say what is wrong and how to fix it, in the words of
//! the question. Shown in the error summary and next to the field.

use super::money::{format_euro, MoneyError};
use super::dates::format_typed_date;
use super::rules::{FieldError, Problem, Warning};
use crate::i18n::Lang;
use crate::keb::domain::antrag_texts::AntragKey;

pub fn message(lang: Lang, e: &FieldError) -> String {
    let label = lang.t(e.field.label);
    let money = |m: &MoneyError| match m {
        MoneyError::Empty | MoneyError::NotANumber => AntragKey::KebMMoneyFormat,
        MoneyError::TooManyDecimals => AntragKey::KebMMoneyDecimals,
        MoneyError::Negative => AntragKey::KebMMoneyNegative,
        MoneyError::TooLarge => AntragKey::KebMMoneyTooLarge,
    };
    let text = match &e.problem {
        Problem::Missing => lang.t(e.field.missing.unwrap_or(AntragKey::KebMRequired)).to_string(),
        Problem::TooLong { max, len } => lang
            .t(AntragKey::KebMTooLong)
            .replace("{max}", &crate::i18n::format_int(lang, *max as u64))
            .replace("{len}", &crate::i18n::format_int(lang, *len as u64)),
        Problem::Email => lang.t(AntragKey::KebMEmailFormat).into(),
        Problem::Date => lang.t(AntragKey::KebMDateFormat).into(),
        Problem::Future => lang.t(AntragKey::KebMDateFuture).into(),
        Problem::StartPast => lang.t(AntragKey::KebMStartPast).into(),
        Problem::StartLaterYear { year, deadline } => {
            let text = match deadline {
                Some(d) => lang.t(AntragKey::KebMStartLaterYear).replace("{deadline}", &format_typed_date(lang, d)),
                None => lang.t(AntragKey::KebMStartLaterYearLate).to_string(),
            };
            text.replace("{year}", &year.to_string())
        }
        Problem::EndBeforeStart => lang.t(AntragKey::KebMEndBeforeStart).into(),
        Problem::TooFewGroups(min) => lang.t(AntragKey::KebMTooFewGroups).replace("{min}", &min.to_string()),
        Problem::Money(m) => lang.t(money(m)).into(),
        Problem::Zero => lang.t(AntragKey::KebMOwnZero).into(),
        Problem::OverMaximum(max) => lang.t(AntragKey::KebMOverMaximum).replace("{max}", &format_euro(lang, *max)),
        Problem::OverCosts(rest) => lang.t(AntragKey::KebMOverCosts).replace("{rest}", &format_euro(lang, *rest)),
        Problem::YearlyCount(max) => lang.t(AntragKey::KebMYearlyCount).replace("{count}", &max.to_string()),
        Problem::OverYearly { left, max } => {
            lang.t(AntragKey::KebMOverYearly).replace("{left}", &format_euro(lang, *left)).replace("{max}", &format_euro(lang, *max))
        }
        Problem::LineLabel => lang.t(AntragKey::KebMLineLabel).into(),
        Problem::LineAmount(_) => lang.t(AntragKey::KebMLineAmount).into(),
    };
    let text = text.replace("{label}", label);
    match e.line {
        Some(i) => format!("{} {}: {text}", lang.t(AntragKey::KebCostLine), i + 1),
        None => text,
    }
}

/// A warning in words: what it means and what to do.
pub fn warning(lang: Lang, w: &Warning) -> String {
    match w {
        Warning::Late { deadline, days } => {
            lang.t(AntragKey::KebWLate).replace("{deadline}", &format_typed_date(lang, deadline)).replace("{days}", &days.to_string())
        }
        Warning::LimitsUnknown { count, max } => {
            lang.t(AntragKey::KebWLimitsUnknown).replace("{count}", &count.to_string()).replace("{max}", &format_euro(lang, *max))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keb::domain::form::step;

    #[test]
    fn every_problem_reads_as_a_sentence_in_both_languages() {
        let fin = step("finanzierung").unwrap();
        let cases = [
            (&fin.fields[0], Some(1), Problem::LineAmount(MoneyError::NotANumber)),
            (&fin.fields[3], None, Problem::OverMaximum(150_000)),
            (&fin.fields[3], None, Problem::OverCosts(40_000)),
            (&fin.fields[5], None, Problem::OverYearly { left: 100_000, max: 300_000 }),
            (&fin.fields[3], None, Problem::YearlyCount(2)),
            (&step("massnahme").unwrap().fields[2], None, Problem::StartPast),
            (&step("massnahme").unwrap().fields[2], None, Problem::StartLaterYear { year: 2027, deadline: Some("2027-02-10".into()) }),
            (&step("massnahme").unwrap().fields[2], None, Problem::StartLaterYear { year: 2027, deadline: None }),
            (&fin.fields[1], None, Problem::Missing),
            (&step("perspektive").unwrap().fields[0], None, Problem::TooLong { max: 1500, len: 1612 }),
        ];
        for (field, line, problem) in cases {
            for lang in [Lang::De, Lang::En] {
                let text = message(lang, &FieldError { field, line, problem: problem.clone() });
                assert!(!text.contains('{'), "{text}");
                assert!(text.len() > 12, "{text}");
            }
        }
        for w in [Warning::Late { deadline: "2026-11-22".into(), days: 28 }, Warning::LimitsUnknown { count: 2, max: 300_000 }] {
            for lang in [Lang::De, Lang::En] {
                assert!(!warning(lang, &w).contains('{'), "{}", warning(lang, &w));
            }
        }
        assert!(warning(Lang::De, &Warning::Late { deadline: "2026-11-22".into(), days: 28 }).contains("22.11.2026"));
        assert!(warning(Lang::En, &Warning::Late { deadline: "2026-11-22".into(), days: 28 }).contains("22/11/2026"));
        let e = FieldError { field: &fin.fields[3], line: None, problem: Problem::OverMaximum(150_000) };
        assert!(message(Lang::De, &e).contains("1.500,00 €"));
        let e = FieldError { field: &fin.fields[0], line: Some(1), problem: Problem::LineLabel };
        assert!(message(Lang::De, &e).starts_with("Kostenposition 2: "));
        let e = FieldError { field: &step("perspektive").unwrap().fields[0], line: None, problem: Problem::TooLong { max: 1500, len: 1612 } };
        assert!(message(Lang::De, &e).contains("1.500") && message(Lang::De, &e).contains("1.612"));
    }

}
