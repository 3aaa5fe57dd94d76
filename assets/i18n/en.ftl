# Offering Desk — English. One message per id; ja.ftl has the same ids (tests/i18n.rs).
# Whole sentences with placeholders; never glue fragments together in code.

## Menu bar
menu-file = File
menu-new = New
menu-open = Open…
menu-open-path = Open path…
menu-open-recent = Open Recent
menu-no-recent = No recent files
menu-save = Save
menu-save-as = Save As…
menu-save-path = Save to path…
menu-import-prices = Import price history…
menu-import-prices-path = Import price history from path…
menu-export = Export
menu-copy-summary = Copy summary
menu-quit = Quit
menu-edit = Edit
menu-undo = Undo
menu-redo = Redo
menu-view = View
menu-language = Language
menu-zoom-in = Zoom in
menu-zoom-out = Zoom out
menu-zoom-reset = Actual size
menu-help = Help
menu-formulas = Formulas and sources
menu-about = About Offering Desk

## Themes
theme-light = Light
theme-dark = Dark
theme-system = Follow system

## Panels (tabs and View menu)
panel-offering = Offering
panel-timetable = Timetable
panel-options = Stock options
panel-volatility = Volatility
panel-notices = Notices
panel-summary = Summary

## Status bar
status-unsaved = ● Unsaved changes
status-saved = Saved
status-no-problems = No problems
status-problems = { $count ->
    [one] ⚠ 1 problem
   *[other] ⚠ { $count } problems
}
status-problems-hint = Go to the first problem: an invalid entry, a suspected unadjusted split, or a σ that no longer comes from the price history
status-cancel-import = Cancel import
status-cancel-import-hint = Stop reading the file; nothing is imported

## Figures (label by summary key; the window, the CLI table)
fig-base_price = Base price on the calculation date
fig-issue_price = Issue price (selling price)
fig-discount_rate = Discount rate applied
fig-amount_to_be_paid = Amount to be paid
fig-spread_per_share = Underwriting spread per share
fig-spread_rate = Underwriting spread rate
fig-new_shares = Public offering: new shares
fig-total_issue_price = Total amount of the issue price
fig-total_amount_to_be_paid = Total amount to be paid
fig-stated_capital = Public offering: stated capital increase
fig-additional_paid_in_capital = Public offering: additional paid-in capital increase
fig-underwriting_spread_total = Underwriters' spread on the public offering
fig-over_allotment_shares = Over-allotment: shares to be sold
fig-total_selling_price = Over-allotment: total amount of the selling price
fig-allotment_shares = Third-party allotment: new shares (maximum)
fig-allotment_total_amount_to_be_paid = Third-party allotment: total amount to be paid (maximum)
fig-allotment_stated_capital = Third-party allotment: stated capital increase
fig-allotment_additional_paid_in_capital = Third-party allotment: additional paid-in capital increase
fig-gross_proceeds = Gross proceeds (maximum)
fig-estimated_expenses = Estimated issuance expenses
fig-net_proceeds = Net proceeds (maximum)
fig-uses_of_proceeds_total = Planned uses of proceeds
fig-unallocated_proceeds = Net proceeds not allocated to a use
fig-calculation_date = Calculation date
fig-subscription_start = Subscription period start
fig-subscription_end = Subscription period end
fig-payment = Payment date
fig-delivery = Delivery date
fig-cover_start = Syndicate cover transaction period start
fig-cover_end = Syndicate cover transaction period end
fig-allotment_subscription = Third-party allotment subscription date
fig-allotment_payment = Third-party allotment payment date
fig-share_price = Share price (S)
fig-exercise_price = Exercise price (X)
fig-term_years = Expected remaining period (T)
fig-volatility = Volatility (σ)
fig-risk_free_rate = Risk-free rate (r)
fig-dividend_yield = Dividend yield (q)
fig-d1 = d
fig-d2 = d − σ√T
fig-n_d1 = N(d)
fig-n_d2 = N(d − σ√T)
fig-price_per_share = Option price per share (C)
fig-price_times_shares = C × shares per right
fig-amount_per_right = Amount per stock acquisition right
fig-amount_per_right_exact = Amount per right, exact convention
fig-amount_per_right_spreadsheet = Amount per right, spreadsheet convention
fig-amount_convention = Rounding convention of the amount per right
fig-delta = Delta
fig-gamma = Gamma
fig-vega = Vega
fig-theta = Theta
fig-rho = Rho
fig-total_persons = Allotment: persons
fig-total_rights = Allotment: rights
fig-total_shares = Allotment: shares on exercise
fig-total_value = Allotment: total value
fig-exercise_capital_increase_limit = On exercise: capital-increase limit
fig-exercise_stated_capital = On exercise: increase in capital stock
fig-exercise_capital_reserve = On exercise: increase in capital reserve
fig-shares_per_right_after_split = Shares per right after a later split
fig-first_date = First sample
fig-last_date = Last sample
fig-samples = Samples
fig-returns = Log returns
fig-stdev_per_period = Standard deviation per period
fig-annualized_volatility = Annualised volatility

## Input fields: field-<path> is the label, hint-<path> the rule shown on hover
## (the path with its [index] dropped and dots as hyphens)
field-title = Scenario title
hint-title = The scenario's name in the window, the workbook and the file.
field-notes = Notes
hint-notes = Sources, assumptions, who changed what. Saved with the scenario; not printed in the notices.
field-company-name = Company name
hint-company-name = As the notices name it first: Internet Initiative Japan Inc.
field-company-short_name = Short name
hint-company-short_name = The name the notices use after the first mention ("IIJ"). Empty: "the Company" only.
field-company-securities_code = Securities code
hint-company-securities_code = TSE securities code, e.g. 3774.
field-company-listing_codes = Listing codes
hint-company-listing_codes = As the identification line prints them, in order, separated by commas: NASDAQ:IIJI, TSE:3774.
field-company-dateline_city = Dateline city
hint-company-dateline_city = The city before the date in the first line (Tokyo, July 10, 2013 - …). Empty: the date alone.
field-schedule-launch_resolution_date = Launch resolution (board)
hint-schedule-launch_resolution_date = The board meeting that resolved the offering; the pricing notice's first sentence cites it.
field-schedule-pricing_resolution_date = Pricing resolution (board)
hint-schedule-pricing_resolution_date = The board resolution that fixed the issue price, where the company holds one. Optional.
field-drafts-launch_release_title = Launch press release
hint-drafts-launch_release_title = Its title, quoted in the Use of Proceeds paragraph ("For more information, please refer to …").
field-drafts-launch_release_date = Launch press release date
hint-drafts-launch_release_date = Empty: the date of the launch resolution, the usual case.
field-option-resolution_date = Board resolution
hint-option-resolution_date = The board meeting that resolved the issue of the stock acquisition rights: the date of the notice.
field-option-dividend_fiscal_year_end = Dividend's fiscal year ended
hint-option-dividend_fiscal_year_end = Last day of the fiscal year the dividend (q) is taken from; the notice prints "the fiscal year ended March, 2013".
field-option-dividend_split_effective_date = Split effective on
hint-option-dividend_split_effective_date = Effective date of the split the dividend is adjusted for (the split ratio is on the Stock options panel).
field-option-acquisition_conditions = (8) Conditions for acquisition
hint-option-acquisition_conditions = Item (8) of the English notice. One line per paragraph; a line starting "1)" is a list item.
field-option-restructuring_terms = (9) Organizational restructuring
hint-option-restructuring_terms = Item (9) of the English notice. One line per paragraph; "1)" starts a list item; a line starting with spaces continues it.
field-option-exercise_conditions = (11) Other exercise conditions
hint-option-exercise_conditions = Item (11) of the English notice. One line per paragraph; a line starting "1)" is a list item.
field-offering-base_price = Base price
hint-offering-base_price = Closing price on the calculation date (TSE regular trading).
field-offering-discount_rate = Discount rate
hint-offering-discount_rate = Issue price = base price × (1 − discount rate), fractions of a yen rounded down.
field-offering-issue_price = Issue price
hint-offering-issue_price = The issue price as decided; the discount it implies is shown to two decimals.
field-offering-tick_size = Price step
hint-offering-tick_size = The issue price is rounded down to a multiple of this step (1 yen unless the deal says otherwise).
field-offering-amount_to_be_paid = Amount to be paid
hint-offering-amount_to_be_paid = The price the underwriters pay the company per share; they sell at the issue price. May carry sen (1,286.55).
field-offering-spread_rate = Underwriting spread
hint-offering-spread_rate = Amount to be paid = issue price × (1 − spread), fractions of a yen rounded down.
field-offering-new_shares = New shares (public offering)
hint-offering-new_shares = Number of new shares issued by way of public offering.
field-offering-stated_capital_ratio = Share to stated capital
hint-offering-stated_capital_ratio = At least half of the total amount paid goes to stated capital, fractions of a yen rounded up; the rest is additional paid-in capital. Companies Act art. 445; Ordinance on Company Accounting art. 14.
field-offering-over_allotment_shares = Over-allotment shares
hint-offering-over_allotment_shares = Secondary offering by way of over-allotment, sold at the selling price (= issue price).
field-offering-allotment_shares = Third-party allotment (max)
hint-offering-allotment_shares = New shares allotted to the lead underwriter at the amount to be paid, to cover the over-allotment (maximum).
field-offering-estimated_expenses = Estimated issuance expenses
hint-offering-estimated_expenses = Deducted from the gross proceeds to give the net proceeds.
hint-offering-uses_of_proceeds-purpose = What the money is for, as the notice words it.
field-offering-uses_of_proceeds-amount = Amount
hint-offering-uses_of_proceeds-amount = Planned amount for this use.
field-offering-uses_of_proceeds-deadline = By
hint-offering-uses_of_proceeds-deadline = When the money is to be spent.
hint-option-allotment-name = Who receives the rights, as the notice words it, e.g. "Directors (excluding part-time and outside directors)". Must not be empty.
hint-option-allotment-persons = Number of persons in the group; at least 1 when the group receives rights.
hint-option-allotment-rights = Rights allotted to the group; all groups together may not exceed the total number of rights (maximum).
field-option-series_name = Name of the stock acquisition rights
hint-option-series_name = As resolved by the Board of Directors, e.g. "… Stock Acquisition Rights (3rd series)".
field-option-shares_per_right = Shares per right
hint-option-shares_per_right = Class and number of shares underlying each right: common stock. Adjusted on a later split or consolidation: shares after = shares before × ratio, fractions of a share rounded down.
field-option-max_rights = Total number of rights (maximum)
hint-option-max_rights = The maximum number of stock acquisition rights to be issued; the allotment below may not exceed it (Companies Act art. 238(1)(i)).
field-option-allotment_date = Allotment date
hint-option-allotment_date = Date the rights are allotted (Companies Act art. 238(1)(iv)); the share price S is its closing price.
field-option-exercise_period_start = Exercise period from
hint-option-exercise_period_start = First day the rights may be exercised: on or after the allotment date (typically the next day). Holders usually exercise only within 10 days after losing their position as director or executive officer.
field-option-exercise_period_end = Exercise period to
hint-option-exercise_period_end = Last day the rights may be exercised: on or after the start of the period (typically 30 years after the allotment date).
field-option-share_price = Share price (S)
hint-option-share_price = Closing price of the common stock in regular trading on the Tokyo Stock Exchange on the allotment date.
field-option-exercise_price = Exercise price (X)
hint-option-exercise_price = Value of the assets to be contributed upon exercise, per share: 1 yen for stock-compensation options (Companies Act art. 236(1)(ii)).
field-option-term_years = Expected remaining period (T)
hint-option-term_years = Expected period from the allotment date to exercise, in years (decimals allowed); above 0 and at most 100. For stock-compensation options, estimated from the expected remaining tenure of the directors and officers.
field-option-volatility = Volatility (σ)
hint-option-volatility = Annualised volatility of the share price, from weekly closes over a period matching T up to the allotment date (see the Volatility panel, "Use this σ"). From 0.01 % to 500 %. Typing a value here marks σ as entered.
field-option-risk_free_rate = Risk-free rate (r)
hint-option-risk_free_rate = Yield of the super-long Japanese government bond whose remaining period matches T.
field-option-dividend_per_share = Expected dividend
hint-option-dividend_per_share = Dividend per share for the last fiscal year, as paid. Divided by the split ratio since then and by S to give the dividend yield q.
field-option-dividend_split_ratio = Split ratio since that dividend
hint-option-dividend_split_ratio = Shares after ÷ shares before for splits since the dividend was paid: 200 for a 1:200 split; 1 when none.
field-option-rights_exercised = Rights assumed exercised
hint-option-rights_exercised = For the capital-on-exercise figures: the capital-increase limit is the rights' book value plus the exercise amount; half of it, fractions of a yen rounded up, is capital stock, the rest capital reserve (Ordinance on Company Accounting art. 17; Companies Act art. 445). From 0 to the rights allotted.
field-option-later_split_ratio = Later split or consolidation ratio
hint-option-later_split_ratio = To illustrate the adjustment of the shares per right: 2 for a 1:2 split, 0.5 for a 2:1 consolidation, 1 for none. Fractions of a share are rounded down.
field-schedule-calculation_date = Calculation date
hint-schedule-calculation_date = The pricing date: the base price is its closing price; every date below counts TSE business days from it
field-price_history-window_start = Window start
hint-price_history-window_start = First date of the measurement period; empty = the first close of the series. The notice: volatility computed from the closing price on the last trading date of each week between December 2, 2005 and July 11, 2013.
field-price_history-window_end = Window end
hint-price_history-window_end = Last date of the measurement period (on or after the start); empty = the last close of the series. A week cut by the end contributes its last close inside the window.
field-price_history-rolling_returns = Returns per rolling window
hint-price_history-rolling_returns = For the chart only: σ over the last N returns at each sample, from 2 to 1,000 (52 = one year of weekly returns). The valuation uses the whole window.
hint-price_history-splits-effective_date = 1:200 split → 200; 2:1 consolidation → 0.5; closes before the effective date are divided by the ratio
hint-price_history-splits-ratio = 1:200 split → 200; 2:1 consolidation → 0.5; closes before the effective date are divided by the ratio

## Units after a field
unit-jpy = JPY
unit-shares = shares
unit-jpy-per-share = JPY per share
unit-years = years
unit-rights = rights
unit-persons = persons
unit-returns = returns
unit-new-per-old-share = new per old share

