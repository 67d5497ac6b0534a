use leptos::prelude::*;

use crate::app::use_nav;
use crate::i18n::Key;

/// Marks invented example records so nobody takes them for official information.
#[component]
pub fn ExampleBadge() -> impl IntoView {
    let nav = use_nav();
    view! {
        <span class="be-badge" title=move || nav.lang.get().t(Key::ExampleExplained)>
            {move || nav.lang.get().t(Key::Example)}
        </span>
    }
}
