//! One network: carrying organisation, Fachberatung, description, advisers, members, how to
//! join, and the public page those facts come from.

use leptos::prelude::*;

use super::not_found::NotFoundPage;
use crate::app::tr;
use crate::app::{use_data, use_nav};
use crate::components::{ContactLinks, ExampleBadge, Link, PageTitle, SourceNote, UpcomingEvents};
use crate::i18n::PageKey;
use crate::i18n::{format_date_key, format_int, format_member_count, Key};
use crate::routes::Route;

#[component]
pub fn NetworkPage(id: String) -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    let Some(network) = data.network(&id).cloned() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let t = move |k| nav.lang.get().t(k);
    let name = network.name.clone();
    let description = network.description.clone();
    let join = network.join.clone();
    let advisers: Vec<_> = data.people_of(&network.id).cloned().collect();
    let children: Vec<_> = data.children_of(&network.id).cloned().collect();
    let mut members: Vec<_> = data
        .members_of(&network.id)
        .map(|m| {
            let name = data.kommune(&m.member).map(|k| k.name.clone())
                .or_else(|| data.organisation(&m.member).map(|o| o.name.clone()))
                .unwrap_or_else(|| m.member.clone());
            (name, m.clone())
        })
        .collect();
    crate::order::sort_list(&mut members, |a, b| a.0.cmp(&b.0));
    let member_count = members.len();
    let parent = network.parent.as_ref().and_then(|p| data.network(p)).cloned();
    view! {
        <PageTitle text=Signal::derive(move || name.clone())/>
        <dl class="be-facts">
            <dt>{tr(Key::LedBy)}</dt><dd>{network.lead_organisation.clone()}</dd>
            {network.fachberatung.clone().map(|f| view! { <dt>{tr(PageKey::Advice)}</dt><dd>{f}</dd> })}
            {network.founded.map(|y| view! { <dt>{tr(Key::Founded)}</dt><dd>{y}</dd> })}
            {network.members.clone().map(|c| {
                let source = c.source.clone();
                view! {
                    <dt>{tr(Key::PublishedCount)}</dt>
                    <dd>{format_member_count(nav.lang.get_untracked(), &c)} <SourceNote source=source/></dd>
                }
            })}
            {parent.map(|p| view! {
                <dt>{tr(PageKey::PartOf)}</dt>
                <dd><Link to=Route::Network(p.id.clone())>{p.short_name.clone()}</Link></dd>
            })}
        </dl>
        <p class="be-lead">{move || description.get(nav.lang.get().is_en()).to_string()}</p>
        {network.source.clone().map(|s| view! { <SourceNote source=s/> })}
        <section aria-labelledby="be-contact">
            <h2 class="be-h2" id="be-contact">{tr(PageKey::JoinAndContact)}</h2>
            {join.map(|j| view! { <p>{move || j.get(nav.lang.get().is_en()).to_string()}</p> })}
            <ContactLinks contact=network.contact.clone()/>
        </section>
        {(!children.is_empty()).then(|| view! {
            <section aria-labelledby="be-children">
                <h2 class="be-h2" id="be-children">{tr(PageKey::MemberNetworks)}</h2>
                <ul>
                    {children.into_iter().map(|c| view! {
                        <li><Link to=Route::Network(c.id.clone())>{c.name.clone()}</Link></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {
            let id = network.id.clone();
            view! { <UpcomingEvents pred=Box::new(move |e| e.network == id)/> }
        }
        {(!advisers.is_empty()).then(|| view! {
            <section aria-labelledby="be-advisers">
                <h2 class="be-h2" id="be-advisers">{tr(Key::People)}</h2>
                <ul class="be-cards">
                    {advisers.into_iter().map(|p| view! { <li><super::people::PersonCard person=p/></li> }).collect_view()}
                </ul>
            </section>
        })}
        {(member_count > 0).then(|| view! {
            <section aria-labelledby="be-members">
                <h2 class="be-h2" id="be-members">
                    {move || format!("{} ({})", t(Key::Members), format_int(nav.lang.get(), member_count as u64))}
                </h2>
                <ul class="be-columns">
                    {members.into_iter().map(|(name, m)| {
                        let key = m.member.clone();
                        let link = data.kommune(&key).is_some();
                        view! {
                            <li>
                                {if link {
                                    view! { <Link to=Route::Kommune(key.clone())>{name.clone()}</Link> }.into_any()
                                } else {
                                    view! { <span>{name.clone()}</span> }.into_any()
                                }}
                                {m.as_of.as_deref().map(|d| format_date_key(nav.lang.get_untracked(), d)).map(|d| view! { <span class="be-muted">" (" {tr(PageKey::AsOf)} " " {d} ")"</span> })}
                                {m.example.then(|| view! { " " <ExampleBadge/> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
    .into_any()
}
