; Offering Desk installer for Windows (NSIS 3, built on Linux by scripts/package.sh).
;
; Per-user: no administrator rights, installs to %LOCALAPPDATA%\Programs\Offering Desk,
; registers its uninstaller and the Start-menu shortcut under the user's own profile
; (HKCU). A 64-bit installer for the 64-bit app. Silent with /S (and /D=folder, last).
;
; makensis defines (all required):
;   VERSION      the app version, e.g. 0.1.0
;   VERSION_QUAD the same as four numbers, e.g. 0.1.0.0 (the file's version resource)
;   STAGE        absolute path of the folder holding offering-desk.exe, samples/ and
;                licenses/
;   OUTFILE      path of the installer to write

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!macro Require NAME
  !ifndef ${NAME}
    !error "makensis -D${NAME}=... is required (see scripts/package.sh)"
  !endif
!macroend
!insertmacro Require VERSION
!insertmacro Require VERSION_QUAD
!insertmacro Require STAGE
!insertmacro Require OUTFILE

!define APP_NAME "Offering Desk"
!define APP_EXE "offering-desk.exe"
!define PUBLISHER "Offering Desk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\OfferingDesk"
!define SETTINGS_KEY "Software\Offering Desk"
!define PROG_ID "OfferingDesk.Scenario"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${SETTINGS_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "MIT OR Apache-2.0"

!include "MUI2.nsh"

!define MUI_ICON "../../assets/icon/offering-desk.ico"
!define MUI_UNICON "../../assets/icon/offering-desk.ico"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "Setup will install ${APP_NAME} ${VERSION} for you alone, in your user profile: no administrator rights are needed.$\r$\n$\r$\nIf ${APP_NAME} is open, save your work and close it first.$\r$\n$\r$\nClick Next to continue."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Open ${APP_NAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ; Per-user: the user's own Start menu and application folders.
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Offering Desk" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${STAGE}/${APP_EXE}"
  SetOutPath "$INSTDIR\samples"
  File "${STAGE}/samples/*.*"
  SetOutPath "$INSTDIR\licenses"
  File "${STAGE}/licenses/*.*"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "Equity offering and stock-option pricing desk"

  WriteRegStr HKCU "${SETTINGS_KEY}" "InstallDir" "$INSTDIR"

  ; Apps & features (Settings) and Programs and Features list the per-user uninstaller.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  SectionGetSize ${SecMain} $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; Win+R "offering-desk" starts the desk.
  WriteRegStr HKCU "Software\Microsoft\Windows\CurrentVersion\App Paths\${APP_EXE}" "" "$INSTDIR\${APP_EXE}"

  ; "Open with > Offering Desk" for .json scenarios, without taking over .json files.
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "Offering Desk scenario"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  WriteRegStr HKCU "Software\Classes\.json\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}" "FriendlyAppName" "${APP_NAME}"
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\SupportedTypes" ".json" ""
  WriteRegStr HKCU "Software\Classes\Applications\${APP_EXE}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  ; SHCNE_ASSOCCHANGED: Explorer picks up the new "Open with" entry now.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\samples\iij-2013.json"
  Delete "$INSTDIR\samples\iij-2005-2013-synthetic.csv"
  RMDir "$INSTDIR\samples"
  Delete "$INSTDIR\licenses\DejaVu-LICENSE.txt"
  Delete "$INSTDIR\licenses\IPAex-LICENSE.txt"
  RMDir "$INSTDIR\licenses"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey HKCU "Software\Microsoft\Windows\CurrentVersion\App Paths\${APP_EXE}"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  DeleteRegValue HKCU "Software\Classes\.json\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey HKCU "Software\Classes\Applications\${APP_EXE}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; Settings, recent files and any recovery copy in %APPDATA%\offering-desk are the
  ; user's and stay; scenario files are never touched.
SectionEnd
