use leptos::prelude::*;

use super::WebLink;
use crate::app::{tr, use_data, use_nav};
use crate::i18n::{format_date_key, PageKey};

/// Where a record comes from and how current it is: "Quelle: Städtetag Baden-Württemberg: …
/// (gelesen am 2. Dezember 2026)". Nothing for an unknown source id. Plain text: pages are
/// rebuilt when the language changes.
#[component]
pub fn SourceNote(source: String) -> impl IntoView {
    let lang = use_nav().lang.get_untracked();
    let src = use_data().source(&source).cloned()?;
    let mut dates: Vec<String> = src.page_date.iter().map(|d| format_date_key(lang, d)).collect();
    dates.extend(src.read_on.iter().map(|d| format!("{} {}", tr(PageKey::ReadOn), format_date_key(lang, d))));
    let dated = (!dates.is_empty()).then(|| format!(" ({})", dates.join(", ")));
    Some(view! {
        <p class="be-muted be-source">
            {tr(PageKey::SourceOf)} ": "
            {match src.url {
                Some(u) => view! { <WebLink url=u label=src.title/> }.into_any(),
                None => view! { <span>{src.title}</span> }.into_any(),
            }}
            {dated}
        </p>
    })
}
