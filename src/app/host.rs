//! Finds the host elements (`[data-be-netzwerke]`) and mounts the app into the first one.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::view::App;
use crate::data::config::{read_config, Config};

const HOST_SELECTOR: &str = "[data-be-netzwerke]";
const MOUNTED_ATTR: &str = "data-be-mounted";

pub fn start() {
    // A panic is a bug: say so in the console (the console_error_panic_hook crate, minus its stack trace).
    std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
    mount_when_shown();
}

/// The own page shows a prerendered page head (index.html) and holds the app until the browser
/// has put it on screen (at most 300 ms): replaced sooner, its paint would not count as the
/// page's largest content, and Lighthouse would time that from the app's paint.
fn mount_when_shown() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.query_selector("[data-be-hold]").ok().flatten().is_some() {
        set_timeout(mount_when_shown, std::time::Duration::from_millis(10));
        return;
    }
    let Ok(hosts) = document.query_selector_all(HOST_SELECTOR) else { return };
    let page_query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let mut mounted = false;
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) else { continue };
        if host.has_attribute(MOUNTED_ATTR) {
            continue;
        }
        if mounted {
            // One app per page: both would fight over the URL hash.
            refuse_second(&host);
            continue;
        }
        let config = config_of(&host, &page_query);
        let _ = host.set_attribute(MOUNTED_ATTR, "");
        let Some(container) = container_of(&document, &host) else { continue };
        if config.in_frame {
            container.class_list().add_1("be-in-frame").ok();
        }
        leptos::mount::mount_to(container, move || view! { <App config=config.clone()/> }).forget();
        mounted = true;
    }
}

/// Where the app is drawn. Embedded, assets/embed.js has given the host element a shadow root with
/// the app's stylesheet: the app goes into a container inside it, sealed from the host page's
/// rules. Otherwise (the own page, or a browser without shadow roots) the host element itself.
fn container_of(document: &web_sys::Document, host: &web_sys::HtmlElement) -> Option<web_sys::HtmlElement> {
    match host.shadow_root() {
        Some(root) => {
            let container: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
            container.set_class_name("be be-sealed");
            root.append_child(&container).ok()?;
            Some(container)
        }
        None => {
            host.set_inner_html("");
            host.class_list().add_1("be").ok();
            Some(host.clone())
        }
    }
}

fn config_of(host: &web_sys::HtmlElement, page_query: &str) -> Config {
    let names = host.get_attribute_names();
    let attrs: Vec<(String, String)> = (0..names.length())
        .filter_map(|i| names.get(i).as_string())
        .filter_map(|name| {
            let key = name.strip_prefix("data-")?.to_string();
            Some((key, host.get_attribute(&name).unwrap_or_default()))
        })
        .collect::<Vec<_>>();
    // Standalone under a sub path (trunk build --public-url /engagement/): the page's <base>
    // gives the router its base unless data-base says otherwise.
    let mut attrs = attrs;
    if !attrs.iter().any(|(k, _)| k == "base") {
        let base_path = host
            .base_uri()
            .ok()
            .flatten()
            .and_then(|b| web_sys::Url::new(&b).ok())
            .map(|u| u.pathname())
            .unwrap_or_default();
        attrs.push(("base".into(), base_path));
    }
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    read_config(&attrs, page_query, &origin)
}

fn refuse_second(host: &web_sys::HtmlElement) {
    let lang = host.get_attribute("data-lang").unwrap_or_default();
    let text = if lang.starts_with("en") {
        "BE Networks is already shown on this page. Only one instance per page is supported."
    } else {
        "Die BE-Netzwerke werden auf dieser Seite bereits angezeigt. Pro Seite ist nur eine Einbindung möglich."
    };
    host.set_text_content(Some(text));
    let _ = host.set_attribute("role", "note");
    let _ = host.set_attribute(MOUNTED_ATTR, "refused");
}
