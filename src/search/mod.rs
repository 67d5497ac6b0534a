//! Search over Kommunen: German-aware normalisation, prefix and fuzzy matching, ranking.
//! Pure: tested natively with real names.

mod normalize;

pub use normalize::normalize;
