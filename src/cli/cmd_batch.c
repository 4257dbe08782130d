/* cmd_batch.c — kzmig batch ROSTER.csv: every deadline of every person in a roster, as
 * CSV (one row per person and deadline), JSON Lines (one object per person per line, so
 * the output streams and each line parses on its own) or iCalendar.
 *
 * The CSV path is the hot one (issue 6): one output buffer, dates and numbers written
 * without printf, nothing allocated per row. */
#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "roster.h"

enum { F_CSV, F_JSON, F_ICS };

/* ---- output: one buffer in front of a FILE, written through a temporary file -------- */

struct out {
	FILE *f;
	const char *path; /* --output FILE, or NULL for stdout */
	char *tmp;        /* the temporary file beside it */
	int err;          /* errno of the first write error, or 0 */
	size_t n;
	char buf[1 << 16];
};

/* Writes out the buffer; the first error is kept for o_close() to report. */
static void o_flush(struct out *o)
{
	if (o->n > 0 && fwrite(o->buf, 1, o->n, o->f) != o->n && o->err == 0)
		o->err = errno ? errno : EIO;
	o->n = 0;
}

/* Appends n bytes; a block larger than the buffer goes straight to the file. */
static void o_put(struct out *o, const char *s, size_t n)
{
	if (n > sizeof o->buf - o->n) {
		o_flush(o);
		if (n > sizeof o->buf) {
			if (fwrite(s, 1, n, o->f) != n && o->err == 0)
				o->err = errno ? errno : EIO;
			return;
		}
	}
	memcpy(o->buf + o->n, s, n);
	o->n += n;
}

/* Appends a NUL-terminated string. */
static void o_str(struct out *o, const char *s)
{
	o_put(o, s, strlen(s));
}

/* Appends one byte. */
static void o_ch(struct out *o, char c)
{
	if (o->n == sizeof o->buf)
		o_flush(o);
	o->buf[o->n++] = c;
}

/* Appends a decimal integer, without printf (the hot path of issue 6). */
static void o_long(struct out *o, long long v)
{
	char d[24];
	int k = 0;
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do
		d[k++] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	if (v < 0)
		o_ch(o, '-');
	while (k > 0)
		o_ch(o, d[--k]);
}

/* Opens stdout, or a temporary file in FILE's folder that o_close() renames into place,
 * so a failed run never leaves a partial FILE.  Returns 0 or EXIT_PARTIAL. */
static int o_open(struct out *o, const char *path)
{
	const char *slash;
	size_t dir;
	mode_t mask;
	int fd;

	o->path = path;
	if (path == NULL) {
		o->f = stdout;
		return 0;
	}
	slash = strrchr(path, '/');
	dir = slash ? (size_t)(slash - path) + 1 : 0;
	if ((o->tmp = malloc(strlen(path) + 16)) == NULL)
		return fail(EXIT_PARTIAL, path, "out of memory");
	sprintf(o->tmp, "%.*s.%s.XXXXXX", (int)dir, path, path + dir);
	if ((fd = mkstemp(o->tmp)) < 0) {
		int e = errno;

		free(o->tmp);
		o->tmp = NULL;
		return fail(EXIT_PARTIAL, path, "cannot write there: %s (expected a file in an "
			    "existing, writable folder)", strerror(e));
	}
	/* mkstemp makes the file 0600; give it the mode a plain fopen would. */
	mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 || (o->f = fdopen(fd, "w")) == NULL) {
		int e = errno;

		close(fd);
		unlink(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
		return fail(EXIT_PARTIAL, path, "cannot write: %s", strerror(e));
	}
	return 0;
}

/* Flushes and closes; with --output renames the temporary file into place when ok, and
 * removes it otherwise.  Returns 0, or EXIT_PARTIAL after a write error. */
static int o_close(struct out *o, bool ok)
{
	int rc = 0;

	o_flush(o);
	if (fflush(o->f) != 0 && o->err == 0)
		o->err = errno ? errno : EIO;
	if (o->tmp == NULL) {
		if (o->err != 0)
			rc = fail(EXIT_PARTIAL, "stdout", "write error: %s", strerror(o->err));
		return rc;
	}
	if (o->err == 0 && fsync(fileno(o->f)) != 0 && errno != EINVAL)
		o->err = errno;
	if (fclose(o->f) != 0 && o->err == 0)
		o->err = errno ? errno : EIO;
	if (o->err != 0)
		rc = fail(EXIT_PARTIAL, o->path, "write error: %s", strerror(o->err));
	else if (ok && rename(o->tmp, o->path) != 0)
		rc = fail(EXIT_PARTIAL, o->path, "cannot rename the finished file into place: %s",
			  strerror(errno));
	if (rc != 0 || !ok)
		unlink(o->tmp);
	free(o->tmp);
	o->tmp = NULL;
	return rc;
}

/* ---- CSV -------------------------------------------------------------------------- */

/* One cell, RFC 4180: quoted when it holds a comma, a quote or a line break.  A text
 * cell that a spreadsheet would read as a formula (= + - @, tab, CR first) gets a
 * leading ' (the OWASP "CSV injection" advice), so "=HYPERLINK(...)" stays text. */
