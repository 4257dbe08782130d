/* roster_cli.c — what the CLI adds to the library's roster reader (roster.c): a path
 * ("-" for stdin) as its input, and the row loop shared by `batch` and `remind`, which
 * reports bad rows on stderr; --only and --alarm, which both commands take. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "roster.h"

/* A roster file: the library's reader and the stream it reads. */
struct roster {
	kz_roster *k;
	FILE *f;
	struct xlsx *x; /* a workbook, read as CSV, or NULL */
	bool own; /* opened by roster_open (not stdin): closed by roster_close */
};

/* Whether path names a workbook: its name ends in .xlsx or .xls, or it begins as a zip
 * or an old Office file does (xlsx_open then says what it cannot read). */
static bool is_workbook(const char *path)
{
	size_t n = strlen(path);
	unsigned char magic[4] = {0};
	FILE *f;

	if ((n > 5 && strcasecmp(path + n - 5, ".xlsx") == 0) ||
	    (n > 4 && strcasecmp(path + n - 4, ".xls") == 0))
		return true;
	if ((f = fopen(path, "rb")) == NULL)
		return false;
	if (fread(magic, 1, 4, f) != 4)
		magic[0] = 0;
	fclose(f);
	return memcmp(magic, "PK\3\4", 4) == 0 || memcmp(magic, "\xD0\xCF\x11\xE0", 4) == 0;
}

/* kz_read_fn over a stream.  A read error drops what that read got: the run stops. */
static size_t read_stream(void *arg, char *buf, size_t cap, int *error)
{
	FILE *f = arg;
	size_t got = fread(buf, 1, cap, f);

	if (got < cap && ferror(f)) {
		*error = errno != 0 ? errno : EIO;
		return 0;
	}
	return got;
}

/* roster.h: "-" is stdin; a file gets no stdio buffer of its own. */
struct roster *roster_open(const char *path, const struct kz_roster_opts *cols,
			   kz_error *err)
{
	struct roster *r = calloc(1, sizeof *r);
	const char *name = path;

	if (r == NULL) {
		kz_error_set(err, KZ_ENOMEM, path, "out of memory");
		return NULL;
	}
	if (strcmp(path, "-") == 0) {
		r->f = stdin;
		name = "stdin";
	} else if (is_workbook(path)) {
		if ((r->x = xlsx_open(path, err)) == NULL) {
			free(r);
			return NULL;
		}
		if ((r->k = kz_roster_open(xlsx_read, r->x, name, cols, err)) == NULL) {
			if (xlsx_error(r->x)[0])
				kz_error_set(err, KZ_EINVAL, path, "%s", xlsx_error(r->x));
			roster_close(r);
			return NULL;
		}
		return r;
	} else if ((r->f = fopen(path, "rb")) == NULL) {
		kz_error_set(err, KZ_EINVAL, path, "cannot open: %s (expected a readable CSV file)",
			     strerror(errno));
		free(r);
		return NULL;
	} else {
		r->own = true;
		/* The roster buffer is the only buffer: stdio's would be a second copy. */
		setvbuf(r->f, NULL, _IONBF, 0);
	}
	if ((r->k = kz_roster_open(read_stream, r->f, name, cols, err)) == NULL) {
		roster_close(r);
		return NULL;
	}
	return r;
}

/* roster.h: the unused columns joined, or NULL. */
char *roster_unused(const struct roster *r)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f;
	const char *h;

	if (kz_roster_unused(r->k, 0) == NULL || (f = open_memstream(&text, &len)) == NULL)
		return NULL;
	for (size_t i = 0; (h = kz_roster_unused(r->k, i)) != NULL; i++)
		fprintf(f, "%s%s", i ? ", " : "", h);
	if (fclose(f) != 0) {
		free(text);
		return NULL;
	}
	return text;
}

