//! Drafts in memory, kept for this tab (sessionStorage: a reload, back/forward or a restored tab
//! keeps every answer) and, for the drafts the user opted in for, on the device (localStorage).
//! Both are written shortly after each change and when the page is hidden or closed. The
//! outbox (outbox.rs) keeps its state here too; the storage helpers are in storage.rs.
//!
//! One plain state value and one change trigger instead of a signal per field: each distinct
//! signal type costs wasm bytes, and readers here are cheap to re-run.

use std::time::Duration;

use leptos::prelude::*;

use super::sending::{Entry, SendState};
use super::storage::{keys_with, new_id, now_iso, storage, tab_storage};
use crate::keb::domain::draft::{parse_draft, Draft, DraftError};

const PREFIX: &str = "be-netzwerke.keb.entwurf.";
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// A stored entry that is no longer a readable draft: kept until the user saves or deletes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Damaged {
    pub storage_key: String,
    pub raw: String,
    pub error: DraftError,
}

#[derive(Default)]
pub struct KebState {
    pub drafts: Vec<Draft>,
    /// Ids of the drafts kept on the device.
    pub on_device: Vec<String>,
    pub damaged: Vec<Damaged>,
    /// The last write to the device failed (storage full or blocked).
    pub save_failed: bool,
    /// When the last write succeeded (ms since 1970).
    pub saved_ms: Option<f64>,
    /// Applications waiting to be accepted, and how sending them went.
    pub outbox: Vec<Entry>,
    pub sending: Vec<(String, SendState)>,
    /// The draft whose step page is open: leaving the site then asks first, unless it is kept.
    pub editing: Option<String>,
    unsaved: Vec<String>,
    timer: Option<TimeoutHandle>,
}

impl KebState {
    pub fn draft(&self, id: &str) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.id == id)
    }

    pub fn is_on_device(&self, id: &str) -> bool {
        self.on_device.iter().any(|x| x == id)
    }

    /// The finished or accepted application with this reference.
    pub fn by_reference(&self, reference: &str) -> Option<&Draft> {
        self.drafts.iter().find(|d| d.reference.as_deref() == Some(reference))
    }

    /// Whether an application waits in the outbox (sent, not yet accepted).
    pub fn is_waiting(&self, d: &Draft) -> bool {
        d.idempotency_key.as_ref().is_some_and(|k| self.outbox.iter().any(|e| &e.key == k))
    }
}

#[derive(Clone, Copy)]
pub struct KebStore {
    state: StoredValue<KebState>,
    changed: Trigger,
}

pub fn use_keb_store() -> KebStore {
    expect_context::<KebStore>()
}

impl KebStore {
    /// Reads the drafts saved on this device and keeps them saved while the module runs.
    pub fn open() -> KebStore {
        let mut state = KebState::default();
        if let Some(s) = storage() {
            for key in keys_with(&s, PREFIX) {
                let raw = s.get_item(&key).ok().flatten().unwrap_or_default();
                match parse_draft(&raw) {
                    Ok(d) => {
                        state.on_device.push(d.id.clone());
                        state.drafts.push(d);
                    }
                    Err(error) => state.damaged.push(Damaged { storage_key: key, raw, error }),
                }
            }
        }
        // this tab's drafts the user did not keep on the device (a reload or a restored tab)
        if let Some(s) = tab_storage() {
            for key in keys_with(&s, PREFIX) {
                let raw = s.get_item(&key).ok().flatten().unwrap_or_default();
                match parse_draft(&raw) {
                    Ok(d) if state.draft(&d.id).is_none() => state.drafts.push(d),
                    _ => {}
                }
            }
        }
        crate::order::sort_list(&mut state.drafts, |a, b| b.updated.cmp(&a.updated));
        let store = KebStore { state: StoredValue::new(state), changed: Trigger::new() };
        // a closed tab or a phone switching apps: write what is pending now
        let _ = window_event_listener(leptos::ev::pagehide, move |_| store.flush());
        let _ = window_event_listener(leptos::ev::beforeunload, move |ev| {
            if store.leaving_loses_answers() {
                ev.prevent_default();
                ev.set_return_value("");
            }
        });
        store
    }

    /// Reads the state and re-runs the caller's effect on every change.
    pub fn read<R>(&self, f: impl FnOnce(&KebState) -> R) -> R {
        self.changed.track();
        self.state.with_value(f)
    }

    pub fn read_untracked<R>(&self, f: impl FnOnce(&KebState) -> R) -> R {
        self.state.with_value(f)
    }

