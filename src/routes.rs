//! The app's routes as a pure table: parse a path, build an href. Used by both
//! routing modes (History API standalone, URL hash when embedded; see ARCHITECTURE.md).

use crate::i18n::Key;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Network(String),
    Members,
    Kommune(String),
    Map,
    People,
    Events,
    Event(String),
    Keb,
    KebStep { draft: String, step: String },
    KebConfirmation(String),
    LeichteSprache,
    Barrierefreiheit,
    Impressum,
    Datenschutz,
    Quellen,
    OffeneDaten,
    NotFound,
}

impl Route {
    /// Parses a path relative to the app's base ("/mitglieder/08317096").
    pub fn parse(path: &str) -> Route {
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode_component)
            .collect();
        let s: Vec<&str> = segments.iter().map(String::as_str).collect();
        match s.as_slice() {
            [] => Route::Home,
            ["netzwerke"] => Route::Home,
            ["netzwerke", id] => Route::Network(id.to_string()),
            ["mitglieder"] => Route::Members,
            ["mitglieder", key] => Route::Kommune(key.to_string()),
            ["karte"] => Route::Map,
            ["personen"] => Route::People,
            ["veranstaltungen"] => Route::Events,
            ["veranstaltungen", id] => Route::Event(id.to_string()),
            ["keb"] => Route::Keb,
            ["keb", "antrag", draft, step] => Route::KebStep { draft: draft.to_string(), step: step.to_string() },
            ["keb", "bestaetigung", r] => Route::KebConfirmation(r.to_string()),
            ["leichte-sprache"] => Route::LeichteSprache,
            ["barrierefreiheit"] => Route::Barrierefreiheit,
            ["impressum"] => Route::Impressum,
            ["datenschutz"] => Route::Datenschutz,
            ["quellen"] => Route::Quellen,
            ["offene-daten"] => Route::OffeneDaten,
            _ => Route::NotFound,
        }
    }

    /// The path of this route, relative to the base, starting with "/".
    pub fn path(&self) -> String {
        let e = encode_component;
        match self {
            Route::Home => "/".into(),
            Route::Network(id) => format!("/netzwerke/{}", e(id)),
            Route::Members => "/mitglieder".into(),
            Route::Kommune(key) => format!("/mitglieder/{}", e(key)),
            Route::Map => "/karte".into(),
            Route::People => "/personen".into(),
            Route::Events => "/veranstaltungen".into(),
            Route::Event(id) => format!("/veranstaltungen/{}", e(id)),
            Route::Keb => "/keb".into(),
            Route::KebStep { draft, step } => format!("/keb/antrag/{}/{}", e(draft), e(step)),
            Route::KebConfirmation(r) => format!("/keb/bestaetigung/{}", e(r)),
            Route::LeichteSprache => "/leichte-sprache".into(),
            Route::Barrierefreiheit => "/barrierefreiheit".into(),
            Route::Impressum => "/impressum".into(),
            Route::Datenschutz => "/datenschutz".into(),
            Route::Quellen => "/quellen".into(),
            Route::OffeneDaten => "/offene-daten".into(),
            Route::NotFound => "/404".into(),
        }
    }

    /// Heading and lead of a page whose top does not depend on the data. The loading skeleton
    /// shows them, and the build prerenders them into index.html (`prerender-heads`), so the
    /// first paint already has the page's text and nothing moves when the data arrives.
    pub fn static_head(&self) -> Option<(Key, Key)> {
        STATIC_HEADS.iter().find(|(route, ..)| route == self).map(|&(_, title, lead)| (title, lead))
    }
}

/// A part of the app that loads on first use (app::lazy): the chunk a route's page is in. The
/// names are the chunks' names (`lazy_part!`), which the build lists in parts.json.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Every page but the start page and the KEB pages (src/pages/parts.rs).
    Pages,
    Keb,
}

impl Part {
    pub fn name(self) -> &'static str {
        match self {
            Part::Pages => "pages",
            Part::Keb => "keb",
        }
    }

    /// The stylesheet that comes with the part (beside the app's files).
    pub fn stylesheet(self) -> Option<&'static str> {
        match self {
            Part::Pages => None,
            Part::Keb => Some("be-keb.css"),
        }
    }
}

impl Route {
    /// The part a route's page is in; the start page and "not found" are in the first view.
    pub fn part(&self) -> Option<Part> {
        match self {
            Route::Home | Route::NotFound => None,
            Route::Keb | Route::KebStep { .. } | Route::KebConfirmation(_) => Some(Part::Keb),
            _ => Some(Part::Pages),
        }
    }

    /// One route of each kind with "*" for its parameters: the shapes by which the own page's
    /// loader fetches a part's files together with the app's (tools/own-page.mjs).
    pub fn shapes() -> Vec<(String, Part)> {
        let any = || "*".to_string();
        let kinds = [
            Route::Members,
            Route::Kommune(any()),
            Route::Network(any()),
            Route::People,
            Route::Map,
            Route::Events,
            Route::Event(any()),
            Route::OffeneDaten,
            Route::Barrierefreiheit,
            Route::Datenschutz,
            Route::LeichteSprache,
            Route::Quellen,
            Route::Impressum,
            Route::Keb,
            Route::KebStep { draft: any(), step: any() },
            Route::KebConfirmation(any()),
        ];
        kinds.iter().filter_map(|r| Some((r.path().replace("%2A", "*"), r.part()?))).collect()
    }
}

