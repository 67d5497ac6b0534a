//! Sending applications exactly once. Each one waits in an outbox on the device with its
//! idempotency key until the receiver accepts it; without a connection it is sent when the
//! browser is online again, and every retry repeats the same key and body, so the receiver
//! can drop duplicates (README "Receiving KEB applications").

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{closure::Closure, JsCast};

use super::sending::{Entry, SendState, OUTBOX};
use super::storage::{keys_with, now_iso, storage};
use super::store::KebStore;
use crate::model::read::from_text;

const TIMEOUT_MS: i32 = 30_000;

/// The reference number in the receiver's answer (`referenz`, or `reference`).
fn accepted_reference(text: &str) -> Option<String> {
    let answer: serde_json::Value = serde_json::from_str(text).ok()?;
    let reference = answer.get("referenz").or_else(|| answer.get("reference"))?;
    reference.as_str().map(str::to_string)
}

impl KebStore {
    /// Reads waiting applications and sends them, now and whenever the browser goes online.
    pub fn start_outbox(&self) {
        let mut entries = Vec::new();
        if let Some(s) = storage() {
            for key in keys_with(&s, OUTBOX) {
                if let Some(e) = s.get_item(&key).ok().flatten().and_then(|raw| from_text::<Entry>(&raw).ok()) {
                    entries.push(e);
                }
            }
        }
        self.write(|s| s.outbox = entries);
        let store = *self;
        let _ = window_event_listener(leptos::ev::online, move |_| store.flush_outbox());
        self.flush_outbox();
    }

    pub fn send_state(&self, key: &str) -> Option<SendState> {
        self.read(|s| s.sending.iter().find(|(k, _)| k == key).map(|(_, st)| st.clone()))
    }

    fn set_state(&self, key: &str, state: SendState) {
        self.write(|s| {
            s.sending.retain(|(k, _)| k != key);
            s.sending.push((key.to_string(), state));
        });
    }

    /// Puts the application in the outbox (on the device) and sends it.
    pub fn submit(&self, entry: Entry) {
        if let Some(s) = storage() {
            let _ = s.set_item(&format!("{OUTBOX}{}", entry.key), &entry.to_json());
        }
        let key = entry.key.clone();
        self.write(|s| {
            s.outbox.retain(|e| e.key != key);
            s.outbox.push(entry);
        });
        self.send(&key);
    }

    /// Sends everything waiting (after a reload, or when the connection is back).
    pub fn flush_outbox(&self) {
        let keys: Vec<String> = self.read_untracked(|s| s.outbox.iter().map(|e| e.key.clone()).collect());
        for key in keys {
            self.send(&key);
        }
    }

    pub fn send(&self, key: &str) {
        let (busy, entry) = self.read_untracked(|s| {
            let busy = s.sending.iter().any(|(k, st)| k == key && *st == SendState::Sending);
            (busy, s.outbox.iter().find(|e| e.key == key).cloned())
        });
        // one request per application at a time
        let Some(entry) = entry.filter(|_| !busy) else { return };
        if web_sys::window().is_some_and(|w| !w.navigator().on_line()) {
            return self.set_state(key, SendState::Queued);
        }
        self.set_state(key, SendState::Sending);
        let store = *self;
        spawn_local(async move {
            let state = match post(&entry).await {
                Ok(reference) => {
                    store.accept(&entry, &reference);
                    SendState::Accepted(reference)
                }
                Err(state) => state,
            };
            store.set_state(&entry.key, state);
        });
    }

    /// Accepted: the application stays, with the receiver's reference, where its draft was kept
    /// (on the device, as its outbox entry was, if this tab does not have it).
    fn accept(&self, entry: &Entry, reference: &str) {
        let id = entry.draft.id.clone();
        if self.get(&id).is_none() {
            self.write(|s| s.drafts.insert(0, entry.draft.clone()));
            self.set_on_device(&id, true);
        }
        self.update(&id, |d| d.accept(reference.to_string(), now_iso()));
        self.flush();
        if let Some(s) = storage() {
            let _ = s.remove_item(&format!("{OUTBOX}{}", entry.key));
        }
        self.write(|s| s.outbox.retain(|e| e.key != entry.key));
    }
}

/// POSTs once; the reference number, or the state to show.
async fn post(entry: &Entry) -> Result<String, SendState> {
    let controller = web_sys::AbortController::new().map_err(|_| SendState::Queued)?;
    let abort = controller.clone();
    let on_timeout = Closure::once_into_js(move || abort.abort());
    let window = web_sys::window().ok_or(SendState::Queued)?;
    let timer = window.set_timeout_with_callback_and_timeout_and_arguments_0(on_timeout.unchecked_ref(), TIMEOUT_MS).ok();
    let signal = controller.signal();
    let result = async {
        let request = gloo_net::http::Request::post(&entry.endpoint)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", &entry.key)
            .abort_signal(Some(&signal))
            .body(entry.body.clone())
            .map_err(|_| SendState::Queued)?;
        // no answer at all (offline, DNS, timeout): wait and send the same again
        let response = request.send().await.map_err(|_| SendState::Queued)?;
        match response.status() {
            200..=299 => {
                let text = response.text().await.unwrap_or_default();
                let reference = accepted_reference(&text);
                Ok(reference.filter(|r| !r.trim().is_empty()).unwrap_or_else(|| fallback_reference(&entry.key)))
            }
            status @ 500..=599 => Err(SendState::ServerError(status)),
            // 408/429: try again later as well
            status @ (408 | 429) => Err(SendState::ServerError(status)),
            status => Err(SendState::Rejected(status)),
        }
    }
    .await;
    if let Some(id) = timer {
        window.clear_timeout_with_handle(id);
    }
    result
}

/// When the receiver names no reference: the last characters of the idempotency key (ASCII:
/// no Unicode case tables in the part).
fn fallback_reference(key: &str) -> String {
    let tail: String = key.chars().rev().take(10).collect::<Vec<_>>().into_iter().rev().collect();
    format!("KEB-{}", tail.to_ascii_uppercase())
}
