//! Error messages in the GOV.UK manner: say what is wrong and how to fix it, in the words of
//! the question. Shown in the error summary and next to the field.

use super::money::{format_euro, MoneyError};
use super::rules::{FieldError, Problem};
use crate::i18n::{Key, Lang};

pub fn message(lang: Lang, e: &FieldError) -> String {
    let label = lang.t(e.field.label);
    let money = |m: &MoneyError| match m {
        MoneyError::Empty | MoneyError::NotANumber => Key::KebMMoneyFormat,
        MoneyError::TooManyDecimals => Key::KebMMoneyDecimals,
        MoneyError::Negative => Key::KebMMoneyNegative,
        MoneyError::TooLarge => Key::KebMMoneyTooLarge,
    };
    let text = match &e.problem {
        Problem::Missing => lang.t(e.field.missing.unwrap_or(Key::KebMRequired)).to_string(),
        Problem::TooLong { max, len } => lang
            .t(Key::KebMTooLong)
            .replace("{max}", &crate::i18n::format_int(lang, *max as u64))
            .replace("{len}", &crate::i18n::format_int(lang, *len as u64)),
        Problem::Email => lang.t(Key::KebMEmailFormat).into(),
        Problem::Date => lang.t(Key::KebMDateFormat).into(),
        Problem::Future => lang.t(Key::KebMDateFuture).into(),
        Problem::EndBeforeStart => lang.t(Key::KebMEndBeforeStart).into(),
        Problem::TooFewGroups(min) => lang.t(Key::KebMTooFewGroups).replace("{min}", &min.to_string()),
        Problem::Money(m) => lang.t(money(m)).into(),
        Problem::Zero => lang.t(Key::KebMOwnZero).into(),
        Problem::OverMaximum(max) => lang.t(Key::KebMOverMaximum).replace("{max}", &format_euro(*max)),
        Problem::OverCosts(rest) => lang.t(Key::KebMOverCosts).replace("{rest}", &format_euro(*rest)),
        Problem::LineLabel => lang.t(Key::KebMLineLabel).into(),
        Problem::LineAmount(_) => lang.t(Key::KebMLineAmount).into(),
    };
    let text = text.replace("{label}", label);
    match e.line {
        Some(i) => format!("{} {}: {text}", lang.t(Key::KebCostLine), i + 1),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wizard::form::step;

    #[test]
    fn every_problem_reads_as_a_sentence_in_both_languages() {
        let fin = step("finanzierung").unwrap();
        let cases = [
            (&fin.fields[0], Some(1), Problem::LineAmount(MoneyError::NotANumber)),
            (&fin.fields[3], None, Problem::OverMaximum(150_000)),
            (&fin.fields[3], None, Problem::OverCosts(40_000)),
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
        let e = FieldError { field: &fin.fields[3], line: None, problem: Problem::OverMaximum(150_000) };
        assert!(message(Lang::De, &e).contains("1.500,00 €"));
        let e = FieldError { field: &fin.fields[0], line: Some(1), problem: Problem::LineLabel };
        assert!(message(Lang::De, &e).starts_with("Kostenposition 2: "));
        let e = FieldError { field: &step("perspektive").unwrap().fields[0], line: None, problem: Problem::TooLong { max: 1500, len: 1612 } };
        assert!(message(Lang::De, &e).contains("1.500") && message(Lang::De, &e).contains("1.612"));
    }
}
