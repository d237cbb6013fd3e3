; Inno Setup script for CRM Desktop (built by packaging\windows\build.ps1).
; Per-user install, no administrator rights; Start-menu and optional desktop
; shortcuts; the uninstaller keeps the user's data unless they ask otherwise.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\CRM Desktop"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\app.ico"
#endif

[Setup]
AppId={{6F1C2B9E-4C1A-4E4B-9C52-2E0C8D7A1B31}
AppName=CRM Desktop
AppVersion={#AppVersion}
AppPublisher=CRM Desktop
DefaultDirName={localappdata}\Programs\CRM Desktop
DefaultGroupName=CRM Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=crm-desktop-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\CRM Desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CRM Desktop"; Filename: "{app}\CRM Desktop.exe"
Name: "{group}\Uninstall CRM Desktop"; Filename: "{uninstallexe}"
Name: "{userdesktop}\CRM Desktop"; Filename: "{app}\CRM Desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CRM Desktop.exe"; Description: "{cm:LaunchProgram,CRM Desktop}"; Flags: nowait postinstall skipifsilent

[Code]
// The data (customers, backups, logs) lives in %LOCALAPPDATA%\CRM Desktop, not in {app}.
// It is kept unless the user ticks the box on the last uninstall page.
var
  RemoveData: Boolean;

function InitializeUninstall(): Boolean;
begin
  RemoveData := MsgBox('Also delete your CRM data (customers, backups and logs in ' +
    ExpandConstant('{localappdata}') + '\CRM Desktop)?' + #13#10#13#10 +
    'Choose No to keep it for a later reinstall.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveData then
    DelTree(ExpandConstant('{localappdata}') + '\CRM Desktop', True, True, True);
end;
