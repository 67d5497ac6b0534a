//! The bundled dataset: every record not marked as an example can be traced to a public source
//! with its address and a date, and no invented contact stands where a real one exists.

use be_netzwerke::model::provenance::untraced;
use be_netzwerke::model::{parse_dataset, Model, Role};

fn bundled() -> Model {
    parse_dataset(include_str!("../data/be-netzwerke.json")).unwrap()
}

#[test]
fn every_real_record_names_a_source_address_and_a_date() {
    assert_eq!(untraced(&bundled()), Vec::<String>::new());
}

#[test]
fn no_example_adviser_or_contact_where_a_real_one_exists() {
    let m = bundled();
    for n in &m.networks {
        let advisers: Vec<_> = m.people.iter().filter(|p| p.network == n.id && p.role == Role::Fachberatung).collect();
        if advisers.iter().any(|p| !p.example) {
            let invented: Vec<_> = advisers.iter().filter(|p| p.example).map(|p| &p.id).collect();
            assert!(invented.is_empty(), "{}: example advisers beside real ones: {invented:?}", n.id);
        }
        assert!(!n.contact.example, "{}: the contact is an example though the network's page is public", n.id);
    }
    // the three municipal networks have their real Fachberatung, the one KEB applicants are sent to
    for id in &m.keb.eligible_networks {
        assert!(m.people.iter().any(|p| &p.network == id && p.role == Role::Fachberatung && !p.example), "{id}");
    }
}

#[test]
fn the_keb_maximum_is_the_one_the_ministry_publishes_now() {
    let m = bundled();
    let page = m.source(&m.keb.source).expect("KEB source");
    assert!(page.url.as_deref().unwrap().starts_with("https://sozialministerium.baden-wuerttemberg.de/"));
    let published = m.facts.iter().find(|f| f.metric == "maximum funding per KEB").expect("fact");
    assert_eq!(published.url, page.url);
    assert_eq!(published.value, format!("{}.{:03} €", m.keb.max_funding_cents / 100_000, m.keb.max_funding_cents / 100 % 1000));
}
