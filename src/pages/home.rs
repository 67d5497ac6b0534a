//! Start page: the tasks first (find a Kommune, apply for KEB funding, the next events), then
//! the Landesnetzwerk drawn as a network of networks. That drawing is a nested list (BBE above,
//! Landesnetzwerk, its member networks), so it reads as plain text too.

use leptos::prelude::*;

use crate::app::{tr, use_data, use_nav};
use crate::components::{ExampleBadge, Link, PageHead, UpcomingEvents};
use crate::i18n::{format_int, format_member_count, Key};
use crate::model::{MemberCount, Model, Network, NetworkKind};
use crate::routes::Route;

#[component]
pub fn HomePage() -> impl IntoView {
    let data = use_data();
    let by_kind = |kinds: &[NetworkKind]| -> Vec<Network> {
        data.networks.iter().filter(|n| kinds.contains(&n.kind)).cloned().collect()
    };
    let federal = by_kind(&[NetworkKind::Bund]);
    let state = by_kind(&[NetworkKind::Landesnetzwerk]);
    let municipal = by_kind(&[NetworkKind::Kommunal]);
    let civic = by_kind(&[NetworkKind::Buergerschaftlich, NetworkKind::Fachlich]);
    let partners = by_kind(&[NetworkKind::Partner]);
    view! {
        <PageHead route=Route::Home/>
        <p><Link to=Route::LeichteSprache>{tr(Key::LeichteSprache)}</Link></p>
        <Tasks/>
        <UpcomingEvents pred=Box::new(|_| true) limit=3/>
        <h2 class="be-h2">{tr(Key::HomeNetworks)}</h2>
        <div class="be-tree">
            <NodeGroup heading=Key::FederalLevel networks=federal class="be-tree-federal"/>
            {state.into_iter().map(|lnw| view! {
                <section class="be-tree-state" aria-labelledby="be-node-landesnetzwerk">
                    <NodeCard network=lnw heading_id="be-node-landesnetzwerk"/>
                    <div class="be-tree-children">
                        <NodeGroup heading=Key::MunicipalNetworks networks=municipal.clone() class="be-tree-municipal"/>
                        <NodeGroup heading=Key::CitizenNetworks networks=civic.clone() class="be-tree-civic"/>
                    </div>
                </section>
            }).collect_view()}
            <NodeGroup heading=Key::OtherNetworks networks=partners class="be-tree-partner"/>
        </div>
    }
}

/// The two tasks most visitors come for, each one step away.
#[component]
fn Tasks() -> impl IntoView {
    let (nav, data) = (use_nav(), use_data());
    let q = RwSignal::new(String::new());
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = q.get_untracked().trim().to_string();
        let query: &[(&str, &str)] = if q.is_empty() { &[] } else { &[("q", &q)] };
        nav.go(&Route::Members, query, false);
    };
    let max = crate::keb::domain::money::format_euro(nav.lang.get_untracked(), data.keb.max_funding_cents);
    view! {
        <div class="be-tasks" role="group" aria-label=tr(Key::HomeTasks)>
            <section class="be-task" aria-labelledby="be-task-find">
                <h2 class="be-h2" id="be-task-find">{tr(Key::HomeFindTitle)}</h2>
                <p>{tr(Key::HomeFindText)}</p>
                <form class="be-search" role="search" on:submit=search>
                    <label for="be-home-q">{tr(Key::SearchLabel)}</label>
                    <div class="be-search-row">
                        <input class="be-input" type="search" id="be-home-q" autocomplete="off"
                            on:input=move |ev| q.set(event_target_value(&ev))/>
                        <button type="submit" class="be-button">{tr(Key::Search)}</button>
                    </div>
                </form>
            </section>
            <section class="be-task" aria-labelledby="be-task-keb">
                <h2 class="be-h2" id="be-task-keb">{tr(Key::HomeKebTitle)}</h2>
                <p>{tr(Key::HomeKebText).replace("{max}", &max)}</p>
                <p><Link to=Route::Keb class="be-button">{tr(Key::HomeKebLink)}</Link></p>
            </section>
        </div>
    }
}

#[component]
fn NodeGroup(heading: Key, networks: Vec<Network>, class: &'static str) -> impl IntoView {
    let nav = use_nav();
    (!networks.is_empty()).then(|| view! {
        <section class=format!("be-tree-group {class}")>
            <h2 class="be-h2">{move || nav.lang.get().t(heading)}</h2>
            <ul class="be-nodes">
                {networks.into_iter().map(|n| view! { <li><NodeCard network=n/></li> }).collect_view()}
            </ul>
        </section>
    })
}

#[component]
fn NodeCard(network: Network, #[prop(optional)] heading_id: &'static str) -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    let counts = member_summary(&data, &network);
    let description = network.description.clone();
    let heading = view! {
        <Link to=Route::Network(network.id.clone())>{network.short_name.clone()}</Link>
    };
    view! {
        <article class="be-node">
            <h3 class="be-node-title" id=(!heading_id.is_empty()).then_some(heading_id)>{heading}</h3>
            <p class="be-node-lead">
                {move || nav.lang.get().t(Key::LedBy)} ": " {network.lead_organisation.clone()}
                {network.founded.map(|y| view! { " · " {move || nav.lang.get().t(Key::Founded)} " " {y} })}
            </p>
            <p class="be-node-text">{move || description.get(nav.lang.get().is_en()).to_string()}</p>
            {counts.map(|(n, examples, latest)| view! {
                <p class="be-node-count">
                    {(n > 0).then(|| view! {
                        {move || format!("{}: {}", nav.lang.get().t(Key::MembersInData), format_int(nav.lang.get(), n as u64))}
                        {(examples == n).then(|| view! { " " <ExampleBadge/> })}
                        <br/>
                    })}
                    {latest.map(|c| format!("{}: {}", tr(Key::PublishedCount), format_member_count(nav.lang.get_untracked(), &c)))}
                </p>
            })}
        </article>
    }
}

/// Members recorded in the data (how many of them examples), and the newest published count.
fn member_summary(data: &Model, network: &Network) -> Option<(usize, usize, Option<MemberCount>)> {
    let in_data = data.members_of(&network.id).count();
    let examples = data.members_of(&network.id).filter(|m| m.example).count();
    let latest = network.members.clone();
    (in_data > 0 || latest.is_some()).then_some((in_data, examples, latest))
}
