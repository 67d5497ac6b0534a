//! Reading the records out of the parsed JSON. Each field's type says how it is read; every
//! problem is collected with its JSON path (`kommunen[12].population`), all of a record's at once.
//!
//! serde's derived `Deserialize` describes the same shape (the JSON Schema is made from its
//! attributes, and a test holds both readers to the same results), but its code for the record
//! types cost the first view 20 KB brotli; this reader is one small function per type.

use serde_json::{Map, Value};

use super::errors::{DataError, DataErrorKind, Expected, Found};
use super::records::*;

/// The path being read and the problems found so far.
#[derive(Default)]
pub struct Reader {
    path: String,
    pub errors: Vec<DataError>,
}

/// A type read from one JSON value.
pub trait FromJson: Sized {
    /// The value, or `None` after the problem has been recorded.
    fn read(v: &Value, r: &mut Reader) -> Option<Self>;
    /// May the field be absent? An `Option` may (it is `None` then, as with serde).
    const OPTIONAL: bool = false;
}

impl Reader {
    pub fn wrong(&mut self, v: &Value, expected: Expected) {
        let kind = DataErrorKind::WrongValue { found: Found::of(v), expected };
        self.errors.push(DataError::new(kind, self.path.clone()));
    }

    pub fn object<'v>(&mut self, v: &'v Value) -> Option<&'v Map<String, Value>> {
        match v {
            Value::Object(o) => Some(o),
            _ => {
                self.wrong(v, Expected::Object);
                None
            }
        }
    }

    /// Finds the field `name` and puts it on the path; returns the path's length before it.
    /// Not generic and not inlined: one copy of the map lookup for every field of every record.
    #[inline(never)]
    fn enter<'v>(&mut self, o: &'v Map<String, Value>, name: &str) -> Option<(&'v Value, usize)> {
        let v = o.get(name)?;
        let len = self.path.len();
        if len > 0 {
            self.path.push('.');
        }
        self.path.push_str(name);
        Some((v, len))
    }

    #[inline(never)]
    fn missing(&mut self, field: &str) {
        let kind = DataErrorKind::MissingField { field: field.to_string() };
        self.errors.push(DataError::new(kind, self.path.clone()));
    }

    /// Reads the field `name` of an object into `into` (a default value until then); an absent
    /// field keeps it if the field has a default (`with_default`) or is an `Option`.
    #[inline]
    pub fn field<T: FromJson>(&mut self, o: &Map<String, Value>, name: &str, into: &mut T, with_default: bool) -> bool {
        let mut read = |v: &Value, r: &mut Reader| T::read(v, r).map(|value| *into = value).is_some();
        self.field_with(o, name, with_default || T::OPTIONAL, &mut read)
    }

    /// [`Reader::field`] without its type: one copy for all fields, each field's own code
    /// only what reads its type (a generic copy per field cost the first view 2.2 KB brotli).
    #[inline(never)]
    fn field_with(&mut self, o: &Map<String, Value>, name: &str, may_be_absent: bool, read: &mut dyn FnMut(&Value, &mut Reader) -> bool) -> bool {
        match self.enter(o, name) {
            Some((v, len)) => {
                let ok = read(v, self);
                self.path.truncate(len);
                ok
            }
            None if may_be_absent => true,
            None => {
                self.missing(name);
                false
            }
        }
    }

    /// Reads every item of a list with `each`, with `[i]` on the path; false if any was refused
    /// (every item is read, so the problems of all of them are found).
    #[inline(never)]
    fn items(&mut self, v: &Value, each: &mut dyn FnMut(&Value, &mut Reader) -> bool) -> bool {
        let Value::Array(items) = v else {
            self.wrong(v, Expected::List);
            return false;
        };
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let len = self.path.len();
            self.path.push_str(&format!("[{i}]"));
            ok &= each(item, self);
            self.path.truncate(len);
        }
        ok
    }
}

