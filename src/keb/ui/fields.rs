//! One renderer per kind of field, GOV.UK style: label or legend, hint, error message, control.
//! Inputs start from the stored answer and write every change back to the draft; they never
//! re-render while typing (values are read untracked), so focus and caret stay put.

use leptos::prelude::*;

use crate::keb::state::store::KebStore;
use crate::app::{tr, use_nav};
use crate::components::ErrorItem;
use crate::i18n::Key;
use crate::keb::domain::dates::{example_date, example_start};
use crate::keb::domain::draft::CostLine;
use crate::keb::domain::form::{Field, FieldKind};
use crate::keb::domain::rules::input_id;
use crate::keb::domain::texts::KebKey;
use crate::keb::domain::antrag_texts::AntragKey;

/// What the fields of one step share.
#[derive(Clone)]
pub struct StepContext {
    pub store: KebStore,
    pub draft: String,
    pub errors: RwSignal<Vec<ErrorItem>>,
    /// (value, label) for the choice fields.
    pub networks: Vec<(String, String)>,
    pub advisers: Vec<(String, String)>,
    pub formats: Vec<(String, String)>,
    /// The formats' one-line explanations, in the order of `formats`.
    pub format_hints: Vec<Option<String>>,
    pub groups: Vec<(String, String)>,
    pub text_max: usize,
    pub min_groups: u32,
    pub max_funding: String,
    /// "How many KEB this year" as (value, label).
    pub prior_choices: Vec<(String, String)>,
    /// The programme's figures the hints name: lead time in days, KEB and amount per year.
    pub lead_days: u32,
    pub start_in_year: bool,
    pub yearly_count: u32,
    pub yearly_max: String,
    /// The step's warnings as (field id, text), live as the answers change.
    pub warnings: Signal<Vec<(&'static str, String)>>,
    /// "YYYY-MM-DD" in Germany: the date hints' examples.
    pub today: String,
}

impl StepContext {
    fn answer(&self, field: &str) -> String {
        self.store.get(&self.draft).map(|d| d.answer(field).to_string()).unwrap_or_default()
    }

    fn set(&self, field: &'static str, value: String) {
        self.store.update(&self.draft, |d| d.set_answer(field, value));
    }

