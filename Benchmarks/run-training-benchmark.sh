#!/usr/bin/env bash
# Side-by-side training speed of RecShield's SGD models and C reference kernels doing the same work
# (same sampling, negative check, item bias, dimension 64, same random streams: with one thread
# both produce bit-identical parameters, which the table confirms).
#
#   Benchmarks/run-training-benchmark.sh [--quick] [--no-large] [--no-callgrind] [--repeats N]
#
# Builds the C kernels with the system C compiler (-O3 -ffp-contract=off, and -march=haswell) and
# the Swift `training-benchmark` (default `swift build -c release`, and with
# `-Xswiftc -target-cpu -Xswiftc haswell`), generates the synthetic data sets deterministically
# into Benchmarks/work/, and prints samples per second (best epoch over all runs; runs of C and
# Swift alternate so machine load hits both alike), the Swift/C ratio, 2-thread scaling and, with
# valgrind, instructions per sample (AVX2 builds, ML-100K-sized data); then full-ranking
# evaluation time against one 2-thread epoch.
set -euo pipefail
cd "$(dirname "$0")"

repeats=3
large=1
callgrind=1
small_epochs=8
large_epochs=2
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) repeats=1; large=0; small_epochs=5 ;;
        --no-large) large=0 ;;
        --no-callgrind) callgrind=0 ;;
        --repeats) repeats="$2"; shift ;;
        *) echo "usage: $0 [--quick] [--no-large] [--no-callgrind] [--repeats N]" >&2; exit 64 ;;
    esac
    shift
done

work=work
mkdir -p "$work"
cc=${CC:-cc}

echo "== building (C: $($cc --version | head -1); $(swift --version 2>&1 | head -1))" >&2
for model in bpr mf; do
    $cc -O3 -ffp-contract=off -o "$work/$model-c-default" "CReference/$model.c" -lm -lpthread
    $cc -O3 -march=haswell -ffp-contract=off -o "$work/$model-c-haswell" "CReference/$model.c" -lm -lpthread
done
swift build -c release --product training-benchmark >&2
swift build -c release --product training-benchmark --scratch-path .build-haswell \
    -Xswiftc -target-cpu -Xswiftc haswell >&2
swift_default=.build/release/training-benchmark
swift_haswell=.build-haswell/release/training-benchmark

echo "== data" >&2
small="$work/ml100k-like.bin"
big="$work/10m.bin"
[ -f "$small" ] || $swift_default generate --users 943 --items 1682 --interactions 100000 --seed 1 --out "$small" >&2
if [ "$large" = 1 ] && [ ! -f "$big" ]; then
    $swift_default generate --users 100000 --items 50000 --interactions 10000000 --seed 2 --out "$big" >&2
fi

# best_rate FILE: the best epoch's samples per second in a file of "epoch … seconds S …" lines.
best_rate() {
    awk '/^epoch/ { rate = $4 / $6; if (rate > best) best = rate } END { printf "%.2f", best / 1e6 }' "$1"
}
checksum() { awk '/^checksum/ { print $2 }' "$1"; }

# The models' default hyperparameters, passed to both programs.
settings() {
    case "$1" in
        bpr) echo "--learning-rate 0.05 --regularization 0.001 --init-std 0.01 --factors 64 --seed 42" ;;
        mf) echo "--learning-rate 0.01 --regularization 0.08 --init-std 0.1 --factors 64 --seed 42" ;;
    esac
}

# compare ISA MODEL DATA THREADS EPOCHS: alternates C and Swift runs, prints one table row.
compare() {
    local isa=$1 model=$2 data=$3 threads=$4 epochs=$5
    local c_log="$work/log-c" swift_log="$work/log-swift"
    local swift_bin=$swift_default
    [ "$isa" = haswell ] && swift_bin=$swift_haswell
    : > "$c_log"; : > "$swift_log"
    for _ in $(seq "$repeats"); do
        "$work/$model-c-$isa" "$data" --epochs "$epochs" --threads "$threads" $(settings "$model") >> "$c_log"
        "$swift_bin" "$model" "$data" --epochs "$epochs" --threads "$threads" $(settings "$model") >> "$swift_log"
    done
    local c_rate swift_rate same="-"
    c_rate=$(best_rate "$c_log")
    swift_rate=$(best_rate "$swift_log")
    if [ "$threads" = 1 ]; then
        [ "$(checksum "$c_log" | sort -u)" = "$(checksum "$swift_log" | sort -u)" ] && same=yes || same=NO
    fi
    echo "$isa $model $(basename "$data" .bin) $threads $c_rate $swift_rate" >> "$work/rates"
    printf "%-8s %-4s %-10s %7s %9s %11s %8s %10s\n" "$isa" "$model" "$(basename "$data" .bin)" "$threads" \
        "$c_rate" "$swift_rate" "$(awk -v s="$swift_rate" -v c="$c_rate" 'BEGIN { printf "%.2f", s / c }')" "$same"
}

