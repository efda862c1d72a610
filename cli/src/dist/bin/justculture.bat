@echo off
rem justculture: the command line and service, from the distribution.
rem Runs lib\justculture.jar with %JAVA_HOME%\bin\java.exe, or java on the PATH (Java 17 or later; a JRE is enough).
rem On Java 19 or later, set JUSTCULTURE_CDS=on to keep a class-data archive in %LOCALAPPDATA%\justculture for a
rem faster start (-XX:+AutoCreateSharedArchive; the archive's path is quoted, as a user's folder may hold spaces);
rem JAVA_OPTS adds options.
setlocal
set "APP_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
set "CDS="
if /i "%JUSTCULTURE_CDS%"=="on" (
  if not exist "%LOCALAPPDATA%\justculture" mkdir "%LOCALAPPDATA%\justculture"
  set "CDS=-XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%LOCALAPPDATA%\justculture\app.jsa" -Xlog:disable"
)
"%JAVA%" %CDS% %JAVA_OPTS% -jar "%APP_HOME%\lib\justculture.jar" %*
exit /b %ERRORLEVEL%