/* roster.h: FIELD=HEADER, FIELD one of kz_field_name's. */
int opt_column(const char *arg, struct kz_roster_opts *cols)
{
	const char *eq = strchr(arg, '=');

	for (int f = 0; eq != NULL && eq > arg && eq[1] != '\0' && f < KZ_FIELDS; f++)
		if (strlen(kz_field_name((enum kz_field)f)) == (size_t)(eq - arg) &&
		    strncmp(kz_field_name((enum kz_field)f), arg, (size_t)(eq - arg)) == 0) {
			cols->headers[f] = eq + 1;
			return 0;
		}
	return fail(EXIT_USAGE, "--column", "'%.60s' (expected FIELD=HEADER, FIELD one of id, "
		    "citizenship, arrival, name, birth, visa_expiry, passport_expiry, email, "
		    "host, trp_expiry, entry, count_from, trips, moves)", arg);
}

/* --encoding auto|utf-8|utf-16|cp1251: the roster's encoding (kz_encoding).  0 or
 * EXIT_USAGE (said). */
static int opt_encoding(const char *arg, struct kz_roster_opts *cols)
{
	static const char *const names[] = {"auto", "utf-8", "utf-16", "cp1251"};

	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcmp(arg, names[i]) == 0) {
			cols->encoding = (enum kz_encoding)i;
			return 0;
		}
	return fail(EXIT_USAGE, "--encoding", "'%.60s' (expected auto, utf-8, utf-16 or cp1251)",
		    arg);
}

/* roster.h: the shared options. */
int roster_option(int c, const char *arg, struct roster_opts *ro, struct roster_args *a,
		  struct ics_opts *ics)
{
	switch (c) {
	case RO_ONLY:
		if (a->nonly == ONLY_MAX)
			return fail(EXIT_USAGE, "--only", "given more than %d times", ONLY_MAX);
		a->only[a->nonly++] = arg;
		return 0;
	case RO_TODAY: return opt_date("--today", arg, &ro->today);
	case RO_HOST: return opt_host(arg, &ro->host);
	case RO_COUNT: return opt_count_from(arg, &ro->count_from);
	case RO_POLICY: a->policy = arg; return 0;
	case RO_ALARM: return opt_alarm("--alarm", arg, ics);
	case RO_COLUMN: return opt_column(arg, &ro->cols);
	case RO_ENCODING: return opt_encoding(arg, &ro->cols);
	default: return -1;
	}
}

/* roster.h: what the shared options leave to do once they are all read. */
int roster_ready(struct roster_opts *ro, const struct roster_args *a,
		 const struct kz_data **data)
{
	if (ro->today == KZ_NO_DAY)
		ro->today = today_almaty();
	if ((*data = data_load(DATA_ALL)) == NULL)
		return EXIT_DATA;
	if (a->policy != NULL && (ro->policy = policy_load(a->policy)) == NULL)
		return EXIT_DATA;
	/* --only after the policy: its ids are the law's and the policy's. */
	for (size_t i = 0; i < a->nonly; i++)
		if (only_add(&ro->only, a->only[i], ro->policy))
			return EXIT_USAGE;
	return 0;
}

/* roster.h: NULL-safe; closes the file only when roster_open opened it. */
void roster_close(struct roster *r)
{
	if (r == NULL)
		return;
	kz_roster_free(r->k);
	xlsx_close(r->x);
	if (r->own)
		fclose(r->f);
	free(r);
}

/* roster.h: the name used in messages: the path, or "stdin". */
const char *roster_name(const struct roster *r)
{
	return kz_roster_name(r->k);
}

/* ---- --only --------------------------------------------------------------------- */

/* roster.h: each comma-separated id must be one of kz_deadline_ids or the policy's. */
/* The ids --only takes, for its message: the law's, then the policy's. */
static void only_expected(char *buf, size_t size, const kz_policy *policy)
{
	size_t k = 0;

	for (int i = 0; kz_deadline_ids[i] && k < size; i++)
		k += (size_t)snprintf(buf + k, size - k, "%s%s", i ? ", " : "",
				      kz_deadline_ids[i]);
	for (size_t i = 0; policy && kz_policy_id(policy, i) && k < size; i++)
		k += (size_t)snprintf(buf + k, size - k, ", %s", kz_policy_id(policy, i));
}