: > "$work/rates"
echo
echo "Training speed, million samples per second (best epoch of $repeats alternating runs)"
printf "%-8s %-4s %-10s %7s %9s %11s %8s %10s\n" isa model data threads "C M/s" "Swift M/s" Swift/C identical
for isa in default haswell; do
    for model in bpr mf; do
        compare "$isa" "$model" "$small" 1 "$small_epochs"
        if [ "$large" = 1 ]; then
            compare "$isa" "$model" "$big" 1 "$large_epochs"
            compare "$isa" "$model" "$big" 2 "$large_epochs"
        fi
    done
done

if [ "$large" = 1 ]; then
    echo
    echo "2-thread speed-up on the 10M set (2-thread rate / 1-thread rate)"
    awk '$3 == "10m" { key = $1 " " $2; c[key, $4] = $5; s[key, $4] = $6; keys[key] = 1 }
        END { for (k in keys) printf "%-13s %6.2f %6.2f\n", k, c[k, 2] / c[k, 1], s[k, 2] / s[k, 1] }' "$work/rates" \
        | sort | { printf "%-13s %6s %6s\n" "isa model" C Swift; cat; }
fi

echo
echo "Full-ranking evaluation of BPR (HR/NDCG/Recall@10,20, all users, training items excluded) against"
echo "one training epoch on the same training part, both at 2 threads (median of 21 evaluations)"
printf "%-8s %-14s %12s %12s %7s\n" isa holdout "eval ms" "epoch ms" ratio
for isa in default haswell; do
    swift_bin=$swift_default
    [ "$isa" = haswell ] && swift_bin=$swift_haswell
    for holdout in leave-one-out 0.2; do
        "$swift_bin" evaluate "$small" --holdout "$holdout" --threads 2 --epochs "$small_epochs" $(settings bpr) \
            | awk -v isa="$isa" -v h="$holdout" '/^evaluation seconds/ {
                printf "%-8s %-14s %12.2f %12.2f %7.2f\n", isa, h, $3 * 1000, $7 * 1000, $9 }'
    done
done

if [ "$callgrind" = 1 ] && command -v valgrind > /dev/null; then
    echo
    echo "Instructions per sample (valgrind callgrind, haswell builds, $(basename "$small" .bin), 1 thread):"
    echo "the difference between 3 epochs and 1 epoch, divided by 2 epochs of samples"
    samples=$("$work/bpr-c-haswell" "$small" --epochs 1 $(settings bpr) | awk '/^epoch/ { print $4 }')
    mf_samples=$("$work/mf-c-haswell" "$small" --epochs 1 $(settings mf) | awk '/^epoch/ { print $4 }')
    instructions() {
        valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | awk '/Collected/ { print $4 }'
    }
    # valgrind 3.19 gives up on the debug information of current Swift builds; it needs none.
    swift_counted="$work/training-benchmark-haswell-stripped"
    strip --strip-debug -o "$swift_counted" "$swift_haswell"
    printf "%-5s %8s %8s %8s\n" model C Swift Swift/C
    for model in bpr mf; do
        count=$samples
        [ "$model" = mf ] && count=$mf_samples
        c1=$(instructions "$work/$model-c-haswell" "$small" --epochs 1 $(settings "$model"))
        c3=$(instructions "$work/$model-c-haswell" "$small" --epochs 3 $(settings "$model"))
        s1=$(instructions "$swift_counted" "$model" "$small" --epochs 1 $(settings "$model"))
        s3=$(instructions "$swift_counted" "$model" "$small" --epochs 3 $(settings "$model"))
        awk -v m="$model" -v n="$count" -v c1="$c1" -v c3="$c3" -v s1="$s1" -v s3="$s3" 'BEGIN {
            c = (c3 - c1) / (2 * n); s = (s3 - s1) / (2 * n)
            printf "%-5s %8.0f %8.0f %8.2f\n", m, c, s, s / c }'
    done
fi
