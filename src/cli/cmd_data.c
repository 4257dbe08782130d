/* cmd_data.c — kzmig data check [DIR] [--policy FILE]...: every problem of every data and
 * policy file, one line each.  The checks are the loaders' own (kz_calendar_check(),
 * kz_regimes_check(), kz_fines_check(), kz_policy_check()): what this refuses, loading
 * refuses with the same message, and the other way round.  This file finds the files:
 * DIR's three data files (each must be there) and its other *.json as policies (a DIR
 * without data files holds only policies: the data is then the built-in one); without
 * DIR, --data DIR, else KZMIG_DATA, else the built-in data.  It prints the problems on
 * stderr (`kzmig: FILE: json.path: what`, exit 3) or, with none, `FILE: ok (N entries,
 * as of DATE)` for each file and the notes on rules applied beyond their sources. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "i18n.h"

/* The "ok" lines and the notes, printed at the end when no file had a problem. */
static FILE *oks, *notes;
static int problems;

/* The library's reporter: "kzmig: WHERE: WHAT", as it is found. */
static void report(const kz_error *e, void *arg)
{
	fprintf(stderr, "kzmig: %s: %s\n", e->where[0] ? e->where : (const char *)arg, e->msg);
	problems++;
}

/* A file that could not be read, or a folder that is not one. */
static void trouble(const char *where, const char *what)
{
	fprintf(stderr, "kzmig: %s: %s\n", where, what);
	problems++;
}

/* One note line per rule applied beyond its sources, its stretches together:
 * answers on those days are provisional, and the reasons are in the answers. */
static void unsourced(const char *file, const kz_fines *f, const kz_regimes *r)
{
	size_t n = f ? kz_fines_unsourced(f, NULL, 0) : kz_regimes_unsourced(r, NULL, 0);
	struct kz_unsourced *u = malloc((n + 1) * sizeof *u);
	char a[11], b[11];

	if (u == NULL) {
		trouble(file, _("out of memory"));
		return;
	}
	n = f ? kz_fines_unsourced(f, u, n) : kz_regimes_unsourced(r, u, n);
	for (size_t i = 0, j; i < n; i = j) {
		char *days = NULL;
		size_t len = 0;
		FILE *m = open_memstream(&days, &len);
		const char *kind = u[i].kind, *what = u[i].what;

		if (m == NULL) {
			trouble(file, _("out of memory"));
			break;
		}
		/* the stretches of one rule: "2018-07-01..2019-09-30, 2019-10-01.." */
		for (j = i; j < n && strcmp(u[j].kind, kind) == 0 && strcmp(u[j].what, what) == 0;
		     j++)
			fprintf(m, "%s%s..%s", j > i ? ", " : "",
				u[j].from == KZ_NO_DAY ? "" : kz_day_format(u[j].from, a),
				u[j].until == KZ_NO_DAY ? "" : kz_day_format(u[j].until, b));
		if (fclose(m) != 0 || days == NULL) {
			free(days);
			trouble(file, _("out of memory"));
			break;
		}
		if (strcmp(kind, "fine") == 0)
			/* TRANSLATORS: kzmig data check: %1$s a data file, %2$s a fine's
			 * article ("CAO 518 part 1"), %3$s the stretches of days
			 * (YYYY-MM-DD..YYYY-MM-DD, ...) on which its rule is applied though no
			 * source states it for them. */
			fprintf(notes, _("%s: note: fine %s is applied beyond its sources on %s"),
				file, what, days);
		else if (strcmp(kind, "duty") == 0)
			/* TRANSLATORS: as the fine's note: %2$s a state duty's id. */
			fprintf(notes, _("%s: note: duty %s is applied beyond its sources on %s"),
				file, what, days);
		else if (strcmp(kind, "regime") == 0)
			/* TRANSLATORS: as the fine's note: %2$s a country's code (its regime). */
			fprintf(notes, _("%s: note: regime %s is applied beyond its sources on %s"),
				file, what, days);
		else if (strcmp(kind, "term") == 0)
			/* TRANSLATORS: as the fine's note: %2$s a deadline's term id
			 * ("registration"). */
			fprintf(notes, _("%s: note: term %s is applied beyond its sources on %s"),
				file, what, days);
		else
			fprintf(notes, _("%s: note: %s %s is applied beyond its sources on %s"),
				file, kind, what, days);
		fputc('\n', notes);
		free(days);
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
	if (k == HOLIDAYS && (cal = kz_calendar_load(bytes, len, file, NULL)) != NULL)
		as_of = kz_calendar_as_of(cal);
	if (k == VISA_FREE && (r = kz_regimes_load(bytes, len, file, NULL)) != NULL)
		as_of = kz_regimes_as_of(r);
	if (k == FINES && (f = kz_fines_load(bytes, len, file, NULL)) != NULL)
		as_of = kz_fines_as_of(f);
	if (k == POLICY && (pol = kz_policy_load(bytes, len, file, NULL)) != NULL)
		as_of = kz_policy_as_of(pol);
	if (as_of == NULL)
		trouble(file, _("out of memory"));
	else
		fprintf(oks,
			/* TRANSLATORS: kzmig data check: %1$s a data file, %2$zu its entries,
			 * %3$s the day (YYYY-MM-DD) its data was last checked. */
			P_("%s: ok (%zu entry, as of %s)\n", "%s: ok (%zu entries, as of %s)\n", n),
			file, n, as_of);
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
		char file[128];

		while (f->name && strcmp(f->name, data_names[i]) != 0)
			f++;
		/* TRANSLATORS: a data file compiled into kzmig, named where its problems and
		 * its "ok" line are reported. */
		snprintf(file, sizeof file, _("%s (built in)"), data_names[i]);
		if (f->name == NULL)
			trouble(file, _("not built into this kzmig"));
		else
			check((enum kind)i, file, f->data, f->len);
	}
}

