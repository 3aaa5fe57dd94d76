//! Messages for the user, drawn over the bottom right of the window so they never
//! push the form down. Information fades after a few seconds; errors stay until
//! dismissed, because the user has to read them.

use crate::ui::lang::tr;
use eframe::egui::{self, Align2, RichText};

/// How long information stays fully visible, then how long it takes to fade out.
const SHOW_S: f64 = 4.0;
const FADE_S: f64 = 1.0;

/// A message for the user.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub text: String,
    /// When it was first drawn (the clock of egui's input); information fades from there.
    shown_at: Option<f64>,
}

/// The messages on screen, oldest first.
#[derive(Debug, Default)]
pub struct Notices {
    list: Vec<Notice>,
}

impl Notices {
    pub fn error(&mut self, text: impl Into<String>) {
        self.list.push(Notice {
            error: true,
            text: text.into(),
            shown_at: None,
        });
    }

    /// Information replaces earlier information; errors stay.
    pub fn info(&mut self, text: impl Into<String>) {
        self.list.retain(|n| n.error);
        self.list.push(Notice {
            error: false,
            text: text.into(),
            shown_at: None,
        });
    }

    /// The messages still on screen (tests read them).
    pub fn current(&self) -> &[Notice] {
        &self.list
    }

    /// Draws the messages and drops information whose time is up.
    pub fn show(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        self.list.retain(|n| n.error || opacity(n, now) > 0.0);
        if self.list.is_empty() {
            return;
        }
        let mut dismiss = None;
        egui::Area::new(egui::Id::unique("notices"))
            .order(egui::Order::Foreground)
            .anchor(Align2::RIGHT_BOTTOM, [-12.0, -36.0])
            .interactable(true)
            .show(ctx, |ui| {
                ui.set_max_width(520.0);
                for (i, n) in self.list.iter_mut().enumerate() {
                    let shown_at = *n.shown_at.get_or_insert(now);
                    let alpha = opacity(n, now);
                    let visuals = ui.visuals().clone();
                    let (icon, color) = if n.error {
                        ("⚠", visuals.error_fg_color)
                    } else {
                        ("ℹ", visuals.text_color())
                    };
                    egui::Frame::popup(ui.style())
                        .multiply_with_opacity(alpha)
                        .show(ui, |ui| {
                            ui.set_opacity(alpha);
                            ui.horizontal_wrapped(|ui| {
                                ui.label(RichText::new(format!("{icon} {}", n.text)).color(color));
                                if n.error && ui.button(tr(ui, "ui-dismiss")).clicked() {
                                    dismiss = Some(i);
                                }
                            });
                        });
                    if !n.error {
                        // Keep frames coming until the message has faded away.
                        let left = (shown_at + SHOW_S + FADE_S - now).max(0.0);
                        let next = if alpha < 1.0 {
                            1.0 / 30.0
                        } else {
                            left - FADE_S
                        };
                        ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                            next.max(1.0 / 30.0),
                        ));
                    }
                    ui.add_space(4.0);
                }
            });
        if let Some(i) = dismiss {
            self.list.remove(i);
        }
    }
}

/// 1 while information is fresh, falling to 0 over the fade; errors always 1.
fn opacity(n: &Notice, now: f64) -> f32 {
    match n.shown_at {
        _ if n.error => 1.0,
        None => 1.0,
        Some(t) => {
            let age = now - t;
            if age <= SHOW_S {
                1.0
            } else {
                (1.0 - (age - SHOW_S) / FADE_S).clamp(0.0, 1.0) as f32
            }
        }
    }
}
