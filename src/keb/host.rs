//! The KEB routes in the app: two parts loaded on first use (app::lazy), so the directories' first
//! view carries neither. "keb" is the KEB page (who may apply, the drafts, the outbox); "antrag"
//! is the application itself (steps, check, confirmation), fetched once one can be begun or
//! continued. Their stylesheet comes with them (app::view).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::lazy::{lazy_view, part_view, PartView, SplitLoaderError};
use crate::app::use_nav;
use crate::keb::pages::FetchAntrag;
use crate::lazy_part;
use crate::routes::Part;

lazy_part! { keb:
    fn keb_page() -> PartView {
        part_view(|| crate::keb::app::page(use_nav().route.get_untracked()))
    }
    fn keb_outbox() -> Result<(), SplitLoaderError> {
        crate::keb::app::store();
        Ok(())
    }
}

lazy_part! { antrag:
    fn antrag_page() -> PartView {
        part_view(|| crate::keb::app::antrag_page(use_nav().route.get_untracked()))
    }
    fn antrag_loaded() -> Result<(), SplitLoaderError> {
        Ok(())
    }
}

/// The page of a KEB route: `part` is the route's.
#[component]
pub fn KebHost(part: Part) -> impl IntoView {
    // failures are left to the page that needs the part: it says so and offers a retry
    provide_context(FetchAntrag(|| spawn_local(async { let _ = antrag_loaded().await; })));
    let page = match part {
        Part::Antrag => lazy_view(|| Box::pin(antrag_page())),
        _ => lazy_view(|| Box::pin(keb_page())),
    };
    view! { <div class="be-keb-host">{page}</div> }
}

/// Applications wait in the outbox (no connection when they were sent): the KEB part, which
/// sends them, is loaded without waiting for the user to open KEB again; if it cannot be
/// loaded now, it is tried again when the browser is back online.
pub fn resume_outbox() {
    use crate::keb::state::{sending::OUTBOX, storage};
    let waiting = storage::storage().is_some_and(|s| !storage::keys_with(&s, OUTBOX).is_empty());
    if waiting {
        spawn_local(async {
            if keb_outbox().await.is_err() {
                let handle = StoredValue::new_local(None::<WindowListenerHandle>);
                handle.set_value(Some(window_event_listener(leptos::ev::online, move |_| {
                    if let Some(h) = handle.try_update_value(|h| h.take()).flatten() {
                        h.remove();
                    }
                    resume_outbox();
                })));
            }
        });
    }
}
