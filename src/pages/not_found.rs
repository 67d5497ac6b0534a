use leptos::prelude::*;

use crate::app::tr;
use crate::app::use_nav;
use crate::components::{Link, PageTitle};
use crate::i18n::Key;
use crate::routes::Route;

/// Unknown path or id: say so and offer the directory search.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let nav = use_nav();
    let t = move |k| nav.lang.get().t(k);
    let query = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        nav.go(&Route::Members, &[("q", &query.get_untracked())], false);
    };
    view! {
        <PageTitle text=Signal::derive(move || t(Key::NotFoundTitle).to_string())/>
        <p>{tr(Key::NotFoundText)}</p>
        <form class="be-search" role="search" on:submit=submit>
            <label for="be-nf-q">{tr(Key::SearchLabel)}</label>
            <div class="be-search-row">
                <input id="be-nf-q" type="search" class="be-input" prop:value=query
                    on:input=move |ev| query.set(event_target_value(&ev))/>
                <button type="submit" class="be-button">{tr(Key::Search)}</button>
            </div>
        </form>
        <p><Link to=Route::Home>{tr(Key::NotFoundHome)}</Link></p>
    }
}
