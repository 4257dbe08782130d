/* cmd_remind.c — kzmig remind ROSTER.csv --within DAYS [--overdue N]: what falls due soon
 * across a roster, grouped by date, ready to be the body of an e-mail.  It prints nothing
 * and exits 0 when there is nothing to list, so a crontab's MAILTO sends mail only when
 * there is something to do:
 *
 *     MAILTO=office@example.edu
 *     0 7 * * 1-5  kzmig remind /srv/roster.csv --within 7 --overdue 3
 *
 * A deadline is listed once: on its due date when that lies in [today - N, today + DAYS];
 * otherwise on the day its window opens (or a TRP's apply-by day) when that lies in
 * [today, today + DAYS].  Only the listed items are kept, never the roster. */
#include <getopt.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "roster.h"

#define REMIND_MAX 200000 /* reminders one run keeps */

/* A deadline is kept without its reason's buffer, which is mostly empty: the reason goes
 * into the string arena, and the deadline is put together again when it is written. */
#define REASON_AT offsetof(struct kz_deadline, reason)
#define REASON_END (REASON_AT + sizeof(((struct kz_deadline *)0)->reason))
#define KEPT_DEADLINE (sizeof(struct kz_deadline) - (REASON_END - REASON_AT))

struct item {
	kz_day date;
	enum item_what what;
	size_t seq;            /* roster order, then deadline order: a stable sort */
	size_t id, name;       /* offsets into the string arena */
	size_t reason;         /* the deadline's reason, in the arena */
	bool twin;             /* an apply-by whose deadline is listed again on its due date */
	struct kz_person p;
	unsigned char d[KEPT_DEADLINE]; /* the deadline but for its reason */
};

static void keep_deadline(struct item *it, const struct kz_deadline *d)
{
	memcpy(it->d, d, REASON_AT);
	memcpy(it->d + REASON_AT, (const char *)d + REASON_END, sizeof *d - REASON_END);
}



struct remind {
	kz_day from, to, overdue_from;
	struct item *items;
	size_t n, cap;
	char *arena;
	size_t alen, acap;
};

static void deadline_of(const struct remind *rm, const struct item *it, struct kz_deadline *d)
{
	memcpy(d, it->d, REASON_AT);
	memcpy((char *)d + REASON_END, it->d + REASON_AT, sizeof *d - REASON_END);
	snprintf(d->reason, sizeof d->reason, "%s", rm->arena + it->reason);
}

/* Copies s into the arena; returns its offset, or (size_t)-1 when out of memory. */
static size_t keep_str(struct remind *rm, const char *s, size_t n)
{
	size_t at = rm->alen;

	if (rm->acap - rm->alen < n + 1) {
		size_t cap = rm->acap ? rm->acap : 4096;
		char *na;

		while (cap - rm->alen < n + 1)
			cap *= 2;
		if ((na = realloc(rm->arena, cap)) == NULL)
			return (size_t)-1;
		rm->arena = na;
		rm->acap = cap;
	}
	memcpy(rm->arena + at, s, n);
	rm->arena[at + n] = '\0';
	rm->alen += n + 1;
	return at;
}

/* The date a deadline's due date or window is listed on, or KZ_NO_DAY. */
static kz_day listed_on(const struct remind *rm, const struct kz_deadline *d, enum item_what *w)
{
	if (d->due != KZ_NO_DAY && d->due >= rm->overdue_from && d->due <= rm->to) {
		*w = ITEM_DUE;
		return d->due;
	}
	if (d->opens != KZ_NO_DAY && d->opens >= rm->from && d->opens <= rm->to) {
		*w = ITEM_OPENS;
		return d->opens;
	}
	return KZ_NO_DAY;
}

/* Whether a deadline's apply-by day is listed (on that day): when it lies in the span,
 * and whenever it has passed while the deadline is not yet due — then it is overdue and
 * the office must apply at once, whatever --overdue says. */
