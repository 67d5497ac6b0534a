//! The Redaktion in the app: a part of its own, loaded on first use of `/redaktion` (the first
//! view and the other parts do not carry it).

use leptos::prelude::*;

use crate::app::lazy::{part_view, PartView};
use crate::lazy_part;

lazy_part! { redaktion:
    pub fn redaktion_page() -> PartView {
        part_view(|| view! { <crate::redaktion::pages::RedaktionPage/> }.into_any())
    }
}
