//! CSV and JSON files for a table, each naming its source, Stand and licence.
//!
//! CSV for the spreadsheet programs municipalities use: UTF-8 with BOM, `;` between fields,
//! decimal comma, CRLF, quotes per RFC 4180, and text starting with = + - @ (or a tab/CR)
//! prefixed with `'` so it is never run as a formula. After the rows, an empty line and
//! footer lines name Stand, sources and licences — as Destatis' own CSV files do.

use super::table::{Cell, Column, ColumnType, Dataset};
use crate::i18n::fixed;
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
        Cell::Dec(x) => fixed(*x, decimal_places(col), ','),
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
    use super::json_text::{array, object, opt_string, string};
    let columns = dataset.columns();
    let records = rows.iter().map(|row| {
        object(row.iter().zip(columns).map(|(cell, col)| {
            let v = match cell {
                Cell::Text(s) => string(s),
                Cell::Int(n) => n.to_string(),
                Cell::Dec(x) => fixed(*x, decimal_places(col), '.'),
                Cell::Bool(b) => b.to_string(),
                Cell::Empty => "null".into(),
            };
            (col.name, v)
        }))
    });
    let sources = sources(model, dataset).into_iter().map(|s| {
        object([
            ("title", string(&s.title)),
            ("licence", string(&s.licence)),
            ("licence_url", opt_string(s.licence_url.as_deref())),
            ("attribution", string(&s.attribution)),
        ])
    });
    let column_docs = columns.iter().map(|c| {
        object([
            ("name", string(c.name)),
            ("type", string(c.kind.label(true))),
            ("description", string(c.en)),
            ("beschreibung", string(c.de)),
        ])
    });
    let head = object([
        ("title", string(meta.title)),
        ("stand", string(meta.stand)),
        ("exported", string(meta.exported)),
        ("view", string(meta.view_url)),
        ("rows", rows.len().to_string()),
        ("sources", array(sources, ",")),
        ("columns", array(column_docs, ",")),
    ]);
    format!("{{\n\"meta\": {head},\n\"rows\": {}\n}}\n", array(records, ",\n"))
}

fn decimal_places(col: &Column) -> u32 {
    match col.kind {
        ColumnType::Decimal(p) => p as u32,
        _ => 2,
    }
}
