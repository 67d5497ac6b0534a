//! Members from a spreadsheet: a pasted column or a CSV file, every row matched through the
//! directory's search (domain::matching) and shown with its outcome; the editor chooses where
//! several fit; the found ones join the network with the list's date and source.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::app::{tr, use_data, use_directory};
use crate::keb::domain::dates::typed_date;
use crate::model::Model;
use crate::redaktion::desk::use_desk;
use crate::redaktion::domain::edits::{drop_examples, join};
use crate::redaktion::domain::matching::{match_list, Outcome, Row};
use crate::redaktion::domain::texts::RedKey;

fn named(model: &Model, i: usize) -> String {
    let k = &model.kommunen[i];
    let kreis = model.kreis(&k.kreis).map(|x| x.label()).unwrap_or_default();
    format!("{} ({}, {})", k.display_name(), kreis, k.key)
}

#[component]
pub fn MemberImport() -> impl IntoView {
    let (desk, model) = (use_desk(), use_data());
    let networks = desk.read(|s| s.working.as_ref().map(|w| w.networks.iter().map(|n| (n.id.clone(), n.short_name.clone())).collect::<Vec<_>>()).unwrap_or_default());
    let sources = desk.read(|s| s.working.as_ref().map(|w| w.sources.iter().map(|x| (x.id.clone(), x.title.clone())).collect::<Vec<_>>()).unwrap_or_default());
    let network = RwSignal::new(networks.first().map(|n| n.0.clone()).unwrap_or_default());
    let source = RwSignal::new(sources.first().map(|n| n.0.clone()).unwrap_or_default());
    let (text, as_of) = (StoredValue::new(String::new()), StoredValue::new(String::new()));
    let rows = RwSignal::new(Vec::<Row>::new());
    // per row: the candidate chosen (index into `Model::kommunen`)
    let chosen = RwSignal::new(Vec::<Option<usize>>::new());
    let replace = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    let run = {
        let model = model.clone();
        move || {
            let found = match_list(&model, &use_directory(), &text.get_value());
            chosen.set(found.iter().map(|r| if let Outcome::Matched(i) = r.outcome { Some(i) } else { None }).collect());
            rows.set(found);
            message.set(String::new());
        }
    };
    let on_match = {
        let run = run.clone();
        move |_| run()
    };
    let on_file = {
        let run = run.clone();
        move |ev: leptos::ev::Event| {
            let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
            let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
            let run = run.clone();
            spawn_local(async move {
                let content = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()).unwrap_or_default();
                text.set_value(content.clone());
                if let Some(area) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("red-liste")) {
                    if let Ok(area) = area.dyn_into::<web_sys::HtmlTextAreaElement>() {
                        area.set_value(&content);
                    }
                }
                run();
            });
        }
    };
    let summary = move || {
        rows.with(|r| {
            let count = |f: fn(&Outcome) -> bool| r.iter().filter(|x| f(&x.outcome)).count().to_string();
            (!r.is_empty()).then(|| {
                tr(RedKey::Summary)
                    .replace("{matched}", &count(|o| matches!(o, Outcome::Matched(_))))
                    .replace("{choose}", &count(|o| matches!(o, Outcome::Choose(_))))
                    .replace("{missing}", &count(|o| *o == Outcome::NotFound))
            })
        })
    };
    let table = {
        let model = model.clone();
        move || {
            let list = rows.get();
            (!list.is_empty()).then(|| {
                let body = list
                    .into_iter()
                    .enumerate()
                    .map(|(n, row)| {
                        let result = match &row.outcome {
                            Outcome::Matched(i) => view! { <span class="be-tag">{tr(RedKey::Matched)}</span> " " {named(&model, *i)} }.into_any(),
                            Outcome::NotFound => view! { <span class="be-tag be-tag-error">{tr(RedKey::NotFound)}</span> }.into_any(),
                            Outcome::Choose(candidates) => {
                                let options = candidates.iter().copied().map(Some).chain([None]).map(|c| {
                                    let id = format!("red-wahl-{n}-{}", c.map_or("keine".into(), |i| i.to_string()));
                                    let label = c.map_or_else(|| tr(RedKey::NoneOfThese).to_string(), |i| named(&model, i));
                                    view! {
                                        <div class="be-choice">
                                            <input type="radio" id=id.clone() name=format!("red-wahl-{n}") checked=c.is_none()
                                                on:change=move |_| chosen.update(|v| if let Some(slot) = v.get_mut(n) { *slot = c })/>
                                            <label for=id>{label}</label>
                                        </div>
                                    }
                                }).collect_view();
                                view! {
                                    <fieldset class="be-fieldset">
                                        <legend><span class="be-tag be-tag-warning">{tr(RedKey::Choose)}</span></legend>
                                        <div class="be-radios">{options}</div>
                                    </fieldset>
                                }.into_any()
                            }
                        };
                        view! { <tr data-line=row.line><td>{row.line}</td><td>{row.typed}</td><td>{result}</td></tr> }
                    })
                    .collect_view();
                view! {
                    <div class="be-red-table-scroll">
                        <table class="be-red-table">
                            <thead><tr><th scope="col">{tr(RedKey::Line)}</th><th scope="col">{tr(RedKey::Written)}</th><th scope="col">{tr(RedKey::Result)}</th></tr></thead>
                            <tbody>{body}</tbody>
                        </table>
                    </div>
                }
            })
        }
    };
    let on_join = move |_| {
        let keys: Vec<String> = chosen.with(|c| c.iter().flatten().map(|&i| model.kommunen[i].key.clone()).collect());
        let (net, src, date, drop) = (network.get_untracked(), source.get_untracked(), typed_date(&as_of.get_value()).unwrap_or_default(), replace.get_untracked());
        let mut joined = 0;
        desk.edit(|w| {
            if drop {
                drop_examples(w, &net);
            }
            joined = join(w, &net, &keys, &date, &src);
        });
        message.set(tr(RedKey::Joined).replace("{n}", &joined.to_string()));
    };
    let select = |id: &'static str, label: RedKey, options: Vec<(String, String)>, value: RwSignal<String>| view! {
        <div class="be-field">
            <label class="be-label" for=id>{tr(label)}</label>
            <select class="be-select" id=id on:change=move |ev| value.set(event_target_value(&ev))>
                {options.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
            </select>
        </div>
    };
    view! {
        <section aria-labelledby="red-members" class="be-red-section">
            <h2 class="be-h2" id="red-members">{tr(RedKey::MembersTitle)}</h2>
            <p>{tr(RedKey::MembersLead)}</p>
            {select("red-netzwerk", RedKey::FListNetwork, networks, network)}
            <div class="be-field">
                <label class="be-label" for="red-liste">{tr(RedKey::FList)}</label>
                <textarea class="be-textarea" id="red-liste" rows="8" on:input=move |ev| text.set_value(event_target_value(&ev))></textarea>
            </div>
            <div class="be-field">
                <label class="be-label" for="red-liste-datei">{tr(RedKey::FListFile)}</label>
                <input class="be-file" type="file" id="red-liste-datei" accept=".csv,.txt,text/csv,text/plain" on:change=on_file/>
            </div>
            <p><button type="button" class="be-button" on:click=on_match>{tr(RedKey::Match)}</button></p>
            <p aria-live="polite" class="be-red-summary">{summary}</p>
            {table}
            {move || (!rows.with(Vec::is_empty)).then(|| view! {
                <div class="be-field">
                    <label class="be-label" for="red-stand">{tr(RedKey::FListDate)}</label>
                    <p class="be-hint" id="red-stand-hint">{tr(RedKey::FDayHint)}</p>
                    <input class="be-input be-input-short" type="text" id="red-stand" aria-describedby="red-stand-hint" on:input=move |ev| as_of.set_value(event_target_value(&ev))/>
                </div>
                {select("red-quelle", RedKey::FSource, sources.clone(), source)}
                <div class="be-choice">
                    <input type="checkbox" id="red-ersetzen" on:change=move |ev| replace.set(event_target_checked(&ev))/>
                    <label for="red-ersetzen">{tr(RedKey::ReplaceExamples)}</label>
                </div>
                <p><button type="button" class="be-button" on:click=on_join.clone()>{tr(RedKey::Join)}</button></p>
            })}
            <p aria-live="polite">{move || { let m = message.get(); (!m.is_empty()).then(|| view! { <span class="be-notice be-notice-success">{m}</span> }) }}</p>
        </section>
    }
}
