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
    /// A wrong type at `path`. `line` is 0 when the position is not known (a value that
    /// only a migration of an older version put there).
    #[error("{}", describe_field(.path, .message, *.line, *.column))]
    Field {
        path: String,
        message: String,
        line: usize,
        column: usize,
    },
    #[error("{}", crate::i18n::problems_in(.0, crate::i18n::Language::English))]
    Invalid(Vec<FieldError>),
}

fn describe_field(path: &str, message: &str, line: usize, column: usize) -> String {
    if line == 0 {
        format!("{path}: {message}")
    } else {
        format!("{path}: {message} (line {line}, column {column})")
    }
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
    let scenario = if found == u64::from(SCHEMA_VERSION) {
        // The current format straight from the text, so type errors carry positions.
        typed(&mut serde_json::Deserializer::from_str(text))?
    } else {
        let StrictValue(mut doc) = serde_json::from_str(text).map_err(syntax_error)?;
        migrate(&mut doc, found);
        typed(doc).map_err(|e| with_position_from(e, text))?
    };
    let problems = validate(&scenario);
    if problems.is_empty() {
        Ok(scenario)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// The typed scenario, or the first type error with its field path.
fn typed<'de, D>(de: D) -> Result<Scenario, LoadError>
where
    D: serde::Deserializer<'de, Error = serde_json::Error>,
{
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        LoadError::Field {
            path,
            message: explain_date_error(strip_position(&inner.to_string())),
            line: inner.line(),
            column: inner.column(),
        }
    })
}

/// A type error found in a migrated document has no position. Migrations so far only
/// add fields, or move a string to another key (which is no type error), so the old
/// text read as the current format fails at the same path: take the line and column
/// from there when it does.
fn with_position_from(e: LoadError, text: &str) -> LoadError {
    match (e, typed(&mut serde_json::Deserializer::from_str(text))) {
        (
            LoadError::Field { path, message, .. },
            Err(LoadError::Field {
                path: p,
                line,
                column,
                ..
            }),
        ) if p == path => LoadError::Field {
            path,
            message,
            line,
            column,
        },
        (e, _) => e,
    }
}

/// Brings a document of schema version `from` up to [`SCHEMA_VERSION`], one version at
/// a time, on the JSON tree (before any typed reading). Each step fills what the newer
/// version has and the older one did not, with the value that keeps the old meaning;
/// nothing the old file says is changed. Values of the wrong type are left alone for
/// the typed reading to report.
fn migrate(doc: &mut serde_json::Value, from: u64) {
    use serde_json::Value;
    let Value::Object(root) = doc else { return };
    if from < 2 {
        // Version 2: the identification line and the dateline come from the company.
        // Version 1 drafts printed "Tokyo, …" and "(…, TSE:<securities code>)".
        if let Some(Value::Object(company)) = root.get_mut("company") {
            if !company.contains_key("listing_codes") {
                let code = company
                    .get("securities_code")
                    .and_then(Value::as_str)
                    .map(str::trim)
                    .unwrap_or_default();
                let codes = if code.is_empty() {
                    Vec::new()
                } else {
                    vec![Value::String(format!("TSE:{code}"))]
                };
                company.insert("listing_codes".into(), Value::Array(codes));
            }
            company
                .entry("dateline_city")
                .or_insert_with(|| Value::String("Tokyo".into()));
        }
        // Everything else new in version 2 is absent in version 1 and means what an
        // absent field means in version 2: no short name, resolution dates not given,
        // the seed's wording for the option items (8), (9), (11), default draft options.
    }
    // Version 3 adds the Japanese title, notes and company name and the era option of
    // the Japanese drafts; absent, they mean what they meant before: none, Western years.
    if from < 4 {
        // Version 4 keeps the option items (8), (9), (11) once per language. Before, one
        // text served both drafts, in whatever language it was typed: a Japanese one is
        // the Japanese draft's text. Both drafts print what they printed: a draft with
        // no text of its own prints the other language's (`terms::item_wording`).
        if let Some(Value::Object(option)) = root.get_mut("option") {
            for key in ITEM_KEYS {
                let ja = format!("{key}_ja");
                let japanese = option
                    .get(key)
                    .and_then(Value::as_str)
                    .is_some_and(is_japanese);
                if japanese
                    && !option.contains_key(&ja)
                    && let Some(text) = option.remove(key)
                {
                    option.insert(ja, text);
                }
            }
        }
    }
    if from < 5 {
        // Version 5 keeps each use of proceeds' purpose and deadline once per language,
        // as version 4 did the option items: a text typed in Japanese is the Japanese
        // draft's, and each draft still prints what it printed (`texts_in`).
        if let Some(Value::Array(uses)) = root
            .get_mut("offering")
            .and_then(|o| o.get_mut("uses_of_proceeds"))
        {
            for u in uses.iter_mut().filter_map(Value::as_object_mut) {
                for key in ["purpose", "deadline"] {
                    let ja = format!("{key}_ja");
                    let japanese = u.get(key).and_then(Value::as_str).is_some_and(is_japanese);
                    if japanese
                        && !u.contains_key(&ja)
                        && let Some(text) = u.insert(key.to_owned(), Value::String(String::new()))
                    {
                        u.insert(ja, text);
                    }
                }
            }
        }
    }
    if from < 6 {
        // Version 6 records where r came from ("Use this rate" on a JGB yield curve).
        // Before, r was always typed in.
        if let Some(Value::Object(option)) = root.get_mut("option") {
            option
                .entry("risk_free_rate_source")
                .or_insert_with(|| serde_json::json!({"kind": "manual"}));
        }
    }
    // Version 7 adds the capital section (issued and treasury shares, net income or
    // EPS) for the dilution figures. Absent, it means what an older file meant: none
    // entered, so no dilution figures; nothing to add.
    // Version 8 adds the paid-in grant (`paid_option`); absent, there is none.
    root.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
}