int only_add(struct only *o, const char *arg, const kz_policy *policy)
{
	const char *p = arg;

	for (;;) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		bool ok = false;
		uint32_t bit = 0;

		for (int i = 0; !ok && kz_deadline_ids[i]; i++)
			if ((ok = strlen(kz_deadline_ids[i]) == n &&
				  strncmp(kz_deadline_ids[i], p, n) == 0))
				bit = UINT32_C(1) << i;
		for (size_t i = 0; !ok && policy && kz_policy_id(policy, i); i++)
			ok = strlen(kz_policy_id(policy, i)) == n &&
			     strncmp(kz_policy_id(policy, i), p, n) == 0;
		if (!ok || n >= sizeof o->ids[0]) {
			char expected[1024];

			only_expected(expected, sizeof expected, policy);
			return fail(EXIT_USAGE, "--only",
				    "unknown deadline '%.*s' (expected a comma-separated list of "
				    "%s)", (int)(n > 48 ? 48 : n), p, expected);
		}
		if (o->n == ONLY_MAX)
			return fail(EXIT_USAGE, "--only", "more than %d ids", ONLY_MAX);
		memcpy(o->ids[o->n], p, n);
		o->ids[o->n++][n] = '\0';
		o->mask |= bit;
		if (comma == NULL)
			return 0;
		p = comma + 1;
	}
}

/* roster.h: compacts dl in place, keeping the order. */
size_t only_filter(const struct only *o, struct kz_deadline *dl, size_t n)
{
	size_t w = 0;

	if (o->n == 0)
		return n;
	for (size_t i = 0; i < n; i++) {
		bool keep = false;

		for (size_t k = 0; k < o->n && !keep; k++)
			keep = strcmp(dl[i].id, o->ids[k]) == 0;
		if (keep) {
			if (w != i)
				dl[w] = dl[i];
			w++;
		}
	}
	return w;
}

/* The bad rows of a run, by kind of problem (the message without the values it quotes):
 * the first ROW_ERRORS_SHOWN of a kind are said a line each, the others counted, and one
 * line at the end says how many more there were and where the first of them are, so a
 * roster of 50,000 rows with one wrong column does not print 50,000 lines. */
#define ROW_ERRORS_SHOWN 20
#define ROW_KINDS 64
struct tally {
	struct {
		char key[160];
		size_t seen;
		long lines[5];
	} kind[ROW_KINDS];
	int nkinds;
};

/* Reports one bad row's message (where = "FILE:LINE"). */
static void row_error(struct tally *t, const char *where, long line, const char *msg)
{
	char key[160];
	size_t k = 0;
	bool quoted = false;
	int i;

	/* The values quoted in it stand as '...': rows with other values, the same problem. */
	for (const char *c = msg; *c && k + 4 < sizeof key; c++) {
		if (*c == '\'' && !quoted) {
			memcpy(key + k, "'...", 4);
			k += 4;
		}
		if (*c == '\'')
			quoted = !quoted;
		if (!quoted)
			key[k++] = *c;
	}
	key[k] = '\0';
	for (i = 0; i < t->nkinds && strcmp(t->kind[i].key, key) != 0; i++)
		;
	if (i == t->nkinds && i < ROW_KINDS) {
		memcpy(t->kind[i].key, key, k + 1);
		t->kind[i].seen = 0;
		t->nkinds++;
	}
	if (i < ROW_KINDS && t->kind[i].seen++ >= ROW_ERRORS_SHOWN) {
		size_t more = t->kind[i].seen - ROW_ERRORS_SHOWN - 1;

		if (more < 5)
			t->kind[i].lines[more] = line;
		return;
	}
	fprintf(stderr, "kzmig: %s: %s\n", where, msg);
}

/* The LINE of a "FILE:LINE" where, or 0. */
static long line_of(const char *where)
{
	const char *colon = strrchr(where, ':');

	return colon ? strtol(colon + 1, NULL, 10) : 0;
}

/* The summary lines of the kinds that had more rows than were shown. */
static void row_errors_summary(const struct tally *t, const char *name)
{
	for (int i = 0; i < t->nkinds; i++) {
		size_t more = t->kind[i].seen > ROW_ERRORS_SHOWN
				      ? t->kind[i].seen - ROW_ERRORS_SHOWN
				      : 0;

		char lines[128];
		size_t k = 0;

		if (more == 0)
			continue;
		/* the first five lines of them: "12, 40, 41, 57, 90, ..." */
		for (size_t j = 0; j < more && j < 5; j++)
			k += (size_t)snprintf(lines + k, sizeof lines - k, "%s%ld", j ? ", " : "",
					      t->kind[i].lines[j]);
		if (more > 5)
			snprintf(lines + k, sizeof lines - k, ", ...");
		fprintf(stderr, "kzmig: %s: ", name);
		fprintf(stderr,
			/* TRANSLATORS: after a roster's name, the rows with a problem beyond
			 * the 20 reported: %1$zu how many, %2$s their first line numbers ("12,
			 * 40, ..."), %3$s the problem, its values as '...'. */
			P_("%zu more row (line %s): %s", "%zu more rows (lines %s): %s", more),
			more, lines, t->kind[i].key);
		fputc('\n', stderr);
	}
}

