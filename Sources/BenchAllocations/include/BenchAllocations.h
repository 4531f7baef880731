#ifndef TEI_EDITION_BENCH_ALLOCATIONS_H
#define TEI_EDITION_BENCH_ALLOCATIONS_H
#include <stdint.h>

/// Heap allocations (malloc, calloc, realloc, aligned allocations) made by the process so far.
/// Only the benchmark links this target: it replaces the allocator entry points to count calls.
uint64_t bench_allocation_count(void);

#endif
