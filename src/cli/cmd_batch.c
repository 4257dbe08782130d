/* cmd_batch.c — kzmig batch ROSTER.csv: every deadline of every person in a roster, as
 * CSV (out_csv.c: one row per person and deadline), JSON Lines (out_json.c: one object
 * per person per line), iCalendar (out_ics.c) or an Excel workbook (out_xlsx.c), to stdout
 * or --output FILE (a workbook only to --output: FILE, or - to pipe it). */
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
	enum { O_FORMAT = 1, O_OUTPUT };
	static const struct option opts[] = {{"format", required_argument, 0, O_FORMAT},
					     {"output", required_argument, 0, O_OUTPUT},
					     ROSTER_OPTIONS,
					     {0, 0, 0, 0}};
	static const char *const formats[] = {"csv", "json", "ics", "xlsx", NULL};
	struct roster_opts ro = {.today = KZ_NO_DAY, .host = KZ_HOST_SMALL,
				 .before_error = batch_flush};
	struct out_doc doc = {.ics = {.alarms = {7, 1}, .nalarms = 2}};
	struct roster_args ra = {.nonly = 0};
	const char *output = NULL, *path;
	char *unused;
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
		case O_FORMAT: bad = opt_format("--format", optarg, formats, &format); break;
		case O_OUTPUT: output = optarg; break;
		default:
			if ((bad = roster_option(c, optarg, &ro, &ra, &doc.ics)) < 0)
				return bad_option("batch", c, argv, opts);
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
	if (strcmp(formats[format], "xlsx") == 0 && output == NULL)
		return fail(EXIT_USAGE, "--format xlsx", "a workbook is a binary file, not for a "
			    "terminal (expected --output FILE.xlsx, or --output - to pipe it)");
	if ((rc = roster_ready(&ro, &ra, &data)) != 0)
		return rc;
	doc.today = doc.ics.today = ro.today;
	/* The roster first: a bad file is exit 2 with no output file created. */
	if ((r = roster_open(path, &ro.cols, &err)) == NULL)
		return fail_err(&err);
	/* Columns nobody reads are named once, so an office sees what kzmig left aside. */
	if ((unused = roster_unused(r)) != NULL) {
		fprintf(stderr, "kzmig: %s: ", roster_name(r));
		fprintf(stderr, _("columns not read: %s (they name no field; --column FIELD=HEADER "
				  "maps one)\n"), unused);
		free(unused);
	}
	doc.data = data;
	doc.input = strcmp(path, "-") != 0 ? path : NULL;
	if ((rc = out_begin(&o, formats[format], output, &doc)) == 0)
		rc = out_end(o, roster_run(r, data, &ro, batch_row, o));
	roster_close(r);
	return rc;
}
