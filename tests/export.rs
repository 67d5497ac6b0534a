//! CSV and JSON exports read back by independent parsers (the `csv` crate, serde_json),
//! including umlauts, quotes, semicolons, line breaks and formula-like values.
#![cfg(not(target_arch = "wasm32"))]

use be_netzwerke::export::files::{csv, json, FileMeta};
use be_netzwerke::export::table::{event_rows, kommune_rows, person_rows, Cell, Dataset};
use be_netzwerke::model::{parse_dataset, Model};
use be_netzwerke::routes::parse_query;
use be_netzwerke::search::{Directory, DirectoryFilter};

fn model() -> Model {
    parse_dataset(include_str!("../data/be-netzwerke.json")).unwrap()
}

const META: FileMeta = FileMeta { title: "BE-Netzwerke: Mitglieder", stand: "2026-11-25", exported: "2026-11-25", view_url: "https://example.org/mitglieder?kreis=08317" };

/// (header, data records, footer records) of a CSV file.
fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>, Vec<String>) {
    let body = text.strip_prefix('\u{FEFF}').expect("UTF-8 BOM first");
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').flexible(true).has_headers(false).from_reader(body.as_bytes());
    let records: Vec<Vec<String>> = reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
    let header = records[0].clone();
    // the csv crate skips the empty separator line; the footer has one field per line
    let data: Vec<Vec<String>> = records[1..].iter().take_while(|r| r.len() == header.len()).cloned().collect();
    let footer: Vec<String> = records[1 + data.len()..].iter().map(|r| r.join(";")).collect();
    (header, data, footer)
}

#[test]
fn tricky_text_round_trips_and_formulas_are_neutralised() {
    let m = model();
    let mut p = m.people.iter().find(|p| p.example).unwrap().clone();
    p.name = "Müller; \"Max\"\nZeile 2".into();
    p.region = "=HYPERLINK(\"http://evil\")".into();
    p.email = Some("@SUM(A1)".into());
    p.phone = Some("+49 711 1".into());
    let rows = person_rows(&m, &[&p]);
    let (header, data, _) = read_csv(&csv(&m, Dataset::People, &rows, &META));
    assert_eq!(header, ["name", "rolle", "netzwerk", "region", "email", "telefon", "website", "quelle", "beispiel"]);
    assert_eq!(data.len(), 1);
    assert_eq!(data[0][0], "Müller; \"Max\"\nZeile 2");
    assert_eq!(data[0][3], "'=HYPERLINK(\"http://evil\")");
    assert_eq!(data[0][4], "'@SUM(A1)");
    assert_eq!(data[0][5], "'+49 711 1");
    assert_eq!(data[0][8], "ja");
}

#[test]
fn kommunen_csv_has_german_numbers_and_exactly_the_filtered_rows() {
    let m = model();
    let dir = Directory::new(&m);
    let f = DirectoryFilter::from_query(&parse_query("kreis=08317&sortierung=einwohner"));
    let rows_idx = dir.apply(&m, &f);
    let text = csv(&m, Dataset::Kommunen, &kommune_rows(&m, &rows_idx), &META);
    assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'), "CRLF only");
    let (header, data, footer) = read_csv(&text);
    assert_eq!(header.len(), Dataset::Kommunen.columns().len());
    let keys: Vec<&str> = data.iter().map(|r| r[0].as_str()).collect();
    let expected: Vec<&str> = rows_idx.iter().map(|&i| m.kommunen[i].key.as_str()).collect();
    assert_eq!(keys, expected);
    let offenburg = data.iter().find(|r| r[0] == "08317096").unwrap();
    assert_eq!(offenburg[1], "Offenburg");
    assert_eq!(offenburg[7], "62195");
    assert_eq!(offenburg[8], "78,37");
    assert_eq!(offenburg[10], "48,4695");
    assert!(footer.iter().any(|l| l.contains("Datenstand 2026-11-25")));
    assert!(footer.iter().any(|l| l.contains("dl-de/by-2-0") && l.contains("Destatis")), "{footer:?}");
}

#[test]
fn every_column_is_documented_and_rows_match_the_columns() {
    for d in Dataset::ALL {
        let mut names: Vec<&str> = d.columns().iter().map(|c| c.name).collect();
        assert!(d.columns().iter().all(|c| !c.de.is_empty() && !c.en.is_empty() && !c.example.is_empty()));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), d.columns().len(), "unique names in {d:?}");
    }
    let m = model();
    for (d, rows) in [
        (Dataset::Kommunen, kommune_rows(&m, &(0..m.kommunen.len()).collect::<Vec<_>>())),
        (Dataset::People, person_rows(&m, &m.people.iter().collect::<Vec<_>>())),
        (Dataset::Events, event_rows(&m, &m.events.iter().collect::<Vec<_>>())),
    ] {
        assert!(rows.iter().all(|r| r.len() == d.columns().len()), "{d:?} rows match the columns");
    }
}

#[test]
fn json_export_carries_licence_stand_and_typed_values() {
    let m = model();
    let rows = kommune_rows(&m, &[m.kommunen.iter().position(|k| k.key == "08317096").unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&json(&m, Dataset::Kommunen, &rows, &META)).unwrap();
    assert_eq!(v["meta"]["stand"], "2026-11-25");
    assert_eq!(v["meta"]["rows"], 1);
    let sources = v["meta"]["sources"].as_array().unwrap();
    assert!(sources.iter().any(|s| s["licence"] == "dl-de/by-2-0" && s["attribution"].as_str().unwrap().contains("Destatis")));
    assert_eq!(v["meta"]["columns"].as_array().unwrap().len(), Dataset::Kommunen.columns().len());
    let row = &v["rows"][0];
    assert_eq!(row["einwohner"], 62195);
    assert_eq!(row["flaeche_km2"], 78.37);
    assert_eq!(row["mitglied"], serde_json::Value::Bool(m.is_member("08317096")));
    assert!(matches!(rows[0][9], Cell::Text(_)));
}

#[test]
fn all_kommunen_export_to_one_row_each() {
    let m = model();
    let all: Vec<usize> = (0..m.kommunen.len()).collect();
    let text = csv(&m, Dataset::Kommunen, &kommune_rows(&m, &all), &META);
    let (_, data, _) = read_csv(&text);
    assert_eq!(data.len(), 1101 + 35);
}
