; Inno Setup 6 script: per-user install of the onedir bundle (dist\workstation), no admin.
; Build:  iscc /DAppVersion=0.1.0 packaging\windows\workstation.iss   (from the repo root,
; after `python packaging/build.py`). Output: dist\installer\ReviewWorkstation-<ver>-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Review Workstation"
#define AppExe "workstation.exe"
; Must match workstation/paths.py APP_NAME (platformdirs: %LOCALAPPDATA%\ReviewWorkstation).
#define DataFolder "ReviewWorkstation"

[Setup]
; A fixed AppId lets upgrades replace the previous version in place (never change it).
AppId={{6F1D2C1E-7B0A-4E5C-9A43-2E5B8D0C7A11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Review Workstation
DefaultDirName={autopf}\ReviewWorkstation
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user: {autopf} resolves to %LOCALAPPDATA%\Programs, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist\installer
OutputBaseFilename=ReviewWorkstation-{#AppVersion}-setup
SetupIconFile=resources\icons\workstation.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade must not run while the app holds the database open.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole onedir bundle; old files are removed first so a removed module cannot linger.
Source: "dist\workstation\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
en.RemoveData=Also delete your reviews, replies and settings (%1)?%n%nChoose No to keep them for a later reinstall.
fr.RemoveData=Supprimer aussi vos avis, réponses et réglages (%1) ?%n%nChoisissez Non pour les conserver en vue d'une réinstallation.

[Code]
// The uninstaller removes only the program. User data (the database, its backups and
// logs under %LOCALAPPDATA%\ReviewWorkstation) stays unless the user says yes here;
// silent uninstalls never delete it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\{#DataFolder}');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataDir]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
