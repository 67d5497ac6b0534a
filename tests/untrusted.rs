//! Data is untrusted input: one failing case per class, through the validation the app and
//! `check-data` both use, and the schema stating the same limits.
#![cfg(not(target_arch = "wasm32"))]

use be_netzwerke::i18n::{describe_data_error, Lang};
use be_netzwerke::model::{number_range, parse_dataset, text_rule, DataErrorKind};
use serde_json::{json, Value};

const BUNDLED: &str = include_str!("../data/be-netzwerke.json");
const SCHEMA: &str = include_str!("../data/schema/be-netzwerke.schema.json");

fn with(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(BUNDLED).unwrap();
    edit(&mut v);
    v.to_string()
}

fn refused(edit: impl FnOnce(&mut Value)) -> Vec<(DataErrorKind, String)> {
    parse_dataset(&with(edit)).expect_err("must be refused").into_iter().map(|e| (e.kind, e.path)).collect()
}

#[test]
fn links_that_are_not_web_addresses_are_refused_with_their_path() {
    let e = refused(|v| {
        v["events"][0]["registration_url"] = json!("javascript:alert(document.domain)");
        v["events"][1]["online_url"] = json!("data:text/html,<script>alert(1)</script>");
        v["networks"][0]["contact"]["web"] = json!("//evil.example/");
        v["sources"][0]["url"] = json!("https://amt.de@evil.example/");
    });
    let paths: Vec<&str> = e.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(paths, ["events[0].registration_url", "events[1].online_url", "networks[0].contact.web", "sources[0].url"]);
    assert!(e.iter().all(|(k, _)| matches!(k, DataErrorKind::UnsafeLink { .. })), "{e:?}");
}

#[test]
fn addresses_that_carry_more_into_mailto_or_tel_are_refused() {
    let e = refused(|v| {
        v["people"][0]["email"] = json!("fachberatung@example.org?bcc=alle@evil.example&body=Bitte%20überweisen");
        v["operator"]["phone"] = json!("+49 711 0;ext=javascript:x");
    });
    assert!(matches!(&e[0], (DataErrorKind::InvalidPhone { .. }, p) if p == "operator.phone"), "{e:?}");
    assert!(matches!(&e[1], (DataErrorKind::InvalidEmail { .. }, p) if p == "people[0].email"), "{e:?}");
}

#[test]
fn control_and_bidi_characters_are_refused_in_every_text() {
    let e = refused(|v| {
        v["kommunen"][0]["name"] = json!("Stuttgart\u{202E}moc.live");
        v["events"][0]["title"] = json!("Treffen\u{0007}");
        v["networks"][1]["description"]["de"] = json!("Absatz 1\n\nAbsatz 2\u{2066}");
    });
    let paths: Vec<&str> = e.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(paths, ["events[0].title", "kommunen[0].name", "networks[1].description.de"]);
    assert_eq!(e[1].0, DataErrorKind::ForbiddenCharacter { code: "U+202E".into() });
    // line breaks stay allowed where a text has paragraphs
    assert!(parse_dataset(&with(|v| v["networks"][1]["description"]["de"] = json!("Absatz 1\n\nAbsatz 2"))).is_ok());
}

#[test]
fn every_text_has_a_length_limit() {
    let e = refused(|v| {
        v["kommunen"][0]["name"] = json!("S".repeat(301));
        v["networks"][0]["description"]["de"] = json!("x".repeat(2001));
    });
    assert_eq!(e[0], (DataErrorKind::TooLong { max: 300, len: 301 }, "kommunen[0].name".into()));
    assert_eq!(e[1], (DataErrorKind::TooLong { max: 2000, len: 2001 }, "networks[0].description.de".into()));
}

#[test]
fn coordinates_outside_baden_wuerttemberg_and_implausible_numbers_are_refused() {
    let e = refused(|v| {
        v["kommunen"][0]["lat"] = json!(52.52);
        v["kommunen"][0]["lon"] = json!(13.40);
        v["kreise"][0]["population"] = json!(90_000_000);
        // a typo in the year: 2206 for 2026
        v["events"][0]["start"] = json!("2206-04-23T10:00");
        v["events"][0]["end"] = json!("2206-04-23T16:30");
    });
    let paths: Vec<&str> = e.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(paths, ["kommunen[0].lat", "kommunen[0].lon", "kreise[0].population", "events[0].start", "events[0].end"], "{e:?}");
}

#[test]
fn a_file_with_a_byte_order_mark_is_read() {
    let text = format!("\u{feff}{BUNDLED}");
    assert_eq!(parse_dataset(&text).map(|m| m.kommunen.len()).ok(), Some(1101 + 35));
}

#[test]
fn messages_are_in_the_users_language_without_serde_wording() {
    let errors = parse_dataset(&with(|v| {
        v["kreise"][0]["n_gemeinden"] = json!(true);
        v["kommunen"][0]["type"] = json!("dorf");
        v["kommunen"][1]["population"] = json!("viele");
        v["events"][0]["all_day"] = json!("ja");
        v["memberships"] = json!({});
    }))
    .unwrap_err();
    assert_eq!(errors.len(), 5, "{errors:?}");
    for lang in [Lang::De, Lang::En] {
        for e in &errors {
            let text = describe_data_error(lang, e);
            for serde_word in ["invalid", "expected", "variant", "`", "u32", "struct", "sequence"] {
                assert!(!text.contains(serde_word), "{text}");
            }
        }
    }
    let de: Vec<String> = errors.iter().map(|e| describe_data_error(Lang::De, e)).collect();
    assert!(de.contains(&"Erwartet: einer der Werte „gemeinde“, „stadt“, „grosse_kreisstadt“, „stadtkreis“, „landkreis“, gefunden: der Text „dorf“ (bei kommunen[0].type).".into()), "{de:?}");
    assert!(de.contains(&"Erwartet: eine Liste [ … ], gefunden: ein Objekt (bei memberships).".into()), "{de:?}");
}

/// Every string property the schema documents states the limit the app applies, and every
/// number with a plausible range states that range.
#[test]
fn the_schema_states_the_limits_the_app_applies() {
    fn walk(node: &Value, checked: &mut usize) {
        match node {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    for (field, p) in props {
                        check(field, p, checked);
                    }
                }
                map.values().for_each(|v| walk(v, checked));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, checked)),
            _ => {}
        }
    }
    fn types(p: &Value) -> Vec<&str> {
        match &p["type"] {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        }
    }
    fn check(field: &str, p: &Value, checked: &mut usize) {
        let t = types(p);
        if t.contains(&"array") {
            return check(field, &p["items"], checked);
        }
        if t.contains(&"string") && p.get("enum").is_none() && p.get("const").is_none() {
            assert_eq!(p["maxLength"].as_u64(), Some(text_rule(field).max_chars as u64), "maxLength of {field}");
            *checked += 1;
        }
        if let Some((min, max)) = number_range(field) {
            assert_eq!((p["minimum"].as_f64(), p["maximum"].as_f64()), (Some(min), Some(max)), "range of {field}");
            *checked += 1;
        }
    }
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let mut checked = 0;
    walk(&schema, &mut checked);
    assert!(checked > 60, "only {checked} properties found");
}
