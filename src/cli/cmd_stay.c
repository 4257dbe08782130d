/* cmd_stay.c — kzmig stay: days of stay used and left in the 180-day window over earlier
 * trips, and the last legal day of a stay from --arrival.  Entry and exit days both
 * count as days of stay (stay.c). */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <string.h>

#include "i18n.h"
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
		  j_str(o, "reason", unsettled_why(s) ? data_text(unsettled_why(s)) : NULL);

	if (!ok) {
		cJSON_Delete(o);
		o = NULL;
	}
	return j_print(o, true);
}

static const char *kind_words(enum kz_regime_kind k)
{
	switch (k) {
	/* TRANSLATORS: after "Regime: ", what a citizen's stay rests on. */
	case KZ_REGIME_VISA_REQUIRED: return _("visa required");
	case KZ_REGIME_EAEU: return _("EAEU (Eurasian Economic Union)");
	case KZ_REGIME_BILATERAL: return _("visa-free by agreement");
	case KZ_REGIME_UNILATERAL: return _("visa-free by Kazakhstan's list");
	}
	return "";
}

/* How sure the data is of a regime ("high", "medium", "low"), in words. */
static const char *confidence_words(const char *c)
{
	if (strcmp(c, "high") == 0)
		/* TRANSLATORS: how sure the data is of a regime, after "(confidence ". */
		return C_("confidence", "high");
	if (strcmp(c, "medium") == 0)
		return C_("confidence", "medium");
	if (strcmp(c, "low") == 0)
		return C_("confidence", "low");
	return c;
}

/* "  Label            text": the label padded to 16 columns (characters, not bytes),
 * then a space. */
static void row(const char *label, const char *text)
{
	printf("  %-*s %s\n", pad_cols(label, 16), label, text);
}

/* The two limits in words, one line each. */
static void print_limits(const struct kz_regime *r)
{
	int window = r->limit > 0 ? r->window : DEFAULT_WINDOW;
	char label[64], text[256];

	if (r->per_entry > 0)
		snprintf(text, sizeof text, P_("%d day, counted from the day of the crossing",
					       "%d days, counted from the day of the crossing",
					       r->per_entry),
			 r->per_entry);
	else
		snprintf(text, sizeof text, "%s", C_("stay limit", "no limit"));
	/* TRANSLATORS: the labels of kzmig stay's lines, in a column of 16 characters: the
	 * limit of one stay, counted from the day of the crossing. */
	row(_("Per entry"), text);
	/* TRANSLATORS: a label: the rolling limit over any %d days. */
	snprintf(label, sizeof label, P_("In any %d day", "In any %d days", window), window);
	if (r->limit > 0)
		snprintf(text, sizeof text, P_("%d day of stay at most", "%d days of stay at most",
					       r->limit),
			 r->limit);
	else
		snprintf(text, sizeof text, "%s", C_("stay limit", "no limit"));
	row(label, text);
}

/* Which limit ends the stay, in words, into buf. */
static const char *binding(const struct stay *s, char *buf, size_t size)
{
	const struct kz_regime *r = s->r;

	if (s->last_rolling == KZ_NO_DAY || (s->last_entry != KZ_NO_DAY &&
					     s->last_entry < s->last_rolling))
		/* TRANSLATORS: the limit that ends a stay, in brackets after the last legal
		 * day: "%d-day" is the number of days one stay may last. */
		snprintf(buf, size, _("the %d-day limit per entry"), r->per_entry);
	else if (s->last_entry == KZ_NO_DAY || s->last_rolling < s->last_entry)
		/* TRANSLATORS: "90-in-180": at most 90 days of stay in any 180 days. */
		snprintf(buf, size, _("the %d-in-%d limit"), r->limit, r->window);
	else
		snprintf(buf, size, _("the %d-day limit per entry and the %d-in-%d limit"),
			 r->per_entry, r->limit, r->window);
	return buf;
}

/* "Days used        10 in the 180 days Mon 2 Sep 2024 to Fri 28 Feb 2025". */
static void days_used(const struct stay *s)
{
	char a[DAY_TEXT], b[DAY_TEXT], text[256];

	/* TRANSLATORS: %1$d the days of stay used, %2$d the days of the window, %3$s and
	 * %4$s its first and last days. */
	snprintf(text, sizeof text, P_("%d in the %d day %s to %s", "%d in the %d days %s to %s",
				       s->window),
		 s->days_used, s->window, fmt_day_long(s->on - s->window + 1, a),
		 fmt_day_long(s->on, b));
	row(_("Days used"), text);
}

/* Lines indented under the text of the rows (19 columns), one per line of text. */
static void indented(const char *text)
{
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");

		printf("%19s%.*s\n", "", (int)n, p);
		p += n + (p[n] == '\n');
	}
}

