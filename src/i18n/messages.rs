//! Data errors as sentences a data editor or visitor understands, in both languages.

use super::Lang;
use crate::model::untrusted::{forbidden_char, is_bidi_control};
use crate::model::{DataError, DataErrorKind, Expected, Found, MAX_BYTES};

/// A value from the data as it may appear in a message: control and bidi characters replaced,
/// long values cut, so the message reads as it is written.
fn shown(value: &str) -> String {
    const MAX: usize = 80;
    let clean: String = value.chars().map(|c| if c.is_control() || is_bidi_control(c) { '\u{fffd}' } else { c }).collect();
    debug_assert!(forbidden_char(&clean, false).is_none());
    if clean.chars().count() > MAX { clean.chars().take(MAX).chain(['…']).collect() } else { clean }
}

fn number(lang: Lang, x: f64) -> String {
    if x.fract() != 0.0 || x.abs() > 1e15 {
        return super::fixed(x, 2, if lang.is_en() { '.' } else { ',' });
    }
    let sign = if x < 0.0 { "-" } else { "" };
    format!("{sign}{}", super::format_int(lang, x.abs() as u64))
}

fn found(lang: Lang, f: &Found) -> String {
    let en = lang.is_en();
    match f {
        Found::Text(t) if en => format!("the text \"{}\"", shown(t)),
        Found::Text(t) => format!("der Text „{}“", shown(t)),
        Found::Number(x) if en => format!("the number {}", number(lang, *x)),
        Found::Number(x) => format!("die Zahl {}", number(lang, *x)),
        Found::Bool(b) => format!("{b}"),
        Found::Null if en => "nothing (null)".into(),
        Found::Null => "nichts (null)".into(),
        Found::List if en => "a list".into(),
        Found::List => "eine Liste".into(),
        Found::Object if en => "an object".into(),
        Found::Object => "ein Objekt".into(),
    }
}

fn expected(lang: Lang, e: &Expected) -> String {
    let en = lang.is_en();
    match e {
        Expected::WholeNumber if en => "a whole number of 0 or more".into(),
        Expected::WholeNumber => "eine ganze Zahl ab 0".into(),
        Expected::Number if en => "a number".into(),
        Expected::Number => "eine Zahl".into(),
        Expected::Text if en => "a text in quotes".into(),
        Expected::Text => "ein Text in Anführungszeichen".into(),
        Expected::YesNo if en => "true or false".into(),
        Expected::YesNo => "true oder false".into(),
        Expected::List if en => "a list [ … ]".into(),
        Expected::List => "eine Liste [ … ]".into(),
        Expected::Object if en => "an object { … }".into(),
        Expected::Object => "ein Objekt { … }".into(),
        Expected::OneOf(values) => {
            let list = values.iter().map(|v| if en { format!("\"{}\"", shown(v)) } else { format!("„{}“", shown(v)) }).collect::<Vec<_>>().join(", ");
            if en { format!("one of {list}") } else { format!("einer der Werte {list}") }
        }
    }
}

