//! Lists every cell of an Excel workbook as text, one line per cell: sheet and address,
//! the value with its type, and the formula if there is one. Two workbooks have the same
//! content exactly when their listings are equal, whatever their zip or XML layout and
//! creation time; scripts/check-windows.sh uses it to compare the Windows build's export
//! with the Linux build's.
//!
//! `cargo run --example workbook_cells -- summary.xlsx`

use std::process::ExitCode;

use calamine::{Data, Reader, open_workbook_auto};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: workbook_cells FILE.xlsx");
        return ExitCode::FAILURE;
    };
    match list(path) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {path}: {e}");
            ExitCode::FAILURE
        }
    }
}

fn list(path: &str) -> Result<String, calamine::Error> {
    let mut book = open_workbook_auto(path)?;
    let mut out = String::new();
    for sheet in book.sheet_names() {
        out.push_str(&format!("[{sheet}]\n"));
        let values = book.worksheet_range(&sheet)?;
        let formulas = book.worksheet_formula(&sheet)?;
        for (row, col, value) in values.used_cells() {
            let (row, col) = (row as u32, col as u32);
            let at = values
                .start()
                .map_or((row, col), |(r, c)| (r + row, c + col));
            let formula = formulas
                .get_value(at)
                .filter(|f| !f.is_empty())
                .map(|f| format!("\t={f}"))
                .unwrap_or_default();
            out.push_str(&format!(
                "{sheet}!{}{}\t{}{formula}\n",
                column_name(at.1),
                at.0 + 1,
                describe(value)
            ));
        }
    }
    Ok(out)
}

/// The value with its type; floats in Rust's shortest exact form, so any difference shows.
fn describe(value: &Data) -> String {
    match value {
        Data::Int(i) => format!("int {i}"),
        Data::Float(f) => format!("float {f:?}"),
        Data::String(s) => format!("string {s:?}"),
        Data::Bool(b) => format!("bool {b}"),
        Data::DateTime(d) => format!("datetime {:?}", d.as_f64()),
        Data::DateTimeIso(s) => format!("datetime-iso {s}"),
        Data::DurationIso(s) => format!("duration-iso {s}"),
        Data::Error(e) => format!("error {e}"),
        Data::Empty => "empty".to_owned(),
    }
}

/// 0 → A, 25 → Z, 26 → AA.
fn column_name(mut col: u32) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}
