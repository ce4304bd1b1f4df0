/*
 * Shared pieces of the C reference training kernels (bpr.c, mf.c).
 *
 * They mirror RecShield's Swift implementation operation by operation so that, built with
 * -ffp-contract=off and run on one thread, the two produce bit-identical factors: the same
 * xoshiro256** streams seeded through SplitMix64, the same Lemire index draws, the same Box-Muller
 * initialisation, 16-lane vectors summed in the same order. Written for this benchmark from the
 * papers cited in the Swift sources; no third-party code.
 */
#ifndef RECSHIELD_C_REFERENCE_COMMON_H
#define RECSHIELD_C_REFERENCE_COMMON_H

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- Random numbers: SplitMix64 seeding, xoshiro256** (Blackman & Vigna) ---- */

typedef struct { uint64_t s0, s1, s2, s3; } rng_t;

static inline uint64_t splitmix_next(uint64_t *state) {
    *state += 0x9E3779B97F4A7C15ULL;
    uint64_t z = *state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static inline rng_t rng_seeded(uint64_t seed) {
    uint64_t state = seed;
    rng_t r;
    r.s0 = splitmix_next(&state);
    r.s1 = splitmix_next(&state);
    r.s2 = splitmix_next(&state);
    r.s3 = splitmix_next(&state);
    return r;
}

static inline rng_t rng_stream(uint64_t seed, uint64_t stream) {
    uint64_t state = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    return rng_seeded(splitmix_next(&state));
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t rng_next(rng_t *r) {
    uint64_t result = rotl(r->s1 * 5, 7) * 9;
    uint64_t t = r->s1 << 17;
    r->s2 ^= r->s0;
    r->s3 ^= r->s1;
    r->s1 ^= r->s2;
    r->s0 ^= r->s3;
    r->s2 ^= t;
    r->s3 = rotl(r->s3, 45);
    return result;
}

/* A uniform index below `bound` by Lemire's multiply-shift. */
static inline int64_t rng_index(rng_t *r, uint64_t bound) {
    return (int64_t)(((__uint128_t)rng_next(r) * bound) >> 64);
}

static inline double rng_unit_double(rng_t *r) { return (double)(rng_next(r) >> 11) * 0x1p-53; }

static double rng_gaussian(rng_t *r) {
    double u1 = rng_unit_double(r);
    while (u1 <= 2.2250738585072014e-308) u1 = rng_unit_double(r);
    double u2 = rng_unit_double(r);
    return sqrt(-2 * log(u1)) * cos(2 * 3.141592653589793 * u2);
}

/* ---- 16-lane vectors ----
 * RecShield's kernels work on SIMD16<Float>. Here the 16 lanes are PARTS native vectors (2 × 8 with
 * AVX, 4 × 4 with SSE) so that gcc keeps accumulators in registers; per-lane arithmetic and the
 * order of the horizontal sum are the same as in Swift. */

#if defined(__AVX__)
#define LANES 8
#else
#define LANES 4
#endif
#define PARTS (16 / LANES)

typedef float vf __attribute__((vector_size(LANES * 4)));
typedef float v4f __attribute__((vector_size(16)));

static inline vf loadv(const float *p) { vf v; memcpy(&v, p, sizeof v); return v; }
static inline void storev(float *p, vf v) { memcpy(p, &v, sizeof v); }

/* Sums 16 lanes pairwise: lanes 0–7 + 8–15, then 0–3 + 4–7, then (0+2)+(1+3). */
static inline float hsum16(const vf *acc) {
#if LANES == 8
    vf e = acc[0] + acc[1];
    v4f a, b;
    memcpy(&a, &e, 16);
    memcpy(&b, (char *)&e + 16, 16);
    v4f f = a + b;
#else
    v4f f = (acc[0] + acc[2]) + (acc[1] + acc[3]);
#endif
    return (f[0] + f[2]) + (f[1] + f[3]);
}

/* ---- Data: the benchmark file written by `training-benchmark generate` ---- */

typedef struct {
    int64_t users, items, count;
    int32_t *user;
    int32_t *item;
    float *rating;
    int64_t *offsets; /* CSR by user: users + 1 offsets */
    int32_t *columns; /* sorted item indices per user */
} dataset_t;

static int compare_int32(const void *a, const void *b) {
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}

static void *checked_alloc(size_t bytes) {
    size_t rounded = (bytes + 63) / 64 * 64;
    void *p = aligned_alloc(64, rounded ? rounded : 64);
    if (!p) { fprintf(stderr, "out of memory\n"); exit(1); }
    return p;
}

static void read_exact(FILE *f, void *p, size_t bytes, const char *path) {
    if (fread(p, 1, bytes, f) != bytes) { fprintf(stderr, "%s: truncated\n", path); exit(1); }
}

static dataset_t load_dataset(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "%s: cannot open\n", path); exit(1); }
    char magic[8];
    read_exact(f, magic, 8, path);
    if (memcmp(magic, "RSBENCH1", 8) != 0) { fprintf(stderr, "%s: not a benchmark file\n", path); exit(1); }
    dataset_t d;
    read_exact(f, &d.users, 8, path);
    read_exact(f, &d.items, 8, path);
    read_exact(f, &d.count, 8, path);
    d.user = checked_alloc(d.count * 4);
    d.item = checked_alloc(d.count * 4);
    d.rating = checked_alloc(d.count * 4);
    read_exact(f, d.user, d.count * 4, path);
    read_exact(f, d.item, d.count * 4, path);
    read_exact(f, d.rating, d.count * 4, path);
    fclose(f);
    d.offsets = calloc(d.users + 1, 8);
    for (int64_t k = 0; k < d.count; k++) d.offsets[d.user[k] + 1]++;
    for (int64_t u = 0; u < d.users; u++) d.offsets[u + 1] += d.offsets[u];
    int64_t *cursor = malloc(d.users * 8);
    memcpy(cursor, d.offsets, d.users * 8);
    d.columns = checked_alloc(d.count * 4);
    for (int64_t k = 0; k < d.count; k++) d.columns[cursor[d.user[k]]++] = d.item[k];
    for (int64_t u = 0; u < d.users; u++)
        qsort(d.columns + d.offsets[u], d.offsets[u + 1] - d.offsets[u], 4, compare_int32);
    free(cursor);
    return d;
}

