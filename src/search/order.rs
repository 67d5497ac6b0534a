//! One stable sort for lists of row numbers. Each `sort_by` with its own closure is a sort routine
//! of its own in the wasm (a kilobyte or two brotli each); a comparison behind `dyn` makes every
//! list of row numbers share one.

use std::cmp::Ordering;

/// Sorts `rows` (indexes into some list) by `cmp`, keeping the order of equal rows.
///
/// ```
/// let names = ["Ulm", "Aalen", "Bühl"];
/// let mut rows = vec![0, 1, 2];
/// be_netzwerke::search::sort_rows(&mut rows, &|&a, &b| names[a].cmp(names[b]));
/// assert_eq!(rows, [1, 2, 0]);
/// ```
#[inline(never)]
pub fn sort_rows(rows: &mut [usize], cmp: &dyn Fn(&usize, &usize) -> Ordering) {
    rows.sort_by(cmp);
}
