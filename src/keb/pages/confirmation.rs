//! After sending or finishing: the reference number, what is still to do (finished without a
//! receiver: how to hand it in), what happens next, whom to contact, and the application as a
//! printable document (the print stylesheet leaves only that).

use leptos::prelude::*;

use super::hand_in::{print, ApplicationDocument, HandInSteps};
use crate::app::{tr, use_data};
use crate::components::{Link, MailLink, PageTitle};
use crate::routes::Route;
use crate::keb::domain::texts::KebKey;
use crate::keb::state::outbox::receipt;
use crate::keb::ui::summary::AnswersSummary;

#[component]
pub fn KebConfirmationPage(reference: String) -> impl IntoView {
    let model = use_data();
    let receipt = receipt(&reference);
    let prepared = receipt.as_ref().is_some_and(|r| r.prepared);
    let network = receipt.as_ref().and_then(|r| model.network(r.draft.answer("netzwerk")).cloned());
    let contact = network.map(|n| {
        let email = n.contact.email.clone();
        view! {
            <h2 class="be-h2">{tr(KebKey::KebContactTitle)}</h2>
            <p>
                <Link to=Route::Network(n.id.clone())>{n.name.clone()}</Link>
                {email.map(|e| view! { <br/><MailLink address=e/> })}
            </p>
        }
    });
    let to_do = receipt.as_ref().filter(|r| r.prepared).map(|r| view! {
        <h2 class="be-h2">{tr(KebKey::KebHandInTitle)}</h2>
        <HandInSteps draft=r.draft.clone() reference=reference.clone()/>
    });
    let summary = match receipt {
        Some(r) => view! {
            <ApplicationDocument draft=r.draft.clone() reference=reference.clone() made=r.sent/>
            <h2 class="be-h2">{tr(KebKey::KebSummaryTitle)}</h2>
            <AnswersSummary draft=r.draft change=false/>
        }
        .into_any(),
        None => view! { <p class="be-muted">{tr(KebKey::KebReceiptGone)}</p> }.into_any(),
    };
    let title = if prepared { KebKey::KebPreparedTitle } else { KebKey::KebSentTitle };
    view! {
        <div class="be-panel be-no-print">
            <PageTitle text=Signal::derive(move || tr(title).to_string())/>
            <p>{tr(KebKey::KebReference)}<br/><strong class="be-reference">{reference.clone()}</strong></p>
            {prepared.then(|| view! { <p>{tr(KebKey::KebPreparedLead)}</p> })}
        </div>
        <div class="be-no-print">
            {to_do}
            <h2 class="be-h2">{tr(KebKey::KebNextTitle)}</h2>
            <p>{tr(KebKey::KebNext)}</p>
            {contact}
        </div>
        {summary}
        <p class="be-actions be-no-print">
            {(!prepared).then(|| view! { <button type="button" class="be-button be-button-secondary" on:click=|_| print()>{tr(KebKey::KebPrint)}</button> })}
            <Link to=Route::Keb>{tr(KebKey::KebBackToStart)}</Link>
        </p>
    }
}
