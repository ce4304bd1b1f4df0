/*
 * C reference kernel for BPR-MF (Rendle et al., "BPR: Bayesian personalized ranking from implicit
 * feedback", UAI 2009) — the same work as RecShield's BPRMatrixFactorization with SGD, uniform
 * negatives and item biases:
 *
 *   draw an interaction (u, i) uniformly; draw j uniformly until u has not interacted with j
 *   (a users × items bitset when it takes at most 2^29 bits, else a scan (rows up to 256 items) or
 *   a binary search of u's sorted item row); x = u·(v_i − v_j) + b_i − b_j;
 *   z = σ(−x); θ ← θ + α (z ∂x/∂θ − 2λθ) for u, v_i, v_j, b_i, b_j, computed as
 *   θ ← (1 − 2αλ) θ + αz ∂x/∂θ.
 *
 * When the factors do not fit the caches, triples are drawn 16 at a time and their rows (and the
 * next batch's pairs) prefetched before the steps run, as RecShield does.
 *
 * Hogwild (Recht et al. 2011) over pthreads: lock-free updates of shared factors.
 * Prints one line per epoch and an FNV-1a-64 checksum of the final parameters.
 */
#include "common.h"

typedef struct { int32_t user, item; } pair_t;

typedef struct {
    float *U, *V, *B;
    const pair_t *pairs;
    const int64_t *offsets;
    const int32_t *columns;
    const uint64_t *bits; /* users × stride words, or NULL */
    int64_t stride;
    int64_t pair_count, users, items, dim, begin, end;
    float alpha, lambda2;
    rng_t rng;
    double log_likelihood;
} job_t;

typedef struct { int32_t user, item, negative; } triple_t;

/* Draws (u, i, j): a uniform pair, then j uniformly until u has not interacted with it. */
static inline triple_t draw_triple(const job_t *job, rng_t *rng) {
    pair_t p = job->pairs[rng_index(rng, job->pair_count)];
    int32_t negative;
    if (!job->bits) {
        const int32_t *row = job->columns + job->offsets[p.user];
        int64_t row_length = job->offsets[p.user + 1] - job->offsets[p.user];
        do negative = (int32_t)rng_index(rng, job->items);
        while (row_contains(row, row_length, negative));
    } else {
        const uint64_t *row = job->bits + (int64_t)p.user * job->stride;
        do negative = (int32_t)rng_index(rng, job->items);
        while ((row[negative >> 6] >> (negative & 63)) & 1);
    }
    return (triple_t){p.user, p.item, negative};
}

/* One SGD step on a drawn triple; multiplies the step's likelihood into *product. */
static inline void step(const job_t *job, triple_t t, float keep, double *product, double *log_sum) {
    const int64_t d = job->dim;
    const float alpha = job->alpha;
    float *B = job->B;
    float *u = job->U + (int64_t)t.user * d;
    float *vi = job->V + (int64_t)t.item * d;
    float *vj = job->V + (int64_t)t.negative * d;

    vf acc[PARTS] = {0};
    int64_t c = 0;
    for (; c + 16 <= d; c += 16)
        for (int p = 0; p < PARTS; p++) {
            int64_t at = c + p * LANES;
            acc[p] += loadv(u + at) * (loadv(vi + at) - loadv(vj + at));
        }
    float dot = hsum16(acc);
    for (; c < d; c++) dot += u[c] * (vi[c] - vj[c]);
    float bi = B[t.item], bj = B[t.negative];
    float x = dot + (bi - bj);
    float clamped = x < -80.0f ? -80.0f : (x > 80.0f ? 80.0f : x);
    float e = expf(clamped);
    float z = 1.0f / (1.0f + e);
    *product *= (double)(e * z);
    if (*product < 0x1p-900) { *log_sum += log(*product); *product = 1; }

    float az = alpha * z;
    c = 0;
    for (; c < d / 16 * 16; c += LANES) {
        vf uc = loadv(u + c), ic = loadv(vi + c), jc = loadv(vj + c);
        storev(u + c, keep * uc + az * (ic - jc));
        storev(vi + c, keep * ic + az * uc);
        storev(vj + c, keep * jc - az * uc);
    }
    for (; c < d; c++) {
        float uc = u[c], ic = vi[c], jc = vj[c];
        u[c] = keep * uc + az * (ic - jc);
        vi[c] = keep * ic + az * uc;
        vj[c] = keep * jc - az * uc;
    }
    B[t.item] = keep * bi + az;
    B[t.negative] = keep * bj - az;
}

static inline void prefetch_row(const float *row, int64_t d) {
    if (d <= 0) return;
    uintptr_t end = (uintptr_t)(row + d);
    for (uintptr_t line = (uintptr_t)row & ~(uintptr_t)63; line < end; line += 64) __builtin_prefetch((const void *)line, 1, 3);
}

