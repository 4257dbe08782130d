/* cmd_due.c — kzmig due: every deadline for one person, as text, JSON or iCalendar. */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "words.h"

#define MAX_LIST 64
/* A deadline for the arrival, two per move, and the stay, visa and passport ones, with
 * room for an institution's policy. */
#define MAX_DEADLINES (2 * MAX_LIST + KZ_DEADLINES_MAX)

static cJSON *date_or_null(kz_day d)
{
	char b[11];

	return d == KZ_NO_DAY ? cJSON_CreateNull() : cJSON_CreateString(kz_day_format(d, b));
}

static cJSON *money(const struct kz_penalty *p, cJSON *o)
{
	if (p->warning || p->mci10 == 0) {
		cJSON_AddNullToObject(o, "mci");
		cJSON_AddNullToObject(o, "kzt");
	} else {
		cJSON_AddNumberToObject(o, "mci", p->mci10 / 10.0);
		cJSON_AddNumberToObject(o, "kzt", (double)p->kzt10 / 10.0);
	}
	return o;
}

/* The fine object of design.md §4; shared with `kzmig fine`. */
cJSON *penalty_json(const struct kz_penalty *p, const struct kz_penalty *repeat)
{
	cJSON *o = cJSON_CreateObject();
	char d[11];

	cJSON_AddStringToObject(o, "article", p->article);
	cJSON_AddStringToObject(o, "on", kz_day_format(p->on, d));
	if (p->has_host)
		cJSON_AddStringToObject(o, "host", kz_host_name(p->host));
	else
		cJSON_AddNullToObject(o, "host");
	money(p, o);
	cJSON_AddNumberToObject(o, "mci_value", p->mci_value);
	/* the text of the law that day, or the MCI of that year, is not settled: why says */
	cJSON_AddBoolToObject(o, "provisional", p->provisional);
	if (p->why)
		cJSON_AddStringToObject(o, "reason", p->why);
	else
		cJSON_AddNullToObject(o, "reason");
	cJSON_AddBoolToObject(o, "warning", p->warning);
	if (p->alternative)
		cJSON_AddStringToObject(o, "alternative", p->alternative);
	else
		cJSON_AddNullToObject(o, "alternative");
	if (repeat != NULL) {
		cJSON *r = cJSON_AddObjectToObject(o, "repeat");

		cJSON_AddStringToObject(r, "article", repeat->article);
		money(repeat, r);
	}
	return o;
}

/* A deadline's title: the "after a move" wording for one that counts from a change of
 * address; an institution's own deadline (an id words.c does not know) by its basis,
 * as the iCalendar output names it. */
cJSON *deadline_json(const struct kz_deadline *d)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "id", d->id);
	cJSON_AddStringToObject(o, "title", deadline_title(d));
	cJSON_AddStringToObject(o, "responsible", kz_responsible_name(d->responsible));
	cJSON_AddItemToObject(o, "event", date_or_null(d->event));
	cJSON_AddItemToObject(o, "opens", date_or_null(d->opens));
	cJSON_AddItemToObject(o, "due", date_or_null(d->due));
	cJSON_AddItemToObject(o, "apply_by", date_or_null(d->apply_by));
	if (d->due == KZ_NO_DAY)
		cJSON_AddNullToObject(o, "days_left");
	else
		cJSON_AddNumberToObject(o, "days_left", d->days_left);
	cJSON_AddStringToObject(o, "status", kz_status_name(d->status));
	cJSON_AddStringToObject(o, "stay", kz_stay_name(d->stay));
	cJSON_AddBoolToObject(o, "provisional", d->provisional);
	cJSON_AddStringToObject(o, "basis", d->basis ? d->basis : "");
	if (deadline_where(d)[0])
		cJSON_AddStringToObject(o, "where", deadline_where(d));
	else
		cJSON_AddNullToObject(o, "where");
	if (d->reason[0])
		cJSON_AddStringToObject(o, "reason", d->reason);
	else
		cJSON_AddNullToObject(o, "reason");
	if (d->has_fine)
		cJSON_AddItemToObject(o, "fine", penalty_json(&d->fine, &d->repeat));
	else
		cJSON_AddNullToObject(o, "fine");
	return o;
}

