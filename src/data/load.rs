//! Loading the dataset in the browser: the configured endpoint first, the bundled file as
//! fallback. Every failure becomes a `DataError` the UI can explain; nothing panics.

use std::sync::Arc;

use gloo_net::http::Request;
use wasm_bindgen::prelude::*;

use crate::model::{parse_dataset, DataError, DataErrorKind, Model, MAX_BYTES};

const TIMEOUT_MS: i32 = 10_000;

/// Bundled data path, relative to the app's asset base.
pub const BUNDLED_PATH: &str = "data/be-netzwerke.json";

#[derive(Clone, Debug)]
pub struct Loaded {
    pub model: Arc<Model>,
    /// Problems with the configured source; non-empty means the bundled data is shown.
    pub source_errors: Vec<DataError>,
    /// The external source the data came from, if not the bundled file.
    pub external_source: Option<String>,
}

/// Loads from `source` (if any), falling back to the bundled file at `bundled_url`.
pub async fn load(source: Option<String>, bundled_url: String) -> Result<Loaded, Vec<DataError>> {
    let mut source_errors = Vec::new();
    if let Some(url) = source {
        match fetch_dataset(&url).await {
            Ok(model) => return Ok(Loaded { model, source_errors, external_source: Some(url) }),
            Err(errors) => source_errors = errors,
        }
    }
    let model = fetch_dataset(&bundled_url).await?;
    Ok(Loaded { model, source_errors, external_source: None })
}

async fn fetch_dataset(url: &str) -> Result<Arc<Model>, Vec<DataError>> {
    let text = fetch_text(url).await.map_err(|kind| vec![DataError::new(kind, "")])?;
    parse_dataset(&text).map(Arc::new)
}

/// GET with a timeout; every failure becomes a `DataErrorKind`.
pub async fn fetch_text(url: &str) -> Result<String, DataErrorKind> {
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
        response
            .text()
            .await
            .map_err(|_| if signal.aborted() { DataErrorKind::Timeout } else { DataErrorKind::Network })
    }
    .await;
    if let (Some(id), Some(w)) = (timer, web_sys::window()) {
        w.clear_timeout_with_handle(id);
    }
    result
}
