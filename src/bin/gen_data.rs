//! Builds the bundled dataset data/be-netzwerke.json from data/sources/, through the app's own record
//! types (model::DatasetFile), so a field the types gain or lose cannot be missing here.
//!
//! Official figures from the Destatis CSV files; the organisations behind each network (carrier,
//! Fachberatung, contact page, latest member count) from network_organisations.csv, each with the public
//! page it was read on (public_pages.csv); hand-curated content (texts, KEB rules, operator, sources of the
//! official files, example records) from editorial.json. Deterministic, so the test command checks that the
//! committed file is what this makes: `cargo run --bin gen-data -- --check`.

use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;

use be_netzwerke::model::*;
use serde::Deserialize;

const SOURCES: &str = "data/sources";
const OUT: &str = "data/be-netzwerke.json";

/// Member lists name their networks by id, by the name or short name in the data, or, in the
/// historic lists, in full as their sources do (these names).
const NETWORK_IDS: [(&str, &str); 3] = [
    ("StädteNetzWerk BE (Städtetag BW)", "staedtenetzwerk"),
    ("Landkreisnetzwerk BE (Landkreistag BW)", "landkreisnetzwerk"),
    ("Landesnetzwerk Engagierte Stadt BW (founding meeting)", "engagierte-stadt"),
];
/// The facts file names networks as its sources do.
const FACT_NETWORK_IDS: [(&str, &str); 10] = [
    ("Landesnetzwerk Bürgerschaftliches Engagement BW", "landesnetzwerk"),
    ("Landkreisnetzwerk BE", "landkreisnetzwerk"),
    ("StädteNetzWerk BE", "staedtenetzwerk"),
    ("Gemeindenetzwerk BE", "gemeindenetzwerk"),
    ("ARBES e.V.", "arbes"),
    ("Bürgermentorat BW", "buergermentoren"),
    ("BBE (Bundesnetzwerk Bürgerschaftliches Engagement)", "bbe"),
    ("Landesnetzwerk Engagierte Stadt BW", "engagierte-stadt"),
    ("LagEB BW", "lageb"),
    ("FaLBE (Fachkräfte im Landesnetzwerk BE)", "lageb"),
];
/// What the public pages are used for, as the Quellen page names it.
const BASIS_FACTS: &str = "Tatsachenangaben mit Quellenangabe (kein Text übernommen)";

#[derive(Deserialize)]
struct Editorial {
    stand: String,
    sources: Vec<Source>,
    operator: Operator,
    networks: Vec<Network>,
    organisations: Vec<Organisation>,
    example_memberships: BTreeMap<String, serde_json::Value>,
    people: Vec<Person>,
    fachstellen: Vec<Fachstelle>,
    events: Vec<Event>,
    keb: KebProgramme,
}

/// How many example members a network gets, from Gemeinden of which types.
#[cfg(test)]
mod tests {
    use super::*;

    fn networks() -> Vec<Network> {
        let editorial: Editorial = serde_json::from_str(&std::fs::read_to_string(format!("{SOURCES}/editorial.json")).unwrap()).unwrap();
        editorial.networks
    }

    #[test]
    fn a_network_with_listed_members_gets_no_example_sample() {
        let spec: BTreeMap<String, serde_json::Value> = [("gemeindenetzwerk".to_string(), serde_json::json!({"count": 5, "types": ["Gemeinde"]}))].into();
        let gemeinden = read_csv("bw_gemeinden.csv").unwrap();
        let (taken, none) = (BTreeSet::new(), BTreeSet::new());
        let sample = example_memberships(&spec, &gemeinden, &taken, &none).unwrap();
        assert_eq!((sample.len(), sample.iter().all(|m| m.example)), (5, true));
        let listed: BTreeSet<String> = ["gemeindenetzwerk".to_string()].into();
        assert!(example_memberships(&spec, &gemeinden, &taken, &listed).unwrap().is_empty());
    }

