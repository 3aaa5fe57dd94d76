//! Files on disk: atomic writes and size-limited reads, so a crash or a full disk never
//! leaves half a scenario behind.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::scenario::{self, LoadError, Scenario};
use crate::text_encoding::{TextEncoding, decode_text};

/// Largest scenario or CSV the app reads: far above any real one (30 years of daily
/// closes is about 1 MB), small enough that a wrong file cannot exhaust memory.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Why a file could not be read or written; always names the path.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: io::Error },
    #[error("{path}: the file is {size} bytes; the limit is {limit} bytes")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{path}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: {source}")]
    Undecodable {
        path: PathBuf,
        source: crate::text_encoding::Undecodable,
    },
    #[error("{path}: {source}")]
    Scenario { path: PathBuf, source: LoadError },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> FileError + '_ {
    move |source| FileError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Reads a UTF-8 text file of at most [`MAX_FILE_BYTES`].
pub fn read_text(path: &Path) -> Result<String, FileError> {
    read_text_with_progress(path, |_, _| true)
}

/// Bytes read between two calls of the progress callback.
const PROGRESS_CHUNK: usize = 1 << 20;

/// [`read_text`] in chunks, calling `progress(bytes read, file size)` after each; the
/// read stops with [`io::ErrorKind::Interrupted`] when `progress` returns false (the
/// user cancelled).
pub fn read_text_with_progress(
    path: &Path,
    progress: impl FnMut(u64, u64) -> bool,
) -> Result<String, FileError> {
    let bytes = read_bytes_with_progress(path, progress)?;
    String::from_utf8(bytes).map_err(|e| FileError::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// A price file's text in whichever encoding it is in (UTF-8, UTF-16 with a byte-order
/// mark, Shift_JIS), with that encoding; see [`crate::text_encoding`].
pub fn read_any_text_with_progress(
    path: &Path,
    progress: impl FnMut(u64, u64) -> bool,
) -> Result<(String, TextEncoding), FileError> {
    let bytes = read_bytes_with_progress(path, progress)?;
    decode_text(&bytes).map_err(|source| FileError::Undecodable {
        path: path.to_path_buf(),
        source,
    })
}

/// The text of a file's first `max` bytes, cut after its last whole line so that no
/// character is cut in two: enough to tell what kind of file it is without reading it
/// all. `None` when it cannot be read or decoded.
pub fn read_head_text(path: &Path, max: usize) -> Option<String> {
    let mut bytes = Vec::new();
    File::open(path)
        .ok()?
        .take(max as u64)
        .read_to_end(&mut bytes)
        .ok()?;
    if bytes.len() == max
        && let Some(end) = bytes.iter().rposition(|&b| b == b'\n')
    {
        bytes.truncate(end + 1);
    }
    decode_text(&bytes).ok().map(|(text, _)| text)
}

/// The bytes of a file of at most [`MAX_FILE_BYTES`], read in chunks as
/// [`read_text_with_progress`] describes.
fn read_bytes_with_progress(
    path: &Path,
    mut progress: impl FnMut(u64, u64) -> bool,
) -> Result<Vec<u8>, FileError> {
    let file = File::open(path).map_err(io_error(path))?;
    let size = file.metadata().map_err(io_error(path))?.len();
    if size > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // `take` guards against a file that grows while we read it.
    let mut reader = file.take(MAX_FILE_BYTES + 1);
    let mut chunk = vec![0u8; PROGRESS_CHUNK];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io_error(path)(e)),
        };
        bytes.extend_from_slice(&chunk[..n]);
        if !progress(bytes.len() as u64, size) {
            return Err(io_error(path)(io::Error::new(
                io::ErrorKind::Interrupted,
                "reading was cancelled",
            )));
        }
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(bytes)
}

/// What a file held when it was last read or written, to notice when another program
/// has changed it since (compared by content, not by clock).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint(u64);

impl Fingerprint {
    pub fn of(bytes: &[u8]) -> Self {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut h);
        Fingerprint(h.finish())
    }

    /// The file's fingerprint now; `None` when it does not exist (or cannot be read).
    pub fn of_file(path: &Path) -> Option<Self> {
        fs::read(path).ok().map(|b| Self::of(&b))
    }
}