impl FromJson for String {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        match v {
            Value::String(s) => Some(s.clone()),
            _ => {
                r.wrong(v, Expected::Text);
                None
            }
        }
    }
}

impl FromJson for bool {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        v.as_bool().or_else(|| {
            r.wrong(v, Expected::YesNo);
            None
        })
    }
}

impl FromJson for f64 {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        v.as_f64().or_else(|| {
            r.wrong(v, Expected::Number);
            None
        })
    }
}

/// Whole numbers of 0 or more that fit the type; `1.5`, `-5` and `5e9` for a `u32` are refused.
fn whole(v: &Value, r: &mut Reader, max: u64) -> Option<u64> {
    v.as_u64().filter(|n| *n <= max).or_else(|| {
        r.wrong(v, Expected::WholeNumber);
        None
    })
}

impl FromJson for u64 {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        whole(v, r, u64::MAX)
    }
}

impl FromJson for u32 {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        whole(v, r, u32::MAX.into()).map(|n| n as u32)
    }
}

impl FromJson for u16 {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        whole(v, r, u16::MAX.into()).map(|n| n as u16)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        match v {
            Value::Null => Some(None),
            _ => T::read(v, r).map(Some),
        }
    }
    const OPTIONAL: bool = true;
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        let mut read = Vec::new();
        let mut each = |item: &Value, r: &mut Reader| T::read(item, r).map(|value| read.push(value)).is_some();
        r.items(v, &mut each).then_some(read)
    }
}

impl<T: FromJson> FromJson for std::collections::BTreeMap<String, T> {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        let o = r.object(v)?;
        let mut read = Self::new();
        let mut ok = true;
        for name in o.keys() {
            let mut value = None;
            ok &= r.field(o, name, &mut value, false);
            if let Some(value) = value {
                read.insert(name.clone(), value);
            }
        }
        ok.then_some(read)
    }
}

impl FromJson for [f64; 2] {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        match Vec::<f64>::read(v, r)?.as_slice() {
            [a, b] => Some([*a, *b]),
            _ => {
                r.wrong(v, Expected::List);
                None
            }
        }
    }
}

/// `records! { Type { field, field as "json_name", field = default, … } … }`: reads the fields by
/// name (the Rust name unless `as` gives the JSON one); `= default` fields may be absent
/// (serde's `#[serde(default)]`). The record starts as its `Default` and takes each field read;
/// every field is read, so all of a record's problems are found.
macro_rules! records {
    ($($ty:ident { $($field:ident $(as $json:literal)? $(= $default:ident)?),* $(,)? })*) => {$(
        impl $crate::model::read::FromJson for $ty {
            fn read(v: &::serde_json::Value, r: &mut $crate::model::read::Reader) -> Option<Self> {
                let o = r.object(v)?;
                let mut record = $ty::default();
                let mut ok = true;
                $(ok &= r.field(o, $crate::model::read::records!(@name $field $($json)?), &mut record.$field, $crate::model::read::records!(@default $($default)?));)*
                // the struct literal makes the compiler check that the list names every field
                let $ty { $($field: _),* } = &record;
                ok.then_some(record)
            }
        }
    )*};
    (@name $field:ident) => { stringify!($field) };
    (@name $field:ident $json:literal) => { $json };
    (@default) => { false };
    (@default default) => { true };
}
pub(crate) use records;

/// A value out of a fixed list of names (`all`, each named by `name`).
fn one_of<T: Copy>(v: &Value, r: &mut Reader, all: &[T], name: fn(T) -> &'static str) -> Option<T> {
    let found = v.as_str().and_then(|s| all.iter().copied().find(|t| name(*t) == s));
    if found.is_none() {
        r.wrong(v, Expected::OneOf(all.iter().map(|t| name(*t).to_string()).collect()));
    }
    found
}