/* qsort order for file names. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Writes "DIR/NAME" and a NUL to out for each of DIR's *.json files other than the data
 * files; their count, or -1 when DIR cannot be read.  *has_data: any data file there. */
static int policies_in(const char *dir, FILE *out, bool *has_data)
{
	DIR *d = opendir(dir);
	struct dirent *ent;
	int n = 0;

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
		if (!is_data && fprintf(out, "%s/%s%c", dir, ent->d_name, '\0') > 0)
			n++;
	}
	closedir(d);
	return n;
}

/* The data files: DIR's, or built in when DIR holds only policies (their names into
 * out); the number of policies. */
static int check_dir(const char *dir, FILE *out, bool policies_given)
{
	struct stat st;
	bool has_data;
	int n = 0;

	if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
		trouble(dir, _("not a folder (expected a folder with the data files)"));
	} else if (stat(dir, &st) != 0 || (n = policies_in(dir, out, &has_data)) < 0) {
		char what[512];

		/* TRANSLATORS: %s the system's reason (in English). */
		snprintf(what, sizeof what, _("cannot open: %s"), strerror(errno));
		trouble(dir, what);
		n = 0;
	} else if (has_data) {
		for (int i = 0; i < 3; i++) {
			char *file = path_join(dir, data_names[i]);

			if (file == NULL)
				trouble(dir, _("out of memory"));
			else
				check_path((enum kind)i, file);
			free(file);
		}
	} else if (n == 0 && !policies_given) {
		trouble(dir, _("no data or policy files here (expected holidays_kz.json, "
			       "visa_free.json, fines_kz.json or a policy .json)"));
	} else {
		check_built_in();
	}
	return n;
}

