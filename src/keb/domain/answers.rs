//! The answers as people read them (check page, confirmation, e-mail) and as the receiver reads
//! them (the submitted JSON). Both walk the same form table, so nothing asked is left out.

use super::dates::{format_typed_date, typed_date};
use super::draft::Draft;
use super::form::{Field, FieldKind, Step, STEPS};
use super::money::{format_euro, parse_euro};
use super::rules::{is_asked, totals};
use crate::export::json_text::{array, object, string};
use crate::i18n::Lang;
use crate::model::{IntakeFile, Model};
use crate::keb::domain::antrag_texts::AntragKey;

pub const APPLICATION_FORMAT: &str = "be-netzwerke/keb-antrag";
pub const APPLICATION_VERSION: u32 = 1;

fn euro(lang: Lang, typed: &str) -> String {
    parse_euro(typed).map(|c| format_euro(lang, c)).unwrap_or_else(|_| typed.to_string())
}

/// One answer for reading; empty when not answered.
pub fn answer_text(f: &Field, d: &Draft, model: &Model, lang: Lang) -> String {
    let en = lang == Lang::En;
    let value = d.answer(f.id).trim();
    let choice = |list: &[crate::model::Choice], id: &str| {
        list.iter().find(|c| c.id == id).map(|c| c.label(en).to_string()).unwrap_or_else(|| id.to_string())
    };
    match f.kind {
        FieldKind::Network => model.network(value).map(|n| n.short_name.clone()).unwrap_or_else(|| value.into()),
        FieldKind::Adviser => model.people.iter().find(|p| p.id == value).map(|p| p.name.clone()).unwrap_or_else(|| value.into()),
        FieldKind::ApplicantKind => match value {
            "kommune" => lang.t(AntragKey::KebKindKommune).into(),
            "kooperation" => lang.t(AntragKey::KebKindCooperation).into(),
            other => other.into(),
        },
        FieldKind::Format => {
            if value.is_empty() {
                String::new()
            } else {
                choice(&model.keb.formats, value)
            }
        }
        FieldKind::TargetGroups => {
            d.list(f.id).iter().map(|g| choice(&model.keb.target_groups, g)).collect::<Vec<_>>().join(", ")
        }
        FieldKind::Money => {
            if value.is_empty() {
                String::new()
            } else {
                euro(lang, value)
            }
        }
        FieldKind::CostLines => d
            .costs
            .iter()
            .filter(|c| !c.is_blank())
            .map(|c| format!("{}: {}", c.label.trim(), euro(lang, c.amount.trim())))
            .collect::<Vec<_>>()
            .join("\n"),
        FieldKind::Date | FieldKind::Start | FieldKind::PastDate | FieldKind::DateAfter(_) => format_typed_date(lang, value),
        FieldKind::PriorCount => prior_count_label(lang, value, model.keb.max_per_kommune_year),
        _ => value.to_string(),
    }
}

/// The choices for "how many KEB this year": none, 1 …, the maximum "or more", and "I do not
/// know", as (value, label).
pub fn prior_count_choices(lang: Lang, max: u32) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = (0..=max).map(|n| (n.to_string(), prior_count_label(lang, &n.to_string(), max))).collect();
    out.push((super::form::UNKNOWN.to_string(), lang.t(AntragKey::KebPriorUnknown).to_string()));
    out
}

fn prior_count_label(lang: Lang, value: &str, max: u32) -> String {
    match value.parse::<u32>() {
        Ok(0) => lang.t(AntragKey::KebPriorNone).into(),
        Ok(n) if n >= max => lang.t(AntragKey::KebPriorMore).replace("{n}", &max.to_string()),
        Ok(n) => n.to_string(),
        Err(_) if value == super::form::UNKNOWN => lang.t(AntragKey::KebPriorUnknown).into(),
        Err(_) => value.to_string(),
    }
}

/// The asked fields of a step with their answers.
pub fn step_answers(step: &'static Step, d: &Draft, model: &Model, lang: Lang) -> Vec<(&'static Field, String)> {
    step.fields.iter().filter(|f| is_asked(f, d)).map(|f| (f, answer_text(f, d, model, lang))).collect()
}

/// The file the network wants, in words ("PDF-Datei", "Antragsdatei (JSON)").
pub fn file_words(file: IntakeFile, lang: Lang) -> &'static str {
    lang.t(match file {
        IntakeFile::Pdf => AntragKey::KebFilePdf,
        IntakeFile::Json => AntragKey::KebFileJson,
    })
}

