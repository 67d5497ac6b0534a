use leptos::prelude::*;

use crate::app::{tr, use_data, use_nav};
use crate::routes::Route;
use crate::keb::domain::answers::step_answers;
use crate::keb::domain::draft::Draft;
use crate::keb::domain::form::STEPS;
use crate::keb::domain::texts::{as_fact, KebKey};

/// Every answer, step by step (GOV.UK summary list). With `change`, each row links back to its
/// question ("Ändern" + the question for screen readers) and the step returns here after.
#[component]
pub fn AnswersSummary(draft: Draft, change: bool) -> impl IntoView {
    let (model, nav) = (use_data(), use_nav());
    let lang = nav.lang.get_untracked();
    let kommune = model.kommune(&draft.kommune).map(|k| k.display_name()).unwrap_or_else(|| draft.kommune.clone());
    STEPS
        .iter()
        .map(|step| {
            let rows = step_answers(step, &draft, &model, lang)
                .into_iter()
                .map(|(field, value)| {
                    let empty = value.is_empty();
                    let action = change.then(|| {
                        let route = Route::KebStep { draft: draft.id.clone(), step: step.id.into() };
                        let href = nav.href(&route, &[("pruefen", "1")]);
                        view! {
                            <dd class="be-summary-action">
                                <a href=href>{tr(KebKey::KebChange)}<span class="be-visually-hidden">" " {as_fact(tr(field.label))}</span></a>
                            </dd>
                        }
                    });
                    view! {
                        <div class="be-summary-row">
                            <dt>{as_fact(tr(field.label))}</dt>
                            <dd class="be-pre">{if empty { tr(KebKey::KebNotAnswered).to_string() } else { value }}</dd>
                            {action}
                        </div>
                    }
                })
                .collect_view();
            let heading = (step.id == STEPS[0].id).then(|| {
                view! { <div class="be-summary-row"><dt>{tr(KebKey::KebKommune)}</dt><dd>{kommune.clone()}</dd></div> }
            });
            view! {
                <h2 class="be-h2">{tr(step.title)}</h2>
                <dl class="be-summary">{heading}{rows}</dl>
            }
        })
        .collect_view()
}
