/* cmd_workdays.c — kzmig workdays add DATE N | count FROM TO, each with --explain. */
#include <stdbool.h>
#include <string.h>

#include "cli.h"
#include "words.h"

/* One line per day the count passed over (or a weekend day it counted by decree). */
static void explain_line(void *ctx, kz_day day, enum explain_kind kind, const char *why)
{
	char a[DAY_TEXT];

	(void)ctx;
	printf("  %-16s %s %s\n", fmt_day_long(day, a),
	       kind == EXPLAIN_SKIPPED ? "skipped:" : "counted:", why);
}

static void explain(const kz_calendar *cal, kz_day from, kz_day to)
{
	if (from > to)
		return;
	if (explain_span(cal, from, to, explain_line, NULL) == 0)
		printf("  no day skipped: every day is a working day\n");
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
		printf("%s%s\n", kz_day_format(out, buf),
		       kz_span_provisional(data->cal, a, out) ? " (provisional)" : "");
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
	printf("%d%s\n", count, kz_span_provisional(data->cal, a, b) ? " (provisional)" : "");
	/* The days counted are [FROM, TO) (or [TO, FROM) when negative). */
	if (why)
		explain(data->cal, a < b ? a : b, (a < b ? b : a) - 1);
	return EXIT_OK;
}
