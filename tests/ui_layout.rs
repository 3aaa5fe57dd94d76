//! The window at a laptop's 1280 points: nothing runs off the edge, messages wrap inside
//! their column, no text is drawn below 12 points, and fields are visible on striped
//! rows in the light theme.

mod common;

use common::*;
use eframe::egui::accesskit::Role;
use eframe::egui::{self, Shape, Theme};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use offering_desk::ui::{DeskApp, Panel, StartOptions, ThemeChoice};

const WIDTH: f32 = 1280.0;

fn on(panel: Panel, theme: ThemeChoice) -> Harness<'static, DeskApp> {
    harness_with(StartOptions {
        panel: Some(panel),
        theme: Some(theme),
        ..StartOptions::default()
    })
}

/// Font sizes of every piece of text drawn in the last frame.
fn text_sizes(h: &Harness<'static, DeskApp>) -> Vec<(f32, String)> {
    fn walk(shape: &Shape, out: &mut Vec<(f32, String)>) {
        match shape {
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            Shape::Text(t) => {
                for section in &t.galley.job.sections {
                    let range = section.byte_range.start.0..section.byte_range.end.0;
                    let text = t.galley.job.text[range].to_owned();
                    if !text.trim().is_empty() {
                        out.push((section.format.font_id.size, text));
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

#[test]
fn no_text_is_drawn_below_12_points_on_any_panel() {
    for theme in [ThemeChoice::Light, ThemeChoice::Dark] {
        let mut h = on(Panel::Offering, theme);
        // Derivation lines are the smallest text there is: show them everywhere.
        h.get_by_label("Show how each figure was reached").click();
        h.run();
        for panel in Panel::ALL {
            h.get_by_label(&panel_name(panel)).click();
            h.run();
            // The paid-in panel's own text is the grant's: add one (its valuation runs
            // in the background meanwhile).
            if panel == Panel::Paid {
                h.get_by_label("Add a paid-in grant").click_accesskit();
                for _ in 0..5 {
                    if h.run_ok().is_some() {
                        break;
                    }
                }
            }
            let sizes = text_sizes(&h);
            assert!(sizes.len() > 20, "{panel:?}: too little text found");
            let small: Vec<_> = sizes.iter().filter(|(size, _)| *size < 12.0).collect();
            assert!(small.is_empty(), "{panel:?} {theme:?}: {small:?}");
        }
    }
}

#[test]
fn no_button_runs_off_the_window_at_1280_points() {
    for panel in Panel::ALL {
        let h = on(panel, ThemeChoice::Light);
        let mut count = 0;
        for button in h.query_all_by_role(Role::Button) {
            count += 1;
            let rect = button.rect();
            assert!(
                rect.max.x <= WIDTH,
                "{panel:?}: button {:?} ends at x = {}",
                button.accesskit_node().label(),
                rect.max.x
            );
        }
        assert!(count >= 5, "{panel:?}: only {count} buttons");
    }
}

#[test]
fn a_long_field_message_wraps_inside_its_column() {
    let mut h = harness_on(Panel::Offering);
    retype(
        &mut h,
        "Base price",
        "three thousand four hundred and fifty yen",
    );
    let message = h.get_by_label_contains("is not an amount in yen");
    let figures = h.get_by_label("Figures");
    assert!(
        message.rect().max.x <= figures.rect().min.x,
        "the message ends at {} and the next column starts at {}",
        message.rect().max.x,
        figures.rect().min.x
    );
    // Wrapped, not cut: the whole text is there, in the same label.
    let end = h.get_by_label_contains("type e.g. 3,450 or 3450円 or JPY 1,286.55");
    assert_eq!(end.rect(), message.rect());
    assert!(message.rect().height() > 20.0, "more than one line");
}

/// Relative luminance difference of two colours, 0–255.
fn contrast(a: egui::Color32, b: egui::Color32) -> i32 {
    let lum =
        |c: egui::Color32| (i32::from(c.r()) * 3 + i32::from(c.g()) * 6 + i32::from(c.b())) / 10;
    (lum(a) - lum(b)).abs()
}

#[test]
fn fields_have_a_visible_edge_on_striped_rows_in_the_light_theme() {
    let h = on(Panel::Timetable, ThemeChoice::Light);
    let style = h.ctx.style_of(Theme::Light);
    let v = &style.visuals;
    let field = v.text_edit_bg_color();
    let stripe = v.faint_bg_color;
    let edge = v.widgets.inactive.bg_stroke;
    // Either the field's fill or its edge must stand out from a striped row; both do.
    assert!(contrast(field, stripe) >= 10, "{field:?} on {stripe:?}");
    assert!(
        edge.width >= 1.0 && contrast(edge.color, stripe) >= 40,
        "{edge:?}"
    );
    // The override fields are on striped rows and are text fields.
    assert!(
        h.query_all_by_role(Role::TextInput).count() >= 9,
        "calculation date and eight overrides"
    );
}