## Headings, buttons and notes of the panels and dialogs
ui-hover-a-day-for-details = (hover a day for details)
ui-add-a-group = Add a group
ui-add-a-split-or-consolidation = Add a split or consolidation
ui-add-a-use = Add a use
ui-amount-to-be-paid-per-right = Amount to be paid per right
ui-amount-to-be-paid-set-by = Amount to be paid set by
ui-annualised = Annualised σ
ui-back-to-the-standard-wording = Back to the standard wording
ui-calculation-of-the-amount-to-be-paid = Calculation of the amount to be paid
ui-cancel = Cancel
ui-changed-on-disk = Changed on disk
ui-chart = Chart
ui-check-this-move-again = Check this move again
ui-clear-the-override-the-date-follows-its-rule-aga = Clear the override: the date follows its rule again.
ui-close = Close
ui-close-jpy = Close (JPY)
ui-company = Company
ui-confirmed-as-real-moves-not-splits = Confirmed as real moves, not splits:
ui-copy-summary = Copy summary
ui-date = Date
ui-discard-changes = Discard changes
ui-discard-them = Discard them
ui-discount-rate = Discount rate
ui-discount-rate-2 = Discount rate (%)
ui-discount-rate-explorer = Discount-rate explorer
ui-dismiss = Dismiss
ui-dragging-sets-the-issue-price-by-discount = Dragging sets the issue price by discount.
ui-edited-for-this-scenario = Edited for this scenario.
ui-effective-date = Effective date
ui-figures = Figures
ui-historical-volatility = Historical volatility
ui-how-it-is-set = How it is set
ui-illustrations = Illustrations
ui-import-csv = Import CSV…
ui-import-a-csv-by-typing-its-path-where-no-file-di = Import a CSV by typing its path (where no file dialog is available).
ui-import-price-history = Import price history
ui-in-use-for-the-option-valuation = In use for the option valuation
ui-issue-price-set-by = Issue price set by
ui-jpy-millions = JPY millions
ui-jpy-per-right = JPY per right
ui-jpy-per-share = JPY per share
ui-jpy-per-share-split-adjusted = JPY per share (split-adjusted)
ui-large-moves = Large moves
ui-measurement = Measurement
ui-no-closes-to-chart-import-a-price-history = No closes to chart: import a price history.
ui-no-lines-were-rejected = No lines were rejected.
ui-none-are-entered-there-is-nothing-to-clear-or-ke = None are entered: there is nothing to clear or keep.
ui-none-closes-are-used-as-recorded = None: closes are used as recorded.
ui-none-every-weekday-in-this-span-is-a-tse-busines = None: every weekday in this span is a TSE business day.
ui-not-current-results-are-from-the-last-valid-entr = Not current: results are from the last valid entries.
ui-open-the-volatility-panel = Open the Volatility panel
ui-option-sensitivity = Option sensitivity
ui-override-empty-derived = Override (empty = derived)
ui-overwrite = Overwrite
ui-path = Path
ui-persons-to-be-allotted-and-number-of-rights = Persons to be allotted and number of rights
ui-price-history = Price history
ui-pricing-notice = Pricing notice
ui-remove = Remove
ui-remove-this-split-or-consolidation = Remove this split or consolidation
ui-replace-price-history = Replace price history
ui-replaces-the-ratio-entered-across-this-move = Replaces the ratio entered across this move.
ui-reset = Reset
ui-restore = Restore
ui-restore-unsaved-work = Restore unsaved work?
ui-rounding-of-c-shares = Rounding of C × shares
ui-rows = Rows
ui-sampling = Sampling
ui-save = Save
ui-save-as = Save As…
ui-scenario = Scenario
ui-share-price-s-jpy = Share price S (JPY)
ui-source = Source:
ui-splits-and-consolidations = Splits and consolidations
ui-splits-and-consolidations-entered-for-the-loaded = Splits and consolidations entered for the loaded history
ui-stock-acquisition-rights = Stock acquisition rights
ui-stock-option-notice = Stock-option notice
ui-suspected-unadjusted-splits-in-the-new-closes = Suspected unadjusted splits in the new closes
ui-tse-closures = TSE closures
ui-tse-holiday = TSE holiday
ui-take-the-the-loaded-history-gives-over-the-recor = Take the σ the loaded history gives over the recorded window.
ui-terms = Terms
ui-the-closes-do-not-jump-here-the-split-belongs-to = The closes do not jump here: the split belongs to other closes.
ui-the-notice-s-standard-wording = The notice's standard wording.
ui-the-pricing-window-is-kept-undo-brings-the-old-h = The pricing window is kept; undo brings the old history back.
ui-the-uses-reconcile-with-the-net-proceeds = The uses reconcile with the net proceeds.
ui-the-usual-timetable-1-2-5-12-and-16-tse-business = The usual timetable: 1, 2, 5, 12 and 16 TSE business days.
ui-timetable = Timetable
ui-total = Total
ui-unsaved-changes = Unsaved changes
ui-use-of-proceeds = Use of proceeds
ui-valuation = Valuation
ui-volatility = Volatility σ (%)
ui-where-came-from-typed-here-or-measured-on-the-pr = Where σ came from: typed here, or measured on the price history.
ui-calculation-or-timetable-date = calculation or timetable date
ui-from-path = from path…
ui-weekend = weekend
ui-print-the-number-of-new-shares-offered = Print the number of new shares offered
ui-greeks-of-c-per-share = Greeks of C (per share)
ui-allotment = Allotment
ui-adjustment-on-a-later-split-or-consolidation = Adjustment on a later split or consolidation
ui-show-how-each-figure-was-reached = Show how each figure was reached
ui-check-the-history-then-use-this-sigma = Check the history, its splits and window, then "Use this σ".
ui-capital-on-exercise = Capital on exercise (Ordinance on Company Accounting art. 17)

## Chart series
chart-current = Current
chart-issue-price = Issue price
chart-total-amount-to-be-paid = Total amount to be paid
chart-net-proceeds = Net proceeds
chart-amount-per-right = Amount per right
chart-current-sigma = Current σ
chart-current-spot = Current S

## Timetable overrides (the hint in English is built with the date's rule)
field-schedule-overrides-subscription_start = Subscription period start
field-schedule-overrides-subscription_end = Subscription period end
field-schedule-overrides-payment = Payment date
field-schedule-overrides-delivery = Delivery date
field-schedule-overrides-cover_start = Syndicate cover transaction period start
field-schedule-overrides-cover_end = Syndicate cover transaction period end
field-schedule-overrides-allotment_subscription = Third-party allotment subscription date
field-schedule-overrides-allotment_payment = Third-party allotment payment date

## Notices (bottom right of the window)
notice-recovery-unreadable = Unsaved work from the last session was found but cannot be read; it is kept in { $path }. { $reason }
notice-opened = Opened { $path }
notice-open-failed = Could not open the file. { $reason }
notice-saved = Saved { $path }
notice-save-failed = Could not save. { $reason }
notice-exported = Exported { $path }
notice-export-failed = Could not export. { $reason }
notice-import-failed = Could not import the price history. { $reason }
notice-import-cancelled = Import of { $path } cancelled
notice-summary-copied = Summary copied: paste it into Excel to fill the cells
notice-finish-dialog-first = Finish or cancel “{ $title }” first, then try again.
notice-close-dialog-first = Close the open dialog first, then drop the file again.
notice-restored = Unsaved work restored

## Dialogs
dialog-unsaved-before-new = { $file } has changes that are not saved. Save them before you start a new scenario?
dialog-unsaved-before-open = { $file } has changes that are not saved. Save them before you open another file?
dialog-unsaved-before-quit = { $file } has changes that are not saved. Save them before you quit?
dialog-changed-on-disk = { $file } was changed by another program since you opened it. Overwrite it with your version, or save yours under another name?
dialog-restore-unnamed = an unsaved scenario
dialog-restore-kept = Offering Desk did not close normally last time. Unsaved changes to { $file } (“{ $title }”) were kept.
dialog-restore-kept-at = Offering Desk did not close normally last time. Unsaved changes to { $file } (“{ $title }”) were kept at { $when }.

## Schema version 3: the Japanese title, notes and company name, and the era option
field-title_ja = Scenario title (Japanese)
hint-title_ja = The title the Japanese window and drafts show; empty: the title above.
field-notes_ja = Notes (Japanese)
hint-notes_ja = The notes the Japanese drafts print under this draft's origin; empty: the notes above.
field-company-name_ja = Company name (Japanese)
hint-company-name_ja = As a Japanese notice's letterhead prints it (会社名): 株式会社インターネットイニシアティブ. Empty: a [会社名] blank.
ui-japanese-drafts = Japanese drafts
ui-dates-with-the-era = Dates with the era (平成25年7月18日)
ui-dates-with-the-era-hint = The Japanese notice drafts write every date with the Japanese era (令和, 平成 …) instead of the Western year, as many notices do.

## Schema version 4: the option notice's items (8), (9), (11) once per language. The
## Japanese window edits the Japanese texts under the same labels as the English ones.
field-option-acquisition_conditions_ja = (8) Conditions for acquisition
hint-option-acquisition_conditions_ja = Item (8) of the Japanese notice. One line per paragraph; a line starting "1)" is a list item.
field-option-restructuring_terms_ja = (9) Organizational restructuring
hint-option-restructuring_terms_ja = Item (9) of the Japanese notice. One line per paragraph; "1)" starts a list item; a line starting with spaces continues it.
field-option-exercise_conditions_ja = (11) Other exercise conditions
hint-option-exercise_conditions_ja = Item (11) of the Japanese notice. One line per paragraph; a line starting "1)" is a list item.
ui-option-items-intro = Items (8), (9) and (11) start from the wording of IIJ's notice of June 26, 2013; edit them to the company's own terms. This window edits the English draft's texts; the Japanese window, the Japanese draft's.
ui-item-uses-the-other-language = No English text for this item yet: the English draft prints the Japanese text shown above. Type over it to word it in English.
ui-use-the-other-language-s-text = Use the Japanese text instead

## The open file, when it has no path
file-sample = Sample scenario (IIJ 2013)
file-untitled = Untitled

## Typing errors under a field
err-not-yen = "{ $text }" is not an amount in yen; type e.g. 3,450 or 3450円 or JPY 1,286.55
err-not-count = "{ $text }" is not a whole number; type e.g. 4,700,000
err-not-percent = "{ $text }" is not a percentage; type e.g. 3, 3% or 3.0 %
err-not-number = "{ $text }" is not a number; type e.g. 200 or 0.5
err-at-most = must be at most { $text }

## Help > Formulas and sources: title, rule and source of each
help-issue-price-title = Issue price
help-issue-price-rule = Base price × (1 − discount rate), fractions of a yen rounded down (or down to the tick). The discount shown is (base − issue) ÷ base, to two decimals, rounded half up.
help-issue-price-source = Offering terms resolved by the Board; JSDA rules on pricing of public offerings
help-stated-capital-title = Stated capital
help-stated-capital-rule = Half of the total amount to be paid (or the configured share, never below half), fractions of a yen rounded up; the rest is additional paid-in capital. Split on totals, never per share.
help-stated-capital-source = Companies Act art. 445(1)–(3); Ordinance on Company Accounting art. 14
help-allotments-title = Over-allotment and third-party allotment
help-allotments-rule = Over-allotment shares are sold at the selling price (= issue price). The lead underwriter subscribes the third-party allotment at the amount to be paid, split into capital the same way (maximum figures).
help-allotments-source = Offering terms
help-timetable-title = Timetable
help-timetable-rule = TSE business days (weekdays except national holidays and Dec 31 – Jan 3) counted from the calculation date: subscription = next two business days, payment = 5th, delivery = the next business day after payment, cover period from the day after subscription ends. Every date can be overridden.
help-timetable-source = Act on National Holidays; TSE business rules
help-option-value-title = Option value (Black–Scholes)
help-option-value-rule = C = S e^(−qT) N(d) − X e^(−rT) N(d − σ√T), d = (ln(S/X) + (r − q + σ²/2) T) ÷ (σ√T). Amount per right = C × shares per right, fractions of a yen rounded up.
help-option-value-source = Companies Act art. 238; the issue notice, item (12)
help-capital-on-exercise-title = Capital on exercise
help-capital-on-exercise-rule = Half of the capital-increase limit (book value of the rights + the exercise amount), fractions of a yen rounded up; the rest to capital reserve.
help-capital-on-exercise-source = Ordinance on Company Accounting art. 17(1)
help-volatility-title = Volatility
help-volatility-rule = Closes adjusted for splits; the close of the last trading day of each Monday–Sunday week within the window (inclusive); log returns; sample standard deviation (n − 1) × √52 (weekly) or × √252 (daily).
help-volatility-source = The issue notice, item (12) 5)
about-version = Version { $version }, built { $date }
about-text = Pricing of Japanese follow-on offerings and stock-compensation stock options: issue price, capital split, proceeds, timetable and option value per right.
err-not-a-date = "{ $text }" is not a date; type e.g. 2013-07-19, 2013/7/19, 2013年7月19日 or H25.7.19
err-outside-era = "{ $text }" is { $date }, which is not in the { $era } era

## Timetable notes (the Japanese wording of the rules is in report/fmt_ja.rs)
timetable-overridden = overridden; derived date was { $date } ({ $rule })
timetable-assumed = ⚠ assumed — set the date from the launch notice
timetable-assumed-hint = Derived as the { $rule }. The board fixes this date at launch, and the offset behind it fits one past deal and misses others by a week: type the date from the launch notice in the override box.
timetable-skipped = { $days } skipped
timetable-skipped-group = { $name } ({ $days })
timetable-day-joiner = {", "}
timetable-group-joiner = {"; "}

## The import preview (the sentences about each split and move are still English)
import-read = { $closes } from { $from } to { $to } (columns “{ $date_column }” and “{ $close_column }”; { $encoding } text).
import-rejected = { $lines } rejected:
import-entered = Entered: { $list }.
import-confirmed = Confirmed as real moves: { $list }.
import-clear-them = Clear them
import-keep-them = Keep them
import-review-each = Review each
import-default-choice = { $choice } (default)
import-no-suspects = None: no move between consecutive closes of × 1.8 or more either way is left unexplained.
import-more-suspects = … and { $count } more: is this one share's closes?
import-unticked-moves = Moves left unticked stay listed on the Volatility panel and count as problems until they are added or confirmed as real moves.
import-nothing-else-changes = Nothing else changes.
import-on-replace = On replace: { $summary }
import-close-column = Close from column
import-reading-column = Reading the closes from “{ $column }”…
import-column-failed = No closes read from “{ $column }”: { $reason }
import-adjusted-column = ⚠ “{ $column }” holds adjusted closes, which already include splits: the split list must be empty (Clear them), or the splits are applied twice.
timetable-closures-span = Holidays and year-end days from { $from } to { $to }; weekends are not listed.
timetable-offsets = Offsets (TSE business days after the calculation date)
chart-pricing-window = Pricing window
chart-suspected-split = Suspected unadjusted split
chart-daily-close = Daily close
chart-weekly-closes = Weekly closes
chart-daily-closes = Daily closes
chart-too-few-samples = Too few samples for a rolling window of { $returns } returns.

## Volatility panel
vol-correct-first = Correct the invalid entries first.
vol-use-this-sigma = Use this σ
vol-use-this-sigma-hint = Sets the option's σ to this figure, rounded half up to 6 decimals, and records the window and sampling it was measured over.
vol-closes-span = { $count } closes from { $from } to { $to }
vol-no-closes = No closes yet.
vol-import-hint = Replace the closes with a CSV of dates and closing prices (preview first).

## Radio buttons
radio-discount = discount
radio-entered-price = entered price
radio-entered-amount = entered amount
radio-spread = spread
radio-exact = exact
radio-spreadsheet = spreadsheet
radio-weekly = weekly
radio-daily = daily

## Where σ came from (English is built in the panel: "σ from price history, …")
sigma-entered = σ entered
sigma-first-close = first close
sigma-last-close = last close
sigma-from-history = σ from price history, { $window }

## What is wrong with a field (shown beside it, or after its path in the CLI)
err-expenses-over-gross = must not exceed the gross proceeds of { $gross }
err-tick-size = must be a positive price step no larger than the base price
err-no-issue-price = leaves no issue price: the rounded price must be at least one tick
err-paid-over-issue = must not exceed the issue price of { $price }
err-spread-leaves-nothing = leaves no amount to be paid: it must be below 100 %
err-price-range = must be a price above 0 and at most JPY 1,000,000,000, in yen and sen (two decimals at most)
err-amount-range = must be an amount from JPY 0 to JPY 1,000,000,000,000,000,000, in yen and sen
err-shares-range = must be a whole number of shares from { $min } to 10,000,000,000
err-rate-range = must be at least 0 % and below 100 %
err-capital-ratio = must be from 50 % to 100 %: at least half of the amount paid goes to stated capital (Companies Act art. 445)
err-too-large-in-yen = is too large to compute in yen
err-yen-not-negative = must be 0 yen or more
err-yen-positive = must be above 0 yen
err-yen-finite-not-negative = must be a finite number of yen, 0 or more
err-at-least-one = must be at least 1
err-not-empty = must not be empty
err-persons-for-rights = must be at least 1 when the group receives rights
err-total-too-large = total is too large
err-allotment-over-max = allots { $total } rights, more than the maximum of { $max } rights
err-split-ratio-positive = must be above 0 (200 for a 1:200 split, 0.5 for a 2:1 consolidation)
err-split-too-many-shares = gives { $shares } shares per right, more than { $max } allowed
err-split-under-one-share = leaves { $before } × { $ratio } = { $unrounded } shares, under one whole share per right
err-dividend-split-ratio = must be above 0 (1 if there was no split)
err-positive-denominator = must be a quotient with a positive denominator
err-finite-positive = must be a finite number above 0
err-term-range = must be above 0 and at most 100 years
err-volatility-range = must be between 0.0001 and 5 (0.01 % to 500 %)
err-rate-plus-minus-one = must be between -1 and 1 (-100 % to 100 %)
err-option-not-computable = spot, strike and term give a value too large or too small to compute; check the spot and strike are in yen per share
err-barrier-below-spot = must be below the share price: a down barrier at or above it has already been reached
err-barrier-above-spot = must be above the share price: an up barrier at or below it has already been reached
err-finite-number = must be a finite number
err-rebate-rate-band = must be at most { $low } or at least { $high } with this negative dividend yield: in between, a payment at the barrier has no closed-form value
err-calendar-range = the TSE calendar covers { $first } to { $last }; { $date } is outside it
err-calendar-years = the TSE calendar covers { $first } to { $last }; { $year } is outside it
err-business-days-nonzero = must be a non-zero number of TSE business days: 1 or more counts forward, -1 or less backward
err-count-runs-past = counting { $n } TSE business days from { $date } runs past { $edge }; the TSE calendar covers { $first } to { $last }
err-to-before-from = must be on or after the start date { $from }; got { $to }
err-offset-too-large = must be at most { $max } TSE business days
err-offset-range = must be from { $min } to { $max } TSE business days after the calculation date{ $floor ->
        [not-before] { " " }(not before { $other }, { $other_value })
        [after] { " " }(after { $other }, { $other_value })
        [after-both] { " " }(after { $other }, { $other_value }, and { $second }, { $second_value })
       *[none] {""}
    }; got { $value }
