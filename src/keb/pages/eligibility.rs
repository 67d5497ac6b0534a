//! Eligibility first: find the Kommune, say whether and through which network it may apply.

use leptos::prelude::*;

use crate::app::{tr, use_data, use_directory, use_nav};
use crate::components::{Link, MailLink, WebLink};
use crate::i18n::Key;
use crate::routes::Route;
use crate::keb::domain::eligibility::{check, Eligibility};
use crate::keb::domain::form::STEPS;
use crate::keb::domain::texts::KebKey;
use crate::keb::state::store::use_keb_store;

const MAX_HITS: usize = 8;

/// Search as you type; each hit is a link that puts the Kommune in the URL (`?kommune=KEY`).
#[component]
pub(super) fn KommuneChooser() -> impl IntoView {
    let (model, directory) = (use_data(), use_directory());
    let q = RwSignal::new(String::new());
    let hits = move || {
        let q = q.get();
        if q.trim().is_empty() {
            return None;
        }
        let found = directory.index(&model).search(&q);
        let links = found
            .iter()
            .take(MAX_HITS)
            .map(|hit| {
                let k = &model.kommunen[hit.doc as usize];
                let (kind, key, name) = (tr(Key::kommune_type(k.kind)), k.key.clone(), k.display_name());
                view! {
                    <li><Link to=Route::Keb query=vec![("kommune", key.clone())]>{name}</Link> " (" {kind} ", " {key} ")"</li>
                }
            })
            .collect_view();
        Some(view! {
            <p class="be-muted" role="status">{
                if found.len() <= MAX_HITS {
                    crate::i18n::count(use_nav().lang.get_untracked(), found.len() as u64, Key::ResultOne, Key::Results)
                } else {
                    tr(Key::ResultsShown).replace("{from}", "1").replace("{to}", &MAX_HITS.to_string()).replace("{total}", &found.len().to_string())
                }
            }</p>
            <ul class="be-list">{links}</ul>
        })
    };
    view! {
        <div class="be-field">
            <label class="be-label" for="keb-kommune-suche">{tr(KebKey::KebChooseKommune)}</label>
            <p class="be-hint" id="keb-kommune-hint">{tr(KebKey::KebChooseHint)}</p>
            <input class="be-input" type="search" id="keb-kommune-suche" autocomplete="off" aria-describedby="keb-kommune-hint"
                on:input=move |ev| q.set(event_target_value(&ev))/>
        </div>
        {hits}
    }
}

#[component]
pub(super) fn EligibilityResult(key: String) -> impl IntoView {
    let (nav, model, store) = (use_nav(), use_data(), use_keb_store());
    let name = model.kommune(&key).map(|k| k.display_name()).unwrap_or_default();
    let person = |id: &str| {
        let p = model.people.iter().find(|p| p.id == id).cloned();
        let n = model.network(id).cloned();
        let (label, email, web) = match (p, n) {
            (Some(p), _) => (format!("{} ({})", p.name, p.region), p.email, p.web),
            (None, Some(n)) => (n.name.clone(), n.contact.email, n.contact.web),
            _ => (id.to_string(), None, None),
        };
        // the e-mail address where one is published, else the organisation's contact page
        let reach = match (email, web) {
            (Some(e), _) => Some(view! { " · " <MailLink address=e/> }.into_any()),
            (None, Some(w)) => Some(view! { " · " <WebLink url=w label=tr(Key::Website)/> }.into_any()),
            _ => None,
        };
        view! { <li>{label} {reach}</li> }
    };
    let eligible_networks =
        model.keb.eligible_networks.iter().filter_map(|n| model.network(n)).map(|n| n.short_name.clone()).collect::<Vec<_>>().join(", ");
    let other = view! { <p><Link to=Route::Keb>{tr(KebKey::KebOtherKommune)}</Link></p> };
    match check(&model, &key) {
        Eligibility::Eligible { networks, advisers } => {
            let network = networks.iter().filter_map(|n| model.network(n)).map(|n| n.short_name.clone()).collect::<Vec<_>>().join(" / ");
            let only_network = (networks.len() == 1).then(|| networks[0].clone());
            super::FetchAntrag::ahead();
            // asked before the first answer: keep the draft beyond this tab?
            let keep = RwSignal::new(false);
            let begin = move |_| {
                let id = store.create(&key);
                if keep.get_untracked() {
                    store.set_on_device(&id, true);
                }
                // derived from the membership: one network leaves nothing to choose
                if let Some(n) = only_network.clone() {
                    store.update(&id, |d| d.set_answer("netzwerk", n));
                }
                nav.go(&Route::KebStep { draft: id, step: STEPS[0].id.into() }, &[], false);
            };
            view! {
                <div class="be-notice be-notice-success">
                    <p><strong>{tr(KebKey::KebEligible).replace("{name}", &name).replace("{network}", &network)}</strong></p>
                    {(!advisers.is_empty()).then(|| view! {
                        <p>{tr(if advisers.len() == 1 { KebKey::KebYourAdviser } else { KebKey::KebYourAdvisers })} ":"</p>
                        <ul class="be-list">{advisers.iter().map(|a| person(a)).collect_view()}</ul>
                    })}
                </div>
                <div class="be-save-choice">
                    <div class="be-choice">
                        <input type="checkbox" id="keb-speichern" aria-describedby="keb-speichern-hint"
                            on:change=move |ev| keep.set(event_target_checked(&ev))/>
                        <label for="keb-speichern">{tr(KebKey::KebSaveOnDevice)}</label>
                    </div>
                    <p class="be-hint" id="keb-speichern-hint">{tr(KebKey::KebSaveExplained)}</p>
                </div>
                <p><button type="button" class="be-button" on:click=begin>{tr(KebKey::KebBegin)}</button></p>
                {other}
            }
            .into_any()
        }
        Eligibility::NotMember { contacts } => view! {
            <div class="be-notice be-notice-warning">
                <p><strong>{tr(KebKey::KebNotEligible).replace("{name}", &name).replace("{networks}", &eligible_networks)}</strong></p>
                <p>{tr(KebKey::KebWhomToAsk)} ":"</p>
                <ul class="be-list">{contacts.iter().map(|c| person(c)).collect_view()}</ul>
            </div>
            {other}
        }
        .into_any(),
        Eligibility::UnknownKommune => view! {
            <div class="be-notice be-notice-warning"><p>{tr(KebKey::KebUnknownKommune)}</p></div>
            {other}
        }
        .into_any(),
    }
}

