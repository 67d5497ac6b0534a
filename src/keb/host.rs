//! The KEB routes in the app: the wizard is a part loaded on first use (app::lazy), so the
//! directories' first view does not carry it. Its stylesheet comes with it.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::app::lazy::{lazy_view, part_view, PartView, SplitLoaderError};
use crate::app::{use_asset_url, use_nav};
use crate::lazy_part;
use crate::routes::Part;

lazy_part! { keb:
    fn keb_page() -> PartView {
        part_view(|| crate::keb::app::page(use_nav().route.get_untracked()))
    }
    fn keb_outbox() -> Result<(), SplitLoaderError> {
        crate::keb::app::store();
        Ok(())
    }
}

#[component]
pub fn KebHost() -> impl IntoView {
    let href = use_asset_url(Part::Keb.stylesheet().unwrap_or_default());
    let host = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = host.get() {
            add_stylesheet(&href, &el);
        }
    });
    view! { <div class="be-keb-host" node_ref=host>{lazy_view(keb_page)}</div> }
}

/// Applications wait in the outbox (no connection when they were sent): the KEB part, which
/// sends them, is loaded without waiting for the user to open KEB again; if it cannot be
/// loaded now, it is tried again when the browser is back online.
pub fn resume_outbox() {
    use crate::keb::state::{sending::OUTBOX, storage};
    let waiting = storage::storage().is_some_and(|s| !storage::keys_with(&s, OUTBOX).is_empty());
    if waiting {
        spawn_local(async {
            if keb_outbox().await.is_err() {
                let handle = StoredValue::new_local(None::<WindowListenerHandle>);
                handle.set_value(Some(window_event_listener(leptos::ev::online, move |_| {
                    if let Some(h) = handle.try_update_value(|h| h.take()).flatten() {
                        h.remove();
                    }
                    resume_outbox();
                })));
            }
        });
    }
}

/// The wizard's styles, once per page, where the app's tree takes them: the document's head, or
/// the shadow root the app is embedded in.
fn add_stylesheet(href: &str, near: &web_sys::Node) {
    let Some(parent) = crate::app::dom::stylesheet_parent(near) else { return };
    let present = match parent.dyn_ref::<web_sys::Element>() {
        Some(head) => head.query_selector("link[data-be-keb]"),
        None => parent.unchecked_ref::<web_sys::DocumentFragment>().query_selector("link[data-be-keb]"),
    };
    let link = web_sys::window().and_then(|w| w.document()).and_then(|d| d.create_element("link").ok());
    let (Ok(None), Some(link)) = (present, link) else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", href);
    let _ = link.set_attribute("data-be-keb", "");
    let _ = parent.append_child(&link);
}
