/* facts.h — a person's facts from text (facts.c): due's options and a roster's cells. */
#ifndef KZ_FACTS_H
#define KZ_FACTS_H

#include <stddef.h>

#include "kzmig.h"

#define FACT_WHY 160 /* room for why a text is not the fact */
#define FACT_LIST_MAX 64 /* trips or moves of one person */

/* The words of each category, in the order of its enum. */
extern const char *const host_values[];       /* enum kz_host */
extern const char *const count_from_values[]; /* enum kz_count_from */
extern const char *const entry_values[];      /* "visa-free", "visa" */

/* Each returns 0, or -1 with why the text is not the fact (what was expected). */
int fact_date(const char *s, size_t n, kz_day *out, char why[FACT_WHY]);
int fact_trip(const char *s, size_t n, struct kz_trip *t, char why[FACT_WHY]); /* FROM:TO */
/* Lists: items separated by spaces, commas or semicolons; at most cap. */
int fact_trips(const char *s, struct kz_trip *out, size_t cap, size_t *n, char why[FACT_WHY]);
int fact_moves(const char *s, kz_day *out, size_t cap, size_t *n, char why[FACT_WHY]);
/* One of values (NULL-terminated): *out its index. */
int fact_word(const char *s, const char *const *values, int *out, char why[FACT_WHY]);

#endif
