//! Folding German spellings to one form: case, umlauts (ä = ae = a), ß = ss,
//! "St." = "Sankt", hyphens and punctuation as spaces.

/// Lower-case ASCII words separated by single spaces.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Only these letters survive (everything else separates words), so a small table replaces
    // Unicode case mapping (whose tables cost wasm bytes).
    for c in s.chars() {
        match c {
            'ä' | 'à' | 'á' | 'â' | 'Ä' | 'À' | 'Á' | 'Â' => out.push('a'),
            'ö' | 'ò' | 'ó' | 'ô' | 'Ö' | 'Ò' | 'Ó' | 'Ô' => out.push('o'),
            'ü' | 'ù' | 'ú' | 'û' | 'Ü' | 'Ù' | 'Ú' | 'Û' => out.push('u'),
            'é' | 'è' | 'ê' | 'É' | 'È' | 'Ê' => out.push('e'),
            'ß' | 'ẞ' => out.push_str("ss"),
            c if c.is_ascii_alphanumeric() => out.push(c.to_ascii_lowercase()),
            _ => out.push(' '),
        }
    }
    let words: Vec<String> = out.split_whitespace().map(fold_word).collect();
    words.join(" ")
}

/// Per word: "ae/oe/ue" as written for umlauts, and the abbreviation "st" for "sankt".
fn fold_word(w: &str) -> String {
    if w == "st" {
        return "sankt".into();
    }
    w.replace("ae", "a").replace("oe", "o").replace("ue", "u")
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn umlauts_sharp_s_case_and_punctuation_fold_together() {
        assert_eq!(normalize("Schwäbisch Gmünd"), normalize("schwabisch gmund"));
        assert_eq!(normalize("Schwäbisch Gmünd"), normalize("Schwaebisch Gmuend"));
        assert_eq!(normalize("Villingen-Schwenningen"), "villingen schwenningen");
        assert_eq!(normalize("St. Blasien"), normalize("Sankt Blasien"));
        assert_eq!(normalize("Weißenburg"), normalize("Weissenburg"));
        assert_eq!(normalize("  Rheinfelden (Baden) "), "rheinfelden baden");
        assert_eq!(normalize("ÖHRINGEN"), "ohringen");
        assert_eq!(normalize("GROẞ"), "gross");
    }
}
