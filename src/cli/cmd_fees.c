/* cmd_fees.c — kzmig fees [--year YYYY | --on DATE] [--format text|json]: every state
 * duty in MCI and in KZT.  A duty is paid at the MCI in force on the day of payment (Tax
 * Code), so a year in which the MCI changed (1 Apr 2020) shows each period. */
#include <cjson/cJSON.h>
#include <getopt.h>
#include <string.h>

#include "i18n.h"
#include "out.h"

#define MAX_DUTIES 32
#define MAX_PERIODS 16

/* A stretch of days with one MCI value and one set of duties (a duty's rate or its
 * standing can change on a day the MCI does not, as on 1 Jan 2022). */
struct period {
	kz_day from, until;
	int mci;
	size_t nd;
	struct kz_duty du[MAX_DUTIES];
};

/* The day's MCI and duties into *p (from = until = day); -1 and *err before the data. */
static int period_on(const kz_fines *f, kz_day day, struct period *p, kz_error *err)
{
	p->from = p->until = day;
	if (kz_mci_on(f, day, &p->mci, err))
		return -1;
	p->nd = kz_duties(f, day, p->du, MAX_DUTIES);
	if (p->nd > MAX_DUTIES)
		p->nd = MAX_DUTIES;
	return 0;
}

static bool same(const struct period *a, const struct period *b)
{
	if (a->mci != b->mci || a->nd != b->nd)
		return false;
	for (size_t i = 0; i < a->nd; i++)
		if (strcmp(a->du[i].id, b->du[i].id) != 0 || a->du[i].mci10 != b->du[i].mci10 ||
		    a->du[i].why != b->du[i].why)
			return false;
	return true;
}

/* The stretches of [first, last] with one MCI value and one set of duties each; -1 and
 * *err before the data. */
static int periods_of(const kz_fines *f, kz_day first, kz_day last, struct period *out,
		      int *n, kz_error *err)
{
	static struct period p;

	*n = 0;
	for (kz_day d = first; d <= last; d++) {
		if (period_on(f, d, &p, err))
			return -1;
		if (*n > 0 && same(&out[*n - 1], &p)) {
			out[*n - 1].until = d;
		} else if (*n < MAX_PERIODS) {
			out[*n] = p;
			(*n)++;
		}
	}
	return 0;
}

/* Prints text indented by 4, wrapped (util.c: never inside a date). */
static void wrapped(const char *text)
{
	print_wrapped(stdout, 4, 0, "", "%s", text);
}

/* A year after the last MCI in the data: its budget law is not in the data yet, so the
 * last known MCI is used (the library's test, as fines and due apply it). */
static bool year_unknown(const kz_fines *f, int year)
{
	return kz_mci_provisional(f, kz_day_from_ymd(year, 1, 1));
}

/* {"on","year","provisional","as_of","periods":[{"from","until","mci_value","duties":
 * [{"id","name","mci","kzt","source","provisional","reason"}]}]}: 0 or EXIT_PARTIAL. */
static int print_json(const kz_fines *f, kz_day on, int year, const struct period *per,
		      int np)
{
	cJSON *root = cJSON_CreateObject(), *arr, *p, *ds, *o;
	bool ok = root && j_day(root, "on", on) && j_num(root, "year", year) &&
		  j_bool(root, "provisional", year_unknown(f, year)) &&
		  j_str(root, "as_of", kz_fines_as_of(f)) &&
		  j_item(root, "periods", arr = cJSON_CreateArray());

	for (int i = 0; ok && i < np; i++) {
		ok = j_push(arr, p = cJSON_CreateObject()) && j_day(p, "from", per[i].from) &&
		     j_day(p, "until", per[i].until) && j_num(p, "mci_value", per[i].mci) &&
		     j_item(p, "duties", ds = cJSON_CreateArray());
		for (size_t j = 0; ok && j < per[i].nd; j++) {
			const struct kz_duty *du = &per[i].du[j];

			ok = j_push(ds, o = cJSON_CreateObject()) && j_str(o, "id", du->id) &&
			     j_str(o, "name", data_text(du->name)) &&
			     j_num(o, "mci", du->mci10 / 10.0) &&
			     j_num(o, "kzt", (double)((int64_t)du->mci10 * per[i].mci) / 10.0) &&
			     j_str(o, "source", du->source) &&
			     j_bool(o, "provisional", du->provisional) &&
			     j_str(o, "reason", du->why ? data_text(du->why) : NULL);
		}
	}
	if (!ok) {
		cJSON_Delete(root);
		root = NULL;
	}
	return j_print(root, true);
}

