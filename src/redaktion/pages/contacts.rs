//! Fachstellen and the networks' contacts: e-mail, phone, web page, each changed in place and
//! checked by the dataset's rules (an address is `name@domain.de`, a page is https://…), the
//! message at the field.

use leptos::prelude::*;

use crate::app::{tr, use_nav};
use crate::i18n::{describe_data_error, Key};
use crate::model::DatasetFile;
use crate::redaktion::desk::use_desk;
use crate::redaktion::domain::texts::RedKey;

/// Where a contact field sits in the file, how to read and write it.
#[derive(Clone, Copy)]
struct Slot {
    section: &'static str,
    field: &'static str,
    get: fn(&DatasetFile, usize) -> Option<String>,
    set: fn(&mut DatasetFile, usize, Option<String>),
}

const SLOTS: [Slot; 5] = [
    Slot { section: "fachstellen", field: "email", get: |w, i| w.fachstellen[i].email.clone(), set: |w, i, v| w.fachstellen[i].email = v },
    Slot { section: "fachstellen", field: "phone", get: |w, i| w.fachstellen[i].phone.clone(), set: |w, i, v| w.fachstellen[i].phone = v },
    Slot { section: "networks", field: "contact.email", get: |w, i| w.networks[i].contact.email.clone(), set: |w, i, v| w.networks[i].contact.email = v },
    Slot { section: "networks", field: "contact.phone", get: |w, i| w.networks[i].contact.phone.clone(), set: |w, i, v| w.networks[i].contact.phone = v },
    Slot { section: "networks", field: "contact.web", get: |w, i| w.networks[i].contact.web.clone(), set: |w, i, v| w.networks[i].contact.web = v },
];

fn label(field: &str) -> RedKey {
    match field {
        "email" | "contact.email" => RedKey::FEmail,
        "phone" | "contact.phone" => RedKey::FPhone,
        _ => RedKey::FWeb,
    }
}

#[component]
fn ContactField(at: Slot, index: usize) -> impl IntoView {
    let desk = use_desk();
    let lang = use_nav().lang.get_untracked();
    let slot = at;
    let path = format!("{}[{index}].{}", slot.section, slot.field);
    let id = format!("red-{}-{index}-{}", slot.section, slot.field.replace('.', "-"));
    // the stored value, also after an undo
    let value = move || desk.read(|s| s.working.as_ref().and_then(|w| (slot.get)(w, index))).unwrap_or_default();
    let error = {
        let path = path.clone();
        Memo::new(move |_| desk.read(|s| s.errors.iter().find(|e| e.path == path).map(|e| describe_data_error(lang, e))))
    };
    let error_id = format!("{id}-error");
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        let v = Some(v.trim().to_string()).filter(|v| !v.is_empty());
        desk.edit(|w| (slot.set)(w, index, v));
    };
    view! {
        <div class=move || if error.get().is_some() { "be-field be-field-error" } else { "be-field" }>
            <label class="be-label" for=id.clone()>{tr(label(slot.field))}</label>
            {
                let error_id = error_id.clone();
                move || error.get().map(|m| view! { <p class="be-error-message" id=error_id.clone()><span class="be-visually-hidden">{tr(Key::ErrorPrefix)} ": "</span>{m}</p> })
            }
            <input class="be-input" type="text" id=id prop:value=value on:change=on_change
                aria-invalid=move || error.get().map(|_| "true") aria-describedby=move || error.get().map(|_| error_id.clone())/>
        </div>
    }
}

#[component]
pub fn Contacts() -> impl IntoView {
    let desk = use_desk();
    let (offices, networks) = desk.read(|s| {
        let w = s.working.as_ref();
        (
            w.map(|w| w.fachstellen.iter().map(|f| f.name.clone()).collect::<Vec<_>>()).unwrap_or_default(),
            w.map(|w| w.networks.iter().map(|n| n.short_name.clone()).collect::<Vec<_>>()).unwrap_or_default(),
        )
    });
    let group = |section: &'static str, names: Vec<String>| {
        names
            .into_iter()
            .enumerate()
            .map(|(i, name)| {
                let fields = SLOTS.iter().filter(|s| s.section == section).map(|&slot| view! { <ContactField at=slot index=i/> }).collect_view();
                view! { <fieldset class="be-fieldset be-red-record"><legend class="be-label">{name}</legend>{fields}</fieldset> }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="red-contacts" class="be-red-section">
            <h2 class="be-h2" id="red-contacts">{tr(RedKey::ContactsTitle)}</h2>
            {group("fachstellen", offices)}
            <details class="be-red-details">
                <summary>{tr(RedKey::Networks)}</summary>
                {group("networks", networks)}
            </details>
        </section>
    }
}
