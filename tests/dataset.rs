//! The bundled dataset is complete and valid, and each kind of bad input gives a precise error.
#![cfg(not(target_arch = "wasm32"))]

use be_netzwerke::model::{parse_dataset, DataErrorKind, Expected, Found, KommuneType, Model, Role, MAX_BYTES};
use serde_json::{json, Value};

const BUNDLED: &str = include_str!("../data/be-netzwerke.json");

fn bundled() -> Model {
    parse_dataset(BUNDLED).expect("bundled data is valid")
}

fn with(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(BUNDLED).unwrap();
    edit(&mut v);
    v.to_string()
}

fn errors_of(text: &str) -> Vec<(DataErrorKind, String)> {
    parse_dataset(text).expect_err("must be refused").into_iter().map(|e| (e.kind, e.path)).collect()
}

#[test]
fn bundled_data_has_every_gemeinde_and_kreis_of_baden_wuerttemberg() {
    let m = bundled();
    assert_eq!(m.gemeinden().count(), 1101);
    assert_eq!(m.kreise.len(), 44);
    assert_eq!(m.kreise.iter().filter(|k| k.kind == KommuneType::Stadtkreis).count(), 9);
    let population: u64 = m.gemeinden().map(|g| g.population as u64).sum();
    assert_eq!(population, 11_339_260);
    // The directory: Gemeinden plus the 35 Landkreise; a Stadtkreis key finds its Stadt.
    assert_eq!(m.kommunen.len(), 1101 + 35);
    assert_eq!(m.kommune("08111").unwrap().name, "Stuttgart");
    assert_eq!(m.kommune("08317").unwrap().name, "Ortenaukreis");
    assert_eq!(m.kommune("08317096").unwrap().plz.as_deref(), Some("77652"));
}

#[test]
fn bundled_networks_and_memberships_are_real_where_sourced_and_flagged_otherwise() {
    let m = bundled();
    let staedte: Vec<_> = m.members_of("staedtenetzwerk").collect();
    assert_eq!(staedte.len(), 49);
    assert!(staedte.iter().all(|ms| !ms.example && ms.as_of.as_deref() == Some("2003-10")));
    assert_eq!(m.members_of("landkreisnetzwerk").count(), 21);
    let gemeinden: Vec<_> = m.members_of("gemeindenetzwerk").collect();
    assert_eq!(gemeinden.len(), 228);
    assert!(gemeinden.iter().all(|ms| ms.example));
    // the Fachberatung of each municipal network is the real organisation; mentors stay examples
    assert!(m.people.iter().all(|p| p.example == (p.role != Role::Fachberatung)));
    assert!(m.events.iter().all(|e| e.example));
    let lkn = m.network("landkreisnetzwerk").unwrap();
    assert_eq!((lkn.founded, lkn.lead_organisation.as_str()), (Some(1997), "Landkreistag Baden-Württemberg"));
    assert_eq!(m.children_of("landesnetzwerk").count(), 6);
    // the ministry's current page: up to 3.000 € per KEB (older pages: 1.500 €)
    assert_eq!(m.keb.max_funding_cents, 300_000);
    assert_eq!(m.network("lageb").unwrap().members.as_ref().map(|c| c.value), Some(100));
}

#[test]
fn malformed_json_names_line_and_column() {
    let errs = errors_of("{\n  \"schema_version\": 1,\n  \"stand\": oops\n}");
    assert_eq!(errs, vec![(DataErrorKind::Syntax { line: 3, column: 12 }, String::new())]);
    // An HTML error page instead of JSON.
    assert!(matches!(errors_of("<!doctype html><p>502</p>")[0].0, DataErrorKind::Syntax { line: 1, column: 1 }));
    assert_eq!(errors_of("[1,2]")[0].0, DataErrorKind::NotAnObject);
}

#[test]
fn wrong_or_missing_schema_version_is_refused_before_anything_else() {
    let e = errors_of(&with(|v| v["schema_version"] = json!(2)));
    assert_eq!(e, vec![(DataErrorKind::SchemaVersion { found: Found::Number(2.0) }, "schema_version".into())]);
    let e = errors_of(&with(|v| {
        v.as_object_mut().unwrap().remove("schema_version");
    }));
    assert_eq!(e[0].0, DataErrorKind::MissingField { field: "schema_version".into() });
}

#[test]
fn missing_field_and_wrong_type_give_the_json_path() {
    let text = with(|v| {
        v["kommunen"][3].as_object_mut().unwrap().remove("name");
        v["kommunen"][5]["population"] = json!("viele");
        v["events"][0]["place"]["name"] = json!(7);
    });
    let e = errors_of(&text);
    assert!(e.contains(&(DataErrorKind::MissingField { field: "name".into() }, "kommunen[3]".into())), "{e:?}");
    let wrong = DataErrorKind::WrongValue { found: Found::Text("viele".into()), expected: Expected::WholeNumber };
    assert!(e.contains(&(wrong, "kommunen[5].population".into())), "{e:?}");
    assert!(e.iter().any(|(_, p)| p == "events[0].place.name"));
    assert_eq!(e.len(), 3, "all problems are listed, not only the first");
}

#[test]
fn references_to_unknown_records_are_named() {
    let text = with(|v| {
        v["memberships"][0]["member"] = json!("08999999");
        v["events"][1]["network"] = json!("gibtsnicht");
    });
    let e = errors_of(&text);
    assert_eq!(
        e,
        vec![
            (DataErrorKind::UnknownReference { value: "08999999".into() }, "memberships[0].member".into()),
            (DataErrorKind::UnknownReference { value: "gibtsnicht".into() }, "events[1].network".into()),
        ]
    );
}

