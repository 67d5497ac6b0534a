//! After sending: the reference number, what happens next, whom to contact, and the answers in
//! a print-friendly form (the print stylesheet leaves only this).

use leptos::prelude::*;

use super::check::print;
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
    let summary = match receipt {
        Some(r) => view! {
            <h2 class="be-h2">{tr(KebKey::KebSummaryTitle)}</h2>
            <AnswersSummary draft=r.draft change=false/>
        }
        .into_any(),
        None => view! { <p class="be-muted">{tr(KebKey::KebReceiptGone)}</p> }.into_any(),
    };
    view! {
        <div class="be-panel">
            <PageTitle text=Signal::derive(|| tr(KebKey::KebSentTitle).to_string())/>
            <p>{tr(KebKey::KebReference)}<br/><strong class="be-reference">{reference}</strong></p>
        </div>
        <h2 class="be-h2">{tr(KebKey::KebNextTitle)}</h2>
        <p>{tr(KebKey::KebNext)}</p>
        {contact}
        {summary}
        <p class="be-actions be-no-print">
            <button type="button" class="be-button be-button-secondary" on:click=|_| print()>{tr(KebKey::KebPrint)}</button>
            <Link to=Route::Keb>{tr(KebKey::KebBackToStart)}</Link>
        </p>
    }
}