cJSON *person_json(const struct kz_person *p, const struct kz_deadline *dl, size_t n)
{
	cJSON *root = cJSON_CreateObject(), *arr;

	cJSON_AddStringToObject(root, "citizenship", p->citizenship);
	cJSON_AddItemToObject(root, "arrival", date_or_null(p->arrival));
	cJSON_AddItemToObject(root, "today", date_or_null(p->today));
	arr = cJSON_AddArrayToObject(root, "deadlines");
	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(arr, deadline_json(&dl[i]));
	return root;
}


/* --explain in JSON: [{"date","reason"}] for each day the working-day count skipped. */
static void explain_json_day(void *ctx, kz_day day, enum explain_kind kind, const char *why)
{
	cJSON *e;
	char b[11];

	if (kind != EXPLAIN_SKIPPED)
		return;
	e = cJSON_CreateObject();
	cJSON_AddStringToObject(e, "date", kz_day_format(day, b));
	cJSON_AddStringToObject(e, "reason", why);
	cJSON_AddItemToArray(ctx, e);
}

static int print_json(const struct kz_data *data, const struct kz_person *p,
		      const struct kz_deadline *dl, size_t n, bool explain)
{
	cJSON *root = person_json(p, dl, n), *arr, *item;
	char *s;
	size_t i = 0;
	int rc = EXIT_OK;

	arr = cJSON_GetObjectItemCaseSensitive(root, "deadlines");
	cJSON_ArrayForEach(item, arr) {
		const struct kz_deadline *d = &dl[i++];

		if (!explain)
			break;
		if (d->count_from == KZ_NO_DAY || d->count_to == KZ_NO_DAY) {
			cJSON_AddNullToObject(item, "explain");
		} else {
			cJSON *ex = cJSON_AddArrayToObject(item, "explain");

			explain_span(data->cal, d->count_from, d->count_to, explain_json_day, ex);
		}
	}
	s = cJSON_Print(root);
	if (s == NULL || puts(s) == EOF || fflush(stdout) == EOF)
		rc = fail(EXIT_PARTIAL, "output", "could not write the JSON (expected a writable "
			  "stdout)");
	free(s);
	cJSON_Delete(root);
	return rc;
}

static const char *who(enum kz_responsible r)
{
	return r == KZ_RESP_RECEIVING_PARTY ? "host" : r == KZ_RESP_IMMIGRANT ? "you" : "office";
}

/* The layout (design.md §3): DUE (16 columns and a mark for a provisional date), LEFT (6),
 * WHAT (48: the longest title, "Notify the migration service of the new address", is 47)
 * and WHO; the lines under a deadline start under WHAT and wrap at WRAP_WIDTH with a
 * hanging indent after their label. */
#define SUB 27    /* 2 + 16 + 1 + 6 + 2: where WHAT starts */
#define WHAT_W 48

/* "" or the reset sequence after a style that was turned on. */
static const char *off(const char *on)
{
	return on[0] ? sgr(ST_RESET) : "";
}

/* How a deadline's row stands out on a terminal: overdue and problem red, due today and
 * an open window yellow, not required dim (design.md §3); "" for the others. */
static const char *row_style(enum kz_status s)
{
	switch (s) {
	case KZ_STATUS_OVERDUE:
	case KZ_STATUS_PROBLEM: return sgr(ST_RED);
	case KZ_STATUS_DUE_TODAY:
	case KZ_STATUS_OPEN: return sgr(ST_YELLOW);
	case KZ_STATUS_NOT_REQUIRED: return sgr(ST_DIM);
	default: return "";
	}
}

/* The due date is bold, in the row's colour (a dim row stays dim). */
static const char *date_style(enum kz_status s)
{
	switch (s) {
	case KZ_STATUS_OVERDUE:
	case KZ_STATUS_PROBLEM: return sgr(ST_BOLD_RED);
	case KZ_STATUS_DUE_TODAY:
	case KZ_STATUS_OPEN: return sgr(ST_BOLD_YELLOW);
	case KZ_STATUS_NOT_REQUIRED: return sgr(ST_DIM);
	default: return sgr(ST_BOLD);
	}
}

