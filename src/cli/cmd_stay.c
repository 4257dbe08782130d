/* cmd_stay.c — kzmig stay: days of stay used and left in the 180-day window over earlier
 * trips, and the last legal day of a stay from --arrival.  Entry and exit days both
 * count as days of stay (stay.c). */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <string.h>

#include "out.h"

#define MAX_TRIPS 64
/* The period days are counted over when a regime sets no rolling cap of its own (a
 * per-entry-only or visa-required regime): "each 180-day period", Migration Law art. 6
 * p. 4.  Regimes with a cap use their own data `window`. */
#define DEFAULT_WINDOW 180

/* What `kzmig stay` works out; everything the text and JSON forms print. */
struct stay {
	char cc[3];
	const struct kz_regime *r;
	kz_day on, arrival;  /* arrival = KZ_NO_DAY when not given */
	int window;          /* the regime's, or DEFAULT_WINDOW */
	int days_used;       /* in [on - window + 1, on] */
	kz_day last;         /* the last legal day, or KZ_NO_DAY */
	kz_day last_entry;   /* the per-entry cap alone, or KZ_NO_DAY */
	kz_day last_rolling; /* the rolling cap alone, or KZ_NO_DAY */
	int arrival_used;    /* days used on the arrival day itself */
};

/* Why the regime of the arrival (or of --on) is provisional, or NULL. */
static const char *unsettled_why(const struct stay *s)
{
	return kz_regime_unsettled(s->r, s->arrival != KZ_NO_DAY ? s->arrival : s->on);
}

/* {"citizenship","limit","per_entry","on","days_used","days_left","arrival",
 * "last_legal_day","provisional","reason"}: absent facts null.  0 or EXIT_PARTIAL. */
static int print_json(const struct stay *s)
{
	cJSON *o = cJSON_CreateObject();
	const struct kz_regime *r = s->r;
	int left = s->days_used >= r->limit ? 0 : r->limit - s->days_used;
	bool ok = o && j_str(o, "citizenship", s->cc) &&
		  (r->limit > 0 ? j_num(o, "limit", r->limit) : j_str(o, "limit", NULL)) &&
		  (r->per_entry > 0 ? j_num(o, "per_entry", r->per_entry)
				    : j_str(o, "per_entry", NULL)) &&
		  j_day(o, "on", s->on) && j_num(o, "days_used", s->days_used) &&
		  (r->limit > 0 ? j_num(o, "days_left", left) : j_str(o, "days_left", NULL)) &&
		  j_day(o, "arrival", s->arrival) && j_day(o, "last_legal_day", s->last) &&
		  /* the regime of that day is not settled by its sources: why */
		  j_bool(o, "provisional", unsettled_why(s) != NULL) &&
		  j_str(o, "reason", unsettled_why(s));

	if (!ok) {
		cJSON_Delete(o);
		o = NULL;
	}
	return j_print(o, true);
}

static const char *kind_words(enum kz_regime_kind k)
{
	switch (k) {
	case KZ_REGIME_VISA_REQUIRED: return "visa required";
	case KZ_REGIME_EAEU: return "EAEU (Eurasian Economic Union)";
	case KZ_REGIME_BILATERAL: return "visa-free by agreement";
	case KZ_REGIME_UNILATERAL: return "visa-free by Kazakhstan's list";
	}
	return "";
}

/* The two limits in words, one line each. */
static void print_limits(const struct kz_regime *r)
{
	char label[24];

	if (r->per_entry > 0)
		printf("  Per entry        %d days, counted from the day of the crossing\n",
		       r->per_entry);
	else
		printf("  Per entry        no limit\n");
	snprintf(label, sizeof label, "In any %d days", r->limit > 0 ? r->window : DEFAULT_WINDOW);
	if (r->limit > 0)
		printf("  %-16s %d days of stay at most\n", label, r->limit);
	else
		printf("  %-16s no limit\n", label);
}

