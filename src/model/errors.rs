//! What can be wrong with data, and where: the kinds the app translates (i18n::messages) and the
//! JSON path of each problem. Made by the reader (model::read), the checks (model::validate,
//! model::fields) and the loader.

use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum DataErrorKind {
    TooLarge { bytes: usize },
    Syntax { line: usize, column: usize },
    NotAnObject,
    SchemaVersion { found: Found },
    MissingField { field: String },
    /// A value of the wrong type, or outside its type (`-5` for a count).
    WrongValue { found: Found, expected: Expected },
    /// Not an `http(s):` address: never becomes a link.
    UnsafeLink { value: String },
    InvalidEmail { value: String },
    InvalidPhone { value: String },
    /// A control or bidi character (`U+202E`): text that displays differently from what it says.
    ForbiddenCharacter { code: String },
    TooLong { max: usize, len: usize },
    OutOfRange { value: f64, min: f64, max: f64 },
    UnknownReference { value: String },
    Duplicate { id: String },
    InvalidDate { value: String },
    /// An end before its start (an event).
    EndBeforeStart { start: String, end: String },
    /// A record marked real (not `example`) without a source.
    NoSource,
    /// The town in an address is not the Kommune the record names.
    PlaceMismatch { town: String, kommune: String },
    // Set by the loader, not by parsing:
    Network,
    Timeout,
    Http { status: u16 },
}

/// What a wrong value was.
#[derive(Clone, Debug, PartialEq)]
pub enum Found {
    Text(String),
    /// Shown as the app writes numbers (`1,5` in German): no float printing code in the first view.
    Number(f64),
    Bool(bool),
    Null,
    List,
    Object,
}

impl Found {
    pub fn of(v: &Value) -> Found {
        match v {
            Value::String(s) => Found::Text(s.clone()),
            Value::Number(n) => Found::Number(n.as_f64().unwrap_or_default()),
            Value::Bool(b) => Found::Bool(*b),
            Value::Null => Found::Null,
            Value::Array(_) => Found::List,
            Value::Object(_) => Found::Object,
        }
    }
}

/// What the field takes.
#[derive(Clone, Debug, PartialEq)]
pub enum Expected {
    WholeNumber,
    Number,
    Text,
    YesNo,
    List,
    Object,
    OneOf(Vec<String>),
}

/// One problem and where it is: a JSON path such as `kommunen[12].population`.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    pub kind: DataErrorKind,
    pub path: String,
}

impl DataError {
    pub fn new(kind: DataErrorKind, path: impl Into<String>) -> Self {
        Self { kind, path: path.into() }
    }
}
