//! Loading the dataset in the browser: the configured endpoint first, the bundled file as
//! fallback. Every failure becomes a `DataError` the UI can explain; nothing panics.

use std::sync::Arc;

use gloo_net::http::Request;
use wasm_bindgen::prelude::*;

use crate::model::{build_model, read_records, read_syntax, DataError, DataErrorKind, Model, MAX_BYTES};

const TIMEOUT_MS: i32 = 10_000;

/// Bundled data path, relative to the app's asset base.
pub const BUNDLED_PATH: &str = "data/be-netzwerke.json";
/// Where the service worker serves the Redaktion's working copy for its preview (sw.template.js).
pub const PREVIEW_PATH: &str = "data/redaktion-vorschau.json";

#[derive(Clone, Debug)]
pub struct Loaded {
    pub model: Arc<Model>,
    /// Problems with the configured source; non-empty means the bundled data is shown.
    pub source_errors: Vec<DataError>,
    /// The external source the data came from, if not the bundled file.
    pub external_source: Option<String>,
    /// When the data was fetched from the network (Unix ms): now, or — when the service worker
    /// answered from its cache — the time it stored (X-BE-Fetched).
    pub fetched_ms: f64,
}

/// Loads from `source` (if any), falling back to the bundled file at `bundled_url`.
pub async fn load(source: Option<String>, bundled_url: String) -> Result<Loaded, Vec<DataError>> {
    let mut source_errors = Vec::new();
    if let Some(url) = source {
        match fetch_dataset(&url).await {
            Ok((model, fetched_ms)) => return Ok(Loaded { model, source_errors, external_source: Some(url), fetched_ms }),
            Err(errors) => source_errors = errors,
        }
    }
    let (model, fetched_ms) = fetch_dataset(&bundled_url).await?;
    Ok(Loaded { model, source_errors, external_source: None, fetched_ms })
}

async fn fetch_dataset(url: &str) -> Result<(Arc<Model>, f64), Vec<DataError>> {
    let (text, fetched) = fetch(url).await.map_err(|kind| vec![DataError::new(kind, "")])?;
    let fetched_ms = fetched.map(|iso| js_sys::Date::parse(&iso)).filter(|ms| ms.is_finite()).unwrap_or_else(js_sys::Date::now);
    // model::parse_dataset in its three steps, each a task of its own: no one long task blocks
    // a phone's main thread, and a tap in between is answered
    let root = read_syntax(&text)?;
    drop(text);
    next_task().await;
    let records = read_records(root)?;
    next_task().await;
    build_model(records).map(|m| (Arc::new(m), fetched_ms))
}

/// Resolves in a new task of the browser's event loop (after what is waiting: input, drawing):
/// work split by it, as reading a file and then drawing it, blocks the page in shorter pieces.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let queued = web_sys::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !queued {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// GET with a timeout; every failure becomes a `DataErrorKind`.
pub async fn fetch_text(url: &str) -> Result<String, DataErrorKind> {
    fetch(url).await.map(|(text, _)| text)
}

/// The body and, if the service worker answered from its cache, when it had fetched it.
async fn fetch(url: &str) -> Result<(String, Option<String>), DataErrorKind> {
    let controller = web_sys::AbortController::new().map_err(|_| DataErrorKind::Network)?;
    let abort = controller.clone();
    let on_timeout = Closure::once_into_js(move || abort.abort());
    let timer = web_sys::window()
        .and_then(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.unchecked_ref(), TIMEOUT_MS).ok());
    let signal = controller.signal();
    let result = async {
        let response = Request::get(url)
            .abort_signal(Some(&signal))
            .send()
            .await
            .map_err(|_| if signal.aborted() { DataErrorKind::Timeout } else { DataErrorKind::Network })?;
        if !response.ok() {
            return Err(DataErrorKind::Http { status: response.status() });
        }
        let declared = response.headers().get("content-length").and_then(|l| l.parse::<usize>().ok());
        if let Some(bytes) = declared.filter(|&b| b > MAX_BYTES) {
            return Err(DataErrorKind::TooLarge { bytes });
        }
        let fetched = response.headers().get("x-be-fetched");
        let text = response
            .text()
            .await
            .map_err(|_| if signal.aborted() { DataErrorKind::Timeout } else { DataErrorKind::Network })?;
        Ok((text, fetched))
    }
    .await;
    if let (Some(id), Some(w)) = (timer, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
    result
}
