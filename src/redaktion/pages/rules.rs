//! The KEB programme's rules, as the ministry's page states them: amounts in euros, the lead time
//! in days, the yearly limits per Kommune. Each value is checked by the dataset's rules (plausible
//! ranges), the message at the field.

use leptos::prelude::*;

use crate::app::{tr, use_nav};
use crate::i18n::{describe_data_error, Key};
use crate::keb::domain::money::{format_euro, parse_euro};
use crate::model::KebProgramme;
use crate::redaktion::desk::use_desk;
use crate::redaktion::domain::texts::RedKey;

/// One rule: its field in the file, how it reads and how a typed value is written (false: not
/// a value of its kind).
#[derive(Clone, Copy)]
struct Rule {
    field: &'static str,
    label: RedKey,
    get: fn(&KebProgramme, crate::i18n::Lang) -> String,
    set: fn(&mut KebProgramme, &str) -> bool,
}

fn whole(s: &str) -> Option<u32> {
    s.trim().parse().ok()
}

const RULES: [Rule; 4] = [
    Rule {
        field: "max_funding_cents",
        label: RedKey::RMaxFunding,
        get: |k, l| format_euro(l, k.max_funding_cents),
        set: |k, v| parse_euro(v).map(|c| k.max_funding_cents = c).is_ok(),
    },
    Rule {
        field: "lead_days",
        label: RedKey::RLeadDays,
        get: |k, _| k.lead_days.to_string(),
        set: |k, v| whole(v).map(|n| k.lead_days = n).is_some(),
    },
    Rule {
        field: "max_per_kommune_year",
        label: RedKey::RPerYear,
        get: |k, _| k.max_per_kommune_year.to_string(),
        set: |k, v| whole(v).map(|n| k.max_per_kommune_year = n).is_some(),
    },
    Rule {
        field: "max_cents_per_kommune_year",
        label: RedKey::RPerYearAmount,
        get: |k, l| format_euro(l, k.max_cents_per_kommune_year),
        set: |k, v| parse_euro(v).map(|c| k.max_cents_per_kommune_year = c).is_ok(),
    },
];

#[component]
fn RuleField(rule: Rule) -> impl IntoView {
    let desk = use_desk();
    let lang = use_nav().lang.get_untracked();
    let id = format!("red-keb-{}", rule.field);
    let path = format!("keb.{}", rule.field);
    let refused = RwSignal::new(false);
    let error = Memo::new(move |_| {
        if refused.get() {
            return Some(tr(RedKey::MNumber).to_string());
        }
        desk.read(|s| s.errors.iter().find(|e| e.path == path).map(|e| describe_data_error(lang, e)))
    });
    let value = move || desk.read(|s| s.working.as_ref().map(|w| (rule.get)(&w.keb, lang))).unwrap_or_default();
    let on_change = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        let mut ok = true;
        desk.edit(|w| ok = (rule.set)(&mut w.keb, &typed));
        refused.set(!ok);
    };
    let error_id = format!("{id}-error");
    view! {
        <div class=move || if error.get().is_some() { "be-field be-field-error" } else { "be-field" }>
            <label class="be-label" for=id.clone()>{tr(rule.label)}</label>
            {
                let error_id = error_id.clone();
                move || error.get().map(|m| view! { <p class="be-error-message" id=error_id.clone()><span class="be-visually-hidden">{tr(Key::ErrorPrefix)} ": "</span>{m}</p> })
            }
            <input class="be-input be-input-short" type="text" inputmode="decimal" id=id prop:value=value on:change=on_change
                aria-invalid=move || error.get().map(|_| "true") aria-describedby=move || error.get().map(|_| error_id.clone())/>
        </div>
    }
}

#[component]
pub fn KebRules() -> impl IntoView {
    let desk = use_desk();
    let in_year = move || desk.read(|s| s.working.as_ref().is_some_and(|w| w.keb.start_in_application_year));
    view! {
        <section aria-labelledby="red-keb" class="be-red-section">
            <h2 class="be-h2" id="red-keb">{tr(RedKey::RulesTitle)}</h2>
            <p class="be-hint">{tr(RedKey::RulesLead)}</p>
            {RULES.iter().map(|&rule| view! { <RuleField rule=rule/> }).collect_view()}
            <div class="be-choice">
                <input type="checkbox" id="red-keb-jahr" prop:checked=in_year
                    on:change=move |ev| { let on = event_target_checked(&ev); desk.edit(|w| w.keb.start_in_application_year = on); }/>
                <label for="red-keb-jahr">{tr(RedKey::RInYear)}</label>
            </div>
        </section>
    }
}