static void print_fine_line(const struct kz_penalty *f, const struct kz_penalty *repeat)
{
	static const int hang = sizeof "If missed: " - 1, again = sizeof "Again within a year: " - 1;
	char m[16], k[32];

	if (f->warning && f->has_host)
		print_wrapped(stdout, SUB, hang, "", "If missed: a warning (%s, %s host)", f->article,
			      kz_host_name(f->host));
	else if (f->warning)
		print_wrapped(stdout, SUB, hang, "", "If missed: a warning (%s, up to 3 days late; "
			      "more days cost more)", f->article);
	else if (f->has_host)
		print_wrapped(stdout, SUB, hang, "", "If missed: %s MCI = %s KZT (%s, %s host)",
			      fmt_mci(f->mci10, m), fmt_kzt(f->kzt10, k), f->article,
			      kz_host_name(f->host));
	else
		print_wrapped(stdout, SUB, hang, "", "If missed: %s MCI = %s KZT (%s)%s%s",
			      fmt_mci(f->mci10, m), fmt_kzt(f->kzt10, k), f->article,
			      f->alternative ? " or " : "", f->alternative ? f->alternative : "");
	/* A warning says little of what a repeat costs: name it. */
	if (f->warning && !f->has_host && repeat != NULL && repeat->article && !repeat->warning &&
	    repeat->mci10 > 0)
		print_wrapped(stdout, SUB, again, "", "Again within a year: %s MCI = %s KZT (%s)%s%s",
			      fmt_mci(repeat->mci10, m), fmt_kzt(repeat->kzt10, k), repeat->article,
			      repeat->alternative ? " or " : "",
			      repeat->alternative ? repeat->alternative : "");
	if (f->provisional)
		print_wrapped(stdout, SUB + hang, 0, "", "provisional: %s", f->why);
}

/* --explain in text: one line per day the count passed over (and per weekend day worked
 * by decree, which the count includes); a long reason hangs under itself. */
static void explain_text_day(void *ctx, kz_day day, enum explain_kind kind, const char *why)
{
	char a[20];

	(void)ctx;
	print_wrapped(stdout, SUB + 2, 17 + 9, "", "%-16s %s %s", fmt_day_long(day, a),
		      kind == EXPLAIN_SKIPPED ? "skipped:" : "counted:", why);
}

static void print_explain(const struct kz_data *data, const struct kz_deadline *d)
{
	char a[20], b[20];

	if (d->count_from == KZ_NO_DAY || d->count_to == KZ_NO_DAY ||
	    !kz_calendar_covers(data->cal, d->count_from))
		return;
	print_wrapped(stdout, SUB, 0, "", "Counted in working days from %s to %s:",
		      fmt_day_long(d->count_from, a), fmt_day_long(d->count_to, b));
	if (explain_span(data->cal, d->count_from, d->count_to, explain_text_day, NULL) == 0)
		printf("%*sno day skipped: every day is a working day\n", SUB + 2, "");
}

/* The row of one deadline: DUE, LEFT, WHAT (wrapped inside its column if it is an
 * institution's long title) and WHO. */
static void print_row(const struct kz_deadline *d)
{
	const char *row = row_style(d->status), *date = date_style(d->status);
	const char *title = deadline_title(d), *rest;
	char a[20], due[24], left[24];
	size_t len;

	if (d->due == KZ_NO_DAY)
		snprintf(left, sizeof left, "-");
	else if (d->days_left == 0)
		snprintf(left, sizeof left, "today");
	else /* negative when overdue: "OVERDUE since" follows on the next line */
		snprintf(left, sizeof left, "%d d", d->days_left);
	/* the mark of a provisional date right after it: "Fri 12 Mar 2027*" */
	snprintf(due, sizeof due, "%s", d->due == KZ_NO_DAY ? "-" : fmt_day_long(d->due, a));
	len = wrap_line(title, WHAT_W, &rest);
	printf("  %s%s%s%s%s%s%*s%s%6s%s  %s%.*s%s%*s %s\n", date, due, off(date),
	       d->provisional ? sgr(ST_YELLOW) : "", d->provisional ? "*" : "",
	       d->provisional ? off(sgr(ST_YELLOW)) : "",
	       17 - (int)strlen(due) - (int)d->provisional, "", row, left, off(row), row,
	       (int)len, title, off(row),
	       WHAT_W - text_width(title, len) > 0 ? WHAT_W - text_width(title, len) : 0, "",
	       who(d->responsible));
	while (*rest) {
		const char *line = rest;

		len = wrap_line(line, WHAT_W, &rest);
		printf("%*s%s%.*s%s\n", SUB, "", row, (int)len, line, off(row));
	}
}

