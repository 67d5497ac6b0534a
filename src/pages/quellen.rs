//! Every data source with its licence and the attribution text the licence asks for.

use leptos::prelude::*;

use crate::app::tr;
use crate::app::use_data;
use crate::components::{PageHead, WebLink};
use crate::routes::Route;
use crate::i18n::Key;
use crate::i18n::PageKey;

#[component]
pub fn QuellenPage() -> impl IntoView {
    let data = use_data();
    view! {
        <PageHead route=Route::Quellen/>
        <ul class="be-list">
            {data.sources.iter().cloned().map(|s| view! {
                <li>
                    <p class="be-card-title">{s.title.clone()}</p>
                    <p lang="de">{s.attribution.clone()}</p>
                    <p>
                        {tr(PageKey::Licence)} ": "
                        {match s.licence_url.clone() {
                            Some(u) => view! { <WebLink url=u label=s.licence.clone()/> }.into_any(),
                            None => view! { <span>{s.licence.clone()}</span> }.into_any(),
                        }}
                        {s.url.clone().map(|u| view! { " · " <WebLink url=u label=tr(Key::Website)/> })}
                    </p>
                </li>
            }).collect_view()}
        </ul>
    }
}
