//! The KEB routes in the app: the wizard is a part loaded on first use (app::lazy), so the
//! directories' first view does not carry it. Its stylesheet comes with it (app::view).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::lazy::{lazy_view, part_view, PartView, SplitLoaderError};
use crate::app::use_nav;
use crate::lazy_part;

lazy_part! { keb:
    fn keb_page() -> PartView {
        part_view(|| crate::keb::app::page(use_nav().route.get_untracked()))
    }
    fn keb_outbox() -> Result<(), SplitLoaderError> {
        crate::keb::app::store();
        Ok(())
    }
}

#[component]
pub fn KebHost() -> impl IntoView {
    view! { <div class="be-keb-host">{lazy_view(keb_page)}</div> }
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
