//! Links built from the data: only what `model::untrusted` accepts becomes a link; anything else
//! is shown as text. The data is checked when it is read, so this is the second line: a link
//! can never be made from a string that has not passed the same rules.

use leptos::prelude::*;

use crate::app::AppContext;
use crate::model::untrusted::{mailto, tel, web_link};

fn http_allowed() -> bool {
    use_context::<AppContext>().is_some_and(|c| c.config.allow_http_links)
}

/// A link to a web page of the data; the address as text where it may not be a link.
#[component]
pub fn WebLink(
    url: String,
    /// The link text; the address itself when unset.
    #[prop(optional, into)]
    label: Option<String>,
    #[prop(optional, into)] class: Option<String>,
) -> impl IntoView {
    match web_link(&url, http_allowed()) {
        Some(href) => {
            let href = href.to_string();
            view! { <a href=href class=class rel="external noopener noreferrer">{label.unwrap_or(url)}</a> }.into_any()
        }
        None => view! { <span class="be-url">{url}</span> }.into_any(),
    }
}

/// A `mailto:` link for a plain address; anything else as text.
#[component]
pub fn MailLink(address: String) -> impl IntoView {
    match mailto(&address) {
        Some(href) => view! { <a href=href>{address}</a> }.into_any(),
        None => view! { <span>{address}</span> }.into_any(),
    }
}

/// A `tel:` link (dials on phones) for a phone number; anything else as text.
#[component]
pub fn TelLink(number: String) -> impl IntoView {
    match tel(&number) {
        Some(href) => view! { <a href=href>{number}</a> }.into_any(),
        None => view! { <span>{number}</span> }.into_any(),
    }
}
