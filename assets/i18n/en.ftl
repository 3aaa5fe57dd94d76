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
