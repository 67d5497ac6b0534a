//! The working copy on this device: the dataset as opened, the editor's copy of it, where it
//! came from, and what the dataset's own checks say about the copy. Written to the device after
//! every change (a reload or a closed tab loses nothing); one plain state and one trigger, as in
//! the KEB store.

use leptos::prelude::*;

use crate::model::write::render;
use crate::model::{parse_dataset, parse_file, read_records, read_syntax, DataError, DatasetFile};

const OPENED: &str = "be-netzwerke.redaktion.geoeffnet";
const WORKING: &str = "be-netzwerke.redaktion.arbeitskopie";
const ORIGIN: &str = "be-netzwerke.redaktion.herkunft";
const ETAG: &str = "be-netzwerke.redaktion.etag";

#[derive(Default)]
pub struct DeskState {
    /// The ETag of the published file as it was opened (publishing sends it as `If-Match`).
    pub etag: Option<String>,
    /// Where the service worker serves the working copy for the preview (set by the page).
    pub preview_url: Option<String>,
    pub opened: Option<DatasetFile>,
    pub working: Option<DatasetFile>,
    /// Where it was opened from: empty for the application's dataset, else the file's name.
    pub origin: String,
    /// What the dataset's checks (the app's and check-data's) find in the working copy.
    pub errors: Vec<DataError>,
    /// The last write to the device failed.
    pub not_kept: bool,
}

#[derive(Clone, Copy)]
pub struct Desk {
    state: StoredValue<DeskState>,
    changed: Trigger,
}

pub fn use_desk() -> Desk {
    expect_context::<Desk>()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A stored copy, read even where the checks would object (it is the editor's work).
fn read_stored(text: &str) -> Option<DatasetFile> {
    read_syntax(text).and_then(read_records).ok().map(|r| r.into_file())
}

impl Desk {
    /// The working copy kept on this device, if any.
    pub fn restore() -> Desk {
        let mut state = DeskState::default();
        if let Some(s) = storage() {
            let get = |k: &str| s.get_item(k).ok().flatten();
            if let (Some(o), Some(w)) = (get(OPENED).as_deref().and_then(read_stored), get(WORKING).as_deref().and_then(read_stored)) {
                state.opened = Some(o);
                state.working = Some(w);
                state.origin = get(ORIGIN).unwrap_or_default();
                state.etag = get(ETAG);
            }
        }
        let working = state.working.as_ref().map(render);
        let desk = Desk { state: StoredValue::new(state), changed: Trigger::new() };
        desk.recheck(working.as_deref());
        desk
    }

    /// Reads the state; the caller re-runs on every change.
    pub fn read<R>(&self, f: impl FnOnce(&DeskState) -> R) -> R {
        self.changed.track();
        self.state.with_value(f)
    }

    /// A dataset becomes the opened one and the working copy; refused with every problem when
    /// it is no dataset the app would show.
    pub fn open(&self, text: &str, origin: String, etag: Option<String>) -> Result<(), Vec<DataError>> {
        let file = parse_file(text)?;
        self.state.update_value(|s| {
            s.opened = Some(file.clone());
            s.working = Some(file);
            s.origin = origin;
            s.etag = etag;
        });
        self.keep(true);
        Ok(())
    }

    /// One edit of the working copy: checked and kept at once.
    pub fn edit(&self, f: impl FnOnce(&mut DatasetFile)) {
        self.state.update_value(|s| {
            if let Some(w) = s.working.as_mut() {
                f(w)
            }
        });
        self.keep(false);
    }

    /// Undoes changes against the opened dataset (one line of the change list).
    pub fn undo_all(&self, changes: &[crate::redaktion::domain::changes::Change]) {
        self.state.update_value(|s| {
            if let (Some(o), Some(w)) = (s.opened.as_ref(), s.working.as_mut()) {
                for c in changes {
                    crate::redaktion::domain::changes::undo(o, w, c);
                }
            }
        });
        self.keep(false);
    }

    /// Published: the working copy is what the server has now, under its new ETag.
    pub fn published(&self, etag: Option<String>) {
        self.state.update_value(|s| {
            s.opened = s.working.clone();
            s.etag = etag;
        });
        self.keep(true);
    }

    /// Someone published `newer` meanwhile: the editor's changes go onto it, which becomes the
    /// opened file (so the next publish sends its ETag).
    pub fn rebase(&self, newer: &str, etag: Option<String>) -> Result<(), Vec<DataError>> {
        let newer = parse_file(newer)?;
        self.state.update_value(|s| {
            if let (Some(o), Some(w)) = (s.opened.as_ref(), s.working.as_ref()) {
                s.working = Some(crate::redaktion::domain::changes::reapply(o, w, &newer));
            }
            s.opened = Some(newer);
            s.etag = etag;
        });
        self.keep(true);
        Ok(())
    }

    pub fn discard(&self) {
        self.state.update_value(|s| *s = DeskState::default());
        if let Some(s) = storage() {
            for k in [OPENED, WORKING, ORIGIN, ETAG] {
                let _ = s.remove_item(k);
            }
        }
        self.changed.notify();
    }

    /// The checks of a dataset, run on the working copy as the exported file would be read.
    fn recheck(&self, working: Option<&str>) {
        let errors = working.map(|text| parse_dataset(text).err().unwrap_or_default()).unwrap_or_default();
        self.state.update_value(|s| s.errors = errors);
    }

    /// Checks the copy and writes it to the device (the opened one too when it is new).
    fn keep(&self, with_opened: bool) {
        let (opened, working, origin, etag) = self.state.with_value(|s| {
            (with_opened.then(|| s.opened.as_ref().map(render)).flatten(), s.working.as_ref().map(render), s.origin.clone(), s.etag.clone())
        });
        self.recheck(working.as_deref());
        let working_text = working.clone();
        let ok = storage().is_some_and(|s| {
            let mut ok = working.is_none_or(|w| s.set_item(WORKING, &w).is_ok());
            if let Some(o) = opened {
                ok &= s.set_item(OPENED, &o).is_ok() && s.set_item(ORIGIN, &origin).is_ok();
                let _ = match &etag {
                    Some(e) => s.set_item(ETAG, e),
                    None => s.remove_item(ETAG),
                };
            }
            ok
        });
        self.state.update_value(|s| s.not_kept = !ok);
        // the preview shows the copy as it is now
        if let (Some(url), Some(text)) = (self.state.with_value(|s| s.preview_url.clone()), working_text) {
            leptos::task::spawn_local(async move {
                let _ = crate::redaktion::preview::stage(&text, &url).await;
            });
        }
        self.changed.notify();
    }

    /// The preview's address (the page knows the app's asset base); stages the copy there.
    pub fn set_preview_url(&self, url: String) {
        self.state.update_value(|s| s.preview_url = Some(url));
        self.keep(false);
    }
}