static void csv_text(struct out *o, const char *s)
{
	bool formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
		       s[0] == '\t' || s[0] == '\r';
	size_t plain = strcspn(s, ",\"\r\n"), n = plain + strlen(s + plain);
	const char *q;

	if (s[plain] == '\0') {
		if (formula)
			o_ch(o, '\'');
		o_put(o, s, n);
		return;
	}
	o_ch(o, '"');
	if (formula)
		o_ch(o, '\'');
	/* Runs between quotes go out whole; each quote is doubled. */
	while ((q = strchr(s, '"')) != NULL) {
		o_put(o, s, (size_t)(q - s) + 1);
		o_ch(o, '"');
		s = q + 1;
	}
	o_str(o, s);
	o_ch(o, '"');
}

/* YYYY-MM-DD, or nothing for "no date" (an empty cell is null). */
static void csv_day(struct out *o, kz_day d)
{
	char b[11];

	if (d != KZ_NO_DAY)
		o_put(o, kz_day_format(d, b), 10);
}

/* KZT with one decimal only when there is a half tenge; empty for a warning. */
static void csv_kzt(struct out *o, const struct kz_deadline *d)
{
	if (!d->has_fine || d->fine.warning)
		return;
	o_long(o, d->fine.kzt10 / 10);
	if (d->fine.kzt10 % 10) {
		o_ch(o, '.');
		o_ch(o, (char)('0' + d->fine.kzt10 % 10));
	}
}

static const char csv_header[] =
	"id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis\n";

struct batch {
	struct out *o;
	int format;
	struct ics_cal *ics;
	struct ics_opts ics_opts;
};

/* One CSV row per deadline of one person; returns 0. */
static int batch_csv(struct batch *b, const struct roster_row *row, const struct kz_person *p,
		     const struct kz_deadline *dl, size_t n)
{
	struct out *o = b->o;

	for (size_t i = 0; i < n; i++) {
		const struct kz_deadline *d = &dl[i];

		csv_text(o, row->col[RC_ID]);
		o_ch(o, ',');
		csv_text(o, row->col[RC_NAME]);
		o_ch(o, ',');
		o_put(o, p->citizenship, 2);
		o_ch(o, ',');
		csv_text(o, d->id);
		o_ch(o, ',');
		csv_day(o, d->opens);
		o_ch(o, ',');
		csv_day(o, d->due);
		o_ch(o, ',');
		if (d->due != KZ_NO_DAY)
			o_long(o, d->days_left);
		o_ch(o, ',');
		o_str(o, kz_status_name(d->status));
		o_ch(o, ',');
		o_str(o, kz_responsible_name(d->responsible));
		o_ch(o, ',');
		csv_kzt(o, d);
		o_ch(o, ',');
		csv_text(o, d->basis ? d->basis : "");
		o_ch(o, '\n');
	}
	return 0;
}

/* person_json of design.md §4 with the roster's "id" and "name" first, on one line. */
static int batch_json(struct batch *b, const struct roster_row *row, const struct kz_person *p,
		      const struct kz_deadline *dl, size_t n)
{
	cJSON *obj = cJSON_CreateObject(), *pj = person_json(p, dl, n), *it;
	char *s;

	cJSON_AddStringToObject(obj, "id", row->col[RC_ID]);
	if (row->len[RC_NAME] > 0)
		cJSON_AddStringToObject(obj, "name", row->col[RC_NAME]);
	else
		cJSON_AddNullToObject(obj, "name");
	while ((it = pj->child) != NULL)
		cJSON_AddItemToArray(obj, cJSON_DetachItemViaPointer(pj, it));
	cJSON_Delete(pj);
	s = cJSON_PrintUnformatted(obj);
	cJSON_Delete(obj);
	if (s == NULL)
		return fail(EXIT_PARTIAL, "batch", "out of memory");
	o_str(b->o, s);
	o_ch(b->o, '\n');
	free(s);
	return 0;
}

/* roster_fn: writes one person in the chosen format; 0 or the exit code to stop with. */
static int batch_row(void *ctx, const struct roster_row *row, const struct kz_person *p,
		     struct kz_deadline *dl, size_t n)
{
	struct batch *b = ctx;
	int rc;

	if (b->format == F_CSV)
		rc = batch_csv(b, row, p, dl, n);
	else if (b->format == F_JSON)
		rc = batch_json(b, row, p, dl, n);
	else if ((rc = ics_add(b->ics, row->col[RC_ID],
			       row->len[RC_NAME] ? row->col[RC_NAME] : NULL, p, dl, n,
			       &b->ics_opts)) != 0)
		rc = rc > 0 ? rc : EXIT_PARTIAL;
	/* A full disk stops the run at once rather than after a million rows. */
	if (rc == 0 && b->o->err != 0)
		rc = EXIT_PARTIAL;
	return rc;
}

/* Bad rows are reported where they stand in the output (when both go to a terminal or
 * one file). */
static void batch_flush(void *ctx)
{
	struct batch *b = ctx;

	o_flush(b->o);
	fflush(b->o->f);
}

