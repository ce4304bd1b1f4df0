/*
 * C reference kernel for BPR-MF (Rendle et al., "BPR: Bayesian personalized ranking from implicit
 * feedback", UAI 2009) — the same work as RecShield's BPRMatrixFactorization with SGD, uniform
 * negatives and item biases:
 *
 *   draw an interaction (u, i) uniformly; draw j uniformly until u has not interacted with j
 *   (a users × items bitset when it takes at most 2^29 bits, else a binary search in u's sorted
 *   item row); x = u·(v_i − v_j) + b_i − b_j;
 *   z = σ(−x); θ ← θ + α (z ∂x/∂θ − 2λθ) for u, v_i, v_j, b_i, b_j, computed as
 *   θ ← (1 − 2αλ) θ + αz ∂x/∂θ.
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
    int64_t pair_count, items, dim, begin, end;
    float alpha, lambda2;
    rng_t rng;
    double log_likelihood;
} job_t;

static void *run_chunk(void *argument) {
    job_t *job = argument;
    float *U = job->U, *V = job->V, *B = job->B;
    const pair_t *pairs = job->pairs;
    const int64_t *offsets = job->offsets;
    const int32_t *columns = job->columns;
    const uint64_t *bits = job->bits;
    const int64_t d = job->dim, pair_count = job->pair_count, items = job->items;
    const float alpha = job->alpha, keep = 1.0f - job->alpha * job->lambda2;
    rng_t rng = job->rng;
    double product = 1, log_sum = 0;
    for (int64_t k = job->begin; k < job->end; k++) {
        pair_t p = pairs[rng_index(&rng, pair_count)];
        int32_t negative;
        if (!bits) {
            const int32_t *row = columns + offsets[p.user];
            int64_t row_length = offsets[p.user + 1] - offsets[p.user];
            do negative = (int32_t)rng_index(&rng, items);
            while (row_contains(row, row_length, negative));
        } else {
            const uint64_t *row = bits + (int64_t)p.user * job->stride;
            do negative = (int32_t)rng_index(&rng, items);
            while ((row[negative >> 6] >> (negative & 63)) & 1);
        }
        float *u = U + (int64_t)p.user * d;
        float *vi = V + (int64_t)p.item * d;
        float *vj = V + (int64_t)negative * d;

        vf acc[PARTS] = {0};
        int64_t c = 0;
        for (; c + 16 <= d; c += 16)
            for (int p = 0; p < PARTS; p++) {
                int64_t at = c + p * LANES;
                acc[p] += loadv(u + at) * (loadv(vi + at) - loadv(vj + at));
            }
        float dot = hsum16(acc);
        for (; c < d; c++) dot += u[c] * (vi[c] - vj[c]);
        float bi = B[p.item], bj = B[negative];
        float x = dot + (bi - bj);
        float clamped = x < -80.0f ? -80.0f : (x > 80.0f ? 80.0f : x);
        float e = expf(clamped);
        float z = 1.0f / (1.0f + e);
        product *= (double)(e * z);
        if (product < 0x1p-900) { log_sum += log(product); product = 1; }

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
        B[p.item] = keep * bi + az;
        B[negative] = keep * bj - az;
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
            jobs[t] = (job_t){U, V, B, pairs, data.offsets, data.columns, bits, stride, pair_count, data.items, d,
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
