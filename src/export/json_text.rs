//! Writing JSON by hand for the files we export: a few functions instead of serde_json's
//! serializer (which costs wasm bytes; parsing still uses serde_json).

/// A JSON string literal. `<` is escaped too, so the text is safe inside a `<script>` element.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn opt_string(s: Option<&str>) -> String {
    s.map(string).unwrap_or_else(|| "null".into())
}

/// `{"a":1,"b":"x"}` from already-encoded values.
pub fn object<'a>(fields: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let body: Vec<String> = fields.into_iter().map(|(k, v)| format!("{}:{v}", string(k))).collect();
    format!("{{{}}}", body.join(","))
}

/// `[…]` from already-encoded values; `sep` lets long arrays put one item per line.
pub fn array(items: impl IntoIterator<Item = String>, sep: &str) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(sep))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_text_parses_back_exactly() {
        let hostile = "Zitat \"x\" \\ </script><b>\n\tß\u{1}\u{2028}";
        let json = object([("t", string(hostile)), ("n", "12".into()), ("none", opt_string(None))]);
        assert!(!json.contains("</script>"));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["t"], hostile);
        assert_eq!(v["n"], 12);
        assert!(v["none"].is_null());
        assert_eq!(serde_json::from_str::<Vec<u8>>(&array(["1".into(), "2".into()], ",\n")).unwrap(), [1, 2]);
    }
}
