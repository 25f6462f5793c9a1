; Windows installer of Sasaran (NSIS 3, Modern UI 2).
;
;   makensis /DSOURCE_DIR=<PyInstaller folder> /DOUTFILE=<setup.exe> /DVERSION=0.1.0 sasaran.nsi
;
; SOURCE_DIR is the frozen one-folder build (sasaran.exe, sasaranw.exe,
; _internal\). With administrator rights Sasaran goes to Program Files for all
; users; without them (most office PCs) to the user's own programs folder
; (%LOCALAPPDATA%\Programs), so no administrator is needed. Start-menu
; shortcut, optional desktop shortcut, an "Apps & features" entry with the
; uninstaller; Bahasa Indonesia first, English.

Unicode true
!ifndef SOURCE_DIR
  !error "Beri /DSOURCE_DIR=<folder hasil PyInstaller>"
!endif
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "Sasaran-${VERSION}-setup.exe"
!endif

!define APP "Sasaran"
!define PUBLISHER "Tim Sasaran"
!define EXE "sasaranw.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Sasaran"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "Software\${APP}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!include MultiUser.nsh
!include MUI2.nsh
!include x64.nsh

Name "${APP}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"
SetCompressor /SOLID lzma
RequestExecutionLevel user ; MultiUser raises it when the user is an administrator
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1057 "ProductName" "${APP}"
VIAddVersionKey /LANG=1057 "FileDescription" "Pemasang ${APP}"
VIAddVersionKey /LANG=1057 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1057 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1057 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "sasaran.ico"
!define MUI_UNICON "sasaran.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SEC_APP ${LANG_INDONESIAN} "Sasaran (wajib)"
LangString SEC_APP ${LANG_ENGLISH} "Sasaran (required)"
LangString SEC_DESKTOP ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString DESC_APP ${LANG_INDONESIAN} "Aplikasi, data demo dan pintasan di menu Start."
LangString DESC_APP ${LANG_ENGLISH} "The application, demo data and the Start-menu shortcut."
LangString DESC_DESKTOP ${LANG_INDONESIAN} "Ikon Sasaran di desktop."
LangString DESC_DESKTOP ${LANG_ENGLISH} "A Sasaran icon on the desktop."
LangString NEED_64BIT ${LANG_INDONESIAN} "Sasaran memerlukan Windows 64-bit."
LangString NEED_64BIT ${LANG_ENGLISH} "Sasaran needs 64-bit Windows."
LangString UNINSTALL_NAME ${LANG_INDONESIAN} "Hapus Sasaran"
LangString UNINSTALL_NAME ${LANG_ENGLISH} "Uninstall Sasaran"

Section "!$(SEC_APP)" SecApp
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*.*"
  File "sasaran.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr SHCTX "Software\${APP}" "InstallDir" "$INSTDIR"
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\sasaran.ico"
  ; Apps & features
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\sasaran.ico"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  SectionGetSize ${SecApp} $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\sasaran.ico"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} $(DESC_APP)
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} $(DESC_DESKTOP)
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(NEED_64BIT)"
    Abort
  ${EndIf}
  SetRegView 64
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ; only what the installer put there: the frozen folder, the icon, the uninstaller
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\sasaran.exe"
  Delete "$INSTDIR\sasaranw.exe"
  Delete "$INSTDIR\sasaran.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegKey SHCTX "Software\${APP}"
SectionEnd
