//! CSV and JSON files for a table, each naming its source, Stand and licence.
//!
//! CSV for the spreadsheet programs municipalities use: UTF-8 with BOM, `;` between fields,
//! decimal comma, CRLF, quotes per RFC 4180, and text starting with = + - @ (or a tab/CR)
//! prefixed with `'` so it is never run as a formula. After the rows, an empty line and
//! footer lines name Stand, sources and licences — as Destatis' own CSV files do.

use super::table::{Cell, Column, ColumnType, Dataset};
use crate::model::{Model, Source};

pub const CSV_MIME: &str = "text/csv;charset=utf-8";
pub const JSON_MIME: &str = "application/json;charset=utf-8";

/// What a file says about itself.
pub struct FileMeta<'a> {
    pub title: &'a str,
    /// Data "Stand" (YYYY-MM-DD).
    pub stand: &'a str,
    /// Day of the export (YYYY-MM-DD).
    pub exported: &'a str,
    /// The view the rows came from, so the file can be traced back.
    pub view_url: &'a str,
}

fn sources<'a>(model: &'a Model, dataset: Dataset) -> Vec<&'a Source> {
    dataset.sources().iter().filter_map(|id| model.source(id)).collect()
}

pub fn csv(model: &Model, dataset: Dataset, rows: &[Vec<Cell>], meta: &FileMeta) -> String {
    let columns = dataset.columns();
    let mut out = String::from('\u{FEFF}');
    push_record(&mut out, columns.iter().map(|c| c.name.to_string()));
    for row in rows {
        push_record(&mut out, row.iter().zip(columns).map(|(cell, col)| csv_value(cell, col)));
    }
    out.push_str("\r\n");
    push_record(&mut out, [format!("{} – Datenstand {} – exportiert am {}", meta.title, meta.stand, meta.exported)]);
    push_record(&mut out, [format!("Ansicht: {}", meta.view_url)]);
    for s in sources(model, dataset) {
        let licence = match &s.licence_url {
            Some(url) => format!("{} ({url})", s.licence),
            None => s.licence.clone(),
        };
        push_record(&mut out, [format!("Quelle: {} – Lizenz: {licence}", s.attribution)]);
    }
    out
}

fn csv_value(cell: &Cell, col: &Column) -> String {
    match cell {
        Cell::Text(s) => neutralise(s),
        Cell::Int(n) => n.to_string(),
        Cell::Dec(x) => {
            let places = match col.kind {
                ColumnType::Decimal(p) => p as usize,
                _ => 2,
            };
            format!("{x:.places$}").replace('.', ",")
        }
        Cell::Bool(b) => if *b { "ja" } else { "nein" }.to_string(),
        Cell::Empty => String::new(),
    }
}

/// Spreadsheets run cells starting with these as formulas (CSV injection).
fn neutralise(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() }
}

fn push_record(out: &mut String, fields: impl IntoIterator<Item = String>) {
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        if f.contains([';', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&f);
        }
    }
    out.push_str("\r\n");
}

pub fn json(model: &Model, dataset: Dataset, rows: &[Vec<Cell>], meta: &FileMeta) -> String {
    use serde_json::{json, Map, Value};
    let columns = dataset.columns();
    let records: Vec<Value> = rows
        .iter()
        .map(|row| {
            let mut obj = Map::new();
            for (cell, col) in row.iter().zip(columns) {
                let v = match cell {
                    Cell::Text(s) => Value::from(s.as_str()),
                    Cell::Int(n) => Value::from(*n),
                    Cell::Dec(x) => Value::from(*x),
                    Cell::Bool(b) => Value::from(*b),
                    Cell::Empty => Value::Null,
                };
                obj.insert(col.name.to_string(), v);
            }
            Value::Object(obj)
        })
        .collect();
    let value = json!({
        "meta": {
            "title": meta.title,
            "stand": meta.stand,
            "exported": meta.exported,
            "view": meta.view_url,
            "rows": rows.len(),
            "sources": sources(model, dataset).iter().map(|s| json!({
                "title": s.title, "licence": s.licence, "licence_url": s.licence_url, "attribution": s.attribution,
            })).collect::<Vec<_>>(),
            "columns": columns.iter().map(|c| json!({
                "name": c.name, "type": c.kind.label(true), "description": c.en, "beschreibung": c.de,
            })).collect::<Vec<_>>(),
        },
        "rows": records,
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}
