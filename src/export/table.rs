//! Export tables: typed columns with documentation, filled from the model. One definition feeds
//! the CSV and JSON files and the "Offene Daten" page, so the docs cannot drift from the files.

use crate::i18n::{Key, Lang, Translate};
use crate::model::{Event, Model, Person};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnType {
    Text,
    Integer,
    /// A decimal number with this many places (German: comma).
    Decimal(u8),
    /// "ja"/"nein" in CSV, true/false in JSON.
    Boolean,
    /// A date or local date-time in ISO 8601 (Europe/Berlin).
    DateTime,
    Url,
}

impl ColumnType {
    pub fn label(self, english: bool) -> &'static str {
        match (self, english) {
            (ColumnType::Text, false) => "Text",
            (ColumnType::Text, true) => "text",
            (ColumnType::Integer, false) => "Ganzzahl",
            (ColumnType::Integer, true) => "integer",
            (ColumnType::Decimal(_), false) => "Dezimalzahl",
            (ColumnType::Decimal(_), true) => "decimal",
            (ColumnType::Boolean, false) => "ja/nein",
            (ColumnType::Boolean, true) => "yes/no",
            (ColumnType::DateTime, false) => "Datum/Uhrzeit (ISO 8601)",
            (ColumnType::DateTime, true) => "date/time (ISO 8601)",
            (ColumnType::Url, false) => "URL",
            (ColumnType::Url, true) => "URL",
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub name: &'static str,
    pub kind: ColumnType,
    pub de: &'static str,
    pub en: &'static str,
    pub example: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Int(u64),
    Dec(f64),
    Bool(bool),
    Empty,
}

impl From<&str> for Cell {
    fn from(s: &str) -> Self {
        Cell::Text(s.to_string())
    }
}
impl From<String> for Cell {
    fn from(s: String) -> Self {
        Cell::Text(s)
    }
}
impl From<Option<String>> for Cell {
    fn from(s: Option<String>) -> Self {
        s.map(Cell::Text).unwrap_or(Cell::Empty)
    }
}

/// Which list a file comes from; names the file and its documentation section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dataset {
    Kommunen,
    People,
    Events,
}

impl Dataset {
    pub const ALL: [Dataset; 3] = [Dataset::Kommunen, Dataset::People, Dataset::Events];
    /// File name topic: be-netzwerke_<topic>_<date>.csv
    pub fn topic(self) -> &'static str {
        match self {
            Dataset::Kommunen => "mitglieder",
            Dataset::People => "personen",
            Dataset::Events => "veranstaltungen",
        }
    }
    pub fn columns(self) -> &'static [Column] {
        match self {
            Dataset::Kommunen => KOMMUNE_COLUMNS,
            Dataset::People => PERSON_COLUMNS,
            Dataset::Events => EVENT_COLUMNS,
        }
    }
    /// Source ids whose licence and attribution go with the file.
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Dataset::Kommunen => &["destatis-gvisys", "landesbericht-2004", "mrn-news-2025", "beispiel"],
            Dataset::People | Dataset::Events => &["beispiel"],
        }
    }
}

const fn col(name: &'static str, kind: ColumnType, de: &'static str, en: &'static str, example: &'static str) -> Column {
    Column { name, kind, de, en, example }
}

use ColumnType::*;

pub const KOMMUNE_COLUMNS: &[Column] = &[
    col("schluessel", Text, "Amtlicher Gemeindeschlüssel (8 Stellen) oder Kreisschlüssel (5 Stellen)", "Official municipality key (8 digits) or district key (5 digits)", "08317096"),
    col("name", Text, "Name", "Name", "Offenburg"),
    col("amtlicher_name", Text, "Amtlicher Name", "Official name", "Offenburg, Stadt"),
    col("art", Text, "Gemeinde, Stadt, Große Kreisstadt, Stadtkreis oder Landkreis", "Municipality type", "Große Kreisstadt"),
    col("kreis_schluessel", Text, "Schlüssel des Kreises", "District key", "08317"),
    col("kreis", Text, "Name des Kreises", "District name", "Ortenaukreis"),
    col("regierungsbezirk", Text, "Regierungsbezirk", "Administrative region", "Freiburg"),
    col("einwohner", Integer, "Einwohner am 31.12.2023 (Destatis)", "Population on 31 Dec 2023 (Destatis)", "62195"),
    col("flaeche_km2", Decimal(2), "Fläche in km²", "Area in km²", "78,37"),
    col("plz", Text, "Postleitzahl des Rathauses", "Postcode of the town hall", "77652"),
    col("breite", Decimal(4), "Geografische Breite (WGS84)", "Latitude (WGS84)", "48,4695"),
    col("laenge", Decimal(4), "Geografische Länge (WGS84)", "Longitude (WGS84)", "7,9442"),
    col("mitglied", Boolean, "Mitglied in mindestens einem Netzwerk", "Member of at least one network", "ja"),
    col("netzwerke", Text, "Netzwerke, durch | getrennt", "Networks, separated by |", "Gemeindenetzwerk|Landkreisnetzwerk"),
    col("mitgliedschaft_beispiel", Boolean, "Mindestens eine Mitgliedschaft ist ein Beispieldatensatz", "At least one membership is an example record", "nein"),
];

