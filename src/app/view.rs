//! The top-level view: routing mode, data loading states and the page switch.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::Router;

use super::context::{asset_url, AppContext, FirstView};
use super::nav::Nav;
use crate::components::{DataNotice, ExampleNote, ExamplesShown, Footer, Header, LoadError, Skeleton, SkipLink};
use crate::data::config::{Config, RoutingMode};
use crate::data::load::{load, next_task, Loaded, BUNDLED_PATH};
use crate::model::DataError;
use crate::pages::{self, parts};
use super::lazy::lazy_view;
use crate::routes::Part;

#[derive(Clone)]
enum LoadState {
    Loading,
    Failed(Vec<DataError>),
    Ready(Loaded),
}

#[component]
pub fn App(config: Config) -> impl IntoView {
    match config.routing.clone() {
        RoutingMode::History { base } => view! {
            <Router base=base.clone()>
                {
                    Nav::provide_history(base.clone(), config.lang);
                    view! { <Shell config=config.clone()/> }
                }
            </Router>
        }
        .into_any(),
        RoutingMode::Hash => {
            Nav::provide_hash(config.lang, config.start.clone());
            view! { <Shell config=config/> }.into_any()
        }
    }
}

#[component]
fn Shell(config: Config) -> impl IntoView {
    let nav = super::use_nav();
    let state = RwSignal::new(LoadState::Loading);
    let bundled = bundled_url(&config);
    let source = config.source.clone();
    let start_loading = move || {
        state.set(LoadState::Loading);
        let (source, bundled) = (source.clone(), bundled.clone());
        spawn_local(async move {
            let next = match load(source, bundled).await {
                Ok(loaded) => LoadState::Ready(loaded),
                Err(errors) => LoadState::Failed(errors),
            };
            // reading the data was one task, drawing the page is the next: two shorter tasks
            // instead of one long one keep the page responsive while it starts
            next_task().await;
            state.try_set(next);
            // the first view is on screen: the page may now start caching the app (index.html)
            request_animation_frame(|| {
                if let Some(w) = web_sys::window() {
                    let _ = web_sys::Event::new("be-netzwerke-ready").map(|e| w.dispatch_event(&e));
                }
            });
        });
    };
    start_loading();
    provide_context(FirstView(StoredValue::new(true)));
    ExamplesShown::provide();
    // applications waiting for a connection are sent, even if the user never opens KEB again
    crate::keb::host::resume_outbox();
    let cfg = config.clone();
    let root = NodeRef::<leptos::html::Div>::new();
    view! {
        <div class="be-root" lang=move || nav.lang.get().code() node_ref=root>
            <SkipLink/>
            <Header/>
            <main id="be-main" class="be-main" tabindex="-1">
                {move || match state.get() {
                    LoadState::Loading => view! { <Skeleton/> }.into_any(),
                    LoadState::Failed(errors) => {
                        let retry = start_loading.clone();
                        view! { <LoadError errors=errors on_retry=move || retry()/> }.into_any()
                    }
                    LoadState::Ready(loaded) => {
                        provide_context(AppContext::new(cfg.clone(), loaded.clone()));
                        view! {
                            <DataNotice loaded=loaded problems=cfg.problems.clone()/>
                            <PageSwitch root=root/>
                            <ExampleNote/>
                        }
                        .into_any()
                    }
                }}
            </main>
            <Footer stand=Signal::derive(move || match state.get() {
                LoadState::Ready(l) => Some((l.model.stand.clone(), l.fetched_ms)),
                _ => None,
            })/>
        </div>
    }
}

#[component]
fn PageSwitch(root: NodeRef<leptos::html::Div>) -> impl IntoView {
    let nav = super::use_nav();
    // a part's stylesheet comes with its first page (the own page's loader has fetched it already)
    Effect::new(move |_| {
        let part = nav.route.with(|r| r.part());
        if let (Some((part, css)), Some(root)) = (part.and_then(|p| Some((p, p.stylesheet()?))), root.get()) {
            super::dom::add_part_stylesheet(&super::use_asset_url(css), part.name(), &root);
        }
    });
    // The language is tracked here, once: a switch rebuilds the page with texts in the new
    // language, so pages can use plain (non-reactive) texts.
    move || {
        let route = (nav.route.get(), nav.lang.track()).0;
        // the other pages load on first use (app::lazy): pages/parts.rs, keb/host.rs
        match route.part() {
            None => crate::with_route_table!(route_pages: First, route).unwrap_or_else(|| ().into_any()),
            Some(Part::Pages) => lazy_view(|| Box::pin(parts::pages())),
            Some(part @ (Part::Keb | Part::Antrag)) => {
                // the KEB pages read the query once (?kommune=…): a new query is a new page
                nav.query.track();
                view! { <crate::keb::host::KebHost part=part/> }.into_any()
            }
        }
    }
}

/// The bundled file sits beside the app: `data-assets` names that place when embedded;
/// standalone, the document's base URL (set by trunk's public_url) does.
fn bundled_url(config: &Config) -> String {
    asset_url(config, BUNDLED_PATH)
}
