//! Editorial pages (data/inhalte.json): Barrierefreiheit, Datenschutz, Leichte Sprache. Kept out
//! of the wasm and fetched by those pages only; the operator edits the texts without a release.

use serde_json::Value;

use super::records::{Operator, Text};
use super::untrusted::{forbidden_char, strip_bom};

pub const CONTENT_PATH: &str = "data/inhalte.json";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Section {
    pub heading: Option<Text>,
    pub paragraphs: Vec<Text>,
    pub items: Vec<Item>,
}

/// A list item, and the app's page it names ("/keb"): the page shows it as a link.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Item {
    pub text: Text,
    /// A path of this app, never another site's address.
    pub link: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub updated: String,
    pub pages: Vec<(String, Vec<Section>)>,
}

impl Content {
    pub fn page(&self, id: &str) -> Option<&[Section]> {
        self.pages.iter().find(|(k, _)| k == id).map(|(_, s)| s.as_slice())
    }
}

/// Reads the content file; `None` if it is not what we expect (the page then says so).
/// Untrusted like every data file: a text with control or bidi characters refuses the file.
pub fn parse_content(text: &str) -> Option<Content> {
    let root: Value = serde_json::from_str(strip_bom(text)).ok()?;
    let clean = |s: &str| forbidden_char(s, true).is_none().then(|| s.to_string());
    let text_of = |v: &Value| -> Option<Text> {
        let en = match v.get("en").and_then(Value::as_str) {
            Some(en) => Some(clean(en)?),
            None => None,
        };
        Some(Text { de: clean(v.get("de")?.as_str()?)?, en })
    };
    let texts = |v: Option<&Value>| -> Option<Vec<Text>> {
        match v {
            None => Some(Vec::new()),
            Some(v) => v.as_array()?.iter().map(text_of).collect(),
        }
    };
    let item_of = |v: &Value| -> Option<Item> {
        let link = match v.get("link") {
            None => None,
            // a path of this app only: "/keb", not "//host" or "https://…"
            Some(l) => Some(l.as_str().filter(|p| p.starts_with('/') && !p.starts_with("//") && clean(p).is_some())?.to_string()),
        };
        Some(Item { text: text_of(v)?, link })
    };
    let items = |v: Option<&Value>| -> Option<Vec<Item>> {
        match v {
            None => Some(Vec::new()),
            Some(v) => v.as_array()?.iter().map(item_of).collect(),
        }
    };
    let pages = root
        .get("pages")?
        .as_object()?
        .iter()
        .map(|(id, page)| {
            let sections = page
                .get("sections")?
                .as_array()?
                .iter()
                .map(|s| {
                    Some(Section {
                        heading: match s.get("heading") {
                            Some(h) => Some(text_of(h)?),
                            None => None,
                        },
                        paragraphs: texts(s.get("paragraphs"))?,
                        items: items(s.get("items"))?,
                    })
                })
                .collect::<Option<Vec<_>>>()?;
            Some((id.clone(), sections))
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Content { updated: root.get("updated")?.as_str()?.to_string(), pages })
}

/// Fills the operator's details into a text.
pub fn fill(text: &str, operator: &Operator) -> String {
    text.replace("{operator}", &operator.name)
        .replace("{email}", &operator.email)
        .replace("{accessibility_contact}", operator.accessibility_contact.as_deref().unwrap_or(&operator.email))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_content_has_every_page_in_both_languages_where_it_should() {
        let c = parse_content(include_str!("../../data/inhalte.json")).expect("content parses");
        for id in ["barrierefreiheit", "datenschutz", "leichte-sprache"] {
            let sections = c.page(id).unwrap_or_else(|| panic!("{id}"));
            assert!(sections.len() >= 3, "{id}");
            let texts = sections.iter().flat_map(|s| s.heading.iter().chain(&s.paragraphs).chain(s.items.iter().map(|i| &i.text)));
            for t in texts {
                assert!(!t.de.trim().is_empty());
                // easy-read is German only; the other pages are bilingual
                assert_eq!(t.en.is_some(), id != "leichte-sprache", "{id}: {}", t.de);
            }
        }
        let all = |id| c.page(id).unwrap().iter().flat_map(|s| s.paragraphs.iter().chain(s.items.iter().map(|i| &i.text))).map(|t| t.de.clone()).collect::<String>();
        assert!(all("barrierefreiheit").contains("BITV 2.0") && all("barrierefreiheit").contains("{accessibility_contact}"));
        assert!(all("datenschutz").contains("localStorage"));
    }

    #[test]
    fn broken_content_is_refused_not_half_shown() {
        assert!(parse_content("{}").is_none());
        assert!(parse_content(r#"{"updated":"x","pages":{"a":{"sections":[{"items":[{"en":"no german"}]}]}}}"#).is_none());
        assert!(parse_content("<html>").is_none());
        let ok = r#"{"updated":"2026-11-25","pages":{"a":{"sections":[{"items":[{"de":"Punkt"}]}]}}}"#;
        assert!(parse_content(ok).is_some());
        assert!(parse_content(&format!("\u{feff}{ok}")).is_some(), "a byte order mark is ignored");
        assert!(parse_content(&ok.replace("Punkt", "Pu\\u202Enkt")).is_none(), "a bidi override refuses the file");
        // a list item links a page of this app, never another site
        let linked = |link: &str| parse_content(&ok.replace(r#""de":"Punkt""#, &format!(r#""de":"Punkt","link":{link}"#)));
        assert_eq!(linked(r#""/keb""#).unwrap().page("a").unwrap()[0].items[0].link.as_deref(), Some("/keb"));
        for foreign in [r#""https://evil.example/""#, r#""//evil.example/""#, r#""javascript:alert(1)""#, "1"] {
            assert!(linked(foreign).is_none(), "{foreign}");
        }
    }

    #[test]
    fn operator_details_are_filled_in() {
        let op = Operator { name: "LNW".into(), email: "a@b.de".into(), accessibility_contact: None, ..Default::default() };
        assert_eq!(fill("{operator}: {email} / {accessibility_contact}", &op), "LNW: a@b.de / a@b.de");
    }
}