    pub(super) fn write<R>(&self, f: impl FnOnce(&mut KebState) -> R) -> R {
        let out = self.state.try_update_value(f).expect("KEB store alive while the app runs");
        self.changed.notify();
        out
    }

    pub fn get(&self, id: &str) -> Option<Draft> {
        self.read_untracked(|s| s.draft(id).cloned())
    }

    pub fn create(&self, kommune: &str) -> String {
        let id = new_id("e");
        let draft = Draft::new(id.clone(), kommune.to_string(), now_iso());
        self.write(|s| s.drafts.insert(0, draft));
        id
    }

    /// Adds a draft read from a file; a draft with the same id gets a new one (both are kept).
    pub fn add(&self, mut draft: Draft) -> String {
        if self.get(&draft.id).is_some() {
            draft.id = new_id("e");
        }
        let id = draft.id.clone();
        self.write(|s| s.drafts.insert(0, draft));
        id
    }

    pub fn update(&self, id: &str, change: impl FnOnce(&mut Draft)) {
        let store = *self;
        let timer = set_timeout_with_handle(move || store.flush(), SAVE_DELAY).ok();
        self.write(|s| {
            if let Some(d) = s.drafts.iter_mut().find(|d| d.id == id) {
                change(d);
                d.updated = now_iso();
            }
            if !s.unsaved.iter().any(|x| x == id) {
                s.unsaved.push(id.to_string());
            }
            // debounced: only the last change's timer runs
            if let Some(old) = std::mem::replace(&mut s.timer, timer) {
                old.clear();
            }
        });
    }

    /// The user's choice: keep this draft on the device (saved now) or not (removed now).
    pub fn set_on_device(&self, id: &str, on: bool) {
        self.write(|s| {
            s.on_device.retain(|x| x != id);
            if on {
                s.on_device.push(id.to_string());
            } else {
                s.save_failed = false;
            }
        });
        if on {
            self.save(id);
        } else if let Some(s) = storage() {
            let _ = s.remove_item(&format!("{PREFIX}{id}"));
        }
    }

    /// Marks the draft whose step page is open (None when it closes).
    pub fn set_editing(&self, id: Option<String>) {
        self.state.update_value(|s| s.editing = id);
    }

    /// Finished here, to be handed in by the clerk: kept where the draft was, written now.
    pub fn finish(&self, id: &str, reference: String) {
        self.update(id, |d| d.finish(reference, now_iso()));
        self.flush();
    }

    /// The clerk ticks a step of handing in as done (or not).
    pub fn mark_done(&self, id: &str, step: &str, on: bool) {
        self.update(id, |d| {
            d.done.retain(|s| s != step);
            if on {
                d.done.push(step.to_string());
            }
        });
        self.flush();
    }

    /// A finished application becomes a draft again.
    pub fn reopen(&self, id: &str) {
        self.update(id, Draft::reopen);
        self.flush();
    }

    /// Closing the tab would lose the open draft's answers: they are not kept on the device.
    fn leaving_loses_answers(&self) -> bool {
        self.read_untracked(|s| {
            s.editing.as_ref().is_some_and(|id| !s.is_on_device(id) && s.draft(id).is_some_and(|d| d.has_answers()))
        })
    }

    pub fn delete(&self, id: &str) {
        self.set_on_device(id, false);
        if let Some(s) = tab_storage() {
            let _ = s.remove_item(&format!("{PREFIX}{id}"));
        }
        self.write(|s| s.drafts.retain(|d| d.id != id));
    }

    pub fn delete_damaged(&self, storage_key: &str) {
        if let Some(s) = storage() {
            let _ = s.remove_item(storage_key);
        }
        self.write(|s| s.damaged.retain(|d| d.storage_key != storage_key));
    }

    /// Writes every draft changed since the last write.
    pub fn flush(&self) {
        for id in self.write(|s| std::mem::take(&mut s.unsaved)) {
            self.save(&id);
        }
    }

    fn save(&self, id: &str) {
        let Some((json, on_device)) = self.read_untracked(|s| s.draft(id).map(|d| (d.to_json(), s.is_on_device(id)))) else {
            return;
        };
        let key = format!("{PREFIX}{id}");
        // the tab's copy always; a full tab storage only matters when it is the only copy
        let in_tab = tab_storage().is_some_and(|s| s.set_item(&key, &json).is_ok());
        if !on_device {
            self.write(|s| s.save_failed = !in_tab);
            return;
        }
        let ok = storage().is_some_and(|s| s.set_item(&key, &json).is_ok());
        self.write(|s| {
            s.save_failed = !ok;
            if ok {
                s.saved_ms = Some(js_sys::Date::now());
            }
        });
    }
}
