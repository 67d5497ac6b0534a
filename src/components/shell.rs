//! Header with navigation and language switch, skip link, footer.

use leptos::prelude::*;

use super::Link;
use crate::app::use_nav;
use crate::i18n::{Key, Lang};
use crate::model::time::LocalDateTime;
use crate::routes::{Route, MAIN_NAV};

/// Moves focus to the main content. A click handler instead of "#be-main", because in
/// embedded mode the URL hash holds our route (and a fragment does not reach into a shadow root).
#[component]
pub fn SkipLink() -> impl IntoView {
    let nav = use_nav();
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        crate::app::dom::focus_by_id(&ev, "be-main");
    };
    view! {
        <a class="be-skip-link" href="#be-main" on:click=skip>{move || nav.lang.get().t(Key::SkipToContent)}</a>
    }
}

/// The header; `prerender-heads` writes the same markup into index.html for the first paint.
#[component]
pub fn Header() -> impl IntoView {
    let nav = use_nav();
    let other = move || if nav.lang.get().is_en() { Lang::De } else { Lang::En };
    view! {
        <header class="be-header">
            <div class="be-header-top">
                <Link to=Route::Home class="be-brand">
                    <span class="be-brand-name">{move || nav.lang.get().t(Key::AppName)}</span>
                    <span class="be-brand-tagline">{move || nav.lang.get().t(Key::AppTagline)}</span>
                </Link>
                <a
                    class="be-lang-switch"
                    href=move || nav.current_href_in(other())
                    hreflang=move || other().code()
                    lang=move || other().code()
                    aria-label=move || nav.lang.get().t(Key::SwitchLanguageLabel)
                >
                    {move || nav.lang.get().t(Key::SwitchLanguage)}
                </a>
            </div>
            <nav class="be-nav" aria-label=move || nav.lang.get().t(Key::MainNav)>
                <ul>
                    {MAIN_NAV.into_iter().map(|(route, key)| {
                        let current = {
                            let route = route.clone();
                            move || (nav.route.get().section().as_ref() == Some(&route)).then_some("page")
                        };
                        let href = {
                            let route = route.clone();
                            move || nav.href_in(&route, &[], nav.lang.get())
                        };
                        view! {
                            <li><a href=href aria-current=current>{move || nav.lang.get().t(key)}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </nav>
        </header>
    }
}

/// `stand`: the dataset's as-of date and when it was fetched, once loaded.
#[component]
pub fn Footer(#[prop(into)] stand: Signal<Option<(String, f64)>>) -> impl IntoView {
    let nav = use_nav();
    let links = [
        (Route::Impressum, Key::Impressum),
        (Route::Barrierefreiheit, Key::Barrierefreiheit),
        (Route::Datenschutz, Key::Datenschutz),
        (Route::Quellen, Key::Quellen),
        (Route::LeichteSprache, Key::LeichteSprache),
        (Route::OffeneDaten, Key::OffeneDaten),
    ];
    let stand = move || {
        let (stand, fetched_ms) = stand.get()?;
        let lang = nav.lang.get();
        let date = LocalDateTime::parse(&stand)?;
        let fetched = LocalDateTime::berlin_from_unix_ms(fetched_ms);
        // English readers get the day as words: "25.11.2026" reads as a German format
        let (date, fetched) = if lang.is_en() {
            let (h, m) = fetched.time.unwrap_or((0, 0));
            let day = crate::i18n::format_date_key(lang, &fetched.date_key());
            (crate::i18n::format_date_key(lang, &date.date_key()), format!("{day}, {h:02}:{m:02}"))
        } else {
            (date.format_date_de(), fetched.format_date_time_de())
        };
        Some(format!("{}: {date} · {} {fetched}", lang.t(Key::DataStand), lang.t(Key::DataFetched)))
    };
    view! {
        <footer class="be-footer"><div class="be-footer-inner">
            <nav aria-label=move || nav.lang.get().t(Key::FooterNav)>
                <ul>
                    {links.into_iter().map(|(route, key)| view! {
                        <li><Link to=route>{move || nav.lang.get().t(key)}</Link></li>
                    }).collect_view()}
                </ul>
            </nav>
            <p class="be-footer-stand">{stand}</p>
        </div></footer>
    }
}
