//! "Check by simulation" beside a value from the grid: the same right simulated on the
//! same closes at the grant's accuracy, in the background, and how far the two values
//! are apart in standard errors. The grid is the default where it applies; this puts
//! the simulation beside it as its check, as a valuation firm would.

use eframe::egui::{self, RichText, Ui};

use crate::domain::paid_option::valuation::{Method, MethodUsed, Valuation};
use crate::report::Value;
use crate::scenario::PaidInputs;
use crate::ui::lang::{language, tr, tr_args};
use crate::ui::value_queue::ValueQueue;

/// Further apart than this many standard errors, the two values disagree: the bound
/// the tests hold the methods to.
const AGREE_WITHIN: f64 = 4.0;

/// The check the user asked for, if any, and its valuation.
#[derive(Default)]
pub struct SimulationCheck {
    /// The check asked for; dropped when the grant's terms change.
    requested: Option<Request>,
    queue: ValueQueue,
}

/// The grant's inputs when the check was asked for, and the same valued by simulation
/// whatever the grid could do: made once, on the click, not every frame.
struct Request {
    of: PaidInputs,
    simulated: PaidInputs,
}

impl Request {
    fn new(inputs: &PaidInputs) -> Self {
        let mut simulated = inputs.clone();
        simulated.settings.method = Method::Simulation;
        Self {
            of: inputs.clone(),
            simulated,
        }
    }
}

impl SimulationCheck {
    /// The check's value once it has run for these `inputs`.
    pub fn result(&self, inputs: &PaidInputs) -> Option<&Valuation> {
        let requested = self.requested.as_ref().filter(|r| r.of == *inputs)?;
        match self.queue.value_of(&requested.simulated)? {
            Ok(valued) => Some(&valued.valuation),
            Err(_) => None,
        }
    }

    /// The button, the check's progress, or its outcome, under a current grid value
    /// `grid` of `inputs`; nothing for other methods (the simulation checks itself, and
    /// Black–Scholes is exact).
    pub fn show(&mut self, ui: &mut Ui, inputs: &PaidInputs, grid: &Valuation) {
        if self.requested.as_ref().is_some_and(|r| r.of != *inputs) {
            self.requested = None;
        }
        let requests: Vec<&PaidInputs> = self.requested.iter().map(|r| &r.simulated).collect();
        self.queue.update(&requests, ui.ctx());
        if grid.method != MethodUsed::Grid {
            return;
        }
        let Some(requested) = &self.requested else {
            // In a row: the column would stretch the button across its width.
            ui.horizontal(|ui| {
                if ui
                    .button(tr(ui, "paid-check"))
                    .on_hover_text(tr(ui, "paid-check-hint"))
                    .clicked()
                {
                    self.requested = Some(Request::new(inputs));
                }
            });
            return;
        };
        if let Some(progress) = self.queue.progress(&requests) {
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(progress.fraction)
                        .desired_width(160.0)
                        .show_percentage(),
                );
                ui.label(tr(ui, "paid-checking"));
            });
            return;
        }
        match self.queue.value_of(&requested.simulated) {
            Some(Ok(simulation)) => outcome(ui, grid, &simulation.valuation),
            Some(Err(e)) => {
                let text = e.message_in(language(ui.ctx()));
                ui.colored_label(ui.visuals().error_fg_color, text);
            }
            None => {}
        }
    }
}

/// The simulated value, its paths and seed, and the distance to the grid's value in
/// standard errors (the grid's error estimate added in quadrature); a warning past
/// [`AGREE_WITHIN`].
fn outcome(ui: &mut Ui, grid: &Valuation, simulation: &Valuation) {
    let lang = language(ui.ctx());
    let number_dp = |value: f64, dp| Value::Number { value, dp }.display_in(lang);
    let number = |value: f64| number_dp(value, 4);
    let spread = simulation.uncertainty.hypot(grid.uncertainty);
    let apart = if spread > 0.0 {
        (grid.value_per_share - simulation.value_per_share) / spread
    } else {
        0.0
    };
    let (pairs, seed) = simulation
        .simulation
        .as_ref()
        .map_or((0, 0), |s| (s.pairs, s.seed));
    let text = tr_args(
        ui,
        "paid-check-result",
        &[
            ("value", &number(simulation.value_per_share)),
            ("se", &number(simulation.uncertainty)),
            ("pairs", &Value::Count(pairs).display_in(lang)),
            ("seed", &seed.to_string()),
            ("apart", &number_dp(apart.abs(), 1)),
            ("side", if apart < 0.0 { "below" } else { "above" }),
        ],
    );
    ui.add(egui::Label::new(RichText::new(text).weak()).wrap());
    if apart.abs() > AGREE_WITHIN {
        let warning =
            RichText::new(tr(ui, "paid-check-disagree")).color(ui.visuals().warn_fg_color);
        ui.add(egui::Label::new(warning).wrap());
    }
}
