//! The drafts of this window and device, loading a draft file, and applications waiting to be sent.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::app::{tr, use_data, use_nav};
use crate::components::download::download;
use crate::components::Link;
use crate::model::time::LocalDateTime;
use crate::routes::Route;
use crate::keb::domain::draft::{parse_draft, Draft, Stage, MAX_DRAFT_BYTES};
use crate::keb::domain::draft::draft_error;
use crate::keb::domain::texts::KebKey;
use crate::keb::state::store::use_keb_store;
use super::FetchAntrag;

/// "25.11.2026, 10:32" (English "25/11/2026, 10:32") in Germany, from a stored ISO time.
fn when(lang: crate::i18n::Lang, iso: &str) -> String {
    let ms = js_sys::Date::parse(iso);
    if ms.is_nan() {
        return String::new();
    }
    let t = LocalDateTime::berlin_from_unix_ms(ms);
    let day = crate::keb::domain::dates::format_typed_date(lang, &t.date_key());
    format!("{day}, {}", t.format_time_de())
}

/// The drafts of this window and device: resume, save as a file, delete; loading from a file.
#[component]
pub(super) fn Drafts() -> impl IntoView {
    let (nav, model, store) = (use_nav(), use_data(), use_keb_store());
    // the outcome of the last import: message and whether it worked
    let (import_message, import_ok) = (RwSignal::new(String::new()), RwSignal::new(false));
    // drafts being written; finished, accepted or waiting applications in a list of their own
    let list = move |finished: bool| {
        let drafts: Vec<(Draft, bool)> = store.read(|s| s.drafts.iter().map(|d| (d.clone(), s.is_waiting(d))).collect());
        let drafts: Vec<(Draft, bool)> = drafts.into_iter().filter(|(d, waiting)| (d.stage() != Stage::Draft || *waiting) == finished).collect();
        if drafts.is_empty() {
            return (!finished).then(|| view! { <p>{tr(KebKey::KebNoDrafts)}</p> }.into_any());
        }
        FetchAntrag::ahead();
        let items = drafts
            .into_iter()
            .map(|(d, waiting)| {
                let title = Some(d.answer("titel").trim().to_string()).filter(|t| !t.is_empty()).unwrap_or_else(|| tr(KebKey::KebUntitled).into());
                let kommune = model.kommune(&d.kommune).map(|k| k.display_name()).unwrap_or_else(|| d.kommune.clone());
                let (id, id2, json) = (d.id.clone(), d.id.clone(), d.to_json());
                let saved = store.read_untracked(|s| s.is_on_device(&d.id));
                let export = move |_| {
                    download(&format!("be-netzwerke_keb-entwurf_{id}.json"), "application/json", &json);
                };
                let delete = move |_| {
                    let sure = web_sys::window().and_then(|w| w.confirm_with_message(tr(KebKey::KebDeleteConfirm)).ok()).unwrap_or(false);
                    if sure {
                        store.delete(&id2);
                    }
                };
                let state = match (d.stage(), waiting) {
                    (Stage::Accepted, _) => Some(KebKey::KebStateAccepted),
                    (Stage::Finished, _) if d.handed_in() => Some(KebKey::KebStateHandedIn),
                    (Stage::Finished, _) => Some(KebKey::KebStateFinished),
                    (Stage::Draft, true) => Some(KebKey::KebStateWaiting),
                    _ => None,
                };
                let reference = d.reference.clone().map(|r| view! { " · " {r} });
                let open = match &d.reference {
                    Some(r) => view! { <Link to=Route::KebConfirmation(r.clone()) class="be-button">{tr(KebKey::KebOpenApplication)}</Link> }.into_any(),
                    None => view! { <Link to=Route::KebResume(d.id.clone()) class="be-button">{tr(KebKey::KebResume)}</Link> }.into_any(),
                };
                view! {
                    <li class="be-card">
                        <p class="be-card-title">{title}</p>
                        {state.map(|k| view! { <p><span class="be-tag">{tr(k)}</span>{reference}</p> })}
                        <p class="be-muted">
                            {kommune} " · " {tr(KebKey::KebChanged)} " " {when(nav.lang.get_untracked(), &d.updated)} " · "
                            {tr(if saved { KebKey::KebOnDevice } else { KebKey::KebOnlyHere })}
                        </p>
                        <p class="be-actions">
                            {open}
                            <button type="button" class="be-button be-button-secondary" on:click=export>{tr(KebKey::KebExport)}</button>
                            <button type="button" class="be-button be-button-secondary" on:click=delete>{tr(KebKey::KebDelete)}</button>
                        </p>
                    </li>
                }
            })
            .collect_view();
        let list = view! { <ul class="be-cards">{items}</ul> };
        Some(if finished {
            view! { <h2 class="be-h2" id="keb-finished">{tr(KebKey::KebFinishedApplications)}</h2>{list}}.into_any()
        } else {
            list.into_any()
        })
    };
    let damaged = move || {
        let lang = nav.lang.get_untracked();
        store.read(|s| s.damaged.clone()).into_iter().map(|entry| {
            let (key, raw) = (entry.storage_key.clone(), entry.raw.clone());
            view! {
                <div class="be-notice be-notice-warning" role="alert">
                    <p><strong>{tr(KebKey::KebStoredDamaged)}</strong></p>
                    <p>{draft_error(lang, &entry.error)}</p>
                    <p class="be-actions">
                        <button type="button" class="be-button be-button-secondary"
                            on:click=move |_| { download("be-netzwerke_keb-entwurf_beschaedigt.json", "application/json", &raw); }>
                            {tr(KebKey::KebExport)}
                        </button>
                        <button type="button" class="be-button be-button-secondary" on:click=move |_| store.delete_damaged(&key)>
                            {tr(KebKey::KebDelete)}
                        </button>
                    </p>
                </div>
            }
        }).collect_view()
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        let lang = nav.lang.get_untracked();
        let failed = move |text: String| {
            import_ok.set(false);
            import_message.set(format!("{}: {text}", lang.t(KebKey::KebImportFailed)));
        };
        if file.size() > MAX_DRAFT_BYTES as f64 {
            return failed(lang.t(KebKey::KebDraftTooLarge).into());
        }
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
            match parse_draft(&text) {
                Ok(d) => {
                    store.add(d);
                    import_ok.set(true);
                    import_message.set(lang.t(KebKey::KebImported).into());
                }
                Err(e) => failed(draft_error(lang, &e)),
            }
            if let Some(i) = input {
                i.set_value("");
            }
        });
    };
    view! {
        {let list = list.clone(); move || list(true).map(|finished| view! { <section aria-labelledby="keb-finished">{finished}</section> })}
        <section aria-labelledby="keb-drafts">
            <h2 class="be-h2" id="keb-drafts">{tr(KebKey::KebDrafts)}</h2>
            {damaged}
            {move || list(false)}
            <div class="be-field">
                <label class="be-label" for="keb-import">{tr(KebKey::KebImport)}</label>
                <input class="be-file" type="file" id="keb-import" accept=".json,application/json" on:change=on_file/>
            </div>
            <div aria-live="polite">
                {move || {
                    let text = import_message.get();
                    let class = if import_ok.get() { "be-notice be-notice-success" } else { "be-notice be-notice-error" };
                    (!text.is_empty()).then(|| view! { <p class=class>{text}</p> })
                }}
            </div>
        </section>
    }
}

/// Applications that wait for a connection, with a way to send them now.
#[component]
pub(super) fn OutboxNotice() -> impl IntoView {
    let store = use_keb_store();
    move || {
        let n = store.read(|s| s.outbox.len());
        (n > 0).then(|| view! {
            <div class="be-notice be-notice-warning" role="status">
                <p>{tr(KebKey::KebOutboxWaiting).replace("{n}", &n.to_string())}</p>
                <button type="button" class="be-button be-button-secondary" on:click=move |_| store.flush_outbox()>{tr(KebKey::KebRetry)}</button>
            </div>
        })
    }
}

