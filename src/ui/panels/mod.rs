//! One file per panel. Each panel reads the derived results and edits the scenario
//! through a `Form`; none computes a figure itself.

mod compare;
mod notices;
mod offering;
mod options;
mod paid;

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
    /// The open scenario's name (its file name, or "untitled").
    pub file_name: &'f str,
    /// The paid-in grant's background valuation.
    pub paid: &'f crate::ui::paid_job::PaidView<'f>,
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
    paid: paid::PaidPanel,
    volatility: volatility::VolatilityPanel,
    notices: notices::NoticesPanel,
    summary: summary::SummaryPanel,
    compare: compare::ComparePanel,
}

impl Panels {
    /// The Compare tab's files and table (the app adds files and exports the table).
    pub fn compare_mut(&mut self) -> &mut compare::ComparePanel {
        &mut self.compare
    }

    pub fn compare(&self) -> &compare::ComparePanel {
        &self.compare
    }

    pub fn show(&mut self, panel: Panel, ui: &mut Ui, cx: &mut PanelContext<'_, '_>) {
        match panel {
            Panel::Offering => self.offering.ui(ui, cx),
            Panel::Timetable => self.timetable.ui(ui, cx),
            Panel::Options => self.options.ui(ui, cx),
            Panel::Paid => self.paid.ui(ui, cx),
            Panel::Volatility => self.volatility.ui(ui, cx),
            Panel::Notices => self.notices.ui(ui, cx),
            Panel::Summary => self.summary.ui(ui, cx),
            Panel::Compare => self.compare.ui(ui, cx),
        }
    }
}
