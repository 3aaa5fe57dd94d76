//! Help: the formulas the desk applies and their legal sources.

use eframe::egui::{self, RichText};

const RULES: &[(&str, &str, &str)] = &[
    (
        "Issue price",
        "Base price × (1 − discount rate), fractions of a yen rounded down (or down to the tick). The discount shown is (base − issue) ÷ base, to two decimals, rounded half up.",
        "Offering terms resolved by the Board; JSDA rules on pricing of public offerings",
    ),
    (
        "Stated capital",
        "Half of the total amount to be paid (or the configured share, never below half), fractions of a yen rounded up; the rest is additional paid-in capital. Split on totals, never per share.",
        "Companies Act art. 445(1)–(3); Ordinance on Company Accounting art. 14",
    ),
    (
        "Over-allotment and third-party allotment",
        "Over-allotment shares are sold at the selling price (= issue price). The lead underwriter subscribes the third-party allotment at the amount to be paid, split into capital the same way (maximum figures).",
        "Offering terms",
    ),
    (
        "Timetable",
        "TSE business days (weekdays except national holidays and Dec 31 – Jan 3) counted from the calculation date: subscription = next two business days, payment = 5th, delivery = the next business day after payment, cover period from the day after subscription ends. Every date can be overridden.",
        "Act on National Holidays; TSE business rules",
    ),
    (
        "Option value (Black–Scholes)",
        "C = S e^(−qT) N(d) − X e^(−rT) N(d − σ√T), d = (ln(S/X) + (r − q + σ²/2) T) ÷ (σ√T). Amount per right = C × shares per right, fractions of a yen rounded up.",
        "Companies Act art. 238; the issue notice, item (12)",
    ),
    (
        "Capital on exercise",
        "Half of the capital-increase limit (book value of the rights + the exercise amount), fractions of a yen rounded up; the rest to capital reserve.",
        "Ordinance on Company Accounting art. 17(1)",
    ),
    (
        "Volatility",
        "Closes adjusted for splits; the close of the last trading day of each Monday–Sunday week within the window (inclusive); log returns; sample standard deviation (n − 1) × √52 (weekly) or × √252 (daily).",
        "The issue notice, item (12) 5)",
    ),
];

/// Returns false once closed.
pub fn show(ctx: &egui::Context) -> bool {
    let mut open = true;
    egui::Window::new("Formulas and sources")
        .open(&mut open)
        .default_width(640.0)
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for (title, rule, source) in RULES {
                    ui.label(RichText::new(*title).strong());
                    ui.label(*rule);
                    ui.label(RichText::new(*source).small().weak());
                    ui.add_space(8.0);
                }
            });
        });
    open
}