err-first-date-after-calculation = { $item } ({ $date }) must be after the calculation date ({ $calculation })
err-date-order = { $later } ({ $later_date }) must be { $may_equal ->
        [yes] on or after
       *[no] after
    } the { $earlier } ({ $earlier_date })
err-day-after-subscription = the day after the subscription period must be a representable date
err-close-positive = must be a positive, finite price, got { $close } on { $date }
err-dates-increasing = dates must be strictly increasing with no duplicates: { $date } does not come after { $previous } (row { $row })
err-split-ratio-got = must be a positive number of new shares per old share (1:200 split → 200, 2:1 consolidation → 0.5), got { $ratio }
err-splits-combined = the combined ratio of the splits is too large or too small to apply; check each ratio is new shares per old share
err-close-after-splits = { $close } on { $date } falls outside the representable range once the splits are applied; check { $splits }
err-window-start-after-end = must be on or before the window end ({ $end }), got { $start }
err-closes-too-extreme = the closes are too extreme to compute a volatility
err-too-few-samples = needs at least 3 { $frequency ->
        [weekly] weekly samples
       *[daily] closes
    } in the window (2 returns), found { $found }; widen the window
err-line-company-name-ja = must be the company's name as a Japanese notice prints it, or empty: one line of at most { $max } characters
err-line-short-name = must be the name the notices use after the first mention ("IIJ"), or empty: one line of at most { $max } characters
err-line-dateline-city = must be the city of the dateline ("Tokyo"), or empty: one line of at most { $max } characters
err-line-listing-code = must be a listing code such as TSE:3774: one line of at most { $max } characters
err-line-launch-release-title = must be the title of the launch press release: one line of at most { $max } characters
err-listing-codes-max = must list at most { $max } listing codes
err-listing-code-empty = must be a listing code such as TSE:3774 or NASDAQ:IIJI, not empty
err-listing-code-twice = must not repeat a listing code ({ $code } is listed twice)
err-launch-resolution-after-calculation = must be on or before the calculation date ({ $date }): the offering is resolved before it is priced
err-before-launch-resolution = must be on or after the launch resolution date ({ $date })
err-launch-release-after-calculation = must be on or before the calculation date ({ $date }): the launch is announced before pricing
err-resolution-after-allotment = must be on or before the allotment date ({ $date }): the board resolves the issuance before the rights are allotted
err-fiscal-year-end-after-allotment = must be on or before the allotment date ({ $date }): the dividend is that of a fiscal year already ended
err-dividend-split-after-allotment = must be on or before the allotment date ({ $date }): the dividend is adjusted for splits made by then
err-share-price-range = must be above JPY 0 and at most JPY 1,000,000,000
err-exercise-price-range = must be above JPY 0 and at most JPY 1,000,000,000 (1 yen for stock-compensation options)
err-volatility-percent-range = must be from 0.01 % to 500 %
err-risk-free-rate-range = must be above −100 % and below 100 % (a fraction: 0.0125 = 1.25 %)
err-dividend-range = must be from JPY 0 to JPY 1,000,000,000
err-dividend-split-ratio-range = must be above 0 (200 for a 1:200 split since the dividend; 1 when none)
err-later-split-ratio-range = must be above 0 (2 for a 1:2 split, 0.5 for a 2:1 consolidation, 1 for none)
err-at-least-one-share = must be at least 1 share
err-at-least-one-right = must be at least 1 right
err-exercised-over-allotted = must be from 0 to the { $total } rights allotted
err-exercise-end-before-start = must be on or after the start of the exercise period
err-exercise-start-before-allotment = must be on or after the allotment date
err-text-block-max = must be at most { $max } characters (empty for the wording of the 2013 notice)
err-history-close-positive = must be a price above 0 (on { $date })
err-history-dates-increasing = dates must be strictly increasing: { $date } follows { $previous }
err-window-end-before-start = must be on or after the window start ({ $start })
err-rolling-returns-range = must be from 2 to 1,000 returns per rolling window
load-problems = { $count ->
        [one] 1 problem in the scenario:
       *[other] { $count } problems in the scenario:
    }

## Price files: why a file or a line was not imported
csv-cancelled = reading was cancelled
csv-no-rows = the file has no rows; expected a date column and a close column
csv-no-usable-rows = no usable rows: { $rejected } line(s) rejected{ $line ->
        [0] {""}
       *[other] { " " }(line { $line }: { $reason })
    }; each row needs a date such as 2013-07-11 and a positive close
csv-only-a-date = without a header each row must be `date,close`; the first row has only a date
csv-only-adjusted-close = only an adjusted close column was found; it already includes splits and dividends, so export the plain Close / 終値 column instead
csv-no-columns = could not find the date and close columns in the first line ({ $first }); expected a header such as Date,Close or 日付,終値, or no header with rows of date,close
csv-duplicate-date = duplicate date { $date }: the close on line { $first } is kept
csv-too-many-fields = { $fields } fields where { $columns } columns are expected; a close like 3,450 must be quoted
csv-date-empty = date is empty
csv-date-unknown = date "{ $text }" is not understood; use 2013-07-11, 2013/7/11 or 20130711
csv-close-empty = close is empty
csv-close-not-number = close "{ $text }" is not a number
csv-close-not-positive = close must be positive, got { $text }
csv-close-missing = no close on this date (the file says "{ $text }": no trading, or no data from the source)
csv-no-such-column = there is no column “{ $name }” in the first line ({ $first })
csv-runs-over-lines = { $reason }; a quoted field runs over lines { $first }–{ $last }, which were read as one row (is a closing quote missing?)
csv-rejected-line = line { $line }: { $reason } — { $text }
err-not-representable = is not a representable number
err-too-large = is too large
err-sigma-not-finite = σ is not a finite number

## The command line's own checks
cli-unknown-extension = { $path } has no known extension: use .xlsx, .csv, .md or .html, or give --format
cli-one-format-with-out = with --out give one format; use --out-dir for several
cli-say-what-to-export = say what to export: --out FILE, --format FORMAT (repeatable) or --all
cli-extension-mismatch = { $format } writes a .{ $extension } file, but --out { $path } ends in .{ $ends }: change the extension or leave out --format
cli-to-before-from = must be on or after --from ({ $from })
sigma-window = { $from } to { $to }, { $sampling }
sigma-stale = ⚠ σ { $in_use } no longer comes from the loaded price history: over { $window }, the history gives { $measured }.
sigma-stale-unmeasurable = ⚠ σ { $in_use } was taken from the price history, but the loaded history cannot measure it over { $window }: { $reason }
sigma-use-from-history = Use σ from history ({ $sigma })
import-sigma-stale = The option's σ ({ $in_use }) does not come from these closes: over { $window }, they give { $measured }; update it on the Stock options panel.
import-sigma-unmeasurable = The option's σ ({ $in_use }) does not come from these closes, which cannot measure it over { $window }; update it on the Stock options panel.
vol-resolve-suspect-first = Resolve the suspected split on { $date } first (above): add it, or confirm the move as real.
vol-option-uses = The option uses σ = { $sigma } ({ $kind ->
        [entered] entered by hand
       *[history] from the history, { $window }
    }){ $stale ->
        [yes] , which the loaded history no longer gives over that window
       *[no] {""}
    }
vol-suspects-in-window = { $count ->
        [one] A suspected unadjusted split lies inside the window: this σ includes it.
       *[other] { $count } suspected unadjusted splits lie inside the window: this σ includes them.
    } Add the split or confirm the move as real (above) before using it.
vol-cannot-use = Cannot use this σ: { $field }: { $reason }

## Rows of lists, numbered
field-option-allotment-name = Group { $n }
field-option-allotment-persons = Persons ({ $n })
field-option-allotment-rights = Rights ({ $n })
field-offering-uses_of_proceeds-purpose = Use { $n }
field-price_history-splits-effective_date = Effective date { $n }
field-price_history-splits-ratio = Ratio { $n }
hint-sampling = Weekly: the close on the last trading day of each Monday–Sunday week, annualised with √52 (as the notice). Daily: every close, √252.
timetable-calculation-closed = { $date } is not a TSE business day ({ $why }): there is no closing price to take the base price from.
timetable-not-business-day = { $date } is not a TSE business day ({ $why })
timetable-cover-calendar-days = { $why }: the cover period counts calendar days, so this is expected
timetable-closed = TSE closed: { $why }
timetable-closed-day = closed
timetable-rule-unknown = derived by its rule
timetable-override-hint = { $item }: { $rule }. Type a date to fix it by agreement (e.g. 2013-07-17); leave empty to use the derived date. Later dates then follow the override and the order of the whole timetable is checked again.
timetable-override-hint-fitted = { $item }: { $rule }. The board fixes this date at launch: type it from the launch notice (e.g. 2013-08-02). Until then the derived date is an assumption. Later dates then follow the override and the order of the whole timetable is checked again.
option-undecided-between = undecided ({ $low } or { $high })
option-roundings-differ = ⚠ The roundings differ. Exact (any true fraction of a yen rounded up): { $exact }{ $used ->
        [exact] { " " }— used
       *[other] {""}
    }. Spreadsheet (ROUNDUP in double precision, as Excel): { $spreadsheet }{ $used ->
        [spreadsheet] { " " }— used
       *[other] {""}
    }.
option-undecided-explained = C × shares lies closer to a whole yen than the computation can resolve: the amount is undecided, the figures below use the higher candidate, and the workbook and notice drafts are not exported until an input changes.
allotment-maximum = Maximum: { $max } rights; the allotment is { $within ->
        [yes] within it
       *[no] over it
    }.
import-source = Imported from { $file }
notice-imported-closes = Imported { $count } closes from { $file }.
notice-recovery-failed = Could not keep a recovery copy of your work. { $reason }

## Suspected splits
split-ratio-split = 1:{ $n } split
split-ratio-consolidation = { $n }:1 consolidation
suspect-line = { $date }: { $previous } → { $close } ({ $change }), { $tail }
suspect-unadjusted = looks like a { $ratio } with no adjustment entered
suspect-large-move = a large move with no adjustment entered
suspect-ratio-leaves-jump = the ratio entered here ({ $entered }) leaves a jump; the closes suggest a { $ratio }
suspect-ratio-makes-jump = the closes do not jump here, but a ratio of { $entered } is entered: it makes a jump
suspect-add = Add a { $ratio } on { $date }
suspect-add-hint = Closes before { $date } are divided by { $factor } (new shares per old share).
suspect-make = Make it a { $ratio } on { $date }
suspect-remove = Remove the split entered on { $date }
suspect-not-a-split = Not a split: a real move on { $date }
suspect-not-a-split-hint = Keep the closes as they are and stop reporting this move (saved with the scenario).
suspects-heading = ⚠ Suspected unadjusted splits ({ $count })
suspects-explained = A move between consecutive closes of × 1.8 or more either way is more likely a split or consolidation than trading. Left as it is, it enters σ as a huge return.
suspects-more = … and { $count } more: fix these first, or check that the file holds one share's closes.
import-added-split = Added a { $ratio } on { $date }.
import-confirmed-moves = { $count ->
        [one] 1 confirmed real move
       *[other] { $count } confirmed real moves
    }
import-cleared = Cleared the adjustments entered for the old closes ({ $what }){ $why ->
        [no-shared-dates] : the new closes share no date with them.
        [other-source] : the new file is another source.
       *[chosen] , as chosen.
    }
import-kept = Kept the adjustments entered before ({ $what }){ $why ->
        [match] : the new closes match the old ones.
       *[chosen] , as chosen, although the new file looks like another source.
    }
import-reviewed-splits = After review, kept { $kept } of { $count ->
        [one] 1 split or consolidation
       *[other] { $count } splits and consolidations
    }{ $kept ->
        [0] {""}
       *[other] { " " }({ $list })
    }.
import-reviewed-removed = Removed: { $list }.
import-reviewed-confirmed = Kept { $kept } of { $count ->
        [one] 1 confirmed real move
       *[other] { $count } confirmed real moves
    }.
import-still-suspects = { $count ->
        [one] 1 move still looks like an unadjusted split: see the Volatility panel.
       *[other] { $count } moves still look like an unadjusted split: see the Volatility panel.
    }
import-progress = { $stage ->
        [parsing] Reading rows of
       *[reading] Reading
    } { $file }: { $done } of { $total }