/// `choices! { Type { Variant = "json", … } … }`: a value out of a fixed list of names.
macro_rules! choices {
    ($($ty:ident { $($variant:ident = $json:literal),* $(,)? })*) => {$(
        impl FromJson for $ty {
            fn read(v: &Value, r: &mut Reader) -> Option<Self> {
                let name = |t: $ty| match t { $($ty::$variant => $json),* };
                one_of(v, r, &[$($ty::$variant),*], name)
            }
        }
    )*};
}

records! {
    DatasetFile {
        schema_version, stand, sources, operator, regierungsbezirke, networks, organisations, facts = default,
        kreise, kommunen, memberships, people = default, fachstellen = default, events = default, keb,
    }
    Text { de, en = default }
    Source { id, title, licence, licence_url, attribution, url, page_date = default, read_on = default }
    Operator {
        name, address, email, phone = default, represented_by = default, accessibility_contact = default,
        example = default,
    }
    Regierungsbezirk { key, name }
    Contact { email = default, phone = default, web = default, example = default }
    Network {
        id, name, short_name, kind, parent, lead_organisation, founded, description, join = default,
        contact = default, member_level = default, fachberatung = default, members = default, source = default,
        keb_intake = default,
    }
    KebIntake { email = default, upload_url = default, attach, example = default }
    MemberCount { value, qualifier = default, unit, as_of, source }
    Organisation { id, name, kind, kreis = default }
    Fact { network, label, metric, value, as_of, source_title, url, read_on = default }
    GemeindeRecord { key, name, name_official, kind as "type", kreis, rb, population, area_km2, plz, lat, lon }
    KreisRecord {
        key, name, name_official, kind as "type", rb, seat, population, area_km2, n_gemeinden, lat, lon,
    }
    Membership { network, member, since = default, as_of, source, example = default }
    Person {
        id, name, role, network, region, kreise = default, fachstelle = default, email = default, phone = default,
        web = default, source = default, example = default,
    }
    Fachstelle { id, name, kommune, email = default, phone = default, source = default, example = default }
    Place { name, address, kommune = default }
    Event {
        id, title, network, kind, start, end, all_day = default, place, online_url, registration_url,
        description = default, source = default, example = default,
    }
    Choice { id, de, en, hint = default }
    KebProgramme {
        name, description, eligible_networks, cooperation_allowed, max_funding_cents, lead_days,
        start_in_application_year, max_per_kommune_year, max_cents_per_kommune_year, own_contribution_required,
        min_target_groups, advice_required, text_max_chars, formats, target_groups, source,
    }
}

choices! {
    NetworkKind {
        Landesnetzwerk = "landesnetzwerk", Kommunal = "kommunal", Buergerschaftlich = "buergerschaftlich",
        Fachlich = "fachlich", Bund = "bund", Partner = "partner",
    }
    MemberLevel { Gemeinde = "gemeinde", Kreis = "kreis", Organisation = "organisation" }
    IntakeFile { Pdf = "pdf", Json = "json" }
    Qualifier { Exact = "exact", About = "about", MoreThan = "more_than" }
    Role { Fachberatung = "fachberatung", Mentorentrainer = "mentorentrainer", Buergermentor = "buergermentor", Fachstelle = "fachstelle" }
}

// these two name themselves already (their ids are in URLs too)
impl FromJson for KommuneType {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        one_of(v, r, &Self::ALL, Self::id)
    }
}

impl FromJson for EventKind {
    fn read(v: &Value, r: &mut Reader) -> Option<Self> {
        one_of(v, r, &Self::ALL, Self::id)
    }
}

/// A type read from JSON text: its syntax checked by serde_json (where: line and column), its
/// shape by this reader (where: the path). All of the app's JSON is read this way: serde_json's
/// typed parser explains a wrong number with ryu's float printing, 10 KB of tables in whichever
/// part would use it.
pub fn from_text<T: FromJson>(text: &str) -> Result<T, TextError> {
    from_value(&parse(text)?)
}

/// The text's JSON, for reading more than one type out of it ([`from_value`]).
pub fn parse(text: &str) -> Result<Value, TextError> {
    serde_json::from_str(text).map_err(|e| TextError::Syntax { line: e.line(), column: e.column() })
}