/* A provisional rate carries a '*' and, under the table, why (once per reason).  Columns
 * are counted in characters, not bytes (pad_cols): a duty's name or an amount may hold
 * Cyrillic letters or no-break spaces. */
static void print_table(const struct period *p)
{
	const struct kz_duty *du = p->du;
	/* TRANSLATORS: the titles of the columns of kzmig fees: a state duty's name, its
	 * rate in MCI (monthly calculation index), its amount in tenge. */
	const char *t_duty = C_("fees column", "DUTY"), *t_mci = C_("fees column", "MCI");
	const char *t_kzt = C_("fees column", "KZT");
	char m[16], k[32];
	int w = text_width(t_duty, strlen(t_duty));

	for (size_t j = 0; j < p->nd; j++) {
		const char *name = data_text(du[j].name);
		int nw = text_width(name, strlen(name));

		if (nw > w)
			w = nw;
	}
	printf("  %-*s %*s %*s\n", pad_cols(t_duty, w), t_duty, pad_cols(t_mci, 6), t_mci,
	       pad_cols(t_kzt, 12), t_kzt);
	for (size_t j = 0; j < p->nd; j++) {
		const char *name = data_text(du[j].name);
		const char *mci = fmt_mci(du[j].mci10, m);
		const char *kzt = fmt_kzt((int64_t)du[j].mci10 * p->mci, k);

		printf("  %-*s %*s %*s%s\n", pad_cols(name, w), name, pad_cols(mci, 6), mci,
		       pad_cols(kzt, 12), kzt, du[j].provisional ? "*" : "");
	}
	for (size_t j = 0; j < p->nd; j++) {
		bool seen = !du[j].provisional;

		for (size_t i = 0; i < j && !seen; i++)
			seen = du[i].why == du[j].why;
		if (!seen)
			/* TRANSLATORS: under the table of fees, for the rates marked '*': why
			 * the rate is not settled. */
			print_wrapped(stdout, 2, 2, "", _("* provisional: %s"),
				      data_text(du[j].why));
	}
}

static void print_text(const kz_fines *f, kz_day on, int year, const struct period *per,
		       int np)
{
	char a[DAY_TEXT], b[DAY_TEXT], v[32];

	if (on != KZ_NO_DAY) {
		/* TRANSLATORS: %1$s a date, %2$s the tenge in one MCI (monthly calculation
		 * index) on it. */
		printf(_("State duties on %s: 1 MCI = %s KZT"), fmt_day_long(on, a),
		       fmt_kzt((int64_t)per[0].mci * 10, v));
	} else if (np > 1) {
		printf(_("State duties in %d (the MCI changed during the year: pay at the value on "
			 "the day of payment)"), year);
	} else {
		printf(_("State duties in %d"), year);
	}
	putchar('\n');
	if (year_unknown(f, year)) {
		/* TRANSLATORS: %1$d a year, %2$s the day (YYYY-MM-DD) the data was last
		 * checked. */
		printf(_("Note: the MCI for %d is not in the data yet (as of %s): the last known "
			 "value is used."), year, kz_fines_as_of(f));
		putchar('\n');
	}
	for (int i = 0; i < np; i++) {
		putchar('\n');
		if (on == KZ_NO_DAY) {
			/* TRANSLATORS: a period of a year with one MCI: %1$s and %2$s its first
			 * and last days, %3$s the tenge in one MCI. */
			printf(_("From %s to %s: 1 MCI = %s KZT"), fmt_day_long(per[i].from, a),
			       fmt_day_long(per[i].until, b), fmt_kzt((int64_t)per[i].mci * 10, v));
			putchar('\n');
		}
		print_table(&per[i]);
	}
	/* Each source once, after the ids that rest on it (the last period's texts). */
	printf("\n%s\n", _("Sources:"));
	const struct kz_duty *du = per[np - 1].du;
	size_t nd = per[np - 1].nd;
	for (size_t j = 0; j < nd; j++) {
		bool seen = false;

		for (size_t i = 0; i < j; i++)
			seen = seen || strcmp(du[i].source, du[j].source) == 0;
		if (seen)
			continue;
		printf("  %s", du[j].id);
		for (size_t i = j + 1; i < nd; i++)
			if (strcmp(du[i].source, du[j].source) == 0)
				printf(", %s", du[i].id);
		printf(":\n");
		wrapped(du[j].source);
	}
}