pub fn describe_data_error(lang: Lang, e: &DataError) -> String {
    use DataErrorKind::*;
    let en = lang.is_en();
    let at = if e.path.is_empty() {
        String::new()
    } else if en {
        format!(" (at {})", e.path)
    } else {
        format!(" (bei {})", e.path)
    };
    let mb = |b: usize| super::fixed(b as f64 / 1_048_576.0, 1, if lang.is_en() { '.' } else { ',' });
    let text = match (&e.kind, en) {
        (TooLarge { bytes }, false) => format!("Die Datei ist zu groß: {} MB, erlaubt sind höchstens {} MB", mb(*bytes), mb(MAX_BYTES)),
        (TooLarge { bytes }, true) => format!("The file is too large: {} MB, at most {} MB are allowed", mb(*bytes), mb(MAX_BYTES)),
        (Syntax { line, column }, false) => format!("Die Antwort ist kein gültiges JSON: Fehler in Zeile {line}, Spalte {column}"),
        (Syntax { line, column }, true) => format!("The response is not valid JSON: error at line {line}, column {column}"),
        (NotAnObject, false) => "Die Daten müssen ein JSON-Objekt sein".into(),
        (NotAnObject, true) => "The data must be a JSON object".into(),
        (SchemaVersion { found: Found::Number(x) }, false) => format!("Falsche Schema-Version {}: diese App liest Version {}", number(lang, *x), crate::model::SCHEMA_VERSION),
        (SchemaVersion { found: Found::Number(x) }, true) => format!("Wrong schema version {}: this app reads version {}", number(lang, *x), crate::model::SCHEMA_VERSION),
        (SchemaVersion { found: f }, false) => format!("Falsche Schema-Version: gefunden {}, diese App liest Version {}", found(lang, f), crate::model::SCHEMA_VERSION),
        (SchemaVersion { found: f }, true) => format!("Wrong schema version: found {}, this app reads version {}", found(lang, f), crate::model::SCHEMA_VERSION),
        (MissingField { field }, false) => format!("Pflichtfeld „{field}“ fehlt"),
        (MissingField { field }, true) => format!("Required field \"{field}\" is missing"),
        (WrongValue { found: f, expected: x }, false) => format!("Erwartet: {}, gefunden: {}", expected(lang, x), found(lang, f)),
        (WrongValue { found: f, expected: x }, true) => format!("Expected {}, found {}", expected(lang, x), found(lang, f)),
        (UnsafeLink { value }, false) => format!("„{}“ ist keine Webadresse mit https:// (oder http://) und wird nicht verlinkt", shown(value)),
        (UnsafeLink { value }, true) => format!("\"{}\" is not a web address starting with https:// (or http://) and is not linked", shown(value)),
        (InvalidEmail { value }, false) => format!("„{}“ ist keine gültige E-Mail-Adresse (name@domain.de, ohne Zusätze wie ?bcc=)", shown(value)),
        (InvalidEmail { value }, true) => format!("\"{}\" is not a valid e-mail address (name@domain.org, with nothing like ?bcc= added)", shown(value)),
        (InvalidPhone { value }, false) => format!("„{}“ ist keine gültige Telefonnummer (Ziffern, Leerzeichen, + - / ( ))", shown(value)),
        (InvalidPhone { value }, true) => format!("\"{}\" is not a valid phone number (digits, spaces, + - / ( ))", shown(value)),
        (ForbiddenCharacter { code }, false) => format!("Der Text enthält das unzulässige Steuerzeichen {code} (es kann verändern, wie der Text angezeigt wird)"),
        (ForbiddenCharacter { code }, true) => format!("The text contains the control character {code}, which is not allowed (it can change how the text is displayed)"),
        (TooLong { max, len }, false) => format!("Der Text ist zu lang: {} Zeichen, erlaubt sind höchstens {}", super::format_int(lang, *len as u64), super::format_int(lang, *max as u64)),
        (TooLong { max, len }, true) => format!("The text is too long: {} characters, at most {} are allowed", super::format_int(lang, *len as u64), super::format_int(lang, *max as u64)),
        (OutOfRange { value, min, max }, false) => format!("Der Wert {} liegt außerhalb des Plausiblen ({} bis {})", number(lang, *value), number(lang, *min), number(lang, *max)),
        (OutOfRange { value, min, max }, true) => format!("The value {} is not plausible (expected {} to {})", number(lang, *value), number(lang, *min), number(lang, *max)),
        (UnknownReference { value }, false) => format!("Verweis auf „{}“, das es in den Daten nicht gibt", shown(value)),
        (UnknownReference { value }, true) => format!("Reference to \"{}\", which does not exist in the data", shown(value)),
        (Duplicate { id }, false) => format!("Die Kennung „{}“ kommt mehrfach vor", shown(id)),
        (Duplicate { id }, true) => format!("The id \"{}\" occurs more than once", shown(id)),
        (InvalidDate { value }, false) => format!("Ungültiges Datum „{}“", shown(value)),
        (InvalidDate { value }, true) => format!("Invalid date \"{}\"", shown(value)),
        (EndBeforeStart { start, end }, false) => format!("Das Ende „{}“ liegt vor dem Beginn „{}“", shown(end), shown(start)),
        (EndBeforeStart { start, end }, true) => format!("The end \"{}\" is before the start \"{}\"", shown(end), shown(start)),
        (NoSource, false) => "Ein echter Eintrag braucht eine Quelle (source) – sonst ist er als Beispiel zu kennzeichnen (example: true)".into(),
        (NoSource, true) => "A real record needs a source (source) – otherwise mark it as an example (example: true)".into(),
        (PlaceMismatch { town, kommune }, false) => format!("Der Ort „{}“ in der Adresse ist nicht die Kommune „{}“", shown(town), shown(kommune)),
        (PlaceMismatch { town, kommune }, true) => format!("The town \"{}\" in the address is not the municipality \"{}\"", shown(town), shown(kommune)),
        (Network, false) => "Die Datenquelle ist nicht erreichbar (Netzwerkfehler)".into(),
        (Network, true) => "The data source cannot be reached (network error)".into(),
        (Timeout, false) => "Die Datenquelle hat nicht innerhalb von 10 Sekunden geantwortet".into(),
        (Timeout, true) => "The data source did not answer within 10 seconds".into(),
        (Http { status }, false) => format!("Die Datenquelle antwortet mit dem Fehler HTTP {status}"),
        (Http { status }, true) => format!("The data source answered with error HTTP {status}"),
    };
    format!("{text}{at}.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_place() {
        let e = DataError::new(DataErrorKind::MissingField { field: "name".into() }, "kommunen[3]");
        assert_eq!(describe_data_error(Lang::De, &e), "Pflichtfeld „name“ fehlt (bei kommunen[3]).");
        assert_eq!(describe_data_error(Lang::En, &e), "Required field \"name\" is missing (at kommunen[3]).");
        let s = DataError::new(DataErrorKind::Syntax { line: 2, column: 7 }, "");
        assert!(describe_data_error(Lang::De, &s).contains("Zeile 2, Spalte 7"));
    }

    #[test]
    fn wrong_values_are_explained_without_serde_wording() {
        let e = DataError::new(DataErrorKind::WrongValue { found: Found::Number(-5.0), expected: Expected::WholeNumber }, "kreise[2].population");
        assert_eq!(describe_data_error(Lang::De, &e), "Erwartet: eine ganze Zahl ab 0, gefunden: die Zahl -5 (bei kreise[2].population).");
        assert_eq!(describe_data_error(Lang::En, &e), "Expected a whole number of 0 or more, found the number -5 (at kreise[2].population).");
        let r = DataError::new(DataErrorKind::OutOfRange { value: 52.52, min: 47.5, max: 49.85 }, "kommunen[1].lat");
        assert_eq!(describe_data_error(Lang::De, &r), "Der Wert 52,52 liegt außerhalb des Plausiblen (47,50 bis 49,85) (bei kommunen[1].lat).");
    }

    #[test]
    fn a_hostile_value_cannot_turn_its_message_around() {
        let e = DataError::new(DataErrorKind::UnknownReference { value: "abc\u{202E}fed".into() }, "");
        let text = describe_data_error(Lang::De, &e);
        assert!(!text.contains('\u{202E}') && text.contains("abc\u{fffd}fed"), "{text}");
        let long = DataError::new(DataErrorKind::UnsafeLink { value: "javascript:".to_string() + &"x".repeat(500) }, "");
        assert!(describe_data_error(Lang::En, &long).chars().count() < 200);
    }
}
