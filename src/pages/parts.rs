//! The pages that load on first use (app::lazy), in chunks of pages used together. The start
//! page and "not found" are in the first view; the KEB part is keb/host.rs.

use leptos::prelude::*;

use super::content::ContentPage;
use crate::app::lazy::{part_view, Part};
use crate::app::use_nav;
use crate::i18n::Key;
use crate::lazy_part;
use crate::routes::Route;

fn route() -> Route {
    use_nav().route.get_untracked()
}

lazy_part! { directory:
    /// Members, one Kommune, one network, the people.
    pub fn directory() -> Part {
        part_view(|| match route() {
            Route::Kommune(key) => view! { <super::kommune::KommunePage key=key/> }.into_any(),
            Route::Network(id) => view! { <super::network::NetworkPage id=id/> }.into_any(),
            Route::People => view! { <super::people::PeoplePage/> }.into_any(),
            _ => view! { <super::members::MembersPage/> }.into_any(),
        })
    }
}

lazy_part! { map:
    pub fn map() -> Part {
        part_view(|| view! { <super::map::MapPage/> }.into_any())
    }
}

lazy_part! { events:
    /// The events and one event, with its calendar file.
    pub fn events() -> Part {
        part_view(|| match route() {
            Route::Event(id) => view! { <super::event::EventPage id=id/> }.into_any(),
            _ => view! { <super::events::EventsPage/> }.into_any(),
        })
    }
}

lazy_part! { open_data:
    /// The open-data page with its exports.
    pub fn open_data() -> Part {
        part_view(|| view! { <super::open_data::OpenDataPage/> }.into_any())
    }
}

lazy_part! { statements:
    /// Accessibility, privacy, easy language, imprint, sources.
    pub fn statements() -> Part {
        part_view(|| match route() {
            Route::Barrierefreiheit => view! { <ContentPage id="barrierefreiheit" title=Key::Barrierefreiheit/> }.into_any(),
            Route::Datenschutz => view! { <ContentPage id="datenschutz" title=Key::Datenschutz/> }.into_any(),
            Route::LeichteSprache => view! { <ContentPage id="leichte-sprache" title=Key::LeichteSprache/> }.into_any(),
            Route::Quellen => view! { <super::quellen::QuellenPage/> }.into_any(),
            _ => view! { <super::impressum::ImpressumPage/> }.into_any(),
        })
    }
}
