use leptos::prelude::*;

use crate::app::tr;
use crate::i18n::Key;

/// One entry: the message and where it leads — a field on this page (its id) or another page.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorItem {
    pub text: String,
    pub field: Option<String>,
    pub href: Option<String>,
    /// The question (field id, cost line) it belongs to, for the message next to the field.
    pub source: Option<(&'static str, Option<usize>)>,
}

/// GOV.UK error summary: above the form, takes focus when shown, each message links to its
/// field. Field links focus the field themselves: a bare "#id" would change an embedded app's
/// hash route.
#[component]
pub fn ErrorSummary(items: RwSignal<Vec<ErrorItem>>, focus_ref: NodeRef<leptos::html::Div>) -> impl IntoView {
    move || {
        let list = items.get();
        (!list.is_empty()).then(|| {
            let entries = list
                .into_iter()
                .map(|item| {
                    let field = item.field.clone();
                    let href = item.href.clone().or_else(|| field.as_ref().map(|f| format!("#{f}"))).unwrap_or_default();
                    let on_click = move |ev: leptos::ev::MouseEvent| {
                        let Some(id) = field.as_deref() else { return };
                        if crate::app::dom::focus_by_id(&ev, id) {
                            ev.prevent_default();
                        }
                    };
                    view! { <li><a href=href on:click=on_click>{item.text}</a></li> }
                })
                .collect_view();
            view! {
                <div class="be-error-summary" tabindex="-1" node_ref=focus_ref aria-labelledby="be-error-summary-title">
                    <h2 class="be-h2" id="be-error-summary-title">{tr(Key::ErrorSummaryTitle)}</h2>
                    <ul>{entries}</ul>
                </div>
            }
        })
    }
}

/// Moves focus to the summary once it is rendered (after the reactive update has run).
pub fn focus_summary(node: NodeRef<leptos::html::Div>) {
    request_animation_frame(move || {
        if let Some(el) = node.get_untracked() {
            let _ = el.focus();
        }
    });
}
