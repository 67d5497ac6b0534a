//! `/keb/bestaetigung/<reference>`: where an application stands, said truthfully from what this
//! browser keeps — accepted by the receiver (the GOV.UK confirmation panel), finished and still
//! to be handed in (the steps, each ticked by the clerk), or not known here. The application
//! document, in German for the network, is what the print stylesheet leaves.

use leptos::prelude::*;

use super::hand_in::{print, ApplicationDocument, HandInSteps, SignatureLines};
use super::SaveChoice;
use crate::app::{tr, use_data, use_nav};
use crate::components::{Link, MailLink, PageTitle};
use crate::i18n::Lang;
use crate::keb::domain::draft::{Draft, Stage};
use crate::keb::domain::texts::KebKey;
use crate::keb::domain::antrag_texts::AntragKey;
use crate::keb::state::store::use_keb_store;
use crate::keb::ui::summary::AnswersSummary;
use crate::routes::Route;

#[component]
pub fn KebConfirmationPage(reference: String) -> impl IntoView {
    let store = use_keb_store();
    let Some(d) = store.read_untracked(|s| s.by_reference(&reference).cloned()) else {
        return view! { <NotKnownHere reference=reference/> }.into_any();
    };
    let id = d.id.clone();
    // closing the window would lose a finished application kept only in it: ask first
    if d.stage() == Stage::Finished {
        store.set_editing(Some(id.clone()));
        on_cleanup(move || store.set_editing(None));
    }
    let head = match d.stage() {
        Stage::Accepted => view! { <AcceptedPanel reference=reference.clone()/> }.into_any(),
        _ => view! { <FinishedPanel draft=id.clone() reference=reference.clone()/> }.into_any(),
    };
    let to_do = (d.stage() == Stage::Finished).then(|| {
        let kept = {
            let id = id.clone();
            move || tr(if store.read(|s| s.is_on_device(&id)) { AntragKey::KebKeptOnDevice } else { AntragKey::KebKeptInTab })
        };
        let reopen = {
            let id = id.clone();
            move |_| {
                store.reopen(&id);
                use_nav().go(&Route::KebResume(id.clone()), &[], false);
            }
        };
        view! {
            <p>{kept}</p>
            <SaveChoice draft=id.clone()/>
            <h2 class="be-h2">{tr(AntragKey::KebHandInTitle)}</h2>
            <HandInSteps draft=d.clone() reference=reference.clone()/>
            <h2 class="be-h2">{tr(AntragKey::KebReopen)}</h2>
            <p class="be-hint">{tr(AntragKey::KebReopenHint)}</p>
            <p><button type="button" class="be-button be-button-secondary" on:click=reopen>{tr(AntragKey::KebReopen)}</button></p>
        }
    });
    view! {
        {head}
        <div class="be-no-print">
            {to_do}
            <h2 class="be-h2">{tr(AntragKey::KebNextTitle)}</h2>
            <p>{tr(AntragKey::KebNext)}</p>
            <NetworkContact draft=d.clone()/>
        </div>
        <Document draft=d reference=reference/>
        <p class="be-actions be-no-print">
            <button type="button" class="be-button be-button-secondary" on:click=|_| print()>{tr(AntragKey::KebPrint)}</button>
            <Link to=Route::Keb>{tr(KebKey::KebBackToStart)}</Link>
        </p>
    }
    .into_any()
}

/// The receiver took it: the one state that earns the green panel.
#[component]
fn AcceptedPanel(reference: String) -> impl IntoView {
    view! {
        <div class="be-panel be-no-print">
            <PageTitle text=Signal::derive(|| tr(AntragKey::KebSentTitle).to_string())/>
            <p>{tr(AntragKey::KebSentLead)}</p>
            <p>{tr(AntragKey::KebReference)}<br/><strong class="be-reference">{reference}</strong></p>
        </div>
    }
}

/// Finished here: nothing was sent; once the clerk has ticked every step, it says so — as the
/// clerk's own statement.
#[component]
fn FinishedPanel(draft: String, reference: String) -> impl IntoView {
    let store = use_keb_store();
    let handed_in = Memo::new(move |_| store.read(|s| s.draft(&draft).is_some_and(Draft::handed_in)));
    let title = Signal::derive(move || tr(if handed_in.get() { AntragKey::KebHandedInTitle } else { AntragKey::KebPreparedTitle }).to_string());
    view! {
        <div class="be-panel be-panel-todo be-no-print">
            <PageTitle text=title/>
            <p>{move || tr(if handed_in.get() { AntragKey::KebHandedInLead } else { AntragKey::KebPreparedLead })}</p>
            <p>{tr(AntragKey::KebReference)}<br/><strong class="be-reference">{reference}</strong></p>
        </div>
    }
}

/// A confirmation address opened where the application is not kept: no claim either way.
#[component]
fn NotKnownHere(reference: String) -> impl IntoView {
    view! {
        <PageTitle text=Signal::derive(|| tr(AntragKey::KebUnknownTitle).to_string())/>
        <div class="be-notice"><p>{tr(AntragKey::KebUnknownText).replace("{reference}", &reference)}</p></div>
        <p><Link to=Route::Keb class="be-button">{tr(KebKey::KebBackToStart)}</Link></p>
    }
}

#[component]
fn NetworkContact(draft: Draft) -> impl IntoView {
    let network = use_data().network(draft.answer("netzwerk")).cloned();
    network.map(|n| {
        let email = n.contact.email.clone();
        view! {
            <h2 class="be-h2">{tr(AntragKey::KebContactTitle)}</h2>
            <p>
                <Link to=Route::Network(n.id.clone())>{n.name.clone()}</Link>
                {email.map(|e| view! { <br/><MailLink address=e/> })}
            </p>
        }
    })
}

/// The answers on screen in the page's language; the printed document in German, the language
/// of the network that receives it (one copy when the page is German).
#[component]
fn Document(draft: Draft, reference: String) -> impl IntoView {
    let lang = use_nav().lang.get_untracked();
    let made = draft.accepted.clone().or_else(|| draft.finished.clone()).unwrap_or_default();
    let on_screen = (lang != Lang::De).then(|| {
        view! {
            <div class="be-no-print">
                <h2 class="be-h2">{tr(AntragKey::KebSummaryTitle)}</h2>
                <AnswersSummary draft=draft.clone() change=false lang=lang/>
            </div>
        }
    });
    let heading_class = if lang == Lang::De { "be-h2" } else { "be-h2 be-print-only" };
    let german = if lang == Lang::De { "" } else { "be-print-only" };
    view! {
        {on_screen}
        <ApplicationDocument draft=draft.clone() reference=reference made=made/>
        <h2 class=heading_class lang="de">{Lang::De.t(AntragKey::KebSummaryTitle)}</h2>
        <div class=german lang="de"><AnswersSummary draft=draft change=false lang=Lang::De/></div>
        <SignatureLines/>
    }
}
