use leptos::prelude::*;

use crate::app::{use_data, use_nav};
use crate::i18n::Lang;
use crate::keb::domain::answers::step_answers;
use crate::keb::domain::draft::Draft;
use crate::keb::domain::form::{FieldKind, STEPS};
use crate::keb::domain::money::format_euro;
use crate::keb::domain::rules::totals;
use crate::keb::domain::antrag_texts::{as_fact, AntragKey};
use crate::routes::Route;

/// Every answer, step by step (GOV.UK summary list), in `lang` (the printed application is
/// German whatever the page's language). With `change`, each answer that can change links back
/// to its question ("Ändern" + the question for screen readers) and the step returns here
/// after; a question with one possible answer (the network, the adviser) has no link.
#[component]
pub fn AnswersSummary(draft: Draft, change: bool, lang: Lang) -> impl IntoView {
    let (model, nav) = (use_data(), use_nav());
    let kommune = model.kommune(&draft.kommune).map(|k| k.display_name()).unwrap_or_else(|| draft.kommune.clone());
    let choices = super::choices(&model, &draft.kommune);
    let fixed = |kind: FieldKind| match kind {
        FieldKind::Network => choices.networks.len() == 1,
        FieldKind::Adviser => choices.advisers.len() == 1,
        _ => false,
    };
    let row = |label: String, value: String| view! { <div class="be-summary-row"><dt>{label}</dt><dd>{value}</dd></div> };
    STEPS
        .iter()
        .map(|step| {
            let rows = step_answers(step, &draft, &model, lang)
                .into_iter()
                .map(|(field, value)| {
                    let empty = value.is_empty();
                    let action = (change && !fixed(field.kind)).then(|| {
                        let route = Route::KebStep { draft: draft.id.clone(), step: step.id.into() };
                        let href = nav.href(&route, &[("pruefen", "1")]);
                        view! {
                            <dd class="be-summary-action">
                                <a href=href>{lang.t(AntragKey::KebChange)}<span class="be-visually-hidden">" " {as_fact(lang.t(field.label))}</span></a>
                            </dd>
                        }
                    });
                    view! {
                        <div class="be-summary-row">
                            <dt>{as_fact(lang.t(field.label))}</dt>
                            <dd class="be-pre">{if empty { lang.t(AntragKey::KebNotAnswered).to_string() } else { value }}</dd>
                            {action}
                        </div>
                    }
                })
                .collect_view();
            let heading = (step.id == STEPS[0].id).then(|| row(lang.t(AntragKey::KebKommune).into(), kommune.clone()));
            // the sum of the cost lines, which no single answer shows
            let total = (step.id == "finanzierung").then(|| row(lang.t(AntragKey::KebTotalCosts).into(), format_euro(lang, totals(&draft).costs)));
            view! {
                <h2 class="be-h2">{lang.t(step.title)}</h2>
                <dl class="be-summary">{heading}{rows}{total}</dl>
            }
        })
        .collect_view()
}
