//! Component tests in headless Chromium (wasm-bindgen-test + chromedriver):
//! `cargo test --target wasm32-unknown-unknown --test browser`.
#![cfg(target_arch = "wasm32")]

use be_netzwerke::app::Nav;
use be_netzwerke::app::AppContext;
use be_netzwerke::components::{ContactLinks, DataNotice, Header, LoadError, WebLink};
use be_netzwerke::data::config::read_config;
use be_netzwerke::data::load::Loaded;
use be_netzwerke::i18n::Lang;
use be_netzwerke::model::{parse_dataset, Contact, DataError, DataErrorKind};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const HOSTILE: &str = "<img src=x onerror=window.__pwned=1>";

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_container() -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets the page settle: a part's view (a plain async fn in this build) is drawn after a tick.
async fn settled() {
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
}

fn bundled() -> Loaded {
    let model = parse_dataset(include_str!("../data/be-netzwerke.json")).unwrap();
    Loaded { model: std::sync::Arc::new(model), source_errors: vec![], external_source: None, fetched_ms: 0.0 }
}

#[wasm_bindgen_test]
async fn hostile_strings_in_data_errors_render_as_text() {
    let el = fresh_container();
    let mut loaded = bundled();
    loaded.source_errors =
        vec![DataError::new(DataErrorKind::UnknownReference { value: HOSTILE.into() }, "memberships[0].member")];
    leptos::mount::mount_to(el.clone(), move || {
        Nav::provide_hash(Lang::De, None);
        view! { <DataNotice loaded=loaded problems=vec![HOSTILE.to_string()]/> }
    })
    .forget();
    settled().await;
    assert!(el.query_selector("img").unwrap().is_none(), "no element may be created from data");
    let text = el.text_content().unwrap();
    assert!(text.contains("Die konfigurierte Datenquelle konnte nicht gelesen werden"), "{text}");
    assert!(text.contains(HOSTILE), "{text}");
    assert!(text.contains("memberships[0].member"), "the message names the JSON path: {text}");
}

/// The second line behind the data checks: whatever string reaches a link component, only a
/// checked https/mailto/tel link comes out; the rest is text.
#[wasm_bindgen_test]
fn links_from_data_are_made_only_from_checked_values() {
    let el = fresh_container();
    let hostile = Contact {
        email: Some("info@example.org?bcc=alle@evil.example".into()),
        phone: Some("+49 711 0;javascript:x".into()),
        web: Some("javascript:window.__pwned=1".into()),
        example: false,
    };
    let good = Contact { email: Some("info@example.org".into()), phone: Some("0711 22 59-0".into()), web: Some("https://www.example.org/".into()), example: false };
    leptos::mount::mount_to(el.clone(), move || {
        Nav::provide_hash(Lang::De, None);
        provide_context(AppContext::new(read_config(&[], "", ""), bundled()));
        view! {
            <div id="hostile"><ContactLinks contact=hostile/> <WebLink url="http://www.arbes-bw.de/?p=231".to_string()/> <WebLink url=" data:text/html,x".to_string() label="Anmeldung"/></div>
            <div id="good"><ContactLinks contact=good/></div>
        }
    })
    .forget();
    let hrefs = |sel: &str| {
        let links = el.query_selector_all(&format!("{sel} a")).unwrap();
        (0..links.length()).map(|i| links.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute("href").unwrap()).collect::<Vec<_>>()
    };
    assert_eq!(hrefs("#hostile"), Vec::<String>::new(), "no link from a hostile value, and http only where allowed");
    let text = el.query_selector("#hostile").unwrap().unwrap().text_content().unwrap();
    assert!(text.contains("javascript:window.__pwned=1") && text.contains("http://www.arbes-bw.de/?p=231"), "shown as text: {text}");
    assert_eq!(hrefs("#good"), ["mailto:info@example.org", "tel:071122590", "https://www.example.org/"]);
    let good_text = el.query_selector("#good").unwrap().unwrap().text_content().unwrap();
    assert!(good_text.contains("Website: example.org"), "the site's name, not the long address: {good_text}");
}

#[wasm_bindgen_test]
fn header_links_use_hash_routes_and_carry_the_language() {
    let el = fresh_container();
    leptos::mount::mount_to(el.clone(), || {
        Nav::provide_hash(Lang::De, Some("/mitglieder?lang=en".into()));
        view! { <Header/> }
    })
    .forget();
    let nav = el.query_selector("nav").unwrap().unwrap();
    assert_eq!(nav.get_attribute("aria-label").as_deref(), Some("Main navigation"));
    let links = el.query_selector_all("nav a").unwrap();
    assert_eq!(links.length(), 6);
    let members: web_sys::Element = links.item(1).unwrap().unchecked_into();
    // absolute: the page itself plus the route in the hash, whatever <base href> the host has
    let page = web_sys::window().unwrap().location().href().unwrap();
    let page = page.split('#').next().unwrap();
    assert_eq!(members.get_attribute("href"), Some(format!("{page}#/mitglieder?lang=en")));
    assert_eq!(members.get_attribute("aria-current").as_deref(), Some("page"));
    assert_eq!(members.text_content().as_deref(), Some("Members"));
    let switch = el.query_selector(".be-lang-switch").unwrap().unwrap();
    assert_eq!(switch.get_attribute("href"), Some(format!("{page}#/mitglieder")));
    assert_eq!(switch.get_attribute("lang").as_deref(), Some("de"));
}

#[wasm_bindgen_test]
async fn load_error_explains_and_retries() {
    let el = fresh_container();
    let retries = RwSignal::new(0);
    leptos::mount::mount_to(el.clone(), move || {
        Nav::provide_hash(Lang::De, None);
        let errors = vec![DataError::new(DataErrorKind::Http { status: 503 }, "")];
        view! { <LoadError errors=errors on_retry=move || retries.update(|n| *n += 1)/> }
    })
    .forget();
    settled().await;
    assert!(el.text_content().unwrap().contains("HTTP 503"));
    let button: web_sys::HtmlElement = el.query_selector("button").unwrap().unwrap().unchecked_into();
    assert_eq!(button.text_content().as_deref(), Some("Erneut versuchen"));
    button.click();
    assert_eq!(retries.get_untracked(), 1);
}

#[wasm_bindgen_test]
fn a_second_container_on_the_page_gets_a_clear_message() {
    let first = fresh_container();
    let second = fresh_container();
    for el in [&first, &second] {
        el.set_attribute("data-be-netzwerke", "").unwrap();
        el.set_attribute("data-source", "http://127.0.0.1:9/unreachable.json").unwrap();
    }
    be_netzwerke::app::start();
    assert!(first.class_list().contains("be"));
    assert!(first.query_selector(".be-header").unwrap().is_some(), "the first container shows the app");
    let text = second.text_content().unwrap();
    assert!(text.contains("bereits angezeigt"), "{text}");
    assert!(second.query_selector(".be-header").unwrap().is_none());
}
