//! The words the desk shows, in English and Japanese: one Fluent message file per
//! language (assets/i18n/en.ftl, ja.ftl), compiled into the binary. Whole sentences with
//! placeholders, plurals through Fluent's selectors; callers pass the language, so two
//! windows (or two tests) never share one.
//!
//! A message missing from Japanese falls back to English, and one missing from both
//! shows its id: a gap is visible, never a crash. `tests/i18n.rs` fails on any gap.

mod message;

pub use message::problems_in;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A language the desk is written in.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, clap::ValueEnum,
)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    #[value(name = "en")]
    English,
    #[serde(rename = "ja")]
    #[value(name = "ja")]
    Japanese,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Japanese, Language::English];

    /// The BCP 47 code: "en", "ja".
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Japanese => "ja",
        }
    }

    /// The other language of the two: the one a draft falls back on.
    pub fn other(self) -> Language {
        match self {
            Language::English => Language::Japanese,
            Language::Japanese => Language::English,
        }
    }

    /// The language's name in itself, as a language menu shows it in every language.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Japanese => "日本語",
        }
    }

    /// Japanese for any Japanese locale ("ja", "ja-JP", "ja_JP.UTF-8"), else English.
    pub fn from_locale(tag: &str) -> Language {
        let primary = tag.split(['-', '_', '.']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("ja") {
            Language::Japanese
        } else {
            Language::English
        }
    }

    /// The system's language (the first run's default); English when it cannot be told.
    pub fn of_system() -> Language {
        sys_locale::get_locale()
            .map(|tag| Language::from_locale(&tag))
            .unwrap_or_default()
    }

    fn source(self) -> &'static str {
        match self {
            Language::English => include_str!("../../assets/i18n/en.ftl"),
            Language::Japanese => include_str!("../../assets/i18n/ja.ftl"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| [bundle(Language::English), bundle(Language::Japanese)])
}

fn bundle(language: Language) -> Bundle {
    let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No bidi isolation marks around placeholders: the text is never right-to-left, and
    // the marks would show as boxes in the window and end up in copied text.
    bundle.set_use_isolating(false);
    // A syntax error keeps the entries that did parse (tests/i18n.rs fails on any).
    let resource = FluentResource::try_new(language.source().to_owned()).unwrap_or_else(|(r, _)| r);
    // Duplicate ids are reported by the test too; the first one stays.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `id` in `language` itself, without falling back to English; `None` when
/// that language has no such message (the caller has its own fallback).
pub fn lookup(language: Language, id: &str) -> Option<String> {
    lookup_with(language, id, &[])
}

/// [`lookup`] with placeholders.
pub fn lookup_with(
    language: Language,
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Option<String> {
    let bundle = &bundles()[language.index()];
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

/// The message `id` in `language`.
pub fn text(language: Language, id: &str) -> String {
    text_with(language, id, &[])
}

/// The message `id` in `language` with its placeholders filled: `("count", 3.into())`.
pub fn text_with(language: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let all = bundles();
    for bundle in [&all[language.index()], &all[Language::English.index()]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let args = (!args.is_empty()).then_some(&fluent_args);
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_owned()
}

/// Every message id of `language`'s file, in file order (a message starts a line with
/// its id and " ="); and the file's Fluent syntax errors.
pub fn message_ids(language: Language) -> (Vec<String>, Vec<String>) {
    let source = language.source();
    let errors = match FluentResource::try_new(source.to_owned()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| e.to_string()).collect(),
    };
    let ids = source
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim().to_owned()))
        .collect();
    (ids, errors)
}
