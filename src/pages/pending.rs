use leptos::prelude::*;

use crate::app::use_nav;
use crate::components::PageTitle;
use crate::i18n::Key;
use crate::routes::Route;

/// Sections whose issue is still open: an honest page with a real heading, not a blank.
#[component]
pub fn PendingPage(route: Route) -> impl IntoView {
    let nav = use_nav();
    let key = match route {
        Route::Keb | Route::KebStep { .. } | Route::KebConfirmation(_) => Key::NavKeb,
        _ => Key::AppName,
    };
    view! {
        <PageTitle text=Signal::derive(move || nav.lang.get().t(key).to_string())/>
        <p>{move || nav.lang.get().t(Key::PageComingSoon)}</p>
    }
}
