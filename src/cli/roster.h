/* roster.h — a roster (kzmig.1, Rosters) in the CLI (roster_cli.c): a path as the input of
 * the library's roster reader (kz_roster, kzmig.h), and the loop that turns each row into
 * a person and their deadlines, shared by `batch` and `remind`.
 *
 * Memory: the library's one input buffer; nothing is allocated per row, so the memory
 * used is the same for ten rows or ten million.  A row's strings point into that buffer
 * and live until the next row. */
#ifndef KZ_ROSTER_H
#define KZ_ROSTER_H

#include <stdbool.h>
#include <stdint.h>

#include "cli.h"

struct roster;

/* Opens path ("-" = stdin) and reads its header, with an office's own column titles in
 * cols (may be NULL).  NULL with err filled (KZ_EINVAL, where "FILE:LINE" or "FILE") for
 * an unreadable file, an empty one, no header, a missing required, a duplicate or a
 * misspelt column.  The caller frees with roster_close(). */
struct roster *roster_open(const char *path, const struct kz_roster_opts *cols,
			   kz_error *err);
/* The columns of r that no field takes, as "a, b, c", or NULL when there are none; the
 * caller frees. */
char *roster_unused(const struct roster *r);
/* A workbook (.xlsx) read as the CSV it would be saved as (xlsx_in.c): xlsx_read is a
 * kz_read_fn over it; xlsx_error says why reading stopped ("" if it did not). */
struct xlsx;
struct xlsx *xlsx_open(const char *path, kz_error *err);
size_t xlsx_read(void *arg, char *buf, size_t cap, int *error);
const char *xlsx_error(const struct xlsx *x);
void xlsx_close(struct xlsx *x);

/* --column FIELD=HEADER: an office's own title of a field, into cols.  Returns 0 or
 * EXIT_USAGE (the message printed). */
int opt_column(const char *arg, struct kz_roster_opts *cols);
const char *roster_name(const struct roster *r);
void roster_close(struct roster *r);

/* --only ID[,ID]... (given once or more): the deadline ids to keep. */
#define ONLY_MAX 32
struct only {
	size_t n;
	char ids[ONLY_MAX][48];
	uint32_t mask; /* the ids of kz_deadline_ids among them, for kz_deadlines_only() */
};
/* Adds the ids in arg: the law's, and the rules of `policy` (may be NULL); any other id
 * (a misspelt policy id among them) is a usage error naming the valid ones.  Returns 0
 * or EXIT_USAGE (the message printed). */
int only_add(struct only *o, const char *arg, const kz_policy *policy);
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
	struct kz_roster_opts cols; /* --column FIELD=HEADER, --encoding */
	/* Called (with the run's ctx) before a bad row is reported, so output buffered by
	 * the caller comes out first and the message stands where the row would; or NULL. */
	void (*before_error)(void *ctx);
};

/* The options batch and remind share, with getopt codes of their own (above any
 * command's), and what they leave for roster_ready(). */
enum { RO_ONLY = 0x100, RO_TODAY, RO_HOST, RO_COUNT, RO_POLICY, RO_ALARM, RO_COLUMN,
       RO_ENCODING };
#define ROSTER_OPTIONS                                                                      \
	{"only", required_argument, 0, RO_ONLY}, {"today", required_argument, 0, RO_TODAY},  \
	{"host", required_argument, 0, RO_HOST},                                            \
	{"count-from", required_argument, 0, RO_COUNT},                                     \
	{"policy", required_argument, 0, RO_POLICY},                                        \
	{"alarm", required_argument, 0, RO_ALARM}, {"column", required_argument, 0, RO_COLUMN}, \
	{"encoding", required_argument, 0, RO_ENCODING}
struct roster_args {
	const char *only[ONLY_MAX], *policy;
	size_t nonly;
};
/* One of the shared options (c its getopt code): 0, EXIT_USAGE (said), or -1 when c is
 * none of them. */
int roster_option(int c, const char *arg, struct roster_opts *ro, struct roster_args *a,
		  struct ics_opts *ics);
/* After the options: today (Asia/Almaty) when --today was not given, the data, the
 * policy, then --only (whose ids may be the policy's).  0, or the exit code (said). */
int roster_ready(struct roster_opts *ro, const struct roster_args *a,
		 const struct kz_data **data);

/* Called with each good row, its person and the (filtered) deadlines.  Returns 0, or an
 * exit code to stop the run with (after printing why). */
typedef int (*roster_fn)(void *ctx, const struct kz_row *row, const struct kz_person *p,
			 struct kz_deadline *dl, size_t n);

/* Reads every row of r, prints each bad row on stderr and goes on.  Returns EXIT_OK,
 * EXIT_PARTIAL when some rows failed, or the code fn stopped with (or EXIT_USAGE when the
 * file could not be read on). */
int roster_run(struct roster *r, const struct kz_data *data, const struct roster_opts *o,
	       roster_fn fn, void *ctx);

#endif
