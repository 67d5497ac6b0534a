//! Events: new, a copy of an earlier one as a template, moved (its dates edited), removed. The
//! form says what is wrong at the field; the dataset's checks (a real event needs a source, the
//! address lies in its Kommune, the end after the start) show at the event they concern.

use leptos::prelude::*;

use crate::app::tr;
use crate::i18n::{describe_data_error, Key};
use crate::model::{Event, EventKind};
use crate::redaktion::desk::use_desk;
use crate::redaktion::domain::edits::{event_id, EventForm, FormProblem};
use crate::redaktion::domain::texts::RedKey;

/// The form open: which event (None: a new one) and the record it starts from.
#[derive(Clone)]
struct Editing {
    index: Option<usize>,
    base: Event,
}

#[component]
pub fn EventsEditor() -> impl IntoView {
    let desk = use_desk();
    let editing = RwSignal::new(None::<Editing>);
    let start_new = move |_| {
        let base = desk.read(|s| s.working.as_ref().and_then(|w| w.events.last().cloned())).unwrap_or_default();
        let base = Event { id: String::new(), title: String::new(), start: String::new(), end: String::new(), source: None, example: false, ..base };
        editing.set(Some(Editing { index: None, base }));
    };
    let list = move || {
        let lang = crate::app::use_nav().lang.get_untracked();
        let (events, errors, networks) = desk.read(|s| {
            let w = s.working.as_ref();
            let networks: Vec<(String, String)> = w.map(|w| w.networks.iter().map(|n| (n.id.clone(), n.short_name.clone())).collect()).unwrap_or_default();
            (w.map(|w| w.events.clone()).unwrap_or_default(), s.errors.clone(), networks)
        });
        events
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let prefix = format!("events[{i}].");
                let problems: Vec<String> = errors.iter().filter(|x| x.path.starts_with(&prefix)).map(|x| describe_data_error(lang, x)).collect();
                let (edit_base, copy_base) = (e.clone(), e.clone());
                let remove = move |_| desk.edit(|w| {
                    if i < w.events.len() {
                        w.events.remove(i);
                    }
                });
                let when = e.start.replace('T', " ");
                let network = networks.iter().find(|(id, _)| *id == e.network).map_or(e.network.clone(), |(_, name)| name.clone());
                let class = if problems.is_empty() { "be-card" } else { "be-card be-field-error" };
                view! {
                    <li class=class data-event=e.id.clone()>
                        <p class="be-card-title">{e.title.clone()}</p>
                        <p class="be-muted">{when} " · " {network} {e.example.then(|| view! { " · " <span class="be-tag">{tr(Key::Example)}</span> })}</p>
                        {(!problems.is_empty()).then(|| view! {
                            <ul class="be-list">{problems.into_iter().map(|p| view! { <li class="be-error-message">{p}</li> }).collect_view()}</ul>
                        })}
                        <p class="be-actions">
                            <button type="button" class="be-button be-button-secondary" on:click=move |_| editing.set(Some(Editing { index: Some(i), base: edit_base.clone() }))>
                                {tr(RedKey::Edit)}<span class="be-visually-hidden">": " {e.title.clone()}</span>
                            </button>
                            <button type="button" class="be-button be-button-secondary" on:click=move |_| {
                                editing.set(Some(Editing { index: None, base: Event { id: String::new(), ..copy_base.clone() } }))
                            }>
                                {tr(RedKey::Copy)}<span class="be-visually-hidden">": " {e.title.clone()}</span>
                            </button>
                            <button type="button" class="be-button be-button-secondary" on:click=remove>
                                {tr(RedKey::Remove)}<span class="be-visually-hidden">": " {e.title.clone()}</span>
                            </button>
                        </p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="red-events" class="be-red-section">
            <h2 class="be-h2" id="red-events">{tr(RedKey::EventsTitle)}</h2>
            {move || match editing.get() {
                Some(e) => view! { <EventFormView editing=e close=move || editing.set(None)/> }.into_any(),
                None => view! { <p><button type="button" class="be-button" on:click=start_new>{tr(RedKey::NewEvent)}</button></p> }.into_any(),
            }}
            <ul class="be-cards">{list}</ul>
        </section>
    }
}

#[component]
fn EventFormView(editing: Editing, close: impl Fn() + Clone + Send + Sync + 'static) -> impl IntoView {
    let desk = use_desk();
    let (networks, sources) = desk.read(|s| {
        let w = s.working.as_ref();
        (
            w.map(|w| w.networks.iter().map(|n| (n.id.clone(), n.short_name.clone())).collect::<Vec<_>>()).unwrap_or_default(),
            w.map(|w| w.sources.iter().map(|x| (x.id.clone(), x.title.clone())).collect::<Vec<_>>()).unwrap_or_default(),
        )
    });
    let mut initial = EventForm::of(&editing.base);
    if editing.base.start.is_empty() {
        initial.day.clear();
    }
    let form = StoredValue::new(initial.clone());
    let problems = RwSignal::new(Vec::<(&'static str, FormProblem)>::new());
    let error_of = move |field: &'static str| {
        move || {
            problems.with(|p| p.iter().find(|(f, _)| *f == field).map(|(_, p)| match p {
                FormProblem::Missing => tr(RedKey::MTitle),
                FormProblem::Date => tr(RedKey::MDay),
                FormProblem::Time => tr(RedKey::MTime),
            }))
        }
    };
    let text = move |field: &'static str, label: RedKey, hint: Option<RedKey>, value: String, set: fn(&mut EventForm, String)| {
        let id = format!("red-event-{field}");
        let error = error_of(field);
        let described = {
            let id = id.clone();
            move || {
                let mut ids = Vec::new();
                if hint.is_some() {
                    ids.push(format!("{id}-hint"));
                }
                if error().is_some() {
                    ids.push(format!("{id}-error"));
                }
                (!ids.is_empty()).then(|| ids.join(" "))
            }
        };
        view! {
            <div class=move || if error().is_some() { "be-field be-field-error" } else { "be-field" }>
                <label class="be-label" for=id.clone()>{tr(label)}</label>
                {hint.map(|h| view! { <p class="be-hint" id=format!("{id}-hint")>{tr(h)}</p> })}
                {
                    let error_id = format!("{id}-error");
                    move || error().map(|m| view! { <p class="be-error-message" id=error_id.clone()><span class="be-visually-hidden">{tr(Key::ErrorPrefix)} ": "</span>{m}</p> })
                }
                <input class="be-input" type="text" id=id name=field value=value aria-describedby=described
                    aria-invalid=move || error().map(|_| "true")
                    on:input=move |ev| { let v = event_target_value(&ev); form.update_value(|f| set(f, v)); }/>
            </div>
        }
    };
    let select = move |field: &'static str, label: RedKey, options: Vec<(String, String)>, value: String, set: fn(&mut EventForm, String)| {
        let id = format!("red-event-{field}");
        view! {
            <div class="be-field">
                <label class="be-label" for=id.clone()>{tr(label)}</label>
                <select class="be-select" id=id name=field on:change=move |ev| { let v = event_target_value(&ev); form.update_value(|f| set(f, v)); }>
                    {options.into_iter().map(|(v, l)| { let selected = v == value; view! { <option value=v selected=selected>{l}</option> } }).collect_view()}
                </select>
            </div>
        }
    };
    let kinds: Vec<(String, String)> = EventKind::ALL.iter().map(|k| (k.id().to_string(), tr(Key::event_kind(*k)).to_string())).collect();
    let mut source_options = vec![(String::new(), tr(RedKey::FSourceNone).to_string())];
    source_options.extend(sources);
    let apply = {
        let (editing, close) = (editing.clone(), close.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let f = form.get_value();
            let id = match editing.index {
                Some(_) => editing.base.id.clone(),
                None => desk.read(|s| s.working.as_ref().map(|w| event_id(w, &f.network, &crate::keb::domain::dates::typed_date(&f.day).unwrap_or_default()))).unwrap_or_default(),
            };
            match f.to_event(&id, &editing.base) {
                Err(found) => problems.set(found),
                Ok(event) => {
                    let index = editing.index;
                    desk.edit(move |w| match index {
                        Some(i) if i < w.events.len() => w.events[i] = event,
                        _ => w.events.push(event),
                    });
                    close();
                }
            }
        }
    };
    let heading = if editing.index.is_some() { RedKey::Edit } else { RedKey::NewEvent };
    view! {
        <form class="be-form be-red-form" on:submit=apply novalidate>
            <h3 class="be-h3">{tr(heading)}</h3>
            {text("title", RedKey::FTitle, None, initial.title.clone(), |f, v| f.title = v)}
            {select("network", RedKey::FNetwork, networks, initial.network.clone(), |f, v| f.network = v)}
            {select("kind", RedKey::FKind, kinds, initial.kind.clone(), |f, v| f.kind = v)}
            {text("day", RedKey::FDay, Some(RedKey::FDayHint), initial.day.clone(), |f, v| f.day = v)}
            {text("from", RedKey::FFrom, Some(RedKey::FTimeHint), initial.from.clone(), |f, v| f.from = v)}
            {text("to", RedKey::FTo, None, initial.to.clone(), |f, v| f.to = v)}
            {text("end_day", RedKey::FEndDay, None, initial.end_day.clone(), |f, v| f.end_day = v)}
            {text("place", RedKey::FPlace, None, initial.place.clone(), |f, v| f.place = v)}
            {text("address", RedKey::FAddress, Some(RedKey::FAddressHint), initial.address.clone(), |f, v| f.address = v)}
            {text("kommune", RedKey::FKommune, None, initial.kommune.clone(), |f, v| f.kommune = v)}
            {select("source", RedKey::FSource, source_options, initial.source.clone(), |f, v| f.source = v)}
            <div class="be-choice">
                <input type="checkbox" id="red-event-example" checked=initial.example on:change=move |ev| { let on = event_target_checked(&ev); form.update_value(|f| f.example = on); }/>
                <label for="red-event-example">{tr(RedKey::FExample)}</label>
            </div>
            <p class="be-actions">
                <button type="submit" class="be-button">{tr(RedKey::Save)}</button>
                <button type="button" class="be-button be-button-secondary" on:click=move |_| close()>{tr(RedKey::Cancel)}</button>
            </p>
        </form>
    }
}
