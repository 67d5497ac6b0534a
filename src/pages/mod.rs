//! One file (or folder) per route.

pub mod content;
pub mod event;
pub mod events;
pub mod home;
pub mod impressum;
pub mod kommune;
pub mod map;
pub mod members;
pub mod network;
pub mod not_found;
pub mod open_data;
pub mod parts;
pub mod people;
pub mod quellen;
