use leptos::prelude::*;

use crate::app::lazy::{lazy_view_or, part_build, PartView};
use crate::app::{tr, use_nav};
use crate::lazy_part;
use crate::data::load::Loaded;
use crate::i18n::{describe_data_error, Key};
use crate::model::DataError;

const SHOWN: usize = 3;

/// Says plainly when the configured data could not be used, or came from elsewhere.
#[component]
pub fn DataNotice(loaded: Loaded, problems: Vec<String>) -> impl IntoView {
    let nav = use_nav();
    let errors = loaded.source_errors.clone();
    let external = loaded.external_source.clone();
    let has_errors = !errors.is_empty() || !problems.is_empty();
    view! {
        {move || (has_errors).then(|| view! {
            <div class="be-notice be-notice-warning" role="alert">
                <p><strong>{move || nav.lang.get().t(Key::NoticeFallback)}</strong></p>
                {(!errors.is_empty()).then(|| view! { <ErrorList errors=errors.clone()/> })}
                {problems.iter().map(|p| {
                    let p = p.clone();
                    view! { <p class="be-notice-detail">{move || nav.lang.get().t(Key::InvalidSetting)} ": " {p.clone()}</p> }
                }).collect_view()}
            </div>
        })}
        {external.map(|url| {
            // the Redaktion's working copy (its preview, served by the service worker on this device)
            let preview = url.ends_with(crate::data::load::PREVIEW_PATH);
            let key = if preview { Key::NoticePreview } else { Key::NoticeExternalSource };
            view! {
                <p class=if preview { "be-notice be-notice-preview" } else { "be-notice" }>
                    {move || nav.lang.get().t(key)} ": " <span class="be-url">{url.clone()}</span>
                </p>
            }
        })}
    }
}

/// The data could not be loaded at all (not even the bundled file): say why, offer a retry.
#[component]
pub fn LoadError(errors: Vec<DataError>, on_retry: impl Fn() + 'static) -> impl IntoView {
    let nav = use_nav();
    view! {
        <div class="be-notice be-notice-error" role="alert">
            <p><strong>{move || nav.lang.get().t(Key::DataUnavailable)}</strong></p>
            <ErrorList errors=errors/>
            <button type="button" class="be-button" on:click=move |_| on_retry()>
                {move || nav.lang.get().t(Key::Retry)}
            </button>
        </div>
    }
}

/// The problems, described by the part with the pages (pages/parts.rs): their texts are loaded
/// only when there are problems to describe.
#[component]
fn ErrorList(errors: Vec<DataError>) -> impl IntoView {
    provide_context(Problems(errors));
    lazy_view_or(|| Box::pin(problem_list()), || view! { <p class="be-notice-pending">{tr(Key::NoticeDetailsLoading)}</p> }.into_any())
}

#[derive(Clone)]
struct Problems(Vec<DataError>);

lazy_part! { pages:
    /// Drawn only while its notice is shown (its context there); there may be no data at all.
    fn problem_list() -> PartView {
        part_build(|| match use_context::<Problems>() {
            Some(Problems(errors)) => view! { <ProblemList errors/> }.into_any(),
            None => ().into_any(),
        })
    }
}

#[component]
fn ProblemList(errors: Vec<DataError>) -> impl IntoView {
    let nav = use_nav();
    let more = errors.len().saturating_sub(SHOWN);
    view! {
        <ul class="be-notice-list">
            {errors.into_iter().take(SHOWN).map(|e| view! {
                <li>{move || describe_data_error(nav.lang.get(), &e)}</li>
            }).collect_view()}
            {(more > 0).then(|| view! {
                <li>{move || format!("… {more} {}", nav.lang.get().t(Key::NoticeMoreProblems))}</li>
            })}
        </ul>
    }
}
