//! The Redaktion in the app: a part of its own, loaded from the pages part when `/redaktion` is
//! opened, so neither the first view nor the other parts carry it. It brings the form patterns'
//! stylesheet (be-keb.css) with it.

use leptos::prelude::*;

use crate::app::lazy::{lazy_view, part_view, PartView};
use crate::app::{dom, use_asset_url};
use crate::lazy_part;

lazy_part! { redaktion:
    pub fn redaktion_page() -> PartView {
        part_view(|| view! { <crate::redaktion::pages::RedaktionPage/> }.into_any())
    }
}

/// The page of `/redaktion` (a row of the pages part): the Redaktion's part and its styles.
#[component]
pub fn RedaktionHost() -> impl IntoView {
    let root = NodeRef::<leptos::html::Div>::new();
    let href = use_asset_url("be-keb.css");
    Effect::new(move |_| {
        if let Some(root) = root.get() {
            dom::add_part_stylesheet(&href, "redaktion", &root);
        }
    });
    view! { <div class="be-red-host" node_ref=root>{lazy_view(|| Box::pin(redaktion_page()))}</div> }
}
