//! The KEB application (kommunale Entwicklungsbausteine). Pure parts — the form, drafts, rules,
//! money, eligibility, the submitted JSON — are tested natively; `ui` puts them in the browser.

pub mod answers;
pub mod draft;
pub mod eligibility;
pub mod form;
pub mod messages;
pub mod money;
pub mod rules;
pub mod texts;

#[cfg(target_arch = "wasm32")]
pub mod ui;
