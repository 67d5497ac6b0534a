//! Pieces every KEB page shares: the save choice, the step list, the page for an unknown draft.

use leptos::prelude::*;

use crate::app::{tr, use_data};
use crate::components::{Link, PageTitle};
use crate::i18n::Key;
use crate::model::time::LocalDateTime;
use crate::routes::Route;
use crate::keb::domain::form::{CHECK_STEP, STEPS};
use crate::keb::domain::rules::{status, Status};
use crate::keb::domain::texts::KebKey;
use crate::keb::state::store::use_keb_store;
use crate::keb::ui::with_rules;

/// The page for a draft id this window and device do not know.
#[component]
pub(super) fn DraftMissing() -> impl IntoView {
    view! {
        <PageTitle text=Signal::derive(|| tr(Key::NavKeb).to_string())/>
        <div class="be-notice be-notice-warning"><p>{tr(KebKey::KebDraftMissing)}</p></div>
        <p><Link to=Route::Keb>{tr(KebKey::KebBackToStart)}</Link></p>
    }
}

/// A step or check page of an application that is finished: its answers stand; the way on is
/// its confirmation page.
#[component]
pub(super) fn FinishedNotice(draft: crate::keb::domain::draft::Draft) -> impl IntoView {
    let reference = draft.reference.clone().unwrap_or_default();
    view! {
        <PageTitle text=Signal::derive(|| tr(Key::NavKeb).to_string())/>
        <div class="be-notice"><p>{tr(KebKey::KebIsFinished)}</p></div>
        <p class="be-actions">
            <Link to=Route::KebConfirmation(reference) class="be-button">{tr(KebKey::KebOpenApplication)}</Link>
            <Link to=Route::Keb>{tr(KebKey::KebBackToStart)}</Link>
        </p>
    }
}

/// The opt-in: kept on this device (saved automatically) or only in this window.
#[component]
pub(super) fn SaveChoice(draft: String) -> impl IntoView {
    let store = use_keb_store();
    let checked = store.read_untracked(|s| s.is_on_device(&draft));
    let id = draft.clone();
    let status = move || {
        let (failed, on, saved) = store.read(|s| (s.save_failed, s.is_on_device(&id), s.saved_ms));
        if failed {
            Some(tr(KebKey::KebSaveFailed).to_string())
        } else if on {
            saved.map(|ms| format!("{} {}", tr(KebKey::KebSaved), LocalDateTime::berlin_from_unix_ms(ms).format_time_de()))
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
pub(super) fn StepList(draft: String, current: &'static str) -> impl IntoView {
    let (model, store) = (use_data(), use_keb_store());
    let draft_id = draft.clone();
    // once per change for all steps (not once per step), and only changed labels redraw
    let statuses = Memo::new(move |_| {
        let d = store.read(|s| s.draft(&draft).cloned());
        d.map(|d| with_rules(&model, &d, |r| STEPS.iter().map(|s| status(s, &d, r)).collect::<Vec<_>>())).unwrap_or_default()
    });
    let items = STEPS
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let label = move || match statuses.with(|v| v.get(i).copied()) {
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
