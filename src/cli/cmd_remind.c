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
#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "roster.h"
#include "words.h"

enum { F_TEXT, F_JSON, F_ICS };
enum what { W_DUE, W_OPENS, W_APPLY };

struct item {
	kz_day date;
	enum what what;
	size_t seq;            /* roster order, then deadline order: a stable sort */
	size_t id, name;       /* offsets into the string arena */
	bool twin;             /* an apply-by whose deadline is listed again on its due date */
	struct kz_person p;
	struct kz_deadline d;
};

struct remind {
	kz_day from, to, overdue_from;
	struct item *items;
	size_t n, cap;
	char *arena;
	size_t alen, acap;
};

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
static kz_day listed_on(const struct remind *rm, const struct kz_deadline *d, enum what *w)
{
	if (d->due != KZ_NO_DAY && d->due >= rm->overdue_from && d->due <= rm->to) {
		*w = W_DUE;
		return d->due;
	}
	if (d->opens != KZ_NO_DAY && d->opens >= rm->from && d->opens <= rm->to) {
		*w = W_OPENS;
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

/* Keeps one item; 0 or EXIT_PARTIAL (out of memory, said). */
static int keep_item(struct remind *rm, const struct roster_row *row, size_t *id, size_t *name,
		     const struct kz_person *p, const struct kz_deadline *d, kz_day on,
		     enum what w)
{
	struct item *it;

	if (*id == (size_t)-1 &&
	    ((*id = keep_str(rm, row->col[RC_ID], row->len[RC_ID])) == (size_t)-1 ||
	     (*name = keep_str(rm, row->col[RC_NAME], row->len[RC_NAME])) == (size_t)-1))
		return fail(EXIT_PARTIAL, "remind", "out of memory");
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
			    .p = *p, .d = *d};
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
static int remind_row(void *ctx, const struct roster_row *row, const struct kz_person *p,
		      struct kz_deadline *dl, size_t n)
{
	struct remind *rm = ctx;
	size_t id = (size_t)-1, name = 0;

	for (size_t i = 0; i < n; i++) {
		enum what w = W_DUE;
		kz_day on;

		if (dl[i].status == KZ_STATUS_NOT_REQUIRED)
			continue;
		bool apply = apply_listed(rm, &dl[i]);

		if (apply && keep_item(rm, row, &id, &name, p, &dl[i], dl[i].apply_by, W_APPLY))
			return EXIT_PARTIAL;
		if ((on = listed_on(rm, &dl[i], &w)) != KZ_NO_DAY) {
			if (apply)
				rm->items[rm->n - 1].twin = true;
			if (keep_item(rm, row, &id, &name, p, &dl[i], on, w))
				return EXIT_PARTIAL;
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

/* Who must act, as the office reads it. */
static const char *who(enum kz_responsible r)
{
	return r == KZ_RESP_RECEIVING_PARTY ? "host"
	       : r == KZ_RESP_IMMIGRANT     ? "the person"
					    : "the office";
}

/* The date, bold on a terminal, and "(today)" (yellow), "(tomorrow)", "(in 3 days)",
 * "(2 days ago)". */
static void print_heading(kz_day day, kz_day today)
{
	char b[20];
	int k = day - today;

	printf("%s%s%s", sgr(ST_BOLD), fmt_day_long(day, b), sgr(ST_RESET));
	if (k == 0)
		printf(" %s(today)%s\n", sgr(ST_YELLOW), sgr(ST_RESET));
	else if (k == 1)
		printf(" (tomorrow)\n");
	else if (k == -1)
		printf(" (yesterday)\n");
	else if (k > 0)
		printf(" (in %d days)\n", k);
	else
		printf(" (%d days ago)\n", -k);
}

/* One line: name (id), what to do, dates that matter, who, and the fine. */
static void print_item(const struct remind *rm, const struct item *it)
{
	const struct kz_deadline *d = &it->d;
	const char *name = rm->arena + it->name, *id = rm->arena + it->id;
	char b[20], m[16], k[32];

	printf("  ");
	if (name[0])
		printf("%s (%s): ", name, id);
	else
		printf("%s: ", id);
	if (it->what == W_OPENS)
		printf("window opens: ");
	else if (it->what == W_APPLY && it->date < rm->from)
		printf("%sOVERDUE: apply at once (the apply-by day has passed):%s ",
		       sgr(ST_BOLD_RED), sgr(ST_RESET));
	else if (it->what == W_APPLY)
		printf("apply by this day: ");
	else if (d->status == KZ_STATUS_OVERDUE)
		printf("%sOVERDUE:%s ", sgr(ST_BOLD_RED), sgr(ST_RESET));
	else if (d->status == KZ_STATUS_PROBLEM)
		printf("%sPROBLEM:%s ", sgr(ST_RED), sgr(ST_RESET));
	printf("%s", deadline_title(d));
	if (it->what != W_DUE && d->due != KZ_NO_DAY)
		printf(", due %s", fmt_day_long(d->due, b));
	if (it->what == W_DUE && d->opens != KZ_NO_DAY)
		printf(", window opens %s", fmt_day_long(d->opens, b));
	if (it->what != W_APPLY && d->apply_by != KZ_NO_DAY)
		printf(", apply by %s%s", fmt_day_long(d->apply_by, b),
		       d->apply_by < rm->from && d->status != KZ_STATUS_OVERDUE ? " (passed)" : "");
	printf("; who: %s", who(d->responsible));
	if (d->has_fine && d->fine.warning)
		printf("; if missed: a warning (%s%s%s)", d->fine.article,
		       d->fine.has_host ? ", host: " : "",
		       d->fine.has_host ? kz_host_name(d->fine.host) : "");
	else if (d->has_fine)
		printf("; if missed: %s MCI = %s KZT (%s%s%s)", fmt_mci(d->fine.mci10, m),
		       fmt_kzt(d->fine.kzt10, k), d->fine.article,
		       d->fine.has_host ? ", host: " : "",
		       d->fine.has_host ? kz_host_name(d->fine.host) : "");
	if (d->provisional)
		printf(" [provisional: %s]", provisional_why(d));
	if (d->status == KZ_STATUS_PROBLEM && d->reason[0])
		printf(" (%s)", d->reason);
	printf("\n");
}

/* The e-mail body: a line naming the span, then each date as a heading. */
static void print_text(const struct remind *rm, const char *roster, kz_day today)
{
	char a[20], b[20];

	printf("Migration deadlines from %s to %s (%s):\n", fmt_day_long(rm->overdue_from, a),
	       fmt_day_long(rm->to, b), roster);
	for (size_t i = 0; i < rm->n; i++) {
		if (i == 0 || rm->items[i].date != rm->items[i - 1].date) {
			printf("\n");
			print_heading(rm->items[i].date, today);
		}
		print_item(rm, &rm->items[i]);
	}
	printf("\nNot legal advice: check with the migration service.\n");
}

static const char *const what_names[] = {"due", "opens", "apply-by"};

/* One JSON object per line: {"date","event","id","name","deadline":{...}}. */
static int print_json(const struct remind *rm)
{
	for (size_t i = 0; i < rm->n; i++) {
		const struct item *it = &rm->items[i];
		cJSON *o = cJSON_CreateObject();
		char d[11], *s;

		cJSON_AddStringToObject(o, "date", kz_day_format(it->date, d));
		cJSON_AddStringToObject(o, "event", what_names[it->what]);
		/* an apply-by, due date or window that has passed */
		cJSON_AddBoolToObject(o, "overdue", it->date < rm->from);
		cJSON_AddStringToObject(o, "id", rm->arena + it->id);
		if (rm->arena[it->name])
			cJSON_AddStringToObject(o, "name", rm->arena + it->name);
		else
			cJSON_AddNullToObject(o, "name");
		cJSON_AddStringToObject(o, "citizenship", it->p.citizenship);
		cJSON_AddItemToObject(o, "deadline", deadline_json(&it->d));
		s = cJSON_PrintUnformatted(o);
		cJSON_Delete(o);
		if (s == NULL)
			return fail(EXIT_PARTIAL, "remind", "out of memory");
		puts(s);
		free(s);
	}
	return 0;
}

/* Each listed deadline as an event; 0 or an exit code. */
static int print_ics(const struct remind *rm, const struct ics_opts *io)
{
	struct ics_cal *c = ics_begin();
	int rc;

	if (c == NULL)
		return EXIT_PARTIAL; /* ics_begin said why */
	for (size_t i = 0; i < rm->n; i++) {
		const struct item *it = &rm->items[i];
		const char *name = rm->arena + it->name;

		if (it->twin)
			continue; /* the event comes with its due date's item */
		if ((rc = ics_add(c, rm->arena + it->id, name[0] ? name : NULL, &it->p, &it->d, 1,
				  io)) != 0) {
			ics_free(c);
			return rc > 0 ? rc : EXIT_PARTIAL;
		}
	}
	if (ics_end(c, stdout) != 0)
		return fail(EXIT_PARTIAL, "stdout", "cannot write the calendar");
	return 0;
}

/* kzmig remind ROSTER.csv --within DAYS: exit 0 (also when silent), 1, 2 or 3. */
int cmd_remind(int argc, char **argv)
{
	enum { O_WITHIN = 1, O_OVERDUE, O_ONLY, O_TODAY, O_FORMAT, O_HOST, O_COUNT, O_POLICY,
	       O_ALARM, O_COLOR };
	static const struct option opts[] = {
		{"within", required_argument, 0, O_WITHIN},
		{"overdue", required_argument, 0, O_OVERDUE},
		{"only", required_argument, 0, O_ONLY},
		{"today", required_argument, 0, O_TODAY},
		{"format", required_argument, 0, O_FORMAT},
		{"host", required_argument, 0, O_HOST},
		{"count-from", required_argument, 0, O_COUNT},
		{"policy", required_argument, 0, O_POLICY},
		{"alarm", required_argument, 0, O_ALARM},
		{"color", required_argument, 0, O_COLOR},
		{0, 0, 0, 0}};
	static const char *const formats[] = {"text", "json", "ics", NULL};
	static const char *const counts[] = {"arrival", "next-day", NULL};
	static const char *const hosts[] = {"individual", "small", "medium", "large", NULL};
	struct roster_opts ro = {.today = KZ_NO_DAY, .host = KZ_HOST_SMALL};
	struct ics_opts io = {.alarms = {7, 1}, .nalarms = 2};
	struct remind rm = {0};
	const char *only_args[ONLY_MAX], *policy = NULL;
	size_t nonly = 0;
	const struct kz_data *data;
	struct roster *r;
	kz_error err = {0};
	long within = -1, overdue = 0;
	int c, v, format = F_TEXT, rc, rc2 = 0;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (c) {
		case O_WITHIN: if (opt_int("--within", optarg, 0, 3660, &within)) return EXIT_USAGE; break;
		case O_OVERDUE: if (opt_int("--overdue", optarg, 0, 3660, &overdue)) return EXIT_USAGE; break;
		case O_ONLY:
			if (nonly == ONLY_MAX)
				return fail(EXIT_USAGE, "--only", "given more than %d times", ONLY_MAX);
			only_args[nonly++] = optarg;
			break;
		case O_TODAY: if (opt_date("--today", optarg, &ro.today)) return EXIT_USAGE; break;
		case O_FORMAT: if (opt_format("--format", optarg, formats, &format)) return EXIT_USAGE; break;
		case O_HOST:
			if (opt_format("--host", optarg, hosts, &v))
				return EXIT_USAGE;
			ro.host = (enum kz_host)v;
			break;
		case O_COUNT:
			if (opt_format("--count-from", optarg, counts, &v))
				return EXIT_USAGE;
			ro.count_from = (enum kz_count_from)v;
			break;
		case O_POLICY: policy = optarg; break;
		case O_ALARM: if (opt_alarm("--alarm", optarg, &io)) return EXIT_USAGE; break;
		case O_COLOR: if (opt_color(optarg)) return EXIT_USAGE; break;
		default: return bad_option("remind", c, argv);
		}
	}
	if (optind == argc)
		return fail(EXIT_USAGE, "remind", "no roster (expected kzmig remind ROSTER.csv "
			    "--within DAYS)");
	if (optind + 1 < argc)
		return fail(EXIT_USAGE, "remind", "unexpected argument '%s'", argv[optind + 1]);
	if (within < 0)
		return fail(EXIT_USAGE, "remind", "--within is required (expected --within DAYS, "
			    "e.g. --within 7)");
	for (size_t i = 0; i < nonly; i++)
		if (only_add(&ro.only, only_args[i], policy != NULL))
			return EXIT_USAGE;
	if (ro.today == KZ_NO_DAY)
		ro.today = today_almaty();
	io.today = ro.today;
	rm.from = ro.today;
	rm.to = ro.today + (kz_day)within;
	rm.overdue_from = ro.today - (kz_day)overdue;
	if ((data = data_load(DATA_ALL)) == NULL)
		return EXIT_DATA;
	if (policy != NULL && (ro.policy = policy_load(policy)) == NULL)
		return EXIT_DATA;
	if ((r = roster_open(argv[optind], &err)) == NULL)
		return fail_err(&err);
	rc = roster_run(r, data, &ro, remind_row, &rm);
	if (rm.n > 0 && rc != EXIT_USAGE && rc != EXIT_DATA) {
		qsort(rm.items, rm.n, sizeof *rm.items, by_date);
		if (format == F_TEXT)
			print_text(&rm, roster_name(r), ro.today);
		else if (format == F_JSON)
			rc2 = print_json(&rm);
		else
			rc2 = print_ics(&rm, &io);
		if (rc2 == 0 && (fflush(stdout) != 0 || ferror(stdout)))
			rc2 = fail(EXIT_PARTIAL, "stdout", "write error");
	}
	roster_close(r);
	free(rm.items);
	free(rm.arena);
	return rc2 != 0 ? rc2 : rc;
}
