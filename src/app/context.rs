//! What every page may read besides the navigation: the configuration, the loaded data and its
//! search index, whether this is the first view, and where our own files are.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

use crate::data::config::Config;
use crate::data::load::Loaded;
use crate::model::Model;
use crate::search::Directory;

/// Everything a page may need besides the navigation.
#[derive(Clone)]
pub struct AppContext {
    pub config: Config,
    pub loaded: Loaded,
    /// Built on first use: the start page does not need it.
    directory: Arc<OnceLock<Arc<Directory>>>,
}

impl AppContext {
    pub fn new(config: Config, loaded: Loaded) -> Self {
        AppContext { config, loaded, directory: Default::default() }
    }
}

pub fn use_data() -> Arc<Model> {
    expect_context::<AppContext>().loaded.model
}

/// The member directory's search index over the loaded data.
pub fn use_directory() -> Arc<Directory> {
    let ctx = expect_context::<AppContext>();
    ctx.directory.get_or_init(|| Arc::new(Directory::new(&ctx.loaded.model))).clone()
}

/// Whether the page shown is the first one (no focus move then, as on a server-rendered site).
#[derive(Clone, Copy)]
pub struct FirstView(pub StoredValue<bool>);

/// The URL of one of our own files: relative to the configured asset base, else to the page's base.
pub fn asset_url(config: &Config, path: &str) -> String {
    let base = config
        .assets
        .clone()
        .or_else(|| web_sys::window()?.document()?.base_uri().ok().flatten())
        .unwrap_or_default();
    web_sys::Url::new_with_base(path, &base).map(|u| u.href()).unwrap_or_else(|_| path.into())
}

pub fn use_asset_url(path: &str) -> String {
    asset_url(&expect_context::<AppContext>().config, path)
}
