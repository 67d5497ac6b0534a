//! Redaktion: the network offices keep the data current in the browser. Imports run one way:
//! `host` (the app's part loader) → `pages` → `desk` (the working copy on the device) →
//! `domain`, the pure part (matching member lists, the event form, changes, the export), which
//! builds and is tested natively.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod desk;
#[cfg(target_arch = "wasm32")]
pub mod host;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod preview;
#[cfg(target_arch = "wasm32")]
pub mod publish;
