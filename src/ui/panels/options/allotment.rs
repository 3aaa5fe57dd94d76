//! Persons to be allotted and number of rights: the editable table, each group's value
//! (rights × amount per right) and the totals, all from the results.

use crate::ui::lang::tr;
use eframe::egui::{self, RichText, Ui};

use super::super::PanelContext;
use crate::domain::money::{format_count, format_jpy};
use crate::scenario::AllotmentGroupTerms;
use crate::ui::fields::Field;
use crate::ui::results::problem;

const TOTAL_PATH: &str = "option.allotment";
/// Narrower boxes than the form's, so a row of the table fits the window.
const NAME_WIDTH: f32 = 260.0;
const COUNT_WIDTH: f32 = 70.0;
const CELL_WIDTH: f32 = 360.0;
/// Width of the computed columns (shares, value), in monospace characters.
const FIGURE_CHARS: usize = 18;

const MAX_COUNT: u64 = u32::MAX as u64;

pub fn show(ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
    let heading = ui.heading(tr(ui, "ui-persons-to-be-allotted-and-number-of-rights"));
    let form = &mut *cx.form;
    let groups = form.scenario.option.allotment.clone();
    // The total's problem has no field of its own: send its focus to the last rights.
    if form.focus.as_deref() == Some(TOTAL_PATH) {
        heading.scroll_to_me(Some(egui::Align::Min));
        *form.focus = groups
            .len()
            .checked_sub(1)
            .map(|i| format!("option.allotment[{i}].rights"));
    }
    let summary = cx.results.option.as_ref().ok().map(|o| &o.allotment);
    let mut remove = None;
    egui::Grid::new("option-allotment")
        .num_columns(9)
        // Cells get this room from the first frame on, so the boxes keep their width.
        .max_col_width(CELL_WIDTH)
        .spacing([12.0, 6.0])
        .striped(true)
        .show(ui, |ui| {
            for (i, g) in groups.iter().enumerate() {
                let name_path = format!("option.allotment[{i}].name");
                let persons_path = format!("option.allotment[{i}].persons");
                let rights_path = format!("option.allotment[{i}].rights");
                form.text(
                    ui,
                    Field::new(&name_path, "").wide().with_width(NAME_WIDTH),
                    &g.name,
                    move |s, v| {
                        if let Some(x) = s.option.allotment.get_mut(i) {
                            x.name = v;
                        }
                    },
                );
                form.count(
                    ui,
                    Field::new(&persons_path, "persons").with_width(COUNT_WIDTH),
                    g.persons.into(),
                    MAX_COUNT,
                    move |s, v| {
                        if let Some(x) = s.option.allotment.get_mut(i) {
                            x.persons = u32::try_from(v).unwrap_or(u32::MAX);
                        }
                    },
                );
                form.count(
                    ui,
                    Field::new(&rights_path, "rights").with_width(COUNT_WIDTH),
                    g.rights.into(),
                    MAX_COUNT,
                    move |s, v| {
                        if let Some(x) = s.option.allotment.get_mut(i) {
                            x.rights = u32::try_from(v).unwrap_or(u32::MAX);
                        }
                    },
                );
                match summary.and_then(|a| a.rows.get(i)) {
                    Some(row) => {
                        figure(
                            ui,
                            FIGURE_CHARS,
                            format!("{} shares", format_count(row.shares)),
                        );
                        figure(ui, FIGURE_CHARS, format_jpy(row.value));
                    }
                    None => {
                        ui.label("—");
                        ui.label("—");
                    }
                }
                if ui.small_button(tr(ui, "ui-remove")).clicked() {
                    remove = Some(i);
                }
                ui.end_row();
            }
            if let Some(a) = summary {
                ui.label(RichText::new(tr(ui, "ui-total")).strong());
                ui.label("");
                ui.label("");
                counted(ui, a.total_persons, "persons");
                ui.label("");
                counted(ui, a.total_rights, "rights");
                let shares = format_count(a.total_shares);
                figure(ui, FIGURE_CHARS, format!("{shares} shares"));
                figure(ui, FIGURE_CHARS, format_jpy(a.total_value));
                ui.end_row();
            }
        });
    if let Some(i) = remove {
        form.drafts.clear();
        form.scenario.option.allotment.remove(i);
    }
    ui.horizontal(|ui| {
        if ui.button(tr(ui, "ui-add-a-group")).clicked() {
            // One person and no rights: valid as it stands, ready to be filled in.
            form.scenario.option.allotment.push(AllotmentGroupTerms {
                name: tr(ui, "ui-new-group"),
                persons: 1,
                rights: 0,
            });
        }
        match (&cx.results.option, summary) {
            (Ok(_), Some(a)) => {
                let text = crate::ui::lang::tr_args(
                    ui,
                    "allotment-maximum",
                    &[
                        ("max", &format_count(a.max_rights.into())),
                        ("within", if a.within_maximum { "yes" } else { "no" }),
                    ],
                );
                ui.label(RichText::new(text).weak());
            }
            (Err(e), _) => problem(
                ui,
                &format!(
                    "{}: {}",
                    e.field,
                    e.message_in(crate::ui::lang::language(ui.ctx()))
                ),
            ),
            _ => {}
        }
    });
}

/// A total under a count field: the number right-aligned under the box, the unit beside it.
fn counted(ui: &mut Ui, n: u32, unit: &str) {
    ui.horizontal(|ui| {
        let layout = egui::Layout::right_to_left(egui::Align::Center);
        let size = egui::vec2(COUNT_WIDTH, ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, layout, |ui| {
            ui.label(RichText::new(format_count(n.into())).monospace());
        });
        ui.label(RichText::new(unit).weak());
    });
}

/// A computed value in a table cell, right-aligned by padding in the monospace font
/// (a right-to-left layout in a grid cell spills over its neighbours).
fn figure(ui: &mut Ui, chars: usize, text: String) {
    ui.label(RichText::new(format!("{text:>chars$}")).monospace());
}
