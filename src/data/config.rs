//! Configuration of one mounted app, from the host element's `data-*` attributes, then the
//! page's query string, then defaults. Pure, so every precedence rule is tested natively.

use crate::i18n::Lang;
use crate::model::untrusted::web_link;
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
    /// `http:` links in the data become links (`data-http-links="allow"`); otherwise only
    /// `https:` ones do and the rest is shown as text.
    pub allow_http_links: bool,
    /// Problems with the configuration itself, shown as a notice.
    pub problems: Vec<String>,
}

/// Reads one host element's attributes (`name` without the `data-` prefix), the page query and
/// the page's origin (`https://www.gemeinde.de`).
///
/// The address bar is anyone's to write (a link can carry any query), so it never points the
/// app at another origin: `?daten=` is read only on the app's own page (`data-own-page`, as in
/// index.html), and only for a file of that page's origin. Embedded, the query belongs to the
/// host page and `data-source` is the only way to choose an endpoint.
pub fn read_config(attrs: &[(String, String)], page_query: &str, page_origin: &str) -> Config {
    let attr = |name: &str| {
        attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty())
    };
    let own_page = attrs.iter().any(|(k, _)| k == "own-page");
    let query = parse_query(page_query);
    let param = |name: &str| query.iter().find(|(k, _)| k == name).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty());
    let mut problems = Vec::new();

    let mut setting = |name: &str, value: Option<String>, ok: &dyn Fn(&str) -> bool| match value {
        Some(v) if ok(&v) => Some(v),
        Some(v) => {
            problems.push(format!("{name}: {v}"));
            None
        }
        None => None,
    };
    let source = match attr("source") {
        Some(v) => setting("data-source", Some(v), &is_endpoint_url),
        None if own_page => setting("?daten", param("daten"), &|v| is_same_origin(v, page_origin)),
        // a host page opened with ?daten=: not ours to follow, but worth telling the visitor
        None => setting("?daten", param("daten"), &|_| false),
    };
    let submit = setting("data-submit", attr("submit"), &is_secure_url);
    let assets = setting("data-assets", attr("assets"), &is_endpoint_url);
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
    let allow_http_links = attr("http-links").as_deref() == Some("allow");
    Config { source, submit, lang, assets, start, routing, in_frame, allow_http_links, problems }
}

/// `https:`, `http:` on this machine only (tests, a local preview), or a path of the page's own
/// origin; never `javascript:`, `data:`, `//other.host` or `http:` across a network.
pub fn is_endpoint_url(url: &str) -> bool {
    is_secure_url(url) || is_path(url)
}

/// `https:`, or `http:` on loopback: applications carry personal data.
pub fn is_secure_url(url: &str) -> bool {
    if web_link(url, true).is_none() {
        return false;
    }
    let lower = url.to_ascii_lowercase();
    let authority = lower.split_once("://").map_or("", |(_, rest)| rest).split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority.rsplit_once(':').map_or(authority, |(h, _)| h);
    lower.starts_with("https://") || matches!(host, "localhost" | "127.0.0.1")
}

/// A path on the page's own origin: `/daten/entwurf.json`, `daten/x.json`. No scheme, no
/// `//host`, no backslash (browsers read `/\host` as `//host`), no control characters.
pub fn is_path(url: &str) -> bool {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-._~/%?=&+,;!".contains(c);
    !url.is_empty() && url.chars().all(safe) && !url.starts_with("//") && !url.contains("%2F%2F") && !url.contains("%5C")
}