/// The e-mail that goes with the application file: subject and body, short (mail programs cut
/// long `mailto:` links), naming the measure, the Kommune, the reference and what is attached.
pub fn cover_mail(d: &Draft, model: &Model, reference: &str, file: IntakeFile, lang: Lang) -> (String, String) {
    let kommune = model.kommune(&d.kommune).map(|k| k.display_name()).unwrap_or_else(|| d.kommune.clone());
    let fill = |text: &str| {
        text.replace("{reference}", reference)
            .replace("{title}", d.answer("titel").trim())
            .replace("{kommune}", &kommune)
            .replace("{file}", file_words(file, lang))
            .replace("{name}", d.answer("name").trim())
    };
    (fill(lang.t(AntragKey::KebMailSubject)), fill(lang.t(AntragKey::KebMailBody)))
}

/// The reference of an application the user hands in themselves: the year and the last six
/// characters of its idempotency key ("KEB-2026-3X9F1C"), short enough to quote on the phone.
pub fn prepared_reference(key: &str, year: u16) -> String {
    let tail: String = key.chars().rev().take(6).collect::<Vec<_>>().into_iter().rev().collect();
    format!("KEB-{year}-{}", tail.to_ascii_uppercase())
}

/// When the application was made: sent to a receiver, or prepared as a file to hand in (a file
/// that was never sent must not say "gesendet").
#[derive(Clone, Copy, Debug)]
pub enum Made<'a> {
    Sent(&'a str),
    Prepared(&'a str),
}

/// The application as the receiver gets it (documented in README "Receiving KEB applications").
pub fn application_json(d: &Draft, model: &Model, key: &str, made: Made, lang: Lang) -> String {
    let cents = |typed: &str| parse_euro(typed).map(|c| c.to_string()).unwrap_or_else(|_| "null".into());
    let steps = STEPS.iter().map(|step| {
        let fields = step.fields.iter().filter(|f| is_asked(f, d)).map(|f| {
            let value = d.answer(f.id).trim();
            let json = match f.kind {
                FieldKind::TargetGroups => array(d.list(f.id).iter().map(|g| string(g)), ","),
                FieldKind::Money => cents(value),
                FieldKind::CostLines => array(
                    d.costs
                        .iter()
                        .filter(|c| !c.is_blank())
                        .map(|c| object([("bezeichnung", string(c.label.trim())), ("betrag_cent", cents(&c.amount))])),
                    ",",
                ),
                _ if value.is_empty() => "null".into(),
                // dates as the receiver reads them, whichever way they were typed
                FieldKind::Date | FieldKind::Start | FieldKind::PastDate | FieldKind::DateAfter(_) => string(&typed_date(value).unwrap_or_else(|| value.to_string())),
                _ => string(value),
            };
            // amounts in cents say so in their name
            let name = if f.kind == FieldKind::Money { format!("{}_cent", f.id) } else { f.id.to_string() };
            (name, json)
        });
        let mut fields: Vec<(String, String)> = fields.collect();
        if step.id == "finanzierung" {
            fields.push(("gesamtkosten_cent".into(), totals(d).costs.to_string()));
        }
        (step.id, object(fields.iter().map(|(k, v)| (k.as_str(), v.clone()))))
    });
    let kommune_name = model.kommune(&d.kommune).map(|k| k.display_name()).unwrap_or_default();
    let mut top = vec![
        ("format", string(APPLICATION_FORMAT)),
        ("version", APPLICATION_VERSION.to_string()),
        ("idempotency_key", string(key)),
        match made {
            Made::Sent(at) => ("gesendet", string(at)),
            Made::Prepared(at) => ("erstellt", string(at)),
        },
        ("sprache", string(lang.code())),
        ("kommune", object([("schluessel", string(&d.kommune)), ("name", string(&kommune_name))])),
    ];
    top.extend(steps);
    top.push(("erklaerung", (d.answer(super::form::DECLARATION) == "ja").to_string()));
    object(top)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_dataset;
    use crate::keb::domain::draft::CostLine;

    #[test]
    fn the_receiver_gets_typed_values_and_only_what_was_asked() {
        let model = parse_dataset(include_str!("../../../data/be-netzwerke.json")).unwrap();
        let mut d = Draft::new("e".into(), "08311000".into(), String::new());
        d.set_answer("art", "kommune".into());
        d.set_answer("organisation", "wird nicht gefragt".into());
        d.set_answer("titel", "Dialog \"Ehrenamt\" </script>".into());
        d.set_answer("eigenbeitrag", "1.200,50 €".into());
        d.set_answer("erklaerung", "ja".into());
        d.toggle("zielgruppen", "buergerschaft", true);
        d.costs = vec![CostLine { label: "Moderation".into(), amount: "1.500".into() }, CostLine::default()];
        let json = application_json(&d, &model, "k-1", Made::Sent("2026-11-25T10:00:00Z"), Lang::De);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["format"], APPLICATION_FORMAT);
        assert_eq!(v["idempotency_key"], "k-1");
        assert_eq!(v["kommune"]["name"], "Freiburg im Breisgau");
        assert!(v["antragsteller"].get("organisation").is_none());
        assert_eq!(v["massnahme"]["titel"], "Dialog \"Ehrenamt\" </script>");
        assert!(!json.contains("</script>"));
        assert_eq!(v["finanzierung"]["eigenbeitrag_cent"], 120_050);
        assert_eq!(v["finanzierung"]["kosten"], serde_json::json!([{"bezeichnung": "Moderation", "betrag_cent": 150_000}]));
        assert_eq!(v["finanzierung"]["gesamtkosten_cent"], 150_000);
        assert_eq!(v["zielgruppen"]["zielgruppen"], serde_json::json!(["buergerschaft"]));
        assert_eq!(v["erklaerung"], true);
        assert_eq!(v["gesendet"], "2026-11-25T10:00:00Z");
        // a file the user hands in was made, not sent
        let file: serde_json::Value = serde_json::from_str(&application_json(&d, &model, "k-1", Made::Prepared("2026-11-25T10:00:00Z"), Lang::De)).unwrap();
        assert_eq!((file.get("gesendet"), &file["erstellt"]), (None, &serde_json::json!("2026-11-25T10:00:00Z")));
    }

    #[test]
    fn the_cover_mail_is_short_and_says_what_is_attached() {
        let model = parse_dataset(include_str!("../../../data/be-netzwerke.json")).unwrap();
        let mut d = Draft::new("e".into(), "08311000".into(), String::new());
        d.set_answer("titel", "Zukunftswerkstatt „Ehrenamt 2030“".into());
        d.set_answer("name", "Erika Muster".into());
        d.set_answer("ausgangssituation", "x".repeat(1500));
        let reference = prepared_reference("keb-mi2k3x9f1c7q2h", 2026);
        assert_eq!(reference, "KEB-2026-1C7Q2H");
        let (subject, body) = cover_mail(&d, &model, &reference, IntakeFile::Pdf, Lang::De);
        assert_eq!(subject, format!("KEB-Antrag {reference}: Zukunftswerkstatt „Ehrenamt 2030“"));
        for expected in ["Freiburg im Breisgau", &reference, "PDF-Datei", "Erika Muster"] {
            assert!(body.contains(expected), "{expected} missing in\n{body}");
        }
        // the answers travel in the attachment, not in the link
        assert!(body.len() < 500 && !body.contains("xxxx"), "{body}");
        let (_, en) = cover_mail(&d, &model, &reference, IntakeFile::Json, Lang::En);
        assert!(en.contains("application file (JSON)"), "{en}");
    }

    #[test]
    fn people_read_names_labels_german_dates_and_amounts() {
        let model = parse_dataset(include_str!("../../../data/be-netzwerke.json")).unwrap();
        let mut d = Draft::new("e".into(), "08311000".into(), String::new());
        d.set_answer("netzwerk", "staedtenetzwerk".into());
        d.set_answer("format", "zukunftswerkstatt".into());
        d.set_answer("beginn", "2027-03-10".into());
        d.set_answer("foerderung", "1500".into());
        // every answer as the check page reads it, and the Kommune as the cover e-mail names it
        let mut text: String = STEPS.iter().flat_map(|s| step_answers(s, &d, &model, Lang::De)).map(|(_, v)| v + "\n").collect();
        text.push_str(&cover_mail(&d, &model, "KEB-2026-1C7Q2H", IntakeFile::Pdf, Lang::De).1);
        for expected in ["Freiburg im Breisgau", "StädteNetzWerk", "Zukunftswerkstatt", "10.03.2027", "1.500,00 €"] {
            assert!(text.contains(expected), "{expected} missing in\n{text}");
        }
    }
}
