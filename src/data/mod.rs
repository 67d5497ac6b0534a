//! Where the data comes from: configuration (pure) and, in the browser, loading.

pub mod config;
#[cfg(target_arch = "wasm32")]
pub mod load;