/// Loads a scenario file; on any error nothing is returned, so the caller's open
/// scenario stays as it was.
pub fn load_scenario(path: &Path) -> Result<Scenario, FileError> {
    load_scenario_with_fingerprint(path).map(|(s, _)| s)
}

/// Loads a scenario and the fingerprint of the bytes it came from.
pub fn load_scenario_with_fingerprint(path: &Path) -> Result<(Scenario, Fingerprint), FileError> {
    let text = read_text(path)?;
    let fingerprint = Fingerprint::of(text.as_bytes());
    let scenario = scenario::from_json(&text).map_err(|source| FileError::Scenario {
        path: path.to_path_buf(),
        source,
    })?;
    Ok((scenario, fingerprint))
}

/// The backup kept beside a saved scenario: `NAME.json.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Saves a scenario atomically, keeping the previous version as `NAME.json.bak`.
/// Returns the fingerprint of what was written.
pub fn save_scenario(path: &Path, scenario: &Scenario) -> Result<Fingerprint, FileError> {
    let text = scenario::to_json(scenario);
    write_atomic_with_backup(path, text.as_bytes())?;
    Ok(Fingerprint::of(text.as_bytes()))
}

/// Like [`write_atomic`], but first keeps the file being replaced as its backup. If the
/// backup cannot be made, nothing is replaced.
pub fn write_atomic_with_backup(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    if path.exists() {
        let old = fs::read(path).map_err(io_error(path))?;
        write_atomic(&backup_path(path), &old)?;
    }
    write_atomic(path, bytes)
}

/// Writes `bytes` to a temporary file beside `path`, flushes and syncs it, then renames
/// it over `path`: readers see the old file or the new one, never a mixture.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "scenario".to_owned());
    // Unique per process and per write, so two writes never share a temporary file.
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}-{n}.tmp", std::process::id()));
    let result = (|| {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)?;
        // Make the rename itself durable; not every platform can open a directory.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|source| {
        let _ = fs::remove_file(&tmp);
        FileError::Io {
            path: path.to_path_buf(),
            source,
        }
    })
}

/// Unsaved work kept in the app's data folder, so a crash or a kill costs nothing.
pub mod recovery {
    use std::fs;
    use std::path::{Path, PathBuf};

    use serde::{Deserialize, Serialize};

    use super::{FileError, read_text, write_atomic};
    use crate::scenario::{self, Scenario};

    const SCENARIO_FILE: &str = "recovery.json";
    const META_FILE: &str = "recovery-meta.json";

    /// Where the recovered work came from and when it was written.
    #[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
    #[serde(default)]
    pub struct RecoveryMeta {
        /// The file the work belongs to; `None` for an unsaved scenario.
        pub original_path: Option<PathBuf>,
        /// Local time of the write, for the restore prompt ("2026-11-22 14:05").
        pub written_at: String,
    }

    /// Writes the scenario and its meta data atomically (the scenario first: a meta
    /// file never points at a missing scenario).
    pub fn write(dir: &Path, scenario: &Scenario, meta: &RecoveryMeta) -> Result<(), FileError> {
        fs::create_dir_all(dir).map_err(|source| FileError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        write_atomic(
            &dir.join(SCENARIO_FILE),
            scenario::to_json(scenario).as_bytes(),
        )?;
        let meta_text = serde_json::to_string_pretty(meta).unwrap_or_else(|_| "{}".into());
        write_atomic(&dir.join(META_FILE), meta_text.as_bytes())
    }

    /// The recovered work, if any. A recovery file that no longer loads is reported
    /// as an error, so the user hears of it rather than losing it silently.
    pub fn read(dir: &Path) -> Option<Result<(Scenario, RecoveryMeta), FileError>> {
        let path = dir.join(SCENARIO_FILE);
        if !path.exists() {
            return None;
        }
        let scenario = read_text(&path).and_then(|text| {
            scenario::from_json(&text).map_err(|source| FileError::Scenario {
                path: path.clone(),
                source,
            })
        });
        let meta = read_text(&dir.join(META_FILE))
            .ok()
            .and_then(|t| serde_json::from_str(&t).ok())
            .unwrap_or_default();
        Some(scenario.map(|s| (s, meta)))
    }

    /// Removes the recovery files (after a save, a discard or a clean exit).
    pub fn clear(dir: &Path) {
        let _ = fs::remove_file(dir.join(SCENARIO_FILE));
        let _ = fs::remove_file(dir.join(META_FILE));
    }
}
