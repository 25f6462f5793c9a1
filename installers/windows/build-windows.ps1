# Build Sasaran for Windows on a Windows runner (PowerShell 5+ or 7):
# build venv from pyproject.toml, PyInstaller one-folder build (sasaran.exe for
# the command line and the self-test, sasaranw.exe without a console for the
# shortcuts), self-test of the frozen app moved to another folder, and the
# NSIS installer.
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build-windows.ps1
#
# Needs: Python 3.11 x64 on PATH (py launcher or python), NSIS 3 (makensis on
# PATH or in "C:\Program Files (x86)\NSIS"). Output: build\dist\sasaran and
# build\Sasaran-<version>-setup.exe. Build on the oldest Windows you support
# (Windows 10 x64 is the floor of Qt 6 and of this build).
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
$Build = Join-Path $Root "build"
$Venv = Join-Path $Build "venv-win"
Set-Location $Root

function Step($text) { Write-Host "`n== $text" }
function Check($what) { if ($LASTEXITCODE -ne 0) { throw "$what gagal (kode $LASTEXITCODE)" } }

$Version = (Select-String -Path pyproject.toml -Pattern '^version = "(.*)"').Matches[0].Groups[1].Value
$watch = [Diagnostics.Stopwatch]::StartNew()

if (-not (Test-Path "$Venv\Scripts\python.exe")) {
    Step "venv pembangun"
    if (Get-Command py -ErrorAction SilentlyContinue) { py -3.11 -m venv $Venv } else { python -m venv $Venv }
    Check "venv"
    & "$Venv\Scripts\python.exe" -m pip install --quiet --upgrade pip; Check "pip"
    & "$Venv\Scripts\python.exe" -m pip install --quiet -e ".[dist]"; Check "pip install"
}

Step "PyInstaller (satu folder)"
if (Test-Path "$Build\dist\sasaran") { Remove-Item -Recurse -Force "$Build\dist\sasaran" }
& "$Venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN `
    --workpath "$Build\pyinstaller" --distpath "$Build\dist" installers\sasaran.spec
Check "PyInstaller"

Step "swa-uji aplikasi beku di folder lain"
$Moved = Join-Path ([IO.Path]::GetTempPath()) ("Sasaran Pindahan " + [guid]::NewGuid())
Copy-Item -Recurse "$Build\dist\sasaran" $Moved
# a clean environment: no Python, no PATH entries of the build machine
$keep = @("SystemRoot", "SystemDrive", "windir", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA", "HOMEDRIVE", "HOMEPATH", "USERNAME", "COMPUTERNAME")
$psi = New-Object Diagnostics.ProcessStartInfo "$Moved\sasaran.exe", "selftest"
$psi.UseShellExecute = $false
$psi.EnvironmentVariables.Clear()
foreach ($k in $keep) { $v = [Environment]::GetEnvironmentVariable($k); if ($v) { $psi.EnvironmentVariables[$k] = $v } }
$psi.EnvironmentVariables["PATH"] = "$env:SystemRoot\System32;$env:SystemRoot"
$psi.WorkingDirectory = $env:TEMP
$p = [Diagnostics.Process]::Start($psi); $p.WaitForExit()
Remove-Item -Recurse -Force $Moved
if ($p.ExitCode -ne 0) { throw "swa-uji aplikasi beku gagal (kode $($p.ExitCode))" }

Step "pemasang NSIS"
$makensis = (Get-Command makensis -ErrorAction SilentlyContinue)
$makensis = if ($makensis) { $makensis.Source } else { "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
$Out = Join-Path $Build "Sasaran-$Version-setup.exe"
Push-Location "$Root\installers\windows"
& $makensis -V2 "/DSOURCE_DIR=$Build\dist\sasaran" "/DOUTFILE=$Out" "/DVERSION=$Version" sasaran.nsi
$code = $LASTEXITCODE
Pop-Location
if ($code -ne 0) { throw "makensis gagal (kode $code)" }

$size = "{0:N0} MB" -f ((Get-Item $Out).Length / 1MB)
Write-Host "`nselesai dalam $([int]$watch.Elapsed.TotalSeconds) s: $Out ($size)"
