; Inno Setup script: a per-machine install of the PyInstaller one-folder build.
; Build on Windows after `pyinstaller installer\shangmen-desk.spec` (dist\shangmen-desk\):
;   iscc installer\windows\shangmen-desk.iss
; Silent install by IT, with the server address and a private CA written to the machine
; settings (%ProgramData%\ShangmenDesk\desk.ini, read by app/machine_config.py):
;   shangmen-desk-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;       /SERVER=https://desk.example.internal /CABUNDLE=C:\certs\corp-ca.pem /LANG=zh_CN

#define AppName "Shangmen Desk"
#define AppVersion "0.1.0"
#define BundleDir "..\..\dist\shangmen-desk"
#define ExeName "shangmen-desk.exe"

[Setup]
AppId={{6F1B7E0A-3C51-4B8E-9E3B-5D1C0A7F2E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Shangmen
DefaultDirName={autopf}\ShangmenDesk
DefaultGroupName={#AppName}
PrivilegesRequired=admin
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=shangmen-desk-setup
Compression=lzma2
SolidCompression=yes
UninstallDisplayIcon={app}\{#ExeName}
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Dirs]
Name: "{commonappdata}\ShangmenDesk"

[INI]
Filename: "{commonappdata}\ShangmenDesk\desk.ini"; Section: "desk"; Key: "server"; String: "{param:SERVER|}"; Check: HasParam('SERVER')
Filename: "{commonappdata}\ShangmenDesk\desk.ini"; Section: "desk"; Key: "ca_bundle"; String: "{param:CABUNDLE|}"; Check: HasParam('CABUNDLE')
Filename: "{commonappdata}\ShangmenDesk\desk.ini"; Section: "desk"; Key: "lang"; String: "{param:LANG|zh_CN}"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#ExeName}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\{#ExeName}"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation…"

[Code]
function HasParam(Name: String): Boolean;
begin
  Result := ExpandConstant('{param:' + Name + '|}') <> '';
end;
