//! Files people take away: iCalendar for events (CSV and JSON follow the same pattern).
//! Pure: built as strings, tested natively; the browser only wraps them in a Blob.

pub mod ical;
