/* cmd_data.c — kzmig data check [DIR] [--policy FILE]...: validates the data files and
 * policy files and reports EVERY problem, one line each, not only the first.
 *
 * The checking is the library's: kz_calendar_check(), kz_regimes_check(),
 * kz_fines_check() and kz_policy_check() run the loaders themselves, going on after a
 * problem, so what this command refuses the loaders refuse, with the same message, and
 * the other way round.  This file only finds the files and prints.
 *
 * Where the files come from: DIR's holidays_kz.json, visa_free.json and fines_kz.json
 * (each must be there), and DIR's other *.json files as policies.  A DIR with none of the
 * three data files is a folder of policies (`kzmig data check examples/`): the data then
 * is the built-in one.  Without DIR: --data DIR, else KZMIG_DATA, else the built-in data.
 *
 * Output: problems on stderr as `kzmig: FILE:LINE:COL: what` (JSON syntax) or
 * `kzmig: FILE: json.path: what`, exit 3; with none, one line per file on stdout,
 * `FILE: ok (N entries, as of DATE)`, then a note for each rule applied beyond its
 * sources' days, exit 0. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* Growable lists of strings: the "ok" and note lines, file names. */
struct list {
	char **s;
	size_t n, cap;
};

static struct list oks, notes;
static int problems;

/* Appends s (taken over, NULL for out of memory) to l. */
static void add(struct list *l, char *s)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;
		char **ns = s ? realloc(l->s, cap * sizeof *ns) : NULL;

		if (ns == NULL) {
			free(s);
			fprintf(stderr, "kzmig: out of memory\n");
			problems++;
			return;
		}
		l->s = ns;
		l->cap = cap;
	}
	l->s[l->n++] = s;
}

