//! "One edit" tests without a distance table: an insertion, a deletion, a substitution
//! or a swap of two neighbouring letters (optimal string alignment distance ≤ 1).

/// Whether `a` and `b` differ by at most one edit.
pub fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let common = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if common == short.len() {
        return true; // equal, or one letter appended
    }
    if short.len() == long.len() {
        let rest = common + 1;
        // substitution, or a swap of this letter and the next
        short[rest..] == long[rest..]
            || (rest < short.len()
                && short[common] == long[rest]
                && short[rest] == long[common]
                && short[rest + 1..] == long[rest + 1..])
    } else {
        short[common..] == long[common + 1..]
    }
}

/// Whether some prefix of `word` is within one edit of `query` — typo tolerance while typing.
/// Only prefixes whose length differs from the query's by at most one can qualify.
pub fn prefix_within_one_edit(query: &[u8], word: &[u8]) -> bool {
    let n = query.len();
    (n.saturating_sub(1)..=n + 1).any(|len| len <= word.len() && within_one_edit(query, &word[..len]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(a: &str, b: &str) -> bool {
        within_one_edit(a.as_bytes(), b.as_bytes())
    }

    #[test]
    fn each_kind_of_single_typo_is_within_one_edit() {
        assert!(one("stuttgart", "stuttgart"));
        assert!(one("stutgart", "stuttgart")); // letter missing
        assert!(one("stuttgaart", "stuttgart")); // letter doubled
        assert!(one("stuttgsrt", "stuttgart")); // wrong letter
        assert!(one("sutttgart", "stuttgart")); // neighbours swapped
        assert!(one("offenbrug", "offenburg"));
    }

    #[test]
    fn two_typos_are_not() {
        assert!(!one("stutgrat", "stuttgart"));
        assert!(!one("ofenbrug", "offenburg"));
        assert!(!one("ulm", "ulmen5"));
        assert!(!one("abcd", "badc"));
    }

    #[test]
    fn a_typo_while_typing_still_finds_the_word() {
        assert!(prefix_within_one_edit(b"heidelbreg", b"heidelberg"));
        assert!(prefix_within_one_edit(b"heidlb", b"heidelberg"));
        assert!(prefix_within_one_edit(b"karlsrh", b"karlsruhe"));
        assert!(!prefix_within_one_edit(b"karlsruhx", b"karl"));
        assert!(!prefix_within_one_edit(b"hiedlb", b"heidelberg"));
    }
}
