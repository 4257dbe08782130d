/* cmd_batch.c — kzmig batch ROSTER.csv: every deadline of every person in a roster, as
 * CSV (out_csv.c: one row per person and deadline), JSON Lines (out_json.c: one object
 * per person per line) or iCalendar (out_ics.c), to stdout or --output FILE. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "roster.h"

/* roster_fn: writes one person in the chosen format; 0 or the exit code to stop with (a
 * full disk stops the run at once rather than after a million rows). */
static int batch_row(void *ctx, const struct kz_row *row, const struct kz_person *p,
		     struct kz_deadline *dl, size_t n)
{
	const struct out_person who = {
		.id = row->cell[KZ_FIELD_ID], .name = row->cell[KZ_FIELD_NAME], .email = row->cell[KZ_FIELD_EMAIL],
		.id_len = row->len[KZ_FIELD_ID], .name_len = row->len[KZ_FIELD_NAME],
		.email_len = row->len[KZ_FIELD_EMAIL], .plain = row->plain, .p = p, .dl = dl, .n = n};

	return out_person(ctx, &who);
}

/* roster_opts.before_error: what is buffered comes out before the message. */
static void batch_flush(void *ctx)
{
	out_flush(ctx);
}

/* kzmig batch ROSTER.csv [options]: exit 0, 1 (bad rows, write error), 2 or 3. */
int cmd_batch(int argc, char **argv)
{
	enum { O_ONLY = 1, O_FORMAT, O_OUTPUT, O_TODAY, O_HOST, O_COUNT, O_POLICY, O_ALARM,
	       O_COLUMN };
	static const struct option opts[] = {
		{"only", required_argument, 0, O_ONLY},
		{"format", required_argument, 0, O_FORMAT},
		{"output", required_argument, 0, O_OUTPUT},
		{"today", required_argument, 0, O_TODAY},
		{"host", required_argument, 0, O_HOST},
		{"count-from", required_argument, 0, O_COUNT},
		{"policy", required_argument, 0, O_POLICY},
		{"alarm", required_argument, 0, O_ALARM},
		{"column", required_argument, 0, O_COLUMN},
		{0, 0, 0, 0}};
	static const char *const formats[] = {"csv", "json", "ics", NULL};
	struct roster_opts ro = {.today = KZ_NO_DAY, .host = KZ_HOST_SMALL,
				 .before_error = batch_flush};
	struct out_doc doc = {.ics = {.alarms = {7, 1}, .nalarms = 2}};
	const char *only_args[ONLY_MAX], *output = NULL, *policy = NULL, *path;
	char *unused;
	size_t nonly = 0;
	const struct kz_data *data;
	struct roster *r;
	struct out *o;
	kz_error err = {0};
	int c, format = 0, rc;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		int bad = 0;

		switch (c) {
		case O_ONLY:
			if (nonly == ONLY_MAX)
				return fail(EXIT_USAGE, "--only", "given more than %d times", ONLY_MAX);
			only_args[nonly++] = optarg;
			break;
		case O_FORMAT: bad = opt_format("--format", optarg, formats, &format); break;
		case O_OUTPUT: output = optarg; break;
		case O_TODAY: bad = opt_date("--today", optarg, &ro.today); break;
		case O_HOST: bad = opt_host(optarg, &ro.host); break;
		case O_COUNT: bad = opt_count_from(optarg, &ro.count_from); break;
		case O_POLICY: policy = optarg; break;
		case O_ALARM: bad = opt_alarm("--alarm", optarg, &doc.ics); break;
		case O_COLUMN: bad = opt_column(optarg, &ro.cols); break;
		default: return bad_option("batch", c, argv);
		}
		if (bad)
			return EXIT_USAGE;
	}
	if (optind == argc)
		return fail(EXIT_USAGE, "batch", "no roster (expected kzmig batch ROSTER.csv, or - "
			    "for stdin)");
	if (optind + 1 < argc)
		return fail(EXIT_USAGE, "batch", "unexpected argument '%s'", argv[optind + 1]);
	path = argv[optind];
	if (output != NULL && output[0] == '\0')
		return fail(EXIT_USAGE, "--output", "empty (expected a file name)");
	if (ro.today == KZ_NO_DAY)
		ro.today = today_almaty();
	doc.today = doc.ics.today = ro.today;
	if ((data = data_load(DATA_ALL)) == NULL)
		return EXIT_DATA;
	if (policy != NULL && (ro.policy = policy_load(policy)) == NULL)
		return EXIT_DATA;
	/* --only after the policy: its ids are the law's and the policy's. */
	for (size_t i = 0; i < nonly; i++)
		if (only_add(&ro.only, only_args[i], ro.policy))
			return EXIT_USAGE;
	/* The roster first: a bad file is exit 2 with no output file created. */
	if ((r = roster_open(path, &ro.cols, &err)) == NULL)
		return fail_err(&err);
	/* Columns nobody reads are named once, so an office sees what kzmig left aside. */
	if ((unused = roster_unused(r)) != NULL) {
		fprintf(stderr, "kzmig: %s: columns not read: %s (they name no field; --column "
			"FIELD=HEADER maps one)\n", roster_name(r), unused);
		free(unused);
	}
	doc.data = data;
	doc.input = strcmp(path, "-") != 0 ? path : NULL;
	if ((rc = out_begin(&o, formats[format], output, &doc)) == 0)
		rc = out_end(o, roster_run(r, data, &ro, batch_row, o));
	roster_close(r);
	return rc;
}