/* Which limit ends the stay, in words, into buf. */
static const char *binding(const struct stay *s, char *buf, size_t size)
{
	const struct kz_regime *r = s->r;

	if (s->last_rolling == KZ_NO_DAY || (s->last_entry != KZ_NO_DAY &&
					     s->last_entry < s->last_rolling))
		snprintf(buf, size, "the %d-day limit per entry", r->per_entry);
	else if (s->last_entry == KZ_NO_DAY || s->last_rolling < s->last_entry)
		snprintf(buf, size, "the %d-in-%d limit", r->limit, r->window);
	else
		snprintf(buf, size, "the %d-day limit per entry and the %d-in-%d limit",
			 r->per_entry, r->limit, r->window);
	return buf;
}

static void print_text(const struct kz_data *data, const struct stay *s)
{
	const struct kz_regime *r = s->r;
	const char *country = kz_country_name(data->regimes, s->cc);
	char a[DAY_TEXT], b[DAY_TEXT], why[80];

	printf("Stay of a citizen of %s (%s) under the rules in force on %s\n",
	       country ? country : s->cc, s->cc,
	       fmt_day_long(s->arrival != KZ_NO_DAY ? s->arrival : s->on, a));
	if (r->kind == KZ_REGIME_VISA_REQUIRED) {
		printf("visa required: the visa sets the stay\n\n");
		printf("  Days used        %d in the %d days %s to %s\n", s->days_used, s->window,
		       fmt_day_long(s->on - s->window + 1, a), fmt_day_long(s->on, b));
		printf("\nEntry and exit days both count as days of stay.\n");
		if (unsettled_why(s))
			print_wrapped(stdout, 0, 13, "", "Provisional: %s", unsettled_why(s));
		printf("Source: %s (confidence %s)\n", r->source, r->confidence);
		printf("Not legal advice: check with the migration service.\n");
		return;
	}
	printf("Regime: %s\n\n", kind_words(r->kind));
	print_limits(r);
	printf("  Days used        %d in the %d days %s to %s\n", s->days_used, s->window,
	       fmt_day_long(s->on - s->window + 1, a), fmt_day_long(s->on, b));
	if (r->limit > 0)
		printf("  Days left        %d of %d\n",
		       s->days_used >= r->limit ? 0 : r->limit - s->days_used, r->limit);
	else
		printf("  Days left        - (no limit in %d days)\n", DEFAULT_WINDOW);
	if (s->arrival == KZ_NO_DAY) {
		printf("  Last legal day   - (give --arrival DATE for the last day of a stay)\n");
	} else {
		printf("  Arrival          %s\n", fmt_day_long(s->arrival, a));
		if (s->last == KZ_NO_DAY)
			printf("  Last legal day   none: the arrival day itself would be day %d "
			       "of the %d allowed in %d days\n", s->arrival_used, r->limit,
			       r->window);
		else
			printf("  Last legal day   %s, after %d day%s (%s)\n",
			       fmt_day_long(s->last, a), s->last - s->arrival + 1,
			       s->last == s->arrival ? "" : "s", binding(s, why, sizeof why));
		/* Only when "days left" are those of the day before the arrival. */
		if (r->limit > 0 && s->last != KZ_NO_DAY && s->on == s->arrival - 1 &&
		    s->days_used < r->limit && s->last - s->arrival + 1 > r->limit - s->days_used)
			printf("%19sMore than the %d days left: earlier days leave the %d-day "
			       "window\n%19sas the stay goes on.\n", "",
			       r->limit - s->days_used, r->window, "");
	}
	printf("\nEntry and exit days both count as days of stay.\n");
	if (s->arrival != KZ_NO_DAY && s->last != KZ_NO_DAY)
		printf("%s\n", r->trp_route ? "To stay longer, the host applies for a temporary "
					     "residence permit (TRP) before the last legal day."
					   : "Leave Kazakhstan by the end of the last legal day, or "
					     "hold a visa or permit for a longer stay.");
	if (unsettled_why(s))
		print_wrapped(stdout, 0, 13, "", "Provisional: %s", unsettled_why(s));
	printf("Source: %s (confidence %s)\n", r->source, r->confidence);
	printf("Not legal advice: check with the migration service.\n");
}

