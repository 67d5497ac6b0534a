//! The preview: the whole app on the working copy, in a new tab. The copy goes into a cache of
//! this browser that the service worker answers `data/redaktion-vorschau.json` from; the app opens
//! it as its `?daten=` source and says it is a preview. Nothing leaves the device.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The cache the service worker reads the preview from (sw.template.js: PREVIEW_CACHE).
const CACHE: &str = "be-redaktion";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewError {
    /// No service worker controls this page yet (first visit, or blocked): reload first.
    NoWorker,
    /// The browser refused to store it.
    NotStored,
}

/// Whether a service worker can answer the preview on this page (not before it controls the
/// page: a first visit, or workers blocked).
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
}

/// Stores `text` as the preview dataset at `url` (the app's `data/redaktion-vorschau.json`).
pub async fn stage(text: &str, url: &str) -> Result<(), PreviewError> {
    let window = web_sys::window().ok_or(PreviewError::NotStored)?;
    if !available() {
        return Err(PreviewError::NoWorker);
    }
    let caches = window.caches().map_err(|_| PreviewError::NotStored)?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(CACHE)).await.ok().and_then(|c| c.dyn_into().ok()).ok_or(PreviewError::NotStored)?;
    let init = web_sys::ResponseInit::new();
    init.set_status(200);
    let response = web_sys::Response::new_with_opt_str_and_init(Some(text), &init).map_err(|_| PreviewError::NotStored)?;
    JsFuture::from(cache.put_with_str(url, &response)).await.map_err(|_| PreviewError::NotStored)?;
    Ok(())
}
