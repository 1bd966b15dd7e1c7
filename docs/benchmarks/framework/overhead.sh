#!/usr/bin/env bash
# Framework overhead per event and per empty processor (goal: under 1 us). Needs a built otusj-core jar
# and SLF4J in ~/.m2 ('mvn -q -pl src/otusj-core install' builds both).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

core_jar=$(ls "$root"/src/otusj-core/target/otusj-core-*.jar | grep -v tests | head -1)
slf4j_api=$(ls ~/.m2/repository/org/slf4j/slf4j-api/*/slf4j-api-*.jar | grep -v sources | tail -1)
slf4j_simple=$(ls ~/.m2/repository/org/slf4j/slf4j-simple/*/slf4j-simple-*.jar | grep -v sources | tail -1)
load
# Log warnings only, so that the loop's start and end lines do not interleave with the results.
java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$core_jar:$slf4j_api:$slf4j_simple" \
    "$here/FrameworkOverhead.java" "$@"
load
