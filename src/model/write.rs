//! The dataset as a file: one record per line, sections in the order of `DatasetFile`, so a
//! change of one record is a change of one line. `gen-data` and the Redaktion's export write
//! through this one function: the same data gives the same bytes.

use super::records::DatasetFile;

/// One record per line: readable diffs, small enough to serve.
pub fn render(dataset: &DatasetFile) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, RecordLines::default());
    serde::Serialize::serialize(dataset, &mut serializer).expect("a dataset serialises");
    String::from_utf8(out).expect("JSON is UTF-8") + "\n"
}

/// Writes the top-level sections one per line and the records of a section one per line.
#[derive(Default)]
struct RecordLines {
    depth: usize,
    /// The section being written has records (an empty one stays `[]`).
    records: bool,
}

impl serde_json::ser::Formatter for RecordLines {
    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        w.write_all(b"{")
    }
    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        w.write_all(if self.depth == 0 { b"\n}" } else { b"}" })
    }
    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.depth == 1 { w.write_all(b"\n  ") } else { Ok(()) }
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(if self.depth == 1 { b": " } else { b":" })
    }
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth += 1;
        if self.depth == 2 {
            self.records = false;
        }
        w.write_all(b"[")
    }
    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.depth -= 1;
        w.write_all(if self.depth == 1 && self.records { b"\n  ]" } else { b"]" })
    }
    fn begin_array_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.depth == 2 {
            self.records = true;
            w.write_all(b"\n    ")
        } else {
            Ok(())
        }
    }
    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        Ok(())
    }
}
