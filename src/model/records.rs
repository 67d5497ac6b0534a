//! Record types of the JSON dataset: the one description of its shape. The JSON Schema
//! (data/schema/be-netzwerke.schema.json) is made from them (model::schema), doc comments included.
//! Their `Default` values are the reader's placeholders until a field is read (model::read): a
//! record is only used once all of it has been read.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The dataset file as a whole: every section of the JSON document, in its order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct DatasetFile {
    /// Version of the file's shape; the app refuses other versions.
    pub schema_version: u64,
    /// As-of date of the dataset (YYYY-MM-DD), shown as "Datenstand".
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub stand: String,
    pub sources: Vec<Source>,
    pub operator: Operator,
    pub regierungsbezirke: Vec<Regierungsbezirk>,
    pub networks: Vec<Network>,
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub facts: Vec<Fact>,
    pub kreise: Vec<KreisRecord>,
    /// The Gemeinden (8-digit AGS).
    pub kommunen: Vec<GemeindeRecord>,
    pub memberships: Vec<Membership>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub fachstellen: Vec<Fachstelle>,
    #[serde(default)]
    pub events: Vec<Event>,
    pub keb: KebProgramme,
}

/// A text in German and English; German is required, English falls back to German.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Text {
    pub de: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    pub fn get(&self, english: bool) -> &str {
        match (&self.en, english) {
            (Some(en), true) if !en.is_empty() => en,
            _ => &self.de,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// Licence id, e.g. dl-de/by-2-0.
    pub licence: String,
    pub licence_url: Option<String>,
    /// Attribution text the licence requires; shown on the Quellen page.
    pub attribution: String,
    pub url: Option<String>,
    /// The date the page itself states ("YYYY", "YYYY-MM" or "YYYY-MM-DD"), if any.
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub page_date: Option<String>,
    /// When this project read the page ("YYYY-MM-DD"): the Stand of records taken from it.
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub read_on: Option<String>,
}

/// Operator of the site (Impressum).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Operator {
    pub name: String,
    pub address: String,
    pub email: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub represented_by: Option<String>,
    #[serde(default)]
    pub accessibility_contact: Option<String>,
    #[serde(default)]
    pub example: bool,
}

/// Regierungsbezirk (administrative region).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Regierungsbezirk {
    #[schemars(regex(pattern = r"^08[1-4]$"))]
    pub key: String,
    pub name: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NetworkKind {
    #[default]
    Landesnetzwerk,
    Kommunal,
    Buergerschaftlich,
    Fachlich,
    Bund,
    Partner,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MemberLevel {
    #[default]
    Gemeinde,
    Kreis,
    Organisation,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Contact {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    #[serde(default)]
    pub example: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Network {
    /// Stable id used in URLs (/netzwerke/ID) and references.
    pub id: String,
    pub name: String,
    pub short_name: String,
    pub kind: NetworkKind,
    /// Id of the network this one belongs to.
    pub parent: Option<String>,
    pub lead_organisation: String,
    pub founded: Option<u16>,
    pub description: Text,
    #[serde(default)]
    pub join: Option<Text>,
    #[serde(default)]
    pub contact: Contact,
    #[serde(default)]
    pub member_level: Option<MemberLevel>,
    /// Who advises the members (an organisation, not a person).
    #[serde(default)]
    pub fachberatung: Option<String>,
    /// The latest published member count.
    #[serde(default)]
    pub members: Option<MemberCount>,
    /// The public page the organisation facts come from (a source id).
    #[serde(default)]
    pub source: Option<String>,
    /// How the network takes KEB applications where the app has no receiver (`data-submit`).
    #[serde(default)]
    pub keb_intake: Option<KebIntake>,
}

/// How a network takes KEB applications without a receiver: the finish page leads with it,
/// and the confirmation says what is still to do.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct KebIntake {
    /// The address applications are e-mailed to, the file attached.
    #[serde(default)]
    pub email: Option<String>,
    /// The web page where the application file is uploaded (instead of an e-mail).
    #[serde(default)]
    pub upload_url: Option<String>,
    /// What the network wants: the printed application as a PDF file, or the application file (JSON).
    pub attach: IntakeFile,
    #[serde(default)]
    pub example: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IntakeFile {
    #[default]
    Pdf,
    Json,
}

/// How a published count is meant: "228", "about 130", "more than 100".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    About,
    MoreThan,
}

/// A member count as published: "228 Städte und Gemeinden, Stand März 2023", with its source id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MemberCount {
    pub value: u32,
    #[serde(default)]
    pub qualifier: Qualifier,
    pub unit: Text,
    /// As the source dates it ("YYYY", "YYYY-MM"); `None` for an undated page.
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: Option<String>,
    /// Id of the source.
    pub source: String,
}

/// A member that is not a Kommune, e.g. a Gemeindeverwaltungsverband.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Organisation {
    pub id: String,
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub kreis: Option<String>,
}

