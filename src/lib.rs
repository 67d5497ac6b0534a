//! be-netzwerke: the Landesnetzwerk Bürgerschaftliches Engagement Baden-Württemberg as a web app.
//!
//! Pure modules (`model`, `order`, `search`, `data::config`, `i18n`, `routes`) build and test natively;
//! the browser-facing parts (`app`, `components`, `pages`, `data::load`) only on wasm32.

pub mod data;
pub mod export;
pub mod i18n;
pub mod model;
pub mod order;
pub mod routes;
pub mod search;
pub mod keb;
pub mod redaktion;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