static bool apply_listed(const struct remind *rm, const struct kz_deadline *d)
{
	if (d->apply_by == KZ_NO_DAY || d->apply_by == d->due)
		return false;
	return (d->apply_by >= rm->overdue_from && d->apply_by <= rm->to) ||
	       (d->apply_by < rm->from && d->due != KZ_NO_DAY && rm->from <= d->due);
}

/* Keeps one item; 0, EXIT_PARTIAL (out of memory) or EXIT_USAGE (more than REMIND_MAX),
 * said. */
static int keep_item(struct remind *rm, const struct kz_row *row, size_t *id, size_t *name,
		     const struct kz_person *p, const struct kz_deadline *d, kz_day on,
		     enum item_what w)
{
	struct item *it;
	size_t reason;

	if (*id == (size_t)-1 &&
	    ((*id = keep_str(rm, row->cell[KZ_FIELD_ID], row->len[KZ_FIELD_ID])) == (size_t)-1 ||
	     (*name = keep_str(rm, row->cell[KZ_FIELD_NAME], row->len[KZ_FIELD_NAME])) == (size_t)-1))
		return fail(EXIT_PARTIAL, "remind", "out of memory");
	if ((reason = keep_str(rm, d->reason, strlen(d->reason))) == (size_t)-1)
		return fail(EXIT_PARTIAL, "remind", "out of memory");
	/* A reminder keeps its person and deadline (about 0.7 KB) until all are sorted: the
	 * memory is bounded, and a span that would need more says so. */
	if (rm->n == REMIND_MAX)
		return fail(EXIT_USAGE, "remind", "more than %d reminders in the span (about "
			    "%zu MB; expected fewer: narrow --within or --overdue, or use kzmig "
			    "batch for a whole roster)", REMIND_MAX,
			    (size_t)REMIND_MAX * sizeof *it >> 20);
	if (rm->n == rm->cap) {
		size_t cap = rm->cap ? rm->cap * 2 : 64;
		struct item *ni = realloc(rm->items, cap * sizeof *ni);

		if (ni == NULL)
			return fail(EXIT_PARTIAL, "remind", "out of memory");
		rm->items = ni;
		rm->cap = cap;
	}
	it = &rm->items[rm->n];
	*it = (struct item){.date = on, .what = w, .seq = rm->n, .id = *id, .name = *name,
			    .reason = reason, .p = *p};
	keep_deadline(it, d);
	/* the row's lists and reasons are gone with the next row */
	it->p.trips = NULL;
	it->p.moves = NULL;
	it->p.ntrips = it->p.nmoves = 0;
	memset(it->p.unreadable, 0, sizeof it->p.unreadable);
	rm->n++;
	return 0;
}

/* roster_fn: keeps each of the person's deadlines that is listed (an apply-by apart from
 * its due date); 0 or EXIT_PARTIAL. */
static int remind_row(void *ctx, const struct kz_row *row, const struct kz_person *p,
		      struct kz_deadline *dl, size_t n)
{
	struct remind *rm = ctx;
	size_t id = (size_t)-1, name = 0;
	int rc;

	for (size_t i = 0; i < n; i++) {
		enum item_what w = ITEM_DUE;
		kz_day on;

		if (dl[i].status == KZ_STATUS_NOT_REQUIRED)
			continue;
		bool apply = apply_listed(rm, &dl[i]);

		if (apply && (rc = keep_item(rm, row, &id, &name, p, &dl[i], dl[i].apply_by,
					     ITEM_APPLY)) != 0)
			return rc;
		if ((on = listed_on(rm, &dl[i], &w)) != KZ_NO_DAY) {
			if (apply)
				rm->items[rm->n - 1].twin = true;
			if ((rc = keep_item(rm, row, &id, &name, p, &dl[i], on, w)) != 0)
				return rc;
		}
	}
	return 0;
}

