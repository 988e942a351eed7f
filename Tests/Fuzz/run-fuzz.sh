#!/usr/bin/env bash
# Builds the CSV loader fuzzer (libFuzzer + AddressSanitizer) from the
# VietnameseText and Tallies sources and runs it briefly.
#   Tests/Fuzz/run-fuzz.sh [seconds]   (default 30)
# Exits non-zero if the fuzzer finds a crash; the crashing input is left
# in .build-fuzz/ as crash-*.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-30}"
out=.build-fuzz
mkdir -p "$out/corpus"

# VietnameseText as a static library with its module.
swiftc -parse-as-library -sanitize=fuzzer,address -O \
  -emit-library -static -module-name VietnameseText \
  -emit-module -emit-module-path "$out/VietnameseText.swiftmodule" \
  -o "$out/libVietnameseText.a" Sources/VietnameseText/*.swift

# The loader (everything in Tallies but what reads TOML, which needs
# TOMLKit) and the entry point, as one module.
mapfile -t tallies < <(
  find Sources/Tallies -name '*.swift' -not -path '*/Metadata/*' -not -path '*/TOML/*' | sort)
swiftc -parse-as-library -sanitize=fuzzer,address -O \
  -module-name CSVLoaderFuzz -I "$out" -L "$out" -lVietnameseText \
  "${tallies[@]}" Tests/Fuzz/CSVLoaderFuzz.swift -o "$out/csv-loader-fuzz"

# Seeds: the test fixtures, each behind a selector byte.
for f in Tests/TalliesTests/Fixtures/*.csv; do
  { printf '\x00'; cat "$f"; } > "$out/corpus/$(basename "$f")"
  { printf '\xC9'; cat "$f"; } > "$out/corpus/units-period-$(basename "$f")"
done

cd "$out"
./csv-loader-fuzz -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 corpus
