//! Operator details, read from the data so an operator can set them without a release.

use leptos::prelude::*;

use crate::app::tr;
use crate::app::{use_data, use_nav};
use crate::components::{ExampleBadge, MailLink, PageTitle, TelLink};
use crate::i18n::PageKey;
use crate::i18n::Key;

#[component]
pub fn ImpressumPage() -> impl IntoView {
    let nav = use_nav();
    let op = use_data().operator.clone();
    let t = move |k| nav.lang.get().t(k);
    view! {
        <PageTitle text=Signal::derive(move || t(Key::Impressum).to_string())/>
        <dl class="be-facts">
            <dt>{tr(PageKey::Operator)}</dt><dd>{op.name.clone()} {op.example.then(|| view! { " " <ExampleBadge/> })}</dd>
            <dt>{tr(PageKey::Address)}</dt><dd>{op.address.clone()}</dd>
            <dt>{tr(Key::Email)}</dt><dd><MailLink address=op.email.clone()/></dd>
            {op.phone.clone().map(|p| view! { <dt>{tr(Key::Phone)}</dt><dd><TelLink number=p/></dd> })}
            {op.represented_by.clone().map(|r| view! { <dt>{tr(PageKey::RepresentedBy)}</dt><dd>{r}</dd> })}
        </dl>
    }
}
