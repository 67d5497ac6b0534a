//! The pages that load on first use (app::lazy), in one chunk: the directories, the map, the
//! events, open data and the statement pages share most of their code, so one part costs one
//! request instead of one per page plus the chunks they share. The start page and "not found"
//! are in the first view; the KEB part is keb/host.rs.

use leptos::prelude::*;

use super::content::ContentPage;
use crate::app::lazy::{part_view, PartView};
use crate::app::use_nav;
use crate::i18n::Key;
use crate::lazy_part;
use crate::routes::Route;

lazy_part! { pages:
    /// The page of the current route.
    pub fn pages() -> PartView {
        part_view(|| match use_nav().route.get_untracked() {
            Route::Members => view! { <super::members::MembersPage/> }.into_any(),
            Route::Kommune(key) => view! { <super::kommune::KommunePage key=key/> }.into_any(),
            Route::Network(id) => view! { <super::network::NetworkPage id=id/> }.into_any(),
            Route::People => view! { <super::people::PeoplePage/> }.into_any(),
            Route::Map => view! { <super::map::MapPage/> }.into_any(),
            Route::Events => view! { <super::events::EventsPage/> }.into_any(),
            Route::Event(id) => view! { <super::event::EventPage id=id/> }.into_any(),
            Route::OffeneDaten => view! { <super::open_data::OpenDataPage/> }.into_any(),
            Route::Barrierefreiheit => view! { <ContentPage id="barrierefreiheit" title=Key::Barrierefreiheit/> }.into_any(),
            Route::Datenschutz => view! { <ContentPage id="datenschutz" title=Key::Datenschutz/> }.into_any(),
            Route::LeichteSprache => view! { <ContentPage id="leichte-sprache" title=Key::LeichteSprache/> }.into_any(),
            Route::Quellen => view! { <super::quellen::QuellenPage/> }.into_any(),
            Route::Impressum => view! { <super::impressum::ImpressumPage/> }.into_any(),
            _ => view! { <super::not_found::NotFoundPage/> }.into_any(),
        })
    }
}
