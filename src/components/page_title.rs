use leptos::prelude::*;

use crate::app::{context::FirstView, use_nav};
use crate::i18n::Key;
use crate::routes::Route;

/// The page's one `<h1>`. After a navigation it takes focus (so screen readers announce the
/// new page), and standalone it sets the document title; embedded, the host owns the title.
#[component]
pub fn PageTitle(
    #[prop(into)] text: Signal<String>,
    /// A form with errors: the document title starts with "Fehler: " (GOV.UK pattern).
    #[prop(optional)]
    error: Option<RwSignal<bool>>,
) -> impl IntoView {
    let nav = use_nav();
    let first = use_context::<FirstView>();
    let h1 = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        let title = text.get();
        let lang = nav.lang.get();
        if !nav.is_hash_mode() {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                let prefix = if error.is_some_and(|e| e.get()) { format!("{}: ", lang.t(Key::ErrorPrefix)) } else { String::new() };
                doc.set_title(&format!("{prefix}{title} – {}", lang.t(Key::AppName)));
            }
        }
    });
    Effect::new(move |_| {
        let Some(el) = h1.get() else { return };
        let is_first = first.map(|f| f.0.get_value()).unwrap_or(false);
        if is_first {
            if let Some(f) = first {
                f.0.set_value(false);
            }
        } else if el.is_connected() {
            let _ = el.focus();
        } else {
            // a page of a part is built before app::lazy puts it into the document
            request_animation_frame(move || {
                let _ = el.focus();
            });
        }
    });
    view! { <h1 class="be-h1" tabindex="-1" node_ref=h1>{text}</h1> }
}

/// `PageTitle` and lead of a page listed in `routes::STATIC_HEADS`: the same text the loading
/// skeleton and the prerendered index.html show, from one table.
#[component]
pub fn PageHead(route: Route) -> impl IntoView {
    let nav = use_nav();
    route.static_head().map(|(title, lead)| {
        view! {
            <PageTitle text=Signal::derive(move || nav.lang.get().t(title).to_string())/>
            <p class="be-lead">{move || nav.lang.get().t(lead)}</p>
        }
    })
}
