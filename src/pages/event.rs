//! One event: when (German local time), where or online, organiser, registration, a calendar
//! file, and schema.org Event data for search engines.

use leptos::prelude::*;

use super::not_found::NotFoundPage;
use crate::app::tr;
use crate::app::{absolute_href, use_data, use_nav};
use crate::components::download::download;
use crate::components::{ExampleBadge, Link, PageTitle, WebLink};
use crate::export::ical::{calendar, CalendarOptions, MIME};
use crate::i18n::PageKey;
use crate::i18n::{format_event_when, Key};
use crate::model::time::LocalDateTime;
use crate::model::{Event, Model};
use crate::routes::Route;

#[component]
pub fn EventPage(id: String) -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    let Some(e) = data.event(&id).cloned() else {
        return view! { <NotFoundPage/> }.into_any();
    };
    let title = e.title.clone();
    let network = data.network(&e.network).cloned();
    let (start, end, all_day) = (e.start.clone(), e.end.clone(), e.all_day);
    let when = move || format_event_when(nav.lang.get(), &start, &end, all_day);
    let kind = Key::event_kind(e.kind);
    let json_ld = json_ld(&data, &e, &absolute_href(&nav, &Route::Event(e.id.clone())));
    let failed = RwSignal::new(false);
    let save = {
        let (data, e) = (data.clone(), e.clone());
        move |_| {
            let url = |e: &Event| absolute_href(&nav, &Route::Event(e.id.clone()));
            let lang = nav.lang.get_untracked();
            let opts = CalendarOptions { name: &e.title, now_ms: js_sys::Date::now(), event_url: &url, english: lang.is_en() };
            let text = calendar(&data, &[&e], &opts);
            failed.set(!download(&format!("be-netzwerke_{}.ics", e.id), MIME, &text));
        }
    };
    let description = e.description.clone();
    view! {
        <PageTitle text=Signal::derive(move || title.clone())/>
        <p class="be-lead">
            {tr(kind)}
            {e.example.then(|| view! { " " <ExampleBadge/> })}
        </p>
        <dl class="be-facts">
            <dt>{tr(Key::When)}</dt>
            <dd>{when}<br/><span class="be-muted">{tr(PageKey::TimesAreGerman)}</span></dd>
            {e.place.clone().map(|p| {
                let kommune = p.kommune.clone().filter(|k| data.kommune(k).is_some());
                view! {
                    <dt>{tr(PageKey::Where)}</dt>
                    <dd>
                        {p.name.clone()}<br/>
                        {match kommune {
                            Some(k) => view! { <Link to=Route::Kommune(k)>{p.address.clone()}</Link> }.into_any(),
                            None => view! { <span>{p.address.clone()}</span> }.into_any(),
                        }}
                    </dd>
                }
            })}
            {e.online_url.clone().map(|u| view! {
                <dt>{tr(PageKey::OnlineLink)}</dt>
                <dd><WebLink url=u class="be-url"/></dd>
            })}
            {network.map(|n| view! {
                <dt>{tr(PageKey::Organiser)}</dt>
                <dd><Link to=Route::Network(n.id.clone())>{n.name.clone()}</Link></dd>
            })}
            {e.registration_url.clone().map(|u| view! {
                <dt>{tr(PageKey::Registration)}</dt>
                <dd><WebLink url=u label=tr(PageKey::RegisterHere)/></dd>
            })}
        </dl>
        {description.map(|d| view! { <p class="be-lead">{move || d.get(nav.lang.get().is_en()).to_string()}</p> })}
        <p><button type="button" class="be-button" on:click=save>{tr(PageKey::AddToCalendar)}</button></p>
        {move || (failed.get()).then(|| view! {
            <p class="be-error-text" role="alert">{tr(PageKey::DownloadFailed)}</p>
        })}
        <p><Link to=Route::Events>{tr(Key::AllEvents)}</Link></p>
        <script type="application/ld+json" inner_html=json_ld></script>
    }
    .into_any()
}

/// schema.org Event, written with `json_text` (which escapes `<`, so no text in the data can
/// end the script element).
fn json_ld(model: &Model, e: &Event, url: &str) -> String {
    use crate::export::json_text::{array, object, opt_string, string};
    let iso = |s: &str| LocalDateTime::parse(s).map(|d| d.iso_berlin()).unwrap_or_else(|| s.to_string());
    let mut locations = Vec::new();
    if let Some(p) = &e.place {
        locations.push(object([("@type", string("Place")), ("name", string(&p.name)), ("address", string(&p.address))]));
    }
    if let Some(u) = &e.online_url {
        locations.push(object([("@type", string("VirtualLocation")), ("url", string(u))]));
    }
    let mode = match (e.in_person(), e.online()) {
        (true, true) => "MixedEventAttendanceMode",
        (false, true) => "OnlineEventAttendanceMode",
        _ => "OfflineEventAttendanceMode",
    };
    let organizer = match model.network(&e.network) {
        Some(n) => object([("@type", string("Organization")), ("name", string(&n.name))]),
        None => "null".into(),
    };
    object([
        ("@context", string("https://schema.org")),
        ("@type", string("Event")),
        ("name", string(&e.title)),
        ("startDate", string(&iso(&e.start))),
        ("endDate", string(&iso(&e.end))),
        ("eventStatus", string("https://schema.org/EventScheduled")),
        ("eventAttendanceMode", string(&format!("https://schema.org/{mode}"))),
        ("location", array(locations, ",")),
        ("organizer", organizer),
        ("description", opt_string(e.description.as_ref().map(|d| d.de.as_str()))),
        ("url", string(url)),
    ])
}
