//! KEB (kommunale Entwicklungsbausteine): the application wizard, in one folder. Imports run one
//! way: `host` (the app's route hook) loads the module whose entry is `app`; `app` shows `pages`;
//! pages are built from `ui` pieces over `state` (drafts and outbox on the device); all of them
//! read `domain`, the pure part (form, drafts, rules, money, eligibility, the submitted JSON),
//! which builds and is tested natively.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod host;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod ui;
