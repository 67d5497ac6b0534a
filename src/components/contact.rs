use leptos::prelude::*;

use super::ExampleBadge;
use crate::app::tr;
use crate::i18n::Key;
use crate::model::Contact;

/// E-mail, phone and web links of a contact; phone numbers dial on phones.
#[component]
pub fn ContactLinks(contact: Contact) -> impl IntoView {
    view! {
        <ul class="be-contact">
            {contact.email.clone().map(|e| view! {
                <li>{tr(Key::Email)} ": " <a href=format!("mailto:{e}")>{e.clone()}</a></li>
            })}
            {contact.phone.clone().map(|p| view! {
                <li>{tr(Key::Phone)} ": " <a href=format!("tel:{}", p.replace(' ', ""))>{p.clone()}</a></li>
            })}
            {contact.web.clone().map(|w| view! {
                <li>{tr(Key::Website)} ": " <a href=w.clone() rel="external noopener">{w.clone()}</a></li>
            })}
            {contact.example.then(|| view! { <li><ExampleBadge/></li> })}
        </ul>
    }
}
