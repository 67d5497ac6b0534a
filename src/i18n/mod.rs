//! Two languages with compiler-checked keys: every `Key` has a German and an English text.
//! (A hand-written table costs ~0 KB of wasm, unlike the i18n crates; see DESIGN notes.)

mod format;
mod messages;
mod page_texts;
mod texts;

pub use format::{fixed, format_area, format_date_key, format_event_when, format_int, format_long_date, format_member_count, format_month};
pub use messages::describe_data_error;

/// A count in words: `one` where `n` is 1, `many` otherwise, with "{n}" as a number of the
/// language ("1 Zeile", "1.136 Zeilen"; "1 result", "25 results").
pub fn count<T: Translate>(lang: Lang, n: u64, one: T, many: T) -> String {
    lang.t(if n == 1 { one } else { many }).replace("{n}", &format_int(lang, n))
}
pub use page_texts::PageKey;
pub use texts::Key;
pub(crate) use texts::texts;

/// A key with a text in each language (`Key` for the first view, `PageKey` for the pages loaded on
/// first use, `keb::domain::texts::KebKey` for KEB).
pub trait Translate: Copy {
    fn text(self, lang: Lang) -> &'static str;
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Accepts "de", "en", "en-GB", "DE" …; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Self> {
        let primary = code.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn is_en(self) -> bool {
        self == Lang::En
    }

    pub fn t(self, key: impl Translate) -> &'static str {
        key.text(self)
    }
}
