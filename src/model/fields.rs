//! Rules for every value of a dataset by its field name: what a text may hold and how long it
//! may be, which numbers are plausible. Checked on the raw JSON, so a field added to the records
//! is covered by its name before anyone writes a check for it. The JSON Schema states the same
//! limits: it is made from these rules (model::schema).

use serde_json::{Map, Value};

use super::untrusted::{codepoint, forbidden_char, is_email, is_phone, is_web_url, MAX_URL_CHARS};
use super::{DataError, DataErrorKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// One line: names, ids, dates, labels.
    Line,
    /// Several lines allowed (descriptions in `de`/`en`).
    Paragraph,
    /// An `http(s):` address: becomes a link.
    WebUrl,
    /// Becomes a `mailto:` link.
    Email,
    /// Becomes a `tel:` link.
    Phone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextRule {
    pub kind: TextKind,
    pub max_chars: usize,
}

/// The rule for a string in field `field` (the array's field for strings in a list).
pub fn text_rule(field: &str) -> TextRule {
    use TextKind::*;
    let (kind, max_chars) = match field {
        "url" | "licence_url" | "web" | "online_url" | "registration_url" | "upload_url" => (WebUrl, MAX_URL_CHARS),
        "email" | "accessibility_contact" => (Email, 254),
        "phone" => (Phone, 40),
        "de" | "en" => (Paragraph, 2000),
        "id" | "key" | "kreis" | "kreise" | "rb" | "network" | "parent" | "member" | "source" | "fachstelle"
        | "kommune" | "eligible_networks" | "plz" | "metric" | "type" | "kind" | "role" | "member_level" | "stand"
        | "start" | "end" | "since" | "as_of" | "read_on" | "page_date" | "qualifier" | "attach" => (Line, 64),
        "value" => (Line, 100),
        "attribution" | "address" => (Line, 500),
        _ => (Line, 300),
    };
    TextRule { kind, max_chars }
}

/// Plausible range of a number in field `field`, inclusive; `None`: any number of its type.
pub fn number_range(field: &str) -> Option<(f64, f64)> {
    Some(match field {
        // Baden-Württemberg lies within 47.53–49.79 °N, 7.51–10.50 °E
        "lat" => (47.5, 49.85),
        "lon" => (7.45, 10.55),
        // Stuttgart, the largest body, has about 630,000 inhabitants
        "population" => (0.0, 2_000_000.0),
        // the largest Landkreis (Ortenaukreis) has about 1,860 km²
        "area_km2" => (0.1, 2_500.0),
        "founded" => (1900.0, 2100.0),
        "n_gemeinden" => (0.0, 1_101.0),
        "max_funding_cents" | "max_cents_per_kommune_year" => (0.0, 10_000_000.0),
        // a lead time of a year at most; a Kommune has at least one KEB a year
        "lead_days" => (0.0, 366.0),
        "max_per_kommune_year" => (1.0, 100.0),
        "text_max_chars" => (1.0, 10_000.0),
        "min_target_groups" => (0.0, 20.0),
        _ => return None,
    })
}

/// Checks every string and number of `root` by its field name; problems carry their JSON path.
pub fn check_values(root: &Map<String, Value>, errors: &mut Vec<DataError>) {
    visit(root, &mut |field, path, value| match value {
        Value::String(text) => {
            if let Some(kind) = text_problem(field, text) {
                errors.push(DataError::new(kind, path()));
            }
        }
        Value::Number(n) => {
            let (Some(x), Some((min, max))) = (n.as_f64(), number_range(field)) else { return };
            if !(min..=max).contains(&x) {
                errors.push(DataError::new(DataErrorKind::OutOfRange { value: x, min, max }, path()));
            }
        }
        _ => {}
    });
}

/// The `http:` addresses of `root` with their paths: links only where the operator allows them.
pub fn plain_http_links(root: &Map<String, Value>) -> Vec<(String, String)> {
    let mut found = Vec::new();
    visit(root, &mut |field, path, value| {
        if let (TextKind::WebUrl, Value::String(url)) = (text_rule(field).kind, value) {
            if url.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("http://")) {
                found.push((path(), url.clone()));
            }
        }
    });
    found
}

/// One step of a JSON path: a field name or a list index.
enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

/// "kommunen[3].lat" for the steps to a value; built only when a problem needs it.
fn path_of(steps: &[Step]) -> String {
    let mut out = String::new();
    for step in steps {
        match step {
            Step::Field(name) if out.is_empty() => out.push_str(name),
            Step::Field(name) => {
                out.push('.');
                out.push_str(name);
            }
            Step::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// Calls `f(field, path, value)` for every string, number, boolean and null below `root`;
/// the field of a value in a list is the list's field. `path()` makes the value's JSON path:
/// a dataset has tens of thousands of values and only the faulty ones need theirs.
fn visit(root: &Map<String, Value>, f: &mut dyn FnMut(&str, &dyn Fn() -> String, &Value)) {
    fn walk<'a>(value: &'a Value, field: &'a str, steps: &mut Vec<Step<'a>>, f: &mut dyn FnMut(&str, &dyn Fn() -> String, &Value)) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    steps.push(Step::Field(key));
                    walk(child, key, steps, f);
                    steps.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    steps.push(Step::Index(i));
                    walk(child, field, steps, f);
                    steps.pop();
                }
            }
            leaf => {
                let at: &[Step] = steps;
                f(field, &|| path_of(at), leaf)
            }
        }
    }
    let mut steps = Vec::new();
    for (key, child) in root {
        steps.push(Step::Field(key));
        walk(child, key, &mut steps, f);
        steps.pop();
    }
}

