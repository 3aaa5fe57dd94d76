//! A typed path, for desktops without a file-dialog service (and for people who
//! prefer to paste one).

use crate::ui::lang::tr;
use std::path::PathBuf;

use eframe::egui;

use crate::ui::files::FilePurpose;

pub struct PathPrompt {
    pub purpose: FilePurpose,
    pub text: String,
    /// Why the prompt appeared, when it was not asked for ("no file dialog is available").
    pub note: Option<String>,
    /// Keyboard focus goes to the path once, when the prompt opens.
    focused: bool,
}

impl PathPrompt {
    pub fn new(purpose: FilePurpose, text: String, note: Option<String>) -> Self {
        Self {
            purpose,
            text,
            note,
            focused: false,
        }
    }
}

/// What happened this frame.
pub enum PromptResult {
    Open,
    Chosen(FilePurpose, PathBuf),
    Cancelled,
}

pub fn show(ctx: &egui::Context, prompt: &mut PathPrompt) -> PromptResult {
    let mut result = PromptResult::Open;
    let modal = egui::Modal::new(egui::Id::unique("path-prompt")).show(ctx, |ui| {
        ui.set_min_width(480.0);
        ui.heading(prompt.purpose.title(crate::ui::lang::language(ui.ctx())));
        if let Some(note) = &prompt.note {
            ui.label(egui::RichText::new(note).weak());
        }
        ui.add_space(6.0);
        let label = ui.label(tr(ui, "ui-path"));
        let edit = ui.add(
            egui::TextEdit::singleline(&mut prompt.text)
                .desired_width(f32::INFINITY)
                .hint_text(hint(prompt.purpose)),
        );
        let edit = edit.labelled_by(label.id);
        // Ask for the keyboard until the field has it: a modal's first frame only
        // measures its contents, and a request made then is lost.
        if !prompt.focused {
            if edit.has_focus() {
                prompt.focused = true;
            } else {
                edit.request_focus();
            }
        }
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let ok = ui
                .add_enabled(!prompt.text.trim().is_empty(), egui::Button::new("OK"))
                .clicked();
            if (ok || entered) && !prompt.text.trim().is_empty() {
                result = PromptResult::Chosen(prompt.purpose, PathBuf::from(prompt.text.trim()));
            }
            if ui.button(tr(ui, "ui-cancel")).clicked() {
                result = PromptResult::Cancelled;
            }
        });
    });
    if matches!(result, PromptResult::Open) && modal.should_close() {
        result = PromptResult::Cancelled;
    }
    result
}

/// An example path of the kind the prompt asks for, in the platform's own form.
fn hint(purpose: FilePurpose) -> String {
    let name = match purpose {
        FilePurpose::OpenScenario | FilePurpose::SaveScenario => "deal.json".to_owned(),
        FilePurpose::CompareScenarios => "discount-4.json".to_owned(),
        FilePurpose::ExportComparison(format) => format!("comparison.{}", format.extension()),
        FilePurpose::ImportPrices => "closes.csv".to_owned(),
        FilePurpose::ImportCurve => "jgbcm_all.csv".to_owned(),
        FilePurpose::Export(format) => format.file_name("deal"),
    };
    if cfg!(windows) {
        format!(r"C:\Users\you\Documents\{name}")
    } else {
        format!("/home/you/Documents/{name}")
    }
}
