/* roster_cli.c — what the CLI adds to the library's roster reader (roster.c): a path
 * ("-" for stdin) as its input, and the row loop shared by `batch` and `remind`, which
 * reports bad rows on stderr; --only and --alarm, which both commands take. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "roster.h"

/* A roster file: the library's reader and the stream it reads. */
struct roster {
	kz_roster *k;
	FILE *f;
	bool own; /* opened by roster_open (not stdin): closed by roster_close */
};

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

	while ((k = kz_roster_next(r->k, &row, &err)) != 0) {
		if (k == -2) {
			if (o->before_error)
				o->before_error(ctx);
			return fail_err(&err);
		}
		if (k < 0 || kz_person_from_row(r->k, &row, &ro, &p, &err) != 0) {
			if (o->before_error)
				o->before_error(ctx);
			fail_err(&err);
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
			fail(EXIT_PARTIAL, where, "%s%s%s", err.where, err.where[0] ? ": " : "",
			     err.msg);
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
			for (size_t i = 0; i < np && i < 16; i++)
				fail(EXIT_PARTIAL, where, "%s: %s", kz_fact_name(probs[i].fact),
				     probs[i].msg);
			bad++;
		}
		if (o->policy != NULL)
			n = only_filter(&o->only, dl, n);
		if ((rc = fn(ctx, &row, &p, dl, n)) != 0)
			return rc;
	}
	return bad ? EXIT_PARTIAL : EXIT_OK;
}