/// The first problem of one text in field `field`, if any.
pub fn text_problem(field: &str, text: &str) -> Option<DataErrorKind> {
    let rule = text_rule(field);
    if let Some(c) = forbidden_char(text, rule.kind == TextKind::Paragraph) {
        return Some(DataErrorKind::ForbiddenCharacter { code: codepoint(c) });
    }
    let len = text.chars().count();
    if len > rule.max_chars {
        return Some(DataErrorKind::TooLong { max: rule.max_chars, len });
    }
    let value = || text.to_string();
    match rule.kind {
        TextKind::WebUrl if !is_web_url(text) => Some(DataErrorKind::UnsafeLink { value: value() }),
        TextKind::Email if !is_email(text) => Some(DataErrorKind::InvalidEmail { value: value() }),
        TextKind::Phone if !is_phone(text) => Some(DataErrorKind::InvalidPhone { value: value() }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(json: &str) -> Vec<(DataErrorKind, String)> {
        let mut errors = Vec::new();
        check_values(&serde_json::from_str(json).unwrap(), &mut errors);
        errors.into_iter().map(|e| (e.kind, e.path)).collect()
    }

    #[test]
    fn links_in_any_url_field_are_checked_with_their_path() {
        let p = problems(r#"{"events":[{"registration_url":"https://a.de"},{"online_url":"javascript:alert(1)"}]}"#);
        assert_eq!(p, [(DataErrorKind::UnsafeLink { value: "javascript:alert(1)".into() }, "events[1].online_url".into())]);
        let p = problems(r#"{"sources":[{"licence_url":"data:text/html,x"}],"networks":[{"contact":{"web":"//x.de"}}]}"#);
        assert_eq!(p.iter().map(|(_, path)| path.as_str()).collect::<Vec<_>>(), ["networks[0].contact.web", "sources[0].licence_url"]);
    }

    #[test]
    fn addresses_and_numbers_that_would_smuggle_more_are_refused() {
        let p = problems(r#"{"people":[{"email":"a@b.de?bcc=c@d.de&body=x","phone":"0711;ext=1"}]}"#);
        assert!(matches!(p[0].0, DataErrorKind::InvalidEmail { .. }) && p[0].1 == "people[0].email", "{p:?}");
        assert!(matches!(p[1].0, DataErrorKind::InvalidPhone { .. }) && p[1].1 == "people[0].phone", "{p:?}");
    }

    #[test]
    fn control_and_bidi_characters_and_lengths() {
        let p = problems(r#"{"kommunen":[{"name":"Ulm\u202Egro.live"}],"networks":[{"description":{"de":"Zeile\nZeile"}}]}"#);
        assert_eq!(p, [(DataErrorKind::ForbiddenCharacter { code: "U+202E".into() }, "kommunen[0].name".into())]);
        let long = format!(r#"{{"kommunen":[{{"name":"{}"}}]}}"#, "x".repeat(301));
        assert_eq!(problems(&long), [(DataErrorKind::TooLong { max: 300, len: 301 }, "kommunen[0].name".into())]);
        assert!(matches!(problems(r#"{"x":{"id":"a\u0000"}}"#)[0].0, DataErrorKind::ForbiddenCharacter { .. }));
    }

    #[test]
    fn http_links_are_listed_for_the_operator() {
        let root = serde_json::from_str(r#"{"sources":[{"url":"http://www.arbes-bw.de/?p=231"},{"url":"https://a.de"}],"name":"http://x.de"}"#).unwrap();
        assert_eq!(plain_http_links(&root), [("sources[0].url".to_string(), "http://www.arbes-bw.de/?p=231".to_string())]);
    }

    #[test]
    fn coordinates_lie_in_baden_wuerttemberg_and_numbers_are_plausible() {
        let p = problems(r#"{"kommunen":[{"lat":48.77,"lon":9.18},{"lat":52.52,"lon":13.4}],"kreise":[{"population":-5,"area_km2":0}]}"#);
        let paths: Vec<&str> = p.iter().map(|(_, path)| path.as_str()).collect();
        assert_eq!(paths, ["kommunen[1].lat", "kommunen[1].lon", "kreise[0].area_km2", "kreise[0].population"]);
        assert_eq!(p[0].0, DataErrorKind::OutOfRange { value: 52.52, min: 47.5, max: 49.85 });
    }
}
