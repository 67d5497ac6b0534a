//! The Redaktion's pure part, without web-sys.

pub mod changes;
pub mod edits;
pub mod matching;
pub mod texts;
