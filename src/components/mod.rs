//! Shared UI pieces. Each file is one component (or a tight family of them).

mod badge;
mod contact;
pub mod download;
mod download_bar;
mod external;
mod error_summary;
mod event_list;
mod facet;
mod link;
mod notice;
mod page_title;
mod shell;
mod skeleton;
mod source_note;

pub use badge::{ExampleBadge, ExampleNote, ExamplesShown};
pub use contact::ContactLinks;
pub use download_bar::DownloadBar;
pub use external::{MailLink, TelLink, WebLink};
pub use error_summary::{focus_summary, ErrorItem, ErrorSummary};
pub use event_list::{EventList, UpcomingEvents};
pub use facet::Facet;
pub use link::Link;
pub use notice::{DataNotice, LoadError};
pub use page_title::{PageHead, PageTitle};
pub use shell::{Footer, Header, SkipLink};
pub use skeleton::Skeleton;
pub use source_note::SourceNote;