pub fn from_value<T: FromJson>(value: &Value) -> Result<T, TextError> {
    let mut r = Reader::default();
    T::read(value, &mut r).ok_or(TextError::Shape(r.errors))
}

/// Why JSON text is not the type it should be.
#[derive(Debug, PartialEq)]
pub enum TextError {
    Syntax { line: usize, column: usize },
    Shape(Vec<DataError>),
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use serde_json::json;

    use super::*;

    fn ours(v: &Value) -> (Option<DatasetFile>, Vec<DataError>) {
        let mut r = Reader::default();
        (DatasetFile::read(v, &mut r), r.errors)
    }

    /// Whether this reader and serde read `v` as a `T`, after checking they read the same.
    fn same<T: FromJson + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(v: &Value) -> (bool, bool) {
        let mut r = Reader::default();
        let ours = T::read(v, &mut r);
        let theirs = T::deserialize(v).ok();
        assert_eq!(ours.is_none(), !r.errors.is_empty());
        if let (Some(a), Some(b)) = (&ours, &theirs) {
            assert_eq!(a, b);
        }
        (ours.is_some(), theirs.is_some())
    }

    /// Every object of the value with its path and its pattern (the path without indices).
    fn objects(v: &Value, path: String, out: &mut Vec<(Vec<String>, String)>, steps: Vec<String>) {
        match v {
            Value::Object(o) => {
                for (k, c) in o {
                    let mut s = steps.clone();
                    s.push(k.clone());
                    out.push((s.clone(), format!("{path}/{k}")));
                    objects(c, format!("{path}/{k}"), out, s);
                }
            }
            Value::Array(items) => {
                for (i, c) in items.iter().enumerate() {
                    let mut s = steps.clone();
                    s.push(i.to_string());
                    objects(c, path.clone(), out, s);
                }
            }
            _ => {}
        }
    }

    fn pointer(steps: &[String]) -> String {
        steps.iter().map(|s| format!("/{s}")).collect()
    }

    /// The reader and serde's derive (the shape the JSON Schema is made from) agree on the bundled
    /// data and on every field of it removed, emptied or given a value of each other JSON type.
    #[test]
    fn reads_what_serde_reads_and_refuses_what_it_refuses() {
        let data: Value = serde_json::from_str(include_str!("../../data/be-netzwerke.json")).unwrap();
        let (read, errors) = ours(&data);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(read, Some(serde_json::from_value::<DatasetFile>(data.clone()).unwrap()));

        let mut fields = Vec::new();
        objects(&data, String::new(), &mut fields, Vec::new());
        let mut seen = BTreeSet::new();
        let fields: Vec<_> = fields.into_iter().filter(|(_, pattern)| seen.insert(pattern.clone())).collect();
        assert!(fields.len() > 100, "{} field patterns", fields.len());
        let values = [json!(null), json!("x"), json!(-5), json!(1.5), json!(5_000_000_000u64), json!(true), json!([]), json!({}), json!(["x"])];
        let mut tried = 0;
        let mut v = data.clone();
        for (steps, pattern) in &fields {
            let (key, parent) = steps.split_last().unwrap();
            let original = data.pointer(&pointer(steps)).unwrap().clone();
            let is_struct = original.is_object();
            // the record the field is in is read on its own (the whole file for its own fields)
            let record = if steps.len() > 2 && data[&steps[0]].is_array() { &steps[..2] } else if steps.len() > 1 { &steps[..1] } else { &[] };
            let check = |v: &Value, what: &str| {
                let (ours, theirs) = match record.first().map(String::as_str) {
                    None => same::<DatasetFile>(v),
                    Some(section) => {
                        let v = v.pointer(&pointer(record)).unwrap();
                        match section {
                            "sources" => same::<Source>(v),
                            "operator" => same::<Operator>(v),
                            "regierungsbezirke" => same::<Regierungsbezirk>(v),
                            "networks" => same::<Network>(v),
                            "organisations" => same::<Organisation>(v),
                            "facts" => same::<Fact>(v),
                            "kreise" => same::<KreisRecord>(v),
                            "kommunen" => same::<GemeindeRecord>(v),
                            "memberships" => same::<Membership>(v),
                            "people" => same::<Person>(v),
                            "fachstellen" => same::<Fachstelle>(v),
                            "events" => same::<Event>(v),
                            "keb" => same::<KebProgramme>(v),
                            other => panic!("section {other} not in this test"),
                        }
                    }
                };
                // serde also takes a struct as the list of its fields' values (`["x"]` for a Text);
                // the schema does not, nor does this reader
                if is_struct && what.starts_with('[') {
                    return assert!(!ours, "{pattern} {what}");
                }
                assert_eq!(ours, theirs, "{pattern} {what}: read by this reader, by serde");
            };
            v.pointer_mut(&pointer(parent)).unwrap().as_object_mut().unwrap().remove(key);
            check(&v, "removed");
            for value in &values {
                v.pointer_mut(&pointer(parent)).unwrap().as_object_mut().unwrap().insert(key.clone(), value.clone());
                check(&v, &value.to_string());
            }
            tried += 1 + values.len();
            *v.pointer_mut(&pointer(steps)).unwrap() = original;
        }
        assert!(tried > 1000);
    }

