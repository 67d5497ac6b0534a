//! The KEB module's side of the split (ARCHITECTURE.md "KEB as a second module"): the app loads
//! `be-keb.js` when a KEB route is shown and mounts one route per call; every navigation goes
//! back to the app through its `navigate` callback. Drafts, outbox and data live as long as the
//! module, across mounts.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::Deserialize;
use wasm_bindgen::JsValue;

use crate::keb::state::store::KebStore;
use crate::app::context::{asset_url, AppContext, FirstView};
use crate::app::Nav;
use crate::components::LoadError;
use crate::data::config::{Config, RoutingMode};
use crate::data::load::{load, BUNDLED_PATH};
use crate::i18n::Lang;
use crate::model::DataError;
use crate::keb::pages::{KebCheckPage, KebConfirmationPage, KebPage, KebStepPage};
use crate::pages::not_found::NotFoundPage;
use crate::routes::Route;
use crate::keb::domain::form::{self, CHECK_STEP};

/// What the app passes to `mount` (JSON).
#[derive(Deserialize)]
pub struct MountOptions {
    path: String,
    query: String,
    /// The app's href prefix: its base path, or "#" for hash routes.
    prefix: String,
    default_lang: String,
    submit: Option<String>,
    source: Option<String>,
    assets: Option<String>,
    #[serde(default)]
    allow_http_links: bool,
    /// The app's first view: no focus move (as on a server-rendered page).
    first: bool,
}

thread_local! {
    /// The store and the owner it lives in: created once, kept while the module is loaded.
    static STORE: RefCell<Option<(Owner, KebStore)>> = const { RefCell::new(None) };
    static CONTEXT: RefCell<Option<AppContext>> = const { RefCell::new(None) };
    static MOUNTS: RefCell<Vec<(u32, Box<dyn std::any::Any>)>> = const { RefCell::new(Vec::new()) };
}

/// The module's one store; starts sending waiting applications when first created.
pub fn store() -> KebStore {
    STORE.with(|cell| {
        if let Some((_, s)) = cell.borrow().as_ref() {
            return *s;
        }
        std::panic::set_hook(Box::new(|info| web_sys::console::error_1(&info.to_string().into())));
        let owner = Owner::new();
        let store = owner.with(|| {
            let s = KebStore::open();
            s.start_outbox();
            s
        });
        *cell.borrow_mut() = Some((owner, store));
        store
    })
}

pub fn mount(host: web_sys::HtmlElement, options: &str, navigate: js_sys::Function) -> u32 {
    let store = store();
    let Ok(o) = serde_json::from_str::<MountOptions>(options) else { return 0 };
    let default_lang = Lang::from_code(&o.default_lang).unwrap_or_default();
    let routing = if o.prefix == "#" { RoutingMode::Hash } else { RoutingMode::History { base: o.prefix.clone() } };
    let config = Config {
        source: o.source,
        submit: o.submit,
        lang: default_lang,
        assets: o.assets,
        start: None,
        routing,
        in_frame: false,
        allow_http_links: o.allow_http_links,
        problems: Vec::new(),
    };
    let route = Route::parse(&o.path);
    let (path, query, prefix, first) = (o.path, o.query, o.prefix, o.first);
    let handle = leptos::mount::mount_to(host, move || {
        provide_context(store);
        let go = Box::new(move |href: &str, replace: bool| {
            let _ = navigate.call2(&JsValue::NULL, &href.into(), &replace.into());
        });
        Nav::provide_fixed(path, query, prefix, default_lang, go);
        provide_context(FirstView(StoredValue::new(first)));
        view! { <KebRoot config=config route=route/> }
    });
    MOUNTS.with(|m| {
        let mut mounts = m.borrow_mut();
        let id = mounts.iter().map(|(id, _)| *id).max().unwrap_or(0) + 1;
        mounts.push((id, Box::new(handle)));
        id
    })
}

/// Removes a mounted route (dropping the handle unmounts it).
pub fn unmount(id: u32) {
    let handle = MOUNTS.with(|m| {
        let mut mounts = m.borrow_mut();
        let i = mounts.iter().position(|(x, _)| *x == id)?;
        Some(mounts.remove(i))
    });
    drop(handle);
}

#[derive(Clone)]
enum State {
    Loading,
    Failed(Vec<DataError>),
    Ready,
}

/// Data first (kept across mounts), then the page of the route.
#[component]
fn KebRoot(config: Config, route: Route) -> impl IntoView {
    let cached = CONTEXT.with(|c| c.borrow().clone());
    let state = RwSignal::new(if cached.is_some() { State::Ready } else { State::Loading });
    let start = {
        let config = config.clone();
        move || {
            state.set(State::Loading);
            let config = config.clone();
            spawn_local(async move {
                let bundled = asset_url(&config, BUNDLED_PATH);
                let next = match load(config.source.clone(), bundled).await {
                    Ok(loaded) => {
                        CONTEXT.with(|c| *c.borrow_mut() = Some(AppContext::new(config, loaded)));
                        State::Ready
                    }
                    Err(errors) => State::Failed(errors),
                };
                state.try_set(next);
            });
        }
    };
    if cached.is_none() {
        start();
    }
    move || match state.get() {
        State::Loading => view! { <crate::components::Skeleton/> }.into_any(),
        State::Failed(errors) => {
            let retry = start.clone();
            view! { <LoadError errors=errors on_retry=move || retry()/> }.into_any()
        }
        State::Ready => {
            if let Some(ctx) = CONTEXT.with(|c| c.borrow().clone()) {
                provide_context(ctx);
            }
            page(route.clone())
        }
    }
}

fn page(route: Route) -> AnyView {
    match route {
        Route::Keb => view! { <KebPage/> }.into_any(),
        Route::KebStep { draft, step } if step == CHECK_STEP => view! { <KebCheckPage draft=draft/> }.into_any(),
        Route::KebStep { draft, step } => match form::step(&step) {
            Some(step) => view! { <KebStepPage draft=draft step=step/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        },
        Route::KebConfirmation(reference) => view! { <KebConfirmationPage reference=reference/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}