/* Whether value is in the sorted row: rows of up to 256 items are scanned (their cache lines load
 * in parallel; gcc vectorises the loop), longer ones by a branch-free binary search — as RecShield does. */
static inline int row_contains(const int32_t *row, int64_t n, int32_t value) {
    if (n == 0) return 0;
    if (n <= 256) {
        int found = 0;
        for (int64_t k = 0; k < n; k++) found |= row[k] == value;
        return found;
    }
    const int32_t *base = row;
    while (n > 1) {
        int64_t half = n / 2;
        base = base[half] <= value ? base + half : base;
        n -= half;
    }
    return *base == value;
}

/* Row-major factors, N(0, std^2) from one generator, users then items. */
static void initialise(float *user_factors, int64_t users, float *item_factors, int64_t items,
                       int64_t dim, float std, uint64_t seed) {
    rng_t r = rng_seeded(seed);
    for (int64_t k = 0; k < users * dim; k++) user_factors[k] = (float)(rng_gaussian(&r) * (double)std);
    for (int64_t k = 0; k < items * dim; k++) item_factors[k] = (float)(rng_gaussian(&r) * (double)std);
}

static inline double now_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

/* FNV-1a-64 over bytes, chained through `hash`. */
static uint64_t fnv1a(uint64_t hash, const void *bytes, size_t count) {
    const unsigned char *p = bytes;
    for (size_t k = 0; k < count; k++) { hash ^= p[k]; hash *= 0x100000001B3ULL; }
    return hash;
}

#define FNV_OFFSET 0xCBF29CE484222325ULL

/* Splits `count` into `chunks` near-equal contiguous ranges, like RecShield's ParallelLoop. */
static inline void chunk_range(int64_t chunk, int64_t chunks, int64_t count, int64_t *start, int64_t *end) {
    int64_t base = count / chunks, extra = count % chunks;
    *start = chunk * base + (chunk < extra ? chunk : extra);
    *end = *start + base + (chunk < extra ? 1 : 0);
}

/* Runs `work` on each of `count` jobs of `size` bytes: inline for one job, else one thread each. */
static void run_jobs(void *(*work)(void *), void *jobs, size_t size, int64_t count) {
    if (count == 1) {
        work(jobs);
        return;
    }
    pthread_t *handles = calloc(count, sizeof(pthread_t));
    for (int64_t t = 0; t < count; t++) pthread_create(&handles[t], NULL, work, (char *)jobs + t * size);
    for (int64_t t = 0; t < count; t++) pthread_join(handles[t], NULL);
    free(handles);
}

typedef struct {
    int64_t epochs, threads, dim;
    float learning_rate, regularization, init_std;
    uint64_t seed;
    const char *path;
} options_t;

/* Defaults mirror RecShield's model defaults; the benchmark script passes every value anyway. */
static options_t parse_options(int argc, char **argv, float learning_rate, float regularization, float init_std) {
    options_t o = {.epochs = 3, .threads = 1, .dim = 64, .learning_rate = learning_rate,
                   .regularization = regularization, .init_std = init_std, .seed = 42, .path = NULL};
    for (int k = 1; k < argc; k++) {
        if (k + 1 < argc && !strcmp(argv[k], "--epochs")) o.epochs = atoll(argv[++k]);
        else if (k + 1 < argc && !strcmp(argv[k], "--threads")) o.threads = atoll(argv[++k]);
        else if (k + 1 < argc && !strcmp(argv[k], "--factors")) o.dim = atoll(argv[++k]);
        else if (k + 1 < argc && !strcmp(argv[k], "--seed")) o.seed = strtoull(argv[++k], NULL, 10);
        else if (k + 1 < argc && !strcmp(argv[k], "--learning-rate")) o.learning_rate = strtof(argv[++k], NULL);
        else if (k + 1 < argc && !strcmp(argv[k], "--regularization")) o.regularization = strtof(argv[++k], NULL);
        else if (k + 1 < argc && !strcmp(argv[k], "--init-std")) o.init_std = strtof(argv[++k], NULL);
        else o.path = argv[k];
    }
    if (!o.path || o.epochs < 1 || o.threads < 1 || o.dim < 1) {
        fprintf(stderr, "usage: %s DATA [--epochs N] [--threads T] [--factors D] [--seed S] "
                        "[--learning-rate A] [--regularization L] [--init-std S]\n", argv[0]);
        exit(64);
    }
    return o;
}

#endif