/// A dated published figure about a network, with its source (e.g. "228 members, 2023-03").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fact {
    pub network: Option<String>,
    pub label: String,
    pub metric: String,
    pub value: String,
    pub as_of: Option<String>,
    pub source_title: String,
    pub url: Option<String>,
    /// When this project read the source ("YYYY-MM-DD").
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub read_on: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum KommuneType {
    #[default]
    Gemeinde,
    Stadt,
    GrosseKreisstadt,
    Stadtkreis,
    Landkreis,
}

impl KommuneType {
    pub const ALL: [KommuneType; 5] = [
        KommuneType::Gemeinde,
        KommuneType::Stadt,
        KommuneType::GrosseKreisstadt,
        KommuneType::Stadtkreis,
        KommuneType::Landkreis,
    ];
    pub fn id(self) -> &'static str {
        match self {
            KommuneType::Gemeinde => "gemeinde",
            KommuneType::Stadt => "stadt",
            KommuneType::GrosseKreisstadt => "grosse_kreisstadt",
            KommuneType::Stadtkreis => "stadtkreis",
            KommuneType::Landkreis => "landkreis",
        }
    }
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.id() == id)
    }
    pub fn is_kreis_level(self) -> bool {
        matches!(self, KommuneType::Landkreis)
    }
}

/// A Gemeinde of Baden-Württemberg (the `kommunen` array).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GemeindeRecord {
    /// Amtlicher Gemeindeschlüssel (AGS), 8 digits.
    #[schemars(regex(pattern = r"^08[0-9]{6}$"))]
    pub key: String,
    pub name: String,
    pub name_official: String,
    #[serde(rename = "type")]
    pub kind: KommuneType,
    /// Kreis key (the first 5 digits of the AGS).
    #[schemars(regex(pattern = r"^08[0-9]{3}$"))]
    pub kreis: String,
    /// Regierungsbezirk key.
    pub rb: String,
    /// Population on 31.12.2023 (Destatis).
    pub population: u32,
    pub area_km2: f64,
    /// Postcode of the town hall.
    #[schemars(regex(pattern = r"^[0-9]{5}$"))]
    pub plz: String,
    pub lat: f64,
    pub lon: f64,
}

/// A Stadt- or Landkreis (the `kreise` array); lat/lon are its seat.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct KreisRecord {
    /// Kreis key, 5 digits.
    #[schemars(regex(pattern = r"^08[0-9]{3}$"))]
    pub key: String,
    pub name: String,
    pub name_official: String,
    #[serde(rename = "type")]
    #[schemars(extend("enum" = ["stadtkreis", "landkreis"]))]
    pub kind: KommuneType,
    pub rb: String,
    pub seat: String,
    pub population: u32,
    pub area_km2: f64,
    pub n_gemeinden: u32,
    pub lat: f64,
    pub lon: f64,
}

/// A body of the member directory: a Gemeinde or a Landkreis.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Kommune {
    pub key: String,
    pub name: String,
    pub name_official: String,
    pub kind: KommuneType,
    /// Own key for a Landkreis, the Kreis key for a Gemeinde.
    pub kreis: String,
    pub rb: String,
    pub population: u32,
    pub area_km2: f64,
    pub plz: Option<String>,
    pub lat: f64,
    pub lon: f64,
}

/// One body in one network; a body can be in several.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Membership {
    pub network: String,
    /// A Kommune key (AGS or Kreis key) or an organisation id.
    pub member: String,
    #[serde(default)]
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub since: Option<String>,
    #[schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))]
    pub as_of: Option<String>,
    /// Id of a source.
    pub source: String,
    #[serde(default)]
    pub example: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Fachberatung,
    Mentorentrainer,
    Buergermentor,
    Fachstelle,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub network: String,
    pub region: String,
    /// Kreise this person covers; empty means the whole state.
    #[serde(default)]
    #[schemars(inner(regex(pattern = r"^08[0-9]{3}$")))]
    pub kreise: Vec<String>,
    #[serde(default)]
    pub fachstelle: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    /// Id of the source (public page) of a real record; examples have none.
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub example: bool,
}

