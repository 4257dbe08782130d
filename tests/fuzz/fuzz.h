/* fuzz.h — what the libFuzzer harnesses share.  Each harness defines
 * LLVMFuzzerTestOneInput; clang's -fsanitize=fuzzer supplies main() for `make fuzz`,
 * replay.c supplies it for `make check` (gcc, every corpus file once). */
#ifndef KZ_FUZZ_H
#define KZ_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kzmig.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken invariant is a crash: the fuzzer keeps the input, the replay fails. */
#define FUZZ_ASSERT(cond)                                                                  \
	do {                                                                               \
		if (!(cond)) {                                                             \
			fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__,         \
				__LINE__, #cond);                                          \
			abort();                                                           \
		}                                                                          \
	} while (0)

/* A failure must say what and where in NUL-terminated fields, with a real code. */
static inline void fuzz_check_error(const kz_error *e)
{
	FUZZ_ASSERT(e->code != KZ_OK);
	FUZZ_ASSERT(memchr(e->where, '\0', sizeof e->where) != NULL);
	FUZZ_ASSERT(memchr(e->msg, '\0', sizeof e->msg) != NULL);
	FUZZ_ASSERT(e->msg[0] != '\0');
}

/* The input as a NUL-terminated copy (the loaders take a length, the CLI a C string). */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL)
		abort();
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

#endif
