//! Search over Kommunen: German-aware normalisation, prefix and fuzzy matching, ranking,
//! and the member directory's filters. Pure: tested natively with real names.

mod directory;
mod events;
mod fuzzy;
mod index;
mod normalize;

pub use events::{upcoming_where, Attendance, EventFilter, Period};
pub use directory::{page_of, Directory, DirectoryFilter, Sort, PAGE_SIZE};
pub use fuzzy::{prefix_within_one_edit, within_one_edit};
pub use index::{Document, Hit, Match, SearchIndex, FUZZY_MIN_LEN};
pub use normalize::normalize;
