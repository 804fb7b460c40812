; Inno Setup 6 script: turns the one-folder build (dist\grader\, made by build\build.py on Windows)
; into dist\GraderSetup.exe.
;
; build.py calls it as:
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=<repo>\dist\grader /DOutputDir=<repo>\dist
;            /DIconFile=<repo>\assets\icons\grader.ico build\windows\grader.iss
; Run by hand from the repo root, the defaults below work without any /D.
;
; What it installs: the app folder into Program Files (or the user's own Programs folder when the
; teacher has no admin rights: PrivilegesRequired=lowest lets Setup ask), a Start-menu entry, an
; optional desktop icon, file associations for .gradebundle (model bundles) and .grader-project
; (projects), "Open with Grader" for .xlsx and .csv, and an uninstaller that removes all of it.
; Not run on the project's machines (Linux); see build/README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\grader"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\assets\icons\grader.ico"
#endif
#define AppName "Grader"
#define AppExe "Grader.exe"
#define BundleProgId "Grader.Bundle"
#define ProjectProgId "Grader.Project"
#define SheetProgId "Grader.Sheet"

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it between versions.
AppId={{6E3C1B52-8F0A-4D7B-9C55-2A6F1D4E7B90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Grader
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Teachers on school laptops often lack admin rights: install per user unless they choose otherwise.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename=GraderSetup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: Grader.exe (windowed), grader-cli.exe (console) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Grade short written answers offline"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .gradebundle -> Grader.Bundle (HKA: machine-wide in admin mode, this user otherwise)
Root: HKA; Subkey: "Software\Classes\.gradebundle"; ValueType: string; ValueName: ""; ValueData: "{#BundleProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.gradebundle\OpenWithProgids"; ValueType: string; ValueName: "{#BundleProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}"; ValueType: string; ValueName: ""; ValueData: "Grader model bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#BundleProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; .grader-project -> Grader.Project
Root: HKA; Subkey: "Software\Classes\.grader-project"; ValueType: string; ValueName: ""; ValueData: "{#ProjectProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.grader-project\OpenWithProgids"; ValueType: string; ValueName: "{#ProjectProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProjectProgId}"; ValueType: string; ValueName: ""; ValueData: "Grader project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProjectProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProjectProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Spreadsheets: offer "Open with > Grader" without taking .xlsx/.csv away from Excel.
Root: HKA; Subkey: "Software\Classes\{#SheetProgId}"; ValueType: string; ValueName: ""; ValueData: "Sheet of answers for Grader"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#SheetProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "{#SheetProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "{#SheetProgId}"; ValueData: ""; Flags: uninsdeletevalue
; The Applications key names the types Grader handles and its friendly name in "Open with".
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".gradebundle"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".grader-project"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes {app} and the entries above. The teacher's own data (projects beside their
; sheets, installed bundles and settings under %APPDATA%\Grader) is deliberately left in place.
