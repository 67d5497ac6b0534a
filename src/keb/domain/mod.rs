//! The pure part of KEB — the form, drafts, rules, money, eligibility, the submitted JSON —
//! without web-sys, tested natively.

pub mod answers;
pub mod antrag_texts;
pub mod dates;
pub mod draft;
pub mod eligibility;
pub mod form;
pub mod messages;
pub mod money;
pub mod rules;
pub mod schedule;
pub mod texts;
