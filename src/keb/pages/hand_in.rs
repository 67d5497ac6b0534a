//! Handing in an application where the app has no receiver (`data-submit` unset): how the network
//! takes it (its `keb_intake` record), what is still to do with the action for each step, and
//! the printed application document (German, with lines for the signature).

use leptos::prelude::*;

use crate::app::{tr, use_data, use_nav};
use crate::components::download::download;
use crate::components::{ExampleBadge, WebLink};
use crate::i18n::{format_date_key, Lang};
use crate::keb::domain::answers::{application_json, cover_mail, file_words, Made};
use crate::keb::domain::draft::{Draft, HAND_IN_STEPS};
use crate::keb::domain::money::format_euro;
use crate::keb::domain::rules::totals;
use crate::keb::domain::antrag_texts::AntragKey;
use crate::keb::state::storage::now_iso;
use crate::keb::state::store::use_keb_store;
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
            tr(AntragKey::KebIntakeEmail).replace("{address}", address).replace("{file}", file_words(*attach, lang))
        }
        Some(KebIntake { upload_url: Some(_), attach, .. }) => tr(AntragKey::KebIntakeUpload).replace("{file}", file_words(*attach, lang)),
        _ => tr(AntragKey::KebIntakeUnknown).to_string(),
    };
    let example = intake.is_some_and(|i| i.example);
    view! { <p class="be-intake">{text.replace("{network}", &name)} {example.then(|| view! { <ExampleBadge/> })}</p> }
}

/// What is still to do, one numbered step each with its action and a box the clerk ticks when
/// it is done: save the document (always printable, and the file where the network wants one),
/// hand it in, quote the reference. What goes to the network is German, whatever the page's
/// language.
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
    let print_button = view! { <button type="button" class="be-button" on:click=|_| print()>{tr(AntragKey::KebPrint)}</button> };
    let file_button = (file == IntakeFile::Json).then(|| {
        let (d, model, reference) = (draft.clone(), model.clone(), reference.clone());
        let save_file = move |_| {
            let key = d.idempotency_key.clone().unwrap_or_default();
            let made = d.finished.clone().unwrap_or_else(now_iso);
            let body = application_json(&d, &model, &key, Made::Prepared(&made), Lang::De);
            download(&application_file_name(&reference), "application/json", &body);
        };
        view! { <button type="button" class="be-button be-button-secondary" on:click=save_file>{tr(AntragKey::KebDownloadApplication)}</button> }
    });
    let hand_in = match intake.as_ref() {
        Some(KebIntake { email: Some(address), .. }) => {
            let (subject, body) = cover_mail(&draft, &model, &reference, file, Lang::De);
            // the address is checked (model::untrusted); subject and body are ours, encoded
            let href = mailto(address).map(|m| format!("{m}?subject={}&body={}", encode_component(&subject), encode_component(&body)));
            let text = tr(AntragKey::KebToDoMail).replace("{address}", address);
            view! {
                <p>{text}{badge()}</p>
                {href.map(|href| view! {
                    <p><a class="be-button be-button-secondary" href=href rel="external">{tr(AntragKey::KebEmailTo).replace("{network}", &name)}</a></p>
                })}
            }
            .into_any()
        }
        Some(KebIntake { upload_url: Some(url), .. }) => view! {
            <p>{tr(AntragKey::KebToDoUpload).replace("{network}", &name)}{badge()}</p>
            <p><WebLink url=url.clone() label=tr(AntragKey::KebUploadAt).replace("{network}", &name) class="be-button be-button-secondary"/></p>
        }
        .into_any(),
        _ => {
            let contact = network.and_then(|n| n.contact.web.clone());
            view! {
                <p>{tr(AntragKey::KebToDoAsk)}</p>
                {contact.map(|url| view! {
                    <p><WebLink url=url label=tr(AntragKey::KebContactPage).replace("{network}", &name) class="be-button be-button-secondary"/></p>
                })}
            }
            .into_any()
        }
    };
    let [saved, handed] = HAND_IN_STEPS;
    view! {
        <ol class="be-todo">
            <li>
                <p>{tr(AntragKey::KebToDoSave).replace("{file}", file_words(file, lang))}</p>
                <p class="be-actions">{print_button}{file_button}</p>
                <DoneBox draft=draft.id.clone() step=saved/>
            </li>
            <li>{hand_in}<DoneBox draft=draft.id.clone() step=handed/></li>
            <li><p>{tr(AntragKey::KebToDoReference).replace("{reference}", &reference)}</p></li>
        </ol>
    }
}

/// "Erledigt": the clerk's own mark that a step of handing in is done, kept with the application.
#[component]
fn DoneBox(draft: String, step: &'static str) -> impl IntoView {
    let store = use_keb_store();
    let checked = store.read_untracked(|s| s.draft(&draft).is_some_and(|d| d.done.iter().any(|x| x == step)));
    let id = format!("keb-erledigt-{step}");
    view! {
        <div class="be-choice">
            <input type="checkbox" id=id.clone() checked=checked on:change=move |ev| store.mark_done(&draft, step, event_target_checked(&ev))/>
            <label for=id>{tr(AntragKey::KebMarkDone)}</label>
        </div>
    }
}

/// The application file's name: the reference the network will quote.
pub fn application_file_name(reference: &str) -> String {
    format!("KEB-Antrag_{reference}.json")
}

/// The head of the printed application (print only), in German for the network: what it is,
/// who applies to whom, when, under which reference, the sums; the answers follow it, then the
/// lines for place, date and signature.
#[component]
pub fn ApplicationDocument(draft: Draft, reference: String, made: String) -> impl IntoView {
    let model = use_data();
    let de = Lang::De;
    let kommune = model.kommune(&draft.kommune).map(|k| k.display_name()).unwrap_or_else(|| draft.kommune.clone());
    let network = model.network(draft.answer("netzwerk")).map(|n| n.name.clone()).unwrap_or_default();
    // the day in Germany (times are kept in UTC)
    let day = LocalDateTime::berlin_from_unix_ms(js_sys::Date::parse(&made)).date_key();
    let t = totals(&draft);
    let row = |label: AntragKey, value: String| view! { <div class="be-summary-row"><dt>{de.t(label)}</dt><dd>{value}</dd></div> };
    view! {
        <div class="be-print-only" lang="de">
            <p class="be-document-title">{de.t(AntragKey::KebDocumentTitle)}</p>
            <dl class="be-summary">
                {row(AntragKey::KebDocumentApplicant, format!("{kommune} ({})", draft.kommune))}
                {row(AntragKey::KebDocumentTo, network)}
                {row(AntragKey::KebDocumentDate, format_date_key(de, &day))}
                {row(AntragKey::KebDocumentReference, reference)}
                {row(AntragKey::KebTotalCosts, format_euro(de, t.costs))}
                {row(AntragKey::KebFRequested, format_euro(de, t.requested))}
                {row(AntragKey::KebDocumentDeclared, de.t(AntragKey::KebDeclaration).to_string())}
            </dl>
        </div>
    }
}

/// Place, date and signature for the Kommune, under the printed answers.
#[component]
pub fn SignatureLines() -> impl IntoView {
    view! {
        <div class="be-print-only be-signature" lang="de">
            <p><span class="be-signature-line"></span>{Lang::De.t(AntragKey::KebSignaturePlace)}</p>
            <p><span class="be-signature-line"></span>{Lang::De.t(AntragKey::KebSignature)}</p>
        </div>
    }
}

/// The browser's print dialog (also "Als PDF speichern"); the print stylesheet hides the chrome.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