int cmd_fees(int argc, char **argv)
{
	static const struct option opts[] = {{"year", required_argument, 0, 'y'},
					     {"on", required_argument, 0, 'o'},
					     {"format", required_argument, 0, 'f'},
					     {0, 0, 0, 0}};
	static const char *const formats[] = {"text", "json", NULL};
	const struct kz_data *data;
	static struct period per[MAX_PERIODS];
	kz_error err = {0};
	kz_day on = KZ_NO_DAY;
	long year = 0;
	int c, format = 0, np = 0;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		int bad = 0;

		switch (c) {
		case 'y': bad = opt_int("--year", optarg, KZ_YEAR_MIN, KZ_YEAR_MAX, &year); break;
		case 'o': bad = opt_date("--on", optarg, &on); break;
		case 'f': bad = opt_format("--format", optarg, formats, &format); break;
		default:
			return bad_option("fees", c, argv, opts);
		}
		if (bad)
			return EXIT_USAGE;
	}
	if (optind < argc)
		return fail(EXIT_USAGE, "fees", "unexpected '%.40s' (expected options only; see "
			    "kzmig fees --help)", argv[optind]);
	if (year != 0 && on != KZ_NO_DAY)
		return fail(EXIT_USAGE, "fees", "--year and --on together (expected one of them)");
	if ((data = data_load(DATA_FINES)) == NULL)
		return EXIT_DATA;
	if (year == 0 && on == KZ_NO_DAY)
		on = today_almaty();
	if (on != KZ_NO_DAY) {
		static struct period q;

		/* The day's own values first (a date before the data is the error to report),
		 * then the stretch of its year in which they hold. */
		if (period_on(data->fines, on, &per[0], &err)) {
			snprintf(err.where, sizeof err.where, "--on");
			return fail_err(&err);
		}
		year = kz_day_year(on);
		np = 1;
		while (per[0].from > kz_day_from_ymd((int)year, 1, 1) &&
		       period_on(data->fines, per[0].from - 1, &q, NULL) == 0 && same(&q, &per[0]))
			per[0].from--;
		while (per[0].until < kz_day_from_ymd((int)year, 12, 31) &&
		       period_on(data->fines, per[0].until + 1, &q, NULL) == 0 && same(&q, &per[0]))
			per[0].until++;
	} else if (periods_of(data->fines, kz_day_from_ymd((int)year, 1, 1),
			      kz_day_from_ymd((int)year, 12, 31), per, &np, &err)) {
		snprintf(err.where, sizeof err.where, "--year");
		return fail_err(&err);
	}
	if (format == 1)
		return print_json(data->fines, on, (int)year, per, np);
	print_text(data->fines, on, (int)year, per, np);
	return EXIT_OK;
}
