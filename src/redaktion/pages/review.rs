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

/// What publishing said last.
#[derive(Clone, Debug, PartialEq)]
enum Said {
    Nothing,
    Busy,
    Done,
    Refused(u16),
    Failed(u16),
    /// Someone published meanwhile: their file, its ETag, and what differs from the opened one.
    Conflict { text: String, etag: Option<String>, theirs: Vec<String> },
    Reapplied,
}

/// Publishing where the operator allows it (`data-publish`): the login asked for, kept in memory.
#[component]
pub fn PublishPanel() -> impl IntoView {
    let desk = use_desk();
    let Some(url) = crate::redaktion::publish::target() else { return ().into_any() };
    let (user, password) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let said = RwSignal::new(Said::Nothing);
    let blocked = move || desk.read(|s| !s.errors.is_empty()) || said.get() == Said::Busy;
    let target = url.clone();
    // the task below runs outside the page's owner: no context there
    let lang = use_nav().lang.get_untracked();
    let on_publish = move |_| {
        let Some((text, etag)) = desk.read(|s| s.working.as_ref().map(|w| (export(w, &today()), s.etag.clone()))) else { return };
        let (url, login, pass) = (target.clone(), user.get_untracked(), password.get_untracked());
        said.set(Said::Busy);
        leptos::task::spawn_local(async move {
            use crate::redaktion::publish::{current, publish, Outcome};
            let next = match publish(&url, &login, &pass, etag.as_deref(), text).await {
                Outcome::Published => {
                    // the server's new ETag, for the next publish from this copy
                    desk.published(current(&url).await.and_then(|(_, e)| e));
                    Said::Done
                }
                Outcome::Conflict { text, etag } => {
                    let theirs = match (crate::model::parse_file(&text), desk.read(|s| s.opened.clone())) {
                        (Ok(newer), Some(opened)) => changes(&opened, &newer).into_iter().map(|c| format!("{}: {}", lang.t(section_name(c.section)), c.label)).collect(),
                        _ => Vec::new(),
                    };
                    Said::Conflict { text, etag, theirs }
                }
                Outcome::Refused(status) => Said::Refused(status),
                Outcome::Failed(status) => Said::Failed(status),
            };
            said.set(next);
        });
    };
    let message = move || match said.get() {
        Said::Nothing => None,
        Said::Busy => Some(view! { <p>{tr(RedKey::Publishing)}</p> }.into_any()),
        Said::Done => Some(view! { <p class="be-notice be-notice-success">{tr(RedKey::Published)}</p> }.into_any()),
        Said::Reapplied => Some(view! { <p class="be-notice be-notice-success">{tr(RedKey::Reapplied)}</p> }.into_any()),
        Said::Refused(status) => Some(view! { <p class="be-notice be-notice-error">{tr(RedKey::PublishRefused).replace("{status}", &status.to_string())}</p> }.into_any()),
        Said::Failed(0) => Some(view! { <p class="be-notice be-notice-error">{tr(RedKey::PublishOffline)}</p> }.into_any()),
        Said::Failed(status) => Some(view! { <p class="be-notice be-notice-error">{tr(RedKey::PublishFailed).replace("{status}", &status.to_string())}</p> }.into_any()),
        Said::Conflict { text, etag, theirs } => {
            let reapply = move |_| {
                if desk.rebase(&text, etag.clone()).is_ok() {
                    said.set(Said::Reapplied);
                }
            };
            Some(view! {
                <div class="be-notice be-notice-warning" role="alert">
                    <p>{tr(RedKey::Conflict)}</p>
                    <ul class="be-list">{theirs.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                    <p><button type="button" class="be-button" on:click=reapply>{tr(RedKey::Reapply)}</button></p>
                </div>
            }.into_any())
        }
    };
    view! {
        <section aria-labelledby="red-publish" class="be-red-section">
            <h2 class="be-h2" id="red-publish">{tr(RedKey::PublishTitle)}</h2>
            <p>{tr(RedKey::PublishLead).replace("{url}", &url)}</p>
            <div class="be-field">
                <label class="be-label" for="red-user">{tr(RedKey::FUser)}</label>
                <input class="be-input" type="text" id="red-user" autocomplete="username" on:input=move |ev| user.set(event_target_value(&ev))/>
            </div>
            <div class="be-field">
                <label class="be-label" for="red-password">{tr(RedKey::FPassword)}</label>
                <input class="be-input" type="password" id="red-password" autocomplete="current-password" on:input=move |ev| password.set(event_target_value(&ev))/>
            </div>
            <p><button type="button" class="be-button" on:click=on_publish disabled=blocked>{tr(RedKey::Publish)}</button></p>
            <div aria-live="polite">{message}</div>
        </section>
    }
    .into_any()
}
