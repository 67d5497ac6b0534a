//! Prints what index.html shows before the app has loaded, from the app's own tables, with the
//! markup the app then draws in the same place (`components::Header`, `components::Skeleton`):
//! the header in German (shown) and English (hidden), and per page in `routes::STATIC_HEADS` and
//! language a hidden `<div class="be-pre" data-be-head="PATH" lang="de|en">` with heading and lead.
//! The build puts them into index.html (tools/own-page.mjs); its first script picks the language
//! and page. Last, the route shapes of the parts loaded on first use (`Route::shapes`).

use be_netzwerke::i18n::{Key, Lang};
use be_netzwerke::routes::{Route, MAIN_NAV, STATIC_HEADS};

fn main() {
    for lang in [Lang::De, Lang::En] {
        println!("HEADER {}", header(lang));
    }
    for lang in [Lang::De, Lang::En] {
        for (route, title, lead) in STATIC_HEADS {
            println!(
                r#"HEAD <div class="be-pre" data-be-head="{}" lang="{}" hidden><h1 class="be-h1">{}</h1><p class="be-lead">{}</p></div>"#,
                escape(&route.path()),
                lang.code(),
                escape(lang.t(*title)),
                escape(lang.t(*lead)),
            );
        }
    }
    // the loader fetches a part's files together with the app's on the part's routes
    for (shape, part) in Route::shapes() {
        println!("PART {shape} {} {}", part.name(), part.stylesheet().unwrap_or_default());
    }
}

/// Links are relative to the page's `<base>`; the English header keeps `?lang=en` on them.
fn header(lang: Lang) -> String {
    let (query, other) = if lang.is_en() { ("?lang=en", Lang::De) } else { ("", Lang::En) };
    let t = |key| escape(lang.t(key));
    let links: String = MAIN_NAV
        .iter()
        .map(|(route, key)| format!(r#"<li><a href="./{}{query}">{}</a></li>"#, route.path().trim_start_matches('/'), t(*key)))
        .collect();
    format!(
        concat!(
            r#"<header class="be-header" lang="{lang}"{hidden}><div class="be-header-top">"#,
            r#"<a class="be-brand" href="./{query}"><span class="be-brand-name">{name}</span><span class="be-brand-tagline">{tagline}</span></a>"#,
            r#"<a class="be-lang-switch" href="?lang={other}" hreflang="{other}" lang="{other}" aria-label="{switch_label}">{switch}</a></div>"#,
            r#"<nav class="be-nav" aria-label="{nav}"><ul>{links}</ul></nav></header>"#,
        ),
        lang = lang.code(),
        hidden = if lang.is_en() { " hidden" } else { "" },
        query = query,
        name = t(Key::AppName),
        tagline = t(Key::AppTagline),
        other = other.code(),
        switch_label = t(Key::SwitchLanguageLabel),
        switch = t(Key::SwitchLanguage),
        nav = t(Key::MainNav),
        links = links,
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
