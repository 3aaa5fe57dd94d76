//! The packaging inputs agree with each other and with the program: the icon files are
//! what their names say, and the Linux desktop entry names the program, the icon and the
//! window's app id. (Building and installing the packages is checked by
//! scripts/check-deb.sh and scripts/check-windows.sh.)

use std::fs;

const ICON_DIR: &str = "assets/icon";
/// The PNG sizes scripts/make-icon.sh renders (hicolor theme sizes up to 512).
const PNG_SIZES: [u32; 8] = [16, 24, 32, 48, 64, 128, 256, 512];
/// The sizes the Windows .ico carries (Explorer, taskbar, Start menu, installer).
const ICO_SIZES: [u32; 7] = [16, 24, 32, 48, 64, 128, 256];

#[test]
fn every_icon_png_decodes_to_its_size_on_a_transparent_background() {
    for size in PNG_SIZES {
        let path = format!("{ICON_DIR}/offering-desk-{size}.png");
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        // The window icon is decoded the same way (eframe's PNG reader).
        let icon = eframe::icon_data::from_png_bytes(&bytes)
            .unwrap_or_else(|e| panic!("{path} is not a PNG eframe can read: {e}"));
        assert_eq!((icon.width, icon.height), (size, size), "{path}");
        let alpha = |x: u32, y: u32| icon.rgba[((y * size + x) * 4 + 3) as usize];
        // The tile has rounded corners: the corner pixel is see-through, the middle is not.
        assert_eq!(
            alpha(0, 0),
            0,
            "{path}: the top-left corner should be transparent"
        );
        assert_eq!(
            alpha(size / 2, size / 2),
            255,
            "{path}: the centre should be opaque"
        );
    }
}

#[test]
fn the_ico_holds_every_windows_size() {
    let path = format!("{ICON_DIR}/offering-desk.ico");
    let ico = fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let u16_at = |at: usize| u16::from_le_bytes([ico[at], ico[at + 1]]);
    // ICONDIR: reserved 0, type 1 (icon), count; then one 16-byte entry per image,
    // whose first two bytes are width and height (0 meaning 256).
    assert_eq!((u16_at(0), u16_at(2)), (0, 1), "{path} is not an icon file");
    let count = usize::from(u16_at(4));
    let mut sizes: Vec<u32> = (0..count)
        .map(|i| {
            let entry = 6 + 16 * i;
            let (w, h) = (ico[entry], ico[entry + 1]);
            assert_eq!(w, h, "{path}: image {i} is not square");
            if w == 0 { 256 } else { u32::from(w) }
        })
        .collect();
    sizes.sort_unstable();
    assert_eq!(sizes, ICO_SIZES);
}

#[test]
fn the_desktop_entry_names_the_program_its_icon_and_the_window() {
    let path = "packaging/linux/offering-desk.desktop";
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let value = |key: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
            .unwrap_or_else(|| panic!("{path} has no {key}"))
    };
    assert_eq!(text.lines().next(), Some("[Desktop Entry]"));
    assert_eq!(value("Type"), "Application");
    // The binary the .deb installs in /usr/bin, given the file to open.
    assert_eq!(value("Exec"), "offering-desk %f");
    // The hicolor icons the .deb installs are named offering-desk.png / .svg.
    assert_eq!(value("Icon"), "offering-desk");
    // Desktops match the running window to this entry by its app id (X11 WM_CLASS).
    assert_eq!(value("StartupWMClass"), offering_desk::ui::APP_ID);
    assert_eq!(value("Terminal"), "false");
}
