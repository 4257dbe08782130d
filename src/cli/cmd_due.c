/* cmd_due.c — kzmig due: every deadline for one person, as text, JSON or iCalendar
 * (out_text.c, out_json.c, out_ics.c). */
#include <getopt.h>
#include <string.h>

#include "out.h"

#define MAX_LIST 64
/* A deadline for the arrival, two per move, and the stay, visa and passport ones, with
 * room for an institution's policy. */
#define MAX_DEADLINES (2 * MAX_LIST + KZ_DEADLINES_MAX)

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
	static const char *const formats[] = {"text", "json", "ics", NULL};
	struct kz_person p = {.arrival = KZ_NO_DAY, .birth = KZ_NO_DAY, .visa_expiry = KZ_NO_DAY,
			      .passport_expiry = KZ_NO_DAY, .trp_expiry = KZ_NO_DAY, .today = KZ_NO_DAY,
			      .host = KZ_HOST_SMALL};
	struct out_doc doc = {.ics = {.alarms = {7, 1}, .nalarms = 2}};
	struct out *o;
	struct kz_trip trips[MAX_LIST];
	kz_day moves[MAX_LIST];
	struct kz_deadline dl[MAX_DEADLINES];
	const struct kz_data *data;
	const char *cc = NULL, *policy = NULL;
	int c, format = 0, v, rc;
	size_t n;
	kz_error err = {0};

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		int bad = 0;

		switch (c) {
		case O_ARRIVAL: bad = opt_date("--arrival", optarg, &p.arrival); break;
		case O_BIRTH: bad = opt_date("--birth", optarg, &p.birth); break;
		case O_VISA: bad = opt_date("--visa-expiry", optarg, &p.visa_expiry); break;
		case O_PASSPORT:
			bad = opt_date("--passport-expiry", optarg, &p.passport_expiry);
			break;
		case O_TODAY: bad = opt_date("--today", optarg, &p.today); break;
		case O_CC: cc = optarg; break;
		case O_TRIP: bad = opt_trip("--trip", optarg, trips, MAX_LIST, &p.ntrips); break;
		case O_MOVED:
			if (p.nmoves == MAX_LIST)
				return fail(EXIT_USAGE, "--moved", "more than %d moves", MAX_LIST);
			if (opt_date("--moved", optarg, &moves[p.nmoves]))
				return EXIT_USAGE;
			p.nmoves++;
			break;
		case O_HOST: bad = opt_host(optarg, &p.host); break;
		case O_COUNT: bad = opt_count_from(optarg, &p.count_from); break;
		case O_FORMAT: bad = opt_format("--format", optarg, formats, &format); break;
		case O_EXPLAIN: doc.explain = true; break;
		case O_POLICY: policy = optarg; break;
		case O_ALARM: bad = opt_alarm("--alarm", optarg, &doc.ics); break;
		case O_COLOR: bad = opt_color(optarg); break;
		case O_ENTRY:
			if (opt_format("--entry", optarg, kz_entry_words, &v))
				return EXIT_USAGE;
			p.entry = v == 0 ? KZ_ENTRY_VISA_FREE : KZ_ENTRY_VISA;
			break;
		case O_TRP: bad = opt_date("--trp-expiry", optarg, &p.trp_expiry); break;
		default: return bad_option("due", c, argv, opts);
		}
		if (bad)
			return EXIT_USAGE;
	}
	if (optind < argc)
		return fail(EXIT_USAGE, "due", "unexpected argument '%s'", argv[optind]);
	if (p.arrival == KZ_NO_DAY)
		return fail(EXIT_USAGE, "due", "--arrival is required (expected --arrival YYYY-MM-DD)");
	if (opt_citizenship("due", cc, p.citizenship))
		return EXIT_USAGE;
	if (p.today == KZ_NO_DAY)
		p.today = today_almaty();
	doc.today = doc.ics.today = p.today;
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
	doc.data = data;
	if ((rc = out_begin(&o, formats[format], NULL, &doc)) != 0)
		return rc;
	return out_end(o, out_person(o, &(struct out_person){.p = &p, .dl = dl, .n = n}));
}
