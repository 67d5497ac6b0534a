//! The entries of the two KEB parts (keb/host.rs loads them): the page of a KEB route over the one
//! store of drafts and outbox, which lives as long as the page does. The store is code both parts
//! share (the splitter puts it in a chunk of their own); each part's page switch has its own pages.

use std::cell::RefCell;

use leptos::context::Provider;
use leptos::prelude::*;

use crate::keb;
use crate::keb::state::store::KebStore;
use crate::pages::not_found::NotFoundPage;
use crate::routes::Route;

thread_local! {
    /// The store and the owner it lives in: created on first use, kept for the page's life.
    static STORE: RefCell<Option<(Owner, KebStore)>> = const { RefCell::new(None) };
}

/// The one store; starts sending waiting applications when first created.
pub fn store() -> KebStore {
    STORE.with(|cell| {
        if let Some((_, s)) = cell.borrow().as_ref() {
            return *s;
        }
        // a root of its own: created inside a KEB page, it must outlive that page
        // (new_root makes itself the current owner: the page's owner is put back)
        let page = Owner::current();
        let owner = Owner::new_root(None);
        if let Some(page) = page {
            page.set();
        }
        let store = owner.with(|| {
            let s = KebStore::open();
            s.start_outbox();
            s
        });
        *cell.borrow_mut() = Some((owner, store));
        store
    })
}

/// The page of a route of part "keb": the KEB page.
pub fn page(route: Route) -> AnyView {
    with_store(route, |route| crate::with_route_table!(route_pages: Keb, route).unwrap_or_else(not_found))
}

/// The page of a route of part "antrag": a step, the check, the confirmation.
pub fn antrag_page(route: Route) -> AnyView {
    with_store(route, |route| crate::with_route_table!(route_pages: Antrag, route).unwrap_or_else(not_found))
}

/// The page, built inside the store's context (its components read it).
fn with_store(route: Route, page_of: fn(Route) -> AnyView) -> AnyView {
    view! { <Provider value=store()>{move || page_of(route.clone())}</Provider> }.into_any()
}

fn not_found() -> AnyView {
    view! { <NotFoundPage/> }.into_any()
}
