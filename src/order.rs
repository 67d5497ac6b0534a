//! One stable sort for the whole app. Each `sort_by` with its own closure or element type is a
//! sort routine of its own in the wasm (a kilobyte or two brotli each); sorting row numbers with
//! the comparison behind `dyn` makes every list share one routine. Pure, below every other module.

use std::cmp::Ordering;

/// Sorts `rows` (indexes into some list) by `cmp`, keeping the order of equal rows.
///
/// ```
/// let names = ["Ulm", "Aalen", "Bühl"];
/// let mut rows = vec![0, 1, 2];
/// be_netzwerke::order::sort_rows(&mut rows, &|&a, &b| names[a].cmp(names[b]));
/// assert_eq!(rows, [1, 2, 0]);
/// ```
#[inline(never)]
pub fn sort_rows(rows: &mut [usize], cmp: &dyn Fn(&usize, &usize) -> Ordering) {
    rows.sort_by(cmp);
}

/// Sorts `list` by `cmp`, keeping the order of equal items, through [`sort_rows`]: what each
/// element type adds is the reordering, a few dozen bytes, not a sort routine.
///
/// ```
/// let mut towns = vec![("Ulm", 126_000), ("Aalen", 68_000), ("Bühl", 29_000)];
/// be_netzwerke::order::sort_list(&mut towns, |a, b| b.1.cmp(&a.1));
/// assert_eq!(towns[0].0, "Ulm");
/// be_netzwerke::order::sort_list(&mut towns, |a, b| a.0.cmp(b.0));
/// assert_eq!(towns.iter().map(|t| t.0).collect::<Vec<_>>(), ["Aalen", "Bühl", "Ulm"]);
/// ```
pub fn sort_list<T>(list: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    let mut rows: Vec<usize> = (0..list.len()).collect();
    sort_rows(&mut rows, &|&a, &b| cmp(&list[a], &list[b]));
    let mut items: Vec<Option<T>> = std::mem::take(list).into_iter().map(Some).collect();
    list.extend(rows.into_iter().filter_map(|i| items[i].take()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_items_keep_their_order_and_none_is_lost() {
        let mut pairs: Vec<(u8, &str)> = vec![(2, "a"), (1, "b"), (2, "c"), (0, "d"), (1, "e")];
        sort_list(&mut pairs, |a, b| a.0.cmp(&b.0));
        assert_eq!(pairs, [(0, "d"), (1, "b"), (1, "e"), (2, "a"), (2, "c")]);
        let mut empty: Vec<String> = Vec::new();
        sort_list(&mut empty, |a, b| a.cmp(b));
        assert!(empty.is_empty());
    }
}