/* When the factors exceed the caches, draws DRAW_AHEAD triples and prefetches their rows and the
 * next batch's pairs before stepping (drawing reads no parameter, so no number changes). */
#define DRAW_AHEAD 16
#define PREFETCH_THRESHOLD (4 << 20)

static void *run_chunk(void *argument) {
    job_t *job = argument;
    const int64_t d = job->dim;
    const float keep = 1.0f - job->alpha * job->lambda2;
    rng_t rng = job->rng;
    double product = 1, log_sum = 0;
    if ((job->users + job->items) * d * 4 <= PREFETCH_THRESHOLD) {
        for (int64_t k = job->begin; k < job->end; k++) step(job, draw_triple(job, &rng), keep, &product, &log_sum);
    } else {
        triple_t drawn[DRAW_AHEAD];
        for (int64_t first = job->begin; first < job->end; first += DRAW_AHEAD) {
            int64_t count = job->end - first < DRAW_AHEAD ? job->end - first : DRAW_AHEAD;
            for (int64_t k = 0; k < count; k++) {
                triple_t t = draw_triple(job, &rng);
                drawn[k] = t;
                prefetch_row(job->U + (int64_t)t.user * d, d);
                prefetch_row(job->V + (int64_t)t.item * d, d);
                prefetch_row(job->V + (int64_t)t.negative * d, d);
            }
            rng_t ahead = rng;
            for (int64_t k = 0; k < DRAW_AHEAD; k++) {
                __builtin_prefetch(job->pairs + rng_index(&ahead, job->pair_count), 0, 3);
                rng_next(&ahead);
            }
            for (int64_t k = 0; k < count; k++) step(job, drawn[k], keep, &product, &log_sum);
        }
    }
    job->log_likelihood = log_sum + log(product);
    return NULL;
}

int main(int argc, char **argv) {
    options_t o = parse_options(argc, argv, 0.05f, 0.001f, 0.01f);
    dataset_t data = load_dataset(o.path);
    const int64_t d = o.dim;

    /* Users who own every item have no negative to draw: leave their interactions out. */
    pair_t *pairs = checked_alloc(data.count * sizeof(pair_t));
    int64_t pair_count = 0;
    for (int64_t u = 0; u < data.users; u++) {
        if (data.offsets[u + 1] - data.offsets[u] >= data.items) continue;
        for (int64_t e = data.offsets[u]; e < data.offsets[u + 1]; e++)
            pairs[pair_count++] = (pair_t){(int32_t)u, data.columns[e]};
    }

    int64_t stride = (data.items + 63) / 64;
    uint64_t *bits = NULL;
    if (data.users * stride * 64 <= ((int64_t)1 << 29)) {
        bits = calloc(data.users * stride, 8);
        for (int64_t u = 0; u < data.users; u++)
            for (int64_t e = data.offsets[u]; e < data.offsets[u + 1]; e++)
                bits[u * stride + (data.columns[e] >> 6)] |= (uint64_t)1 << (data.columns[e] & 63);
    }

    float *U = checked_alloc(data.users * d * 4), *V = checked_alloc(data.items * d * 4);
    float *B = checked_alloc(data.items * 4);
    initialise(U, data.users, V, data.items, d, o.init_std, o.seed);
    memset(B, 0, data.items * 4);

    job_t *jobs = calloc(o.threads, sizeof(job_t));
    for (int64_t epoch = 0; epoch < o.epochs; epoch++) {
        double start = now_seconds();
        for (int64_t t = 0; t < o.threads; t++) {
            int64_t begin, end;
            chunk_range(t, o.threads, pair_count, &begin, &end);
            jobs[t] = (job_t){U, V, B, pairs, data.offsets, data.columns, bits, stride, pair_count, data.users, data.items, d,
                              begin, end, o.learning_rate, 2 * o.regularization,
                              rng_stream(o.seed, (uint64_t)(epoch * o.threads + t)), 0};
        }
        run_jobs(run_chunk, jobs, sizeof(job_t), o.threads);
        double seconds = now_seconds() - start;
        double log_likelihood = 0;
        for (int64_t t = 0; t < o.threads; t++) log_likelihood += jobs[t].log_likelihood;
        printf("epoch %lld samples %lld seconds %.6f loss %.6f\n", (long long)(epoch + 1),
               (long long)pair_count, seconds, -log_likelihood / (double)pair_count);
    }
    uint64_t hash = fnv1a(FNV_OFFSET, U, data.users * d * 4);
    hash = fnv1a(hash, V, data.items * d * 4);
    hash = fnv1a(hash, B, data.items * 4);
    printf("checksum %016llx\n", (unsigned long long)hash);
    return 0;
}