#[test]
fn duplicate_ids_are_named() {
    let text = with(|v| {
        let first = v["kommunen"][0].clone();
        v["kommunen"].as_array_mut().unwrap().push(first);
    });
    let e = errors_of(&text);
    assert_eq!(e, vec![(DataErrorKind::Duplicate { id: "08111000".into() }, "kommunen[1101]".into())]);
}

#[test]
fn a_refused_value_and_a_duplicate_are_reported_together() {
    // read in steps (syntax, records, model), the problems of the later steps still come in one list
    let text = with(|v| {
        v["networks"][0]["name"] = json!("Netz\u{202E}werk");
        let first = v["kommunen"][0].clone();
        v["kommunen"].as_array_mut().unwrap().push(first);
    });
    let e = errors_of(&text);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(matches!(e[0].0, DataErrorKind::ForbiddenCharacter { .. }) && e[0].1 == "networks[0].name", "{e:?}");
    assert_eq!(e[1], (DataErrorKind::Duplicate { id: "08111000".into() }, "kommunen[1101]".into()));
}

#[test]
fn invalid_event_dates_are_refused() {
    let e = errors_of(&with(|v| {
        v["events"][0]["start"] = json!("23.04.2026 10:00");
        v["events"][1]["end"] = json!("2020-01-01T10:00");
    }));
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(matches!(&e[0], (DataErrorKind::InvalidDate { .. }, p) if p == "events[0].start"), "{e:?}");
    // an end before the start says so, not "invalid date"
    let start = bundled().events[1].start.clone();
    assert_eq!(e[1], (DataErrorKind::EndBeforeStart { start, end: "2020-01-01T10:00".into() }, "events[1].end".into()));
}

#[test]
fn a_real_record_needs_a_source_and_an_address_its_kommune() {
    // an event marked real without a source; one in Bad Boll filed under Bad Ditzenbach (08117006)
    let e = errors_of(&with(|v| {
        v["events"][0]["example"] = json!(false);
        v["events"][1]["place"] = json!({"name": "Evangelische Akademie", "address": "Akademieweg 11, 73087 Bad Boll", "kommune": "08117006"});
        v["fachstellen"][0]["example"] = json!(false);
    }));
    assert_eq!(
        e,
        [
            (DataErrorKind::NoSource, "fachstellen[0].source".into()),
            (DataErrorKind::NoSource, "events[0].source".into()),
            (DataErrorKind::PlaceMismatch { town: "Bad Boll".into(), kommune: "Bad Ditzenbach".into() }, "events[1].place.address".into()),
        ]
    );
    // the town may be written shorter or longer than the Kommune's name, or with a district
    let fine = with(|v| {
        v["events"][1]["place"] = json!({"name": "Rathaus", "address": "Marktplatz 1, 70173 Stuttgart-Mitte", "kommune": "08111000"});
        v["events"][2]["place"] = json!({"name": "Rathaus", "address": "Rathausplatz 2-4, 79098 Freiburg", "kommune": "08311000"});
    });
    assert!(parse_dataset(&fine).is_ok());
}

#[test]
fn oversized_body_is_refused_without_parsing() {
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(MAX_BYTES));
    assert!(matches!(errors_of(&big)[0].0, DataErrorKind::TooLarge { .. }));
}

#[test]
fn hostile_strings_are_kept_verbatim_as_data() {
    let evil = "<img src=x onerror=alert(1)>";
    let m = parse_dataset(&with(|v| v["kommunen"][0]["name_official"] = json!(evil))).unwrap();
    assert_eq!(m.kommunen[0].name_official, evil);
}

#[test]
fn a_wrong_type_deep_in_a_record_is_found_by_its_path() {
    let text = with(|v| {
        v["events"][1]["place"]["address"] = json!(12345);
        v["kreise"][2]["n_gemeinden"] = json!(-4);
        v["networks"][0]["kind"] = json!("geheimbund");
    });
    let e = errors_of(&text);
    let paths: Vec<&str> = e.iter().map(|(_, p)| p.as_str()).collect();
    assert!(paths.contains(&"events[1].place.address"), "{e:?}");
    assert!(paths.contains(&"kreise[2].n_gemeinden"), "{e:?}");
    assert!(paths.contains(&"networks[0].kind"), "{e:?}");
    assert!(e.iter().all(|(k, _)| matches!(k, DataErrorKind::WrongValue { .. } | DataErrorKind::OutOfRange { .. })), "{e:?}");
}

#[test]
fn a_way_to_hand_in_applications_without_an_address_is_refused_with_its_path() {
    let mut v: serde_json::Value = serde_json::from_str(include_str!("../data/be-netzwerke.json")).unwrap();
    let i = v["networks"].as_array().unwrap().iter().position(|n| n.get("keb_intake").is_some()).expect("a network with keb_intake");
    v["networks"][i]["keb_intake"] = serde_json::json!({ "attach": "pdf" });
    let e = parse_dataset(&v.to_string()).expect_err("refused");
    assert_eq!(e.iter().map(|e| (e.kind.clone(), e.path.clone())).collect::<Vec<_>>(),
        [(DataErrorKind::MissingField { field: "email".into() }, format!("networks[{i}].keb_intake"))]);
}
