//! Lookups inside the app's own tree. Embedded, the app lives in a shadow root (assets/embed.js),
//! where `document.getElementById` sees nothing; the tree a node belongs to finds it in both.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, Node, ShadowRoot};

/// The element with `id` in the tree of `near`: its shadow root, or the document.
pub fn element_by_id(near: &Node, id: &str) -> Option<HtmlElement> {
    let root = near.get_root_node();
    let found = match root.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.get_element_by_id(id),
        None => root.dyn_ref::<Document>()?.get_element_by_id(id),
    };
    found?.dyn_into().ok()
}

/// Where a stylesheet for the tree of `near` goes: into its shadow root, or the document's head.
pub fn stylesheet_parent(near: &Node) -> Option<Node> {
    let root = near.get_root_node();
    match root.dyn_into::<ShadowRoot>() {
        Ok(shadow) => Some(shadow.into()),
        Err(_) => web_sys::window()?.document()?.head().map(Into::into),
    }
}

/// A part's stylesheet (`routes::Part::stylesheet`), once per page (two parts may share one), where
/// the app's tree takes it: the document's head, or the shadow root the app is embedded in.
pub fn add_part_stylesheet(href: &str, part: &str, near: &Node) {
    let Some(parent) = stylesheet_parent(near) else { return };
    let selector = format!("link[data-be-part][href=\"{href}\"]");
    let present = match parent.dyn_ref::<web_sys::Element>() {
        Some(head) => head.query_selector(&selector),
        None => parent.unchecked_ref::<web_sys::DocumentFragment>().query_selector(&selector),
    };
    let link = web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("link").ok());
    let (Ok(None), Some(link)) = (present, link) else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("data-be-part", part);
    let _ = parent.append_child(&link);
}

/// Focuses the element with `id` in the tree of the event's element; true if there was one.
pub fn focus_by_id(event: &web_sys::Event, id: &str) -> bool {
    let near = event.current_target().and_then(|t| t.dyn_into::<Node>().ok());
    match near.and_then(|n| element_by_id(&n, id)) {
        Some(el) => {
            el.scroll_into_view();
            el.focus().is_ok()
        }
        None => false,
    }
}

/// Wider than a phone (40em at the default font size): room for filters beside the list's top.
pub fn is_wide_screen() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).is_some_and(|px| px >= 640.0)
}
