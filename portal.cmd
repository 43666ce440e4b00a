@echo off
rem The portal's command line on Windows (cmd: portal build; PowerShell: ./portal build): what ./portal does.
rem Compiles the generator with Maven the first time (and whenever src\main, schemas or pom.xml changed): Maven on the
rem PATH, else the Maven Wrapper's (mvnw.cmd downloads the pinned Maven once, its checksum verified), so a clone needs
rem only a JDK. Then runs the generator in the current folder (or in the portal that --project names).
setlocal
set "engine=%~dp0"
set "engine=%engine:~0,-1%"
set "args=%engine%\target\portal.args"
set "compile="
if not exist "%engine%\target\classpath.txt" set "compile=1"
if not exist "%engine%\target\classes\" set "compile=1"
if not exist "%args%" set "compile=1"
if not defined compile (
  powershell -NoProfile -NonInteractive -Command "$t=(Get-Item -LiteralPath '%args%').LastWriteTimeUtc; if (Get-ChildItem -LiteralPath '%engine%\src\main','%engine%\schemas','%engine%\pom.xml' -Recurse -File | Where-Object { $_.LastWriteTimeUtc -gt $t } | Select-Object -First 1) { exit 1 }" >nul 2>&1
  if errorlevel 1 set "compile=1"
)
if defined compile (
  call :compile || exit /b 1
)
rem a build is short: the quick JIT tier alone starts faster; the preview and the bench keep the full JIT (as ./portal);
rem the preview's heap cap holds it under 1 GiB resident at 2,000 sources (PORTAL_JAVA_OPTS=-Xmx2g overrides it)
set "jvm=-XX:TieredStopAtLevel=1 -Xmx768m -XX:NewRatio=5 -XX:+UseParallelGC"
rem the build's heap starts at its cap, as ./portal's does, unless PORTAL_JAVA_OPTS is set (an -Xmx below it would stop the JVM)
if not defined PORTAL_JAVA_OPTS set "jvm=%jvm% -Xms768m"
if /i "%~1"=="serve" set "jvm=-Xmx640m"
if /i "%~1"=="cms" set "jvm=-Xmx640m"
if /i "%~1"=="bench" set "jvm="
set "jvm=%jvm% %PORTAL_JAVA_OPTS%"
java -Xss8m %jvm% "-Dbriefing.home=%engine%" "@%args%" briefing.cli.Main %*
exit /b %errorlevel%

:compile
set "mvn=mvn"
where mvn >nul 2>&1 || set "mvn=%engine%\mvnw.cmd"
echo Compiling the generator (once)... 1>&2
set "log=%TEMP%\portal-compile-%RANDOM%.log"
pushd "%engine%"
call "%mvn%" -B -q -Dmaven.test.skip=true -Dportal.skip package >"%log%" 2>&1
set "rc=%errorlevel%"
popd
if not "%rc%"=="0" (
  type "%log%" 1>&2
  del "%log%" >nul 2>&1
  exit /b 1
)
del "%log%" >nul 2>&1
rem the classpath as a Java argument file (a command line, and cmd's variables, are too short for it), written anew,
rem so its time says when the generator was last compiled
powershell -NoProfile -NonInteractive -Command "$cp = '%engine%\target\classes;' + (Get-Content -LiteralPath '%engine%\target\classpath.txt' -Raw).Trim(); Set-Content -LiteralPath '%args%' -Encoding Default -Value ('-cp \"' + $cp.Replace('\', '\\') + '\"')"
if errorlevel 1 exit /b 1
exit /b 0
