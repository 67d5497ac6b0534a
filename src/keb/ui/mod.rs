//! Pieces of the wizard's pages: the field renderers, the answers summary, and the rules and
//! choices for one draft. The route pages (`keb::pages`) put them together.

pub mod fields;
pub mod summary;

use leptos::prelude::*;

use crate::model::{Model, Role};
use crate::keb::domain::draft::Draft;
use crate::keb::domain::eligibility::{check, Eligibility};
use crate::keb::domain::answers::prior_count_choices;
use crate::keb::domain::money::format_euro;
use crate::keb::domain::messages::warning;
use crate::keb::domain::rules::{step_warnings, all_warnings};
use crate::keb::domain::form::Step;
use crate::components::ErrorItem;
use crate::keb::domain::rules::Rules;
use fields::StepContext;
use crate::keb::state::store::KebStore;

/// Who the Kommune may apply through and whom it may name for the Vorklärung.
pub struct Choices {
    pub networks: Vec<String>,
    pub advisers: Vec<String>,
}

pub fn choices(model: &Model, kommune: &str) -> Choices {
    match check(model, kommune) {
        Eligibility::Eligible { networks, mut advisers } => {
            if advisers.is_empty() {
                // nobody named for the Kreis: every Fachberater(in) of the networks
                advisers = model
                    .people
                    .iter()
                    .filter(|p| p.role == Role::Fachberatung && networks.contains(&p.network))
                    .map(|p| p.id.clone())
                    .collect();
            }
            Choices { networks, advisers }
        }
        _ => Choices { networks: Vec::new(), advisers: Vec::new() },
    }
}

/// Runs `f` with the rules for this draft (today in Germany).
pub fn with_rules<R>(model: &Model, draft: &Draft, f: impl FnOnce(&Rules) -> R) -> R {
    let c = choices(model, &draft.kommune);
    let today = crate::app::today();
    f(&Rules { programme: &model.keb, networks: &c.networks, advisers: &c.advisers, today: &today })
}

/// The page's error summary entries and whether there are any; the flag is derived here once,
/// so the "Fehler: " title can never disagree with the summary.
pub fn error_state() -> (RwSignal<Vec<ErrorItem>>, RwSignal<bool>) {
    let errors = RwSignal::new(Vec::new());
    let any = RwSignal::new(false);
    Effect::new(move |_| any.set(errors.with(|e| !e.is_empty())));
    (errors, any)
}

/// A step's warnings as (field id, text), recomputed as the draft changes.
pub fn live_warnings(model: &Model, store: KebStore, draft: &str, step: &'static Step) -> Signal<Vec<(&'static str, String)>> {
    let (model, draft) = (model.clone(), draft.to_string());
    let lang = crate::app::use_nav().lang.get_untracked();
    Signal::derive(move || {
        let Some(d) = store.read(|s| s.draft(&draft).cloned()) else { return Vec::new() };
        with_rules(&model, &d, |r| step_warnings(step, &d, r)).into_iter().map(|w| (w.field.id, warning(lang, &w.warning))).collect()
    })
}

/// Every warning of the application as (step id, field id, text): the check page lists them.
pub fn application_warnings(model: &Model, d: &Draft) -> Vec<(&'static str, &'static str, String)> {
    let lang = crate::app::use_nav().lang.get_untracked();
    with_rules(model, d, |r| all_warnings(d, r)).into_iter().map(|(s, w)| (s.id, w.field.id, warning(lang, &w.warning))).collect()
}

pub fn step_context(
    model: &Model,
    store: KebStore,
    draft: &Draft,
    errors: RwSignal<Vec<ErrorItem>>,
    warnings: Signal<Vec<(&'static str, String)>>,
) -> StepContext {
    let lang = crate::app::use_nav().lang.get_untracked();
    let en = lang == crate::i18n::Lang::En;
    let c = choices(model, &draft.kommune);
    let label = |list: &[crate::model::Choice]| list.iter().map(|x| (x.id.clone(), x.label(en).to_string())).collect();
    StepContext {
        store,
        draft: draft.id.clone(),
        errors,
        networks: c.networks.iter().map(|n| (n.clone(), model.network(n).map(|x| x.short_name.clone()).unwrap_or_else(|| n.clone()))).collect(),
        advisers: c
            .advisers
            .iter()
            .filter_map(|id| model.people.iter().find(|p| &p.id == id))
            .map(|p| (p.id.clone(), format!("{} ({})", p.name, p.region)))
            .collect(),
        formats: label(&model.keb.formats),
        format_hints: model.keb.formats.iter().map(|f| f.hint.as_ref().map(|h| h.get(en).to_string())).collect(),
        groups: label(&model.keb.target_groups),
        text_max: model.keb.text_max_chars as usize,
        min_groups: model.keb.min_target_groups,
        max_funding: format_euro(lang, model.keb.max_funding_cents),
        prior_choices: prior_count_choices(lang, model.keb.max_per_kommune_year),
        lead_days: model.keb.lead_days,
        start_in_year: model.keb.start_in_application_year,
        yearly_count: model.keb.max_per_kommune_year,
        yearly_max: format_euro(lang, model.keb.max_cents_per_kommune_year),
        warnings,
        today: crate::app::today(),
    }
}
