//! The member directory's state (search words, facets, sort, page) as it lives in the URL,
//! and applying it to the data.

use super::index::{Document, SearchIndex};
use super::normalize;
use crate::order::sort_rows;
use crate::model::{KommuneType, Model};

/// Rows per page: enough to scan, few enough that every keystroke redraws within a frame.
pub const PAGE_SIZE: usize = 25;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first; by name when there are no search words.
    #[default]
    Relevance,
    Name,
    Population,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Relevance, Sort::Name, Sort::Population];
    pub fn id(self) -> &'static str {
        match self {
            Sort::Relevance => "relevanz",
            Sort::Name => "name",
            Sort::Population => "einwohner",
        }
    }
    fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Everything that decides which rows the directory shows. Unknown or malformed URL
/// values fall back to "no filter" rather than an error, so old links keep working.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DirectoryFilter {
    pub q: String,
    pub network: String,
    pub kreis: String,
    pub rb: String,
    pub kind: Option<KommuneType>,
    pub member: Option<bool>,
    pub sort: Sort,
    /// 1-based.
    pub page: usize,
}

impl DirectoryFilter {
    pub fn from_query(pairs: &[(String, String)]) -> Self {
        let mut f = DirectoryFilter { page: 1, ..Default::default() };
        for (k, v) in pairs {
            match k.as_str() {
                "q" => f.q = v.clone(),
                "netzwerk" => f.network = v.clone(),
                "kreis" => f.kreis = v.clone(),
                "rb" => f.rb = v.clone(),
                "typ" => f.kind = KommuneType::from_id(v),
                "mitglied" => f.member = match v.as_str() {
                    "ja" => Some(true),
                    "nein" => Some(false),
                    _ => None,
                },
                "sortierung" => f.sort = Sort::from_id(v).unwrap_or_default(),
                "seite" => f.page = v.parse().ok().filter(|&p| p >= 1).unwrap_or(1),
                _ => {}
            }
        }
        f
    }

    /// The URL query pairs; defaults are left out so links stay short.
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let member = self.member.map(|m| if m { "ja" } else { "nein" }).unwrap_or_default();
        let sort = if self.sort == Sort::Relevance { "" } else { self.sort.id() };
        let page = if self.page > 1 { self.page.to_string() } else { String::new() };
        [
            ("q", self.q.clone()),
            ("netzwerk", self.network.clone()),
            ("kreis", self.kreis.clone()),
            ("rb", self.rb.clone()),
            ("typ", self.kind.map(|k| k.id()).unwrap_or_default().to_string()),
            ("mitglied", member.to_string()),
            ("sortierung", sort.to_string()),
            ("seite", page),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .collect()
    }

    /// How many facets narrow the list (the search words not counted).
    pub fn active_facets(&self) -> usize {
        [!self.network.is_empty(), !self.kreis.is_empty(), !self.rb.is_empty(), self.kind.is_some(), self.member.is_some()]
            .into_iter()
            .filter(|&on| on)
            .count()
    }

    /// Whether any facet or search word narrows the list.
    pub fn is_filtered(&self) -> bool {
        !self.q.trim().is_empty()
            || !self.network.is_empty()
            || !self.kreis.is_empty()
            || !self.rb.is_empty()
            || self.kind.is_some()
            || self.member.is_some()
    }
}

/// The search index and orderings over `Model::kommunen`, built once per dataset. The index is
/// built on first use (`index`): the unfiltered list needs only the orderings, so the directory's
/// first view does not wait for it (the page builds it when its search field gets focus).
pub struct Directory {
    index: std::sync::OnceLock<SearchIndex>,
    by_name: Vec<usize>,
    by_population: Vec<usize>,
}

impl Directory {
    pub fn new(model: &Model) -> Self {
        let names: Vec<String> = model.kommunen.iter().map(|k| normalize(&k.name)).collect();
        let mut by_name: Vec<usize> = (0..model.kommunen.len()).collect();
        sort_rows(&mut by_name, &|&a, &b| names[a].cmp(&names[b]).then(model.kommunen[a].kind.cmp(&model.kommunen[b].kind)));
        let mut by_population: Vec<usize> = (0..model.kommunen.len()).collect();
        sort_rows(&mut by_population, &|&a, &b| model.kommunen[b].population.cmp(&model.kommunen[a].population));
        Self { index: std::sync::OnceLock::new(), by_name, by_population }
    }

    /// The search index over the same `model` the directory was made from.
    pub fn index(&self, model: &Model) -> &SearchIndex {
        self.index.get_or_init(|| {
            let documents = model.kommunen.iter().map(|k| {
                let landkreis = k.kind == KommuneType::Landkreis;
                let mut other = vec![k.name_official.as_str()];
                match model.kreis(&k.kreis) {
                    Some(kreis) if kreis.name != k.name => other.push(&kreis.name),
                    _ => {}
                }
                if landkreis {
                    other.extend(["Landkreis", "Kreis"]);
                }
                let mut numbers = vec![k.key.as_str()];
                numbers.extend(k.plz.as_deref());
                Document { name: &k.name, other, numbers, population: k.population, group: landkreis as u8 }
            });
            SearchIndex::new(documents)
        })
    }

    /// Indices into `model.kommunen` of every row the filter selects, in display order.
    pub fn apply(&self, model: &Model, f: &DirectoryFilter) -> Vec<usize> {
        let searching = !f.q.trim().is_empty();
        let candidates: Vec<usize> = if searching {
            let hits = self.index(model).search(&f.q).into_iter().map(|h| h.doc as usize);
            match f.sort {
                Sort::Relevance => hits.collect(),
                _ => {
                    let mut keep = vec![false; model.kommunen.len()];
                    hits.for_each(|i| keep[i] = true);
                    self.ordered(f.sort).iter().copied().filter(|&i| keep[i]).collect()
                }
            }
        } else {
            self.ordered(f.sort).to_vec()
        };
        candidates.into_iter().filter(|&i| self.passes(model, i, f)).collect()
    }

    fn ordered(&self, sort: Sort) -> &[usize] {
        match sort {
            Sort::Population => &self.by_population,
            Sort::Relevance | Sort::Name => &self.by_name,
        }
    }

    fn passes(&self, model: &Model, i: usize, f: &DirectoryFilter) -> bool {
        let k = &model.kommunen[i];
        (f.kreis.is_empty() || k.kreis == f.kreis)
            && (f.rb.is_empty() || k.rb == f.rb)
            && f.kind.is_none_or(|kind| k.kind == kind)
            && f.member.is_none_or(|m| model.is_member(&k.key) == m)
            && (f.network.is_empty() || model.memberships_of(&k.key).any(|m| m.network == f.network))
    }
}

/// The rows of one page, and the page count (at least 1). Pages past the end show the last.
pub fn page_of(rows: &[usize], page: usize) -> (&[usize], usize, usize) {
    let pages = rows.len().div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let start = (page - 1) * PAGE_SIZE;
    (&rows[start..(start + PAGE_SIZE).min(rows.len())], page, pages)
}
