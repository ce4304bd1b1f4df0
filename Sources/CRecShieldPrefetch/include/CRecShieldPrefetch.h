#ifndef CRECSHIELD_PREFETCH_H
#define CRECSHIELD_PREFETCH_H

/// Asks the CPU to bring the cache line holding `address` into the cache for writing, without
/// waiting for it: the one instruction Swift has no spelling for. Changes no value.
static inline void recshield_prefetch_for_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}

/// The same for data that will only be read (shared between threads without invalidating the
/// other cores' copies).
static inline void recshield_prefetch_for_read(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
