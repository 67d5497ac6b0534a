//! Events as a list of cards (events page, network and Kommune pages).

use leptos::prelude::*;

use crate::app::tr;
use crate::app::{use_data, use_nav};
use crate::components::{ExampleBadge, Link};
use crate::i18n::{format_event_when, Key};
use crate::model::Event;
use crate::routes::Route;

#[component]
pub fn EventList(events: Vec<Event>, #[prop(default = 3)] heading_level: u8) -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    view! {
        <ul class="be-events">
            {events.into_iter().map(|e| {
                let network = data.network(&e.network).map(|n| n.short_name.clone()).unwrap_or_default();
                let (start, end, all_day) = (e.start.clone(), e.end.clone(), e.all_day);
                let when = move || format_event_when(nav.lang.get(), &start, &end, all_day);
                let kind = Key::event_kind(e.kind);
                let place = match (&e.place, e.online()) {
                    (Some(p), true) => Some(format!("{} · Online", p.address)),
                    (Some(p), false) => Some(p.address.clone()),
                    (None, true) => Some("Online".to_string()),
                    (None, false) => None,
                };
                let title = view! { <Link to=Route::Event(e.id.clone())>{e.title.clone()}</Link> };
                view! {
                    <li class="be-event" data-event=e.id.clone()>
                        <p class="be-event-when">{when}</p>
                        {if heading_level == 2 {
                            view! { <h2 class="be-event-title">{title}</h2> }.into_any()
                        } else {
                            view! { <h3 class="be-event-title">{title}</h3> }.into_any()
                        }}
                        <p class="be-muted">
                            {tr(kind)} " · " {network}
                            {place.map(|p| view! { " · " {p} })}
                            {e.example.then(|| view! { " " <ExampleBadge/> })}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// A section "Nächste Termine" with the upcoming events that `pred` selects (at most `limit`,
/// then a link to all); nothing when none.
#[component]
pub fn UpcomingEvents(pred: Box<dyn Fn(&Event) -> bool>, #[prop(default = usize::MAX)] limit: usize) -> impl IntoView {
    let data = use_data();
    let found = crate::search::upcoming_where(&data, &crate::app::today(), pred);
    let more = (found.len() > limit).then(|| view! { <p><Link to=Route::Events>{tr(Key::AllEvents)}</Link></p> });
    let events: Vec<Event> = found.into_iter().take(limit).map(|i| data.events[i].clone()).collect();
    (!events.is_empty()).then(|| view! {
        <section aria-labelledby="be-upcoming">
            <h2 class="be-h2" id="be-upcoming">{tr(Key::UpcomingEvents)}</h2>
            <EventList events=events/>
            {more}
        </section>
    })
}