/// A local office for civic engagement.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fachstelle {
    pub id: String,
    pub name: String,
    pub kommune: String,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    /// Id of the source (public page) of a real record; examples have none.
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub example: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    #[default]
    Netzwerktreffen,
    Landesnetzwerkkonferenz,
    Fortbildung,
}

impl EventKind {
    pub const ALL: [EventKind; 3] = [EventKind::Netzwerktreffen, EventKind::Landesnetzwerkkonferenz, EventKind::Fortbildung];
    pub fn id(self) -> &'static str {
        match self {
            EventKind::Netzwerktreffen => "netzwerktreffen",
            EventKind::Landesnetzwerkkonferenz => "landesnetzwerkkonferenz",
            EventKind::Fortbildung => "fortbildung",
        }
    }
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

impl Event {
    /// Takes place at a venue (possibly also streamed).
    pub fn in_person(&self) -> bool {
        self.place.is_some()
    }
    /// Can be joined online (possibly also at a venue).
    pub fn online(&self) -> bool {
        self.online_url.is_some()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Place {
    pub name: String,
    pub address: String,
    #[serde(default)]
    pub kommune: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub network: String,
    pub kind: EventKind,
    /// Local time in Europe/Berlin: YYYY-MM-DDTHH:MM, or YYYY-MM-DD when `all_day`.
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?$"))]
    pub start: String,
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?$"))]
    pub end: String,
    #[serde(default)]
    pub all_day: bool,
    pub place: Option<Place>,
    pub online_url: Option<String>,
    pub registration_url: Option<String>,
    #[serde(default)]
    pub description: Option<Text>,
    /// Id of the source (the public announcement) of a real event; examples have none.
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub example: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Choice {
    pub id: String,
    pub de: String,
    pub en: String,
    /// What the choice means, in one line (shown under it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Text>,
}

impl Choice {
    pub fn label(&self, english: bool) -> &str {
        if english { &self.en } else { &self.de }
    }
}

/// The KEB programme's rules, as data so the ministry can change them without a release.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct KebProgramme {
    pub name: Text,
    pub description: Text,
    /// Networks whose members may apply.
    pub eligible_networks: Vec<String>,
    /// A Verein or institution may apply in cooperation with a member Kommune.
    pub cooperation_allowed: bool,
    /// Maximum funding per measure in euro cents (150000 = 1.500,00 €).
    pub max_funding_cents: u64,
    /// The application reaches the ministry at least this many days before the measure starts
    /// (28: four weeks); a later one is normally refused, so the wizard warns.
    pub lead_days: u32,
    /// The measure starts in the calendar year of the application.
    pub start_in_application_year: bool,
    /// At most this many KEB per Kommune and calendar year …
    pub max_per_kommune_year: u32,
    /// … and at most this much funding per Kommune and calendar year, in euro cents.
    pub max_cents_per_kommune_year: u64,
    pub own_contribution_required: bool,
    pub min_target_groups: u32,
    /// A Fachberater(in) must have been consulted (Vorklärung).
    pub advice_required: bool,
    pub text_max_chars: u32,
    pub formats: Vec<Choice>,
    pub target_groups: Vec<Choice>,
    pub source: String,
}

/// How a Kreis is named in lists: "Landkreis Böblingen", "Ortenaukreis", "Heilbronn (Stadtkreis)",
/// so that the Landkreis and the Stadt Heilbronn can be told apart.
pub fn kreis_label(name: &str, kind: KommuneType) -> String {
    match kind {
        KommuneType::Landkreis if name.ends_with("kreis") || name.ends_with("Kreis") => name.to_string(),
        KommuneType::Landkreis => format!("Landkreis {name}"),
        KommuneType::Stadtkreis => format!("{name} (Stadtkreis)"),
        _ => name.to_string(),
    }
}

impl Kommune {
    /// The name shown in lists and titles; Landkreise carry the word "Landkreis".
    pub fn display_name(&self) -> String {
        match self.kind {
            KommuneType::Landkreis => kreis_label(&self.name, self.kind),
            _ => self.name.clone(),
        }
    }
}

impl KreisRecord {
    pub fn label(&self) -> String {
        kreis_label(&self.name, self.kind)
    }
}

/// Lists of Kreise sort by the name itself: "Landkreis Biberach" stands under B.
pub fn kreis_sort_key(label: &str) -> String {
    crate::search::normalize(label.trim_start_matches("Landkreis "))
}
