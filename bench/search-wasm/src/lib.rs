//! `src/search`'s index, callable from the benchmark page: the same code the app runs.

use be_netzwerke::search::{Document, SearchIndex};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[derive(Deserialize)]
struct Doc {
    key: String,
    name: String,
    kreis: String,
    plz: Option<String>,
    population: u32,
    landkreis: bool,
}

#[wasm_bindgen]
pub struct Search {
    index: SearchIndex,
    keys: Vec<String>,
}

#[wasm_bindgen]
impl Search {
    /// `docs`: a JSON array of {key, name, kreis, plz, population, landkreis}.
    #[wasm_bindgen(constructor)]
    pub fn new(docs: &str) -> Result<Search, JsError> {
        let docs: Vec<Doc> = serde_json::from_str(docs)?;
        let index = SearchIndex::new(docs.iter().map(|d| {
            let mut numbers = vec![d.key.as_str()];
            numbers.extend(d.plz.as_deref());
            let mut other = vec![d.kreis.as_str()];
            if d.landkreis {
                other.extend(["Landkreis", "Kreis"]);
            }
            Document { name: &d.name, other, numbers, population: d.population, group: d.landkreis as u8 }
        }));
        Ok(Search { index, keys: docs.into_iter().map(|d| d.key).collect() })
    }

    /// Keys of the best `limit` hits.
    pub fn search(&self, query: &str, limit: usize) -> Vec<String> {
        self.index.search(query).into_iter().take(limit).map(|h| self.keys[h.doc as usize].clone()).collect()
    }
}
