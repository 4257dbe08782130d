/* cmd_workdays.c — kzmig workdays add DATE N | count FROM TO */
#include <string.h>

#include "cli.h"

int cmd_workdays(int argc, char **argv)
{
	const struct kz_data *data;
	kz_error err = {0};
	kz_day a, b, out;
	long n;
	int count;
	char buf[11];

	if (argc != 4 || (strcmp(argv[1], "add") != 0 && strcmp(argv[1], "count") != 0))
		return fail(EXIT_USAGE, "workdays",
			    "expected 'add DATE N' or 'count FROM TO' (see kzmig workdays --help)");
	if (strcmp(argv[1], "add") == 0) {
		if (opt_date("DATE", argv[2], &a) || opt_int("N", argv[3], -100000, 100000, &n))
			return EXIT_USAGE;
		if ((data = data_load(DATA_CAL)) == NULL)
			return EXIT_DATA;
		if (kz_add_workdays(data->cal, a, (int)n, &out, &err))
			return fail_err(&err);
		printf("%s%s\n", kz_day_format(out, buf),
		       kz_span_provisional(data->cal, a, out) ? " (provisional)" : "");
		return EXIT_OK;
	}
	if (opt_date("FROM", argv[2], &a) || opt_date("TO", argv[3], &b))
		return EXIT_USAGE;
	if ((data = data_load(DATA_CAL)) == NULL)
		return EXIT_DATA;
	if (kz_count_workdays(data->cal, a, b, &count, &err))
		return fail_err(&err);
	printf("%d%s\n", count, kz_span_provisional(data->cal, a, b) ? " (provisional)" : "");
	return EXIT_OK;
}
