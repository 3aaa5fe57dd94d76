//! The desk's look on top of egui's themes: no text smaller than 12 points (derivation
//! lines, formulas, chart legends are read, not glanced at), and input fields with a
//! visible edge in the light theme, where egui draws them white on white-ish rows.

use eframe::egui::{self, Color32, FontId, Stroke, TextStyle, Theme};

/// The smallest text the desk draws.
pub const MIN_TEXT_SIZE: f32 = 12.0;

pub fn install(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        for (text_style, font) in style.text_styles.iter_mut() {
            if font.size < MIN_TEXT_SIZE {
                *font = FontId::new(MIN_TEXT_SIZE, font.family.clone());
            }
            // Body and buttons at the same size, so a row of fields and buttons aligns.
            if *text_style == TextStyle::Small {
                font.size = MIN_TEXT_SIZE;
            }
        }
    });
    ctx.style_mut_of(Theme::Light, |style| {
        let v = &mut style.visuals;
        // An edge on every field and button at rest; a darker one on hover.
        v.widgets.inactive.bg_stroke = Stroke::new(1.0, Color32::from_gray(190));
        // Striped rows a shade darker than the panel, so white fields stand out on both.
        v.faint_bg_color = Color32::from_gray(240);
    });
}
