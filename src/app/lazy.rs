//! Parts of the app that load on first use. There is one wasm binary; the release build
//! (`tools/split-build.mjs`, cargo feature `split`) cuts each [`lazy_part!`] function into a
//! chunk of its own that the browser fetches the first time the function is called.
//! Without the feature (native and wasm tests) the same functions are plain `async fn`s.
//! ARCHITECTURE.md "Loaded in pieces".

use std::future::Future;

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;

use crate::app::tr;
use crate::components::Skeleton;
use crate::i18n::Key;

pub use leptos::wasm_split::SplitLoaderError;

/// What a part's function gives back: its view, or why its chunk could not be loaded.
pub type PartView = Result<SendWrapper<AnyView>, SplitLoaderError>;

/// A part's view, built only if the page that asked for it is still shown: a chunk that
/// arrives after the user has moved on finds its page's owner (and contexts) gone.
pub fn part_view(view: impl FnOnce() -> AnyView) -> PartView {
    let shown = use_context::<crate::app::AppContext>().is_some();
    Ok(SendWrapper::new(if shown { view() } else { ().into_any() }))
}

/// Declares functions of one chunk, loaded together on the first call of any of them:
///
/// ```ignore
/// lazy_part! { map:
///     pub fn map_page() -> PartView { part_view(|| view! { <MapPage/> }.into_any()) }
/// }
/// // elsewhere: lazy_view(map_page)
/// ```
#[macro_export]
macro_rules! lazy_part {
    ($chunk:ident: $( $(#[$attr:meta])* $vis:vis fn $name:ident() -> $ret:ty $body:block )+) => {
        $(
            #[cfg(feature = "split")]
            #[::leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            $(#[$attr])* $vis fn $name() -> $ret $body

            #[cfg(not(feature = "split"))]
            $(#[$attr])* $vis async fn $name() -> $ret $body
        )+
    };
}

/// Shows a part loaded on first use: the page's skeleton while its chunk loads (the same as
/// while the data loads: no layout shift), and if it cannot be
/// loaded (offline on a first visit, an old page after a new release) a message with a retry.
pub fn lazy_view<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = PartView> + 'static,
{
    lazy_view_or(load, || view! { <Skeleton/> })
}

/// [`lazy_view`] for a part within a page: `placeholder` while its chunk loads.
pub fn lazy_view_or<F, Fut, P, V>(load: F, placeholder: P) -> impl IntoView
where
    F: Fn() -> Fut + Copy + Send + Sync + 'static,
    Fut: Future<Output = PartView> + 'static,
    P: Fn() -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=placeholder>
            {move || {
                attempt.track();
                Suspend::new(SendWrapper::new(async move {
                    match load().await {
                        Ok(view) => view.take(),
                        Err(_) => view! { <PartFailed on_retry=move || attempt.update(|a| *a += 1)/> }.into_any(),
                    }
                }))
            }}
        </Suspense>
    }
}

#[component]
fn PartFailed(on_retry: impl Fn() + 'static) -> impl IntoView {
    view! {
        <div class="be-notice be-notice-error" role="alert">
            <p><strong>{tr(Key::PartFailed)}</strong></p>
            <p>{tr(Key::PartFailedHint)}</p>
            <button type="button" class="be-button" on:click=move |_| on_retry()>{tr(Key::Retry)}</button>
        </div>
    }
}
