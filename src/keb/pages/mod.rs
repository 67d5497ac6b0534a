//! KEB: what it is, who may apply (eligibility first), drafts on this device, import.

mod check;
mod confirmation;
mod drafts;
mod eligibility;
mod hand_in;
mod parts;
mod resume;
mod step;

pub use check::KebCheckPage;
pub use confirmation::KebConfirmationPage;
pub use resume::KebResumePage;
pub use step::{KebStepPage, KebStepRoute};

use leptos::prelude::*;

use crate::app::{tr, use_data, use_nav};
use crate::components::PageTitle;
use crate::i18n::Lang;
use crate::routes::parse_query;
use crate::keb::domain::money::format_euro;
use crate::keb::domain::texts::KebKey;

use drafts::{Drafts, OutboxNotice};
use eligibility::{EligibilityResult, KommuneChooser};
use parts::{DraftMissing, FinishedNotice, SaveChoice, StepList};

/// Fetches the application's part (its steps, the check, the confirmation) before the user needs
/// it: the KEB page asks for it as soon as an application can be begun or continued. Provided by
/// keb/host.rs, which loads the parts.
#[derive(Clone, Copy)]
pub struct FetchAntrag(pub fn());

impl FetchAntrag {
    fn ahead() {
        if let Some(fetch) = use_context::<FetchAntrag>() {
            (fetch.0)();
        }
    }
}

#[component]
pub fn KebPage() -> impl IntoView {
    let (nav, model) = (use_nav(), use_data());
    let en = nav.lang.get_untracked() == Lang::En;
    let name = model.keb.name.get(en).to_string();
    // read once: a new query is a new page (the app's page switch rebuilds KEB pages on it)
    let chosen = parse_query(&nav.query.get_untracked()).into_iter().find(|(k, _)| k == "kommune").map(|(_, v)| v).filter(|v| !v.is_empty());
    view! {
        <PageTitle text=Signal::derive(move || name.clone())/>
        <p class="be-lead">{model.keb.description.get(en).to_string()}</p>
        <p>{tr(KebKey::KebHowTo)}</p>
        <OutboxNotice/>
        <section aria-labelledby="keb-before">
            <h2 class="be-h2" id="keb-before">{tr(KebKey::KebBeforeTitle)}</h2>
            <ul class="be-list">
                <li>{tr(KebKey::KebBeforeAdvice)}</li>
                <li>{tr(KebKey::KebBeforeMeasure)}</li>
                <li>{tr(KebKey::KebBeforeCosts).replace("{max}", &format_euro(nav.lang.get_untracked(), model.keb.max_funding_cents))}</li>
                <li>{tr(KebKey::KebBeforeRules)
                    .replace("{days}", &model.keb.lead_days.to_string())
                    .replace("{count}", &model.keb.max_per_kommune_year.to_string())
                    .replace("{yearmax}", &format_euro(nav.lang.get_untracked(), model.keb.max_cents_per_kommune_year))}
                    {model.keb.start_in_application_year.then(|| view! { " " {tr(KebKey::KebBeforeYear)} })}</li>
                <li>{tr(KebKey::KebBeforeTime)}</li>
            </ul>
        </section>
        <section aria-labelledby="keb-eligibility">
            <h2 class="be-h2" id="keb-eligibility">{tr(KebKey::KebEligibilityTitle)}</h2>
            {match chosen {
                Some(key) => view! { <EligibilityResult key=key/> }.into_any(),
                None => view! { <KommuneChooser/> }.into_any(),
            }}
        </section>
        <Drafts/>
    }
}

