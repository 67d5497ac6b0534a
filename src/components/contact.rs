use leptos::prelude::*;

use super::{ExampleBadge, MailLink, TelLink, WebLink};
use crate::app::tr;
use crate::i18n::Key;
use crate::model::Contact;

/// E-mail, phone and web links of a contact; phone numbers dial on phones.
#[component]
pub fn ContactLinks(contact: Contact) -> impl IntoView {
    view! {
        <ul class="be-contact">
            {contact.email.clone().map(|e| view! {
                <li>{tr(Key::Email)} ": " <MailLink address=e/></li>
            })}
            {contact.phone.clone().map(|p| view! {
                <li>{tr(Key::Phone)} ": " <TelLink number=p/></li>
            })}
            {contact.web.clone().map(|w| {
                // the site's name reads better than a long address; the link goes to the page
                let site = crate::model::untrusted::site_name(&w).to_string();
                view! { <li>{tr(Key::Website)} ": " <WebLink url=w label=site/></li> }
            })}
            {contact.example.then(|| view! { <li><ExampleBadge/></li> })}
        </ul>
    }
}
