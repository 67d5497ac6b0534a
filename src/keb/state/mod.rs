//! What the wizard keeps on the device: drafts (`store`), applications waiting to be sent
//! (`outbox`, with the types both share in `sending`) and the storage helpers under them.

pub mod outbox;
pub mod sending;
pub mod storage;
pub mod store;