option-convention-hint = Exact: the true C × shares with any fraction of a yen rounded up, however small (the notice's rule). Spreadsheet: what Excel's ROUNDUP(C × shares, 0) gives with C and the product held in double precision; it loses an excess below about the 15th significant digit, so it can be one yen lower. Both are shown when they differ.
sensitivity-explained = Amount per right as σ or S moves, the other inputs as entered. With a 1-yen exercise price the right is deep in the money, so σ matters little and the amount follows S.
notice-no-file-dialog = No file dialog is available on this desktop: type the path instead.

## Derivations: how each figure was reached (the window, the CLI, the CSV and the
## workbook). Figures are placeholders; a leading {" "} keeps the space before an arrow.
der-joiner = {"; "}
der-stated-capital = { $total } × { $ratio } = { $unrounded } → fractions of a yen rounded up → { $capital } (Ordinance on Company Accounting art. 14)
der-difference = { $a } − { $b } = { $c }
der-discounted = { $from } × (1 − { $rate }) = { $unrounded } → rounded down{ $tick } → { $to }
der-tick = {" "}to a { $tick }-yen tick
der-entered = entered
der-price-times-shares = { $price } × { $shares } shares
der-closing-price = closing price
der-applied-discount = ({ $base } − { $price }) ÷ { $base } = { $rate } → shown to two decimals, rounded half up
der-spread-per-share = { $price } − { $paid } = { $spread } ({ $rate } of the issue price)
der-ratio = { $a } ÷ { $b } = { $rate }
der-minus = { $a } − { $b }
der-plus = { $a } + { $b }
der-reconciles = reconciles
der-does-not-reconcile = does not reconcile
der-rule = { $rule }
der-overridden = overridden (derived: { $derived })
der-skipped = { $date } { $why } skipped
der-either = { $low } or { $high }
der-amount = { $price } × { $shares } shares = { $product }{ $exact }{ $rounding }
der-exact-product = {" "}(exact product: { $product })
der-amount-rounded-up = {" "}→ fractions of a yen rounded up → { $amount }
der-amount-roundup = {" "}→ ROUNDUP in double precision (spreadsheet convention) → { $amount }
der-amount-spreadsheet-gives = a double-precision spreadsheet's ROUNDUP gives { $amount }
der-amount-exact-gives = the exact rounding up gives { $amount }
der-amount-undecided = undecided: C × shares is within { $bound } yen of a whole yen, closer than the computation can resolve ({ $high } carried forward provisionally)
der-split-adjusted-dividend = { $dividend } ÷ { $ratio } (split-adjusted) = { $adjusted }
der-dividend-yield = { $adjusted } ÷ { $spot } = { $rate }
der-black-scholes = S e^(−qT) N(d) − X e^(−rT) N(d − σ√T)
der-times-shares = { $shares } shares per right; within { $bound } yen ({ $method })
der-method-forward-plus-put = S e^(−qT) − X e^(−rT) to 32 digits plus the put in double precision
der-method-double = C in double precision
der-convention-exact = exact: the true C × shares, any fraction of a yen rounded up
der-convention-spreadsheet = spreadsheet: ROUNDUP(C × shares, 0) in double precision, as Excel computes it
der-convention-used = { $convention } (used)
der-convention-not-used = { $convention } (not used)
der-per-yen-of-s = per 1 yen of S
der-per-sigma = per 1.00 of σ
der-per-year = per year
der-per-rate = per 1.00 of r
der-rights-times = { $rights } rights × { $amount }
der-maximum = maximum { $max }
der-exercise-limit = { $rights } rights: book value { $book } + exercise amount { $exercise }
der-half-rounded-up = half of { $limit } → fractions of a yen rounded up
der-split-shares = { $before } × { $ratio } = { $unrounded } → fractions of a share rounded down
der-daily = daily
der-weekly = weekly
der-sample-stdev = sample standard deviation (n − 1) of the log returns
der-annualised = { $stdev } % × √{ $periods }
fig-allotment-row = { $name }: { $persons } persons, { $rights } rights
fig-problem = Problem
value-undecided = undecided: { $low } or { $high }
convention-exact = exact
convention-spreadsheet = spreadsheet

## A figure's status, and the roundings of the stated values
status-assumed = assumed — set the date from the launch notice
status-undecided = undecided — C × shares lies within the computation's error of a whole yen
status-provisional = provisional — from the higher candidate of an undecided amount per right
rule-two-decimals-of-a-percent = two decimals of a percent, half up
rule-six-decimals-of-a-percent = six decimals of a percent, half up
rule-ten-decimals = ten decimals, rounded to nearest
rule-c-ten-decimals = ten decimals of a yen, half up
rule-c-times-shares = C as stated (ten decimals of a yen, half up) times the shares per right

## Units (the CSV's unit column)
measure-jpy = JPY
measure-jpy-per-share = JPY per share
measure-jpy-per-right = JPY per right
measure-shares = shares
measure-shares-per-right = shares per right
measure-rights = rights
measure-persons = persons
measure-percent = %
measure-years = years
measure-date = date
measure-closes = closes
measure-returns = log returns
measure-dimensionless = dimensionless
measure-per-jpy = per JPY of S
measure-jpy-per-sigma = JPY per 1.00 of σ
measure-jpy-per-year = JPY per year
measure-jpy-per-rate = JPY per 1.00 of r
measure-text = text

## The figures CSV: header, sections, the stated row
csv-col-section = section
csv-col-item = item
csv-col-value = value
csv-col-unit = unit
csv-col-key = key
csv-col-rounding = rounding
csv-col-status = status
csv-col-kind = kind
csv-section-offering = offering
csv-section-timetable = timetable
csv-section-option = option
csv-section-volatility = volatility
csv-as-stated = { $label } (as stated)

## Why a file could not be read or written ("<path>: <why>"); $detail is the parser's
## or the system's own words
file-too-large = the file is { $size } bytes; the limit is { $limit } bytes
file-not-utf8 = not UTF-8 text (invalid byte at offset { $offset })
file-undecodable = not UTF-8, UTF-16 or Shift_JIS text (invalid byte at offset { $offset })
file-not-found = { $detail }
file-permission-denied = { $detail }
file-interrupted = { $detail }
file-already-exists = { $detail }
file-storage-full = { $detail }
file-io-other = { $detail }
load-syntax = not valid JSON (line { $line }, column { $column }): { $detail }
load-missing-version = no schema_version: this is not an Offering Desk scenario file
load-bad-version = schema_version must be a whole number from 1 to { $supported }, found { $found }
load-newer-version = schema_version { $found } was written by a newer Offering Desk (this one reads up to { $supported }); update the app to open it
load-field = { $path }: { $detail }
load-field-at = { $path }: { $detail } (line { $line }, column { $column })
csv-section-price-history = price history

## Why an export was refused
export-incomplete = cannot export while { $section } has a problem: { $field }: { $problem }
export-workbook = cannot build the workbook: { $detail }
export-csv = cannot write the CSV: { $detail }
export-undecided = the amount per right is undecided: C × { $shares } shares lies within { $bound } yen of a whole yen, so it is { $low } or { $high }; change an input (for example S or σ in its last digit) or check the figure by hand
import-cannot-start = cannot start reading { $path }: { $detail }
import-stopped = { $path }: reading stopped unexpectedly

## The workbook: sheet names, column titles, sections, notes
xl-comment = Offering Desk summary workbook
xl-sheet-inputs = Inputs
xl-sheet-offering = Offering
xl-sheet-options = Options
xl-sheet-timetable = Timetable
xl-sheet-volatility = Volatility
xl-sheet-holidays = Holidays
xl-col-item = Item
xl-col-value = Value
xl-col-unit = Unit
xl-col-derivation = Derivation
xl-col-formula-derivation = Formula / derivation
xl-col-date = Date
xl-col-weekday = Weekday
xl-col-set-by = Set by
xl-col-rule = Rule
xl-col-rule-date = Rule date
xl-col-closures-skipped-weekdays = Closures skipped (weekdays)
xl-col-check = Check
xl-col-close-on-file = Close on file
xl-col-split-divisor = Split divisor
xl-col-adjusted-close = Adjusted close
xl-col-log-return = Log return
xl-col-rolling = Rolling σ
xl-col-tse-closed-for = TSE closed for
xl-col-cited-in-the-timetable-as = Cited in the timetable as
xl-col-input = Input
xl-col-field = Field
xl-col-name = Name
xl-section-issue-price = Issue price
xl-issue-price-unrounded = Base price × (1 − discount), before rounding
xl-unit-of-the-base-price = of the base price
xl-unit-of-the-issue-price = of the issue price
xl-section-public-offering = Public offering
xl-section-over-allotment = Secondary offering by over-allotment
xl-section-third-party-allotment = Third-party allotment to the lead underwriter
xl-section-proceeds = Proceeds
xl-section-uses-of-proceeds = Uses of proceeds
xl-note-offering = Every figure is a formula on the Inputs sheet (workbook names such as BasePrice) holding the app's value as its cached result, and every derivation is a formula that spells it out from the same cells: change an input and both follow. ROUNDDOWN and ROUNDUP are the notices' rounding rules; the ROUND(…, k) inside them, and ROUND(…, 2) on sums and products of yen, only remove binary floating-point noise (1 − 0.07 is 0.92999… in binary) so that Excel works on the exact decimal amount, as the app does.
xl-vol-historical-volatility = Historical volatility
xl-vol-sampling = Sampling
xl-vol-mean-return = Mean log return per period
xl-vol-stdev = Standard deviation per period (n − 1)
xl-vol-periods-per-year = Periods per year
xl-vol-annualised = Annualised volatility (σ)
xl-vol-sigma-used = σ used for the option (Inputs)
xl-vol-rolling-window = Returns per rolling window
xl-note-volatility = Closes before a split are divided by the ratios of the splits after them. The rolling σ at a date is STDEV.S of the returns of the preceding window (ending at that date) × √periods, over the samples in the window above.
xl-vol-chart-title = Adjusted close and rolling volatility
xl-set-by-fixed = fixed (entered)
xl-set-by-rule = rule
xl-check-not-business-day = not a TSE business day
xl-section-offering-timetable = Offering timetable
xl-set-by-input = input
xl-rule-inputs-sheet = Inputs sheet
xl-rule-business-days-after = { $nth } TSE business day after the calculation date
xl-cited-joiner = {"; "}
xl-section-stock-acquisition-rights = Stock acquisition rights
xl-allotment-date = Allotment date
xl-exercise-period-start = Exercise period start
xl-exercise-period-end = Exercise period end
xl-note-timetable = Every offering date is a formula: WORKDAY.INTL counts TSE business days from the calculation date (or from the date it follows) over the Holidays sheet, skipping weekends, national holidays and the year-end closure (31 Dec – 3 Jan), as the app does. Change the calculation date or an offset on the Inputs sheet and the whole timetable moves. A date typed into an override cell on the Inputs sheet is used as it is ("fixed (entered)"), and later dates follow it; the Rule date column still shows what the rule gives. The cover period's end and the third-party allotment's subscription date (and its payment date, the next business day) are fixed by the board at launch: their offsets only fit one past deal, so until a date is entered they read "assumed — set the date from the launch notice".
xl-check-after = must be after the { $earlier }
xl-check-on-or-after = must be on or after the { $earlier }
xl-check-outside-calendar = outside the TSE calendar ({ $first } to { $last })

## File dialogs and export formats
format-xlsx = Excel workbook (.xlsx)
format-csv = Figures (.csv)
format-prices-csv = Price series (.csv)
format-pricing-notice-md = Pricing notice draft (.md)
format-pricing-notice-html = Pricing notice draft (.html)
format-option-notice-md = Stock-option notice draft (.md)
format-option-notice-html = Stock-option notice draft (.html)
dialog-open-scenario = Open scenario
dialog-save-scenario-as = Save scenario as
dialog-import-prices = Import price history (CSV)
filter-scenario = Offering Desk scenario
filter-csv = CSV
filter-xlsx = Excel workbook
filter-markdown = Markdown
filter-html = HTML
chart-rolling-sigma = σ over { $returns } { $frequency } returns

## The timetable's business-day offsets (Timetable panel, collapsed)
field-schedule-offsets-subscription_start = Subscription start
hint-schedule-offsets-subscription_start = TSE business days after the calculation date on which the subscription period starts (usually 1: the next business day).
field-schedule-offsets-subscription_end = Subscription end
hint-schedule-offsets-subscription_end = TSE business days after the calculation date on which the subscription period ends; not before its start (usually 2).
field-schedule-offsets-payment = Payment
hint-schedule-offsets-payment = TSE business days after the calculation date to the payment date; after the subscription period ends (usually 5). Delivery is the next business day.
field-schedule-offsets-cover_end = Cover period end
hint-schedule-offsets-cover_end = TSE business days after the calculation date on which the syndicate cover transaction period ends; after the subscription period (usually 12).
field-schedule-offsets-allotment_subscription = Allotment subscription
hint-schedule-offsets-allotment_subscription = TSE business days after the calculation date to the third-party allotment subscription date; after the cover period and the payment date (usually 16). Payment is the next business day.
unit-business-days = business days

## The workbook: Options sheet
xl-section-black-scholes-inputs = Black–Scholes inputs
xl-rule-closing-price-on-the-allotment-date = closing price on the allotment date
xl-unit-per-year = per year
xl-dividend-split-adjusted = Dividend per share, split-adjusted
xl-rule-dividend-split-adjusted = dividend as paid ÷ splits since
xl-section-valuation = Valuation
xl-rule-standard-normal-distribution = standard normal distribution function
xl-price-to-ten-decimals = Option price per share, to 10 decimals
xl-rule-as-the-notice-prints-it-half-up = as the notice prints it (half up)
xl-price-to-ten-decimals-times-shares = C to 10 decimals × shares per right
xl-rule-as-the-notice-prints-it = as the notice prints it
xl-forward-part = Forward part S e^(−qT) − X e^(−rT)
xl-rule-put-call-parity = C = forward part + put (put–call parity)
xl-put-part = Put part X e^(−rT) N(−d2) − S e^(−qT) N(−d1)
xl-rule-put-above-zero = above 0 whatever the inputs
xl-rule-exact-convention = A × shares rounded down, plus the rest (its fraction and P × shares, at least 1 yen as P > 0) rounded up
xl-rule-convention-set-on-inputs = set on the Inputs sheet: exact or spreadsheet
xl-section-sensitivities = Sensitivities
xl-section-allotment = Allotment
xl-group-persons = { $name }: persons
xl-group-rights = { $name }: rights
xl-group-value = { $name }: value
xl-group-shares-on-exercise = { $name }: shares on exercise
xl-rule-rights-times-amount-per-right = rights × amount per right
xl-rule-rights-times-shares-per-right = rights × shares per right
xl-max-rights = Maximum rights
xl-within-the-maximum = Within the maximum
xl-yes = yes
xl-no = no
xl-section-capital-on-exercise = Capital on exercise (illustration)
xl-on-exercise-rights-exercised = On exercise: rights exercised
xl-on-exercise-book-value = On exercise: book value of the rights
xl-rule-amount-per-right-times-rights = amount per right × rights
xl-on-exercise-exercise-amount = On exercise: exercise amount
xl-rule-exercise-price-times-shares = exercise price × shares
xl-section-later-split = Adjustment for a later split or consolidation
xl-note-options = C is computed by the app in double precision with a formulation that stays accurate deep in the money; Excel's NORM.S.DIST formula above agrees with it to about 1e-12. The amount per right is C × shares per right with any fraction of a yen rounded up. The app decides that fraction exactly (the forward part to 32 digits, the put with its error bound); the exact row here follows it from the forward part and the put kept apart, which is exact when r = q = 0 and whole-yen S and X, and otherwise right unless C × shares lies within about 1e-9 yen of a whole yen. The spreadsheet row is ROUNDUP(C × shares, 0) as a double-precision spreadsheet computes it: Excel reads its argument to 15 significant digits (and LibreOffice Calc to 12) first, so an excess below that is lost. The cached values are the app's.

## The workbook: Inputs and Holidays sheets
xl-input-section-scenario = Scenario
xl-input-section-offering = Offering
xl-input-section-schedule = Schedule
xl-input-section-option = Stock acquisition rights
xl-input-section-price-history = Price history
xl-input-section-notes = Notes
xl-input-title = Title
xl-input-company = Company
xl-input-base-price = Base price (closing price on the calculation date)
xl-input-issue-price-method = Issue price method
xl-input-issue-price-entered = Issue price (entered)
xl-input-tick-size = Tick size (price step of the issue price)
xl-input-paid-method = Amount to be paid method
xl-input-paid-entered = Amount to be paid (entered)
xl-input-spread-rate = Underwriting spread rate
xl-input-stated-capital-ratio = Stated capital ratio
xl-input-allotment-shares = Third-party allotment shares (maximum)
xl-input-use-purpose = Use of proceeds { $n }: purpose
xl-input-use-amount = Use of proceeds { $n }: amount
xl-input-use-deadline = Use of proceeds { $n }: deadline
xl-input-calculation-date = Calculation date (pricing date)
xl-input-offset = Offset: { $item }
xl-input-override = Override: { $item }
xl-input-series-name = Series name
xl-input-volatility-source = Volatility source
xl-input-dividend = Dividend per share (last fiscal year, as paid)
xl-input-dividend-split-ratio = Splits since that dividend (ratio)
xl-input-max-rights = Maximum rights
xl-input-group-name = Allotment group { $n }: name
xl-input-group-persons = Allotment group { $n }: persons
xl-input-group-rights = Allotment group { $n }: rights
xl-input-exercise-start = Exercise period start
xl-input-exercise-end = Exercise period end
xl-input-later-split-ratio = Later split ratio (1 = none)
xl-input-amount-convention = Rounding convention of the amount per right
xl-input-history-source = Source
xl-input-closes = Closes on file
xl-input-split-date = Split { $n }: effective date
xl-input-split-ratio = Split { $n }: ratio
xl-input-window-start = Volatility window start
xl-input-window-end = Volatility window end
xl-input-sampling = Sampling
xl-input-unit-tick-unused = JPY (used with a discount only)
xl-input-unit-tick-default = JPY (not set: 1 yen)
xl-input-unit-of-the-amount-paid = of the amount paid
xl-input-unit-business-days = TSE business days
xl-input-unit-date-or-rule = date (empty: by rule)
xl-input-unit-per-year = per year
xl-input-unit-new-per-old = new shares per old share
xl-input-unit-amount-convention = exact or spreadsheet
xl-check-title = Offering Desk
xl-check-message = { $field } { $problem }
xl-check-price = must be a price above 0 and at most JPY 1,000,000,000, in yen and sen
xl-check-amount = must be an amount from JPY 0, in yen and sen
xl-check-offset = must be from 1 to { $max } TSE business days
xl-check-date = must be a date the TSE calendar covers, { $first } to { $last }
xl-check-amount-convention = must be one of: { $exact }, { $spreadsheet }
xl-holidays-note-1 = Every weekday the Tokyo Stock Exchange is closed, { $first } to { $last }:
xl-holidays-note-2 = national holidays (with substitute and citizens' holidays) and the year-end closure, Dec 31 – Jan 3.
xl-holidays-note-3 = Saturdays and Sundays are closed anyway and are not listed.
xl-holidays-note-4 = The { $sheet } sheet counts TSE business days over this list ({ $name }) with WORKDAY.INTL;
xl-holidays-note-5 = a date outside these years is flagged there.

## The import preview's review of adjustments already entered
import-fit-outside = outside the new closes: it changes no return
import-fit-matches = the new closes move { $change } there: it matches
import-fit-no-jump = the new closes move { $change } there, no split: keeping it would create a jump
import-fit-differs = the new closes move { $change } there{ $suggested }: another ratio
import-fit-suggested = {" "}(≈ { $ratio })
import-fit-also-moves = the new closes also move sharply there
import-fit-no-move = no large move there in the new closes
import-keep-split = Keep { $split }
import-keep-confirmed = Keep { $date } confirmed as a real move

## Window sentences built from figures (charts, offering, timetable)
chart-suspect-looks-like = ⚠ { $date } ≈ { $ratio }?
chart-suspect-check = ⚠ { $date }: check the split
chart-sigma-of-the-window = σ of the window
ui-uses-differ = ⚠ The uses differ from the net proceeds by JPY { $amount }.
ui-curves-keep-spread = The curves keep the current underwriting spread of { $spread } (the amount to be paid follows the issue price).
ui-new-group = New group
timetable-not-current = Not current: the dates are from the last valid entries.
timetable-restore-defaults = Restore defaults
notice-sample-invalid = The bundled sample scenario is invalid: { $reason }
import-same-source = The new closes match the loaded ones on { $agreeing } of { $shared } shared dates: the same share's closes, so the adjustments are kept by default.
import-no-shared-date = The new closes share no date with the loaded ones: they cannot be shown to be the same share's, so the adjustments are cleared by default.
import-other-source = The new closes differ from the loaded ones on { $differing } of { $shared } shared dates: another source (another share, or closes already adjusted), so the adjustments are cleared by default.
ui-new-shares-offered-hint = Sections 1 and 3 of the pricing notice. The seed notice leaves them out: the launch notice states them.
cli-wrote = wrote { $path } ({ $format })
cli-exports-failed = { $failed } of { $total } exports failed:
## Notice drafts

notice-draft = DRAFT
notice-draft-banner = {" "}generated by Offering Desk from the scenario "{ $title }". Every figure and date is computed from the scenario's inputs; text in [brackets] is to be completed from the company's template. Not for release.
notice-document-title = { $title } (DRAFT)
notice-for-immediate-release = For Immediate Release
notice-particulars = Particulars
notice-end = End
notice-template-placeholder = About the company, forward-looking statements and contacts as in the company's template
notice-about-heading = About this draft
notice-about = Generated by Offering Desk from the scenario "{ $title }". The figures and dates are computed from its inputs; check them against the final terms before release.
notice-scenario-notes = Scenario notes:
notice-col-item = Item
notice-col-terms = Terms
notice-note = Note:
notice-drafting-note = Drafting note:
notice-check = Check:
notice-company-blank = [Company]
notice-blank-resolution-date = [date of the resolution]
notice-identification = { $name } ({ $parts })
notice-identification-separator = {", "}
notice-defined-short = "{ $short }"
notice-defined-company = the "Company"
notice-defined-we = "we"
notice-the-company = the Company
notice-the-company-capital = The Company
notice-dateline = { $date } -{" "}
notice-dateline-city = { $city }, { $date } -{" "}
notice-per-share = { $amount } per share
notice-shares = { $count ->
        [one] { $count } share
       *[other] { $count } shares
    }
notice-period = { $start } to { $end }
notice-list = { $head } and { $last }
notice-list-separator = {", "}
notice-assumed-mark = {" "}[{ status-assumed }]
notice-assumed-note = A date marked [assumed] comes from standard business-day offsets; enter the date of the launch notice.
notice-pricing-title = Notice of Issue Price and Selling Price for Offering in Japan
notice-pricing-letterhead-addressees = To whom it may concern
notice-pricing-letterhead-company = Company name: { $name }
notice-pricing-letterhead-representative = Representative: [title and name of the representative]
notice-pricing-letterhead-code = (Code: { $code }, [listing market])
notice-pricing-letterhead-code-blank = [code]
notice-pricing-letterhead-contact = Contact: [title and name] (Tel. [telephone number])
notice-pricing-opening = { $dateline }{ $company } today announces that { $determined } { $over_allotment ->
        [yes] the issue price and the selling price in relation to the issuance of new shares and the secondary offering of shares (secondary offering by way of over-allotment)
       *[no] the issue price in relation to the issuance of new shares
    } resolved at the meeting of the Board of Directors held on { $launch }.
notice-pricing-determined-today = its Board of Directors has today determined
notice-pricing-determined-on = its Board of Directors, at its meeting held on { $date }, determined
notice-pricing-determined = it has determined
notice-pricing-item = { $no }. { $label }
notice-pricing-maximum = { $amount } (maximum)
notice-pricing-public-offering = 1. Issuance of New Shares by way of Primary Offering (Public Offering)
notice-pricing-new-shares-offered = Number of New Shares to be Offered
notice-pricing-new-shares = { $shares } of common stock
notice-pricing-new-shares-maximum = { $shares } (maximum)
notice-pricing-issue-price = Issue Price
notice-pricing-issue-total = Total Amount of the Issue Price
notice-pricing-paid = Amount to be Paid
notice-pricing-paid-total = Total Amount to be Paid
notice-pricing-capital-increase = Amount of Increase in Stated Capital and Additional Paid-in Capital
notice-pricing-stated-capital = Amount of increase in stated capital
notice-pricing-paid-in-capital = Amount of increase in additional paid-in capital
notice-pricing-subscription-period = Subscription Period (in Japan)
notice-pricing-payment-date = Payment Date (in Japan)
notice-pricing-underwriters = The underwriters will purchase shares for sale at the Amount to be Paid and offer shares at the Issue Price.
notice-pricing-over-allotment = 2. Secondary Offering of Shares (Secondary Offering by way of Over-Allotment)
notice-pricing-shares-sold = Number of Shares to be Sold
notice-pricing-selling-price = Selling Price
notice-pricing-selling-total = Total Amount of the Selling Price
notice-pricing-delivery-date = Delivery Date (in Japan)
notice-pricing-no-over-allotment = No secondary offering by way of over-allotment is made (the scenario has no over-allotment shares).
notice-pricing-allotment = 3. Issuance of New Shares by way of Third-Party Allotment (Issuance through Third-Party Allotment)
notice-pricing-allotment-subscription = Subscription Period (Subscription Date) (in Japan)
notice-pricing-no-allotment = No new shares are issued by way of third-party allotment (the scenario has no allotment shares).
notice-pricing-legal-notes = Legal notes as in the company's template
notice-pricing-references = <For References>
notice-pricing-calculation = 1. Calculation of Issue Price and Selling Price
notice-pricing-calculation-date-and-price = (i) Calculation Date (in Japan) and Price
notice-pricing-calculation-date = Calculation date (in Japan)
notice-pricing-closing-price = Price (closing price)
notice-pricing-date-and-price = { $date }, { $price }
notice-pricing-discount-rate = (ii) Discount Rate
notice-pricing-cover = 2. Syndicate Cover Transaction Period (in Japan)
notice-pricing-cover-period = { $period }{ $mark }
notice-pricing-use-of-proceeds = 3. Use of Proceeds
notice-pricing-sources = { $allotment ->
        [yes] the Public Offering of new shares and the Issuance through Third-Party Allotment
       *[no] the Public Offering of new shares
    }
notice-pricing-proceeds = The proceeds from { $sources } are estimated to be up to { $net } in total.
notice-pricing-proceeds-uses = Out of proceeds from { $sources }, which are estimated to be up to { $net } in total, { $uses }.
notice-pricing-use = { $amount } is planned to be used { $purpose }
notice-pricing-use-until = { $amount } is planned to be used { $purpose } { $deadline }
notice-pricing-use-for = for { $purpose }
notice-pricing-use-by = by { $deadline }
notice-pricing-use-blank = [purpose]
notice-pricing-use-amount-by = { $amount } (to be spent { $deadline })
notice-pricing-uses-placeholder = The planned uses of the proceeds, with their amounts and dates
notice-pricing-release = For more information, please refer to our press release entitled "{ $title }" on { $date }.
notice-pricing-release-title-blank = [title of the launch press release]
notice-pricing-release-date-blank = [date of the launch press release]
notice-pricing-working = net proceeds = { $paid } (total amount to be paid, public offering){ $allotment } − { $expenses } (estimated issuance expenses) = { $net }.
notice-pricing-working-allotment = {" "}+ { $paid } (third-party allotment, maximum)
notice-pricing-check = the planned uses total { $uses }, which differs from the net proceeds of { $net } by { $difference }.
notice-possessive = { $short }'s
notice-company-possessive = its
notice-option-title = Notice regarding Issuance of Stock-Compensation-Type Stock Options (Stock Acquisition Rights)
notice-option-grantees-blank = [persons to be allotted]
notice-option-opening = { $dateline }{ $company } announced that { $possessive } Board of Directors today resolved that stock-compensation-type stock options (Stock Acquisition Rights) be issued to { $grantees } of { $the_company }, in accordance with the provisions of Article 236 Paragraph 1, Article 238 Paragraphs 1 and 2 and Article 240 Paragraph 1 of the Companies Act, as follows.
notice-option-reason-heading = 1. The reason for issuing the Stock Acquisition Rights as Stock Options
notice-option-reason = The purposes of issuing the Stock Acquisition Rights as Stock Options for { $grantees } of the Company are to further promote their motivation and incentives to contribute to the enhancement of the mid- to long-term continuous business performance and corporate value.
notice-option-details-heading = 2. Details of Issuance of Stock Acquisition Rights
notice-option-name-heading = (1) Name of the stock acquisition rights
notice-option-maximum-heading = (2) Maximum number of stock acquisition rights: { $count }
notice-option-maximum = The maximum number as described above is the number of planned allotments. If the number of the stock acquisition rights to be allotted is decreased due to no subscription for some of the rights, etc., then the number of the stock acquisition rights to be issued shall be the number of the stock acquisition rights allotted.
notice-option-shares-heading = (3) Class and number of shares to be issued upon exercise of stock acquisition rights
notice-option-shares = The class of shares to be issued upon exercise of stock acquisition rights shall be common stock of the Company. The number of shares to be issued upon exercise of each stock acquisition right (the "Number of Shares Granted") shall be { $spelled }. However, in case the Company carries out a share split or share consolidation after the date of allotment of the stock acquisition rights (the "Allotment Date") as defined in (13), the Number of Shares Granted shall be adjusted according to the following formula, with the resulting fractions of less than one share occurring upon such adjustment rounded down.
notice-option-adjustment-formula =
    Number of Shares Granted after adjustment
    {"  "}= Number of Shares Granted before adjustment × Ratio of share split or share consolidation
notice-option-adjustment-effective = In the case of a share split, the Number of Shares Granted after adjustment shall apply from the day after the record date of the said share split. Whereas, in the case of a share consolidation, the Number of Shares Granted after adjustment shall apply from the day the share consolidation becomes effective. Provided, however, that in cases where the Company conducts a share split conditional on approval at a General Meeting of Shareholders of the Company of a proposal to reduce surplus and increase capital stock and capital reserve, and the record date for the share split shall be the day prior to the day on which said shareholders' meeting closes, the Number of Shares Granted after adjustment shall retroactively apply from the day after the day the applicable shareholders' meeting closes and the day following the applicable record date.
notice-option-adjustment-other = In case the Company carries out a merger, demerger or the like that makes it necessary to adjust the Number of Shares Granted, the Company may make appropriate adjustment to the Number of Shares Granted within a reasonable range.
notice-option-illustration = Illustration from the scenario:
notice-option-split-illustration = at a ratio of { $ratio }, { $before } × { $ratio } = { $unrounded } shares, rounded down to { $after } per right.
notice-option-value-heading = (4) Value of assets to be contributed upon exercise of stock acquisition rights
notice-option-value = The value of assets to be contributed upon exercise of stock acquisition rights shall be determined by multiplying the price to be paid per share upon exercise of each stock acquisition right (the "exercise price") by the Number of Shares Granted, and the exercise price shall be { $spelled } ({ $per_right } per stock acquisition right).
notice-option-period-heading = (5) Exercise period of stock acquisition rights
notice-option-period = From { $start } to { $end }
notice-option-capital-heading = (6) Matters concerning increase in capital stock and capital reserve by the issuance of shares upon exercise of stock acquisition rights
notice-option-capital-stock = 1) Amount of increase in capital stock by issuing shares upon exercise of stock acquisition rights shall be half of the upper limit of capital increase as calculated pursuant to the provisions of Article 17, Paragraph 1 of the Ordinance for Corporate Accounting, with the resulting fractions of less than one (1) yen occurring upon such calculation rounded up to the nearest yen.
notice-option-capital-reserve = 2) Amount of increase in capital reserve by issuing shares upon exercise of stock acquisition rights shall be the upper limit of capital increase as described in 1) above less the amount of increase in capital stock set out therein.
notice-option-exercise-illustration = if { $count } stock acquisition rights are exercised:
notice-option-book-value = Book value of the stock acquisition rights
notice-option-exercise-amount = Amount paid upon exercise
notice-option-capital-limit = Upper limit of capital increase
notice-option-capital-stock-increase = Increase in capital stock (half, rounded up to the yen)
notice-option-capital-reserve-increase = Increase in capital reserve
notice-option-transfer-heading = (7) Restriction on acquisition of stock acquisition rights by transfer
notice-option-transfer = Any acquisition of stock acquisition rights by transfer shall be subject to the approval by resolution of the Board of Directors of the Company.
notice-option-acquisition-heading = (8) Conditions for acquisition of stock acquisition rights
notice-option-restructuring-heading = (9) Matters concerning the details of the issuance of stock acquisition rights undergoing Organizational Restructuring
notice-option-fractions-heading = (10) Rules pertaining to fractions of less than one share arising from the exercise of stock acquisition rights
notice-option-fractions = Fractions of less than one share in the number of shares to be granted to Stock Acquisition Right Holders who exercised stock acquisition rights shall be rounded down.
notice-option-exercise-heading = (11) Other terms and conditions of exercising stock acquisition rights
notice-option-method-heading = (12) Method for calculating the amount to be paid upon allocation of stock acquisition rights
notice-option-method = The amount to be paid upon allocation of each stock acquisition right shall be the option price per share calculated based on the following figures from 2) to 7) according to the formula of the Black-Scholes model, multiplied by the Number of Shares Granted, with fractions of less than one yen being rounded up to the nearest yen.
notice-option-formula-c = C = S·e^(−qT)·N(d) − X·e^(−rT)·N(d − σ√T)
notice-option-formula-d = here, d = [ ln(S / X) + (r − q + σ²/2)·T ] / (σ√T)
notice-option-input-c = 1) Option price per share (C)
notice-option-input-share-price = 2) Share price (S)
notice-option-input-exercise-price = 3) Exercise price (X)
notice-option-input-term = 4) Expected remaining period (T)
notice-option-input-volatility = 5) Volatility (σ)
notice-option-input-rate = 6) Risk-free interest rate (r)
notice-option-input-dividend = 7) Dividend yield (q)
notice-option-basis-share-price = { notice-option-input-share-price }: the closing price (base price for the next trading day when there is no closing price) of the common stock of the Company in regular trading on the Tokyo Stock Exchange on { $date }
notice-option-basis-exercise-price = { notice-option-input-exercise-price }: { $spelled }
notice-option-basis-term = { notice-option-input-term }: { $term }
notice-option-basis-volatility = { notice-option-input-volatility }: { $basis }
notice-option-basis-rate = { notice-option-input-rate }: The interest rate on super-long-term Japanese government bonds with remaining years corresponding to the expected remaining period.
notice-option-basis-dividend = { notice-option-input-dividend }: Dividend per share (amount of dividend per share paid for { $year }) divided by the share price as set forth in 2) above.
notice-option-basis-normal = 8) Cumulative distribution function of the standard normal distribution (N(·))
notice-option-years = { $one ->
        [yes] { $years } year
       *[no] { $years } years
    }
