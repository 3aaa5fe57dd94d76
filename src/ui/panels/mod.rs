//! One file per panel. Each panel reads the derived results and edits the scenario
//! through a `Form`; none computes a figure itself.

mod notices;
mod offering;
mod options;

pub use options::use_rate;
mod summary;
mod timetable;
mod volatility;

use eframe::egui::Ui;

use super::Panel;
use super::command::Command;
use super::fields::Form;
use crate::scenario::{HistoryCheck, ScenarioResults};

/// What every panel receives each frame.
pub struct PanelContext<'f, 'a> {
    pub form: &'f mut Form<'a>,
    pub results: &'f ScenarioResults,
    /// Suspected splits and whether σ still comes from the history.
    pub history: &'f HistoryCheck,
    /// Commands for the app (import, jump, …).
    pub queue: &'f mut Vec<Command>,
}

impl PanelContext<'_, '_> {
    /// True when an entry is invalid: results come from the last valid values.
    pub fn stale(&self) -> bool {
        self.form.drafts.error_count() > 0
    }
}

/// The panels and their own view state (chart ranges and the like).
#[derive(Default)]
pub struct Panels {
    offering: offering::OfferingPanel,
    timetable: timetable::TimetablePanel,
    options: options::OptionsPanel,
    volatility: volatility::VolatilityPanel,
    notices: notices::NoticesPanel,
    summary: summary::SummaryPanel,
}

impl Panels {
    pub fn show(
        &mut self,
        panel: Panel,
        ui: &mut Ui,
        form: &mut Form<'_>,
        results: &ScenarioResults,
        history: &HistoryCheck,
        queue: &mut Vec<Command>,
    ) {
        let mut cx = PanelContext {
            form,
            results,
            history,
            queue,
        };
        match panel {
            Panel::Offering => self.offering.ui(ui, &mut cx),
            Panel::Timetable => self.timetable.ui(ui, &mut cx),
            Panel::Options => self.options.ui(ui, &mut cx),
            Panel::Volatility => self.volatility.ui(ui, &mut cx),
            Panel::Notices => self.notices.ui(ui, &mut cx),
            Panel::Summary => self.summary.ui(ui, &mut cx),
        }
    }
}