/// A path, or an absolute address of exactly the page's origin.
pub fn is_same_origin(url: &str, origin: &str) -> bool {
    let origin = origin.trim_end_matches('/');
    let head = url.get(..origin.len()).filter(|h| !origin.is_empty() && h.eq_ignore_ascii_case(origin));
    match head {
        Some(_) => url[origin.len()..].starts_with('/') && is_path(&url[origin.len()..]),
        None => is_path(url),
    }
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
    use crate::routes::encode_component;

    const ORIGIN: &str = "https://be.example.org";

    fn attrs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    /// The attributes of the app's own page (index.html).
    fn own(list: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut a = attrs(list);
        a.push(("own-page".into(), String::new()));
        a
    }

    #[test]
    fn embed_attribute_wins_over_query_which_wins_over_default() {
        let a = own(&[("source", "https://example.org/be.json")]);
        assert_eq!(read_config(&a, "daten=/other.json", ORIGIN).source.as_deref(), Some("https://example.org/be.json"));
        assert_eq!(read_config(&own(&[]), "daten=%2Fother.json", ORIGIN).source.as_deref(), Some("/other.json"));
        assert_eq!(read_config(&own(&[]), "", ORIGIN).source, None);
    }

    #[test]
    fn the_address_bar_cannot_point_the_app_at_another_origin() {
        for foreign in [
            "https://evil.example/fake.json", "http://evil.example/fake.json", "//evil.example/fake.json",
            "/\\evil.example/fake.json", "https://be.example.org.evil.example/x.json", "https://be.example.org@evil.example/x.json",
            "javascript:alert(1)", "data:application/json,{}", "/\t/evil.example/x.json", "https:evil.example", "/%2F%2Fevil.example",
        ] {
            let c = read_config(&own(&[]), &format!("daten={}", encode_component(foreign)), ORIGIN);
            assert_eq!(c.source, None, "{foreign}");
            assert_eq!(c.problems.len(), 1, "{foreign}: the refusal is reported");
        }
        let same = read_config(&own(&[]), "daten=https://be.example.org/daten/neu.json", ORIGIN);
        assert_eq!(same.source.as_deref(), Some("https://be.example.org/daten/neu.json"));
        assert_eq!(read_config(&own(&[]), "daten=daten/neu.json", ORIGIN).source.as_deref(), Some("daten/neu.json"));
    }

    #[test]
    fn embedded_the_query_belongs_to_the_host_page() {
        let c = read_config(&[], "daten=/fileadmin/fake.json", "https://www.gemeinde.de");
        assert_eq!((c.source, c.problems), (None, vec!["?daten: /fileadmin/fake.json".to_string()]));
        assert_eq!(read_config(&[], "seite=3", "https://www.gemeinde.de").problems.len(), 0);
        let a = attrs(&[("source", "https://daten.example.org/be.json")]);
        assert_eq!(read_config(&a, "daten=/x.json", "https://www.gemeinde.de").source.as_deref(), Some("https://daten.example.org/be.json"));
    }

    #[test]
    fn applications_are_sent_over_https_only() {
        let submit = |url: &str| read_config(&attrs(&[("submit", url)]), "", ORIGIN).submit;
        assert_eq!(submit("https://antraege.example.org/keb").as_deref(), Some("https://antraege.example.org/keb"));
        assert_eq!(submit("http://127.0.0.1:8099/keb").as_deref(), Some("http://127.0.0.1:8099/keb"));
        assert_eq!(submit("http://localhost/keb").as_deref(), Some("http://localhost/keb"));
        for refused in ["http://antraege.example.org/keb", "http://127.0.0.1.evil.example/x", "/keb/antraege", "javascript:x", "https://a.de@evil.example/"] {
            assert_eq!(submit(refused), None, "{refused}");
        }
    }

    #[test]
    fn hostile_urls_are_refused_with_a_problem() {
        let c = read_config(&attrs(&[("source", "javascript:alert(1)"), ("submit", "//evil.example/x")]), "", ORIGIN);
        assert_eq!((c.source, c.submit), (None, None));
        assert_eq!(c.problems.len(), 2);
        assert!(!is_endpoint_url("data:application/json,{}"));
        assert!(!is_endpoint_url("http://daten.example.org/be.json"));
        assert!(is_endpoint_url("daten/be.json?v=1"));
        assert!(is_endpoint_url("http://127.0.0.1:9/unreachable.json"));
    }

    #[test]
    fn http_links_only_where_the_operator_allows_them() {
        assert!(!read_config(&[], "", ORIGIN).allow_http_links);
        assert!(read_config(&attrs(&[("http-links", "allow")]), "", ORIGIN).allow_http_links);
    }

    #[test]
    fn an_iframe_page_uses_hash_routes_even_where_the_page_says_history() {
        let attrs = vec![("routing".to_string(), "history".to_string())];
        let c = read_config(&attrs, "?einbettung=iframe", ORIGIN);
        assert!(c.in_frame);
        assert_eq!(c.routing, RoutingMode::Hash);
        assert!(!read_config(&attrs, "", ORIGIN).in_frame);
    }

    #[test]
    fn language_routing_and_start() {
        assert_eq!(read_config(&[], "lang=en", ORIGIN).lang, Lang::En);
        assert_eq!(read_config(&attrs(&[("lang", "en")]), "lang=de", ORIGIN).lang, Lang::De);
        assert_eq!(read_config(&[], "lang=fr", ORIGIN).lang, Lang::De);
        assert_eq!(read_config(&[], "", ORIGIN).routing, RoutingMode::Hash);
        let standalone = read_config(&attrs(&[("routing", "history"), ("base", "/engagement/")]), "", ORIGIN);
        assert_eq!(standalone.routing, RoutingMode::History { base: "/engagement".into() });
        assert_eq!(read_config(&attrs(&[("start", "/karte")]), "", ORIGIN).start.as_deref(), Some("/karte"));
    }
}
