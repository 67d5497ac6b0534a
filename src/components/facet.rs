//! A labelled select whose value is part of the URL; the first option ("Alle") means no filter.

use leptos::prelude::*;

use crate::app::tr;
use crate::i18n::PageKey;

/// One labelled select with an "Alle" option; its value is part of the URL.
#[component]
pub fn Facet(
    id: &'static str,
    label: &'static str,
    options: Vec<(String, Signal<String>)>,
    value: Signal<String>,
    /// Type-erased so every facet shares one compiled copy of this view.
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    let dom_id = format!("be-f-{id}");
    view! {
        <div class="be-field">
            <label for=dom_id.clone()>{label}</label>
            <select id=dom_id name=id class="be-select" on:change=move |ev| on_change.run(event_target_value(&ev))>
                <option value="" selected=move || value.with(|v| v.is_empty())>{tr(PageKey::Any)}</option>
                {options.into_iter().map(|(v, text)| {
                    let selected = { let v = v.clone(); move || value.with(|cur| *cur == v) };
                    view! { <option value=v selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

