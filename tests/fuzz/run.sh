#!/usr/bin/env bash
# Builds the libFuzzer targets with clang 14 (AddressSanitizer and UndefinedBehaviorSanitizer on) and
# runs each for SECONDS, from seeds: the example documents, the JSONTestSuite corpus and sample profiles.
#
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR] [TARGET...]   (defaults: 60 seconds, build-fuzz, every target)
#
# A crash, leak or sanitizer report fails the run and leaves the input under BUILD_DIR/artifacts/.
# The corpus grown by a run is kept under BUILD_DIR/corpus/ and seeds the next one; the inputs that
# reach code the repository's corpus (tests/fuzz/corpus/TARGET.tar.xz, also replayed by the test suite)
# does not are merged into it, minimised, to be committed.
set -euo pipefail
project=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-60}
build=$(realpath -m "${2:-$project/build-fuzz}")
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"

CC=clang-14 CXX=clang++-14 cmake -S "$project" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DINCLUSIO_FUZZ=ON \
  -DINCLUSIO_TESTS=OFF -DINCLUSIO_EXAMPLES=OFF -DINCLUSIO_PYTHON=OFF -DINCLUSIO_BENCH=OFF -DINCLUSIO_WERROR=OFF \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_reader fuzz_validate fuzz_render fuzz_options fuzz_capi >/dev/null

mkdir -p "$build/artifacts"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=detect_leaks=1
status=0
targets=("${@:3}")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_reader fuzz_validate fuzz_render fuzz_options fuzz_capi)
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  if [ "$target" = fuzz_options ]; then
    seeds=("$project/tests/fuzz/options")
  else
    seeds=("$project/examples/data" "$project/tests/fuzz/seeds" "$project/tests/fixtures/JSONTestSuite/test_parsing")
  fi
  # The repository keeps, per target, the inputs of defects found (corpus/TARGET/, plain files) and
  # the grown corpus (corpus/TARGET.tar.xz); both seed the run, and the replay tests run both.
  regressions="$project/tests/fuzz/corpus/$target"
  packed="$project/tests/fuzz/corpus/$target.tar.xz"
  grown="$build/grown/$target"
  rm -rf "$grown" && mkdir -p "$grown"
  [ -f "$packed" ] && tar -xJf "$packed" -C "$grown"
  [ -d "$regressions" ] && seeds+=("$regressions")
  seeds+=("$grown")
  log="$build/$target.log"
  if "$build/tests/fuzz/$target" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
       -max_len=65536 -dict="$project/tests/fuzz/json.dict" -print_final_stats=1 \
       -artifact_prefix="$build/artifacts/$target-" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    # Merged over the seeds and the grown corpus, so that only what reaches code neither reaches is
    # added; the grown corpus is packed again, reproducibly.
    base="$build/merge/$target"
    rm -rf "$base" && mkdir -p "$base"
    for dir in "${seeds[@]}"; do find "$dir" -maxdepth 1 -type f -exec cp {} "$base/" \; ; done
    ls "$base" > "$build/merge/$target.before"
    "$build/tests/fuzz/$target" -merge=1 "$base" "$corpus" -max_len=65536 -timeout=20 -rss_limit_mb=4096 >"$log.merge" 2>&1
    added=0
    for f in $(ls "$base" | sort | comm -13 <(sort "$build/merge/$target.before") -); do
      cp "$base/$f" "$grown/$f"
      added=$((added + 1))
    done
    tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cJf "$packed" -C "$grown" .
    echo "$target: $runs executions in ${seconds}s, no failure (corpus: $(ls "$corpus" | wc -l) inputs;" \
         "$added new to the repository's corpus, now $(ls "$grown" | wc -l))"
  else
    echo "$target: FAILED, see $log and $build/artifacts/" >&2
    tail -40 "$log" >&2
    status=1
  fi
done
exit $status