    #[test]
    fn a_member_row_names_any_network_of_the_data() {
        let n = networks();
        assert_eq!(network_id("gemeindenetzwerk", &n), Ok("gemeindenetzwerk"));
        let g = n.iter().find(|x| x.id == "gemeindenetzwerk").unwrap();
        assert_eq!(network_id(&g.short_name, &n), Ok("gemeindenetzwerk"));
        assert_eq!(network_id(&g.name, &n), Ok("gemeindenetzwerk"));
        assert_eq!(network_id("StädteNetzWerk BE (Städtetag BW)", &n), Ok("staedtenetzwerk"));
        assert_eq!(network_id("Gemeindenetzwerk BE", &n), Ok("gemeindenetzwerk"));
        let e = network_id("Gemeindenetzwerk XY", &n).unwrap_err();
        assert!(e.contains("gemeindenetzwerk (") && e.contains("staedtenetzwerk ("), "{e}");
    }
}

#[derive(Deserialize)]
struct ExampleRule {
    count: usize,
    types: Vec<String>,
}

type Row = BTreeMap<String, String>;

fn main() -> ExitCode {
    let text = match build() {
        Ok(dataset) => be_netzwerke::model::write::render(&dataset),
        Err(e) => {
            eprintln!("gen-data: {e}");
            return ExitCode::FAILURE;
        }
    };
    if std::env::args().any(|a| a == "--check") {
        if std::fs::read_to_string(OUT).ok().as_deref() == Some(text.as_str()) {
            println!("{OUT} is up to date");
            return ExitCode::SUCCESS;
        }
        eprintln!("{OUT} is out of date: run `cargo run --bin gen-data`");
        return ExitCode::FAILURE;
    }
    std::fs::write(OUT, &text).expect("write the dataset");
    println!("wrote {OUT} ({} bytes)", text.len());
    ExitCode::SUCCESS
}

fn build() -> Result<DatasetFile, String> {
    let editorial_text = std::fs::read_to_string(format!("{SOURCES}/editorial.json")).map_err(|e| e.to_string())?;
    let editorial: Editorial = serde_json::from_str(&editorial_text).map_err(|e| format!("editorial.json: {e}"))?;
    let gemeinden = read_csv("bw_gemeinden.csv")?;
    let organisations = read_csv("network_organisations.csv")?;
    let historic = historic_memberships(&read_csv("bw_be_network_members_historic.csv")?, &editorial.networks)?;
    let taken: BTreeSet<(String, String)> = historic.iter().map(|m| (m.network.clone(), m.member.clone())).collect();
    // a network whose members are listed is no longer an example
    let listed: BTreeSet<String> = historic.iter().map(|m| m.network.clone()).collect();
    let examples = example_memberships(&editorial.example_memberships, &gemeinden, &taken, &listed)?;
    let regierungsbezirke: BTreeSet<(String, String)> =
        gemeinden.iter().map(|r| (r["rb_key"].clone(), r["rb_name"].replace("Reg.-Bez. ", ""))).collect();
    let mut sources = editorial.sources;
    sources.extend(read_csv("public_pages.csv")?.iter().map(page_source));
    let mut people = fachberatung_people(&organisations);
    people.extend(editorial.people);
    Ok(DatasetFile {
        schema_version: SCHEMA_VERSION,
        stand: editorial.stand,
        sources,
        operator: editorial.operator,
        regierungsbezirke: regierungsbezirke.into_iter().map(|(key, name)| Regierungsbezirk { key, name }).collect(),
        networks: with_organisations(editorial.networks, &organisations)?,
        organisations: editorial.organisations,
        facts: read_csv("bw_be_network_facts.csv")?.iter().map(fact).collect(),
        kreise: read_csv("bw_kreise.csv")?.iter().map(kreis).collect::<Result<_, _>>()?,
        kommunen: gemeinden.iter().map(gemeinde).collect::<Result<_, _>>()?,
        memberships: historic.into_iter().chain(examples).collect(),
        people,
        fachstellen: editorial.fachstellen,
        events: editorial.events,
        keb: editorial.keb,
    })
}

fn read_csv(name: &str) -> Result<Vec<Row>, String> {
    let mut reader = csv::Reader::from_path(format!("{SOURCES}/{name}")).map_err(|e| format!("{name}: {e}"))?;
    reader.deserialize().collect::<Result<Vec<Row>, _>>().map_err(|e| format!("{name}: {e}"))
}