/// The keys of the option items (8), (9), (11) that versions 1 to 3 kept one text of.
const ITEM_KEYS: [&str; 3] = [
    "acquisition_conditions",
    "restructuring_terms",
    "exercise_conditions",
];

/// Whether `text` is written in Japanese: it has kana or kanji. Full-width digits and
/// punctuation alone do not count (an English text may quote （１） or 「…」).
fn is_japanese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{3005}'..='\u{3007}'       // 々 〆 〇
            | '\u{3040}'..='\u{309F}'      // hiragana
            | '\u{30A1}'..='\u{30FA}'      // katakana
            | '\u{30FC}'..='\u{30FF}'      // ー and the katakana iteration marks
            | '\u{31F0}'..='\u{31FF}'      // katakana phonetic extensions
            | '\u{FF66}'..='\u{FF9D}'      // half-width katakana
            | '\u{3400}'..='\u{4DBF}'      // CJK unified ideographs, extension A
            | '\u{4E00}'..='\u{9FFF}'      // CJK unified ideographs
            | '\u{F900}'..='\u{FAFF}'      // CJK compatibility ideographs
            | '\u{20000}'..='\u{3FFFF}'    // CJK extensions B and later
        )
    })
}

/// A JSON tree like `serde_json::Value`, but a key given twice in one object is an
/// error (serde_json's own `Value` keeps the last one silently, where the typed reading
/// refuses the file).
struct StrictValue(serde_json::Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = serde_json::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, Into::into))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(serde_json::Value::Array(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(serde::de::Error::custom(format_args!(
                    "duplicate field `{key}`"
                )));
            }
            let StrictValue(v) = map.next_value()?;
            object.insert(key, v);
        }
        Ok(serde_json::Value::Object(object))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_error_without_a_position_does_not_print_line_0() {
        let e = |line| LoadError::Field {
            path: "company.name".into(),
            message: "invalid type".into(),
            line,
            column: 7,
        };
        assert_eq!(e(0).to_string(), "company.name: invalid type");
        assert_eq!(
            e(3).to_string(),
            "company.name: invalid type (line 3, column 7)"
        );
    }

    #[test]
    fn migration_fills_only_what_version_1_lacked() {
        let mut doc = serde_json::json!({
            "schema_version": 1,
            "company": {"name": "X", "securities_code": " 1234 ", "dateline_city": "Osaka"}
        });
        migrate(&mut doc, 1);
        assert_eq!(
            doc,
            serde_json::json!({
                "schema_version": SCHEMA_VERSION,
                "company": {
                    "name": "X",
                    "securities_code": " 1234 ",
                    "dateline_city": "Osaka",
                    "listing_codes": ["TSE:1234"]
                }
            })
        );
        // Wrong shapes are left for the typed reading to report.
        let mut doc = serde_json::json!({"schema_version": 1, "company": "X"});
        migrate(&mut doc, 1);
        assert_eq!(doc["company"], "X");
    }

    #[test]
    fn japanese_is_told_by_kana_or_kanji() {
        for text in [
            "各新株予約権の一部行使はできないものとする。",
            "1) ひらがな",
            "カタカナ only",
            "ｶﾀｶﾅ",
            "Shares of 株式会社X",
            "人々",
            "\u{20B9F}",
        ] {
            assert!(is_japanese(text), "{text:?}");
        }
        for text in [
            "",
            "1) No partial exercise.",
            "“Organizational Restructuring”",
            "（１） 「Quoted」、。・",
            "Ｆｕｌｌ－ｗｉｄｔｈ ＡＢＣ １２３",
            "Café, naïve, 한국어",
            wording_en(),
        ] {
            assert!(!is_japanese(text), "{text:?}");
        }
    }

    fn wording_en() -> &'static str {
        crate::scenario::wording::RESTRUCTURING_TERMS
    }

    #[test]
    fn version_3_items_in_japanese_move_to_the_japanese_fields() {
        let mut doc = serde_json::json!({
            "schema_version": 3,
            "option": {
                "acquisition_conditions": "Not applicable.",
                "restructuring_terms": "1) 組織再編行為の際は、…",
                "exercise_conditions": "1) 一部行使はできない。",
            }
        });
        migrate(&mut doc, 3);
        assert_eq!(
            doc,
            serde_json::json!({
                "schema_version": SCHEMA_VERSION,
                "option": {
                    "acquisition_conditions": "Not applicable.",
                    "restructuring_terms_ja": "1) 組織再編行為の際は、…",
                    "exercise_conditions_ja": "1) 一部行使はできない。",
                    // Version 6's, as every older file gets.
                    "risk_free_rate_source": {"kind": "manual"},
                }
            })
        );
        // A Japanese text already there is not overwritten; wrong shapes are left alone.
        let mut doc = serde_json::json!({
            "schema_version": 3,
            "option": {
                "exercise_conditions": "日本語",
                "exercise_conditions_ja": "既に",
                "acquisition_conditions": 7,
            }
        });
        let mut before = doc["option"].clone();
        migrate(&mut doc, 3);
        before["risk_free_rate_source"] = serde_json::json!({"kind": "manual"});
        assert_eq!(doc["option"], before);
        // A version 4 document keeps its items where they are.
        let mut doc = serde_json::json!({
            "schema_version": 4,
            "option": {"exercise_conditions": "日本語"}
        });
        migrate(&mut doc, 4);
        assert_eq!(doc["option"]["exercise_conditions"], "日本語");
    }

    #[test]
    fn before_version_5_r_was_typed_in() {
        let mut doc = serde_json::json!({
            "schema_version": 4,
            "option": {"risk_free_rate": "0.0125"}
        });
        migrate(&mut doc, 4);
        assert_eq!(
            doc,
            serde_json::json!({
                "schema_version": SCHEMA_VERSION,
                "option": {
                    "risk_free_rate": "0.0125",
                    "risk_free_rate_source": {"kind": "manual"}
                }
            })
        );
        // A source already there (or of the wrong shape) is left for the typed reading.
        let mut doc = serde_json::json!({
            "schema_version": 4,
            "option": {"risk_free_rate_source": 7}
        });
        migrate(&mut doc, 4);
        assert_eq!(doc["option"]["risk_free_rate_source"], 7);
        // No option section: nothing to add.
        let mut doc = serde_json::json!({"schema_version": 4});
        migrate(&mut doc, 4);
        assert_eq!(doc, serde_json::json!({"schema_version": SCHEMA_VERSION}));
    }
}
