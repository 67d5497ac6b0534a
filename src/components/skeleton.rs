use leptos::prelude::*;

use crate::app::use_nav;
use crate::i18n::Key;

/// Placeholder with the shape of a page while data loads: no blank frame, no layout shift.
/// Pages whose heading does not need the data (`Route::static_head`) show it already, exactly
/// where the page will show it (as the prerendered index.html does before the app starts).
#[component]
pub fn Skeleton() -> impl IntoView {
    let nav = use_nav();
    // follows a language switch or a link followed while loading
    move || {
        let lang = nav.lang.get();
        let head = nav.route.with(|route| route.static_head());
        view! {
            {head.map(|(title, lead)| view! {
                <h1 class="be-h1">{lang.t(title)}</h1>
                <p class="be-lead">{lang.t(lead)}</p>
            })}
            <div class="be-skeleton" role="status" aria-live="polite">
                <p class="be-visually-hidden">{lang.t(Key::Loading)}</p>
                {head.is_none().then(|| view! { <div class="be-skeleton-line be-skeleton-title" aria-hidden="true"></div> })}
                <div class="be-skeleton-line" aria-hidden="true"></div>
                <div class="be-skeleton-line" aria-hidden="true"></div>
                <div class="be-skeleton-line be-skeleton-short" aria-hidden="true"></div>
            </div>
        }
    }
}
