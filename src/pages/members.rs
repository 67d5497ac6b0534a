//! The member directory over all Kommunen. Filter state lives in the URL query.

use leptos::prelude::*;

use crate::app::{use_data, use_nav};
use crate::components::{Link, PageTitle};
use crate::i18n::{format_int, Key};
use crate::routes::{parse_query, Route};
use crate::search::normalize;

const PAGE_SIZE: usize = 50;

#[component]
pub fn MembersPage() -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    let t = move |k| nav.lang.get().t(k);
    let q = Memo::new(move |_| {
        parse_query(&nav.query.get()).into_iter().find(|(k, _)| k == "q").map(|(_, v)| v).unwrap_or_default()
    });
    let results = {
        let data = data.clone();
        Memo::new(move |_| {
            let needle = normalize(&q.get());
            data.kommunen
                .iter()
                .enumerate()
                .filter(|(_, k)| needle.is_empty() || normalize(&k.name).contains(&needle) || k.key.starts_with(&needle))
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    };
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        nav.go(&Route::Members, &[("q", &value)], true);
    };
    view! {
        <PageTitle text=Signal::derive(move || t(Key::NavMembers).to_string())/>
        <form class="be-search" role="search" on:submit=|ev| ev.prevent_default()>
            <label for="be-members-q">{move || t(Key::SearchLabel)}</label>
            <input id="be-members-q" type="search" class="be-input" autocomplete="off"
                prop:value=move || q.get() on:input=on_input/>
        </form>
        <p class="be-result-count" role="status" aria-live="polite">
            {move || format!("{} {}", format_int(nav.lang.get(), results.with(|r| r.len()) as u64), t(Key::Results))}
        </p>
        <ul class="be-results">
            {move || results.with(|r| r.iter().take(PAGE_SIZE).map(|&i| {
                let k = data.kommunen[i].clone();
                let kind = k.kind;
                view! {
                    <li>
                        <Link to=Route::Kommune(k.key.clone())>{k.name.clone()}</Link>
                        <span class="be-muted">" · " {move || t(Key::kommune_type(kind))} " · " {k.key.clone()}</span>
                    </li>
                }
            }).collect_view())}
        </ul>
    }
}
