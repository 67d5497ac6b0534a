//! Number formatting by language (German: 1.234.567 and 207,33), without Intl round trips.

use super::Lang;

pub fn format_int(lang: Lang, n: u64) -> String {
    let sep = if lang.is_en() { ',' } else { '.' };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Area in km² with two decimals: "207,33 km²".
pub fn format_area(lang: Lang, km2: f64) -> String {
    let hundredths = (km2 * 100.0).round() as u64;
    let dec = if lang.is_en() { '.' } else { ',' };
    format!("{}{dec}{:02} km²", format_int(lang, hundredths / 100), hundredths % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_and_english_grouping() {
        assert_eq!(format_int(Lang::De, 633_484), "633.484");
        assert_eq!(format_int(Lang::En, 11_104_040), "11,104,040");
        assert_eq!(format_int(Lang::De, 999), "999");
        assert_eq!(format_int(Lang::De, 0), "0");
        assert_eq!(format_area(Lang::De, 207.33), "207,33 km²");
        assert_eq!(format_area(Lang::En, 1_234.5), "1,234.50 km²");
    }
}
