//! Files people take away: CSV, JSON and iCalendar. Pure: built as strings and tested natively;
//! the browser only wraps them in a Blob.

pub mod files;
pub mod ical;
pub mod json_text;
pub mod table;
