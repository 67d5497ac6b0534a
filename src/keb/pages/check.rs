//! "Angaben prüfen": every answer with its "Ändern" link, the declaration, and sending to the
//! configured endpoint — or, none configured, finishing it to hand in the way the network says.

use leptos::prelude::*;

use super::{DraftMissing, FinishedNotice, SaveChoice, StepList};
use super::hand_in::HandInLead;
use crate::app::{tr, use_data, use_nav, AppContext};
use crate::components::{focus_summary, ErrorItem, ErrorSummary, Link, PageTitle};
use crate::i18n::Key;
use crate::routes::Route;
use crate::keb::domain::answers::{application_json, prepared_reference, Made};
use crate::keb::domain::form::{DECLARATION, STEPS};
use crate::keb::domain::rules::check_step;
use crate::keb::domain::texts::KebKey;
use crate::keb::domain::antrag_texts::AntragKey;
use crate::keb::domain::draft::Stage;
use crate::keb::state::sending::{Entry, SendState};
use crate::keb::state::storage::{new_id, now_iso};
use crate::keb::state::store::use_keb_store;
use crate::keb::ui::summary::AnswersSummary;
use crate::keb::ui::{application_warnings, error_state, with_rules};

#[component]
pub fn KebCheckPage(draft: String) -> impl IntoView {
    let (nav, model, store) = (use_nav(), use_data(), use_keb_store());
    let endpoint = expect_context::<AppContext>().config.submit.clone();
    let Some(d) = store.get(&draft) else {
        return view! { <DraftMissing/> }.into_any();
    };
    if d.stage() != Stage::Draft {
        return view! { <FinishedNotice draft=d/> }.into_any();
    }
    let (errors, has_errors) = error_state();
    let summary_ref = NodeRef::new();
    let lang = nav.lang.get_untracked();
    // the key of an earlier attempt (after a reload too): its state shows, a retry reuses it
    // (a signal, not the draft: the draft is deleted once the application is accepted)
    let key_signal = RwSignal::new(d.idempotency_key.clone());
    let key = move || key_signal.get();

    // Everything complete and declared? Otherwise the summary lists what is missing.
    let complete = {
        let (draft, model) = (draft.clone(), model.clone());
        move || -> bool {
            let Some(d) = store.get(&draft) else { return false };
            let mut items: Vec<ErrorItem> = with_rules(&model, &d, |r| {
                STEPS
                    .iter()
                    .filter(|s| !check_step(s, &d, r).is_empty())
                    .map(|s| ErrorItem {
                        text: tr(AntragKey::KebMStepIncomplete).replace("{step}", tr(s.title)),
                        field: None,
                        source: None,
                        href: Some(nav.href(&Route::KebStep { draft: draft.clone(), step: s.id.into() }, &[("pruefen", "1")])),
                    })
                    .collect()
            });
            if d.answer(DECLARATION) != "ja" {
                items.push(ErrorItem { text: tr(AntragKey::KebMDeclaration).into(), field: Some("keb-erklaerung".into()), href: None, source: None });
            }
            let ok = items.is_empty();
            errors.set(items);
            if !ok {
                focus_summary(summary_ref);
            }
            ok
        }
    };
    // The draft with its idempotency key (kept in the draft for every later attempt).
    let application = {
        let draft = draft.clone();
        move || -> Option<(String, crate::keb::domain::draft::Draft)> {
            let k = store.get(&draft)?.idempotency_key.unwrap_or_else(|| new_id("keb-"));
            store.update(&draft, |d| d.idempotency_key = Some(k.clone()));
            store.flush();
            key_signal.set(Some(k.clone()));
            Some((k, store.get(&draft)?))
        }
    };

    let declaration_error = move || errors.with(|v| v.iter().any(|e| e.field.as_deref() == Some("keb-erklaerung")));
    let declared = d.answer(DECLARATION) == "ja";
    let on_declare = {
        let draft = draft.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            store.update(&draft, |d| d.set_answer(DECLARATION, if on { "ja".into() } else { String::new() }));
        }
    };

    let actions = match endpoint {
        Some(endpoint) => {
            let send = {
                let (complete, application, model) = (complete.clone(), application.clone(), model.clone());
                move |_| {
                    if complete() {
                        if let Some((key, draft)) = application() {
                            let body = application_json(&draft, &model, &key, Made::Sent(&now_iso()), lang);
                            store.submit(Entry { key, endpoint: endpoint.clone(), body, draft });
                        }
                    }
                }
            };
            // accepted (now or later, when the connection came back): the confirmation page
            let state = {
                let key = key.clone();
                move || key().and_then(|k| store.send_state(&k))
            };
            let accepted = state.clone();
            Effect::new(move |_| {
                if let Some(SendState::Accepted(reference)) = accepted() {
                    nav.go(&Route::KebConfirmation(reference), &[], false);
                }
            });
            let retry = move |_| {
                if let Some(k) = key() {
                    store.send(&k);
                }
            };
            let (busy, current) = (state.clone(), state.clone());
            let status = move || {
                let (text, can_retry) = match current()? {
                    SendState::Sending => (tr(AntragKey::KebSending).to_string(), false),
                    SendState::Queued => (tr(AntragKey::KebQueued).to_string(), true),
                    SendState::ServerError(s) => (tr(AntragKey::KebServerError).replace("{status}", &s.to_string()), true),
                    SendState::Rejected(s) => (tr(AntragKey::KebRejected).replace("{status}", &s.to_string()), true),
                    SendState::Accepted(_) => return None,
                };
                Some(view! {
                    <div class="be-notice be-notice-warning">
                        <p>{text}</p>
                        {can_retry.then(|| view! { <button type="button" class="be-button be-button-secondary" on:click=retry.clone()>{tr(KebKey::KebRetry)}</button> })}
                    </div>
                })
            };
            view! {
                <div role="status" aria-live="polite">{status}</div>
                <p><button type="button" class="be-button" on:click=send disabled=move || busy() == Some(SendState::Sending)>{tr(AntragKey::KebSend)}</button></p>
            }
            .into_any()
        }
        None => {
            // finished here, handed in by the user: the confirmation says how (hand_in.rs)
            let finish = move |_| {
                if complete() {
                    if let Some((key, draft)) = application() {
                        let year = crate::app::today().get(..4).and_then(|y| y.parse().ok()).unwrap_or(2026);
                        let reference = prepared_reference(&key, year);
                        store.finish(&draft.id, reference.clone());
                        nav.go(&Route::KebConfirmation(reference), &[], false);
                    }
                }
            };
            view! {
                <h2 class="be-h2">{tr(AntragKey::KebHandInTitle)}</h2>
                <HandInLead draft=d.clone()/>
                <p class="be-hint">{tr(AntragKey::KebFinishHint)}</p>
                <p><button type="button" class="be-button" on:click=finish>{tr(AntragKey::KebFinish)}</button></p>
            }
            .into_any()
        }
    };

    let last = STEPS.last().map(|s| s.id).unwrap_or_default();
    view! {
        <p class="be-no-print"><Link to=Route::KebStep { draft: draft.clone(), step: last.into() } class="be-back-link">{tr(Key::Back)}</Link></p>
        <PageTitle text=Signal::derive(|| tr(KebKey::KebStepCheck).to_string()) error=has_errors/>
        <ErrorSummary items=errors focus_ref=summary_ref/>
        <Warnings draft=d.clone()/>
        <AnswersSummary draft=d change=true lang=lang/>
        <h2 class="be-h2">{tr(AntragKey::KebDeclarationTitle)}</h2>
        <div class=move || if declaration_error() { "be-field be-field-error" } else { "be-field" }>
            {move || declaration_error().then(|| view! {
                <p class="be-error-message" id="keb-erklaerung-error">
                    <span class="be-visually-hidden">{tr(Key::ErrorPrefix)} ": "</span>{tr(AntragKey::KebMDeclaration)}
                </p>
            })}
            <div class="be-choice">
                <input type="checkbox" id="keb-erklaerung" name="erklaerung" checked=declared on:change=on_declare
                    aria-describedby=move || declaration_error().then_some("keb-erklaerung-error")/>
                <label for="keb-erklaerung">{tr(AntragKey::KebDeclaration)}</label>
            </div>
        </div>
        <div class="be-no-print">
            {actions}
            <SaveChoice draft=draft.clone()/>
            <StepList draft=draft current=crate::keb::domain::form::CHECK_STEP/>
        </div>
    }
    .into_any()
}

/// What the clerk should know before handing in (late start, limits not checked), each linked to
/// its question; none of it stops the application.
#[component]
fn Warnings(draft: crate::keb::domain::draft::Draft) -> impl IntoView {
    let (nav, model) = (use_nav(), use_data());
    let items = application_warnings(&model, &draft);
    (!items.is_empty()).then(|| {
        let items = items
            .into_iter()
            .map(|(step, field, text)| {
                // the step opens with its question; the field id marks which one in tests
                let href = nav.href(&Route::KebStep { draft: draft.id.clone(), step: step.into() }, &[("pruefen", "1")]);
                view! { <li data-field=field><a href=href>{text}</a></li> }
            })
            .collect_view();
        view! {
            <div class="be-notice be-notice-warning be-warnings">
                <h2 class="be-h2">{tr(AntragKey::KebWarningsTitle)}</h2>
                <ul class="be-list">{items}</ul>
            </div>
        }
    })
}
