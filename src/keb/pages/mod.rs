//! KEB: what it is, who may apply (eligibility first), drafts on this device, import.

mod check;
mod confirmation;
mod drafts;
mod eligibility;
mod parts;
mod step;

pub use check::KebCheckPage;
pub use confirmation::KebConfirmationPage;
pub use step::KebStepPage;

use leptos::prelude::*;

use crate::app::{tr, use_data, use_nav};
use crate::components::PageTitle;
use crate::i18n::Lang;
use crate::routes::parse_query;
use crate::keb::domain::texts::KebKey;

use drafts::{Drafts, OutboxNotice};
use eligibility::{EligibilityResult, KommuneChooser};
use parts::{DraftMissing, SaveChoice, StepList};

#[component]
pub fn KebPage() -> impl IntoView {
    let (nav, model) = (use_nav(), use_data());
    let en = nav.lang.get_untracked() == Lang::En;
    let name = model.keb.name.get(en).to_string();
    let chosen = move || {
        parse_query(&nav.query.get()).into_iter().find(|(k, _)| k == "kommune").map(|(_, v)| v).filter(|v| !v.is_empty())
    };
    view! {
        <PageTitle text=Signal::derive(move || name.clone())/>
        <p class="be-lead">{model.keb.description.get(en).to_string()}</p>
        <p>{tr(KebKey::KebHowTo)}</p>
        <OutboxNotice/>
        <section aria-labelledby="keb-eligibility">
            <h2 class="be-h2" id="keb-eligibility">{tr(KebKey::KebEligibilityTitle)}</h2>
            {move || match chosen() {
                Some(key) => view! { <EligibilityResult key=key/> }.into_any(),
                None => view! { <KommuneChooser/> }.into_any(),
            }}
        </section>
        <Drafts/>
    }
}