notice-option-volatility-manual = volatility of share price [basis to be described]
notice-option-volatility-history = volatility of share price computed based on { $closes } between { $from } and { $to }.
notice-option-history-first = the first close of the price history
notice-option-history-last = the last close of the price history
notice-option-closes-weekly = the closing price of the common stock of the Company in regular trading for the last trading date of each week
notice-option-closes-daily = the daily closing price of the common stock of the Company in regular trading
notice-option-fiscal-year = the fiscal year ended { $month }, { $year }
notice-option-last-fiscal-year = the last fiscal year
notice-option-split = 1:{ $ratio } stock split
notice-option-consolidation = { $per }:1 share consolidation
notice-option-consolidation-at = share consolidation at a ratio of { $ratio }
notice-option-split-effective = {" "}with an effective date of { $date }
notice-option-the-split = the stock split
notice-option-the-consolidation = the share consolidation
notice-option-split-footnote = * { $company } conducted a { $split } on common stock{ $effective }. Dividend yield above is calculated based on the paid dividends per share for the fiscal year retroactively adjusted to reflect { $kind }.
notice-option-figures-note = The figures below are those of the scenario "{ $title }" as used in the calculation; they are computed by Offering Desk, not taken from a filing.
notice-option-col-input = Input
notice-option-col-value = Value
notice-option-dividend-paid = Dividend per share, as paid
notice-option-dividend-adjusted = Adjusted for the { $split }
notice-option-d = d
notice-option-d2 = d − σ√T
notice-option-n = N(d), N(d − σ√T)
notice-option-price-history = Price history:
notice-option-col-calculation = Calculation
notice-option-col-amount = Amount
notice-option-calc-c = Option price per share (C)
notice-option-calc-times-shares = × Number of Shares Granted ({ $words })
notice-option-calc-per-right = = Option price per stock acquisition right
notice-option-calc-exact-product = C × Number of Shares Granted before C is rounded to ten decimals
notice-option-calc-amount = Amount to be paid per stock acquisition right (rounded up to the yen)
notice-option-fair-value = The option price to be calculated as described above is a fair value of the stock acquisition rights. Accordingly, the issuance of the stock acquisition rights is not an issuance of shares with favorable terms. The monetary remuneration claims of the person who will be allotted the stock acquisition rights against the Company and their obligations to pay for the allotment of the stock acquisition rights will be offset.
notice-option-either = { $low } or { $high }
notice-option-exact = exact
notice-option-spreadsheet = spreadsheet
notice-option-conventions = the two roundings of C × { $n } differ. Exact (the rule as written: any true fraction of a yen rounded up): { $exact }. Spreadsheet (ROUNDUP(C × { $n }, 0) in double precision, as Excel computes it): { $spreadsheet }. This draft uses the { $used } figure (the scenario's rounding convention); the { $other } one is shown for comparison only.
notice-option-allotment-date-heading = (13) Date of allotment of the stock acquisition rights
notice-option-payment-date-heading = (14) Date of payment of consideration in exchange of the stock acquisition rights
notice-option-allottees-heading = (15) Persons to be allotted stock acquisition rights, number of persons, and number of stock acquisition rights to be allotted
notice-option-col-allottees = Persons to be allotted
notice-option-col-persons = Number of persons
notice-option-col-rights = Number of rights
notice-option-col-shares = Shares upon exercise
notice-option-col-paid = Amount paid for the rights
notice-option-persons = { $count }
notice-option-rights = { $count }
notice-option-share-count = { $count }
notice-option-total = Total
notice-option-certificates-heading = (16) Details in case of issuance of stock acquisition rights certificates
notice-option-certificates = There will be no issuance of stock acquisition rights certificates.

## A use of proceeds in Japanese (the Japanese window edits these)
field-offering-uses_of_proceeds-purpose_ja = Use { $n }
hint-offering-uses_of_proceeds-purpose_ja = What the money is for, as the Japanese notice words it; empty: the English text.
field-offering-uses_of_proceeds-deadline_ja = By
hint-offering-uses_of_proceeds-deadline_ja = When the money is to be spent, in Japanese; empty: the English text.

## The risk-free rate from the Ministry of Finance's JGB yield curve (国債金利情報)
era-meiji = Meiji
era-taisho = Taishō
era-showa = Shōwa
era-heisei = Heisei
era-reiwa = Reiwa
curve-no-header = no header line: expected one starting 基準日 (or Date) followed by the tenors, 基準日,1年,2年,…,40年, as in the Ministry of Finance's jgbcm_all.csv
curve-bad-tenor = column { $column } of the header, "{ $text }", is not a tenor; expected years such as 10年 or 10Y
curve-no-tenors = the header names no tenor; expected 基準日,1年,2年,…,40年
curve-no-usable-rows = no usable rows: { $rejected } line(s) rejected{ $line ->
        [0] {""}
       *[other] { " " }(line { $line }: { $reason })
    }; each row needs a date such as H25.7.11 or 2013/7/11 and yields in percent
curve-duplicate-date = duplicate date { $date }: the row on line { $first } is kept
curve-too-many-fields = { $fields } fields where the header has { $columns } columns
curve-date-empty = date is empty
curve-date-unknown = date "{ $text }" is not understood; use H25.7.11, R6.4.1 or 2013/7/11
curve-date-outside-era = date "{ $text }" would be { $date }, which is not in the { $era } era
curve-yield-not-number = the { $years }-year yield "{ $text }" is not a number in percent
curve-yield-range = the { $years }-year yield { $text } % is out of range: it must be above −100 % and below 100 %
curve-no-yields = no yield on { $date }: every tenor is "-"
curve-method-linear = linear interpolation
curve-method-nearest = nearest tenor
err-curve-empty = the curve has no days
err-curve-before-first = must be on or after { $first }, the curve's first day (it covers { $first } to { $last })
err-curve-no-recent-day = the curve has no day within { $days } days before { $date }: its last day before it is { $used } (it covers { $first } to { $last }); import a file that covers { $date }
err-curve-term-range = must be from { $shortest } to { $longest } years, the tenors the curve has on { $date }
der-curve-fallback = { $date } has no row in the curve (a holiday or a weekend): the last day before it, { $used }, is used
der-curve-tenor = JGB yield on { $date }, { $years } years: { $yield }
der-curve-nearest = JGB yield on { $date } of the tenor nearest to T = { $term } years, { $years } years: { $yield }
der-curve-linear = JGB yields on { $date }, linear between { $lower } and { $upper } years: { $lower_yield } + ({ $term } − { $lower }) ÷ ({ $upper } − { $lower }) × ({ $upper_yield } − { $subtracted }) = { $rate }
der-curve-bracketed = ({ $yield })
der-curve-rounded = rounded half up to { $dp } decimals of a percent: { $rate }
err-line-curve-file = must be the name of the curve file: one line of at most { $max } characters
err-rate-curve-yields = must list the day's tenors once each, shortest first (1 to 100 years), each yield above −100 % and below 100 %
err-rate-curve-mismatch = must be what the recorded curve gives: { $given } on { $date }
err-rate-curve-other-day = the curve kept with the scenario is that of { $recorded }; import the curve again for { $date }
der-rate-from-curve = from the Ministry of Finance's JGB yield curve ({ $file }), by { $method }
der-rate-not-current = ⚠ not current: read off the curve for { $date } and T = { $term } years, it was { $rate }; the option's allotment date, T or r has changed since
menu-import-curve = Import JGB yield curve…
dialog-import-curve = Import the JGB yield curve (Ministry of Finance CSV)
ui-import-jgb-yield-curve = Import JGB yield curve
ui-import-jgb-curve = Import JGB curve…
ui-import-jgb-curve-hint = Read r off the Ministry of Finance's JGB yield curve (国債金利情報, jgbcm_all.csv or jgbcm.csv) for the allotment date and T, with a preview.
curve-read = { $days } days from { $from } to { $to } (tenors { $tenors } years; { $encoding } text).
ui-curve-date = Date
curve-tenor = { $years }y
curve-rejected = { $count ->
        [one] 1 line was not read:
       *[other] { $count } lines were not read:
    }
curve-rate-for = r for the allotment date { $date } and T = { $term } years:
ui-curve-linear = Linear interpolation
ui-curve-nearest = Nearest tenor
curve-rate-result = r = { $rate }
curve-rate-refused = ⚠ { $field }: { $reason }
curve-use-note = “Use this rate” sets the option's r to this figure and keeps the day's curve, the file's name and the method with the scenario; undo brings the old r back.
ui-use-this-rate = Use this rate
ui-use-this-rate-hint = Sets the option's r to this figure and records where it came from.
notice-curve-failed = Could not read the JGB yield curve. { $reason }
notice-rate-used = r set to { $rate } from { $file } ({ $date }, T = { $term } years).
notice-rate-refused = r was not changed: { $reason }
rate-entered = r entered
rate-from-curve = r from the JGB yield curve: { $file }, { $date }, T = { $term } years, { $method }
rate-stale = ⚠ r { $in_use } no longer is what the JGB curve ({ $file }) gave: it was read for { $date } and T = { $term } years ({ $rate }), and the option has changed since.
rate-use-from-kept-curve = Use r from the kept curve ({ $rate } for T = { $term } years)
notice-option-basis-rate-curve = { notice-option-input-rate }: The interest rate on super-long-term Japanese government bonds with remaining years corresponding to the expected remaining period; { $how }.
xl-input-rate-source = Where r came from

## Comparison of scenarios (File > Compare…, `offering-desk compare`)
cmp-group-scenario = Scenario
cmp-group-offering = Offering
cmp-group-dilution = Dilution and per-share effects
cmp-group-timetable = Timetable
cmp-group-option = Stock options
cmp-group-volatility = Volatility
cmp-kind-input = input
cmp-kind-figure = figure
cmp-list-item = { $list } { $n }: { $item }
cmp-list-offering-uses_of_proceeds = Use of proceeds
cmp-list-option-allotment = Allotment group
cmp-list-price_history-splits = Share split
cmp-yes = yes
cmp-no = no
cmp-choice-entered = entered
cmp-choice-history = from the price history
cmp-choice-manual = entered by hand
cmp-choice-curve = from the JGB yield curve
cmp-change-relative = { $delta } ({ $relative })
cmp-change-points = { $delta } pt
cmp-change-days = { $sign }{ $days ->
    [one] { $days } day
   *[other] { $days } days
}
input-offering-issue_price-method = Issue price method
input-offering-issue_price-discount_rate = Discount rate
input-offering-issue_price-issue_price = Issue price (entered)
input-offering-amount_to_be_paid-method = Amount to be paid method
input-offering-amount_to_be_paid-amount_to_be_paid = Amount to be paid (entered)
input-offering-amount_to_be_paid-ratio = Amount to be paid (ratio of the issue price)
input-option-volatility_source-kind = Where σ came from
input-option-volatility_source-window_start = σ window start
input-option-volatility_source-window_end = σ window end
input-option-volatility_source-frequency = σ sampling
input-option-risk_free_rate_source-kind = Where r came from
input-option-risk_free_rate_source-file = JGB curve file
input-option-risk_free_rate_source-date = JGB curve date used
input-option-risk_free_rate_source-term_years = T the rate was read for
input-option-risk_free_rate_source-method = JGB curve reading
input-option-risk_free_rate_source-rows = JGB curve rows kept
input-option-amount_convention = Amount per right rounding
input-price_history-source = Price history source
input-price_history-closes = Closing prices in the history
input-price_history-frequency = Sampling
input-drafts-show_new_shares_offered = Show the new shares offered
input-drafts-japanese_era = Dates in the Japanese era
cmp-title = Compare scenarios
cmp-col-item = Item
cmp-col-unit = Unit
cmp-col-change = Change vs { $first }
cmp-col-change-percent = Change (%)
cmp-too-few = Compare needs at least { $min } scenario files that load; { $loaded } loaded.
cmp-too-many = Compare takes at most { $max } scenario files; { $given } were given.
cmp-failed = { $file } was left out: { $problem }

xl-sheet-comparison = Comparison
cmp-out-format = { $path }: the comparison is written as .xlsx or .csv
panel-compare = Compare
cmp-add-files = Add files…
cmp-include-open = Include the open scenario
cmp-hide-equal = Hide equal rows
cmp-export-xlsx = Export to Excel…
cmp-export-csv = Export CSV…
cmp-remove = Remove from the comparison
cmp-empty = Add one or more scenario files to compare (File > Compare…, or drop .json files on this tab). The open scenario is the first column unless you leave it out.
cmp-valuing = Valuing the paid-in grants of the compared files: { $n } of { $total }…
cmp-export-valuing = The comparison is exported once every paid-in grant in it is valued.
menu-compare = Compare…
menu-duplicate-variant = Duplicate as variant
dialog-compare-scenarios = Scenarios to compare
dialog-export-comparison = Export the comparison
notice-variant-made = This is now an unsaved variant of { $file }. Save As keeps it beside the base case, which is unchanged; the Compare tab shows the two side by side.
notice-variant-of-unsaved = This is now an unsaved variant; Save As keeps it.
notice-comparison-exported = Comparison written to { $file }.
notice-comparison-export-failed = The comparison was not written: { $reason }
notice-comparison-too-few = Nothing to export yet: the comparison needs at least two scenarios.
input-offering-uses_of_proceeds-purpose = Purpose
input-offering-uses_of_proceeds-purpose_ja = Purpose (Japanese)
input-offering-uses_of_proceeds-deadline_ja = By (Japanese)
input-option-allotment-name = Name
input-option-allotment-persons = Persons
input-option-allotment-rights = Rights
input-price_history-splits-effective_date = Effective date
input-price_history-splits-ratio = New shares per old share
input-offering-uses_of_proceeds-deadline = By

## Dilution and per-share figures (issue 11): the capital section of the scenario, its
## figures (ratios on the issued shares, EPS on the shares excluding treasury shares)
ui-capital-and-dilution = Capital and dilution
csv-section-dilution = dilution
field-capital-issued_shares = Issued shares before the offering
hint-capital-issued_shares = The total number of issued shares before the offering (発行済株式総数), treasury shares included: the base of the dilution ratios. Empty: no dilution figures.
field-capital-treasury_shares = Treasury shares
hint-capital-treasury_shares = Treasury shares held before the offering (自己株式数), fewer than the issued shares; 0 when none. EPS is on the issued shares less these.
field-capital-net_income = Net income (last fiscal year)
hint-capital-net_income = Net income of the last fiscal year in yen (当期純利益), negative for a loss. Optional: give it or EPS, not both.
field-capital-eps = EPS (last fiscal year)
hint-capital-eps = Net income per share of the last fiscal year in yen and sen (1株当たり当期純利益), used when net income is not given: net income = EPS × (issued − treasury shares).
fig-issued_shares = Issued shares before the offering
fig-treasury_shares = Treasury shares
fig-shares_outstanding = Shares before, excluding treasury shares
fig-shares_after_offering = Issued shares after the public offering
fig-shares_after_allotment = Issued shares after the allotment (maximum)
fig-dilution_offering_before = Dilution, public offering (÷ issued shares before)
fig-dilution_offering_after = Dilution, public offering (÷ issued shares after)
fig-dilution_total_before = Dilution, offering + max. allotment (÷ issued shares before)
fig-dilution_total_after = Dilution, offering + max. allotment (÷ issued shares after)
fig-option_potential_shares = Stock options: potential shares (maximum)
fig-option_potential_before = Options' potential shares (÷ issued shares before)
fig-option_potential_after = Options' potential shares (÷ issued shares after)
fig-net_income = Net income (last fiscal year)
fig-eps_before = EPS before the offering
fig-eps_after_offering = EPS after the public offering
fig-eps_after_allotment = EPS after the offering and maximum allotment
value-not-entered = not entered
der-dilution-not-entered = enter the issued shares before the offering (treasury shares included) under Capital and dilution on the Offering panel for the dilution and EPS figures
der-issued-shares = entered, treasury shares included
der-shares-outstanding = { $issued } issued − { $treasury } treasury shares = { $outstanding } (the base of EPS)
der-shares-after-offering = { $issued } + { $new } new shares (public offering) = { $after }
der-shares-after-allotment = { $before } + { $allotment } new shares (third-party allotment, maximum) = { $after }
der-dilution-before = { $new } new shares ÷ { $issued } issued shares before the offering (treasury shares included) = { $rate } → shown to two decimals, rounded half up
der-dilution-after = { $new } new shares ÷ { $issued } issued shares after them = { $rate } → shown to two decimals, rounded half up
der-option-potential = { $rights } rights (maximum) × { $shares } shares per right
der-potential-before = { $new } shares ÷ { $issued } issued shares before the offering = { $rate } → shown to two decimals, rounded half up
der-potential-after = { $new } shares ÷ { $issued } issued shares after the offering and the maximum allotment = { $rate } → shown to two decimals, rounded half up
der-net-income-from-eps = no net income entered: EPS { $eps } × { $shares } shares excluding treasury shares = { $income }
der-eps = { $income } ÷ { $shares } shares excluding treasury shares = { $eps } → to the sen, rounded half up → { $stated }
der-eps-after = { $income } ÷ { $shares } shares ({ $outstanding } excluding treasury shares + { $added } new) = { $eps } → to the sen, rounded half up → { $stated }
rule-sen-half-up = to the sen (two decimals of a yen), half up
err-issued-shares-range = must be a whole number of shares from 1 to 10,000,000,000 (treasury shares included), or empty
err-treasury-shares-range = must be from 0 to { $max } shares: fewer than the { $issued } issued shares, which include them
err-net-income-range = must be an amount from JPY −1,000,000,000,000,000,000 to JPY 1,000,000,000,000,000,000 in yen and sen (negative for a loss), or empty
err-eps-range = must be from JPY −1,000,000,000 to JPY 1,000,000,000 per share in yen and sen (two decimals at most; negative for a loss), or empty
err-net-income-and-eps = must be empty when net income ({ $other }) is given: enter net income or EPS, not both
notice-pricing-shares-change = 4. Change in the Total Number of Issued Shares by the Public Offering{ $allotment ->
        [yes] {" "}and the Third-Party Allotment
       *[no] {""}
    }
notice-pricing-shares-current = Total number of issued shares at present
notice-pricing-shares-increase-offering = Increase in the number of shares by the public offering
notice-pricing-shares-after-offering = Total number of issued shares after the public offering
notice-pricing-shares-increase-allotment = Increase in the number of shares by the third-party allotment
notice-pricing-shares-after-allotment = Total number of issued shares after the third-party allotment
notice-pricing-shares-note-mark = {" "}(Note)
notice-pricing-shares-note = The figures marked (Note) assume that all the new shares offered in "3. Issuance of New Shares by way of Third-Party Allotment" above, at their maximum, are subscribed for and issued.
xl-check-treasury = must be a whole number of shares from 0, fewer than the issued shares (which include them)
xl-section-dilution = Dilution and per-share figures

## Paid-in stock options (有償ストックオプション)
err-paid-positive = must be a positive amount of yen
err-paid-closes = must leave at least one TSE business day after the valuation date, within 100 years
err-paid-expiry-after-valuation = must be after the valuation date { $valuation }, with at least one TSE business day between
err-paid-level-below-spot = must be below the share price { $spot }: a condition met by a close below its level would already be met on the valuation date
err-paid-level-above-spot = must be above the share price { $spot }: a condition met by a close above its level would already be met on the valuation date
err-paid-paths = must be from { $min } to { $max } antithetic path pairs
err-paid-cancelled = the valuation was stopped before it finished
err-paid-daily-needs-dates = daily monitoring needs --valuation-date and --expiry (the closes tested are the TSE business days between them)
err-paid-continuous-needs-term = continuous monitoring needs --term-years, or --valuation-date and --expiry
err-paid-tiers-empty = must list at least one tier: a threshold of the metric and the fraction of the rights it makes exercisable
err-paid-tier-threshold-positive = must be a positive number, in the metric's unit
err-paid-tier-threshold-increasing = must be above the previous tier's threshold { $previous }: thresholds rise from tier to tier
err-paid-tier-fraction = must be above 0 and at most 1 (100 % of the rights)
err-paid-tier-fraction-increasing = must be above the previous tier's fraction { $previous } and at most 1 (100 %): a higher tier makes more of the rights exercisable
err-paid-tier-probabilities-count = must give one probability per tier ({ $tiers })
err-paid-tier-probability = must be from 0 to 1 (0 % to 100 %)
err-paid-tier-probability-increasing = must be from 0 to the previous tier's probability { $previous }: each is the probability of reaching that tier or a higher one, so it cannot rise from tier to tier
err-paid-metric-last-actual = must be a positive number, in the thresholds' unit
err-paid-volatility = must be above 0 and at most 3 (300 %)
err-paid-correlation = must be from -1 to 1
err-paid-test-times = must be increasing, each from the first close ({ $first } years after the valuation date) to the last ({ $last } years)
err-paid-exercise-multiple = must be above 1: the holder exercises once a close reaches this multiple of the exercise price
err-paid-exercise-from = must be from 0 to the last close ({ $last } years after the valuation date)
paid-condition-knock-out-below = knock-out below
paid-condition-forced-exercise-below = forced exercise below
paid-condition-knock-in-above = knock-in above
paid-condition-knock-out-above = knock-out above
paid-condition-knock-in-below = knock-in below
paid-text-closed-form = { $condition } { $barrier } (continuous monitoring, closed form), T = { $term } years
paid-text-daily = { $condition } { $barrier }, tested on { $closes } TSE closes, { $first } to { $last }
paid-text-value = value per share  { $value }
paid-text-value-simulated = value per share  { $value }  (standard error { $se }; 95 % interval { $low } to { $high })
paid-text-per-right = value per right  { $value } (shares per right: { $shares }; fractions of a yen rounded up)
paid-text-paths = paths            { $paths } ({ $pairs } antithetic pairs), seed { $seed }
paid-text-probabilities = condition met    { $met } of paths; exercisable at expiry { $exercisable }; exercised { $exercised }
paid-text-control = plain call       { $plain } (Black–Scholes, the control variate; β = { $beta })
paid-text-continuous = continuous       { $value } (closed form, the same barrier monitored continuously)
err-paid-negative-value = the value per share is { $value } yen: the conditions cost the holder more than the right is worth (a forced exercise far below the exercise price, likely tiers missed), and a right is not sold for a negative amount; change the design
err-paid-exercise-price-range = must be above JPY 0 and at most JPY 1,000,000,000
err-paid-period-start = must be after the valuation date { $valuation } and on or before the end of the exercise period { $end }
err-paid-level-fraction = must be above 0 % and at most 1,000 % of the exercise price
err-paid-level-yen = must be above JPY 0 and at most JPY 1,000,000,000
err-paid-no-close-on = the price history has no close on { $date } (it runs from { $first } to { $last }); pick a TSE business day in it, or enter the exercise price
err-paid-no-history = there is no price history to take the close of { $date } from; import one, or enter the exercise price
err-count-range = must be a whole number from 1 to { $max }
err-line-series = must be the name of the series (第1回新株予約権): one line of at most { $max } characters
csv-section-paid_option = Paid-in stock options
paid-kind-knock-out-below = knock-out below
paid-kind-forced-exercise-below = forced exercise below
paid-kind-knock-in-above = knock-in above
paid-kind-knock-out-above = knock-out above
paid-kind-knock-in-below = knock-in below
paid-not-valued = not valued yet
paid-method-black-scholes = Black–Scholes (no condition)
paid-method-simulation = Monte Carlo on the daily closes
fig-paid-condition-level = Condition { $n } ({ $kind }): level
fig-paid-condition-probability = Condition { $n } ({ $kind }): probability it takes effect
fig-paid_share_price = Share price on the valuation date
fig-paid_exercise_price = Exercise price
fig-paid_closes = Closes tested
fig-paid_first_close = First close tested
fig-paid_last_close = Last close (end of the exercise period)
fig-paid_expiry_years = Time to the last close
fig-paid_shares_per_right = Shares per right
fig-paid_rights = Rights
fig-paid_method = Method
fig-paid_value_per_share = Value per share
fig-paid_uncertainty = Uncertainty (standard error, or the grid's error estimate)
fig-paid_interval_low = 95 % interval: low
fig-paid_interval_high = 95 % interval: high
fig-paid_paths = Paths
fig-paid_seed = Seed
fig-paid_exercisable_at_expiry = Exercisable at the end of the period
fig-paid_continuous_value = Value per share, monitored continuously (closed form)
fig-paid_amount_per_right = Amount to be paid per right
fig-paid_total_payment = Total amount to be paid for the rights
fig-paid_total_exercise = Total exercise price of all rights
fig-paid_total_raised = Total raised if every right is exercised
der-paid-close-of = the close of { $date } in the price history
der-paid-level = { $fraction } × { $price } = { $level }
der-paid-time = calendar days from the valuation date to the last close ÷ 365
der-paid-standard-error = standard error over { $paths } paths (antithetic pairs, the plain call as control variate), seed { $seed }
der-paid-exact = exact: no condition, Black–Scholes
der-paid-interval = value ± 1.96 standard errors
der-paid-continuous = the same right tested at every instant (Reiner–Rubinstein): the gap to the daily value is what daily monitoring is worth
der-paid-per-right = { $value } × { $shares } shares = { $exact } → fractions of a yen rounded up → { $amount }
der-paid-total = { $amount } × { $rights } rights = { $total }
xl-sheet-paid-option = Paid-in options
xl-paid-values-not-formulas = Values, not formulas: the value comes from a simulation on the daily closes (or a grid on them) that a spreadsheet cannot redo. Change the inputs in Offering Desk and export again.
format-paid-notice-md = Paid-in stock-option notice draft (.md)
format-paid-notice-html = Paid-in stock-option notice draft (.html)
err-paid-no-grant = the scenario has no paid-in grant: add one on the Paid-in options tab
err-paid-not-valued = the paid-in grant is still being valued: wait for the value, then export again
notice-paid-title = Notice regarding Issuance of Stock Acquisition Rights (Paid-in Stock Options)
notice-paid-series-blank = [name of the series]
notice-paid-opening = { $dateline }{ $company } announced that its Board of Directors resolved to issue the { $series } (the "Stock Acquisition Rights") to directors and employees of the Company and its subsidiaries for a consideration, as follows.
notice-paid-purpose-heading = 1. Purpose of and reason for the issuance
notice-paid-purpose = [Purpose: to raise the grantees' commitment to the medium-term growth of corporate value. The Stock Acquisition Rights are issued at their fair value, paid in by the grantees; the issuance is therefore not on especially favourable terms.]
notice-paid-details-heading = 2. Details of the Stock Acquisition Rights
notice-paid-number-heading = (1) Number of Stock Acquisition Rights
notice-paid-number = { $rights } rights.
notice-paid-shares-heading = (2) Class and number of shares underlying the Stock Acquisition Rights
notice-paid-shares = { $total } of common stock of the Company ({ $per_right } per Stock Acquisition Right).
notice-paid-amount-heading = (3) Amount to be paid for each Stock Acquisition Right
notice-paid-amount = { $amount } per Stock Acquisition Right ({ $per_share } per share, fractions of a yen in the amount per right rounded up).
notice-paid-basis = The amount to be paid was determined with reference to the result of a calculation by { $method }, a generally used option pricing model, taking into account the Company's share price and other information. The calculation assumed a share price of { $spot }, an exercise price of { $strike }, a volatility of { $volatility }, an exercise period from { $start } to { $end }, a risk-free rate of { $rate }, a dividend yield of { $dividend } and the conditions of exercise in (6), each share-price condition tested on every closing price of the Tokyo Stock Exchange. [Name of the third-party valuation firm, if any.]
notice-paid-method-monte-carlo = Monte Carlo simulation
notice-paid-method-black-scholes = the Black–Scholes model
notice-paid-exercise-price-heading = (4) Value of the assets to be contributed upon exercise (exercise price)
notice-paid-exercise-price-close = { $price } per share: the closing price of the Company's common stock in regular trading on the Tokyo Stock Exchange on { $date }.
notice-paid-exercise-price-entered = { $price } per share.
notice-paid-period-heading = (5) Exercise period
notice-paid-period = From { $start } to { $end }.
notice-paid-conditions-heading = (6) Conditions of exercise
notice-paid-no-conditions = No conditions of exercise other than those of the allotment agreement.
notice-paid-level-of-price = { $percent } of the exercise price ({ $yen })
notice-paid-knock-out-below = If the closing price of the Company's common stock on the Tokyo Stock Exchange falls below { $level } even once during the period from the allotment date to the end of the exercise period, the holders may no longer exercise the Stock Acquisition Rights.
notice-paid-forced-exercise-below = If the closing price of the Company's common stock on the Tokyo Stock Exchange falls below { $level } even once during the period from the allotment date to the end of the exercise period, the holders must exercise all remaining Stock Acquisition Rights at the exercise price by the end of the exercise period.
notice-paid-knock-in-above = The holders may exercise the Stock Acquisition Rights only if the closing price of the Company's common stock on the Tokyo Stock Exchange has exceeded { $level } at least once during the period from the allotment date to the end of the exercise period.
notice-paid-knock-out-above = If the closing price of the Company's common stock on the Tokyo Stock Exchange exceeds { $level } even once during the period from the allotment date to the end of the exercise period, the holders may no longer exercise the Stock Acquisition Rights.
notice-paid-knock-in-below = The holders may exercise the Stock Acquisition Rights only if the closing price of the Company's common stock on the Tokyo Stock Exchange has fallen below { $level } at least once during the period from the allotment date to the end of the exercise period.
notice-paid-tier = { $fraction } of the rights allotted if it exceeds { $threshold }
notice-paid-performance-any-year = The holders may exercise the Stock Acquisition Rights only if the { $metric } of the Company in any one of the fiscal years ending { $years } exceeds the following levels, and only up to the fraction stated: { $tiers }.
notice-paid-performance-given-year = The holders may exercise the Stock Acquisition Rights only if the { $metric } of the Company for the fiscal year ending { $years } exceeds the following levels, and only up to the fraction stated: { $tiers }.
notice-paid-totals-heading = (7) Total amounts
notice-paid-total-payment = Total amount to be paid for the Stock Acquisition Rights
notice-paid-total-exercise = Total value of the assets to be contributed upon exercise
notice-paid-total-raised = Total (if every Stock Acquisition Right is exercised)
notice-paid-valuation-heading = 3. Basis of the calculation (inputs and results)
notice-paid-in-valuation-date = Valuation date
notice-paid-in-spot = Share price
notice-paid-in-strike = Exercise price
notice-paid-in-term = Time to the end of the exercise period
notice-paid-in-term-value = { $years } years (calendar days / 365), { $closes } closing prices tested
notice-paid-in-volatility = Volatility
notice-paid-in-rate = Risk-free rate
notice-paid-in-dividend = Dividend yield
notice-paid-in-performance = Performance condition
notice-paid-in-performance-probabilities = probability of reaching each level as assumed: { $list }
notice-paid-in-performance-simulated = simulated with a growth of { $drift }, a volatility of { $volatility } and a correlation of { $correlation } with the share price
notice-paid-in-multiple = Early exercise
notice-paid-in-multiple-value = when the closing price reaches { $multiple } times the exercise price
notice-paid-in-paths = Number of simulations
notice-paid-in-paths-value = { $paths } paths (antithetic pairs, control variate), seed { $seed }
notice-paid-in-value = Value per share
notice-paid-in-standard-error = Standard error
cmp-group-paid_option = Paid-in stock options
cmp-list-paid_option-conditions = Share-price condition
cmp-list-paid_option-performance-tiers = Performance tier
cmp-choice-close-of = close of a day
cmp-choice-of-exercise-price = of the exercise price
cmp-choice-yen = yen
cmp-choice-any-year = any one year
cmp-choice-given-year = a given year
cmp-choice-probabilities = probabilities as assumed
cmp-choice-simulated = simulated with the share price
cmp-choice-auto = grid where it applies, else simulation
cmp-choice-simulation = simulation
input-paid_option-series_name = Paid-in: name of the series
input-paid_option-valuation_date = Paid-in: valuation date
input-paid_option-share_price = Paid-in: share price
input-paid_option-exercise_price-kind = Paid-in: exercise price is
input-paid_option-exercise_price-yen = Paid-in: exercise price entered
input-paid_option-exercise_price-date = Paid-in: exercise price is the close of
input-paid_option-exercise_period_start = Paid-in: exercise period from
input-paid_option-exercise_period_end = Paid-in: exercise period to
input-paid_option-shares_per_right = Paid-in: shares per right
input-paid_option-rights = Paid-in: rights
input-paid_option-volatility = Paid-in: volatility σ
input-paid_option-risk_free_rate = Paid-in: risk-free rate r
input-paid_option-dividend_yield = Paid-in: dividend yield q
input-paid_option-conditions-kind = condition
input-paid_option-conditions-level = level
input-paid_option-conditions-unit = level in
input-paid_option-performance-metric = Paid-in: performance metric
input-paid_option-performance-tiers-threshold = threshold
input-paid_option-performance-tiers-fraction = fraction exercisable
input-paid_option-performance-year_ends = Paid-in: fiscal year-ends tested
input-paid_option-performance-test = Paid-in: tested in
input-paid_option-performance-valuation-kind = Paid-in: tiers valued by
input-paid_option-performance-valuation-probabilities = Paid-in: probability of each tier
input-paid_option-performance-valuation-last_actual = Paid-in: metric's last actual value
input-paid_option-performance-valuation-drift = Paid-in: metric's growth per year
input-paid_option-performance-valuation-volatility = Paid-in: metric's volatility
input-paid_option-performance-valuation-correlation = Paid-in: metric's correlation with the share price
input-paid_option-exercise_multiple = Paid-in: early exercise at a multiple of
input-paid_option-valuation-method = Paid-in: method
input-paid_option-valuation-pairs = Paid-in: antithetic path pairs
input-paid_option-valuation-seed = Paid-in: seed
err-paid-year-ends = must list the fiscal year-ends tested, in increasing order: one for "a given year", one or more for "any one year"
err-paid-year-end-in-period = must be a fiscal year-end after the valuation date { $valuation } (with a close on or before it) and on or before the end of the exercise period { $end }
err-paid-multiple = must be above 1 and at most 10 (times the exercise price)
err-paid-metric-name = must name the metric as the notice does (営業利益, net sales): one line of at most { $max } characters
fig-paid-tier-probability = Tier { $n } (metric above { $threshold }): probability reached
fig-paid_expected_fraction = Expected exercisable fraction (performance)
fig-paid_early_exercised = Exercised early at the multiple

## The Paid-in options panel
panel-paid = Paid-in options
menu-export-valuing = Valuing the paid-in grant… the exports wait for its value.
err-paid-cannot-start = the valuation could not be started or ended without a result: { $detail }
field-paid_option-series_name = Name of the stock acquisition rights
hint-paid_option-series_name = As the English notice names them: "Series 1 Stock Acquisition Rights". One line; empty, the English draft prints the Japanese name.
field-paid_option-series_name_ja = Name (Japanese)
hint-paid_option-series_name_ja = As the board resolves it and the Japanese notice prints it: 第1回新株予約権. One line; empty, the Japanese draft prints the English name.
field-paid_option-shares_per_right = Shares per right
hint-paid_option-shares_per_right = Class and number of shares underlying each right: common stock, usually one trading unit (100 shares). The amount per right is the value per share × this, fractions of a yen rounded up.
field-paid_option-rights = Total number of rights
hint-paid_option-rights = The total number of stock acquisition rights to be issued. The total amount to be paid is the amount per right × this.
field-paid_option-exercise_period_start = Exercise period from
hint-paid_option-exercise_period_start = First day the rights may be exercised: after the valuation date, on or before the end of the period.
field-paid_option-exercise_period_end = Exercise period to
hint-paid_option-exercise_period_end = Last day the rights may be exercised. The conditions are tested on every TSE business-day close from the day after the valuation date up to this day.
field-paid_option-valuation_date = Valuation date
hint-paid_option-valuation_date = The day the value is computed for (the notice's 算定基準日, usually the day of the board resolution or the day before); the conditions are tested on the closes after it.
field-paid_option-share_price = Share price on the valuation date
hint-paid_option-share_price = Closing price of the common stock in regular trading on the Tokyo Stock Exchange on the valuation date.
field-paid_option-exercise_price-date = Exercise price: close of
hint-paid_option-exercise_price-date = The exercise price is the closing price of this day in the price history (the notices' usual rule: the close of the business day before the board resolution). It must be a day the history has.
field-paid_option-exercise_price = Exercise price
hint-paid_option-exercise_price = The amount to be paid per share upon exercise, in yen (sen allowed).
field-paid_option-volatility = Volatility (σ)
hint-paid_option-volatility = Annualised volatility of the share price over a period matching the exercise period (see the Volatility panel). Above 0 % and at most 300 %.
field-paid_option-risk_free_rate = Risk-free rate (r)
hint-paid_option-risk_free_rate = Yield of the Japanese government bond whose remaining period matches the period to the end of the exercise period; from −100 % to 100 %.
field-paid_option-dividend_yield = Dividend yield (q)
hint-paid_option-dividend_yield = Expected dividend per share ÷ the share price, per year; from −100 % to 100 %.
field-paid_option-valuation-pairs = Path pairs
hint-paid_option-valuation-pairs = Antithetic path pairs of the simulation (each path with its mirror). Empty: as many as it takes for a standard error of at most 0.05 % of the share price. From 1,000 to 100,000,000.
field-paid_option-valuation-seed = Seed
hint-paid_option-valuation-seed = The random numbers' seed: the same seed gives the same value to the last digit on any machine.
field-paid_option-conditions-level = Level ({ $n })
hint-paid_option-conditions-level = The price a close is compared with: a percentage of the exercise price ("a price obtained by multiplying the exercise price by 50 %"), or yen. A close strictly below (or above) it meets the condition.
paid-heading-rights = Stock acquisition rights
paid-heading-basis = Basis of the calculation
paid-heading-method = Valuation method
paid-heading-conditions = Conditions on the share price
paid-heading-performance = Performance conditions and early exercise
paid-heading-result = Value of the rights
paid-heading-design = Design table
paid-exercise-price-from = Exercise price set by
paid-exercise-price-from-hint = The close of a day in the price history (usually the business day before the board resolution), or a price typed in.
paid-exercise-price-close = close of a day
paid-exercise-price-entered = entered
paid-exercise-price-no-history = The price history has no close on or before the valuation date.
paid-exercise-price-is = = { $yen } per share
paid-method = Method
paid-method-hint = Automatic: Black–Scholes when there is no condition; with one share-price condition and no performance condition or early exercise, a deterministic grid on every TSE close (faster, with an error estimate far below 0.05 % of the share price); else a Monte Carlo simulation tested on every TSE close. Simulation: always the simulation (choose it when the notice is to say the value was computed by Monte Carlo simulation).
paid-method-auto = automatic
paid-method-always-simulate = always simulate
paid-conditions-explained = Each condition is tested on every TSE business-day close from the day after the valuation date to the end of the exercise period.
paid-conditions-none = No condition: the rights are plain calls, valued by Black–Scholes.
paid-conditions-none-on-price = No condition on the share price.
paid-chart-convergence-no-value = The chart follows once the grant has a value.
paid-condition-n = Condition { $n }
paid-condition-kind-hint = What happens when a close crosses the level, as the notice states it.
paid-condition-remove-hint = Remove this condition.
paid-condition-add = Add a condition
paid-condition-add-hint = Adds a knock-out below 50 % of the exercise price, to be changed as the terms say.
paid-kind-words-knock-out-below = If a close falls below the level, the rights can no longer be exercised
paid-kind-words-forced-exercise-below = If a close falls below the level, every remaining right must be exercised at the exercise price
paid-kind-words-knock-in-above = The rights can be exercised only once a close has exceeded the level
paid-kind-words-knock-out-above = If a close exceeds the level, the rights can no longer be exercised
paid-kind-words-knock-in-below = The rights can be exercised only once a close has fallen below the level
paid-unit-of-exercise-price = % of the exercise price
paid-unit-yen = yen
paid-unit-hint = The level as a percentage of the exercise price (the notices' wording) or in yen; switching keeps the same price.
paid-unit-needs-valid-terms = The unit can be switched once the terms can be valued (the exercise price is known).
paid-level-is = = { $level }
paid-valuing = Valuing in the background…
paid-stop = Stop
paid-stop-hint = Stops the valuation; it starts again when a term changes, or with "Value now".
paid-stopped = The valuation was stopped.
paid-value-now = Value now
paid-not-current = Not current: these figures are for the terms before the last change; the new value replaces them when the valuation ends.
paid-value-per-share = Per share, ± standard error
paid-value-plus-minus = { $value } ± { $se }
paid-amount-per-right = To be paid per right
paid-interval = 95 % interval: { $low } to { $high } per share (value ± 1.96 standard errors).
paid-gap = Tested on the daily closes { $daily }; tested at every instant (closed form) { $continuous }; the gap { $gap } ({ $share } of the closed form) is what daily testing is worth, against an uncertainty of { $se }.
paid-chart-convergence = Convergence of the estimate
paid-chart-convergence-none = No simulation: without a condition the value is Black–Scholes, exact.
paid-chart-convergence-grid = No simulation: the value is computed on the grid over the daily closes, and its ± is an error bound. "Check by simulation" under the value runs one beside it.
paid-chart-convergence-caption = The estimate after 1, 2, 4, 8, … chunks of 4,096 pairs, to { $paths } paths; the band is ± 2 standard errors.
paid-chart-grid-value = Grid value
paid-chart-convergence-check = The check by simulation; the dashed line is the grid's value.
paid-chart-band = ± 2 standard errors
paid-chart-estimate = Value per share
paid-chart-paths-log = Paths (log scale)
paid-chart-value-per-share = JPY per share
paid-chart-paths = Sample share-price paths
paid-chart-path = Simulated path
paid-chart-exercise-price = Exercise price
paid-chart-early-exercise = Early exercise: { $multiple } × the exercise price
paid-chart-level = Level { $n }: { $kind }
paid-chart-price = Share price (JPY)
paid-chart-paths-caption = { $count } paths of the share price on the TSE closes, from the seed { $seed }, with no condition applied: where the levels lie against the spread of prices.
paid-design-compute = Compute design table
paid-design-compute-again = Compute again
paid-design-hint = Values the rights at 25 designs in the background: the level of the first condition met below its level at 40 % to 80 % of the exercise price, by σ 10 and 5 points either side.
paid-design-needs-below = The table varies a condition met below its level (a knock-out, forced exercise or knock-in below): add one to compare designs.
paid-design-needs-valid-terms = The table needs terms that can be valued.
paid-design-not-current = Not current: the table is for the terms before the last change.
paid-design-caption = Amount to be paid per right with the level of condition { $n } ({ $kind }) as a percentage of the exercise price, by σ. Each cell is a simulation of { $pairs } path pairs (seed { $seed }): less accurate than the value above, for comparing designs, not for the notice.
paid-design-corner = Level \ σ
paid-design-sigma-now = { $sigma } (entered)
paid-design-level-now = { $level } (entered)
paid-design-own-cell = The grant as entered: the amount per right computed as each cell is.
paid-empty-heading = Paid-in stock options
paid-empty-what = Paid-in stock options (有償ストックオプション) are rights the holders pay their fair value for at allotment, at a market exercise price, usually with conditions on the share price: exercise forced, or the rights lost, if a close falls below a level; rights exercisable only once a close has exceeded one.
paid-empty-how = This panel values such a grant as the notices state it: a Monte Carlo simulation on every TSE business-day close (with the standard error, each condition's probability and the continuous closed form beside), the amount to be paid per right rounded up to the yen, the charts of the estimate and of sample paths, and a table of designs.
paid-empty-start = The grant starts from this scenario: valued on the last close of the price history, the exercise price that close, σ and r of the stock option, exercise from two to five years later, and exercise forced below 50 % of the exercise price.
paid-add = Add a paid-in grant
paid-add-hint = Adds a grant prefilled from the scenario; Edit › Undo removes it again.
paid-remove = Remove the grant…
paid-remove-hint = Removes the paid-in grant from the scenario (asks first; Edit › Undo brings it back).
paid-remove-confirm = Remove the paid-in grant and all its terms from the scenario? Edit › Undo brings it back.
paid-remove-yes = Yes, remove the grant
paid-remove-cancel = Keep it
paid-text-value-grid = value per share  { $value }  (error estimate { $error })
paid-text-method-grid = method           deterministic: the density of ln S carried from close to close on grids of step { $steps } ({ $nodes } nodes), Richardson-extrapolated
paid-text-method-simulation = method           simulation (Monte Carlo, antithetic pairs, the plain call as control variate)
paid-text-probabilities-grid = probabilities    condition met { $met }; exercisable at expiry { $exercisable }; exercised { $exercised }
err-paid-grid-one-condition = the deterministic method values exactly one share-price condition, not { $count }: use the simulation
err-paid-grid-too-large = these closes would need too fine a grid (too many, or too close together): use --method simulation
err-paid-simulation-only = applies to the simulation only: add --method simulation
paid-method-grid = Grid on the daily closes (deterministic)
der-paid-error-estimate = the grid's error estimate: the last Richardson correction over three grids, a bound far above the true error
notice-paid-method-grid = a numerical method on the daily closing prices (the risk-neutral density carried from close to close on a grid)
notice-paid-in-error-estimate = Error estimate of the numerical method
paid-grid-note = Computed on a grid over the daily closes: ± is the grid's error estimate, a bound, not a standard error.
paid-check = Check by simulation
paid-check-hint = Values the same right by Monte Carlo simulation on the same daily closes, at the grant's accuracy and seed, in the background, and shows how far the two values are apart in standard errors.
paid-checking = Checking by simulation…
paid-check-result = Checked by simulation: { $value } ± { $se } ({ $pairs } path pairs, seed { $seed }); the grid's value is { $apart } standard errors { $side ->
    [below] below
   *[above] above
} it.
paid-check-disagree = More than 4 standard errors apart: the two methods disagree. Look into the terms before relying on the value.
paid-design-caption-grid = Amount to be paid per right with the level of condition { $n } ({ $kind }) as a percentage of the exercise price, by σ. Each cell is valued on the grid over the daily closes, as the value above.

## The Paid-in options panel: the performance condition and early exercise
paid-performance-toggle = Performance condition
paid-performance-toggle-hint = The rights become exercisable only once a metric of the company's results (operating profit, as a rule) exceeds a threshold at a fiscal year-end, in tiers. Ticking it adds one tier, tested at each March 31 from the valuation date to the end of the exercise period; unticking removes it (Edit › Undo brings it back).
paid-performance-none = None: every right is exercisable, whatever the company's results.
paid-performance-explained = The rights are exercisable up to the fraction of the highest tier whose threshold the metric exceeds at a fiscal year-end tested; none if it exceeds none. A forced exercise still takes all remaining rights.
field-paid_option-performance-metric = Metric
hint-paid_option-performance-metric = The metric as the English notice names it (operating profit, net sales, …): one line of at most 40 characters; empty, the Japanese name serves both.
field-paid_option-performance-metric_ja = Metric (Japanese)
hint-paid_option-performance-metric_ja = The metric as the Japanese notice names it (営業利益, 売上高, …): one line of at most 40 characters; empty, the English name serves both.
paid-performance-test = Tested in
paid-performance-test-hint = Any one year: a tier is reached once the metric exceeds its threshold in any of the fiscal years listed. A given year: only the one fiscal year listed counts (choosing it keeps the last year-end).
paid-performance-any-year = any one year
paid-performance-given-year = a given year
paid-performance-year-ends = Fiscal year-ends tested
paid-performance-year-ends-hint = Each is tested on its close (the last TSE close on or before it): after the valuation date and on or before the end of the exercise period, in increasing order.
field-paid_option-performance-year_ends = Fiscal year-end { $n }
hint-paid_option-performance-year_ends = The last day of a fiscal year whose results are tested (March 31 for most listed companies): after the valuation date, on or before the end of the exercise period, and after the year-end above.
paid-performance-year-end-add = Add a fiscal year-end
paid-performance-year-end-add-hint = Adds the fiscal year-end a year after the last one; it must still be within the exercise period.
paid-performance-year-end-remove-hint = Remove this fiscal year-end.
paid-performance-tiers-heading = Tiers
paid-performance-tiers-hint = Each tier: the threshold the metric must exceed, and the fraction of the rights it makes exercisable. Thresholds and fractions rise from tier to tier.
field-paid_option-performance-tiers-threshold = Threshold (tier { $n })
hint-paid_option-performance-tiers-threshold = The metric must exceed this amount (strictly) at a fiscal year-end tested: a positive amount of yen, above the threshold of the tier before.
field-paid_option-performance-tiers-fraction = Exercisable fraction (tier { $n })
hint-paid_option-performance-tiers-fraction = The fraction of the rights allotted that may be exercised once this tier is reached: above 0 % and at most 100 %, above the fraction of the tier before.
paid-performance-tier-add = Add a tier
paid-performance-tier-add-hint = Adds a tier above the highest: its threshold × 1.25, every right exercisable. A highest tier that made every right exercisable then gives half-way from the tier below it.
paid-performance-tier-remove-hint = Remove this tier (and its probability).
paid-performance-valuation = Tiers valued by
paid-performance-valuation-hint = The probability of each tier as you assess it (independent of the share price), or the metric simulated beside the share price from its last actual value, growth, volatility and correlation.
paid-performance-by-probabilities = probability of each tier
paid-performance-simulated = simulate the metric
paid-performance-probabilities-explained = Each is the probability that the highest tier reached is this one or a higher one: from 0 % to 100 %, never rising from one tier to the next.
field-paid_option-performance-probabilities = Probability of tier { $n }
hint-paid_option-performance-probabilities = The probability that the metric reaches this tier or a higher one, independent of the share price: from 0 % to 100 %, at most the probability of the tier before.
paid-performance-simulated-explained = The metric moves lognormally from its last actual value and is tested on each fiscal year-end's close; the tiers' probabilities come out of the same simulation.
field-paid_option-performance-last_actual = Last actual value of the metric
hint-paid_option-performance-last_actual = The metric for the last fiscal year reported, in the thresholds' unit (yen): a positive amount.
field-paid_option-performance-drift = Growth of the metric per year
hint-paid_option-performance-drift = The growth per year you expect (μ), not a risk-neutral drift, as the metric is not traded: from −100 % to 100 %.
field-paid_option-performance-volatility = Volatility of the metric
hint-paid_option-performance-volatility = How much the metric varies per year (ν): above 0 % and at most 300 %.
field-paid_option-performance-correlation = Correlation with the share price
hint-paid_option-performance-correlation = Of the metric's and the share price's random moves (ρ): from −1 to 1; 0 for none.
paid-early-exercise-toggle = Early exercise
paid-early-exercise-hint = The usual assumption for employees' rights: the holders exercise once the share price stands well above the exercise price, rather than wait for the end of the period. The simulation exercises at the first close at or above the multiple × the exercise price, on or after the first day of the exercise period (vesting) and after the last fiscal year-end tested. Ticking it starts at 2 ×.
paid-early-exercise-none = None: the rights are exercised, if at all, at the end of the exercise period.
paid-early-exercise-explained = Exercised at the first close at or above this multiple of the exercise price, from the first day of the exercise period and after the last fiscal year-end tested. Without a dividend this gives up time value, so the rights are worth less.
field-paid_option-exercise_multiple = Exercise once the close reaches
hint-paid_option-exercise_multiple = The multiple of the exercise price at which the holders exercise (often 2 to 3): above 1 and at most 10.
unit-times-exercise-price = × the exercise price
paid-expected-fraction = Expected exercisable fraction
paid-tier-reached = Tier { $n } reached ({ $metric } above { $threshold })
paid-early-exercised = Exercised early (share of paths)
ui-paid-notice = Paid-in stock-option notice
ui-paid-notice-intro = The items come from the Paid-in options tab; the basis of the amount states the method used and its inputs.
err-paid-year-ends-same-close = must be a later fiscal year-end: its last close, { $date }, is already tested for the year-end before it
input-paid_option-series_name_ja = Paid-in: name of the series (Japanese)
input-paid_option-performance-metric_ja = Paid-in: performance metric (Japanese)
