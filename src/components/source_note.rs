use leptos::prelude::*;

use super::WebLink;
use crate::app::{use_data, use_nav};
use crate::i18n::{format_date_key, Key};

/// Where a record comes from and how current it is: "Quelle: Städtetag Baden-Württemberg: …
/// (gelesen am 2. Dezember 2026)". Nothing for an unknown source id.
#[component]
pub fn SourceNote(source: String) -> impl IntoView {
    let nav = use_nav();
    let src = use_data().source(&source).cloned()?;
    let t = move |k| nav.lang.get().t(k);
    let (page_date, read_on) = (src.page_date.clone(), src.read_on.clone());
    let dated = move || {
        let lang = nav.lang.get();
        let mut parts = Vec::new();
        if let Some(d) = &page_date {
            parts.push(format_date_key(lang, d));
        }
        if let Some(d) = &read_on {
            parts.push(format!("{} {}", t(Key::ReadOn), format_date_key(lang, d)));
        }
        (!parts.is_empty()).then(|| format!(" ({})", parts.join(", ")))
    };
    Some(view! {
        <p class="be-muted be-source">
            {move || t(Key::SourceOf)} ": "
            {match src.url.clone() {
                Some(u) => view! { <WebLink url=u label=src.title.clone()/> }.into_any(),
                None => view! { <span>{src.title.clone()}</span> }.into_any(),
            }}
            {dated}
        </p>
    })
}
