//! The console of the command line on Windows.
//!
//! The Windows .exe is a windowed program (`windows_subsystem = "windows"`), so starting
//! the desk from Explorer or the Start menu opens no console window. The price is that
//! Windows gives such a program no console either: `offering-desk compute deal.json`
//! typed in a Command Prompt or PowerShell would print nothing. [`attach_to_parent`]
//! fixes that for the subcommands by attaching to the console of the program that
//! started the desk.
//!
//! Output redirected by the caller (`offering-desk compute deal.json --json > out.json`,
//! or a pipe) arrives as inherited standard handles; those are kept exactly as they are,
//! and only the missing ones are pointed at the console.
//!
//! Japanese text needs nothing more: Rust's standard library writes to a console handle
//! with `WriteConsoleW` (UTF-16), whatever the console's code page, so the console's code
//! page is left alone and the user's console stays as it was. Redirected output is UTF-8.
//!
//! Interactive `cmd.exe` does not wait for a windowed program, so its prompt may come
//! back before the output; batch files, PowerShell scripts and redirection do wait.

/// Points standard output and standard error that the parent did not provide at the
/// parent's console, if there is one. Call it before printing anything; never for the
/// window (a window attached to a console would close with it).
#[cfg(windows)]
pub fn attach_to_parent() {
    use windows_sys::Win32::Foundation::{
        GENERIC_READ, GENERIC_WRITE, HANDLE, INVALID_HANDLE_VALUE,
    };
    use windows_sys::Win32::Storage::FileSystem::{
        CreateFileW, FILE_SHARE_READ, FILE_SHARE_WRITE, OPEN_EXISTING,
    };
    use windows_sys::Win32::System::Console::{
        ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_HANDLE,
        STD_OUTPUT_HANDLE, SetStdHandle,
    };

    const STREAMS: [STD_HANDLE; 2] = [STD_OUTPUT_HANDLE, STD_ERROR_HANDLE];
    let usable = |h: HANDLE| (!h.is_null() && h != INVALID_HANDLE_VALUE).then_some(h);

    // SAFETY: GetStdHandle only reads the process's standard handle table.
    let inherited = STREAMS.map(|stream| usable(unsafe { GetStdHandle(stream) }));
    if inherited.iter().all(Option::is_some) {
        return; // both redirected (or already a console): nothing to do
    }
    // SAFETY: plain Win32 call without pointers; fails when the parent has no console
    // (started from Explorer), and then there is nowhere to print.
    if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
        return;
    }
    let name: Vec<u16> = "CONOUT$\0".encode_utf16().collect();
    // SAFETY: `name` is a NUL-terminated UTF-16 string that outlives the call; the other
    // pointers may be null as documented.
    let console = usable(unsafe {
        CreateFileW(
            name.as_ptr(),
            GENERIC_READ | GENERIC_WRITE,
            FILE_SHARE_READ | FILE_SHARE_WRITE,
            std::ptr::null(),
            OPEN_EXISTING,
            0,
            std::ptr::null_mut(),
        )
    });
    for (stream, handle) in STREAMS.into_iter().zip(inherited) {
        // Set both: attaching may have replaced an inherited handle with the console's.
        if let Some(handle) = handle.or(console) {
            // SAFETY: `handle` is a valid open handle that stays open for the process.
            unsafe { SetStdHandle(stream, handle) };
        }
    }
}

/// Elsewhere a program always has the standard streams its parent gave it.
#[cfg(not(windows))]
pub fn attach_to_parent() {}
