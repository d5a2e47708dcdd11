#!/usr/bin/env sh
# Runs the Spark job (spark/) on this machine without a Spark installation: Spark's own jars from
# the Maven repository, the master local[CORES], and the JVM options Spark needs on Java 17.
#   scripts/spark-local.sh CORES ARCHIVE... -o memory.tmx [--links DIR] [job options]
# Build first: ./mvnw -B -f all.xml package -DskipTests. On a cluster use spark-submit (README).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
cores=$1; shift
jar=$(ls "$here"/spark/target/rosetta-spark-*.jar 2>/dev/null | grep -v original | head -1)
if [ -z "$jar" ]; then
  echo "spark-local: spark/target/rosetta-spark-*.jar is missing; build it with ./mvnw -B -f all.xml package -DskipTests" >&2
  exit 2
fi
classpath="$here/spark/target/spark-classpath.txt"
if [ ! -s "$classpath" ]; then
  "$here/mvnw" -B -q -f "$here/spark/pom.xml" dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$classpath" >&2
fi
opens=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$here/spark/pom.xml")
exec java ${ROSETTA_SPARK_JAVA_OPTS:--Xmx3g} $opens -Dspark.master="local[$cores]" -Dspark.ui.enabled=false \
  -Dlog4j2.configurationFile="$here/spark/conf/log4j2-local.properties" \
  -cp "$jar:$(tr ':' '\n' < "$classpath" | grep -v -e '/org/rosetta/' | paste -sd:)" org.rosetta.spark.ArchiveJob "$@"
