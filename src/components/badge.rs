use leptos::prelude::*;

use super::Link;
use crate::app::use_nav;
use crate::i18n::Key;
use crate::routes::Route;

/// How many example badges the page shows now; `ExampleNote` explains them once per page.
#[derive(Clone, Copy)]
pub struct ExamplesShown(RwSignal<usize>);

impl ExamplesShown {
    pub fn provide() {
        provide_context(ExamplesShown(RwSignal::new(0)));
    }
}

/// Marks invented example records so nobody takes them for official information; the tooltip
/// and the page's `ExampleNote` say what that means.
#[component]
pub fn ExampleBadge() -> impl IntoView {
    let nav = use_nav();
    if let Some(ExamplesShown(shown)) = use_context::<ExamplesShown>() {
        Effect::new(move |_| shown.update(|n| *n += 1));
        on_cleanup(move || shown.try_update(|n| *n = n.saturating_sub(1)).unwrap_or_default());
    }
    view! {
        <span class="be-badge" title=move || nav.lang.get().t(Key::ExampleExplained)>
            {move || nav.lang.get().t(Key::Example)}
        </span>
    }
}

/// One line under the page's content while any example badge is shown: what "Beispiel" means,
/// with a link to the Quellen page (a tooltip alone is out of reach on phones and keyboards).
#[component]
pub fn ExampleNote() -> impl IntoView {
    let nav = use_nav();
    let shown = use_context::<ExamplesShown>().map(|ExamplesShown(s)| s);
    // re-render when the page starts or stops showing examples, not once per badge
    let any = Memo::new(move |_| shown.is_some_and(|s| s.get() > 0));
    move || {
        any.get().then(|| {
            view! {
                <p class="be-example-note" id="be-example-note">
                    <span class="be-badge">{nav.lang.get().t(Key::Example)}</span> " "
                    {nav.lang.get().t(Key::ExampleExplained)} " "
                    <Link to=Route::Quellen>{nav.lang.get().t(Key::ExampleLink)}</Link>
                </p>
            }
        })
    }
}
