/* roster.h — ROSTER.csv (design.md §3): a streaming RFC 4180 reader, and the loop that
 * turns each row into a person and their deadlines, shared by `batch` and `remind`.
 *
 * Memory: roster_open() allocates one input buffer; nothing is allocated per row, so the
 * memory used is the same for ten rows or ten million.  A row's strings point into that
 * buffer and live until the next roster_next(). */
#ifndef KZ_ROSTER_H
#define KZ_ROSTER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cli.h"
#include "facts.h"

/* The columns kzmig knows; the first three are required. */
enum roster_col {
	RC_ID,
	RC_CITIZENSHIP,
	RC_ARRIVAL,
	RC_NAME,
	RC_BIRTH,
	RC_VISA_EXPIRY,
	RC_PASSPORT_EXPIRY,
	RC_EMAIL,
	RC_HOST,
	RC_TRP_EXPIRY,
	RC_ENTRY,
	RC_COUNT_FROM,
	RC_TRIPS,
	RC_MOVES,
	RC_NCOLS
};

#define ROSTER_RECORD_MAX 65536 /* bytes in one record; a longer one is a row error */
#define ROSTER_FIELDS_MAX 256   /* columns in the header */

struct roster_row {
	long line;                  /* the physical line where the record starts */
	const char *col[RC_NCOLS];  /* NUL-terminated; "" for an empty cell or absent column */
	size_t len[RC_NCOLS];
	bool plain; /* no cell holds a comma, quote, CR or LF: none needs CSV quoting */
};

struct roster;

/* Opens path ("-" = stdin) and reads its header.  NULL with err filled (KZ_EINVAL, where
 * "FILE:LINE" or "FILE") for an unreadable file, an empty one, no header, a missing
 * required or a duplicate column.  The caller frees with roster_close(). */
struct roster *roster_open(const char *path, kz_error *err);
/* The same over an open stream (not closed by roster_close); name is used in messages. */
struct roster *roster_open_file(FILE *f, const char *name, kz_error *err);
/* The next row: 1 and *row filled; 0 at the end; -1 for a bad row (err says which line
 * and why; call again for the rows after it); -2 when the file cannot be read on. */
int roster_next(struct roster *r, struct roster_row *row, kz_error *err);
bool roster_has(const struct roster *r, enum roster_col c);
const char *roster_name(const struct roster *r);
void roster_close(struct roster *r);

/* --only ID[,ID]... (given once or more): the deadline ids to keep. */
#define ONLY_MAX 32
struct only {
	size_t n;
	char ids[ONLY_MAX][48];
	uint32_t mask; /* the ids of kz_deadline_ids among them, for kz_deadlines_only() */
};
/* Adds the ids in arg; an unknown id is a usage error naming the valid ones.  Ids of an
 * institution's policy ("policy-...") are accepted when allow_policy is set.  Returns 0
 * or EXIT_USAGE (the message printed). */
int only_add(struct only *o, const char *arg, bool allow_policy);
/* Keeps the deadlines whose id is in o (all of them when o->n == 0); returns how many. */
size_t only_filter(const struct only *o, struct kz_deadline *dl, size_t n);

/* The settings a roster run shares between its rows; a row's own host cell overrides
 * `host`. */
struct roster_opts {
	kz_day today;
	enum kz_host host;
	enum kz_count_from count_from;
	const kz_policy *policy; /* NULL: no --policy */
	struct only only;
	/* Called (with the run's ctx) before a bad row is reported, so output buffered by
	 * the caller comes out first and the message stands where the row would; or NULL. */
	void (*before_error)(void *ctx);
};

/* Called with each good row, its person and the (filtered) deadlines.  Returns 0, or an
 * exit code to stop the run with (after printing why). */
typedef int (*roster_fn)(void *ctx, const struct roster_row *row, const struct kz_person *p,
			 struct kz_deadline *dl, size_t n);

/* Turns a row into a person: every column due takes (design.md s. 7).  -1 with err
 * (where = "FILE:LINE") when a cell every deadline needs is bad (id, citizenship,
 * arrival); any other bad cell is left in p->unreadable with why, for the library to
 * cost only the deadlines that need it.  The person's lists and reasons live in r until
 * the next row.  r caches which citizenship codes the data knows. */
int roster_person(struct roster *r, const struct roster_row *row,
		  const struct kz_data *data, const struct roster_opts *o, struct kz_person *p,
		  kz_error *err);

/* Reads every row of r, prints each bad row on stderr and goes on.  Returns EXIT_OK,
 * EXIT_PARTIAL when some rows failed, or the code fn stopped with (or EXIT_USAGE when the
 * file could not be read on). */
int roster_run(struct roster *r, const struct kz_data *data, const struct roster_opts *o,
	       roster_fn fn, void *ctx);

#endif