static void print_text(const struct kz_data *data, const struct kz_person *p,
		       const struct kz_deadline *dl, size_t n, bool explain)
{
	char a[20], t[20];
	bool any_provisional = false;
	const char *country = data->regimes ? kz_country_name(data->regimes, p->citizenship) : NULL;

	printf("%sDeadlines for a citizen of %s (%s) who arrived on %s%s\n", sgr(ST_BOLD),
	       country ? country : p->citizenship, p->citizenship, fmt_day_long(p->arrival, a),
	       sgr(ST_RESET));
	printf("Today: %s (Asia/Almaty). Calendar data as of %s.\n\n", fmt_day_long(p->today, t),
	       kz_calendar_as_of(data->cal));
	printf("  %-16s %6s  %-*s %s\n", "DUE", "LEFT", WHAT_W, "WHAT", "WHO");
	for (size_t i = 0; i < n; i++) {
		const struct kz_deadline *d = &dl[i];
		const char *where = deadline_where(d);

		print_row(d);
		/* the footnote is the calendar's: a law not settled says so on its line */
		any_provisional |= d->provisional && d->due != KZ_NO_DAY &&
				   kz_span_provisional(data->cal, d->event, d->due);
		if (d->status == KZ_STATUS_OVERDUE)
			print_wrapped(stdout, SUB, 0, sgr(ST_BOLD_RED), "OVERDUE since %s",
				      fmt_day_long(d->due + 1, a));
		if (d->status == KZ_STATUS_NOT_REQUIRED)
			print_wrapped(stdout, SUB, 14, sgr(ST_DIM), "Not required: %s", d->reason);
		if (d->status == KZ_STATUS_PROBLEM)
			print_wrapped(stdout, SUB, 9, sgr(ST_RED), "PROBLEM: %s", d->reason);
		if (d->unsettled && d->status != KZ_STATUS_NOT_REQUIRED)
			print_wrapped(stdout, SUB, 13, sgr(ST_YELLOW), "Provisional: %s",
				      d->unsettled);
		if (d->move)
			print_wrapped(stdout, SUB, 0, "", "After the move on %s",
				      fmt_day_long(d->event, a));
		if (d->opens != KZ_NO_DAY)
			print_wrapped(stdout, SUB, 0, d->status == KZ_STATUS_OPEN ? sgr(ST_YELLOW) : "",
				      "Window opens %s%s", fmt_day_long(d->opens, a),
				      d->status == KZ_STATUS_OPEN ? " (open now)" : "");
		if (d->apply_by != KZ_NO_DAY)
			print_wrapped(stdout, SUB, 0, "", "Apply by %s", fmt_day_long(d->apply_by, a));
		if (where[0])
			print_wrapped(stdout, SUB, 7, "", "Where: %s", where);
		print_wrapped(stdout, SUB, 7, "",
			      "Basis (%s): %s", stay_words(d->stay), d->basis ? d->basis : "");
		if (d->has_fine)
			print_fine_line(&d->fine, &d->repeat);
		if (explain)
			print_explain(data, d);
	}
	if (any_provisional) {
		printf("\n");
		print_wrapped(stdout, 0, 2, "", "%s*%s provisional: the counting runs into a year "
			      "with no decree on days off yet (data covers %d-%d); check again when "
			      "it is published.", sgr(ST_YELLOW), sgr(ST_RESET),
			      kz_calendar_confirmed_from(data->cal),
			      kz_calendar_confirmed_through(data->cal));
	}
	printf("\nNot legal advice: check with the migration service.\n");
}