/* qsort order: by date, then roster order (qsort is not stable by itself). */
static int by_date(const void *a, const void *b)
{
	const struct item *x = a, *y = b;

	if (x->date != y->date)
		return x->date < y->date ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The listed items, by date, in the chosen format: 0 or an exit code. */
static int write_items(struct remind *rm, const char *format, const struct out_doc *doc)
{
	struct out *o;
	int rc;

	qsort(rm->items, rm->n, sizeof *rm->items, by_date);
	if ((rc = out_begin(&o, format, NULL, doc)) != 0)
		return rc;
	for (size_t i = 0; i < rm->n && rc == 0; i++) {
		const struct item *it = &rm->items[i];
		struct kz_deadline d;

		deadline_of(rm, it, &d);
		rc = out_item(o, &(struct out_item){.date = it->date, .what = it->what,
						    .twin = it->twin, .id = rm->arena + it->id,
						    .name = rm->arena + it->name, .p = &it->p,
						    .d = &d});
	}
	return out_end(o, rc);
}

/* kzmig remind ROSTER.csv --within DAYS: exit 0 (also when silent), 1, 2 or 3. */
int cmd_remind(int argc, char **argv)
{
	enum { O_WITHIN = 1, O_OVERDUE, O_FORMAT, O_COLOR };
	static const struct option opts[] = {{"within", required_argument, 0, O_WITHIN},
					     {"overdue", required_argument, 0, O_OVERDUE},
					     {"format", required_argument, 0, O_FORMAT},
					     {"color", required_argument, 0, O_COLOR},
					     ROSTER_OPTIONS,
					     {0, 0, 0, 0}};
	static const char *const formats[] = {"text", "json", "ics", NULL};
	struct roster_opts ro = {.today = KZ_NO_DAY, .host = KZ_HOST_SMALL};
	struct out_doc doc = {.ics = {.alarms = {7, 1}, .nalarms = 2}};
	struct remind rm = {0};
	struct roster_args ra = {.nonly = 0};
	const struct kz_data *data;
	struct roster *r;
	kz_error err = {0};
	long within = -1, overdue = 0;
	int c, format = 0, rc, rc2 = 0;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		int bad = 0;

		switch (c) {
		case O_WITHIN: bad = opt_int("--within", optarg, 0, 3660, &within); break;
		case O_OVERDUE: bad = opt_int("--overdue", optarg, 0, 3660, &overdue); break;
		case O_FORMAT: bad = opt_format("--format", optarg, formats, &format); break;
		case O_COLOR: bad = opt_color(optarg); break;
		default:
			if ((bad = roster_option(c, optarg, &ro, &ra, &doc.ics)) < 0)
				return bad_option("remind", c, argv, opts);
		}
		if (bad)
			return EXIT_USAGE;
	}
	if (optind == argc)
		return fail(EXIT_USAGE, "remind", "no roster (expected kzmig remind ROSTER.csv "
			    "--within DAYS)");
	if (optind + 1 < argc)
		return fail(EXIT_USAGE, "remind", "unexpected argument '%s'", argv[optind + 1]);
	if (within < 0)
		return fail(EXIT_USAGE, "remind", "--within is required (expected --within DAYS, "
			    "e.g. --within 7)");
	if ((rc = roster_ready(&ro, &ra, &data)) != 0)
		return rc;
	doc.today = doc.ics.today = ro.today;
	rm.from = ro.today;
	rm.to = ro.today + (kz_day)within;
	rm.overdue_from = ro.today - (kz_day)overdue;
	if ((r = roster_open(argv[optind], &ro.cols, &err)) == NULL)
		return fail_err(&err);
	rc = roster_run(r, data, &ro, remind_row, &rm);
	doc = (struct out_doc){.data = data, .today = ro.today, .first = rm.overdue_from,
			       .last = rm.to, .roster = roster_name(r), .ics = doc.ics};
	if (rm.n > 0 && rc != EXIT_USAGE && rc != EXIT_DATA)
		rc2 = write_items(&rm, formats[format], &doc);
	roster_close(r);
	free(rm.items);
	free(rm.arena);
	return rc2 != 0 ? rc2 : rc;
}
