//! Events: upcoming first, past ones reachable, filters in the URL, and the filtered list
//! as one calendar file.

use leptos::prelude::*;

use crate::app::tr;
use crate::app::{absolute_href, today, use_data, use_nav};
use crate::components::download::{download, file_name};
use crate::components::{DownloadBar, EventList, Facet, PageHead};
use crate::export::table::{event_rows, Dataset};
use crate::export::ical::{calendar, CalendarOptions, MIME};
use crate::i18n::PageKey;
use crate::i18n::{format_int, format_month, Key};
use crate::model::{Event, EventKind};
use crate::routes::{parse_query, Route};
use crate::search::{Attendance, EventFilter, Period};

#[component]
pub fn EventsPage() -> impl IntoView {
    let nav = use_nav();
    let data = use_data();
    let t = move |k| nav.lang.get().t(k);
    let today = today();
    let filter = Memo::new(move |_| EventFilter::from_query(&parse_query(&nav.query.get())));
    let rows = {
        let (data, today) = (data.clone(), today.clone());
        Memo::new(move |_| filter.with(|f| f.apply(&data, &today)))
    };
    let update = move |change: &dyn Fn(&mut EventFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        let pairs = f.to_query();
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        nav.go(&Route::Events, &pairs, false);
    };
    let networks: Vec<(String, Signal<String>)> = data
        .networks
        .iter()
        .filter(|n| data.events.iter().any(|e| e.network == n.id))
        .map(|n| (n.id.clone(), Signal::stored(n.short_name.clone())))
        .collect();
    let kinds: Vec<(String, Signal<String>)> = EventKind::ALL
        .into_iter()
        .map(|k| (k.id().to_string(), Signal::derive(move || t(Key::event_kind(k)).to_string())))
        .collect();
    // the months offered are those with events in the chosen period (and the month chosen)
    let months = {
        let (data, today) = (data.clone(), today.clone());
        move |period: Period, chosen: String| {
            let mut f = EventFilter::from_query(&[]);
            f.period = period;
            let mut months: Vec<String> = f.apply(&data, &today).into_iter().filter_map(|i| data.events[i].start.get(..7).map(String::from)).collect();
            months.extend((!chosen.is_empty()).then_some(chosen));
            crate::order::sort_list(&mut months, |a, b| a.cmp(b));
            months.dedup();
            months.into_iter().map(|m| (m.clone(), Signal::derive(move || format_month(nav.lang.get(), &m)))).collect::<Vec<_>>()
        }
    };
    let attendance = vec![
        (Attendance::InPerson.id().to_string(), Signal::derive(move || nav.lang.get().t(PageKey::AttendInPerson).to_string())),
        (Attendance::Online.id().to_string(), Signal::derive(move || nav.lang.get().t(PageKey::AttendOnline).to_string())),
    ];
    let failed = RwSignal::new(false);
    let save_calendar = {
        let data = data.clone();
        let today = today.clone();
        move |_| {
            let events: Vec<&Event> = rows.get_untracked().into_iter().map(|i| &data.events[i]).collect();
            let url = |e: &Event| absolute_href(&nav, &Route::Event(e.id.clone()));
            let lang = nav.lang.get_untracked();
            let name = format!("{} – {}", lang.t(Key::AppName), lang.t(Key::EventsTitle));
            let opts = CalendarOptions { name: &name, now_ms: js_sys::Date::now(), event_url: &url, english: lang.is_en() };
            let text = calendar(&data, &events, &opts);
            failed.set(!download(&file_name("veranstaltungen", &today, "ics"), MIME, &text));
        }
    };
    let export_rows = {
        let data = data.clone();
        Callback::new(move |_| {
            let events: Vec<&Event> = rows.get_untracked().into_iter().map(|i| &data.events[i]).collect();
            event_rows(&data, &events)
        })
    };
    let groups = {
        let data = data.clone();
        move || {
            let mut groups: Vec<(String, Vec<Event>)> = Vec::new();
            for i in rows.get() {
                let e = data.events[i].clone();
                let month = e.start.get(..7).unwrap_or_default().to_string();
                match groups.last_mut() {
                    Some((m, list)) if *m == month => list.push(e),
                    _ => groups.push((month, vec![e])),
                }
            }
            groups
        }
    };
    view! {
        <PageHead route=Route::Events/>
        <form class="be-directory-form" on:submit=|ev| ev.prevent_default()>
            <fieldset class="be-facets">
                <legend class="be-visually-hidden">{tr(PageKey::Filters)}</legend>
                <div class="be-field">
                    <label for="be-f-zeitraum">{tr(PageKey::Period)}</label>
                    <select id="be-f-zeitraum" class="be-select" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(&|f| {
                            f.period = Period::ALL.into_iter().find(|p| p.id() == v).unwrap_or_default();
                            // a month of another period would show nothing
                            f.month.clear();
                        })
                    }>
                        {Period::ALL.into_iter().map(|p| {
                            let key = match p { Period::Upcoming => PageKey::PeriodUpcoming, Period::Past => PageKey::PeriodPast, Period::All => PageKey::PeriodAll };
                            view! { <option value=p.id() selected=move || filter.with(|f| f.period == p)>{tr(key)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <Facet id="netzwerk" label=tr(Key::Network) options=networks
                    value=Signal::derive(move || filter.with(|f| f.network.clone()))
                    on_change=move |v: String| update(&|f| f.network = v.clone())/>
                <Facet id="art" label=tr(PageKey::EventKind) options=kinds
                    value=Signal::derive(move || filter.with(|f| f.kind.map(|k| k.id().to_string()).unwrap_or_default()))
                    on_change=move |v: String| update(&|f| f.kind = EventKind::from_id(&v))/>
                {move || {
                    let (period, chosen) = filter.with(|f| (f.period, f.month.clone()));
                    view! {
                        <Facet id="monat" label=tr(PageKey::Month) options=months(period, chosen)
                            value=Signal::derive(move || filter.with(|f| f.month.clone()))
                            on_change=move |v: String| update(&|f| f.month = v.clone())/>
                    }
                }}
                <Facet id="format" label=tr(PageKey::Attendance) options=attendance
                    value=Signal::derive(move || filter.with(|f| f.attendance.map(|a| a.id().to_string()).unwrap_or_default()))
                    on_change=move |v: String| update(&|f| f.attendance = [Attendance::Online, Attendance::InPerson].into_iter().find(|a| a.id() == v))/>
            </fieldset>
        </form>
        <div class="be-toolbar">
            <p class="be-result-count" role="status" aria-live="polite" id="be-result-count">
                {move || format!("{} {}", format_int(nav.lang.get(), rows.with(|r| r.len()) as u64), nav.lang.get().t(PageKey::EventsCount))}
            </p>
            <button type="button" class="be-button be-button-secondary" on:click=save_calendar
                hidden=move || rows.with(|r| r.is_empty())>
                {tr(PageKey::DownloadIcsList)}
            </button>
        </div>
        {move || (failed.get()).then(|| view! {
            <p class="be-error-text" role="alert">{tr(PageKey::DownloadFailed)}</p>
        })}
        {move || (rows.with(|r| r.is_empty())).then(|| view! {
            <p>{tr(PageKey::NoEvents)}</p>
        })}
        <DownloadBar dataset=Dataset::Events rows=export_rows count=Signal::derive(move || rows.with(|r| r.len()))/>
        {move || groups().into_iter().map(|(month, events)| {
            let id = format!("be-month-{month}");
            let labelled_by = id.clone();
            view! {
                <section aria-labelledby=labelled_by>
                    <h2 class="be-h2" id=id>{move || format_month(nav.lang.get(), &month)}</h2>
                    <EventList events=events/>
                </section>
            }
        }).collect_view()}
    }
}
