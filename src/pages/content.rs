//! Editorial pages (Barrierefreiheit, Datenschutz, Leichte Sprache) from data/inhalte.json.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::{tr, use_asset_url, use_data, use_nav};
use crate::components::{Link, PageTitle};
use crate::data::load::fetch_text;
use crate::i18n::PageKey;
use crate::i18n::{format_date_key, format_int, Key};
use crate::model::content::{fill, parse_content, Content, Item, CONTENT_PATH};
use crate::model::{Operator, Text};
use crate::routes::Route;

#[component]
pub fn ContentPage(id: &'static str, title: Key) -> impl IntoView {
    let (nav, data) = (use_nav(), use_data());
    let operator = data.operator.clone();
    let lang = nav.lang.get_untracked();
    // the KEB maximum from the data, in plain words ("3.000 Euro"): a text never states an old figure
    let keb_max = format!("{} Euro", format_int(lang, data.keb.max_funding_cents / 100));
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
            Some(None) => view! { <p class="be-notice" role="alert">{tr(PageKey::ContentUnavailable)}</p> }.into_any(),
            Some(Some(content)) => {
                let sections = content.page(id).map(<[_]>::to_vec).unwrap_or_default();
                let german_only = en && sections.iter().any(|s| s.items.iter().map(|i| &i.text).chain(&s.paragraphs).any(|t| t.en.is_none()));
                let operator = operator.clone();
                view! {
                    {german_only.then(|| view! { <p class="be-notice">{tr(PageKey::GermanOnly)}</p> })}
                    {sections.into_iter().map(|s| {
                        let op = operator.clone();
                        view! {
                            <section class="be-prose">
                                {s.heading.map(|h| { let (text, lang) = localised(&h, en, &op); view! { <h2 class="be-h2" lang=lang>{text}</h2> } })}
                                {s.paragraphs.iter().map(|p| { let (text, lang) = localised(p, en, &op); view! { <p lang=lang>{text.replace("{keb_max}", &keb_max)}</p> } }).collect_view()}
                                {(!s.items.is_empty()).then(|| view! {
                                    <ul>{s.items.iter().map(|i| item(i, en, &op, &keb_max)).collect_view()}</ul>
                                })}
                            </section>
                        }
                    }).collect_view()}
                    <p class="be-muted">{tr(PageKey::AsOf)} ": " {format_date_key(lang, &content.updated)}</p>
                }.into_any()
            }
        }}
    }
}

/// A list item; where it names a page of the app, a link to it.
fn item(i: &Item, en: bool, op: &Operator, keb_max: &str) -> impl IntoView {
    let (text, lang) = localised(&i.text, en, op);
    let text = text.replace("{keb_max}", keb_max);
    let route = i.link.as_deref().map(Route::parse).filter(|r| *r != Route::NotFound);
    match route {
        Some(route) => view! { <li lang=lang><Link to=route>{text}</Link></li> }.into_any(),
        None => view! { <li lang=lang>{text}</li> }.into_any(),
    }
}

/// The text to show, and `Some("de")` when German stands in for a missing English text.
fn localised(t: &Text, en: bool, op: &Operator) -> (String, Option<&'static str>) {
    (fill(t.get(en), op), (en && t.en.is_none()).then_some("de"))
}
