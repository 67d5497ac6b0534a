//! The KEB application (kommunale Entwicklungsbausteine): pure rules first — amounts, who may
//! apply — so they are tested natively; the step-by-step form builds on them.

pub mod eligibility;
pub mod money;
