//! Redaktion: the network offices keep the data current in the browser. `domain` is the pure
//! part (matching member lists, the working copy and its changes), built and tested natively.

pub mod domain;
