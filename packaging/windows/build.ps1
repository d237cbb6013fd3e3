# Build the Windows installer: PyInstaller bundle, then Inno Setup.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs Python 3.11+ and Inno Setup 6 (iscc.exe on PATH, or set $env:ISCC).
# Output: dist\CRM Desktop\ and dist\crm-desktop-VERSION-windows-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$python = if ($env:PYTHON) { $env:PYTHON } else { ".venv\Scripts\python.exe" }
if (-not (Test-Path $python)) {
    py -3.11 -m venv .venv
    $python = ".venv\Scripts\python.exe"
}
# The locked versions (requirements\build.txt: the app's dependencies and PyInstaller, with hashes),
# then the app itself from this checkout.
& $python -m pip install --quiet --require-hashes -r requirements\build.txt
if ($LASTEXITCODE -ne 0) { throw "installing the locked dependencies failed" }
& $python -m pip install --quiet --no-deps --no-build-isolation -e .
if ($LASTEXITCODE -ne 0) { throw "installing the app failed" }
& $python packaging\make_icons.py build\icons
if ($LASTEXITCODE -ne 0) { throw "icons failed" }
& $python packaging\update_translations.py --no-update  # .ts -> .qm, shipped in resources\translations
if ($LASTEXITCODE -ne 0) { throw "translations failed" }
& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\crm_desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The frozen app must pass its own self-test before it is packaged.
& "dist\CRM Desktop\crm-desktop.exe" --self-test
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }

$version = & $python -c "from importlib.metadata import version; print(version('crm-desktop'))"
$iscc = if ($env:ISCC) { $env:ISCC } else { "iscc.exe" }
& $iscc "/DAppVersion=$version" "/DSourceDir=$((Resolve-Path 'dist\CRM Desktop').Path)" `
    "/DIconFile=$((Resolve-Path 'build\icons\app.ico').Path)" "/Odist" packaging\windows\crm-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
$size = (Get-ChildItem -Recurse "dist\CRM Desktop" | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("bundle: {0:N0} MB" -f $size)
