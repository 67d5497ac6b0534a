//! serde's error messages, turned into kinds the app translates: a data editor reads
//! "Erwartet: eine ganze Zahl ab 0, gefunden: -5", not "invalid value: integer `-5`, expected u32".

use serde_json::Value;

use super::{DataError, DataErrorKind};

/// What a wrong value was, as far as a message shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    Text(String),
    Number(String),
    Bool(bool),
    Null,
    List,
    Object,
    Unknown,
}

impl Found {
    pub fn of(v: &Value) -> Found {
        match v {
            Value::String(s) => Found::Text(s.clone()),
            Value::Number(n) => Found::Number(n.to_string()),
            Value::Bool(b) => Found::Bool(*b),
            Value::Null => Found::Null,
            Value::Array(_) => Found::List,
            Value::Object(_) => Found::Object,
        }
    }

    /// From the part of serde's message after "invalid type: " / "invalid value: ".
    fn parse(s: &str) -> Found {
        let quoted = || s.split(['"', '`']).nth(1).unwrap_or_default().to_string();
        match s {
            _ if s.starts_with("string") => Found::Text(quoted()),
            _ if s.starts_with("integer") || s.starts_with("floating point") => Found::Number(quoted()),
            _ if s.starts_with("boolean") => Found::Bool(quoted() == "true"),
            "null" | "unit" => Found::Null,
            "sequence" => Found::List,
            "map" => Found::Object,
            _ => Found::Unknown,
        }
    }
}

/// What the field takes.
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    WholeNumber,
    Number,
    Text,
    YesNo,
    List,
    Object,
    OneOf(Vec<String>),
    Other,
}

impl Expected {
    fn parse(s: &str) -> Expected {
        let s = s.trim();
        match s {
            "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" => Expected::WholeNumber,
            "f32" | "f64" => Expected::Number,
            "a string" | "a borrowed string" | "a character" => Expected::Text,
            "a boolean" => Expected::YesNo,
            "a sequence" => Expected::List,
            "a map" => Expected::Object,
            _ if s.starts_with("struct ") => Expected::Object,
            _ if s.starts_with("one of ") || s.starts_with('`') => {
                Expected::OneOf(s.split('`').skip(1).step_by(2).map(String::from).collect())
            }
            _ => Expected::Other,
        }
    }
}

/// Turns serde's message into a kind we can translate; nothing of its wording is kept.
pub fn classify(message: &str, path: String) -> DataError {
    let kind = if let Some(rest) = message.strip_prefix("missing field `") {
        DataErrorKind::MissingField { field: rest.split('`').next().unwrap_or_default().to_string() }
    } else if let Some(rest) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        DataErrorKind::WrongValue { found: Found::parse(found), expected: Expected::parse(expected) }
    } else if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        let found = Found::Text(found.trim_matches('`').to_string());
        DataErrorKind::WrongValue { found, expected: Expected::parse(expected) }
    } else {
        DataErrorKind::InvalidValue
    };
    DataError::new(kind, path)
}
/// Finds the field a serde error message is about: the first value in the record that the
/// message quotes (`invalid type: string "viele", expected u32`). Cheaper in wasm than tracking
/// the path during deserialisation; exact for the type and value errors editors make.
pub fn locate(record: &Value, message: &str) -> Option<String> {
    if message.starts_with("missing field") {
        return None; // the field is named in the message; the path is the record's
    }
    // only the part naming what was found, not the list of what was expected
    let found = message.split(", expected").next().unwrap_or(message);
    // serde quotes the value it found: string "viele", integer `-4`, unknown variant `x`
    let quoted = found.split(['"', '`']).nth(1);
    let matches = |v: &Value| match (v, quoted) {
        (Value::String(s), Some(q)) => s == q,
        (Value::Number(n), Some(q)) => q.parse::<i64>().ok().is_some_and(|q| n.as_i64() == Some(q)),
        (Value::Bool(b), Some(q)) => q == if *b { "true" } else { "false" },
        (Value::Null, _) => found.ends_with("null"),
        (Value::Array(_), _) => found.ends_with("sequence"),
        (Value::Object(_), _) => found.ends_with("map"),
        _ => false,
    };
    walk(record, &matches, String::new())
}

fn walk(v: &Value, matches: &dyn Fn(&Value) -> bool, path: String) -> Option<String> {
    let children: Vec<(String, &Value)> = match v {
        Value::Object(map) => map.iter().map(|(k, c)| (if path.is_empty() { k.clone() } else { path.clone() + "." + k }, c)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(i, c)| (path.clone() + "[" + &i.to_string() + "]", c)).collect(),
        _ => return None,
    };
    // a direct child first (the usual case), then nested values
    children
        .iter()
        .find(|(_, c)| matches(c))
        .map(|(p, _)| p.clone())
        .or_else(|| children.into_iter().find_map(|(p, c)| walk(c, matches, p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(message: &str) -> DataErrorKind {
        classify(message, String::new()).kind
    }

    #[test]
    fn serde_messages_become_translatable_kinds() {
        assert_eq!(
            kind("invalid value: integer `-5`, expected u32"),
            DataErrorKind::WrongValue { found: Found::Number("-5".into()), expected: Expected::WholeNumber }
        );
        assert_eq!(
            kind("invalid type: string \"viele\", expected u32"),
            DataErrorKind::WrongValue { found: Found::Text("viele".into()), expected: Expected::WholeNumber }
        );
        assert_eq!(
            kind("unknown variant `dorf`, expected one of `gemeinde`, `stadt`"),
            DataErrorKind::WrongValue { found: Found::Text("dorf".into()), expected: Expected::OneOf(vec!["gemeinde".into(), "stadt".into()]) }
        );
        assert_eq!(
            kind("invalid type: null, expected struct Text"),
            DataErrorKind::WrongValue { found: Found::Null, expected: Expected::Object }
        );
        assert_eq!(kind("missing field `plz`"), DataErrorKind::MissingField { field: "plz".into() });
        assert_eq!(kind("something serde says one day"), DataErrorKind::InvalidValue);
    }
}
