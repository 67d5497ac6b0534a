//! Editorial pages (Barrierefreiheit, Datenschutz, Leichte Sprache) from data/inhalte.json.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::{tr, use_asset_url, use_data, use_nav};
use crate::components::PageTitle;
use crate::data::load::fetch_text;
use crate::i18n::Key;
use crate::model::content::{fill, parse_content, Content, CONTENT_PATH};
use crate::model::{Operator, Text};

#[component]
pub fn ContentPage(id: &'static str, title: Key) -> impl IntoView {
    let nav = use_nav();
    let operator = use_data().operator.clone();
    let state = RwSignal::new(None::<Option<Content>>);
    let url = use_asset_url(CONTENT_PATH);
    spawn_local(async move {
        let content = fetch_text(&url).await.ok().and_then(|t| parse_content(&t));
        state.try_set(Some(content));
    });
    let en = nav.lang.get_untracked().is_en();
    view! {
        <PageTitle text=Signal::stored(tr(title).to_string())/>
        {move || match state.get() {
            None => view! { <p class="be-muted">{tr(Key::Loading)}</p> }.into_any(),
            Some(None) => view! { <p class="be-notice" role="alert">{tr(Key::ContentUnavailable)}</p> }.into_any(),
            Some(Some(content)) => {
                let sections = content.page(id).map(<[_]>::to_vec).unwrap_or_default();
                let german_only = en && sections.iter().any(|s| s.items.iter().chain(&s.paragraphs).any(|t| t.en.is_none()));
                let operator = operator.clone();
                view! {
                    {german_only.then(|| view! { <p class="be-notice">{tr(Key::GermanOnly)}</p> })}
                    {sections.into_iter().map(|s| {
                        let op = operator.clone();
                        view! {
                            <section class="be-prose">
                                {s.heading.map(|h| { let (text, lang) = localised(&h, en, &op); view! { <h2 class="be-h2" lang=lang>{text}</h2> } })}
                                {s.paragraphs.iter().map(|p| { let (text, lang) = localised(p, en, &op); view! { <p lang=lang>{text}</p> } }).collect_view()}
                                {(!s.items.is_empty()).then(|| view! {
                                    <ul>{s.items.iter().map(|i| { let (text, lang) = localised(i, en, &op); view! { <li lang=lang>{text}</li> } }).collect_view()}</ul>
                                })}
                            </section>
                        }
                    }).collect_view()}
                    <p class="be-muted">{tr(Key::AsOf)} " " {content.updated.clone()}</p>
                }.into_any()
            }
        }}
    }
}

/// The text to show, and `Some("de")` when German stands in for a missing English text.
fn localised(t: &Text, en: bool, op: &Operator) -> (String, Option<&'static str>) {
    (fill(t.get(en), op), (en && t.en.is_none()).then_some("de"))
}
