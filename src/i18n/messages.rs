//! Data errors as sentences a data editor or visitor understands, in both languages.

use super::Lang;
use crate::model::{DataError, DataErrorKind, MAX_BYTES};

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
        (SchemaVersion { found }, false) => format!("Falsche Schema-Version {found}: diese App liest Version {}", crate::model::SCHEMA_VERSION),
        (SchemaVersion { found }, true) => format!("Wrong schema version {found}: this app reads version {}", crate::model::SCHEMA_VERSION),
        (MissingField { field }, false) => format!("Pflichtfeld „{field}“ fehlt"),
        (MissingField { field }, true) => format!("Required field \"{field}\" is missing"),
        (InvalidValue { detail }, false) => format!("Ungültiger Wert: {detail}"),
        (InvalidValue { detail }, true) => format!("Invalid value: {detail}"),
        (UnknownReference { value }, false) => format!("Verweis auf „{value}“, das es in den Daten nicht gibt"),
        (UnknownReference { value }, true) => format!("Reference to \"{value}\", which does not exist in the data"),
        (Duplicate { id }, false) => format!("Die Kennung „{id}“ kommt mehrfach vor"),
        (Duplicate { id }, true) => format!("The id \"{id}\" occurs more than once"),
        (InvalidDate { value }, false) => format!("Ungültiges Datum „{value}“"),
        (InvalidDate { value }, true) => format!("Invalid date \"{value}\""),
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
}
