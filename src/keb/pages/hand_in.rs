//! Handing in an application where the app has no receiver (`data-submit` unset): how the network
//! takes it (its `keb_intake` record), what is still to do with the action for each step, and
//! the printed application document.

use leptos::prelude::*;

use crate::app::{tr, use_data, use_nav};
use crate::components::download::download;
use crate::components::{ExampleBadge, WebLink};
use crate::i18n::{format_date_key, Lang};
use crate::keb::domain::answers::{application_json, cover_mail, file_words, Made};
use crate::keb::domain::draft::Draft;
use crate::keb::domain::money::format_euro;
use crate::keb::domain::rules::totals;
use crate::keb::domain::texts::KebKey;
use crate::keb::state::storage::now_iso;
use crate::model::time::LocalDateTime;
use crate::model::untrusted::mailto;
use crate::model::{IntakeFile, KebIntake, Model, Network};
use crate::routes::encode_component;

/// The network an application goes through, and how it takes applications (if it says).
fn intake_of(model: &Model, d: &Draft) -> (Option<Network>, Option<KebIntake>) {
    let network = model.network(d.answer("netzwerk")).cloned();
    let intake = network.as_ref().and_then(|n| n.keb_intake.clone());
    (network, intake)
}

/// The way the network takes applications, in one sentence (the finish leads with it).
#[component]
pub fn HandInLead(draft: Draft) -> impl IntoView {
    let model = use_data();
    let (network, intake) = intake_of(&model, &draft);
    let name = network.map(|n| n.short_name).unwrap_or_default();
    let lang = use_nav().lang.get_untracked();
    let text = match &intake {
        Some(KebIntake { email: Some(address), attach, .. }) => {
            tr(KebKey::KebIntakeEmail).replace("{address}", address).replace("{file}", file_words(*attach, lang))
        }
        Some(KebIntake { upload_url: Some(_), attach, .. }) => tr(KebKey::KebIntakeUpload).replace("{file}", file_words(*attach, lang)),
        _ => tr(KebKey::KebIntakeUnknown).to_string(),
    };
    let example = intake.is_some_and(|i| i.example);
    view! { <p class="be-intake">{text.replace("{network}", &name)} {example.then(|| view! { <ExampleBadge/> })}</p> }
}

/// What is still to do, one numbered step each with its action: save the file, send or upload
/// it, quote the reference.
#[component]
pub fn HandInSteps(draft: Draft, reference: String) -> impl IntoView {
    let (model, nav) = (use_data(), use_nav());
    let lang = nav.lang.get_untracked();
    let (network, intake) = intake_of(&model, &draft);
    let intake_example = intake.as_ref().is_some_and(|i| i.example);
    let name = network.as_ref().map(|n| n.short_name.clone()).unwrap_or_default();
    let file = intake.as_ref().map(|i| i.attach).unwrap_or(IntakeFile::Pdf);
    // an invented address or upload page says so where it is given
    let badge = move || intake_example.then(|| view! { " " <ExampleBadge/> });
    let save = match file {
        IntakeFile::Pdf => view! { <button type="button" class="be-button" on:click=|_| print()>{tr(KebKey::KebPrint)}</button> }.into_any(),
        IntakeFile::Json => {
            let (d, model) = (draft.clone(), model.clone());
            let save_file = move |_| {
                let key = d.idempotency_key.clone().unwrap_or_default();
                let body = application_json(&d, &model, &key, Made::Prepared(&now_iso()), lang);
                download(&format!("be-netzwerke_keb-antrag_{}.json", d.id), "application/json", &body);
            };
            view! { <button type="button" class="be-button" on:click=save_file>{tr(KebKey::KebDownloadApplication)}</button> }.into_any()
        }
    };
    let hand_in = match intake.as_ref() {
        Some(KebIntake { email: Some(address), .. }) => {
            let (subject, body) = cover_mail(&draft, &model, &reference, file, lang);
            // the address is checked (model::untrusted); subject and body are ours, encoded
            let href = mailto(address).map(|m| format!("{m}?subject={}&body={}", encode_component(&subject), encode_component(&body)));
            let text = tr(KebKey::KebToDoMail).replace("{address}", address);
            view! {
                <li>
                    <p>{text}{badge()}</p>
                    {href.map(|href| view! {
                        <p><a class="be-button be-button-secondary" href=href rel="external">{tr(KebKey::KebEmailTo).replace("{network}", &name)}</a></p>
                    })}
                </li>
            }
            .into_any()
        }
        Some(KebIntake { upload_url: Some(url), .. }) => view! {
            <li>
                <p>{tr(KebKey::KebToDoUpload).replace("{network}", &name)}{badge()}</p>
                <p><WebLink url=url.clone() label=tr(KebKey::KebUploadAt).replace("{network}", &name) class="be-button be-button-secondary"/></p>
            </li>
        }
        .into_any(),
        _ => {
            let contact = network.and_then(|n| n.contact.web.clone());
            view! {
                <li>
                    <p>{tr(KebKey::KebToDoAsk)}</p>
                    {contact.map(|url| view! {
                        <p><WebLink url=url label=tr(KebKey::KebContactPage).replace("{network}", &name) class="be-button be-button-secondary"/></p>
                    })}
                </li>
            }
            .into_any()
        }
    };
    view! {
        <ol class="be-todo">
            <li><p>{tr(KebKey::KebToDoSave).replace("{file}", file_words(file, lang))}</p><p>{save}</p></li>
            {hand_in}
            <li><p>{tr(KebKey::KebToDoReference).replace("{reference}", &reference)}</p></li>
        </ol>
    }
}

/// The head of the printed application (print only): what it is, who applies to whom, when,
/// under which reference, and the sums; the answers follow it.
#[component]
pub fn ApplicationDocument(draft: Draft, reference: String, made: String) -> impl IntoView {
    let (model, nav) = (use_data(), use_nav());
    let lang: Lang = nav.lang.get_untracked();
    let kommune = model.kommune(&draft.kommune).map(|k| k.display_name()).unwrap_or_else(|| draft.kommune.clone());
    let network = model.network(draft.answer("netzwerk")).map(|n| n.name.clone()).unwrap_or_default();
    // the day in Germany (the receipt keeps UTC)
    let day = LocalDateTime::berlin_from_unix_ms(js_sys::Date::parse(&made)).date_key();
    let date = format_date_key(lang, &day);
    let t = totals(&draft);
    let row = |label: KebKey, value: String| view! { <div class="be-summary-row"><dt>{tr(label)}</dt><dd>{value}</dd></div> };
    view! {
        <div class="be-print-only">
            <p class="be-document-title">{tr(KebKey::KebDocumentTitle)}</p>
            <dl class="be-summary">
                {row(KebKey::KebDocumentApplicant, format!("{kommune} ({})", draft.kommune))}
                {row(KebKey::KebDocumentTo, network)}
                {row(KebKey::KebDocumentDate, date)}
                {row(KebKey::KebDocumentReference, reference)}
                {row(KebKey::KebTotalCosts, format_euro(lang, t.costs))}
                {row(KebKey::KebFRequested, format_euro(lang, t.requested))}
                {row(KebKey::KebDocumentDeclared, tr(KebKey::KebDeclaration).to_string())}
            </dl>
        </div>
    }
}

/// The browser's print dialog (also "Als PDF speichern"); the print stylesheet hides the chrome.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
