//! Configuration of one mounted app, from the host element's `data-*` attributes, then the
//! page's query string, then defaults. Pure, so every precedence rule is tested natively.

use crate::i18n::Lang;
use crate::routes::parse_query;

/// How the app keeps its route in the address bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoutingMode {
    /// Standalone or iframe page: real paths below `base` (History API, leptos_router).
    History { base: String },
    /// Embedded in a host page: routes live in the URL hash (`#/mitglieder?kreis=08317`),
    /// so the host's own path and links stay untouched.
    Hash,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// Data endpoint; `None` means the bundled data.
    pub source: Option<String>,
    /// Where KEB applications are POSTed; `None` offers download, print and e-mail instead.
    pub submit: Option<String>,
    pub lang: Lang,
    /// Where the app's files (bundled data) are served from; `None`: the document's base URL.
    pub assets: Option<String>,
    /// Start view when the URL names none (e.g. "/mitglieder").
    pub start: Option<String>,
    pub routing: RoutingMode,
    /// Shown in an iframe (`?einbettung=iframe`): hash routes, no minimum height, and the page
    /// reports height and route to the host (assets/frame.js).
    pub in_frame: bool,
    /// Problems with the configuration itself, shown as a notice.
    pub problems: Vec<String>,
}

/// Reads one host element's attributes (`name` without the `data-` prefix) and the page query.
pub fn read_config(attrs: &[(String, String)], page_query: &str) -> Config {
    let attr = |name: &str| {
        attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty())
    };
    let query = parse_query(page_query);
    let param = |name: &str| query.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty());
    let mut problems = Vec::new();

    let mut url_setting = |name: &str, value: Option<String>| match value {
        Some(v) if is_safe_url(&v) => Some(v),
        Some(v) => {
            problems.push(format!("{name}: {v}"));
            None
        }
        None => None,
    };
    let source = url_setting("data-source", attr("source").or_else(|| param("daten")));
    let submit = url_setting("data-submit", attr("submit"));
    let lang = param("lang")
        .or_else(|| attr("lang"))
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or_default();
    let in_frame = param("einbettung").as_deref() == Some("iframe");
    let routing = match attr("routing").as_deref() {
        Some("history") if !in_frame => RoutingMode::History { base: normalise_base(&attr("base").unwrap_or_default()) },
        _ => RoutingMode::Hash,
    };
    let start = attr("start").filter(|s| s.starts_with('/'));
    let assets = url_setting("data-assets", attr("assets"));
    Config { source, submit, lang, assets, start, routing, in_frame, problems }
}

/// Only http(s) URLs and same-site paths; never `javascript:` or `data:`.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return true;
    }
    let has_scheme = lower.split(['/', '?', '#']).next().is_some_and(|first| first.contains(':'));
    !has_scheme && !lower.starts_with("//")
}

/// "/engagement/" → "/engagement"; "" or "/" → "".
pub fn normalise_base(base: &str) -> String {
    let trimmed = base.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        format!("/{trimmed}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn embed_attribute_wins_over_query_which_wins_over_default() {
        let a = attrs(&[("source", "https://example.org/be.json")]);
        assert_eq!(read_config(&a, "daten=/other.json").source.as_deref(), Some("https://example.org/be.json"));
        assert_eq!(read_config(&[], "daten=%2Fother.json").source.as_deref(), Some("/other.json"));
        assert_eq!(read_config(&[], "").source, None);
    }

    #[test]
    fn hostile_urls_are_refused_with_a_problem() {
        let c = read_config(&attrs(&[("source", "javascript:alert(1)"), ("submit", "//evil.example/x")]), "");
        assert_eq!((c.source, c.submit), (None, None));
        assert_eq!(c.problems.len(), 2);
        assert!(!is_safe_url("data:application/json,{}"));
        assert!(is_safe_url("daten/be.json?v=1:2"));
    }

    #[test]
    fn an_iframe_page_uses_hash_routes_even_where_the_page_says_history() {
        let attrs = vec![("routing".to_string(), "history".to_string())];
        let c = read_config(&attrs, "?einbettung=iframe");
        assert!(c.in_frame);
        assert_eq!(c.routing, RoutingMode::Hash);
        assert!(!read_config(&attrs, "").in_frame);
    }

    #[test]
    fn language_routing_and_start() {
        assert_eq!(read_config(&[], "lang=en").lang, Lang::En);
        assert_eq!(read_config(&attrs(&[("lang", "en")]), "lang=de").lang, Lang::De);
        assert_eq!(read_config(&[], "lang=fr").lang, Lang::De);
        assert_eq!(read_config(&[], "").routing, RoutingMode::Hash);
        let standalone = read_config(&attrs(&[("routing", "history"), ("base", "/engagement/")]), "");
        assert_eq!(standalone.routing, RoutingMode::History { base: "/engagement".into() });
        assert_eq!(read_config(&attrs(&[("start", "/karte")]), "").start.as_deref(), Some("/karte"));
    }
}