/* "Source: ... (confidence high)" and the disclaimer, the last lines of the text. */
static void print_source(const struct kz_regime *r)
{
	/* TRANSLATORS: %1$s the data's sources of a regime, %2$s how sure the data is of it
	 * ("high", "medium", "low"). */
	printf(_("Source: %s (confidence %s)"), r->source, confidence_words(r->confidence));
	printf("\n%s\n", _("Not legal advice: check with the migration service."));
}

static void print_text(const struct kz_data *data, const struct stay *s)
{
	const struct kz_regime *r = s->r;
	const char *country = kz_country_name(data->regimes, s->cc);
	char a[DAY_TEXT], why[256], text[512];

	/* TRANSLATORS: %1$s a country, %2$s its ISO code, %3$s the day whose rules apply. */
	printf(_("Stay of a citizen of %s (%s) under the rules in force on %s"),
	       country ? data_text(country) : s->cc, s->cc,
	       fmt_day_long(s->arrival != KZ_NO_DAY ? s->arrival : s->on, a));
	putchar('\n');
	if (r->kind == KZ_REGIME_VISA_REQUIRED) {
		printf("%s\n\n", _("visa required: the visa sets the stay"));
		days_used(s);
		printf("\n%s\n", _("Entry and exit days both count as days of stay."));
		if (unsettled_why(s))
			/* TRANSLATORS: why the regime of the day is not settled. */
			print_wrapped(stdout, 0, 13, "", _("Provisional: %s"),
				      data_text(unsettled_why(s)));
		print_source(r);
		return;
	}
	printf(_("Regime: %s"), kind_words(r->kind));
	printf("\n\n");
	print_limits(r);
	days_used(s);
	if (r->limit > 0)
		/* TRANSLATORS: after "Days left": the days left of the limit. */
		snprintf(text, sizeof text, _("%d of %d"),
			 s->days_used >= r->limit ? 0 : r->limit - s->days_used, r->limit);
	else
		snprintf(text, sizeof text, P_("- (no limit in %d day)", "- (no limit in %d days)",
					       DEFAULT_WINDOW),
			 DEFAULT_WINDOW);
	row(_("Days left"), text);
	if (s->arrival == KZ_NO_DAY) {
		/* TRANSLATORS: --arrival DATE is an option: keep it as it is. */
		row(_("Last legal day"), _("- (give --arrival DATE for the last day of a stay)"));
	} else {
		row(_("Arrival"), fmt_day_long(s->arrival, a));
		if (s->last == KZ_NO_DAY)
			/* TRANSLATORS: %1$d the arrival day's number among the days of stay,
			 * %2$d the days allowed, %3$d the days of the window. */
			snprintf(text, sizeof text, P_("none: the arrival day itself would be day "
						       "%d of the %d allowed in %d day",
						       "none: the arrival day itself would be day "
						       "%d of the %d allowed in %d days",
						       r->window),
				 s->arrival_used, r->limit, r->window);
		else
			snprintf(text, sizeof text,
				 /* TRANSLATORS: %1$s the last legal day, %2$d the days of the
				  * stay, %3$s the limit that ends it ("the 90-in-180 limit"). */
				 P_("%s, after %d day (%s)", "%s, after %d days (%s)",
				    s->last - s->arrival + 1),
				 fmt_day_long(s->last, a), s->last - s->arrival + 1,
				 binding(s, why, sizeof why));
		row(_("Last legal day"), text);
		/* Only when "days left" are those of the day before the arrival. */
		if (r->limit > 0 && s->last != KZ_NO_DAY && s->on == s->arrival - 1 &&
		    s->days_used < r->limit && s->last - s->arrival + 1 > r->limit - s->days_used) {
			snprintf(text, sizeof text,
				 /* TRANSLATORS: two lines under "Last legal day" (the line
				  * break is kept): %1$d the days left on the day before the
				  * arrival, %2$d the days of the window. */
				 P_("More than the %d day left: earlier days leave the %d-day "
				    "window\nas the stay goes on.",
				    "More than the %d days left: earlier days leave the %d-day "
				    "window\nas the stay goes on.",
				    r->limit - s->days_used),
				 r->limit - s->days_used, r->window);
			indented(text);
		}
	}
	printf("\n%s\n", _("Entry and exit days both count as days of stay."));
	if (s->arrival != KZ_NO_DAY && s->last != KZ_NO_DAY)
		printf("%s\n", r->trp_route
				       ? _("To stay longer, the host applies for a temporary "
					   "residence permit (TRP) before the last legal day.")
				       : _("Leave Kazakhstan by the end of the last legal day, or "
					   "hold a visa or permit for a longer stay."));
	if (unsettled_why(s))
		print_wrapped(stdout, 0, 13, "", _("Provisional: %s"), data_text(unsettled_why(s)));
	print_source(r);
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
