//! `/keb/fortsetzen/<draft>`: where a draft continues. The KEB page links here, so it needs no
//! rules; this page, in the application's part, works out the step and replaces the address.

use leptos::prelude::*;

use super::DraftMissing;
use crate::app::{use_data, use_nav};
use crate::components::Skeleton;
use crate::keb::domain::form::CHECK_STEP;
use crate::keb::domain::rules::first_incomplete;
use crate::keb::state::store::use_keb_store;
use crate::keb::ui::with_rules;
use crate::routes::Route;

/// The first step with something missing (the check page when nothing is); "back" then leads to
/// where the user came from.
#[component]
pub fn KebResumePage(draft: String) -> impl IntoView {
    let (nav, model, store) = (use_nav(), use_data(), use_keb_store());
    let Some(d) = store.get(&draft) else {
        return view! { <DraftMissing/> }.into_any();
    };
    if d.stage() != crate::keb::domain::draft::Stage::Draft {
        return view! { <super::FinishedNotice draft=d/> }.into_any();
    }
    let step = with_rules(&model, &d, |r| first_incomplete(&d, r)).map(|s| s.id).unwrap_or(CHECK_STEP);
    // after this page is built: a navigation while the page switch draws would be lost
    request_animation_frame(move || nav.go(&Route::KebStep { draft, step: step.into() }, &[], true));
    view! { <Skeleton/> }.into_any()
}
