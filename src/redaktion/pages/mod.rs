//! `/redaktion`: the working copy, opened from the app's dataset or a file, edited in sections,
//! checked by the dataset's own rules as it changes, its changes listed and undoable, exported.

mod contacts;
mod events;
mod members;
mod open;
mod review;
mod rules;

use leptos::prelude::*;

use crate::app::tr;
use crate::components::PageTitle;
use crate::redaktion::desk::Desk;
use crate::redaktion::domain::texts::RedKey;

#[component]
pub fn RedaktionPage() -> impl IntoView {
    // embedded in a host's page, the host's visitors are no editors
    if crate::app::use_nav().is_hash_mode() {
        return view! {
            <PageTitle text=Signal::derive(|| tr(RedKey::Title).to_string())/>
            <p class="be-notice">{tr(RedKey::OwnPageOnly)}</p>
        }
        .into_any();
    }
    let desk = Desk::restore();
    provide_context(desk);
    desk.set_preview_url(crate::app::use_asset_url(crate::data::load::PREVIEW_PATH));
    // the sections are built once a copy is open, not on every edit (their forms keep their state)
    let open = Memo::new(move |_| desk.read(|s| s.working.is_some()));
    view! {
        <PageTitle text=Signal::derive(|| tr(RedKey::Title).to_string())/>
        <p class="be-lead">{tr(RedKey::Lead)}</p>
        <open::OpenPanel/>
        {move || open.get().then(|| view! {
            <review::Problems/>
            <events::EventsEditor/>
            <members::MemberImport/>
            <contacts::Contacts/>
            <rules::KebRules/>
            <review::ChangeList/>
            <review::ExportPanel/>
            <review::PublishPanel/>
        })}
    }
    .into_any()
}
