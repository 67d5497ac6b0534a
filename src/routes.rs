//! The app's routes as a pure table: parse a path, build an href. Used by both
//! routing modes (History API standalone, URL hash when embedded; see ARCHITECTURE.md).

use crate::i18n::Key;

/// The route table: a new route is one row here plus its page file. Each row names the part its
/// page is in (`First`: the first view; `Pages`, `Keb`, `Antrag`: loaded on first use, `Part`), the variant
/// with its parameters, its path (literal segments and parameters; `|` adds another path that
/// reads as the same route), the main navigation item it belongs to, a heading and lead that
/// need no data (shown before the app has loaded), and its page. `with_route_table!(m: args)` hands
/// `(args)` and the rows to the exported macro `m`: `route_items` below makes the enum, parsing,
/// paths and parts; `route_pages` the pages of one part. A page is named by its path from the
/// crate root (`pages::…`, `keb::pages::…`, `Key`), resolved where its part's switch compiles it:
/// this module compiles without the pages (natively too), so imports run one way, pages → routes.
#[macro_export]
macro_rules! with_route_table {
    ($then:ident $(: $($args:tt)*)?) => { $crate::$then! { ($($($args)*)?)
        First Home = [] | ["netzwerke"], section Home, head (HomeTitle, HomeIntro),
            page { <pages::home::HomePage/> };
        Pages Network(id) = ["netzwerke", id], section Home,
            page { <pages::network::NetworkPage id=id/> };
        Pages Members = ["mitglieder"], section Members, head (DirectoryTitle, DirectoryIntro),
            page { <pages::members::MembersPage/> };
        Pages Kommune(key) = ["mitglieder", key], section Members,
            page { <pages::kommune::KommunePage key=key/> };
        Pages Map = ["karte"], section Map, head (MapTitle, MapIntro),
            page { <pages::map::MapPage/> };
        Pages People = ["personen"], section People, head (People, PeopleIntro),
            page { <pages::people::PeoplePage/> };
        Pages Events = ["veranstaltungen"], section Events, head (EventsTitle, EventsIntro),
            page { <pages::events::EventsPage/> };
        Pages Event(id) = ["veranstaltungen", id], section Events,
            page { <pages::event::EventPage id=id/> };
        Keb Keb = ["keb"], section Keb,
            page { <keb::pages::KebPage/> };
        Antrag KebStep { draft, step } = ["keb", "antrag", draft, step], section Keb,
            page { <keb::pages::KebStepRoute draft=draft step=step/> };
        // where a draft continues: the application's part works out its step (the KEB page needs no rules)
        Antrag KebResume(draft) = ["keb", "fortsetzen", draft], section Keb,
            page { <keb::pages::KebResumePage draft=draft/> };
        Antrag KebConfirmation(reference) = ["keb", "bestaetigung", reference], section Keb,
            page { <keb::pages::KebConfirmationPage reference=reference/> };
        Pages LeichteSprache = ["leichte-sprache"],
            page { <pages::content::ContentPage id="leichte-sprache" title=Key::LeichteSprache/> };
        Pages Barrierefreiheit = ["barrierefreiheit"],
            page { <pages::content::ContentPage id="barrierefreiheit" title=Key::Barrierefreiheit/> };
        Pages Impressum = ["impressum"],
            page { <pages::impressum::ImpressumPage/> };
        Pages Datenschutz = ["datenschutz"],
            page { <pages::content::ContentPage id="datenschutz" title=Key::Datenschutz/> };
        Pages Quellen = ["quellen"], head (Quellen, SourcesIntro),
            page { <pages::quellen::QuellenPage/> };
        Pages OffeneDaten = ["offene-daten"], head (OffeneDaten, OpenDataIntro),
            page { <pages::open_data::OpenDataPage/> };
        // for the network offices: not in the navigation; the pages part loads the Redaktion's
        // own part (the first view carries only this row)
        Pages Redaktion = ["redaktion"],
            page { <redaktion::host::RedaktionHost/> };
        // rare, so not in the first view: the pages part draws it
        Pages NotFound = ["404"],
            page { <pages::not_found::NotFoundPage/> };
    } };
}

/// The page of `route` if it is in part `$want`, else `None`: each part compiles only its own
/// pages (`with_route_table!` rows), so no page's code lands in another part.
#[macro_export]
macro_rules! page_in_part {
    (First, First, $page:tt) => { Some(leptos::prelude::IntoAny::into_any(leptos::view! $page)) };
    (Pages, Pages, $page:tt) => { Some(leptos::prelude::IntoAny::into_any(leptos::view! $page)) };
    (Keb, Keb, $page:tt) => { Some(leptos::prelude::IntoAny::into_any(leptos::view! $page)) };
    (Antrag, Antrag, $page:tt) => { Some(leptos::prelude::IntoAny::into_any(leptos::view! $page)) };
    ($want:ident, $part:ident, $page:tt) => { None };
}

/// A `match` from the route to the page of part `$want` (`None` for the routes of other parts):
/// `with_route_table!(route_pages: Pages, route)`.
#[doc(hidden)]
#[macro_export]
macro_rules! route_pages {
    (($want:ident, $route:expr) $( $part:ident $name:ident $(( $($tp:ident),* ))? $({ $($sp:ident),* })?
        = [$($seg:tt),*] $(| [$($alias:tt),*])* $(, section $section:ident)?
        $(, head ($title:ident, $lead:ident))?, page $page:tt; )*) => {
        #[allow(unused_variables)]
        match $route {
            $( $crate::routes::Route::$name $(( $($tp),* ))? $({ $($sp),* })? => $crate::page_in_part!($want, $part, $page), )*
        }
    };
}