/* Fills the answers of s from the regime and the trips; prints the error and returns the
 * exit code on failure. */
static int work_out(struct stay *s, const struct kz_trip *trips, size_t n)
{
	struct kz_regime only;
	kz_error err = {0};

	s->window = s->r->limit > 0 ? s->r->window : DEFAULT_WINDOW;
	s->days_used = kz_days_in_window(trips, n, s->on, s->window);
	s->last = s->last_entry = s->last_rolling = KZ_NO_DAY;
	if (s->arrival == KZ_NO_DAY)
		return kz_trips_check(trips, n, &err) ? fail_err(&err) : EXIT_OK;
	if (kz_last_legal_day(s->r, trips, n, s->arrival, &s->last, &err))
		return fail_err(&err);
	s->arrival_used = kz_days_in_window(trips, n, s->arrival, s->window) + 1;
	/* Each limit alone, to say which one ends the stay. */
	if (s->r->per_entry > 0)
		s->last_entry = s->arrival + s->r->per_entry - 1;
	if (s->r->limit > 0) {
		only = *s->r;
		only.per_entry = 0;
		if (kz_last_legal_day(&only, trips, n, s->arrival, &s->last_rolling, &err))
			return fail_err(&err);
	}
	return EXIT_OK;
}

int cmd_stay(int argc, char **argv)
{
	enum { O_CC = 1, O_TRIP, O_ARRIVAL, O_ON, O_FORMAT };
	static const struct option opts[] = {
		{"citizenship", required_argument, 0, O_CC},
		{"trip", required_argument, 0, O_TRIP},
		{"arrival", required_argument, 0, O_ARRIVAL},
		{"on", required_argument, 0, O_ON},
		{"format", required_argument, 0, O_FORMAT},
		{0, 0, 0, 0}};
	static const char *const formats[] = {"text", "json", NULL};
	struct stay s = {.on = KZ_NO_DAY, .arrival = KZ_NO_DAY};
	struct kz_trip trips[MAX_TRIPS];
	const struct kz_data *data;
	const char *cc = NULL;
	size_t n = 0;
	int c, format = 0, rc;
	kz_error err = {0};

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		int bad = 0;

		switch (c) {
		case O_CC: cc = optarg; break;
		case O_TRIP: bad = opt_trip("--trip", optarg, trips, MAX_TRIPS, &n); break;
		case O_ARRIVAL: bad = opt_date("--arrival", optarg, &s.arrival); break;
		case O_ON: bad = opt_date("--on", optarg, &s.on); break;
		case O_FORMAT: bad = opt_format("--format", optarg, formats, &format); break;
		default: return bad_option("stay", c, argv, opts);
		}
		if (bad)
			return EXIT_USAGE;
	}
	if (optind < argc)
		return fail(EXIT_USAGE, "stay", "unexpected argument '%s' (see kzmig stay --help)",
			    argv[optind]);
	if (opt_citizenship("stay", cc, s.cc))
		return EXIT_USAGE;
	/* The days used before a stay are those up to the day before it: the arrival day is
	 * the stay's own first day. */
	if (s.on == KZ_NO_DAY)
		s.on = s.arrival != KZ_NO_DAY ? s.arrival - 1 : today_almaty();
	if ((data = data_load(DATA_REGIMES)) == NULL)
		return EXIT_DATA;
	if (kz_regime_on(data->regimes, s.cc, s.arrival != KZ_NO_DAY ? s.arrival : s.on, &s.r,
			 &err))
		return fail_err(&err);
	if (s.r == NULL) /* kz_regime_on sets it on success: said for the analysers */
		return fail(EXIT_DATA, "citizenship", "no regime for %s", s.cc);
	if ((rc = work_out(&s, trips, n)) != EXIT_OK)
		return rc;
	if (format == 1)
		return print_json(&s);
	print_text(data, &s);
	return EXIT_OK;
}
