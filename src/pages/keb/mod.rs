//! KEB: what it is, who may apply (eligibility first), drafts on this device, import.

mod check;
mod confirmation;
mod step;

pub use check::KebCheckPage;
pub use confirmation::KebConfirmationPage;
pub use step::KebStepPage;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::wizard::texts::KebKey;
use crate::app::{tr, use_data, use_directory, use_nav};
use crate::components::download::download;
use crate::components::{Link, PageTitle};
use crate::i18n::{Key, Lang};
use crate::model::time::LocalDateTime;
use crate::routes::{parse_query, Route};
use crate::wizard::draft::{parse_draft, MAX_DRAFT_BYTES};
use crate::wizard::eligibility::{check, Eligibility};
use crate::wizard::form::{CHECK_STEP, STEPS};
use crate::wizard::messages::draft_error;
use crate::wizard::rules::{first_incomplete, status, Status};
use crate::wizard::ui::store::use_keb_store;
use crate::wizard::ui::with_rules;

const MAX_HITS: usize = 8;

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

/// Search as you type; each hit is a link that puts the Kommune in the URL (`?kommune=KEY`).
#[component]
fn KommuneChooser() -> impl IntoView {
    let (model, directory) = (use_data(), use_directory());
    let q = RwSignal::new(String::new());
    let hits = move || {
        let q = q.get();
        if q.trim().is_empty() {
            return None;
        }
        let found = directory.index().search(&q);
        let links = found
            .iter()
            .take(MAX_HITS)
            .map(|hit| {
                let k = &model.kommunen[hit.doc as usize];
                let (kind, key, name) = (tr(Key::kommune_type(k.kind)), k.key.clone(), k.display_name());
                view! {
                    <li><Link to=Route::Keb query=vec![("kommune", key.clone())]>{name}</Link> " (" {kind} ", " {key} ")"</li>
                }
            })
            .collect_view();
        Some(view! {
            <p class="be-muted" role="status">{tr(Key::ResultsShown).replace("{from}", "1").replace("{to}", &found.len().min(MAX_HITS).to_string()).replace("{total}", &found.len().to_string())}</p>
            <ul class="be-list">{links}</ul>
        })
    };
    view! {
        <div class="be-field">
            <label class="be-label" for="keb-kommune-suche">{tr(KebKey::KebChooseKommune)}</label>
            <p class="be-hint" id="keb-kommune-hint">{tr(KebKey::KebChooseHint)}</p>
            <input class="be-input" type="search" id="keb-kommune-suche" autocomplete="off" aria-describedby="keb-kommune-hint"
                on:input=move |ev| q.set(event_target_value(&ev))/>
        </div>
        {hits}
    }
}

#[component]
fn EligibilityResult(key: String) -> impl IntoView {
    let (nav, model, store) = (use_nav(), use_data(), use_keb_store());
    let name = model.kommune(&key).map(|k| k.display_name()).unwrap_or_default();
    let person = |id: &str| {
        let p = model.people.iter().find(|p| p.id == id).cloned();
        let n = model.network(id).cloned();
        let (label, email) = match (p, n) {
            (Some(p), _) => (format!("{} ({})", p.name, p.region), p.email),
            (None, Some(n)) => (n.name.clone(), n.contact.email),
            _ => (id.to_string(), None),
        };
        view! { <li>{label} {email.map(|e| view! { " · " <a href=format!("mailto:{e}")>{e.clone()}</a> })}</li> }
    };
    let eligible_networks =
        model.keb.eligible_networks.iter().filter_map(|n| model.network(n)).map(|n| n.short_name.clone()).collect::<Vec<_>>().join(", ");
    let other = view! { <p><Link to=Route::Keb>{tr(KebKey::KebOtherKommune)}</Link></p> };
    match check(&model, &key) {
        Eligibility::Eligible { networks, advisers } => {
            let network = networks.iter().filter_map(|n| model.network(n)).map(|n| n.short_name.clone()).collect::<Vec<_>>().join(" / ");
            let begin = move |_| {
                let id = store.create(&key);
                nav.go(&Route::KebStep { draft: id, step: STEPS[0].id.into() }, &[], false);
            };
            view! {
                <div class="be-notice be-notice-success">
                    <p><strong>{tr(KebKey::KebEligible).replace("{name}", &name).replace("{network}", &network)}</strong></p>
                    {(!advisers.is_empty()).then(|| view! {
                        <p>{tr(KebKey::KebYourAdvisers)} ":"</p>
                        <ul class="be-list">{advisers.iter().map(|a| person(a)).collect_view()}</ul>
                    })}
                </div>
                <p><button type="button" class="be-button" on:click=begin>{tr(KebKey::KebBegin)}</button></p>
                {other}
            }
            .into_any()
        }
        Eligibility::NotMember { contacts } => view! {
            <div class="be-notice be-notice-warning">
                <p><strong>{tr(KebKey::KebNotEligible).replace("{name}", &name).replace("{networks}", &eligible_networks)}</strong></p>
                <p>{tr(KebKey::KebWhomToAsk)} ":"</p>
                <ul class="be-list">{contacts.iter().map(|c| person(c)).collect_view()}</ul>
            </div>
            {other}
        }
        .into_any(),
        Eligibility::UnknownKommune => view! {
            <div class="be-notice be-notice-warning"><p>{tr(KebKey::KebUnknownKommune)}</p></div>
            {other}
        }
        .into_any(),
    }
}

