//! The dataset's JSON Schema, made from its Rust types (`DatasetFile` in records.rs, doc comments as
//! descriptions) and the field rules (fields.rs: length limits, patterns, plausible ranges), so the
//! shape is written once. `cargo run --bin dataset-schema` writes data/schema/be-netzwerke.schema.json;
//! the test command checks that the committed file is what this makes.

use schemars::generate::SchemaSettings;
use serde_json::{json, Value};

use super::fields::{number_range, text_rule, TextKind};
use super::records::DatasetFile;
use super::validate::SCHEMA_VERSION;

const DESCRIPTION: &str = "One document with everything the app shows. Records with \"example\": true are \
invented placeholders and are marked 'Beispiel' in the app. Check a file with: cargo run --bin check-data -- FILE. \
Every text has the maxLength stated here; texts contain no control characters (line breaks only in de/en) and no \
bidi controls (U+202A–U+202E, U+2066–U+2069); links are http(s) addresses only (http becomes a link only where the \
operator allows it), e-mail addresses and phone numbers carry nothing else; coordinates lie in Baden-Württemberg.";

/// The schema of a dataset file (JSON Schema draft 2020-12).
pub fn dataset_schema() -> Value {
    let schema = SchemaSettings::draft2020_12().into_generator().into_root_schema_for::<DatasetFile>();
    let mut root = schema.to_value();
    root["$id"] = json!("be-netzwerke.schema.json");
    root["title"] = json!("be-netzwerke dataset");
    root["description"] = json!(DESCRIPTION);
    root["properties"]["schema_version"] = json!({
        "const": SCHEMA_VERSION,
        "description": "Version of this schema; the app refuses other versions.",
    });
    apply_field_rules(&mut root);
    root
}

/// Gives every property the rule of its field name, wherever it sits.
fn apply_field_rules(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get_mut("properties") {
                for (field, property) in properties.iter_mut() {
                    apply_rule(field, property);
                }
            }
            // schemars' "uint32", "double" … are no formats of JSON Schema
            if map.get("format").is_some_and(|f| f.as_str().is_some_and(|f| f.starts_with("int") || f.starts_with("uint") || f == "double")) {
                map.remove("format");
            }
            map.values_mut().for_each(apply_field_rules);
        }
        Value::Array(items) => items.iter_mut().for_each(apply_field_rules),
        _ => {}
    }
}

fn apply_rule(field: &str, property: &mut Value) {
    if has_type(property, "array") {
        return apply_rule(field, &mut property["items"]);
    }
    if has_type(property, "string") && property.get("enum").is_none() {
        property["maxLength"] = json!(text_rule(field).max_chars);
        if let (None, Some(pattern)) = (property.get("pattern"), text_pattern(field)) {
            property["pattern"] = json!(pattern);
        }
    }
    if let Some((min, max)) = number_range(field).filter(|_| has_type(property, "number") || has_type(property, "integer")) {
        property["minimum"] = number(min);
        property["maximum"] = number(max);
    }
    if field == "example" {
        property["description"] = json!("true: invented placeholder, shown with a 'Beispiel' badge.");
    }
}

fn has_type(property: &Value, wanted: &str) -> bool {
    match &property["type"] {
        Value::String(t) => t == wanted,
        Value::Array(types) => types.iter().any(|t| t == wanted),
        _ => false,
    }
}

/// 47.5 stays 47.5, 2000000 is written without ".0".
fn number(x: f64) -> Value {
    if x.fract() == 0.0 { json!(x as i64) } else { json!(x) }
}

/// The rule of a link, e-mail or phone field as a regular expression; the app checks the same in
/// code (untrusted.rs), without a regex engine in the wasm.
fn text_pattern(field: &str) -> Option<&'static str> {
    Some(match text_rule(field).kind {
        TextKind::WebUrl => r#"^[Hh][Tt][Tt][Pp][Ss]?://[^\s\\"<>`@/?#]+([/?#][^\s\\"<>`]*)?$"#,
        TextKind::Email => r"^[A-Za-z0-9._+-]+@[^\s@?&%,/]+\.[^\s@?&%,/.0-9]{2,}$",
        TextKind::Phone => r"^\+?[0-9 ()/-]{3,39}$",
        TextKind::Line | TextKind::Paragraph => return None,
    })
}
