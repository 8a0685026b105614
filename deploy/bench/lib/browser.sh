# Runs a Java program that drives headless Chromium (Selenium from the e2e module, resolved offline by Maven), with
# deploy/bench/lib/Chromium.java: run_in_chromium WORK MAIN.java ARGS...
run_in_chromium() {
    local work=$1 main=$2
    shift 2
    local tool
    for tool in chromium chromedriver java javac; do
        command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y chromium chromium-driver)" >&2; return 1; }
    done
    (cd "$REPO" && ./mvnw -q -B -o -pl e2e-tests dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$work/classpath") \
        || { echo "Selenium could not be resolved offline: run ./mvnw -B -pl e2e-tests test-compile once" >&2; return 1; }
    mkdir -p "$work/classes"
    javac -q -d "$work/classes" -cp "$(cat "$work/classpath")" "$REPO/deploy/bench/lib/Chromium.java" "$main" 2>/dev/null \
        || javac -d "$work/classes" -cp "$(cat "$work/classpath")" "$REPO/deploy/bench/lib/Chromium.java" "$main"
    java -cp "$work/classes:$(cat "$work/classpath")" "$(basename "$main" .java)" "$@"
}