static int print_ics(const struct kz_person *p, const struct kz_deadline *dl, size_t n,
		     const struct ics_opts *o)
{
	struct ics_cal *c = ics_begin();
	int rc;

	if (c == NULL)
		return EXIT_PARTIAL; /* ics_begin said why */
	rc = ics_add(c, "", NULL, p, dl, n, o);
	/* ics_end frees the calendar whatever happened; after a failed add it writes nothing. */
	if (ics_end(c, stdout) != 0 || rc != 0)
		return rc > 0 ? rc : fail(EXIT_PARTIAL, "output", "could not write the iCalendar "
					  "output (expected a writable stdout)");
	return EXIT_OK;
}

/* The option that gives each fact (enum kz_fact order). */
static const char *fact_option(enum kz_fact f)
{
	static const char *const names[KZ_FACTS] = {
		"--arrival", "--birth",	     "--visa-expiry", "--passport-expiry", "--trp-expiry",
		"--entry",   "--host",	     "--count-from",  "--trip",		   "--moved"};

	return f >= 0 && f < KZ_FACTS ? names[f] : "due";
}

int cmd_due(int argc, char **argv)
{
	enum { O_ARRIVAL = 1, O_CC, O_BIRTH, O_VISA, O_PASSPORT, O_TRIP, O_MOVED, O_HOST,
	       O_COUNT, O_TODAY, O_FORMAT, O_EXPLAIN, O_POLICY, O_ALARM, O_COLOR, O_ENTRY, O_TRP };
	static const struct option opts[] = {
		{"arrival", required_argument, 0, O_ARRIVAL},
		{"citizenship", required_argument, 0, O_CC},
		{"birth", required_argument, 0, O_BIRTH},
		{"visa-expiry", required_argument, 0, O_VISA},
		{"passport-expiry", required_argument, 0, O_PASSPORT},
		{"trip", required_argument, 0, O_TRIP},
		{"moved", required_argument, 0, O_MOVED},
		{"host", required_argument, 0, O_HOST},
		{"count-from", required_argument, 0, O_COUNT},
		{"today", required_argument, 0, O_TODAY},
		{"format", required_argument, 0, O_FORMAT},
		{"explain", no_argument, 0, O_EXPLAIN},
		{"policy", required_argument, 0, O_POLICY},
		{"alarm", required_argument, 0, O_ALARM},
		{"color", required_argument, 0, O_COLOR},
		{"entry", required_argument, 0, O_ENTRY},
		{"trp-expiry", required_argument, 0, O_TRP},
		{0, 0, 0, 0}};
	enum { F_TEXT, F_JSON, F_ICS };
	static const char *const formats[] = {"text", "json", "ics", NULL};
	static const char *const counts[] = {"arrival", "next-day", NULL};
	static const char *const hosts[] = {"individual", "small", "medium", "large", NULL};
	static const char *const entries[] = {"visa-free", "visa", NULL};
	struct kz_person p = {.arrival = KZ_NO_DAY, .birth = KZ_NO_DAY, .visa_expiry = KZ_NO_DAY,
			      .passport_expiry = KZ_NO_DAY, .trp_expiry = KZ_NO_DAY, .today = KZ_NO_DAY,
			      .host = KZ_HOST_SMALL};
	struct ics_opts ics = {.alarms = {7, 1}, .nalarms = 2};
	struct kz_trip trips[MAX_LIST];
	kz_day moves[MAX_LIST];
	struct kz_deadline dl[MAX_DEADLINES];
	const struct kz_data *data;
	const char *cc = NULL, *policy = NULL;
	int c, format = F_TEXT, v;
	bool explain = false;
	size_t n;
	kz_error err = {0};

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (c) {
		case O_ARRIVAL: if (opt_date("--arrival", optarg, &p.arrival)) return EXIT_USAGE; break;
		case O_BIRTH: if (opt_date("--birth", optarg, &p.birth)) return EXIT_USAGE; break;
		case O_VISA: if (opt_date("--visa-expiry", optarg, &p.visa_expiry)) return EXIT_USAGE; break;
		case O_PASSPORT:
			if (opt_date("--passport-expiry", optarg, &p.passport_expiry))
				return EXIT_USAGE;
			break;
		case O_TODAY: if (opt_date("--today", optarg, &p.today)) return EXIT_USAGE; break;
		case O_CC: cc = optarg; break;
		case O_TRIP:
			if (p.ntrips == MAX_LIST)
				return fail(EXIT_USAGE, "--trip", "more than %d trips", MAX_LIST);
			if (opt_trip("--trip", optarg, &trips[p.ntrips]))
				return EXIT_USAGE;
			p.ntrips++;
			break;
		case O_MOVED:
			if (p.nmoves == MAX_LIST)
				return fail(EXIT_USAGE, "--moved", "more than %d moves", MAX_LIST);
			if (opt_date("--moved", optarg, &moves[p.nmoves]))
				return EXIT_USAGE;
			p.nmoves++;
			break;
		case O_HOST:
			if (opt_format("--host", optarg, hosts, &v))
				return EXIT_USAGE;
			p.host = (enum kz_host)v;
			break;
		case O_COUNT:
			if (opt_format("--count-from", optarg, counts, &v))
				return EXIT_USAGE;
			p.count_from = (enum kz_count_from)v;
			break;
		case O_FORMAT: if (opt_format("--format", optarg, formats, &format)) return EXIT_USAGE; break;
		case O_EXPLAIN: explain = true; break;
		case O_POLICY: policy = optarg; break;
		case O_ALARM: if (opt_alarm("--alarm", optarg, &ics)) return EXIT_USAGE; break;
		case O_COLOR: if (opt_color(optarg)) return EXIT_USAGE; break;
		case O_ENTRY:
			if (opt_format("--entry", optarg, entries, &v))
				return EXIT_USAGE;
			p.entry = v == 0 ? KZ_ENTRY_VISA_FREE : KZ_ENTRY_VISA;
			break;
		case O_TRP: if (opt_date("--trp-expiry", optarg, &p.trp_expiry)) return EXIT_USAGE; break;
		default: return bad_option("due", c, argv);
		}
	}
	if (optind < argc)
		return fail(EXIT_USAGE, "due", "unexpected argument '%s'", argv[optind]);
	if (p.arrival == KZ_NO_DAY)
		return fail(EXIT_USAGE, "due", "--arrival is required (expected --arrival YYYY-MM-DD)");
	if (cc == NULL)
		return fail(EXIT_USAGE, "due",
			    "--citizenship is required (expected an ISO 3166-1 code, e.g. UZ)");
	if (strlen(cc) != 2)
		return fail(EXIT_USAGE, "--citizenship",
			    "'%.20s' is not a two-letter code (expected ISO 3166-1 alpha-2, e.g. UZ)",
			    cc);
	for (int i = 0; i < 2; i++)
		p.citizenship[i] = (char)(cc[i] >= 'a' && cc[i] <= 'z' ? cc[i] - 32 : cc[i]);
	if (p.today == KZ_NO_DAY)
		p.today = today_almaty();
	ics.today = p.today;
	p.trips = trips;
	p.moves = moves;
	if ((data = data_load(DATA_ALL)) == NULL)
		return EXIT_DATA;
	struct kz_rules rules = {data->cal, data->regimes, data->fines};
	if (kz_deadlines(&rules, &p, dl, MAX_DEADLINES, &n, &err)) {
		if (err.code == KZ_ERANGE && strcmp(err.where, "arrival") == 0)
			snprintf(err.where, sizeof err.where, "--arrival");
		return fail_err(&err);
	}
	/* A fact that cannot be true is an error here, each named by its option: the
	 * person typing it can mend it (a roster row keeps its other deadlines). */
	if (fact_problems(&rules, &p, fact_option) != 0)
		return EXIT_USAGE;
	if (policy != NULL) {
		const kz_policy *pol = policy_load(policy);

		if (pol == NULL)
			return EXIT_DATA;
		if (kz_policy_deadlines(pol, &rules, &p, dl, MAX_DEADLINES, &n, &err))
			return fail_err(&err);
	}
	if (format == F_JSON)
		return print_json(data, &p, dl, n, explain);
	if (format == F_ICS)
		return print_ics(&p, dl, n, &ics);
	print_text(data, &p, dl, n, explain);
	return EXIT_OK;
}
