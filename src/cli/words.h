/* words.h — titles and filing places of deadlines, by id, and why a day is not worked. */
#ifndef KZ_WORDS_H
#define KZ_WORDS_H

#include <stddef.h>

#include "kzmig.h"

struct words {
	const char *id;
	const char *title;
	const char *title_move; /* after a move, or NULL: the same title */
	const char *where;
};
const struct words *words_of(const char *id);

/* What --explain says about one day of a working-day count. */
enum explain_kind {
	EXPLAIN_NONE,    /* an ordinary working day: nothing to say */
	EXPLAIN_SKIPPED, /* not a working day: the count passes over it */
	EXPLAIN_COUNTED, /* a Saturday or Sunday, or a day off, worked by decree: counted */
};
/* Classifies `day` and writes the reason ("Saturday", "public holiday: Nauryz meiramy",
 * "day off moved from ...") into buf.  EXPLAIN_NONE (and "") outside the calendar. */
enum explain_kind explain_day(const kz_calendar *cal, kz_day day, char *buf, size_t size);

/* Calls fn for each day in [from, to] that is skipped or counted by decree; returns how
 * many days it reported. */
typedef void explain_fn(void *ctx, kz_day day, enum explain_kind kind, const char *reason);
int explain_span(const kz_calendar *cal, kz_day from, kz_day to, explain_fn *fn, void *ctx);

#endif
