//! What the outbox holds and how sending it went: shared by the draft store (which keeps the
//! outbox in its state) and the outbox (which sends).

use crate::export::json_text::{object, string};
use crate::keb::domain::draft::Draft;

/// Prefix of the outbox's keys on the device.
pub const OUTBOX: &str = "be-netzwerke.keb.ausgang.";

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry {
    pub key: String,
    pub endpoint: String,
    pub body: String,
    /// The draft as it was sent (the confirmation page shows it).
    pub draft: Draft,
}

crate::model::read::records! {
    Entry { key, endpoint, body, draft }
}

impl Entry {
    pub fn to_json(&self) -> String {
        object([
            ("key", string(&self.key)),
            ("endpoint", string(&self.endpoint)),
            ("body", string(&self.body)),
            ("draft", self.draft.to_json()),
        ])
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum SendState {
    Sending,
    /// No connection: waits for the browser to be online.
    Queued,
    ServerError(u16),
    Rejected(u16),
    Accepted(String),
}

