//! The pages that load on first use (app::lazy), in one chunk: the directories, the map, the
//! events, open data and the statement pages share most of their code, so one part costs one
//! request instead of one per page plus the chunks they share ("not found" too: it is rare). The
//! start page is in the first view; the KEB part is keb/host.rs.

use leptos::prelude::*;

use crate::app::lazy::{part_view, PartView};
use crate::app::use_nav;
use crate::i18n::Key;
use crate::pages;
use crate::redaktion;
use crate::lazy_part;

lazy_part! { pages:
    /// The page of the current route (routes::with_route_table!: the rows of part `Pages`).
    pub fn pages() -> PartView {
        part_view(|| {
            crate::with_route_table!(route_pages: Pages, use_nav().route.get_untracked())
                .unwrap_or_else(|| view! { <super::not_found::NotFoundPage/> }.into_any())
        })
    }
}
