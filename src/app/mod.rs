//! Mounting into host elements and the top-level view: configuration, data, routing, shell.

pub mod context;
pub mod dom;
mod host;
pub mod lazy;
pub mod nav;
pub mod view;

pub use host::start;
pub use nav::{use_nav, Nav};
pub use context::{use_asset_url, use_data, use_directory, AppContext};
pub use view::App;

/// Today's date in Germany, "YYYY-MM-DD": what "upcoming" means for events.
pub fn today() -> String {
    crate::model::time::LocalDateTime::berlin_from_unix_ms(js_sys::Date::now()).date_key()
}

/// An absolute URL for one of our routes (for calendar files and structured data).
pub fn absolute_href(nav: &Nav, route: &crate::routes::Route) -> String {
    let href = nav.href(route, &[]);
    let here = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    web_sys::Url::new_with_base(&href, &here).map(|u| u.href()).unwrap_or(href)
}

/// An interface text in the current language, for page content: `{tr(Key::Search)}`.
/// Not reactive on purpose: pages are rebuilt when the language changes (see `PageSwitch`),
/// so texts are plain text nodes instead of one reactive effect each (less wasm, less work).
pub fn tr(key: impl crate::i18n::Translate) -> &'static str {
    use leptos::prelude::GetUntracked;
    use_nav().lang.get_untracked().t(key)
}
