//! Help: the formulas the desk applies and their legal sources, in the window's language.

use eframe::egui::{self, RichText};

use crate::i18n;
use crate::ui::lang::language;

/// Each rule's messages: help-<key>-title, -rule and -source.
const RULES: &[&str] = &[
    "issue-price",
    "stated-capital",
    "allotments",
    "timetable",
    "option-value",
    "capital-on-exercise",
    "volatility",
];

/// Returns false once closed.
pub fn show(ctx: &egui::Context) -> bool {
    let mut open = true;
    let lang = language(ctx);
    let text = |key: &str, part: &str| i18n::text(lang, &format!("help-{key}-{part}"));
    egui::Window::new(i18n::text(lang, "menu-formulas"))
        .open(&mut open)
        .default_width(640.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for key in RULES {
                    ui.label(RichText::new(text(key, "title")).strong());
                    ui.label(text(key, "rule"));
                    ui.label(RichText::new(text(key, "source")).small().weak());
                    ui.add_space(8.0);
                }
            });
        });
    open
}
