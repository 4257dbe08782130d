/* cmd_due.c — kzmig due: every deadline for one person, as text or JSON. */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "words.h"

#define MAX_LIST 64

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

static const char *title_of(const struct kz_deadline *d)
{
	const struct words *w = words_of(d->id);

	return d->event != KZ_NO_DAY && w->title_move && strcmp(d->id, "arrival-notification") == 0 &&
			       d->basis && strstr(d->basis, "change of address")
		       ? w->title_move
		       : w->title;
}

cJSON *deadline_json(const struct kz_deadline *d)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "id", d->id);
	cJSON_AddStringToObject(o, "title", title_of(d));
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
	cJSON_AddBoolToObject(o, "provisional", d->provisional);
	cJSON_AddStringToObject(o, "basis", d->basis);
	cJSON_AddStringToObject(o, "where", words_of(d->id)->where);
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

static void print_json(const struct kz_person *p, const struct kz_deadline *dl, size_t n)
{
	cJSON *root = person_json(p, dl, n);
	char *s = cJSON_Print(root);

	puts(s);
	free(s);
	cJSON_Delete(root);
}

static const char *who(enum kz_responsible r)
{
	return r == KZ_RESP_RECEIVING_PARTY ? "host" : r == KZ_RESP_IMMIGRANT ? "you" : "office";
}

static void print_fine_line(const struct kz_penalty *f)
{
	char m[16], k[32];

	if (f->warning)
		printf("%25s  If missed: a warning (%s, %s host)\n", "", f->article,
		       kz_host_name(f->host));
	else if (f->has_host)
		printf("%25s  If missed: %s MCI = %s KZT (%s, %s host)\n", "", fmt_mci(f->mci10, m),
		       fmt_kzt(f->kzt10, k), f->article, kz_host_name(f->host));
	else
		printf("%25s  If missed: %s MCI = %s KZT (%s)%s%s\n", "", fmt_mci(f->mci10, m),
		       fmt_kzt(f->kzt10, k), f->article, f->alternative ? " or " : "",
		       f->alternative ? f->alternative : "");
}

static void print_text(const struct kz_data *data, const struct kz_person *p,
		       const struct kz_deadline *dl, size_t n)
{
	char a[20], t[20], left[24];
	bool any_provisional = false;
	const char *country = data->regimes ? kz_country_name(data->regimes, p->citizenship) : NULL;

	printf("Deadlines for a citizen of %s (%s) who arrived on %s\n",
	       country ? country : p->citizenship, p->citizenship, fmt_day_long(p->arrival, a));
	printf("Today: %s (Asia/Almaty). Calendar data as of %s.\n\n", fmt_day_long(p->today, t),
	       kz_calendar_as_of(data->cal));
	printf("  %-16s %6s  %-46s %s\n", "DUE", "LEFT", "WHAT", "WHO");
	for (size_t i = 0; i < n; i++) {
		const struct kz_deadline *d = &dl[i];

		if (d->due == KZ_NO_DAY)
			snprintf(left, sizeof left, "-");
		else if (d->days_left == 0)
			snprintf(left, sizeof left, "today");
		else if (d->days_left < 0)
			snprintf(left, sizeof left, "%d d ago", -d->days_left);
		else
			snprintf(left, sizeof left, "%d d", d->days_left);
		printf("  %-16s%s%6s  %-46s %s\n",
		       d->due == KZ_NO_DAY ? "-" : fmt_day_long(d->due, a), d->provisional ? "*" : " ",
		       left, title_of(d), who(d->responsible));
		any_provisional |= d->provisional;
		if (d->status == KZ_STATUS_OVERDUE)
			printf("%25s  OVERDUE since %s\n", "", fmt_day_long(d->due + 1, a));
		if (d->status == KZ_STATUS_NOT_REQUIRED || d->status == KZ_STATUS_PROBLEM)
			printf("%25s  %s: %s\n", "",
			       d->status == KZ_STATUS_PROBLEM ? "PROBLEM" : "Not required",
			       d->reason);
		if (d->opens != KZ_NO_DAY)
			printf("%25s  Window opens %s\n", "", fmt_day_long(d->opens, a));
		if (d->apply_by != KZ_NO_DAY)
			printf("%25s  Apply by %s\n", "", fmt_day_long(d->apply_by, a));
		printf("%25s  %s\n", "", words_of(d->id)->where);
		printf("%25s  Basis: %s\n", "", d->basis);
		if (d->has_fine)
			print_fine_line(&d->fine);
	}
	if (any_provisional)
		printf("\n* provisional: the counting runs into a year with no decree on days off "
		       "yet (data covers %d-%d); check again when it is published.\n",
		       kz_calendar_confirmed_from(data->cal),
		       kz_calendar_confirmed_through(data->cal));
	printf("\nNot legal advice: check with the migration service.\n");
}

static int parse_trip(const char *s, struct kz_trip *t)
{
	const char *colon = strchr(s, ':');
	kz_error err;
	char from[16];

	if (colon == NULL || colon - s >= (long)sizeof from)
		return fail(EXIT_USAGE, "--trip", "'%.40s' (expected FROM:TO, two dates)", s);
	memcpy(from, s, (size_t)(colon - s));
	from[colon - s] = '\0';
	if (kz_date_parse(from, "--trip", &t->from, &err) ||
	    kz_date_parse(colon + 1, "--trip", &t->to, &err))
		return fail_err(&err);
	return 0;
}

int cmd_due(int argc, char **argv)
{
	enum { O_ARRIVAL = 1, O_CC, O_BIRTH, O_VISA, O_PASSPORT, O_TRIP, O_MOVED, O_HOST,
	       O_COUNT, O_TODAY, O_FORMAT, O_EXPLAIN };
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
		{0, 0, 0, 0}};
	static const char *const formats[] = {"text", "json", NULL};
	static const char *const counts[] = {"arrival", "next-day", NULL};
	static const char *const hosts[] = {"individual", "small", "medium", "large", NULL};
	struct kz_person p = {.arrival = KZ_NO_DAY, .birth = KZ_NO_DAY, .visa_expiry = KZ_NO_DAY,
			      .passport_expiry = KZ_NO_DAY, .today = KZ_NO_DAY,
			      .host = KZ_HOST_SMALL};
	struct kz_trip trips[MAX_LIST];
	kz_day moves[MAX_LIST];
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	const struct kz_data *data;
	const char *cc = NULL;
	int c, format = 0, v;
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
			if (parse_trip(optarg, &trips[p.ntrips]))
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
		case O_EXPLAIN: break;
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
	p.trips = trips;
	p.moves = moves;
	if ((data = data_load(DATA_ALL)) == NULL)
		return EXIT_DATA;
	if (kz_deadlines(&(struct kz_rules){data->cal, data->regimes, data->fines}, &p, dl,
			 KZ_DEADLINES_MAX, &n, &err))
		return fail_err(&err);
	if (format == 1)
		print_json(&p, dl, n);
	else
		print_text(data, &p, dl, n);
	return EXIT_OK;
}
