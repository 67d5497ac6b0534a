//! One step of the KEB application: its questions, checked when the user continues.

use leptos::prelude::*;

use super::{DraftMissing, FinishedNotice, SaveChoice, StepList};
use crate::app::{tr, use_data, use_nav};
use crate::components::{focus_summary, ErrorItem, ErrorSummary, Link, PageTitle};
use crate::i18n::Key;
use crate::routes::{parse_query, Route};
use crate::keb::domain::form::{self, Step, CHECK_STEP, STEPS};
use crate::keb::domain::messages::message;
use crate::keb::domain::money::format_euro;
use crate::keb::domain::rules::{check_step, totals};
use crate::keb::domain::texts::KebKey;
use crate::keb::domain::antrag_texts::AntragKey;
use crate::keb::ui::fields::field_view;
use crate::keb::state::store::use_keb_store;
use crate::keb::domain::draft::Stage;
use crate::keb::ui::{error_state, live_warnings, step_context, with_rules};

/// The page of `/keb/antrag/<draft>/<step>`: a step's questions, or the check page.
#[component]
pub fn KebStepRoute(draft: String, step: String) -> impl IntoView {
    if step == CHECK_STEP {
        return view! { <super::KebCheckPage draft=draft/> }.into_any();
    }
    match form::step(&step) {
        Some(step) => view! { <KebStepPage draft=draft step=step/> }.into_any(),
        None => view! { <crate::pages::not_found::NotFoundPage/> }.into_any(),
    }
}

#[component]
pub fn KebStepPage(draft: String, step: &'static Step) -> impl IntoView {
    let (nav, model, store) = (use_nav(), use_data(), use_keb_store());
    let Some(d) = store.get(&draft) else {
        return view! { <DraftMissing/> }.into_any();
    };
    if d.stage() != Stage::Draft {
        return view! { <FinishedNotice draft=d/> }.into_any();
    }
    // leaving the site with answers kept only in this tab asks first
    store.set_editing(Some(draft.clone()));
    on_cleanup(move || store.set_editing(None));
    let lang = nav.lang.get_untracked();
    let (errors, has_errors) = error_state();
    let ctx = step_context(&model, store, &d, errors, live_warnings(&model, store, &draft, step));
    let summary_ref = NodeRef::new();
    let from_check = parse_query(&nav.query.get_untracked()).iter().any(|(k, _)| k == "pruefen");
    let number = form::step_index(step.id).unwrap_or(0) + 1;
    let kommune = model.kommune(&d.kommune).map(|k| k.display_name()).unwrap_or_default();
    let on_submit = {
        let (draft, model) = (draft.clone(), model.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            store.flush();
            let Some(d) = store.get(&draft) else { return };
            let found = with_rules(&model, &d, |r| check_step(step, &d, r));
            if found.is_empty() {
                errors.set(Vec::new());
                let next = if from_check { CHECK_STEP } else { form::next_step(step.id) };
                nav.go(&Route::KebStep { draft: draft.clone(), step: next.into() }, &[], false);
            } else {
                let lang = nav.lang.get_untracked();
                errors.set(
                    found
                        .iter()
                        .map(|e| ErrorItem { text: message(lang, e), field: Some(e.target()), href: None, source: Some((e.field.id, e.line)) })
                        .collect(),
                );
                focus_summary(summary_ref);
            }
        }
    };
    let back = match form::previous_step(step.id) {
        Some(prev) if !from_check => Route::KebStep { draft: draft.clone(), step: prev.into() },
        _ if from_check => Route::KebStep { draft: draft.clone(), step: CHECK_STEP.into() },
        _ => Route::Keb,
    };
    let fields = step.fields.iter().map(|f| {
        let view = field_view(f, &ctx);
        match f.only_if {
            // a conditional question appears as soon as its condition is answered
            Some(c) => {
                let draft = draft.clone();
                let hidden = move || store.read(|s| s.draft(&draft).is_none_or(|d| !c.holds(d.answer(c.other()))));
                view! { <div class="be-conditional" hidden=hidden>{view}</div> }.into_any()
            }
            None => view,
        }
    });
    let intro = step.intro.map(|k| view! { <p>{tr(k).replace("{max}", &format_euro(lang, model.keb.max_funding_cents))}</p> });
    // the first step starts from what the directory knows: the Kommune and its Fachberatung
    let derived = (number == 1).then(|| {
        let label = if ctx.advisers.len() == 1 { KebKey::KebYourAdviser } else { KebKey::KebYourAdvisers };
        let advisers = ctx.advisers.iter().map(|(_, name)| name.clone()).collect::<Vec<_>>().join(", ");
        view! {
            <dl class="be-facts">
                <dt>{tr(AntragKey::KebKommune)}</dt><dd>{kommune.clone()} " (" {d.kommune.clone()} ")"</dd>
                <dt>{tr(label)}</dt><dd>{advisers}</dd>
            </dl>
        }
    });
    let funding_totals = (step.id == "finanzierung").then(|| {
        let draft = draft.clone();
        let max = model.keb.max_funding_cents;
        let t = move || store.read(|s| s.draft(&draft).map(totals).unwrap_or_default());
        let t2 = t.clone();
        let t3 = t.clone();
        view! {
            <dl class="be-facts be-totals" aria-live="polite">
                <dt>{tr(AntragKey::KebTotalCosts)}</dt><dd>{move || format_euro(lang, t().costs)}</dd>
                <dt>{tr(AntragKey::KebFOwn)}</dt><dd>{move || format_euro(lang, t2().own)}</dd>
                <dt>{tr(AntragKey::KebFundable)}</dt><dd>{move || format_euro(lang, t3().fundable())}</dd>
                <dt>{tr(AntragKey::KebMaximum)}</dt><dd>{format_euro(lang, max)}</dd>
            </dl>
        }
    });
    let title = tr(step.title).to_string();
    view! {
        <p><Link to=back class="be-back-link">{tr(Key::Back)}</Link></p>
        <p class="be-caption">
            {tr(AntragKey::KebStepOf).replace("{n}", &number.to_string()).replace("{total}", &STEPS.len().to_string())}
            " · " {kommune}
        </p>
        <PageTitle text=Signal::derive(move || title.clone()) error=has_errors/>
        <ErrorSummary items=errors focus_ref=summary_ref/>
        {intro}
        {derived}
        <form class="be-form" novalidate on:submit=on_submit>
            {fields.collect_view()}
            {funding_totals}
            <button type="submit" class="be-button">{tr(if from_check { AntragKey::KebSaveAndReturn } else { AntragKey::KebContinue })}</button>
        </form>
        <SaveChoice draft=draft.clone()/>
        <StepList draft=draft current=step.id/>
    }
    .into_any()
}
