//! The paid-in grant's valuation on a worker thread: up to seconds of simulation never
//! hold up a frame. The app hands [`PaidValuer::update`] the grant's inputs every frame
//! (derived with the other results); when they differ from those of the job running and
//! of the last value, the running job is cancelled and a new one starts. The last value
//! is kept with the inputs it was for: it goes into the results only while those are
//! still the inputs, and the panel shows it dimmed, "not current", while the next one
//! runs.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

use eframe::egui;

use crate::domain::{FieldError, Message};
use crate::scenario::{PaidInputs, PaidValued, ScenarioResults};

/// How often the window redraws while a job runs, for its progress bar.
const PROGRESS_INTERVAL: Duration = Duration::from_millis(100);

/// What the worker and the window share: work done of work planned, and a stop flag.
#[derive(Default)]
pub struct Progress {
    done: AtomicU64,
    planned: AtomicU64,
    cancel: AtomicBool,
}

impl Progress {
    /// Records progress; false once the job is to stop (the simulation's `progress`).
    pub fn report(&self, done: u64, planned: u64) -> bool {
        self.done.store(done, Ordering::Relaxed);
        self.planned.store(planned, Ordering::Relaxed);
        !self.cancelled()
    }

    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The share done, 0 to 1.
    pub fn fraction(&self) -> f32 {
        let planned = self.planned.load(Ordering::Relaxed);
        if planned == 0 {
            return 0.0;
        }
        (self.done.load(Ordering::Relaxed) as f64 / planned as f64).clamp(0.0, 1.0) as f32
    }
}

/// One computation on a worker thread. Dropping it asks the worker to stop.
pub struct Job<T> {
    progress: Arc<Progress>,
    result: Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Runs `work` on a thread named `name`; `ctx` is asked to redraw when it is done.
    /// Refused (with the reason) when no thread can be had.
    pub fn start(
        ctx: &egui::Context,
        name: &str,
        work: impl FnOnce(&Progress) -> T + Send + 'static,
    ) -> Result<Self, FieldError> {
        let progress = Arc::new(Progress::default());
        let (tx, rx) = channel();
        let worker = Arc::clone(&progress);
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let result = work(&worker);
                let _ = tx.send(result);
                ctx.request_repaint();
            })
            .map_err(|e| {
                FieldError::new(
                    "paid_option",
                    Message::id("err-paid-cannot-start").with("detail", e.to_string()),
                )
            })?;
        Ok(Self {
            progress,
            result: rx,
        })
    }

    pub fn fraction(&self) -> f32 {
        self.progress.fraction()
    }

    /// The result once there is one; `Some(None)` if the worker ended without one.
    pub fn poll(&self) -> Option<Option<T>> {
        match self.result.try_recv() {
            Ok(result) => Some(Some(result)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}

impl<T> Drop for Job<T> {
    fn drop(&mut self) {
        self.progress.cancel.store(true, Ordering::Relaxed);
    }
}

/// A grant's value, or why it has none.
pub type Valued = Result<PaidValued, FieldError>;

impl Job<Valued> {
    /// Values a grant's `inputs` on a worker thread.
    pub fn value(inputs: &PaidInputs, ctx: &egui::Context) -> Result<Self, FieldError> {
        let work = inputs.clone();
        Self::start(ctx, "paid-valuation", move |p: &Progress| {
            work.value(&|done, planned| p.report(done, planned))
        })
    }

    /// The value once the worker is done; a worker that ended without one (it
    /// panicked) gives an error rather than nothing, so the grant is not valued again
    /// and again.
    pub fn poll_value(&self) -> Option<Valued> {
        self.poll().map(|result| {
            result.unwrap_or_else(|| {
                Err(FieldError::new(
                    "paid_option",
                    Message::id("err-paid-cannot-start").with("detail", "-"),
                ))
            })
        })
    }
}

/// The grant's valuation: the job running, if any, and the last value with its inputs.
#[derive(Default)]
pub struct PaidValuer {
    running: Option<(PaidInputs, Job<Valued>)>,
    last: Option<(PaidInputs, Valued)>,
    /// Inputs whose valuation the user stopped: not started again until they change or
    /// the user asks.
    stopped: Option<PaidInputs>,
}

/// What the panel shows of the valuation.
pub struct PaidView<'a> {
    /// The last value and the inputs it was for.
    pub last: Option<(&'a PaidInputs, &'a Valued)>,
    /// True when that value is for the inputs now in the scenario.
    pub current: bool,
    /// The share done of the valuation running, if one is.
    pub running: Option<f32>,
    /// True when the user stopped the valuation of the inputs now in the scenario.
    pub stopped: bool,
}

impl PaidValuer {
    /// Collects a finished job, and starts one when `inputs` (the grant's, `None`
    /// without a valid grant) have no value and none running. Never waits.
    pub fn update(&mut self, inputs: Option<&PaidInputs>, ctx: &egui::Context) {
        if let Some((_, job)) = &self.running
            && let Some(result) = job.poll_value()
            && let Some((for_inputs, _)) = self.running.take()
        {
            self.last = Some((for_inputs, result));
        }
        let Some(inputs) = inputs else {
            self.running = None;
            return;
        };
        let valued = self.last.as_ref().is_some_and(|(i, _)| i == inputs);
        let running = self.running.as_ref().is_some_and(|(i, _)| i == inputs);
        let stopped = self.stopped.as_ref() == Some(inputs);
        if valued || stopped {
            self.running = None;
        } else if !running {
            self.start(inputs, ctx);
        }
        if self.running.is_some() {
            ctx.request_repaint_after(PROGRESS_INTERVAL);
        }
    }

    fn start(&mut self, inputs: &PaidInputs, ctx: &egui::Context) {
        // The old job stops as it is dropped.
        self.running = None;
        self.stopped = None;
        match Job::value(inputs, ctx) {
            Ok(job) => self.running = Some((inputs.clone(), job)),
            Err(e) => self.last = Some((inputs.clone(), Err(e))),
        }
    }

    /// Stops the valuation running; it is not started again for the same inputs.
    pub fn stop(&mut self) {
        if let Some((inputs, _)) = self.running.take() {
            self.stopped = Some(inputs);
        }
    }

    /// Values the stopped inputs after all (on the next update).
    pub fn resume(&mut self) {
        self.stopped = None;
    }

    /// True while the grant's current inputs are being valued.
    pub fn valuing(&self) -> bool {
        self.running.is_some()
    }

    /// Puts the last value into `results` when it is for the inputs there.
    pub fn fill(&self, results: &mut ScenarioResults) {
        if let (Some(Ok(paid)), Some((inputs, valued))) = (&mut results.paid_option, &self.last)
            && paid.inputs == *inputs
        {
            paid.valued = Some(valued.clone());
        }
    }

    /// The valuation as the panel shows it, against the scenario's `inputs`.
    pub fn view(&self, inputs: Option<&PaidInputs>) -> PaidView<'_> {
        PaidView {
            last: self.last.as_ref().map(|(i, v)| (i, v)),
            current: self.last.as_ref().is_some_and(|(i, _)| Some(i) == inputs),
            running: self.running.as_ref().map(|(_, job)| job.fraction()),
            stopped: inputs.is_some() && self.stopped.as_ref() == inputs,
        }
    }
}
