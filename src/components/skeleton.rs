use leptos::prelude::*;

use crate::app::use_nav;
use crate::i18n::Key;

/// Placeholder with the shape of a page while data loads: no blank frame, no layout shift.
#[component]
pub fn Skeleton() -> impl IntoView {
    let nav = use_nav();
    view! {
        <div class="be-skeleton" role="status" aria-live="polite">
            <p class="be-visually-hidden">{move || nav.lang.get().t(Key::Loading)}</p>
            <div class="be-skeleton-line be-skeleton-title" aria-hidden="true"></div>
            <div class="be-skeleton-line" aria-hidden="true"></div>
            <div class="be-skeleton-line" aria-hidden="true"></div>
            <div class="be-skeleton-line be-skeleton-short" aria-hidden="true"></div>
        </div>
    }
}
