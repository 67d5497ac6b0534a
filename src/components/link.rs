use leptos::prelude::*;

use crate::app::use_nav;
use crate::routes::Route;

/// A link to one of our routes; its href follows the routing mode and the language.
#[component]
pub fn Link(
    to: Route,
    #[prop(optional)] query: Vec<(&'static str, String)>,
    #[prop(optional, into)] class: Option<String>,
    children: Children,
) -> impl IntoView {
    let nav = use_nav();
    let href = move || {
        let pairs: Vec<(&str, &str)> = query.iter().map(|(k, v)| (*k, v.as_str())).collect();
        nav.href_in(&to, &pairs, nav.lang.get())
    };
    view! { <a href=href class=class>{children()}</a> }
}