fn number<T: std::str::FromStr>(row: &Row, field: &str) -> Result<T, String> {
    row[field].parse().map_err(|_| format!("{field}: not a number: {:?}", row[field]))
}

/// Coordinates to four decimals (about 10 m): enough for a map point. Rounded as written in decimal
/// (`{:.4}` rounds the exact value), not as `(x * 1e4).round()`, which errs at x.xxxx5.
fn coordinate(row: &Row, field: &str) -> Result<f64, String> {
    Ok(format!("{:.4}", number::<f64>(row, field)?).parse().expect("a formatted number parses"))
}

fn kommune_type(label: &str) -> Result<KommuneType, String> {
    Ok(match label {
        "Gemeinde" => KommuneType::Gemeinde,
        "Stadt" => KommuneType::Stadt,
        "Große Kreisstadt" => KommuneType::GrosseKreisstadt,
        "Stadtkreis" => KommuneType::Stadtkreis,
        "Landkreis" => KommuneType::Landkreis,
        other => return Err(format!("unknown type {other:?}")),
    })
}

fn gemeinde(r: &Row) -> Result<GemeindeRecord, String> {
    Ok(GemeindeRecord {
        key: r["ags"].clone(),
        name: r["name"].clone(),
        name_official: r["name_official"].clone(),
        kind: kommune_type(&r["gemeinde_type"])?,
        kreis: r["kreis_key"].clone(),
        rb: r["rb_key"].clone(),
        population: number(r, "population")?,
        area_km2: number(r, "area_km2")?,
        plz: r["plz"].clone(),
        lat: coordinate(r, "lat")?,
        lon: coordinate(r, "lon")?,
    })
}

fn kreis(r: &Row) -> Result<KreisRecord, String> {
    Ok(KreisRecord {
        key: r["kreis_key"].clone(),
        name: r["name"].clone(),
        name_official: r["name_official"].clone(),
        kind: kommune_type(&r["kreis_type"])?,
        rb: r["rb_key"].clone(),
        seat: r["seat"].clone(),
        population: number(r, "population")?,
        area_km2: number(r, "area_km2")?,
        n_gemeinden: number(r, "n_gemeinden")?,
        lat: coordinate(r, "seat_lat")?,
        lon: coordinate(r, "seat_lon")?,
    })
}

fn non_empty(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// A public web page as a dataset source: title, URL, the page's own date and the date read.
fn page_source(r: &Row) -> Source {
    Source {
        id: r["id"].clone(),
        title: format!("{}: {}", r["publisher"], r["title"]),
        licence: BASIS_FACTS.to_string(),
        licence_url: None,
        attribution: format!("Quelle: {}", r["publisher"]),
        url: non_empty(&r["url"]),
        page_date: non_empty(&r["page_date"]),
        read_on: non_empty(&r["read_on"]),
    }
}

/// Carrier, Fachberatung, contact page and member count from the public pages; the texts stay editorial.
fn with_organisations(networks: Vec<Network>, rows: &[Row]) -> Result<Vec<Network>, String> {
    networks
        .into_iter()
        .map(|mut n| {
            let r = rows.iter().find(|r| r["network"] == n.id).ok_or(format!("no organisation row for {}", n.id))?;
            n.lead_organisation = r["carrier"].clone();
            n.source = Some(r["page"].clone());
            n.contact = Contact { web: non_empty(&r["contact_url"]), ..Contact::default() };
            n.fachberatung = non_empty(&r["fachberatung"]);
            n.members = match r["members"].as_str() {
                "" => None,
                _ => Some(MemberCount {
                    value: number(r, "members")?,
                    qualifier: serde_json::from_value(serde_json::json!(r["members_qualifier"])).map_err(|e| e.to_string())?,
                    unit: Text { de: r["members_unit_de"].clone(), en: non_empty(&r["members_unit_en"]) },
                    as_of: non_empty(&r["members_as_of"]),
                    source: r["members_page"].clone(),
                }),
            };
            Ok(n)
        })
        .collect()
}

/// One record per Fachberatung: the organisation in that role, for the whole Land (no private persons).
fn fachberatung_people(rows: &[Row]) -> Vec<Person> {
    rows.iter()
        .filter(|r| !r["fachberatung"].is_empty())
        .map(|r| Person {
            id: format!("fb-{}", r["network"]),
            name: r["fachberatung"].clone(),
            role: Role::Fachberatung,
            network: r["network"].clone(),
            region: "Baden-Württemberg".to_string(),
            kreise: Vec::new(),
            fachstelle: None,
            email: None,
            phone: None,
            web: non_empty(&r["contact_url"]),
            source: Some(r["page"].clone()),
            example: false,
        })
        .collect()
}

/// The id of the network a member row names: its id, its name or short name, or a historic name.
fn network_id<'a>(named: &str, networks: &'a [Network]) -> Result<&'a str, String> {
    let named = named.trim();
    if let Some(n) = networks.iter().find(|n| n.id == named || n.name == named || n.short_name == named) {
        return Ok(&n.id);
    }
    let historic = NETWORK_IDS.iter().chain(FACT_NETWORK_IDS.iter()).find(|(name, _)| *name == named).map(|(_, id)| *id);
    match historic.and_then(|id| networks.iter().find(|n| n.id == id)) {
        Some(n) => Ok(&n.id),
        None => {
            let known: Vec<String> = networks.iter().map(|n| format!("{} ({})", n.id, n.short_name)).collect();
            Err(format!("unknown network {named:?}: name a network by its id or name, one of {}", known.join(", ")))
        }
    }
}

