//! One Kommune, in the order people ask: which networks, whom to ask, what to do next (apply for
//! KEB, or how to join), its events, then the key facts.

use leptos::prelude::*;

use super::not_found::NotFoundPage;
use crate::app::tr;
use crate::app::{use_data, use_nav};
use crate::components::{ExampleBadge, Link, MailLink, PageTitle, UpcomingEvents};
use crate::i18n::PageKey;
use crate::i18n::{format_area, format_date_key, format_int, Key};
use crate::model::{KommuneType, MemberLevel};
use crate::routes::Route;

#[component]
pub fn KommunePage(key: String) -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    let Some(k) = data.kommune(&key).cloned() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let kreis = data.kreis(&k.kreis).cloned();
    let rb = data.regierungsbezirk(&k.rb).map(|r| r.name.clone()).unwrap_or_default();
    let memberships: Vec<_> = data
        .memberships_of(&k.key)
        .map(|m| {
            let network = data.network(&m.network).map(|n| (n.id.clone(), n.short_name.clone()));
            let source = data.source(&m.source).map(|s| s.title.clone()).unwrap_or_default();
            (network, m.clone(), source)
        })
        .collect();
    let advisers: Vec<_> = memberships
        .iter()
        .filter_map(|(n, _, _)| n.as_ref())
        .flat_map(|(id, _)| data.advisers_for(id, &k.kreis).cloned().collect::<Vec<_>>())
        .collect();
    let fachstellen: Vec<_> = data.fachstellen_in(&k.key).cloned().collect();
    let name = k.display_name();
    let keb_label = {
        let name = name.clone();
        move || nav.lang.get().t(PageKey::KebStartFor).replace("{name}", &name)
    };
    let kind = k.kind;
    let key_label = if k.key.len() == 8 { PageKey::Ags } else { PageKey::KreisKey };
    // KEB goes through a municipal network: a member applies, anyone else is shown how to join
    let eligible = &data.keb.eligible_networks;
    let may_apply = memberships.iter().any(|(n, ..)| n.as_ref().is_some_and(|(id, _)| eligible.contains(id)));
    let level = if kind == KommuneType::Landkreis { MemberLevel::Kreis } else { MemberLevel::Gemeinde };
    let joinable: Vec<_> = eligible
        .iter()
        .filter_map(|id| data.network(id))
        .filter(|n| n.member_level == Some(level))
        .map(|n| (n.id.clone(), n.short_name.clone(), n.join.clone()))
        .collect();
    // the type and where it lies; the official name ("Aach, Stadt") is one of the facts
    let lead = match kreis.as_ref().filter(|kr| kr.key != k.key) {
        Some(kr) => format!("{} · {}", tr(Key::kommune_type(kind)), kr.label()),
        None => format!("{} · {}", tr(Key::kommune_type(kind)), rb),
    };
    let next_step = if may_apply {
        view! {
            <p><Link to=Route::Keb query=vec![("kommune", k.key.clone())] class="be-button">{keb_label}</Link></p>
        }
        .into_any()
    } else {
        let heading = tr(PageKey::JoinHeading).replace("{name}", &name);
        view! {
            <section aria-labelledby="be-k-join">
                <h2 class="be-h2" id="be-k-join">{heading}</h2>
                <p>{tr(PageKey::JoinWhy)}</p>
                <ul class="be-list">
                    {joinable.into_iter().map(|(id, short, join)| view! {
                        <li>
                            <Link to=Route::Network(id)>{short}</Link>
                            {join.map(|j| view! { ": " {j.get(nav.lang.get_untracked().is_en()).to_string()} })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
        .into_any()
    };
    let official = k.name_official.clone();
    let facts = view! {
        <section aria-labelledby="be-k-facts">
        <h2 class="be-h2" id="be-k-facts">{tr(PageKey::KeyFacts)}</h2>
        <dl class="be-facts">
            <dt>{tr(PageKey::OfficialName)}</dt><dd>{official}</dd>
            <dt>{tr(key_label)}</dt><dd>{k.key.clone()}</dd>
            {kreis.filter(|kr| kr.key != k.key).map(|kr| view! {
                <dt>{tr(Key::Kreis)}</dt>
                <dd><Link to=Route::Kommune(kr.key.clone())>{kr.name.clone()}</Link></dd>
            })}
            <dt>{tr(PageKey::Regierungsbezirk)}</dt><dd>{rb}</dd>
            <dt>{tr(Key::Population)}</dt><dd>{move || format_int(nav.lang.get(), k.population as u64)}</dd>
            <dt>{tr(Key::Area)}</dt><dd>{move || format_area(nav.lang.get(), k.area_km2)}</dd>
            {k.plz.clone().map(|p| view! { <dt>{tr(PageKey::Plz)}</dt><dd>{p}</dd> })}
        </dl>
        </section>
    };
    view! {
        <PageTitle text=Signal::derive(move || name.clone())/>
        <p class="be-lead">{lead}</p>
        <section aria-labelledby="be-memberships">
            <h2 class="be-h2" id="be-memberships">{tr(PageKey::Memberships)}</h2>
            {if memberships.is_empty() {
                view! { <p>{tr(PageKey::NoMemberships)}</p> }.into_any()
            } else {
                view! {
                    <ul class="be-list">
                        {memberships.into_iter().map(|(network, m, source)| view! {
                            <li>
                                {network.map(|(id, short)| view! { <Link to=Route::Network(id)>{short}</Link> })}
                                {m.as_of.as_deref().map(|d| format_date_key(nav.lang.get_untracked(), d)).map(|d| view! { " · " {tr(PageKey::AsOf)} " " {d} })}
                                {m.example.then(|| view! { " " <ExampleBadge/> })}
                                <br/><span class="be-muted">{tr(PageKey::Source)} ": " {source.clone()}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        {(!advisers.is_empty() || !fachstellen.is_empty()).then(|| view! {
            <section aria-labelledby="be-k-contacts">
                <h2 class="be-h2" id="be-k-contacts">{tr(PageKey::Contacts)}</h2>
                <ul class="be-cards">
                    {advisers.into_iter().map(|p| view! { <li><super::people::PersonCard person=p/></li> }).collect_view()}
                    {fachstellen.into_iter().map(|f| view! {
                        <li class="be-card">
                            <p class="be-card-title">{f.name.clone()} {f.example.then(|| view! { " " <ExampleBadge/> })}</p>
                            {f.email.clone().map(|e| view! { <p><MailLink address=e/></p> })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {next_step}
        {
            // a Landkreis shows the events held anywhere in it
            let (key, landkreis, model) = (k.key.clone(), k.kind == KommuneType::Landkreis, data.clone());
            let at = move |e: &crate::model::Event| {
                e.place.as_ref().and_then(|p| p.kommune.as_deref()).is_some_and(|place| {
                    place == key || (landkreis && model.kommune(place).is_some_and(|g| g.kreis == key))
                })
            };
            view! { <UpcomingEvents pred=Box::new(at)/> }
        }
        {facts}
    }
    .into_any()
}
