/* words.h — titles and filing places of deadlines, by id, and why a day is not worked. */
#ifndef KZ_WORDS_H
#define KZ_WORDS_H

#include <stddef.h>

#include "kzmig.h"

struct words {
	enum kz_deadline_kind kind;
	int stay;  /* enum kz_stay it is for, or -1: any */
	bool move; /* the wording after a move */
	const char *key; /* the rule's own where (kz_deadline.where) it is for, or NULL: any */
	const char *title;
	const char *where;
};
struct kz_deadline;
const struct words *words_of(const struct kz_deadline *d);
/* What the stay rests on, as a basis line says it: "visa-free", "visa", "TRP". */
const char *stay_words(enum kz_stay s);
/* The host's category in words: "small host". */
const char *host_cat_words(enum kz_host h);


/* What a deadline is called and where it is done, for every output (due, batch, remind,
 * .ics): the legal ones from the table, an institution's from its --policy file. */
const char *deadline_title(const struct kz_deadline *d);
const char *deadline_where(const struct kz_deadline *d); /* "" when there is nothing to say */
/* Why a provisional deadline is so: the law of its day not settled, else the calendar. */
const char *provisional_why(const struct kz_deadline *d);
/* What missing a deadline costs, the one sentence every output gives after "If missed: "
 * (and after "Again within a year: " for a repeat): "10 MCI = 39,320 KZT (CAO 518 part 1,
 * small host)", "a warning (CAO 518 part 1, individual host)", "25 MCI = 98,300 KZT (CAO
 * 517 part 4) or administrative expulsion".  Into buf; returns buf. */
#define PENALTY_WORDS 512
char *penalty_words(const struct kz_penalty *f, char buf[PENALTY_WORDS]);
/* Only the cost: "10 MCI = 39,320 KZT", "a warning", or what is imposed instead of money
 * ("no fine" when nothing is named).  Into buf (64 bytes); returns buf. */
char *penalty_cost(const struct kz_penalty *f, char buf[64]);
/* The words of a place key of the data's terms ("vmp-egov", ...), or NULL. */
const char *place_words(const char *key);

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