    /// The error of this field as a whole.
    fn error(&self, field: &'static str) -> impl Fn() -> Option<String> + Copy + Send + Sync + 'static {
        let errors = self.errors;
        move || errors.with(|v| v.iter().find(|e| e.source == Some((field, None))).map(|e| e.text.clone()))
    }

    /// The warning at this field, if any.
    fn warning(&self, field: &'static str) -> impl Fn() -> Option<String> + Copy + Send + Sync + 'static {
        let warnings = self.warnings;
        move || warnings.with(|v| v.iter().find(|(f, _)| *f == field).map(|(_, text)| text.clone()))
    }

    /// The error of one input of a cost line (label or amount), by the id the summary links to;
    /// "no cost line at all" belongs to the whole group and shows at its legend.
    fn line_error(&self, input: String) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
        let errors = self.errors;
        move || {
            errors.with(|v| {
                v.iter()
                    .find(|e| e.field.as_deref() == Some(input.as_str()) && matches!(e.source, Some((_, Some(_)))))
                    .map(|e| e.text.clone())
            })
        }
    }
}

fn error_message(id: String, error: impl Fn() -> Option<String> + Send + Sync + 'static) -> impl IntoView {
    move || {
        error().map(|m| {
            view! { <p class="be-error-message" id=id.clone()><span class="be-visually-hidden">{tr(Key::ErrorPrefix)} ": "</span>{m}</p> }
        })
    }
}

/// A hint text, with the programme's figures filled in.
fn hint_text(f: &Field, ctx: &StepContext) -> Option<String> {
    let hint = f.hint.map(|h| {
        tr(h)
            .replace("{min}", &ctx.min_groups.to_string())
            .replace("{max}", &ctx.max_funding)
            .replace("{days}", &ctx.lead_days.to_string())
            .replace("{count}", &ctx.yearly_count.to_string())
            .replace("{yearmax}", &ctx.yearly_max)
    });
    // a date's pattern with an example that fits the question: a past consultation, a coming measure
    let months = match f.kind {
        FieldKind::PastDate => Some(-2),
        FieldKind::Date | FieldKind::Start | FieldKind::DateAfter(_) => Some(3),
        _ => None,
    };
    let pattern = months.map(|m| {
        let example = if f.kind == FieldKind::Start { example_start(&ctx.today, m) } else { example_date(&ctx.today, m) };
        let example = if use_nav().lang.get_untracked().is_en() { example.replace('.', "/") } else { example };
        tr(AntragKey::KebHDatePattern).replace("{example}", &example)
    });
    let hint = match hint {
        Some(h) if f.kind == FieldKind::Start && ctx.start_in_year => Some(format!("{h}. {}", tr(AntragKey::KebHStartYear))),
        h => h,
    };
    match (hint, pattern) {
        (Some(h), Some(p)) => Some(format!("{h}. {p}")),
        (h, p) => h.or(p),
    }
}

/// A warning at its field: worth knowing, not in the way (the ministry decides).
fn warning_message(id: String, warning: impl Fn() -> Option<String> + Send + Sync + 'static) -> impl IntoView {
    view! {
        <div aria-live="polite">
            {move || warning().map(|m| view! { <p class="be-warning-message" id=id.clone()><strong>{tr(AntragKey::KebWarning)} ": "</strong>{m}</p> })}
        </div>
    }
}

pub fn field_view(f: &'static Field, ctx: &StepContext) -> AnyView {
    let id = input_id(f);
    let error = ctx.error(f.id);
    let warning = ctx.warning(f.id);
    let warning_id = format!("{id}-warning");
    let hint = hint_text(f, ctx);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let count_id = format!("{id}-count");
    let described = {
        let (hint_id, error_id, warning_id, has_hint) = (hint_id.clone(), error_id.clone(), warning_id.clone(), hint.is_some());
        // a long text's remaining characters are read with the field, not announced per keystroke
        let count_id = (f.kind == FieldKind::LongText).then(|| count_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            ids.extend(count_id.clone());
            if error().is_some() {
                ids.push(error_id.clone());
            }
            if warning().is_some() {
                ids.push(warning_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error().is_some().then_some("true");
    let hint_view = hint.map(|h| view! { <p class="be-hint" id=hint_id.clone()>{h}</p> });
    let class = move || if error().is_some() { "be-field be-field-error" } else { "be-field" };
    let (kind, fid) = (f.kind, f.id);
    // a question with one possible answer is not asked: the answer stands as a fact
    let only = match kind {
        FieldKind::Network if ctx.networks.len() == 1 => Some((&ctx.networks[0], tr(AntragKey::KebYourNetwork))),
        FieldKind::Adviser if ctx.advisers.len() == 1 => Some((&ctx.advisers[0], tr(KebKey::KebYourAdviser))),
        _ => None,
    };
    if let Some(((value, label), fact)) = only {
        if ctx.answer(fid) != *value {
            ctx.set(fid, value.clone());
        }
        return view! { <dl class="be-facts"><dt>{fact}</dt><dd id=id>{label.clone()}</dd></dl> }.into_any();
    }
    let c = ctx.clone();
    let on_input = move |ev: leptos::ev::Event| c.set(fid, event_target_value(&ev));
    let choices = |options: &[(String, String)], multiple: bool, hints: &[Option<String>]| -> AnyView {
        let initial = ctx.answer(fid);
        let chosen = ctx.store.get(&ctx.draft).map(|d| d.list(fid).to_vec()).unwrap_or_default();
        let kind_class = if multiple { "be-checkboxes" } else { "be-radios" };
        let items = options
            .iter()
            .enumerate()
            .map(|(i, (value, label))| {
                let item_id = if i == 0 { format!("keb-{fid}") } else { format!("keb-{fid}-{i}") };
                let (value, c) = (value.clone(), ctx.clone());
                let checked = if multiple { chosen.contains(&value) } else { initial == value };
                let on_change = {
                    let value = value.clone();
                    move |ev: leptos::ev::Event| {
                        if multiple {
                            let on = event_target_checked(&ev);
                            c.store.update(&c.draft, |d| d.toggle(fid, &value, on));
                        } else {
                            c.set(fid, value.clone());
                        }
                    }
                };
                let hint = hints.get(i).cloned().flatten();
                let hint_id = hint.as_ref().map(|_| format!("{item_id}-hint"));
                view! {
                    <div class="be-choice">
                        <input type=if multiple { "checkbox" } else { "radio" } id=item_id.clone() name=fid value=value checked=checked
                            aria-describedby=hint_id.clone() on:change=on_change/>
                        <div>
                            <label for=item_id>{label.clone()}</label>
                            {hint.map(|h| view! { <p class="be-hint be-choice-hint" id=hint_id>{h}</p> })}
                        </div>
                    </div>
                }
            })
            .collect_view();
        view! { <div class=kind_class>{items}</div> }.into_any()
    };
    let (control, fieldset) = match kind {
        FieldKind::LongText => {
            let max = ctx.text_max;
            let (draft, store, lang) = (ctx.draft.clone(), ctx.store, use_nav().lang.get_untracked());
            let count = move || {
                // counted as the check counts: without the spaces and lines at either end
                let n = store.read(|s| s.draft(&draft).map(|d| d.answer(fid).trim().chars().count()).unwrap_or(0));
                let (one, many, rest) =
                    if n <= max { (AntragKey::KebCharLeft, AntragKey::KebCharsLeft, max - n) } else { (AntragKey::KebCharOver, AntragKey::KebCharsOver, n - max) };
                crate::i18n::count(lang, rest as u64, one, many)
            };
            let view = view! {
                <textarea class="be-textarea" id=id.clone() name=fid rows="6" prop:value=ctx.answer(fid)
                    aria-describedby=described.clone() aria-invalid=invalid on:input=on_input></textarea>
                <p class="be-hint be-count" id=count_id>{count}</p>
            };
            (view.into_any(), false)
        }
        FieldKind::Network => (choices(&ctx.networks, false, &[]), true),
        FieldKind::Format => (choices(&ctx.formats, false, &ctx.format_hints), true),
        FieldKind::TargetGroups => (choices(&ctx.groups, true, &[]), true),
        FieldKind::PriorCount => (choices(&ctx.prior_choices, false, &[]), true),
        FieldKind::ApplicantKind => {
            let kinds = [("kommune", AntragKey::KebKindKommune), ("kooperation", AntragKey::KebKindCooperation)];
            let options: Vec<(String, String)> = kinds.iter().map(|(v, k)| (v.to_string(), tr(*k).to_string())).collect();
            (choices(&options, false, &[]), true)
        }
        FieldKind::Adviser => {
            let initial = ctx.answer(fid);
            let options = ctx.advisers.iter().map(|(value, label)| {
                view! { <option value=value.clone() selected=*value == initial>{label.clone()}</option> }
            });
            let view = view! {
                <select class="be-select" id=id.clone() name=fid aria-describedby=described.clone() aria-invalid=invalid on:change=on_input>
                    <option value="">{tr(Key::ChooseOne)}</option>
                    {options.collect_view()}
                </select>
            };
            (view.into_any(), false)
        }
        FieldKind::CostLines => (cost_lines(ctx), true),
        _ => {
            let (input_type, mode, autocomplete) = match kind {
                FieldKind::Email => ("email", None, Some("email")),
                FieldKind::Tel => ("tel", None, Some("tel")),
                // a text field: a date picker shows the browser's pattern, not the hint's (domain::dates)
                FieldKind::Date | FieldKind::Start | FieldKind::PastDate | FieldKind::DateAfter(_) => ("text", None, Some("off")),
                FieldKind::Money => ("text", Some("decimal"), None),
                _ => ("text", None, if fid == "name" { Some("name") } else { None }),
            };
            let short = matches!(kind, FieldKind::Money | FieldKind::Date | FieldKind::Start | FieldKind::PastDate | FieldKind::DateAfter(_));
            let class = if short { "be-input be-input-short" } else { "be-input" };
            let view = view! {
                <input class=class type=input_type id=id.clone() name=fid value=ctx.answer(fid) inputmode=mode autocomplete=autocomplete
                    aria-describedby=described.clone() aria-invalid=invalid on:input=on_input/>
            };
            (view.into_any(), false)
        }
    };
    let label = tr(f.label);
    if fieldset {
        view! {
            <div class=class>
                <fieldset class="be-fieldset" aria-describedby=described.clone()>
                    <legend class="be-label">{label}</legend>
                    {hint_view}
                    {error_message(error_id, error)}
                    {control}
                    {warning_message(warning_id, warning)}
                </fieldset>
            </div>
        }
        .into_any()
    } else {
        view! {
            <div class=class>
                <label class="be-label" for=id>{label}</label>
                {hint_view}
                {error_message(error_id, error)}
                {control}
                {warning_message(warning_id, warning)}
            </div>
        }
        .into_any()
    }
}

/// Cost lines: label and amount each; lines can be added and removed.
fn cost_lines(ctx: &StepContext) -> AnyView {
    let initial = ctx.store.get(&ctx.draft).map(|d| d.costs.len()).unwrap_or(0).max(1);
    let count = RwSignal::new(initial);
    let add_button = NodeRef::<leptos::html::Button>::new();
    let c = ctx.clone();
    let line = move |i: usize| {
        let stored = c.store.get(&c.draft).and_then(|d| d.costs.get(i).cloned()).unwrap_or_default();
        let part = |amount: bool| {
            let c = c.clone();
            move |ev: leptos::ev::Event| {
                let value = event_target_value(&ev);
                c.store.update(&c.draft, |d| {
                    if d.costs.len() <= i {
                        d.costs.resize(i + 1, CostLine::default());
                    }
                    if amount {
                        d.costs[i].amount = value;
                    } else {
                        d.costs[i].label = value;
                    }
                });
            }
        };
        let remove = {
            let c = c.clone();
            move |_| {
                c.store.update(&c.draft, |d| {
                    if i < d.costs.len() {
                        d.costs.remove(i);
                    }
                });
                count.update(|n| *n = n.saturating_sub(1).max(1));
                // the lines below moved up: their messages no longer match, the next check says anew
                c.errors.update(|v| v.retain(|e| !matches!(e.source, Some(("kosten", Some(_))))));
                if let Some(b) = add_button.get_untracked() {
                    let _ = b.focus();
                }
            }
        };
        let n = i + 1;
        // one input of the line: label, its own error message (linked for screen readers), field
        let input = |id: String, name: String, text: AntragKey, value: String, amount: bool| {
            let error = c.line_error(id.clone());
            let error_id = format!("{id}-error");
            let described = {
                let (error, error_id) = (error.clone(), error_id.clone());
                move || error().map(|_| error_id.clone())
            };
            let invalid = {
                let error = error.clone();
                move || error().map(|_| "true")
            };
            let group = {
                let error = error.clone();
                move || if error().is_some() { "be-field be-field-error" } else { "be-field" }
            };
            let class = if amount { "be-input be-input-short" } else { "be-input" };
            view! {
                <div class=group>
                    <label class="be-label" for=id.clone()>{tr(AntragKey::KebCostLine)} " " {n} ": " {tr(text)}</label>
                    {error_message(error_id, error)}
                    <input class=class type="text" inputmode=amount.then_some("decimal") id=id name=name value=value
                        aria-describedby=described aria-invalid=invalid on:input=part(amount)/>
                </div>
            }
        };
        view! {
            <div class="be-cost-line">
                {input(format!("keb-kosten-{i}-label"), format!("kosten-{i}-label"), AntragKey::KebCostLabel, stored.label, false)}
                {input(format!("keb-kosten-{i}-betrag"), format!("kosten-{i}-betrag"), AntragKey::KebCostAmount, stored.amount, true)}
                {(count.get_untracked() > 1).then(|| view! {
                    <button type="button" class="be-button be-button-secondary" on:click=remove>
                        {tr(AntragKey::KebCostRemove)} <span class="be-visually-hidden">" " {tr(AntragKey::KebCostLine)} " " {n}</span>
                    </button>
                })}
            </div>
        }
    };
    view! {
        <div class="be-cost-lines">{move || (0..count.get()).map(line.clone()).collect_view()}</div>
        <button type="button" class="be-button be-button-secondary" node_ref=add_button on:click=move |_| count.update(|n| *n += 1)>
            {tr(AntragKey::KebCostAdd)}
        </button>
    }
    .into_any()
}
