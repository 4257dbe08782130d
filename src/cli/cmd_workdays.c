/* cmd_workdays.c — kzmig workdays add DATE N | count FROM TO, each with --explain. */
#include <stdbool.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "words.h"

/* One line per day the count passed over (or a weekend day it counted by decree). */
static void explain_line(void *ctx, kz_day day, enum explain_kind kind, const char *why)
{
	char a[DAY_TEXT];
	const char *d = fmt_day_long(day, a);

	(void)ctx;
	printf("  %-*s ", pad_cols(d, day_width()), d);
	/* TRANSLATORS: --explain, after a day: why a count of working days passed over it
	 * ("public holiday: Nauryz meiramy"). */
	printf(kind == EXPLAIN_SKIPPED ? _("skipped: %s")
	       /* TRANSLATORS: --explain, after a weekend day worked by decree: why the count
		* of working days took it. */
	       : _("counted: %s"), why);
	putchar('\n');
}

static void explain(const kz_calendar *cal, kz_day from, kz_day to)
{
	if (from > to)
		return;
	if (explain_span(cal, from, to, explain_line, NULL) == 0)
		printf("  %s\n", _("no day skipped: every day is a working day"));
}

int cmd_workdays(int argc, char **argv)
{
	const struct kz_data *data;
	kz_error err = {0};
	kz_day a, b, out;
	long n;
	int count, k = 0;
	bool why = false;
	char buf[11], *args[4] = {0};

	/* --explain may stand anywhere after the verb; N may be negative, so no getopt. */
	for (int i = 0; i < argc; i++) {
		if (i > 0 && strcmp(argv[i], "--explain") == 0)
			why = true;
		else if (k < 4)
			args[k++] = argv[i];
		else
			k++;
	}
	if (k != 4 || (strcmp(args[1], "add") != 0 && strcmp(args[1], "count") != 0))
		return fail(EXIT_USAGE, "workdays",
			    "expected 'add DATE N' or 'count FROM TO' (see kzmig workdays --help)");
	if (strcmp(args[1], "add") == 0) {
		if (opt_date("DATE", args[2], &a) || opt_int("N", args[3], -100000, 100000, &n))
			return EXIT_USAGE;
		if ((data = data_load(DATA_CAL)) == NULL)
			return EXIT_DATA;
		if (kz_add_workdays(data->cal, a, (int)n, &out, &err))
			return fail_err(&err);
		/* TRANSLATORS: the result of workdays add, a date YYYY-MM-DD, when the calendar
		 * of those days is not settled by decree yet. */
		printf(kz_span_provisional(data->cal, a, out) ? _("%s (provisional)") : "%s",
		       kz_day_format(out, buf));
		putchar('\n');
		/* Every day from DATE to the result, whichever way the count went. */
		if (why)
			explain(data->cal, a < out ? a : out, a < out ? out : a);
		return EXIT_OK;
	}
	if (opt_date("FROM", args[2], &a) || opt_date("TO", args[3], &b))
		return EXIT_USAGE;
	if ((data = data_load(DATA_CAL)) == NULL)
		return EXIT_DATA;
	if (kz_count_workdays(data->cal, a, b, &count, &err))
		return fail_err(&err);
	/* TRANSLATORS: the result of workdays count, a number of working days, when the
	 * calendar of those days is not settled by decree yet. */
	printf(kz_span_provisional(data->cal, a, b) ? _("%d (provisional)") : "%d", count);
	putchar('\n');
	/* The days counted are [FROM, TO) (or [TO, FROM) when negative). */
	if (why)
		explain(data->cal, a < b ? a : b, (a < b ? b : a) - 1);
	return EXIT_OK;
}