/// The route's items from the table's rows: see `with_route_table!`.
#[doc(hidden)]
#[macro_export]
macro_rules! route_items {
    (@path $out:ident $lit:literal) => { $out.push('/'); $out.push_str($lit); };
    (@path $out:ident $param:ident) => { $out.push('/'); $out.push_str(&encode_component($param)); };
    (@shape $lit:literal) => { concat!("/", $lit) };
    (@shape $param:ident) => { "/*" };
    (@section) => { None };
    (@section $section:ident) => { Some(Route::$section) };
    (@part First) => { None };
    (@part $part:ident) => { Some(Part::$part) };
    (() $( $part:ident $name:ident $(( $($tp:ident),* ))? $({ $($sp:ident),* })?
        = [$($seg:tt),*] $(| [$($alias:tt),*])* $(, section $section:ident)?
        $(, head ($title:ident, $lead:ident))?, page $page:tt; )*) => {
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Route {
            $( $name $(( $($crate::route_items!(@string $tp)),* ))? $({ $($sp: String),* })?, )*
        }

        impl Route {
            /// Parses a path relative to the app's base ("/mitglieder/08317096").
            pub fn parse(path: &str) -> Route {
                let segments: Vec<String> = path.split('/').filter(|s| !s.is_empty()).map(decode_component).collect();
                let s: Vec<&str> = segments.iter().map(String::as_str).collect();
                match s.as_slice() {
                    $( [$($seg),*] => Route::$name $(( $(String::from(*$tp)),* ))? $({ $($sp: String::from(*$sp)),* })?,
                       $( [$($alias),*] => Route::$name, )* )*
                    _ => Route::NotFound,
                }
            }

            /// The path of this route, relative to the base, starting with "/".
            pub fn path(&self) -> String {
                let mut out = String::new();
                match self {
                    $( Route::$name $(( $($tp),* ))? $({ $($sp),* })? => { $( $crate::route_items!(@path out $seg); )* } )*
                }
                if out.is_empty() { out.push('/') }
                out
            }

            /// The part a route's page is in; `None`: in the first view.
            pub fn part(&self) -> Option<Part> {
                match self {
                    $( Route::$name { .. } => $crate::route_items!(@part $part), )*
                }
            }

            /// The main navigation item a route belongs to (for `aria-current`).
            pub fn section(&self) -> Option<Route> {
                match self {
                    $( Route::$name { .. } => $crate::route_items!(@section $($section)?), )*
                }
            }

            /// One path of each route in a part, with "*" for its parameters: the shapes by which
            /// the own page's loader fetches a part's files together with the app's
            /// (tools/own-page.mjs).
            pub fn shapes() -> Vec<(String, Part)> {
                let mut shapes = Vec::new();
                $( if let Some(part) = $crate::route_items!(@part $part) {
                    let segments: &[&str] = &[$($crate::route_items!(@shape $seg)),*];
                    shapes.push((segments.concat(), part));
                } )*
                shapes
            }
        }

        /// Pages with a data-independent heading and lead (`Route::static_head`).
        pub const STATIC_HEADS: &[(Route, Key, Key)] = &[ $( $( (Route::$name, Key::$title, Key::$lead), )? )* ];
    };
    (@string $tp:ident) => { String };
}
with_route_table!(route_items);

impl Route {
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
    /// The KEB page: who may apply, the drafts, the outbox (src/keb/host.rs).
    Keb,
    /// The application's steps, its check and its confirmation: fetched when an application is
    /// begun or resumed, so the KEB page itself comes with less.
    Antrag,
}

impl Part {
    pub fn name(self) -> &'static str {
        match self {
            Part::Pages => "pages",
            Part::Keb => "keb",
            Part::Antrag => "antrag",
        }
    }

    /// The stylesheet that comes with the part (beside the app's files).
    pub fn stylesheet(self) -> Option<&'static str> {
        match self {
            Part::Pages => Some("be-pages.css"),
            Part::Keb | Part::Antrag => Some("be-keb.css"),
        }
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
        for (route, ..) in STATIC_HEADS {
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
        for path in ["/mitglieder/08317096", "/keb/antrag/d1/ziel", "/keb/fortsetzen/d1", "/veranstaltungen/e1", "/impressum"] {
            let segments = path.split('/').count();
            assert!(shapes.iter().any(|(s, p)| s.split('/').count() == segments && Route::parse(path).part() == Some(*p)), "{path}");
        }
        assert_eq!(Route::parse("/").part(), None);
        assert_eq!(Route::parse("/gibt-es-nicht").part(), Some(Part::Pages), "rare: not in the first view");
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
            Route::KebResume("d1".into()),
            Route::KebConfirmation("KEB-2026-0001".into()),
            Route::LeichteSprache,
            Route::Barrierefreiheit,
            Route::Impressum,
            Route::Datenschutz,
            Route::Quellen,
            Route::OffeneDaten,
            Route::Redaktion,
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