/* Appends a formatted line to l. */
static void addf(struct list *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void addf(struct list *l, const char *fmt, ...)
{
	char line[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	add(l, strdup(line));
}

/* Prints each line of l when `print`; frees them. */
static void flush(struct list *l, bool print)
{
	for (size_t i = 0; i < l->n; i++) {
		if (print)
			puts(l->s[i]);
		free(l->s[i]);
	}
	free(l->s);
	*l = (struct list){0};
}

/* The library's reporter: "kzmig: WHERE: WHAT", as it is found. */
static void report(const kz_error *e, void *arg)
{
	fprintf(stderr, "kzmig: %s: %s\n", e->where[0] ? e->where : (const char *)arg, e->msg);
	problems++;
}

/* A file that could not be read, or a folder that is not one. */
static void trouble(const char *where, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void trouble(const char *where, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "kzmig: %s: ", where);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	problems++;
}

/* One note line per rule applied beyond its sources (issue 10), its stretches together:
 * answers on those days are provisional, and the reasons are in the answers. */
static void unsourced(const char *file, const kz_fines *f, const kz_regimes *r)
{
	size_t n = f ? kz_fines_unsourced(f, NULL, 0) : kz_regimes_unsourced(r, NULL, 0);
	struct kz_unsourced *u = malloc((n + 1) * sizeof *u);
	char a[11], b[11], line[1024];
	int k = 0;

	if (u == NULL) {
		add(&notes, NULL);
		return;
	}
	n = f ? kz_fines_unsourced(f, u, n) : kz_regimes_unsourced(r, u, n);
	for (size_t i = 0; i < n; i++) {
		bool first = i == 0 || strcmp(u[i].kind, u[i - 1].kind) != 0 ||
			     strcmp(u[i].what, u[i - 1].what) != 0;
		bool last = i + 1 == n || strcmp(u[i].kind, u[i + 1].kind) != 0 ||
			    strcmp(u[i].what, u[i + 1].what) != 0;

		if (first)
			k = snprintf(line, sizeof line, "%s: note: %s %s is applied beyond its "
				     "sources on", file, u[i].kind, u[i].what);
		if (k > 0 && (size_t)k < sizeof line)
			k += snprintf(line + k, sizeof line - (size_t)k, "%s %s..%s",
				      first ? "" : ",",
				      u[i].from == KZ_NO_DAY ? "" : kz_day_format(u[i].from, a),
				      u[i].until == KZ_NO_DAY ? "" : kz_day_format(u[i].until, b));
		if (last)
			add(&notes, strdup(line));
	}
	free(u);
}

enum kind { HOLIDAYS, VISA_FREE, FINES, POLICY };
static const char *const data_names[] = {"holidays_kz.json", "visa_free.json",
					 "fines_kz.json"};

/* One file: every problem through the library's check, else its "ok" line and notes from
 * the loaded object (which then cannot fail). */
static void check(enum kind k, const char *file, const char *bytes, size_t len)
{
	static int (*const checks[])(const char *, size_t, const char *, kz_report_fn *,
				     void *, size_t *) = {kz_calendar_check, kz_regimes_check,
							   kz_fines_check, kz_policy_check};
	size_t n = 0;
	const char *as_of = NULL;
	kz_calendar *cal = NULL;
	kz_regimes *r = NULL;
	kz_fines *f = NULL;
	kz_policy *pol = NULL;

	if (checks[k](bytes, len, file, report, (void *)file, &n) != 0)
		return;
	switch (k) {
	case HOLIDAYS:
		as_of = (cal = kz_calendar_load(bytes, len, file, NULL)) ? kz_calendar_as_of(cal)
									  : NULL;
		break;
	case VISA_FREE:
		as_of = (r = kz_regimes_load(bytes, len, file, NULL)) ? kz_regimes_as_of(r) : NULL;
		break;
	case FINES:
		as_of = (f = kz_fines_load(bytes, len, file, NULL)) ? kz_fines_as_of(f) : NULL;
		break;
	case POLICY:
		as_of = (pol = kz_policy_load(bytes, len, file, NULL)) ? kz_policy_as_of(pol)
									: NULL;
		break;
	}
	if (as_of == NULL)
		trouble(file, "out of memory");
	else
		addf(&oks, "%s: ok (%zu %s, as of %s)", file, n, n == 1 ? "entry" : "entries",
		     as_of);
	if (f != NULL || r != NULL)
		unsourced(file, f, r);
	kz_calendar_free(cal);
	kz_regimes_free(r);
	kz_fines_free(f);
	kz_policy_free(pol);
}

/* A file on disk, read and checked. */
static void check_path(enum kind k, const char *path)
{
	kz_error e = {0};
	size_t len = 0;
	char *bytes = read_file(path, &len, &e);

	if (bytes == NULL)
		report(&e, (void *)path);
	else
		check(k, path, bytes, len);
	free(bytes);
}

/* The three data files compiled into kzmig. */
static void check_built_in(void)
{
	for (int i = 0; i < 3; i++) {
		const struct embedded_file *f = embedded_files;
		char file[64];

		while (f->name && strcmp(f->name, data_names[i]) != 0)
			f++;
		snprintf(file, sizeof file, "%s (built in)", data_names[i]);
		if (f->name == NULL)
			trouble(file, "not built into this kzmig (expected data/%s)", data_names[i]);
		else
			check((enum kind)i, file, f->data, f->len);
	}
}

/* qsort order for file names. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* DIR's *.json files other than the data files, sorted, into *out; -1 when DIR cannot be
 * read.  *has_data: whether any of the data files is there. */
static int policies_in(const char *dir, struct list *out, bool *has_data)
{
	DIR *d = opendir(dir);
	struct dirent *ent;

	*has_data = false;
	if (d == NULL)
		return -1;
	while ((ent = readdir(d)) != NULL) {
		size_t len = strlen(ent->d_name);
		bool is_data = false;

		if (len < 6 || strcmp(ent->d_name + len - 5, ".json") != 0 ||
		    ent->d_name[0] == '.')
			continue;
		for (int i = 0; i < 3; i++)
			is_data |= strcmp(ent->d_name, data_names[i]) == 0;
		*has_data |= is_data;
		if (!is_data)
			addf(out, "%s/%s", dir, ent->d_name);
	}
	closedir(d);
	if (out->n > 0)
		qsort(out->s, out->n, sizeof *out->s, cmp_str);
	return 0;
}

/* The data files: DIR's, or built in when DIR holds only policies (those into *pols). */
static void check_dir(const char *dir, struct list *pols, bool policies_given)
{
	struct stat st;
	bool has_data;

	if (stat(dir, &st) != 0)
		trouble(dir, "cannot open: %s", strerror(errno));
	else if (!S_ISDIR(st.st_mode))
		trouble(dir, "not a folder (expected a folder with the data files)");
	else if (policies_in(dir, pols, &has_data) != 0)
		trouble(dir, "cannot open: %s", strerror(errno));
	else if (has_data)
		for (int i = 0; i < 3; i++) {
			char file[1024];

			snprintf(file, sizeof file, "%s/%s", dir, data_names[i]);
			check_path((enum kind)i, file);
		}
	else if (pols->n == 0 && !policies_given)
		trouble(dir, "no data or policy files here (expected holidays_kz.json, "
			"visa_free.json, fines_kz.json or a policy .json)");
	else
		check_built_in();
}

/* kzmig data check [DIR] [--policy FILE]...: 0 when every file is valid, else 3. */
int cmd_data(int argc, char **argv)
{
	static const struct option opts[] = {{"policy", required_argument, 0, 'p'},
					     {0, 0, 0, 0}};
	struct list given = {0}, pols = {0}, reals = {0};
	char dir[1024] = "";
	int c;

	optind = 0;
	opterr = 0;
	problems = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1) {
		if (c != 'p') {
			flush(&given, false);
			return bad_option("data", c, argv);
		}
		addf(&given, "%s", optarg);
	}
	if (optind >= argc || strcmp(argv[optind], "check") != 0 || argc - optind > 2) {
		flush(&given, false);
		if (argc - optind > 2 && strcmp(argv[optind], "check") == 0)
			return fail(EXIT_USAGE, "data check", "unexpected argument '%.40s' "
				    "(expected one DIR at most)", argv[optind + 2]);
		return fail(EXIT_USAGE, "data", "%s%.40s%s (expected 'check [DIR] [--policy FILE]')",
			    optind < argc ? "unknown subcommand '" : "a subcommand is needed",
			    optind < argc ? argv[optind] : "", optind < argc ? "'" : "");
	}
	if (optind + 1 < argc)
		snprintf(dir, sizeof dir, "%s", argv[optind + 1]);
	else if (data_dir_get() != NULL) /* --data DIR, else KZMIG_DATA */
		snprintf(dir, sizeof dir, "%s", data_dir_get());
	for (size_t n = strlen(dir); n > 1 && dir[n - 1] == '/'; n--)
		dir[n - 1] = '\0';
	if (*dir == '\0')
		check_built_in();
	else
		check_dir(dir, &pols, given.n > 0);
	/* DIR's policies, then --policy's; a file named twice is checked once. */
	for (size_t i = 0; i < given.n; i++)
		add(&pols, strdup(given.s[i]));
	for (size_t i = 0; i < pols.n; i++) {
		char *real = realpath(pols.s[i], NULL);
		bool dup = false;

		for (size_t k = 0; k < reals.n && real; k++)
			dup |= strcmp(reals.s[k], real) == 0;
		if (!dup)
			check_path(POLICY, pols.s[i]);
		if (real != NULL && !dup)
			add(&reals, real);
		else
			free(real);
	}
	flush(&given, false);
	flush(&pols, false);
	flush(&reals, false);
	flush(&oks, problems == 0);
	flush(&notes, problems == 0);
	return problems ? EXIT_DATA : EXIT_OK;
}