fn historic_memberships(rows: &[Row], networks: &[Network]) -> Result<Vec<Membership>, String> {
    rows.iter()
        .map(|r| {
            let network = network_id(&r["network"], networks)?;
            // the Landesbericht (2004) and the founding report (2025) are the two sources of these lists
            let source = if r["url"].contains("yumpu") { "landesbericht-2004" } else if r["url"].contains("mrn-news") { "mrn-news-2025" } else { "sm-netzwerke" };
            Ok(Membership {
                network: network.to_string(),
                member: r["key"].clone(),
                since: None,
                as_of: non_empty(&r["as_of"]),
                source: source.to_string(),
                example: false,
            })
        })
        .collect()
}

/// A deterministic, evenly spread sample: every n-th eligible Gemeinde by AGS.
fn example_memberships(
    spec: &BTreeMap<String, serde_json::Value>,
    gemeinden: &[Row],
    taken: &BTreeSet<(String, String)>,
    listed: &BTreeSet<String>,
) -> Result<Vec<Membership>, String> {
    let mut out = Vec::new();
    for (network, rule) in spec.iter().filter(|(network, _)| !network.starts_with('_') && !listed.contains(*network)) {
        let rule: ExampleRule = serde_json::from_value(rule.clone()).map_err(|e| format!("example_memberships.{network}: {e}"))?;
        let mut pool: Vec<&Row> = gemeinden
            .iter()
            .filter(|g| rule.types.contains(&g["gemeinde_type"]) && !taken.contains(&(network.clone(), g["ags"].clone())))
            .collect();
        pool.sort_by(|a, b| a["ags"].cmp(&b["ags"]));
        let step = pool.len() as f64 / rule.count as f64;
        out.extend((0..rule.count).map(|i| Membership {
            network: network.clone(),
            member: pool[(i as f64 * step) as usize]["ags"].clone(),
            since: None,
            as_of: None,
            source: "beispiel".to_string(),
            example: true,
        }));
    }
    Ok(out)
}

fn fact(r: &Row) -> Fact {
    Fact {
        network: FACT_NETWORK_IDS.iter().find(|(name, _)| *name == r["network"]).map(|(_, id)| id.to_string()),
        label: r["network"].clone(),
        metric: r["metric"].clone(),
        value: r["value"].clone(),
        as_of: non_empty(&r["as_of"]),
        source_title: r["source_title"].clone(),
        url: non_empty(&r["url"]),
        read_on: non_empty(&r["read_on"]),
    }
}