pub const PERSON_COLUMNS: &[Column] = &[
    col("name", Text, "Name", "Name", "Beispiel: Anna Muster"),
    col("rolle", Text, "Rolle", "Role", "Fachberatung"),
    col("netzwerk", Text, "Netzwerk", "Network", "Gemeindenetzwerk"),
    col("region", Text, "Zuständige Region", "Region covered", "Nordbaden und Nordwürttemberg"),
    col("email", Text, "E-Mail-Adresse", "E-mail address", "a.muster@example.org"),
    col("telefon", Text, "Telefonnummer (in CSV mit vorangestelltem ' gegen Formeln)", "Phone number (in CSV prefixed with ' against formulas)", "+49 711 0000001"),
    col("website", Text, "Website oder Kontaktseite", "Website or contact page", "https://www.gemeindenetzwerk-be.de/gemeindenetzwerk"),
    col("quelle", Text, "Öffentliche Seite, aus der der Eintrag stammt (leer bei Beispielen)", "Public page the entry comes from (empty for examples)", "https://www.gemeindenetzwerk-be.de/gemeindenetzwerk"),
    col("beispiel", Boolean, "Beispieldatensatz, keine amtliche Angabe", "Example record, not official", "ja"),
];

pub const EVENT_COLUMNS: &[Column] = &[
    col("id", Text, "Kennung der Veranstaltung", "Event id", "lnk-2027-1"),
    col("titel", Text, "Titel", "Title", "Landesnetzwerkkonferenz Frühjahr 2027"),
    col("art", Text, "Art der Veranstaltung", "Event type", "Landesnetzwerkkonferenz"),
    col("netzwerk", Text, "Veranstaltendes Netzwerk", "Organising network", "Landesnetzwerk BE"),
    col("beginn", DateTime, "Beginn, deutsche Ortszeit", "Start, German local time", "2027-04-22T10:00"),
    col("ende", DateTime, "Ende, deutsche Ortszeit", "End, German local time", "2027-04-22T16:30"),
    col("ganztaegig", Boolean, "Ganztägig (ohne Uhrzeit)", "All day (no time)", "nein"),
    col("ort", Text, "Veranstaltungsort", "Venue", "Stadthalle"),
    col("adresse", Text, "Anschrift", "Address", "Friedrich-Ebert-Straße 50, 72762 Reutlingen"),
    col("online_url", Url, "Link zur Online-Teilnahme", "Link to join online", "https://example.org/online/…"),
    col("anmeldung_url", Url, "Link zur Anmeldung", "Registration link", "https://example.org/anmeldung/…"),
    col("beispiel", Boolean, "Beispieldatensatz, keine amtliche Angabe", "Example record, not official", "ja"),
];

/// Rows for `model.kommunen[i]` for each index, in that order.
pub fn kommune_rows(model: &Model, indices: &[usize]) -> Vec<Vec<Cell>> {
    indices
        .iter()
        .map(|&i| {
            let k = &model.kommunen[i];
            let kreis = model.kreis(&k.kreis);
            let rb = model.regierungsbezirk(&k.rb).map(|r| r.name.clone());
            let memberships: Vec<_> = model.memberships_of(&k.key).collect();
            let networks: Vec<String> = memberships
                .iter()
                .filter_map(|m| model.network(&m.network).map(|n| n.short_name.clone()))
                .collect();
            vec![
                k.key.as_str().into(),
                k.name.as_str().into(),
                k.name_official.as_str().into(),
                Key::kommune_type(k.kind).text(Lang::De).into(),
                k.kreis.as_str().into(),
                kreis.map(|kr| kr.label()).into(),
                rb.into(),
                Cell::Int(k.population as u64),
                Cell::Dec(k.area_km2),
                k.plz.clone().into(),
                Cell::Dec(k.lat),
                Cell::Dec(k.lon),
                Cell::Bool(!memberships.is_empty()),
                networks.join("|").into(),
                Cell::Bool(memberships.iter().any(|m| m.example)),
            ]
        })
        .collect()
}

pub fn person_rows(model: &Model, people: &[&Person]) -> Vec<Vec<Cell>> {
    people
        .iter()
        .map(|p| {
            vec![
                p.name.as_str().into(),
                Key::role(p.role).text(Lang::De).into(),
                model.network(&p.network).map(|n| n.short_name.clone()).into(),
                p.region.as_str().into(),
                p.email.clone().into(),
                p.phone.clone().into(),
                p.web.clone().into(),
                p.source.as_ref().and_then(|s| model.source(s)).and_then(|s| s.url.clone()).into(),
                Cell::Bool(p.example),
            ]
        })
        .collect()
}

pub fn event_rows(model: &Model, events: &[&Event]) -> Vec<Vec<Cell>> {
    events
        .iter()
        .map(|e| {
            vec![
                e.id.as_str().into(),
                e.title.as_str().into(),
                Key::event_kind(e.kind).text(Lang::De).into(),
                model.network(&e.network).map(|n| n.short_name.clone()).into(),
                e.start.as_str().into(),
                e.end.as_str().into(),
                Cell::Bool(e.all_day),
                e.place.as_ref().map(|p| p.name.clone()).into(),
                e.place.as_ref().map(|p| p.address.clone()).into(),
                e.online_url.clone().into(),
                e.registration_url.clone().into(),
                Cell::Bool(e.example),
            ]
        })
        .collect()
}
