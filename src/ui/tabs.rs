//! The panel tabs under the menu bar.

use eframe::egui::{RichText, Ui};

use super::Panel;
use super::command::Command;
use super::lang::tr;

pub fn show(ui: &mut Ui, current: Panel, queue: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for panel in Panel::ALL {
            let text = RichText::new(tr(ui, panel.message_id())).size(15.0);
            if ui.selectable_label(current == panel, text).clicked() && current != panel {
                queue.push(Command::ShowPanel(panel));
            }
        }
    });
    ui.add_space(2.0);
}
