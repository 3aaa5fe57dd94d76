//! The window's language: kept in the egui context, so every widget can read it from
//! its `Ui` and two windows (or two test harnesses) never share one.

use eframe::egui::{Context, Id, Ui};

use crate::i18n::{self, Language};

fn key() -> Id {
    Id::unique("offering-desk-language")
}

/// The language the window is drawn in (English until the app sets one).
pub fn language(ctx: &Context) -> Language {
    ctx.data(|d| d.get_temp(key())).unwrap_or_default()
}

pub fn set_language(ctx: &Context, language: Language) {
    ctx.data_mut(|d| d.insert_temp(key(), language));
}

/// The message `id` in the window's language.
pub fn tr(ui: &Ui, id: &str) -> String {
    i18n::text(language(ui.ctx()), id)
}

/// The message `id` with its placeholders filled: `&[("file", name)]`.
pub fn tr_args(ui: &Ui, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<_> = args.iter().map(|(k, v)| (*k, (*v).into())).collect();
    i18n::text_with(language(ui.ctx()), id, &args)
}

/// The message `id` for a count (`$count`), with its plural form.
pub fn tr_count(ui: &Ui, id: &str, count: usize) -> String {
    i18n::text_with(language(ui.ctx()), id, &[("count", count.into())])
}
