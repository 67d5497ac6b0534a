//! Fachberater(innen), mentor trainers, mentors and Fachstellen contacts, by network.

use leptos::prelude::*;

use crate::app::tr;
use crate::app::use_data;
use crate::components::{ContactLinks, DownloadBar, ExampleBadge, Link, PageHead, SourceNote};
use crate::export::table::{person_rows, Dataset};
use crate::i18n::Key;
use crate::model::{Contact, Person};
use crate::routes::Route;

#[component]
pub fn PeoplePage() -> impl IntoView {
    let data = use_data();
    let groups: Vec<_> = data
        .networks
        .iter()
        .map(|n| (n.clone(), data.people_of(&n.id).cloned().collect::<Vec<_>>()))
        .filter(|(_, people)| !people.is_empty())
        .collect();
    let shown: Vec<Person> = groups.iter().flat_map(|(_, people)| people.iter().cloned()).collect();
    let count = shown.len();
    let export_rows = {
        let data = data.clone();
        Callback::new(move |_| person_rows(&data, &shown.iter().collect::<Vec<_>>()))
    };
    view! {
        <PageHead route=Route::People/>
        {groups.into_iter().map(|(network, people)| {
            let id = format!("be-people-{}", network.id);
            view! {
                <section aria-labelledby=id.clone()>
                    <h2 class="be-h2" id=id.clone()>
                        <Link to=Route::Network(network.id.clone())>{network.short_name.clone()}</Link>
                    </h2>
                    <ul class="be-cards">
                        {people.into_iter().map(|p| view! { <li><PersonCard person=p/></li> }).collect_view()}
                    </ul>
                </section>
            }
        }).collect_view()}
        <DownloadBar dataset=Dataset::People rows=export_rows count=Signal::stored(count)/>
    }
}

#[component]
pub fn PersonCard(person: Person) -> impl IntoView {
    let role = Key::role(person.role);
    view! {
        <article class="be-card">
            <h3 class="be-card-title">{person.name.clone()} {person.example.then(|| view! { " " <ExampleBadge/> })}</h3>
            <p>{tr(role)} " · " {person.region.clone()}</p>
            <ContactLinks contact=Contact { email: person.email.clone(), phone: person.phone.clone(), web: person.web.clone(), example: false }/>
            {person.source.clone().map(|s| view! { <SourceNote source=s/> })}
        </article>
    }
}
