//! Fonts: egui's own first, then bundled fallbacks for symbols and Japanese (see
//! assets/fonts/README.md). Bundled rather than looked up on the system, so every
//! machine, and every test, draws the same glyphs.

use std::sync::Arc;

use eframe::egui::{self, FontData, FontDefinitions, FontFamily};

const SYMBOLS: &str = "DejaVuSans";
const JAPANESE: &str = "IPAexGothic";

pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        SYMBOLS.to_owned(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/DejaVuSans.ttf"
        ))),
    );
    fonts.font_data.insert(
        JAPANESE.to_owned(),
        Arc::new(FontData::from_static(include_bytes!(
            "../../assets/fonts/ipaexg.ttf"
        ))),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        list.push(SYMBOLS.to_owned());
        list.push(JAPANESE.to_owned());
    }
    ctx.set_fonts(fonts);
}
