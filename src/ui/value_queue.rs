//! Paid-in grants valued one after another on a worker thread, each once, for as long
//! as someone wants them: the Compare tab's files (the open scenario's grant is the
//! window's own valuation, `paid_job`) and the Paid-in panel's check by simulation.
//! No frame waits.

use std::time::Duration;

use eframe::egui;

use super::paid_job::{Job, Valued};
use crate::scenario::PaidInputs;

/// How often the window redraws while a grant is valued, for the progress bar.
const PROGRESS_INTERVAL: Duration = Duration::from_millis(100);

/// The values known, by the inputs they are for, and the valuation running.
#[derive(Default)]
pub struct ValueQueue {
    values: Vec<(PaidInputs, Valued)>,
    running: Option<(PaidInputs, Job<Valued>)>,
    /// Counts the values that arrived: the table is rebuilt when it changes.
    generation: u64,
}

/// How far the queue is.
pub struct QueueProgress {
    /// Grants valued so far, of `total`.
    pub done: usize,
    pub total: usize,
    /// The share done of the grant being valued.
    pub fraction: f32,
}

impl ValueQueue {
    /// Collects a finished value and starts the next grant of `wanted` that has none;
    /// a grant no longer wanted (its file removed, its check dropped) stops, and its
    /// value is forgotten. Never waits.
    pub fn update(&mut self, wanted: &[&PaidInputs], ctx: &egui::Context) {
        if let Some((_, job)) = &self.running
            && let Some(value) = job.poll_value()
            && let Some((inputs, _)) = self.running.take()
        {
            self.values.push((inputs, value));
            self.generation += 1;
        }
        if self
            .running
            .as_ref()
            .is_some_and(|(inputs, _)| !wanted.contains(&inputs))
        {
            // Dropping the job stops it.
            self.running = None;
        }
        // A file added again is valued again, which is what its user expects after
        // editing it.
        self.values.retain(|(inputs, _)| wanted.contains(&inputs));
        if self.running.is_none()
            && let Some(next) = wanted.iter().find(|w| self.value_of(w).is_none())
        {
            let value = Job::value(next, ctx);
            match value {
                Ok(job) => self.running = Some(((*next).clone(), job)),
                Err(e) => {
                    self.values.push(((*next).clone(), Err(e)));
                    self.generation += 1;
                }
            }
        }
        if self.running.is_some() {
            ctx.request_repaint_after(PROGRESS_INTERVAL);
        }
    }

    /// The value of a grant with these inputs, once known.
    pub fn value_of(&self, inputs: &PaidInputs) -> Option<&Valued> {
        self.values
            .iter()
            .find(|(i, _)| i == inputs)
            .map(|(_, value)| value)
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The progress over `wanted` while a grant is valued; `None` when all are done.
    pub fn progress(&self, wanted: &[&PaidInputs]) -> Option<QueueProgress> {
        let (_, job) = self.running.as_ref()?;
        let done = wanted.iter().filter(|w| self.value_of(w).is_some()).count();
        Some(QueueProgress {
            done,
            total: wanted.len(),
            fraction: job.fraction(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{from_json, paid_inputs};

    /// The bundled example's grant: tiers on a simulated metric, valued by simulation
    /// at the default accuracy, seconds of work in a test build.
    fn example_grant() -> PaidInputs {
        let text = include_str!("../../assets/scenarios/paid-in-example.json");
        let scenario = from_json(text).unwrap();
        paid_inputs(&scenario).unwrap().unwrap()
    }

    #[test]
    fn a_grant_is_valued_once_and_stops_when_its_file_goes() {
        let ctx = egui::Context::default();
        let grant = example_grant();
        let mut valuer = ValueQueue::default();
        valuer.update(&[&grant], &ctx);
        // Just started: running, nothing known yet, one of one under way.
        let progress = valuer.progress(&[&grant]).expect("a valuation runs");
        assert_eq!((progress.done, progress.total), (0, 1));
        assert!(valuer.value_of(&grant).is_none());
        assert_eq!(valuer.generation(), 0);
        // Its file removed: the valuation stops and nothing is kept.
        valuer.update(&[], &ctx);
        assert!(valuer.progress(&[&grant]).is_none());
        assert!(valuer.value_of(&grant).is_none());
    }
}
