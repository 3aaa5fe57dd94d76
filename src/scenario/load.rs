//! Reading and writing scenario JSON: syntax, schema version, types with field paths,
//! then validation. A document that fails any step is refused whole.

use serde::Deserialize;

use super::{SCHEMA_VERSION, Scenario, validate};
use crate::domain::FieldError;

/// Why a scenario document was refused. Each variant says what is wrong and where.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("not valid JSON (line {line}, column {column}): {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("no schema_version: this is not an Offering Desk scenario file")]
    MissingVersion,
    #[error("schema_version must be a whole number from 1 to {supported}, found {found}")]
    BadVersion { found: String, supported: u32 },
    #[error(
        "schema_version {found} was written by a newer Offering Desk (this one reads up to {supported}); update the app to open it"
    )]
    NewerVersion { found: u64, supported: u32 },
    #[error("{path}: {message} (line {line}, column {column})")]
    Field {
        path: String,
        message: String,
        line: usize,
        column: usize,
    },
    #[error("{}", describe_problems(.0))]
    Invalid(Vec<FieldError>),
}

fn describe_problems(problems: &[FieldError]) -> String {
    let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    format!(
        "{} problem{} in the scenario:\n{}",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" },
        list.join("\n")
    )
}

/// The version, read before anything else. Only a JSON object is accepted: a derived
/// struct would also take an array (`[1]`) and name itself in the message.
struct VersionProbe {
    schema_version: Option<serde_json::Value>,
}

impl<'de> Deserialize<'de> for VersionProbe {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Probe;
        impl<'de> serde::de::Visitor<'de> for Probe {
            type Value = VersionProbe;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a scenario: a JSON object starting with {")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<VersionProbe, A::Error> {
                let mut schema_version = None;
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    if key != "schema_version" {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    } else if schema_version.is_some() {
                        return Err(serde::de::Error::duplicate_field("schema_version"));
                    } else {
                        schema_version = Some(map.next_value::<serde_json::Value>()?);
                    }
                }
                Ok(VersionProbe { schema_version })
            }
        }
        d.deserialize_map(Probe)
    }
}

/// Parses, checks the version, migrates and validates a scenario document.
pub fn from_json(text: &str) -> Result<Scenario, LoadError> {
    let probe: VersionProbe = serde_json::from_str(text).map_err(syntax_error)?;
    let version = match probe.schema_version {
        None => return Err(LoadError::MissingVersion),
        Some(v) => v,
    };
    let found = version
        .as_u64()
        .filter(|v| *v >= 1)
        .ok_or_else(|| LoadError::BadVersion {
            found: version.to_string(),
            supported: SCHEMA_VERSION,
        })?;
    if found > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::NewerVersion {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    // Version 1 is the first format: nothing to migrate yet. A future version 2 adds
    // `migrate_v1_to_v2(serde_json::Value)` here and keeps a v1 fixture in tests/.
    let mut de = serde_json::Deserializer::from_str(text);
    let scenario: Scenario = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        LoadError::Field {
            path,
            message: explain_date_error(strip_position(&inner.to_string())),
            line: inner.line(),
            column: inner.column(),
        }
    })?;
    let problems = validate(&scenario);
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// The document as pretty-printed JSON with a final newline (diff-friendly).
pub fn to_json(scenario: &Scenario) -> String {
    // Serialising plain data structs to a String cannot fail (no maps with non-string
    // keys, no custom serialisers that error); fall back to an empty object regardless.
    let mut text = serde_json::to_string_pretty(scenario).unwrap_or_else(|_| "{}".to_owned());
    text.push('\n');
    text
}

fn syntax_error(e: serde_json::Error) -> LoadError {
    LoadError::Syntax {
        line: e.line(),
        column: e.column(),
        message: strip_position(&e.to_string()),
    }
}

/// chrono's date parse errors say only "input is out of range" (for 2013-02-30) and the
/// like; add what was expected. Only chrono produces these exact messages.
fn explain_date_error(message: String) -> String {
    const CHRONO_PARSE_ERRORS: [&str; 6] = [
        "input is out of range",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
    ];
    if CHRONO_PARSE_ERRORS.contains(&message.as_str()) {
        format!("not a calendar date ({message}); dates are written YYYY-MM-DD, e.g. 2013-07-10")
    } else {
        message
    }
}

/// serde_json appends " at line L column C"; the variants print position themselves.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}
