//! The typed dataset: records as they appear in the JSON (schema v1), plus the
//! indexed [`Model`] that views and search read. Pure: no web-sys, tested natively.

pub mod content;
mod errors;
pub mod geo;
pub mod provenance;
mod index;
pub mod read;
mod records;
pub mod schema;
pub mod time;
mod fields;
pub mod untrusted;
mod validate;
pub mod write;

pub use index::Model;
pub use records::*;
pub use fields::{number_range, plain_http_links, text_problem, text_rule, TextKind, TextRule};
pub use errors::{DataError, DataErrorKind, Expected, Found};
pub use validate::{build_model, parse_dataset, parse_file, read_records, read_syntax, Records, MAX_BYTES, SCHEMA_VERSION};
