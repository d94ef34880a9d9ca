; Inno Setup script of the Windows installer (.github/workflows/release.yml):
;   iscc /DAppVersion=0.1.0 packaging\capacity_app.iss
; installs dist\capacity-app\ (the PyInstaller folder) for the current user only, without
; administrator rights, into %LOCALAPPDATA%\Programs\capacity-app, with a Start-menu shortcut to
; capacity-app-gui.exe (no console window) and an uninstaller registered for this user (HKCU).
; The data folder (%LOCALAPPDATA%\UNSD\capacity-app) is outside the program folder: an update or
; an uninstall never touches the officer's databases and backups. docs/packaging.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\capacity_app.iss
#endif

[Setup]
AppId={{6F1C2B7E-4B1D-4C55-9E57-2A0C3C7B9D41}
AppName=Capacity App
AppVersion={#AppVersion}
AppPublisher=United Nations Statistics Division
DefaultDirName={localappdata}\Programs\capacity-app
DefaultGroupName=Capacity App
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename=capacity-app-{#AppVersion}-windows-x64-setup
UninstallDisplayIcon={app}\capacity-app-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\dist\capacity-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; a new version replaces the old program folder's files (never the data folder, which is elsewhere)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\Capacity App"; Filename: "{app}\capacity-app-gui.exe"
Name: "{userdesktop}\Capacity App"; Filename: "{app}\capacity-app-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\capacity-app-gui.exe"; Description: "{cm:LaunchProgram,Capacity App}"; Flags: nowait postinstall skipifsilent
