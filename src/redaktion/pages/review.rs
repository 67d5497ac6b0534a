//! What the dataset's checks find in the working copy, the changes against the opened dataset
//! (each undoable), and the export — refused while an error stands.

use leptos::prelude::*;

use crate::app::{today, tr, use_nav};
use crate::components::download::download;
use crate::i18n::{describe_data_error, Key};
use crate::data::load::PREVIEW_PATH;
use crate::redaktion::desk::use_desk;
use crate::routes::Route;
use crate::redaktion::domain::changes::{changes, grouped, Kind};
use crate::redaktion::domain::edits::export;
use crate::redaktion::domain::texts::{section_name, RedKey};

/// Every problem of the working copy, with its place in the file, as the app and check-data
/// would report it.
#[component]
pub fn Problems() -> impl IntoView {
    let desk = use_desk();
    let lang = use_nav().lang.get_untracked();
    move || {
        let errors = desk.read(|s| s.errors.clone());
        (!errors.is_empty()).then(|| view! {
            <div class="be-error-summary" role="alert" aria-labelledby="red-problems">
                <h2 class="be-h2" id="red-problems">{tr(Key::ErrorSummaryTitle)}</h2>
                <ul class="be-list">{errors.iter().map(|e| view! { <li class="be-error-message">{describe_data_error(lang, e)}</li> }).collect_view()}</ul>
            </div>
        })
    }
}

#[component]
pub fn ChangeList() -> impl IntoView {
    let desk = use_desk();
    let list = move || {
        let found = desk.read(|s| match (&s.opened, &s.working) {
            (Some(o), Some(w)) => grouped(changes(o, w)),
            _ => Vec::new(),
        });
        if found.is_empty() {
            return view! { <p>{tr(RedKey::NoChanges)}</p> }.into_any();
        }
        let items = found
            .into_iter()
            .map(|c| {
                let kind = tr(match c.kind {
                    Kind::Added => RedKey::Added,
                    Kind::Changed => RedKey::Changed,
                    Kind::Removed => RedKey::Removed,
                });
                let (label, section) = (c.label.clone(), c.section);
                view! {
                    <li class="be-red-change" data-section=section>
                        <span class="be-tag">{kind}</span> " " {tr(section_name(c.section))} ": " {c.label.clone()} " "
                        <button type="button" class="be-button be-button-secondary" on:click=move |_| desk.undo_all(&c.changes)>
                            {tr(RedKey::Undo)}<span class="be-visually-hidden">": " {label.clone()}</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="be-list">{items}</ul> }.into_any()
    };
    view! {
        <section aria-labelledby="red-changes" class="be-red-section">
            <h2 class="be-h2" id="red-changes">{tr(RedKey::ChangesTitle)}</h2>
            {list}
        </section>
    }
}

#[component]
pub fn ExportPanel() -> impl IntoView {
    let desk = use_desk();
    let blocked = move || desk.read(|s| !s.errors.is_empty());
    let on_export = move |_| {
        let text = desk.read(|s| (s.errors.is_empty()).then(|| s.working.as_ref().map(|w| export(w, &today()))).flatten());
        if let Some(text) = text {
            download("be-netzwerke.json", "application/json", &text);
        }
    };
    let preview_href = use_nav().href(&Route::Home, &[("daten", PREVIEW_PATH)]);
    let preview = if crate::redaktion::preview::available() {
        view! {
            <p><a class="be-button be-button-secondary" href=preview_href target="_blank" rel="external">{tr(RedKey::Preview)}</a></p>
            <p class="be-hint">{tr(RedKey::PreviewHint)}</p>
        }
        .into_any()
    } else {
        view! { <p class="be-hint">{tr(RedKey::PreviewNoWorker)}</p> }.into_any()
    };
    view! {
        <section aria-labelledby="red-export" class="be-red-section">
            <h2 class="be-h2" id="red-export">{tr(RedKey::ExportTitle)}</h2>
            {preview}
            <p aria-live="polite">{move || tr(if blocked() { RedKey::ExportBlocked } else { RedKey::ExportOk })}</p>
            <p><button type="button" class="be-button" on:click=on_export disabled=blocked>{tr(RedKey::Export)}</button></p>
            <p class="be-hint">{tr(RedKey::ExportHowTo)}</p>
        </section>
    }
}
