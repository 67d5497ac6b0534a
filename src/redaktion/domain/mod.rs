//! The Redaktion's pure part, without web-sys.

pub mod matching;