/* roster.h: one person at a time through the library, with one deadline array. */
int roster_run(struct roster *r, const struct kz_data *data, const struct roster_opts *o,
	       roster_fn fn, void *ctx)
{
	const struct kz_rules rules = {data->cal, data->regimes, data->fines};
	const struct kz_row_opts ro = {data->regimes, o->today, o->host, o->count_from};
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	/* Without a policy, --only goes to the library as a mask: the deadlines left out are
	 * not copied, sorted or written (nor worked out when they cannot fail). */
	const uint32_t mask = o->policy == NULL && o->only.n > 0 ? o->only.mask : KZ_DEADLINES_ALL;
	/* kz_roster_next sets every field; the initialiser is for the analysers */
	struct kz_row row = {0};
	struct kz_person p;
	kz_error err;
	size_t n;
	uint32_t bad_facts;
	int k, rc, bad = 0;
	struct tally *t = calloc(1, sizeof *t);
	char msg[512];

	if (t == NULL)
		return fail(EXIT_PARTIAL, roster_name(r), "out of memory");
	while ((k = kz_roster_next(r->k, &row, &err)) != 0) {
		if (k == -2) {
			if (o->before_error)
				o->before_error(ctx);
			row_errors_summary(t, roster_name(r));
			free(t);
			if (r->x != NULL && xlsx_error(r->x)[0])
				kz_error_set(&err, KZ_EINVAL, roster_name(r), "%s", xlsx_error(r->x));
			return fail_err(&err);
		}
		if (k < 0 || kz_person_from_row(r->k, &row, &ro, &p, &err) != 0) {
			if (o->before_error)
				o->before_error(ctx);
			row_error(t, err.where, line_of(err.where), err.msg);
			bad++;
			continue;
		}
		if (kz_deadlines_only(&rules, &p, mask, dl, KZ_DEADLINES_MAX, &n, &bad_facts,
				      &err) != 0 ||
		    (o->policy != NULL &&
		     kz_policy_deadlines(o->policy, &rules, &p, dl, KZ_DEADLINES_MAX, &n, &err))) {
			/* The library names the field; the row's line goes first. */
			char where[96];

			if (o->before_error)
				o->before_error(ctx);
			snprintf(where, sizeof where, "%s:%ld", roster_name(r), row.line);
			snprintf(msg, sizeof msg, "%s%s%s", err.where, err.where[0] ? ": " : "",
				 err.msg);
			row_error(t, where, row.line, msg);
			bad++;
			continue;
		}
		/* Facts that cannot be used cost their deadlines (problems, written with the
		 * others) and are reported, a line each, naming the column. */
		if (bad_facts != 0) {
			struct kz_fact_problem probs[16];
			size_t np = kz_person_problems(&rules, &p, probs, 16);
			char where[96];

			if (o->before_error)
				o->before_error(ctx);
			snprintf(where, sizeof where, "%s:%ld", roster_name(r), row.line);
			for (size_t i = 0; i < np && i < 16; i++) {
				snprintf(msg, sizeof msg, "%s: %s", kz_fact_name(probs[i].fact),
					 probs[i].msg);
				row_error(t, where, row.line, msg);
			}
			bad++;
		}
		if (o->policy != NULL)
			n = only_filter(&o->only, dl, n);
		if ((rc = fn(ctx, &row, &p, dl, n)) != 0) {
			row_errors_summary(t, roster_name(r));
			free(t);
			return rc;
		}
	}
	if (o->before_error && bad)
		o->before_error(ctx);
	row_errors_summary(t, roster_name(r));
	free(t);
	return bad ? EXIT_PARTIAL : EXIT_OK;
}
