/* out_xlsx.c — batch --format xlsx --output FILE.xlsx: the CSV's rows (out_csv.c, the
 * header of kzmig.1 Rosters) as one sheet of an Excel workbook, through libxlsxwriter:
 * dates as date cells, days left and fines as numbers, provisional as a boolean, the
 * header bold, frozen and filtered, overdue rows and rows due within 7 days filled; and a
 * second sheet, "problems", with the rows whose status is problem: the office's to-do list.
 *
 * Memory stays flat whatever the roster: the workbook is in libxlsxwriter's constant
 * memory mode, where each sheet's rows go to that sheet's own temporary file as they are
 * written, in order.  The order is per sheet, so a problem row goes to its sheet as soon
 * as it is met, between the deadlines' rows: nothing is buffered.  libxlsxwriter writes
 * the workbook by name at the end, into the file out.c names (out_file_name). */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

#include "out.h"
#include "words.h"

/* libxlsxwriter is loaded when a workbook is written, not linked: it brings OpenSSL's
 * libcrypto, whose loading would make every run's start-up ten times longer.  Every
 * function this file calls, loaded by name, called through `lxw`. */
#define LXW_FUNCS(X)                                                                       \
	X(workbook_new_opt) X(workbook_add_worksheet) X(workbook_add_format)                \
	X(workbook_close) X(lxw_workbook_free) X(lxw_strerror) X(worksheet_write_blank)     \
	X(worksheet_write_number) X(worksheet_write_string) X(worksheet_write_boolean)      \
	X(worksheet_autofilter) X(worksheet_set_column) X(worksheet_freeze_panes)           \
	X(format_set_pattern) X(format_set_num_format) X(format_set_bold)                   \
	X(format_set_bg_color)

/* NOLINTNEXTLINE(bugprone-macro-parentheses): f is a declarator, not an expression */
#define LXW_DECLARE(f) __typeof__(&f) f;
static struct {
	LXW_FUNCS(LXW_DECLARE)
} lxw;
#undef LXW_DECLARE

/* Loads libxlsxwriter once (Debian 12's soname); prints why and returns -1 when it
 * cannot. */
