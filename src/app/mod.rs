//! Mounting into host elements and the top-level view: configuration, data, routing, shell.

mod host;
pub mod nav;
pub mod view;

pub use host::start;
pub use nav::{use_nav, Nav};
pub use view::{use_asset_url, use_data, use_directory, App, AppContext};