/* Checks each policy file once, however often it is named (a link, DIR and --policy). */
static void check_policies(const char **files, size_t n)
{
	struct stat *seen = calloc(n + 1, sizeof *seen);
	size_t nseen = 0;

	if (seen == NULL) {
		trouble("data check", _("out of memory"));
		return;
	}
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		bool dup = false;

		if (stat(files[i], &st) == 0) {
			for (size_t k = 0; k < nseen; k++)
				dup |= seen[k].st_dev == st.st_dev && seen[k].st_ino == st.st_ino;
			seen[nseen++] = st;
		}
		if (!dup)
			check_path(POLICY, files[i]);
	}
	free(seen);
}

/* kzmig data check [DIR] [--policy FILE]...: 0 when every file is valid, else 3. */
int cmd_data(int argc, char **argv)
{
	static const struct option opts[] = {{"policy", required_argument, 0, 'p'},
					     {0, 0, 0, 0}};
	const char **files = calloc((size_t)argc + 1, sizeof *files);
	char *dir = NULL, *ok_text = NULL, *note_text = NULL, *names = NULL;
	size_t ok_len = 0, note_len = 0, names_len = 0, ngiven = 0;
	FILE *found;
	int c, n = 0;

	optind = 0;
	opterr = 0;
	problems = 0;
	while ((c = getopt_long(argc, argv, ":", opts, NULL)) != -1)
		if (c != 'p') {
			free(files);
			return bad_option("data", c, argv, opts);
		} else if (files != NULL) {
			files[ngiven++] = optarg;
		}
	if (optind >= argc || strcmp(argv[optind], "check") != 0 || argc - optind > 2) {
		free(files);
		if (optind < argc && strcmp(argv[optind], "check") == 0)
			return fail(EXIT_USAGE, "data check", "unexpected argument '%.40s' "
				    "(expected one DIR at most)", argv[optind + 2]);
		if (optind < argc)
			return fail(EXIT_USAGE, "data", "unknown subcommand '%.40s' (expected "
				    "'check [DIR] [--policy FILE]')", argv[optind]);
		return fail(EXIT_USAGE, "data", "a subcommand is needed (expected 'check [DIR] "
			    "[--policy FILE]')");
	}
	/* DIR, else --data DIR, else KZMIG_DATA, else the built-in data (no dir). */
	if (optind + 1 < argc || data_dir_get() != NULL) {
		dir = strdup(optind + 1 < argc ? argv[optind + 1] : data_dir_get());
		for (size_t k = dir ? strlen(dir) : 0; k > 1 && dir[k - 1] == '/'; k--)
			dir[k - 1] = '\0';
	}
	oks = open_memstream(&ok_text, &ok_len);
	notes = open_memstream(&note_text, &note_len);
	found = open_memstream(&names, &names_len);
	if (oks == NULL || notes == NULL || found == NULL || files == NULL ||
	    (dir == NULL && (optind + 1 < argc || data_dir_get() != NULL)))
		trouble("data check", _("out of memory"));
	else if (dir == NULL)
		check_built_in();
	else
		n = check_dir(dir, found, ngiven > 0);
	if (found != NULL)
		fclose(found);
	/* DIR's policies in name order, then --policy's. */
	if (n > 0 && names != NULL) {
		const char **all = realloc(files, ((size_t)n + ngiven + 1) * sizeof *all);

		if (all == NULL) {
			trouble("data check", _("out of memory"));
		} else {
			files = all;
			memmove(files + n, files, ngiven * sizeof *files);
			for (int i = 0, at = 0; i < n; at += (int)strlen(names + at) + 1)
				files[i++] = names + at;
			qsort(files, (size_t)n, sizeof *files, cmp_str);
			ngiven += (size_t)n;
		}
	}
	if (oks != NULL && notes != NULL && files != NULL)
		check_policies(files, ngiven);
	if (oks != NULL)
		fclose(oks);
	if (notes != NULL)
		fclose(notes);
	if (problems == 0)
		printf("%s%s", ok_text, note_text);
	free(ok_text);
	free(note_text);
	free(names);
	free(files);
	free(dir);
	return problems ? EXIT_DATA : EXIT_OK;
}