static int lxw_load(void)
{
	static void *handle;
	const char *missing = NULL;

	if (handle != NULL)
		return 0;
	if ((handle = dlopen("libxlsxwriter.so.4", RTLD_NOW | RTLD_LOCAL)) == NULL &&
	    (handle = dlopen("libxlsxwriter.so", RTLD_NOW | RTLD_LOCAL)) == NULL)
		return fail(EXIT_USAGE, "--format xlsx", "cannot load libxlsxwriter: %s "
			    "(expected the libxlsxwriter4 package)", dlerror()), -1;
	/* POSIX's idiom for dlsym into a function pointer (XSH dlsym, "Application Usage"). */
#define LXW_RESOLVE(f)                                                                     \
	if ((*(void **)&lxw.f = dlsym(handle, #f)) == NULL && missing == NULL)                 \
		missing = #f;
	LXW_FUNCS(LXW_RESOLVE)
#undef LXW_RESOLVE
	if (missing != NULL) {
		dlclose(handle);
		handle = NULL;
		return fail(EXIT_USAGE, "--format xlsx", "libxlsxwriter lacks %s (expected "
			    "libxlsxwriter 1.1)", missing), -1;
	}
	return 0;
}

enum { COLS = 16, PROBLEM_COLS = 4 };

/* The row's mark (its fill) and the cell's kind index the cell formats. */
enum mark { MARK_NONE, MARK_OVERDUE, MARK_SOON, MARKS };
enum kind { K_TEXT, K_DATE, K_NUMBER, KINDS };

static const char *const header[COLS] = {
	"id", "name", "citizenship", "deadline", "opens", "due", "days_left", "status",
	"responsible", "fine_kzt", "basis", "apply_by", "title", "provisional", "reason",
	"email"};
/* Widths in characters, for what each column usually holds. */
static const double widths[COLS] = {10, 24, 11, 26, 11, 11, 9, 13, 16, 10, 48, 11, 40,
				    11, 40, 28};
static const char *const problem_header[PROBLEM_COLS] = {"id", "name", "deadline", "reason"};
static const double problem_widths[PROBLEM_COLS] = {10, 24, 26, 80};

/* The workbook of a run (out->state). */
struct xlsx {
	lxw_workbook *wb;
	lxw_worksheet *ws, *problems;
	lxw_format *head, *cell[MARKS][KINDS];
	lxw_row_t rows, problem_rows; /* the rows written under each header */
};

/* The days since 1970-01-01 as Excel's serial day (1 = 1900-01-01, counting its phantom
 * 29 February 1900, so 25569 = 1970-01-01). */
static double serial(kz_day d)
{
	return (double)d + 25569.0;
}

/* Keeps the first error of a row's cells in *e. */
static void keep(lxw_error *e, lxw_error r)
{
	if (*e == LXW_NO_ERROR)
		*e = r;
}

/* A text cell; an empty one is left empty (blank with the row's fill when marked). */
static lxw_error put_text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
			  lxw_format *f, bool marked)
{
	if (s == NULL || s[0] == '\0')
		return marked ? lxw.worksheet_write_blank(ws, r, c, f) : LXW_NO_ERROR;
	return lxw.worksheet_write_string(ws, r, c, s, f);
}

/* A date cell, or an empty one for KZ_NO_DAY. */
static lxw_error put_day(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, kz_day d, lxw_format *f,
			 lxw_format *blank, bool marked)
{
	if (d == KZ_NO_DAY)
		return marked ? lxw.worksheet_write_blank(ws, r, c, blank) : LXW_NO_ERROR;
	return lxw.worksheet_write_number(ws, r, c, serial(d), f);
}

/* The fill a deadline's row gets: overdue, or due within 7 days (today included). */
static enum mark mark_of(const struct kz_deadline *d)
{
	if (d->status == KZ_STATUS_OVERDUE)
		return MARK_OVERDUE;
	if ((d->status == KZ_STATUS_UPCOMING || d->status == KZ_STATUS_OPEN ||
	     d->status == KZ_STATUS_DUE_TODAY) &&
	    d->due != KZ_NO_DAY && d->days_left >= 0 && d->days_left <= 7)
		return MARK_SOON;
	return MARK_NONE;
}

/* A sheet's bold, frozen header row and its columns' widths. */
static lxw_error sheet_header(struct xlsx *x, lxw_worksheet *ws, const char *const *names,
			      const double *w, int n)
{
	lxw_error e = LXW_NO_ERROR;

	for (int c = 0; c < n; c++) {
		keep(&e, lxw.worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w[c], NULL));
		keep(&e, lxw.worksheet_write_string(ws, 0, (lxw_col_t)c, names[c], x->head));
	}
	lxw.worksheet_freeze_panes(ws, 1, 0);
	return e;
}

/* Reports a libxlsxwriter error (e) about the workbook, in_header for the header rows:
 * EXIT_PARTIAL.  libxlsxwriter's reason is its own, in English. */
static int xlsx_fail(const struct out *o, bool in_header, lxw_error e)
{
	const char *where = o->path ? o->path : "stdout";

	if (in_header)
		return fail(EXIT_PARTIAL, where, "cannot write the header: %s",
			    lxw.lxw_strerror(e));
	return fail(EXIT_PARTIAL, where, "cannot write the workbook: %s", lxw.lxw_strerror(e));
}

/* The workbook, its two sheets, the header rows and the formats: 0 or EXIT_PARTIAL
 * (said). */
static int xlsx_begin(struct out *o)
{
	static const lxw_color_t fills[MARKS] = {0, 0xFFC7CE, 0xFFEB9C}; /* red, amber */
	lxw_workbook_options opt = {.constant_memory = LXW_TRUE};
	const char *file = out_file_name(o);
	struct xlsx *x;
	lxw_error e;

	if (file == NULL)
		return EXIT_PARTIAL; /* said */
	if (lxw_load() != 0)
		return EXIT_USAGE;
	if ((x = calloc(1, sizeof *x)) == NULL)
		return fail(EXIT_PARTIAL, "xlsx", "out of memory");
	o->state = x;
	if ((x->wb = lxw.workbook_new_opt(file, &opt)) == NULL)
		return fail(EXIT_PARTIAL, o->path ? o->path : "stdout",
			    "cannot begin the workbook (out of memory)");
	if ((x->ws = lxw.workbook_add_worksheet(x->wb, "deadlines")) == NULL ||
	    (x->problems = lxw.workbook_add_worksheet(x->wb, "problems")) == NULL)
		return fail(EXIT_PARTIAL, o->path ? o->path : "stdout", "cannot begin the "
			    "workbook's sheets (no temporary file or no memory)");
	if ((x->head = lxw.workbook_add_format(x->wb)) == NULL)
		return fail(EXIT_PARTIAL, "xlsx", "out of memory");
	lxw.format_set_bold(x->head);
	for (int m = 0; m < MARKS; m++)
		for (int k = 0; k < KINDS; k++) {
			lxw_format *f = lxw.workbook_add_format(x->wb);

			if (f == NULL)
				return fail(EXIT_PARTIAL, "xlsx", "out of memory");
			if (k == K_DATE)
				lxw.format_set_num_format(f, "yyyy-mm-dd");
			if (m != MARK_NONE) {
				lxw.format_set_pattern(f, LXW_PATTERN_SOLID);
				lxw.format_set_bg_color(f, fills[m]);
			}
			x->cell[m][k] = f;
		}
	e = sheet_header(x, x->ws, header, widths, COLS);
	keep(&e, sheet_header(x, x->problems, problem_header, problem_widths, PROBLEM_COLS));
	return e == LXW_NO_ERROR ? 0 : xlsx_fail(o, true, e);
}

/* A problem row: the person's id and name, the deadline and the reason. */
static lxw_error problem_row(struct xlsx *x, const struct out_person *who,
			     const struct kz_deadline *d)
{
	lxw_row_t r = ++x->problem_rows;
	lxw_format *f = x->cell[MARK_NONE][K_TEXT];
	lxw_error e = LXW_NO_ERROR;

	keep(&e, put_text(x->problems, r, 0, who->id, f, false));
	keep(&e, put_text(x->problems, r, 1, who->name, f, false));
	keep(&e, put_text(x->problems, r, 2, d->id, f, false));
	keep(&e, put_text(x->problems, r, 3, d->reason, f, false));
	return e;
}

/* One row per deadline of one person, the CSV's cells; a problem also to its sheet.
 * Returns 0, or EXIT_PARTIAL (said) for a cell libxlsxwriter refuses or a full sheet. */
static int xlsx_person(struct out *o, const struct out_person *who)
{
	struct xlsx *x = o->state;

	for (size_t i = 0; i < who->n; i++) {
		const struct kz_deadline *d = &who->dl[i];
		enum mark m = mark_of(d);
		bool marked = m != MARK_NONE;
		lxw_format *t = x->cell[m][K_TEXT], *num = x->cell[m][K_NUMBER];
		lxw_format *day = x->cell[m][K_DATE];
		lxw_worksheet *ws = x->ws;
		lxw_error e = LXW_NO_ERROR;
		lxw_row_t r;

		if (x->rows + 1 >= LXW_ROW_MAX)
			return fail(EXIT_PARTIAL, o->path ? o->path : "stdout",
				    "more deadlines than a sheet holds (%u rows under the header; "
				    "a roster this size is for --format csv)", LXW_ROW_MAX - 1);
		r = ++x->rows;
		keep(&e, put_text(ws, r, 0, who->id, t, marked));
		keep(&e, put_text(ws, r, 1, who->name, t, marked));
		keep(&e, put_text(ws, r, 2, who->p->citizenship, t, marked));
		keep(&e, put_text(ws, r, 3, d->id, t, marked));
		keep(&e, put_day(ws, r, 4, d->opens, day, t, marked));
		keep(&e, put_day(ws, r, 5, d->due, day, t, marked));
		if (d->due != KZ_NO_DAY)
			keep(&e, lxw.worksheet_write_number(ws, r, 6, (double)d->days_left, num));
		else if (marked)
			keep(&e, lxw.worksheet_write_blank(ws, r, 6, num));
		keep(&e, put_text(ws, r, 7, kz_status_name(d->status), t, marked));
		keep(&e, put_text(ws, r, 8, kz_responsible_name(d->responsible), t, marked));
		/* tenge, with the half tenge the CSV writes as .5; none for a warning */
		if (d->has_fine && !d->fine.warning)
			keep(&e, lxw.worksheet_write_number(ws, r, 9, (double)d->fine.kzt10 / 10.0, num));
		else if (marked)
			keep(&e, lxw.worksheet_write_blank(ws, r, 9, num));
		keep(&e, put_text(ws, r, 10, d->basis ? data_text(d->basis) : NULL, t, marked));
		keep(&e, put_day(ws, r, 11, d->apply_by, day, t, marked));
		keep(&e, put_text(ws, r, 12, deadline_title(d), t, marked));
		keep(&e, lxw.worksheet_write_boolean(ws, r, 13, d->provisional, t));
		keep(&e, put_text(ws, r, 14, d->reason, t, marked));
		keep(&e, put_text(ws, r, 15, who->email, t, marked));
		if (d->status == KZ_STATUS_PROBLEM)
			keep(&e, problem_row(x, who, d));
		if (e != LXW_NO_ERROR)
			return fail(EXIT_PARTIAL, o->path ? o->path : "stdout", "id %.40s: %s",
				    who->id ? who->id : "", lxw.lxw_strerror(e));
	}
	return 0;
}

/* True when a sheet's temporary file of rows had a write error (a full disk), which
 * libxlsxwriter does not check while the rows go in. */
static bool rows_lost(const lxw_worksheet *ws)
{
	return ws->optimize_tmpfile != NULL && ferror(ws->optimize_tmpfile);
}

/* Writes the workbook (the filters over the rows written) into out.c's file, or drops
 * it; frees it.  0, or EXIT_PARTIAL (said) for any error: no file is then left. */
static int xlsx_end(struct out *o, bool write)
{
	struct xlsx *x = o->state;
	lxw_error e = LXW_NO_ERROR;
	int rc = 0;

	o->state = NULL;
	if (x == NULL)
		return 0;
	if (x->wb != NULL && x->ws != NULL && x->problems != NULL && write) {
		if (rows_lost(x->ws) || rows_lost(x->problems)) {
			rc = fail(EXIT_PARTIAL, o->path ? o->path : "stdout", "write error: the "
				  "sheets' temporary files (in TMPDIR) could not be written");
			lxw.lxw_workbook_free(x->wb);
		} else {
			keep(&e, lxw.worksheet_autofilter(x->ws, 0, 0, x->rows, COLS - 1));
			keep(&e, lxw.worksheet_autofilter(x->problems, 0, 0, x->problem_rows,
						      PROBLEM_COLS - 1));
			if (e != LXW_NO_ERROR) {
				rc = xlsx_fail(o, false, e);
				lxw.lxw_workbook_free(x->wb);
			} else if ((e = lxw.workbook_close(x->wb)) != LXW_NO_ERROR) {
				rc = xlsx_fail(o, false, e);
			}
		}
	} else if (x->wb != NULL) {
		lxw.lxw_workbook_free(x->wb);
	}
	free(x);
	return rc;
}

const struct out_format out_xlsx = {"xlsx", xlsx_begin, xlsx_person, NULL, xlsx_end};
