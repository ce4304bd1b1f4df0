/*
 * C reference kernel for explicit matrix factorisation with biases (Koren, Bell & Volinsky,
 * "Matrix factorization techniques for recommender systems", IEEE Computer 2009) — the same work
 * as RecShield's ExplicitMatrixFactorization:
 *
 *   draw a rating (u, i, r) uniformly; p = ((μ + b_u) + b_i) + u·v_i; e = r − p;
 *   θ ← θ − α ∂ℓ/∂θ with ℓ = e² + λ(‖u‖² + ‖v_i‖² + b_u² + b_i²), computed as
 *   u ← (1 − 2αλ) u + 2αe v_i,  v_i ← (1 − 2αλ) v_i + 2αe u,  b ← (1 − 2αλ) b + 2αe.
 *
 * When the factors do not fit the caches, later steps' triples and rows are prefetched (the draws
 * are known ahead), as RecShield does.
 *
 * Hogwild (Recht et al. 2011) over pthreads: lock-free updates of shared factors.
 * Prints one line per epoch and an FNV-1a-64 checksum of the final parameters.
 */
#include "common.h"

typedef struct { int32_t user, item; float rating; } triple_t;

typedef struct {
    float *U, *V, *BU, *BI;
    const triple_t *triples;
    int64_t count, users, items, dim, begin, end;
    float mean, alpha, lambda;
    rng_t rng;
    double squared_error;
} job_t;

#define PREFETCH_LEAD 8
#define PREFETCH_THRESHOLD (4 << 20)

static inline void prefetch_row(const float *row, int64_t d) {
    if (d <= 0) return;
    uintptr_t end = (uintptr_t)(row + d);
    for (uintptr_t line = (uintptr_t)row & ~(uintptr_t)63; line < end; line += 64) __builtin_prefetch((const void *)line, 1, 3);
}

static void *run_chunk(void *argument) {
    job_t *job = argument;
    float *U = job->U, *V = job->V, *BU = job->BU, *BI = job->BI;
    const triple_t *triples = job->triples;
    const int64_t d = job->dim, count = job->count;
    const float mean = job->mean, twice_alpha = 2 * job->alpha;
    const float keep = 1.0f - twice_alpha * job->lambda;
    rng_t rng = job->rng;
    double squared_error = 0;
    /* When the factors exceed the caches: generators PREFETCH_LEAD and twice that many steps ahead
     * name later steps' triples exactly (one draw per step); prefetch their triples and rows. */
    const int prefetching = (job->users + job->items) * d * 4 > PREFETCH_THRESHOLD;
    rng_t row_ahead = rng, triple_ahead = rng;
    if (prefetching) {
        for (int k = 0; k < PREFETCH_LEAD; k++) rng_next(&row_ahead);
        for (int k = 0; k < 2 * PREFETCH_LEAD; k++) rng_next(&triple_ahead);
    }
    for (int64_t k = job->begin; k < job->end; k++) {
        if (prefetching) {
            __builtin_prefetch(triples + rng_index(&triple_ahead, count), 0, 3);
            triple_t later = triples[rng_index(&row_ahead, count)];
            prefetch_row(U + (int64_t)later.user * d, d);
            prefetch_row(V + (int64_t)later.item * d, d);
        }
        triple_t t = triples[rng_index(&rng, count)];
        float *u = U + (int64_t)t.user * d;
        float *v = V + (int64_t)t.item * d;

        vf acc[PARTS] = {0};
        int64_t c = 0;
        for (; c + 16 <= d; c += 16)
            for (int p = 0; p < PARTS; p++) acc[p] += loadv(u + c + p * LANES) * loadv(v + c + p * LANES);
        float dot = hsum16(acc);
        for (; c < d; c++) dot += u[c] * v[c];
        float bu = BU[t.user], bi = BI[t.item];
        float error = t.rating - (((mean + bu) + bi) + dot);
        squared_error += (double)(error * error);

        float step = twice_alpha * error;
        c = 0;
        for (; c < d / 16 * 16; c += LANES) {
            vf uc = loadv(u + c), vc = loadv(v + c);
            storev(u + c, keep * uc + step * vc);
            storev(v + c, keep * vc + step * uc);
        }
        for (; c < d; c++) {
            float uc = u[c], vc = v[c];
            u[c] = keep * uc + step * vc;
            v[c] = keep * vc + step * uc;
        }
        BU[t.user] = keep * bu + step;
        BI[t.item] = keep * bi + step;
    }
    job->squared_error = squared_error;
    return NULL;
}

int main(int argc, char **argv) {
    options_t o = parse_options(argc, argv, 0.01f, 0.08f, 0.1f);
    dataset_t data = load_dataset(o.path);
    const int64_t d = o.dim;

    triple_t *triples = checked_alloc(data.count * sizeof(triple_t));
    double sum = 0;
    for (int64_t k = 0; k < data.count; k++) {
        triples[k] = (triple_t){data.user[k], data.item[k], data.rating[k]};
        sum += (double)data.rating[k];
    }
    float mean = (float)(sum / (double)data.count);

    float *U = checked_alloc(data.users * d * 4), *V = checked_alloc(data.items * d * 4);
    float *BU = checked_alloc(data.users * 4), *BI = checked_alloc(data.items * 4);
    initialise(U, data.users, V, data.items, d, o.init_std, o.seed);
    memset(BU, 0, data.users * 4);
    memset(BI, 0, data.items * 4);

    job_t *jobs = calloc(o.threads, sizeof(job_t));
    for (int64_t epoch = 0; epoch < o.epochs; epoch++) {
        double start = now_seconds();
        for (int64_t t = 0; t < o.threads; t++) {
            int64_t begin, end;
            chunk_range(t, o.threads, data.count, &begin, &end);
            jobs[t] = (job_t){U, V, BU, BI, triples, data.count, data.users, data.items, d, begin, end, mean,
                              o.learning_rate, o.regularization,
                              rng_stream(o.seed, (uint64_t)(epoch * o.threads + t)), 0};
        }
        run_jobs(run_chunk, jobs, sizeof(job_t), o.threads);
        double seconds = now_seconds() - start;
        double squared_error = 0;
        for (int64_t t = 0; t < o.threads; t++) squared_error += jobs[t].squared_error;
        printf("epoch %lld samples %lld seconds %.6f loss %.6f\n", (long long)(epoch + 1),
               (long long)data.count, seconds, squared_error / (double)data.count);
    }
    uint64_t hash = fnv1a(FNV_OFFSET, U, data.users * d * 4);
    hash = fnv1a(hash, V, data.items * d * 4);
    hash = fnv1a(hash, BU, data.users * 4);
    hash = fnv1a(hash, BI, data.items * 4);
    printf("checksum %016llx\n", (unsigned long long)hash);
    return 0;
}
