#!/usr/bin/env bash
# The real Kafka broker for local use and tests, without containers: Apache Kafka's jars from Maven Central,
# fetched once into a cache outside the repository, run as one node in KRaft mode (broker and controller) on
# 127.0.0.1:9092. Its data is kept between runs in .platform/kafka (so events not yet read survive a restart).
#   scripts/kafka.sh start     fetch if needed, format the log directory once, start, wait until it answers
#   scripts/kafka.sh stop      stop it (by PID)
#   scripts/kafka.sh status
#   scripts/kafka.sh reset     stop, and delete its data
# Settings: PLATFORM_CACHE (~/.cache/governance-platform), KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
# KAFKA_STATE (.platform: its PID file and log), KAFKA_DATA ($KAFKA_STATE/kafka), KAFKA_READY_DEADLINE (60 s).
# The tests run their own broker on 9192/9193 with KAFKA_STATE=.platform/test-kafka (events' test-jar, KafkaBroker).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=4.1.1
CACHE=${PLATFORM_CACHE:-$HOME/.cache/governance-platform}
LIBS="$CACHE/kafka-$VERSION"
STATE=${KAFKA_STATE:-$ROOT/.platform}
DATA=${KAFKA_DATA:-$STATE/kafka}
PORT=${KAFKA_PORT:-9092}
CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
DEADLINE=${KAFKA_READY_DEADLINE:-60}
PIDFILE="$STATE/kafka.pid"

say() { printf '%s\n' "$*" >&2; }
pid() { if [[ -f "$PIDFILE" ]]; then cat "$PIDFILE"; fi; }
running() { local p; p=$(pid); [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null; }
# the broker answers when its port accepts a connection (bash's /dev/tcp, no client needed)
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }
kafka_java() { java -Xms128m -Xmx512m -Dlog4j.configuration="file:$DATA/log4j.properties" -Dlog4j2.configurationFile="$DATA/log4j2.properties" -cp "$LIBS/*" "$@"; }

fetch() {
  [[ -f "$LIBS/.complete" ]] && return
  say "kafka: fetching org.apache.kafka:kafka_2.13:$VERSION and its dependencies from Maven Central into $LIBS (once)"
  local work; work=$(mktemp -d)
  cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>kafka-broker-jars</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$VERSION</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-reload4j</artifactId><version>1.7.36</version></dependency>
  </dependencies>
</project>
POM
  rm -rf "$LIBS" && mkdir -p "$LIBS"
  (cd "$work" && mvn -B -q dependency:copy-dependencies -DoutputDirectory="$LIBS" -DincludeScope=runtime >&2)
  rm -rf "$work"
  touch "$LIBS/.complete"
}

configure() {
  mkdir -p "$DATA/logs"
  cat >"$DATA/server.properties" <<PROPERTIES
# written by scripts/kafka.sh: one node, broker and controller, loopback only
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$DATA/logs
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
PROPERTIES
  cat >"$DATA/log4j.properties" <<'PROPERTIES'
log4j.rootLogger=WARN, stdout
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.KafkaRaftServer=INFO
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
PROPERTIES
  # Kafka logs through SLF4J to reload4j (above); log4j2, also on its class path, only needs to be told to be quiet
  printf 'status = error\nrootLogger.level = off\n' >"$DATA/log4j2.properties"
  if [[ ! -f "$DATA/logs/meta.properties" ]]; then
    local id; id=$(kafka_java kafka.tools.StorageTool random-uuid)
    kafka_java kafka.tools.StorageTool format -t "$id" -c "$DATA/server.properties" >"$STATE/kafka-format.log" 2>&1 \
      || { say "kafka: formatting $DATA/logs failed; see $STATE/kafka-format.log"; exit 1; }
  fi
}

start() {
  mkdir -p "$STATE"
  if running; then
    say "kafka: already running (pid $(pid))"
  else
    if answers; then say "kafka: port $PORT is taken by another process"; exit 1; fi
    fetch
    configure
    say "kafka: starting on 127.0.0.1:$PORT (log: $STATE/kafka.log)"
    nohup java -Xms128m -Xmx512m -Dlog4j.configuration="file:$DATA/log4j.properties" -Dlog4j2.configurationFile="$DATA/log4j2.properties" -cp "$LIBS/*" \
      kafka.Kafka "$DATA/server.properties" >"$STATE/kafka.log" 2>&1 &
    echo $! >"$PIDFILE"
  fi
  local deadline=$((SECONDS + DEADLINE))
  until answers; do
    running || { say "kafka: exited before it answered; see $STATE/kafka.log"; exit 1; }
    ((SECONDS < deadline)) || { say "kafka: no answer on $PORT after ${DEADLINE}s; see $STATE/kafka.log"; exit 1; }
    sleep 0.5
  done
  say "kafka: ready on 127.0.0.1:$PORT"
}

stop() {
  local p; p=$(pid)
  if [[ -n "$p" ]] && kill -0 "$p" 2>/dev/null; then
    say "kafka: stopping (pid $p)"
    kill "$p"
    for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$p" 2>/dev/null && kill -9 "$p"
  fi
  rm -f "$PIDFILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "kafka      ready                pid $(pid)     127.0.0.1:$PORT"; else echo "kafka      stopped"; fi ;;
  reset) stop; rm -rf "$DATA" ;;
  *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