/// The main navigation: the header's links (components::Header, and prerendered in index.html).
pub const MAIN_NAV: [(Route, Key); 6] = [
    (Route::Home, Key::NavNetworks),
    (Route::Members, Key::NavMembers),
    (Route::Map, Key::NavMap),
    (Route::People, Key::NavPeople),
    (Route::Events, Key::NavEvents),
    (Route::Keb, Key::NavKeb),
];

/// Pages with a data-independent heading and lead (`Route::static_head`).
pub const STATIC_HEADS: [(Route, Key, Key); 7] = [
    (Route::Home, Key::HomeTitle, Key::HomeIntro),
    (Route::Members, Key::DirectoryTitle, Key::DirectoryIntro),
    (Route::Map, Key::MapTitle, Key::MapIntro),
    (Route::People, Key::People, Key::PeopleIntro),
    (Route::Events, Key::EventsTitle, Key::EventsIntro),
    (Route::Quellen, Key::Quellen, Key::SourcesIntro),
    (Route::OffeneDaten, Key::OffeneDaten, Key::OpenDataIntro),
];

/// Splits "path?query#frag" into path and query (without "?").
pub fn split_path_query(s: &str) -> (&str, &str) {
    let s = s.split('#').next().unwrap_or_default();
    s.split_once('?').unwrap_or((s, ""))
}

/// Query string → pairs, decoding `+` and percent escapes.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode_component(&k.replace('+', " ")), decode_component(&v.replace('+', " ")))
        })
        .collect()
}

/// Pairs → query string (without "?"); empty values are left out.
pub fn build_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}

pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Percent-decoding; malformed escapes are kept as they are, invalid UTF-8 is replaced.
pub fn decode_component(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((hi * 16 + lo) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prerendered_headings_and_the_navigation_use_paths_the_router_reads_back() {
        for (route, ..) in &STATIC_HEADS {
            assert_eq!(Route::parse(&route.path()), *route);
            assert!(route.static_head().is_some());
        }
        for (route, _) in &MAIN_NAV {
            assert_eq!(Route::parse(&route.path()), *route);
        }
        assert_eq!(Route::Kommune("08317096".into()).static_head(), None, "a heading from the data is not prerendered");
    }

    #[test]
    fn the_loaders_route_shapes_name_the_part_the_app_shows_there() {
        let shapes = Route::shapes();
        for (shape, part) in &shapes {
            assert_eq!(Route::parse(&shape.replace('*', "x")).part(), Some(*part), "{shape}");
        }
        // every route with a part has its shape; the start page and unknown paths have none
        for path in ["/mitglieder/08317096", "/keb/antrag/d1/ziel", "/veranstaltungen/e1", "/impressum"] {
            let segments = path.split('/').count();
            assert!(shapes.iter().any(|(s, p)| s.split('/').count() == segments && Route::parse(path).part() == Some(*p)), "{path}");
        }
        assert_eq!(Route::parse("/").part(), None);
        assert_eq!(Route::parse("/gibt-es-nicht").part(), None);
    }

    #[test]
    fn every_route_round_trips_through_its_path() {
        let routes = [
            Route::Home,
            Route::Network("staedtenetzwerk".into()),
            Route::Members,
            Route::Kommune("08317096".into()),
            Route::Map,
            Route::People,
            Route::Events,
            Route::Event("lnk-2027-1".into()),
            Route::Keb,
            Route::KebStep { draft: "d1".into(), step: "pruefen".into() },
            Route::KebConfirmation("KEB-2026-0001".into()),
            Route::LeichteSprache,
            Route::Barrierefreiheit,
            Route::Impressum,
            Route::Datenschutz,
            Route::Quellen,
            Route::OffeneDaten,
        ];
        for r in routes {
            assert_eq!(Route::parse(&r.path()), r, "{}", r.path());
        }
    }

    #[test]
    fn unknown_paths_and_trailing_slashes() {
        assert_eq!(Route::parse("/mitglieder/"), Route::Members);
        assert_eq!(Route::parse("/gibtsnicht"), Route::NotFound);
        assert_eq!(Route::parse("/mitglieder/1/2"), Route::NotFound);
        assert_eq!(Route::parse(""), Route::Home);
    }

    #[test]
    fn query_strings_survive_umlauts_and_reserved_characters() {
        let q = build_query([("q", "Schwäbisch Gmünd & Co"), ("kreis", "08317"), ("leer", "")]);
        assert_eq!(q, "q=Schw%C3%A4bisch%20Gm%C3%BCnd%20%26%20Co&kreis=08317");
        let pairs = parse_query(&format!("?{q}"));
        assert_eq!(pairs[0], ("q".into(), "Schwäbisch Gmünd & Co".into()));
        assert_eq!(parse_query("q=a+b&x=%zz"), vec![("q".into(), "a b".into()), ("x".into(), "%zz".into())]);
        assert_eq!(decode_component("%ä%C3%A4"), "%ää");
        assert_eq!(split_path_query("/mitglieder?kreis=1#x"), ("/mitglieder", "kreis=1"));
    }
}