    #[test]
    fn text_is_checked_for_syntax_at_a_line_and_column_and_for_shape_at_a_path() {
        let lists: BTreeMap<String, Vec<String>> = from_text(r#"{"a": ["x"], "b": []}"#).unwrap();
        assert_eq!((lists["a"].as_slice(), lists["b"].len()), (["x".to_string()].as_slice(), 0));
        assert_eq!(from_text::<[f64; 2]>("[7, 48.5]"), Ok([7.0, 48.5]));
        assert_eq!(from_text::<BTreeMap<String, u32>>("{\n  \"a\": 1,,\n}"), Err(TextError::Syntax { line: 2, column: 10 }));
        let wrong = |found, expected, path| DataError::new(DataErrorKind::WrongValue { found, expected }, path);
        assert_eq!(
            from_text::<BTreeMap<String, u32>>(r#"{"a": 1, "b": "zwei", "c": -3}"#),
            Err(TextError::Shape(vec![
                wrong(Found::Text("zwei".into()), Expected::WholeNumber, "b"),
                wrong(Found::Number(-3.0), Expected::WholeNumber, "c"),
            ]))
        );
        assert!(matches!(from_text::<[f64; 2]>("[7]"), Err(TextError::Shape(_))), "a point has two numbers");
    }

    #[test]
    fn every_problem_of_a_record_is_found_at_its_path() {
        let mut data: Value = serde_json::from_str(include_str!("../../data/be-netzwerke.json")).unwrap();
        let kommune = &mut data["kommunen"][2];
        kommune["population"] = json!("viele");
        kommune["type"] = json!("dorf");
        kommune.as_object_mut().unwrap().remove("plz");
        data["networks"][1]["members"]["value"] = json!(-4);
        let (read, errors) = ours(&data);
        assert_eq!(read, None);
        let kinds = ["gemeinde", "stadt", "grosse_kreisstadt", "stadtkreis", "landkreis"].map(String::from).to_vec();
        assert_eq!(
            errors,
            [
                DataError::new(DataErrorKind::WrongValue { found: Found::Number(-4.0), expected: Expected::WholeNumber }, "networks[1].members.value"),
                DataError::new(DataErrorKind::WrongValue { found: Found::Text("dorf".into()), expected: Expected::OneOf(kinds) }, "kommunen[2].type"),
                DataError::new(DataErrorKind::WrongValue { found: Found::Text("viele".into()), expected: Expected::WholeNumber }, "kommunen[2].population"),
                DataError::new(DataErrorKind::MissingField { field: "plz".into() }, "kommunen[2]"),
            ]
        );
    }
}
