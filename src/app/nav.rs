//! Navigation for both routing modes behind one small API, so pages never care whether
//! the app runs standalone (History API via leptos_router) or embedded (URL hash).

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::i18n::Lang;
use crate::routes::{build_query, parse_query, split_path_query, Route};

#[derive(Clone, Copy)]
pub struct Nav {
    /// Current path relative to the app's base, e.g. "/mitglieder".
    pub path: Signal<String>,
    /// Current query string without "?".
    pub query: Signal<String>,
    pub lang: Memo<Lang>,
    pub route: Memo<Route>,
    prefix: StoredValue<String>,
    default_lang: Lang,
    go: StoredValue<Box<dyn Fn(&str, bool)>, LocalStorage>,
}

pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}

impl Nav {
    fn new(path: Signal<String>, query: Signal<String>, prefix: String, default_lang: Lang, go: Box<dyn Fn(&str, bool)>) -> Self {
        let lang = Memo::new(move |_| {
            query.with(|q| parse_query(q).into_iter().find(|(k, _)| k == "lang").and_then(|(_, v)| Lang::from_code(&v)))
                .unwrap_or(default_lang)
        });
        let route = Memo::new(move |_| path.with(|p| Route::parse(p)));
        Nav { path, query, lang, route, prefix: StoredValue::new(prefix), default_lang, go: StoredValue::new_local(go) }
    }

    /// Standalone: must be called inside leptos_router's `<Router base=…>`.
    pub fn provide_history(base: String, default_lang: Lang) -> Nav {
        let location = leptos_router::hooks::use_location();
        let navigate = leptos_router::hooks::use_navigate();
        let base_for_path = base.clone();
        let path = Signal::derive(move || {
            location.pathname.with(|p| {
                let rel = p.strip_prefix(base_for_path.as_str()).unwrap_or(p);
                if rel.is_empty() { "/".to_string() } else { rel.to_string() }
            })
        });
        let query = Signal::derive(move || location.search.get().trim_start_matches('?').to_string());
        let go = Box::new(move |href: &str, replace: bool| {
            navigate(href, leptos_router::NavigateOptions { replace, ..Default::default() })
        });
        let nav = Nav::new(path, query, base, default_lang, go);
        // leptos_router writes the address bar only once its <Routes> report the new view as
        // ready; we render routes ourselves (one table for both modes), so we report it.
        if let Some(browser) = use_context::<leptos_router::location::BrowserUrl>() {
            Effect::new(move |_| {
                location.pathname.track();
                location.search.track();
                leptos_router::location::LocationProvider::ready_to_complete(&browser);
            });
        }
        provide_context(nav);
        nav
    }

    /// Embedded: the route lives in the URL hash; the host's path and links stay untouched.
    pub fn provide_hash(default_lang: Lang, start: Option<String>) -> Nav {
        let current = RwSignal::new(route_hash().or(start).unwrap_or_else(|| "/".into()));
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            // A host anchor like "#kontakt" is not ours: keep showing the current view.
            if let Some(h) = route_hash() {
                current.set(h);
            }
        });
        on_cleanup(move || handle.remove());
        // memos: a new hash with the same query must not re-run what reads the query
        let path = Memo::new(move |_| current.with(|c| split_path_query(c).0.to_string())).into();
        let query = Memo::new(move |_| current.with(|c| split_path_query(c).1.to_string())).into();
        let go = Box::new(move |href: &str, replace: bool| {
            let target = href.split_once('#').map_or(href, |(_, t)| t).to_string();
            let Some(window) = web_sys::window() else { return };
            if replace {
                let url = format!("{}#{target}", page_without_hash());
                let _ = window.history().and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&url)));
            } else {
                let _ = window.location().set_hash(&target);
            }
            current.set(target);
        });
        let nav = Nav::new(path, query, "#".into(), default_lang, go);
        provide_context(nav);
        nav
    }

    /// The href of a route with the given query pairs; the language is carried along.
    pub fn href(&self, route: &Route, pairs: &[(&str, &str)]) -> String {
        self.href_in(route, pairs, self.lang.get_untracked())
    }

    /// Reactive variant for use inside views (tracks the language).
    pub fn href_in(&self, route: &Route, pairs: &[(&str, &str)], lang: Lang) -> String {
        self.compose(&route.path(), pairs, lang)
    }

    /// The current view in another language (for the language switch).
    pub fn current_href_in(&self, lang: Lang) -> String {
        let pairs = parse_query(&self.query.get());
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.compose(&self.path.get(), &pairs, lang)
    }

    /// prefix + path + query, with `lang` only where it differs from the configured default.
    fn compose(&self, path: &str, pairs: &[(&str, &str)], lang: Lang) -> String {
        let mut all: Vec<(&str, &str)> = pairs.iter().copied().filter(|(k, _)| *k != "lang").collect();
        if lang != self.default_lang {
            all.push(("lang", lang.code()));
        }
        let query = build_query(all);
        // Hash routes are absolute: a host page's <base href> (common in TYPO3) would otherwise
        // turn "#/mitglieder" into a link to another page.
        let prefix = match self.prefix.get_value() {
            p if p == "#" => format!("{}#", page_without_hash()),
            p => p,
        };
        if query.is_empty() { format!("{prefix}{path}") } else { format!("{prefix}{path}?{query}") }
    }

    /// Navigates; `replace` keeps the history short (e.g. while typing in a search box).
    pub fn go(&self, route: &Route, pairs: &[(&str, &str)], replace: bool) {
        let href = self.href(route, pairs);
        self.go.with_value(|go| go(&href, replace));
    }

    /// Navigates to an href made by `href`.
    pub fn go_href(&self, href: &str, replace: bool) {
        self.go.with_value(|go| go(href, replace));
    }

    /// What hrefs start with: the base path, or "#" for hash routes.
    pub fn prefix(&self) -> String {
        self.prefix.get_value()
    }

    pub fn default_lang(&self) -> Lang {
        self.default_lang
    }

    pub fn is_hash_mode(&self) -> bool {
        self.prefix.get_value() == "#"
    }
}

/// The host page's address without its fragment.
fn page_without_hash() -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The URL hash if it holds one of our routes ("#/…"), without the "#".
fn route_hash() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix("#/").map(|rest| format!("/{rest}"))
}
