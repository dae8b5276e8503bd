#!/usr/bin/env bash
# Runs the portal on this machine: embedded PostgreSQL, a mail sink and Payara Micro.
# Builds first when the sources changed since the last build. Ctrl-C stops everything.
# Settings (environment): PORTAL_DATA_DIR (default ./data), PORTAL_PORT (8080),
# PORTAL_DB_URL/_USER/_PASSWORD (use that database instead of the embedded one),
# PORTAL_MAIL_SMTP_PORT (3025), PORTAL_MAIL_IMAP_PORT (3143), PORTAL_MAIL_API_PORT (8025),
# PORTAL_GENERATE_CASES (fill the database with test data up to that many cases, once).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

launcher_jar=launcher/target/launcher.jar
micro_jar=launcher/target/payara/payara-micro.jar
war=portal-web/target/portal.war
stamp=target/.run-build-stamp

needs_build() {
    [[ -f $launcher_jar && -f $micro_jar && -f $war && -f $stamp ]] || return 0
    # Any source or pom changed since the last build? (-quit: the first one is enough)
    [[ -n $(find . \( -name target -o -name .git -o -path ./data \) -prune -o \
        \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$stamp" -print -quit) ]]
}

if needs_build; then
    echo "Building the portal (mvn install, without tests)..."
    mkdir -p target
    # Stamp the time the build started, so files edited during the build count as changed.
    touch "$stamp.new"
    if [[ -x ./mvnw ]]; then mvn=./mvnw; else mvn=mvn; fi
    "$mvn" -q -B -DskipTests install
    mv "$stamp.new" "$stamp"
fi

# exec: Ctrl-C and SIGTERM go straight to the launcher, which stops what it started.
exec java -cp "$launcher_jar:launcher/target/lib/*" dk.caseportal.launcher.PortalLauncher \
    --micro "$micro_jar" --war "$war"
