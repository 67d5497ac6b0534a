//! The validated dataset with look-ups by key, built once after loading.

use std::collections::BTreeMap;

use super::records::*;

#[derive(Clone, Debug)]
pub struct Model {
    pub stand: String,
    pub sources: Vec<Source>,
    pub operator: Operator,
    pub regierungsbezirke: Vec<Regierungsbezirk>,
    pub networks: Vec<Network>,
    pub organisations: Vec<Organisation>,
    pub facts: Vec<Fact>,
    pub kreise: Vec<KreisRecord>,
    /// The member directory: all Gemeinden, then the Landkreise. Stadtkreise appear once,
    /// as the Gemeinde (8-digit AGS); their 5-digit key resolves to it.
    pub kommunen: Vec<Kommune>,
    pub memberships: Vec<Membership>,
    pub people: Vec<Person>,
    pub fachstellen: Vec<Fachstelle>,
    pub events: Vec<Event>,
    pub keb: KebProgramme,
    n_gemeinden: usize,
    kommune_by_key: BTreeMap<String, usize>,
    memberships_by_member: BTreeMap<String, Vec<usize>>,
}

impl Model {
    /// Indexes a dataset: the member directory (Gemeinden, then Landkreise) and its look-ups.
    pub fn new(dataset: DatasetFile) -> Self {
        let DatasetFile {
            schema_version: _,
            stand,
            sources,
            operator,
            regierungsbezirke,
            networks,
            organisations,
            facts,
            kreise,
            kommunen: gemeinden,
            memberships,
            people,
            fachstellen,
            events,
            keb,
        } = dataset;
        let n_gemeinden = gemeinden.len();
        let mut kommunen: Vec<Kommune> = gemeinden
            .into_iter()
            .map(|g| Kommune {
                key: g.key,
                name: g.name,
                name_official: g.name_official,
                kind: g.kind,
                kreis: g.kreis,
                rb: g.rb,
                population: g.population,
                area_km2: g.area_km2,
                plz: Some(g.plz),
                lat: g.lat,
                lon: g.lon,
            })
            .collect();
        kommunen.extend(kreise.iter().filter(|k| k.kind == KommuneType::Landkreis).map(|k| Kommune {
            key: k.key.clone(),
            name: k.name.clone(),
            name_official: k.name_official.clone(),
            kind: k.kind,
            kreis: k.key.clone(),
            rb: k.rb.clone(),
            population: k.population,
            area_km2: k.area_km2,
            plz: None,
            lat: k.lat,
            lon: k.lon,
        }));
        // inserted one by one: `collect` into a map sorts the pairs first, a sort routine of its own
        // in the first view (1.7 KB brotli)
        let mut kommune_by_key = BTreeMap::new();
        for (i, k) in kommunen.iter().enumerate() {
            kommune_by_key.insert(k.key.clone(), i);
        }
        let mut memberships_by_member: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, m) in memberships.iter().enumerate() {
            memberships_by_member.entry(m.member.clone()).or_default().push(i);
        }
        Self {
            stand,
            sources,
            operator,
            regierungsbezirke,
            networks,
            organisations,
            facts,
            kreise,
            kommunen,
            memberships,
            people,
            fachstellen,
            events,
            keb,
            n_gemeinden,
            kommune_by_key,
            memberships_by_member,
        }
    }

    pub fn gemeinden(&self) -> impl Iterator<Item = &Kommune> {
        self.kommunen[..self.n_gemeinden].iter()
    }

    /// A Kommune by AGS or Kreis key; a Stadtkreis's 5-digit key finds its Stadt.
    pub fn kommune(&self, key: &str) -> Option<&Kommune> {
        let index = self.kommune_by_key.get(key).or_else(|| {
            let stadt = self.kreis(key).filter(|k| k.kind == KommuneType::Stadtkreis)?;
            self.kommune_by_key.get(&format!("{}000", stadt.key))
        })?;
        self.kommunen.get(*index)
    }

    pub fn kreis(&self, key: &str) -> Option<&KreisRecord> {
        self.kreise.iter().find(|k| k.key == key)
    }

    pub fn regierungsbezirk(&self, key: &str) -> Option<&Regierungsbezirk> {
        self.regierungsbezirke.iter().find(|r| r.key == key)
    }

    pub fn network(&self, id: &str) -> Option<&Network> {
        self.networks.iter().find(|n| n.id == id)
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn fachstelle(&self, id: &str) -> Option<&Fachstelle> {
        self.fachstellen.iter().find(|f| f.id == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// Memberships of one body (Kommune key or organisation id).
    pub fn memberships_of<'a>(&'a self, key: &str) -> impl Iterator<Item = &'a Membership> + 'a {
        self.memberships_by_member.get(key).into_iter().flatten().map(|&i| &self.memberships[i])
    }

    pub fn is_member(&self, key: &str) -> bool {
        self.memberships_by_member.contains_key(key)
    }

    pub fn members_of<'a>(&'a self, network: &'a str) -> impl Iterator<Item = &'a Membership> + 'a {
        self.memberships.iter().filter(move |m| m.network == network)
    }

    pub fn children_of<'a>(&'a self, network: &'a str) -> impl Iterator<Item = &'a Network> + 'a {
        self.networks.iter().filter(move |n| n.parent.as_deref() == Some(network))
    }

    /// Advisers of a network responsible for a Kreis (an empty `kreise` list covers all).
    pub fn advisers_for<'a>(&'a self, network: &'a str, kreis: &'a str) -> impl Iterator<Item = &'a Person> + 'a {
        self.people.iter().filter(move |p| {
            p.role == Role::Fachberatung
                && p.network == network
                && (p.kreise.is_empty() || p.kreise.iter().any(|k| k == kreis))
        })
    }

    pub fn fachstellen_in<'a>(&'a self, kommune: &'a str) -> impl Iterator<Item = &'a Fachstelle> + 'a {
        self.fachstellen.iter().filter(move |f| f.kommune == kommune)
    }

    pub fn people_of<'a>(&'a self, network: &'a str) -> impl Iterator<Item = &'a Person> + 'a {
        self.people.iter().filter(move |p| p.network == network)
    }
}