/* kzmig batch ROSTER.csv [options]: exit 0, 1 (bad rows, write error), 2 or 3. */
int cmd_batch(int argc, char **argv)
{
	enum { O_ONLY = 1, O_FORMAT, O_OUTPUT, O_TODAY, O_HOST, O_COUNT, O_POLICY, O_ALARM };
	static const struct option opts[] = {
		{"only", required_argument, 0, O_ONLY},
		{"format", required_argument, 0, O_FORMAT},
		{"output", required_argument, 0, O_OUTPUT},
		{"today", required_argument, 0, O_TODAY},
		{"host", required_argument, 0, O_HOST},
		{"count-from", required_argument, 0, O_COUNT},
		{"policy", required_argument, 0, O_POLICY},
		{"alarm", required_argument, 0, O_ALARM},
		{0, 0, 0, 0}};
	static const char *const formats[] = {"csv", "json", "ics", NULL};
	static const char *const counts[] = {"arrival", "next-day", NULL};
	static const char *const hosts[] = {"individual", "small", "medium", "large", NULL};
	struct roster_opts ro = {.today = KZ_NO_DAY, .host = KZ_HOST_SMALL,
				 .before_error = batch_flush};
	struct batch b = {.format = F_CSV, .ics_opts = {.alarms = {7, 1}, .nalarms = 2}};
	const char *only_args[ONLY_MAX], *output = NULL, *policy = NULL, *path;
	size_t nonly = 0;
	const struct kz_data *data;
	struct roster *r;
	struct out *o;
	kz_error err = {0};
	int c, v, rc, rc2;

	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		switch (c) {
		case O_ONLY:
			if (nonly == ONLY_MAX)
				return fail(EXIT_USAGE, "--only", "given more than %d times", ONLY_MAX);
			only_args[nonly++] = optarg;
			break;
		case O_FORMAT: if (opt_format("--format", optarg, formats, &b.format)) return EXIT_USAGE; break;
		case O_OUTPUT: output = optarg; break;
		case O_TODAY: if (opt_date("--today", optarg, &ro.today)) return EXIT_USAGE; break;
		case O_HOST:
			if (opt_format("--host", optarg, hosts, &v))
				return EXIT_USAGE;
			ro.host = (enum kz_host)v;
			break;
		case O_COUNT:
			if (opt_format("--count-from", optarg, counts, &v))
				return EXIT_USAGE;
			ro.count_from = (enum kz_count_from)v;
			break;
		case O_POLICY: policy = optarg; break;
		case O_ALARM: if (opt_alarms(optarg, &b.ics_opts)) return EXIT_USAGE; break;
		default: return bad_option("batch", c, argv);
		}
	}
	if (optind == argc)
		return fail(EXIT_USAGE, "batch", "no roster (expected kzmig batch ROSTER.csv, or - "
			    "for stdin)");
	if (optind + 1 < argc)
		return fail(EXIT_USAGE, "batch", "unexpected argument '%s'", argv[optind + 1]);
	path = argv[optind];
	if (output != NULL && output[0] == '\0')
		return fail(EXIT_USAGE, "--output", "empty (expected a file name)");
	for (size_t i = 0; i < nonly; i++)
		if (only_add(&ro.only, only_args[i], policy != NULL))
			return EXIT_USAGE;
	if (ro.today == KZ_NO_DAY)
		ro.today = today_almaty();
	b.ics_opts.today = ro.today;
	if ((data = data_load(DATA_ALL)) == NULL)
		return EXIT_DATA;
	if (policy != NULL && (ro.policy = policy_load(policy)) == NULL)
		return EXIT_DATA;
	/* The roster first: a bad file is exit 2 with no output file created. */
	if ((r = roster_open(path, &err)) == NULL)
		return fail_err(&err);
	if ((o = calloc(1, sizeof *o)) == NULL) {
		roster_close(r);
		return fail(EXIT_PARTIAL, "batch", "out of memory");
	}
	b.o = o;
	if ((rc = o_open(o, output)) != 0) {
		free(o);
		roster_close(r);
		return rc;
	}
	if (b.format == F_CSV)
		o_put(o, csv_header, sizeof csv_header - 1);
	if (b.format == F_ICS && (b.ics = ics_begin()) == NULL)
		rc = EXIT_PARTIAL; /* ics_begin said why */
	if (rc == 0)
		rc = roster_run(r, data, &ro, batch_row, &b);
	if (b.ics != NULL) {
		/* The calendar is written after bad rows too, but not after a stop. */
		o_flush(o);
		if (rc != EXIT_OK && rc != EXIT_PARTIAL)
			ics_free(b.ics);
		else if (ics_end(b.ics, o->f) != 0 && o->err == 0)
			o->err = errno ? errno : EIO;
	}
	/* Bad rows (exit 1) still give a file with every good row; a stop does not. */
	rc2 = o_close(o, rc == EXIT_OK || (rc == EXIT_PARTIAL && o->err == 0));
	free(o);
	roster_close(r);
	return rc2 != 0 ? rc2 : rc;
}
