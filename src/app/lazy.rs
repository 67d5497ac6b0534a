//! Parts of the app that load on first use. There is one wasm binary; the release build
//! (`tools/split-build.mjs`, cargo feature `split`) cuts each [`lazy_part!`] function into a
//! chunk of its own that the browser fetches the first time the function is called.
//! Without the feature (native and wasm tests) the same functions are plain `async fn`s.
//! ARCHITECTURE.md "Loaded in pieces".

use std::future::Future;
use std::pin::Pin;

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use leptos::task::spawn_local_scoped;

use crate::app::tr;
use crate::data::load::next_task;
use crate::components::Skeleton;
use crate::i18n::Key;

pub use leptos::wasm_split::SplitLoaderError;

/// What a part's function gives back: how to build its view, or why its chunk could not be
/// loaded. [`lazy_view`] builds it a task after the chunk has arrived: instantiating the chunk
/// and drawing the page were one long task (≈150 ms with the CPU slowed 4×), now two.
pub type PartView = Result<SendWrapper<Box<dyn FnOnce() -> AnyView>>, SplitLoaderError>;

/// A part's view, built when [`lazy_view`] is ready for it.
pub fn part_build(build: impl FnOnce() -> AnyView + 'static) -> PartView {
    Ok(SendWrapper::new(Box::new(build)))
}

/// A page of a part, built only if the page that asked for it is still shown: a chunk that
/// arrives after the user has moved on finds its page's owner (and contexts) gone.
pub fn part_view(view: impl FnOnce() -> AnyView + 'static) -> PartView {
    part_build(move || if use_context::<crate::app::AppContext>().is_some() { view() } else { ().into_any() })
}

/// Declares functions of one chunk, loaded together on the first call of any of them:
///
/// ```ignore
/// lazy_part! { map:
///     pub fn map_page() -> PartView { part_view(|| view! { <MapPage/> }.into_any()) }
/// }
/// // elsewhere: lazy_view(|| Box::pin(map_page()))
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

/// How [`lazy_view`] calls a part's function: `|| Box::pin(map_page())`. A function pointer and a
/// boxed future, so every part shows through one copy of the code below (a generic copy per
/// part cost the first view 0.6 KB brotli each).
pub type Load = fn() -> Pin<Box<dyn Future<Output = PartView>>>;

/// Shows a part loaded on first use: the page's skeleton while its chunk loads (the same as
/// while the data loads: no layout shift), and if it cannot be
/// loaded (offline on a first visit, an old page after a new release) a message with a retry.
pub fn lazy_view(load: Load) -> AnyView {
    lazy_view_or(load, || view! { <Skeleton/> }.into_any())
}

/// [`lazy_view`] for a part within a page: `placeholder` while its chunk loads.
///
/// Not leptos's `<Suspense>`: a part is one future that resolves once, and a signal with its
/// phase does that with far less code (Suspense cost the first view 4 KB brotli).
pub fn lazy_view_or(load: Load, placeholder: fn() -> AnyView) -> AnyView {
    let phase = RwSignal::new(Phase::Loading);
    // the part's view, built in the task after the one that loaded it (under this owner, so with
    // the page's contexts), and put into the document once
    let built = StoredValue::new_local(None::<AnyView>);
    // a retry starts in the failure message's click handler, whose owner the retry disposes:
    // the task runs under this one
    let owner = Owner::current();
    let start = move || {
        phase.set(Phase::Loading);
        let task = async move {
            let next = match load().await {
                Ok(build) => {
                    next_task().await;
                    built.try_set_value(Some((build.take())()));
                    Phase::Ready
                }
                Err(_) => Phase::Failed,
            };
            phase.try_set(next);
        };
        match &owner {
            Some(owner) => owner.with(|| spawn_local_scoped(task)),
            None => spawn_local_scoped(task),
        }
    };
    start();
    (move || match phase.get() {
        Phase::Loading => placeholder(),
        Phase::Failed => view! { <PartFailed on_retry=start.clone()/> }.into_any(),
        Phase::Ready => built.try_update_value(Option::take).flatten().unwrap_or_else(|| ().into_any()),
    })
    .into_any()
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Loading,
    Ready,
    Failed,
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