/// "25.11.2026, 10:32" in Germany, from a stored ISO time.
fn when(iso: &str) -> String {
    let ms = js_sys::Date::parse(iso);
    if ms.is_nan() {
        return String::new();
    }
    let t = LocalDateTime::berlin_from_unix_ms(ms);
    let (h, m) = t.time.unwrap_or((0, 0));
    format!("{}, {h:02}:{m:02}", t.format_date_de())
}

/// The drafts of this window and device: resume, save as a file, delete; loading from a file.
#[component]
fn Drafts() -> impl IntoView {
    let (nav, model, store) = (use_nav(), use_data(), use_keb_store());
    // the outcome of the last import: message and whether it worked
    let (import_message, import_ok) = (RwSignal::new(String::new()), RwSignal::new(false));
    let list = move || {
        let drafts = store.read(|s| s.drafts.clone());
        if drafts.is_empty() {
            return view! { <p>{tr(KebKey::KebNoDrafts)}</p> }.into_any();
        }
        let items = drafts
            .into_iter()
            .map(|d| {
                let title = Some(d.answer("titel").trim().to_string()).filter(|t| !t.is_empty()).unwrap_or_else(|| tr(KebKey::KebUntitled).into());
                let kommune = model.kommune(&d.kommune).map(|k| k.display_name()).unwrap_or_else(|| d.kommune.clone());
                let resume = with_rules(&model, &d, |r| first_incomplete(&d, r)).map(|s| s.id).unwrap_or(CHECK_STEP);
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
                view! {
                    <li class="be-card">
                        <p class="be-card-title">{title}</p>
                        <p class="be-muted">
                            {kommune} " · " {tr(KebKey::KebChanged)} " " {when(&d.updated)} " · "
                            {tr(if saved { KebKey::KebOnDevice } else { KebKey::KebOnlyHere })}
                        </p>
                        <p class="be-actions">
                            <Link to=Route::KebStep { draft: d.id.clone(), step: resume.into() } class="be-button">{tr(KebKey::KebResume)}</Link>
                            <button type="button" class="be-button be-button-secondary" on:click=export>{tr(KebKey::KebExport)}</button>
                            <button type="button" class="be-button be-button-secondary" on:click=delete>{tr(KebKey::KebDelete)}</button>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="be-cards">{items}</ul> }.into_any()
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
        <section aria-labelledby="keb-drafts">
            <h2 class="be-h2" id="keb-drafts">{tr(KebKey::KebDrafts)}</h2>
            {damaged}
            {list}
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
fn OutboxNotice() -> impl IntoView {
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

/// The page for a draft id this window and device do not know.
#[component]
fn DraftMissing() -> impl IntoView {
    view! {
        <PageTitle text=Signal::derive(|| tr(Key::NavKeb).to_string())/>
        <div class="be-notice be-notice-warning"><p>{tr(KebKey::KebDraftMissing)}</p></div>
        <p><Link to=Route::Keb>{tr(KebKey::KebBackToStart)}</Link></p>
    }
}

/// The opt-in: kept on this device (saved automatically) or only in this window.
#[component]
fn SaveChoice(draft: String) -> impl IntoView {
    let store = use_keb_store();
    let checked = store.read_untracked(|s| s.is_on_device(&draft));
    let id = draft.clone();
    let status = move || {
        let (failed, on, saved) = store.read(|s| (s.save_failed, s.is_on_device(&id), s.saved_ms));
        if failed {
            Some(tr(KebKey::KebSaveFailed).to_string())
        } else if on {
            saved.map(|ms| {
                let t = LocalDateTime::berlin_from_unix_ms(ms);
                let (h, m) = t.time.unwrap_or((0, 0));
                format!("{} {h:02}:{m:02}", tr(KebKey::KebSaved))
            })
        } else {
            None
        }
    };
    view! {
        <div class="be-save-choice">
            <div class="be-choice">
                <input type="checkbox" id="keb-speichern" checked=checked aria-describedby="keb-speichern-hint"
                    on:change=move |ev| store.set_on_device(&draft, event_target_checked(&ev))/>
                <label for="keb-speichern">{tr(KebKey::KebSaveOnDevice)}</label>
            </div>
            <p class="be-hint" id="keb-speichern-hint">{tr(KebKey::KebSaveExplained)}</p>
            <p class="be-muted" aria-live="polite">{status}</p>
        </div>
    }
}

/// All steps with their status; the current one marked.
#[component]
fn StepList(draft: String, current: &'static str) -> impl IntoView {
    let (model, store) = (use_data(), use_keb_store());
    let draft_id = draft.clone();
    let status_of = move |i: usize| {
        let d = store.read(|s| s.draft(&draft).cloned());
        d.map(|d| with_rules(&model, &d, |r| status(&STEPS[i], &d, r)))
    };
    let items = STEPS
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let status_of = status_of.clone();
            let label = move || match status_of(i) {
                Some(Status::Done) => tr(KebKey::KebStatusDone),
                Some(Status::InProgress) => tr(KebKey::KebStatusInProgress),
                _ => tr(KebKey::KebStatusNotStarted),
            };
            let here = (s.id == current).then_some("step");
            view! {
                <li aria-current=here>
                    <Link to=Route::KebStep { draft: draft_id.clone(), step: s.id.into() }>{tr(s.title)}</Link>
                    " " <span class="be-tag">{label}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="be-steps">
            <summary>{tr(KebKey::KebAllSteps)}</summary>
            <ol class="be-list">
                {items}
                <li aria-current=(current == CHECK_STEP).then_some("step")>
                    <Link to=Route::KebStep { draft: draft_id.clone(), step: CHECK_STEP.into() }>{tr(KebKey::KebStepCheck)}</Link>
                </li>
            </ol>
        </details>
    }
}
