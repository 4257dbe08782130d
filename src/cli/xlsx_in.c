/* xlsx_in.c — a roster kept as an Excel or LibreOffice workbook (.xlsx), read as the CSV
 * it would be saved as: the first sheet, a line per sheet row (an empty row is an empty
 * line, so a line number is the sheet's row number), each cell its text, a date cell
 * YYYY-MM-DD.  The sheet is streamed out of the zip (libzip) through expat, a piece at a
 * time, so memory does not grow with the rows; the shared strings are held (Excel keeps
 * each distinct text once there).  What it cannot read is an error that says so: a file
 * that is not an .xlsx (an .xls, an encrypted workbook), a formula without a saved value,
 * a sheet past Excel's own row limit. */
#include <dlfcn.h>
#include <errno.h>
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "i18n.h"
#include "roster.h"

#define XLSX_ROWS_MAX 1048576        /* Excel's own limit */
#define XLSX_STRINGS_MAX (256u << 20) /* bytes of shared strings held */

/* libzip and expat are loaded when a workbook is read, not linked: every other run of
 * kzmig would pay their start-up (libzip brings OpenSSL's libcrypto: ten times a plain
 * `kzmig due`).  Every function this file calls, loaded by name, called through `lib`. */
#define XLSX_FUNCS(X)                                                                      \
	X(zip_open) X(zip_fopen) X(zip_fread) X(zip_fclose) X(zip_discard)                  \
	X(XML_ParserCreate) X(XML_SetUserData) X(XML_SetElementHandler)                     \
	X(XML_SetCharacterDataHandler) X(XML_Parse) X(XML_StopParser) X(XML_GetErrorCode)   \
	X(XML_ErrorString) X(XML_ParserFree)

/* NOLINTNEXTLINE(bugprone-macro-parentheses): f is a declarator, not an expression */
#define XLSX_DECLARE(f) __typeof__(&f) f;
static struct {
	XLSX_FUNCS(XLSX_DECLARE)
} lib;
#undef XLSX_DECLARE

/* Loads libzip and expat once (Debian 12's sonames); -1 with err when it cannot. */
static int lib_load(const char *path, kz_error *err)
{
	static void *zip, *expat;
	const char *missing = NULL;

	if (zip != NULL && expat != NULL)
		return 0;
	if ((zip == NULL && (zip = dlopen("libzip.so.4", RTLD_NOW | RTLD_LOCAL)) == NULL) ||
	    (expat == NULL && (expat = dlopen("libexpat.so.1", RTLD_NOW | RTLD_LOCAL)) == NULL))
		return kz_error_set(err, KZ_EINVAL, path, "cannot read workbooks: %s (expected "
				    "the libzip4 and libexpat1 packages)", dlerror());
	/* POSIX's idiom for dlsym into a function pointer (XSH dlsym, "Application Usage"). */
#define XLSX_RESOLVE(f)                                                                    \
	if ((*(void **)&lib.f = dlsym(#f[0] == 'z' ? zip : expat, #f)) == NULL &&             \
	    missing == NULL)                                                                \
		missing = #f;
	XLSX_FUNCS(XLSX_RESOLVE)
#undef XLSX_RESOLVE
	if (missing != NULL) {
		dlclose(zip);
		dlclose(expat);
		zip = expat = NULL;
		return kz_error_set(err, KZ_EINVAL, path, "cannot read workbooks: no %s in "
				    "libzip or expat", missing);
	}
	return 0;
}

struct xlsx {
	zip_t *zip;
	zip_file_t *sheet;
	XML_Parser xp;
	char err[512]; /* why reading stopped, or "" (in the run's language) */
	/* shared strings: text of string i at strings + at[i], NUL-terminated */
	char *strings;
	size_t *at, nstr, cap_str, len_str, cap_at;
	bool *date_style; /* by cellXfs index */
	size_t nstyles;
	int date1904;
	/* the cell being read */
	char type[12];
	long style;
	int col;      /* 0-based column of the cell */
	bool in_v, in_t, has_v, has_f;
	char *text;   /* the cell's text so far */
	size_t ntext, cap_text;
	/* the row being built, as CSV */
	char *line;
	size_t nline, cap_line;
	int next_col; /* the column the line has reached */
	int width;    /* the header's cells: a shorter row is filled up with empty ones */
	long row;     /* the sheet row the next line is */
	/* CSV ready to be read */
	char *out;
	size_t nout, pos, cap_out;
	bool done;
	/* while the parts are read: the custom number formats, the first sheet */
	long fmt_id[256];
	bool fmt_date[256];
	int nfmts;
	bool in_xfs;
	char first_rid[64], sheet_path[256];
};

/* Appends n bytes to a growing buffer; false when out of memory. */
static bool grow(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
	if (*len + n + 1 > *cap) {
		size_t c = *cap ? *cap * 2 : 256;
		char *b;

		while (c < *len + n + 1)
			c *= 2;
		if ((b = realloc(*buf, c)) == NULL)
			return false;
		*buf = b;
		*cap = c;
	}
	memcpy(*buf + *len, s, n);
	*len += n;
	(*buf)[*len] = '\0';
	return true;
}

static void stop(struct xlsx *x, const char *why)
{
	if (x->err[0] == '\0')
		snprintf(x->err, sizeof x->err, "%s", why);
	lib.XML_StopParser(x->xp, XML_FALSE);
}

/* The value of attribute name in expat's list, or NULL. */
static const char *attr(const XML_Char **a, const char *name)
{
	for (; a[0] != NULL; a += 2)
		if (strcmp(a[0], name) == 0)
			return a[1];
	return NULL;
}

/* The local name of a tag ("x:c" is "c"). */
static const char *local(const char *tag)
{
	const char *colon = strchr(tag, ':');

	return colon ? colon + 1 : tag;
}

/* ---- one part of the zip, parsed whole (workbook, rels, shared strings, styles) ----- */

/* Parses the zip entry name with the handlers; 0, or -1 when it is missing (optional:
 * nothing said) or broken (said in x->err). */
static int parse_part(struct xlsx *x, const char *name, bool optional,
		      XML_StartElementHandler st, XML_EndElementHandler en,
		      XML_CharacterDataHandler ch)
{
	zip_file_t *f = lib.zip_fopen(x->zip, name, 0);
	char buf[16384];
	zip_int64_t n;
	int rc = 0;

	if (f == NULL) {
		if (!optional)
			/* TRANSLATORS: %s a part of the workbook's zip ("xl/workbook.xml"). */
			snprintf(x->err, sizeof x->err, _("no %s in the workbook (expected an "
							  ".xlsx saved by Excel or LibreOffice)"),
				 name);
		return -1;
	}
	x->xp = lib.XML_ParserCreate(NULL);
	if (x->xp == NULL) {
		lib.zip_fclose(f);
		snprintf(x->err, sizeof x->err, "%s", _("out of memory"));
		return -1;
	}
	lib.XML_SetUserData(x->xp, x);
	lib.XML_SetElementHandler(x->xp, st, en);
	lib.XML_SetCharacterDataHandler(x->xp, ch);
	do {
		n = lib.zip_fread(f, buf, sizeof buf);
		if (n < 0 ||
		    lib.XML_Parse(x->xp, buf, (int)(n < 0 ? 0 : n), n == 0) == XML_STATUS_ERROR) {
			if (x->err[0] == '\0' && n < 0)
				snprintf(x->err, sizeof x->err,
					 /* TRANSLATORS: %s a part of the workbook's zip. */
					 _("%s: cannot be read out of the zip"), name);
			else if (x->err[0] == '\0') /* expat's own words, in English */
				snprintf(x->err, sizeof x->err, "%s: %s", name,
					 lib.XML_ErrorString(lib.XML_GetErrorCode(x->xp)));
			rc = -1;
			break;
		}
	} while (n > 0);
	lib.XML_ParserFree(x->xp);
	x->xp = NULL;
	lib.zip_fclose(f);
	return rc;
}

static void text_reset(struct xlsx *x)
{
	x->ntext = 0;
	if (x->text)
		x->text[0] = '\0';
}

static void on_text(void *ud, const XML_Char *s, int n)
{
	struct xlsx *x = ud;

	if (!x->in_t && !x->in_v)
		return;
	/* A cell longer than a whole CSV record could be is refused here, before it is
	 * held: a workbook's zip may unpack to far more than its size. */
	if (x->ntext + (size_t)n > KZ_ROSTER_RECORD_MAX)
		stop(x, _("a cell longer than 65536 bytes (expected shorter cells)"));
	else if (!grow(&x->text, &x->ntext, &x->cap_text, s, (size_t)n))
		stop(x, _("out of memory"));
}

/* sharedStrings.xml: <si> holds one string, in <t> or in runs <r><t>. */
static void ss_start(void *ud, const XML_Char *tag, const XML_Char **a)
{
	struct xlsx *x = ud;

	(void)a;
	tag = local(tag);
	if (strcmp(tag, "si") == 0)
		text_reset(x);
	else if (strcmp(tag, "t") == 0)
		x->in_t = true;
	else if (strcmp(tag, "rPh") == 0) /* phonetic hints are not the text */
		x->in_t = false;
}

static void ss_end(void *ud, const XML_Char *tag)
{
	struct xlsx *x = ud;

	tag = local(tag);
	if (strcmp(tag, "t") == 0) {
		x->in_t = false;
	} else if (strcmp(tag, "si") == 0) {
		if (x->nstr == x->cap_at) {
			size_t c = x->cap_at ? x->cap_at * 2 : 256;
			size_t *at = realloc(x->at, c * sizeof *at);

			if (at == NULL) {
				stop(x, _("out of memory"));
				return;
			}
			x->at = at;
			x->cap_at = c;
		}
		x->at[x->nstr++] = x->len_str;
		if (x->len_str + x->ntext + 1 > XLSX_STRINGS_MAX) {
			stop(x, _("more shared text than kzmig holds (expected a roster under "
				  "256 MB of text)"));
			return;
		}
		if (!grow(&x->strings, &x->len_str, &x->cap_str, x->text ? x->text : "",
			  x->ntext) ||
		    !grow(&x->strings, &x->len_str, &x->cap_str, "", 1))
			stop(x, _("out of memory"));
	}
}

/* A number format that shows a date: Excel's built-in 14-22 and 45-47, or a format
 * code with a day or a year in it (text in quotes and [colours] aside). */
static bool date_format(long id, const char *code)
{
	bool quoted = false, bracket = false;

	if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))
		return true;
	for (const char *c = code; c != NULL && *c; c++) {
		if (*c == '"')
			quoted = !quoted;
		else if (*c == '[')
			bracket = true;
		else if (*c == ']')
			bracket = false;
		else if (!quoted && !bracket && (*c == 'd' || *c == 'y' || *c == 'D' || *c == 'Y'))
			return true;
	}
	return false;
}

/* styles.xml: custom formats first (numFmts), then cellXfs, whose index is a cell's s. */
static void st_start(void *ud, const XML_Char *tag, const XML_Char **a)
{
	struct xlsx *x = ud;
	const char *v;

	tag = local(tag);
	if (strcmp(tag, "numFmt") == 0 && x->nfmts < 256 && (v = attr(a, "numFmtId")) != NULL) {
		x->fmt_id[x->nfmts] = strtol(v, NULL, 10);
		x->fmt_date[x->nfmts++] = date_format(-1, attr(a, "formatCode"));
	} else if (strcmp(tag, "cellXfs") == 0) {
		x->in_xfs = true;
	} else if (strcmp(tag, "xf") == 0 && x->in_xfs) {
		long id = (v = attr(a, "numFmtId")) ? strtol(v, NULL, 10) : 0;
		bool date = date_format(id, NULL);
		bool *ds = realloc(x->date_style, (x->nstyles + 1) * sizeof *ds);

		for (int i = 0; i < x->nfmts; i++)
			if (x->fmt_id[i] == id)
				date = x->fmt_date[i];
		if (ds == NULL) {
			stop(x, _("out of memory"));
			return;
		}
		x->date_style = ds;
		ds[x->nstyles++] = date;
	}
}

static void st_end(void *ud, const XML_Char *tag)
{
	struct xlsx *x = ud;

	if (strcmp(local(tag), "cellXfs") == 0)
		x->in_xfs = false;
}

/* workbook.xml: the 1904 date system, and the first sheet's relationship id. */
static void wb_start(void *ud, const XML_Char *tag, const XML_Char **a)
{
	struct xlsx *x = ud;
	const char *v;

	tag = local(tag);
	if (strcmp(tag, "workbookPr") == 0 && (v = attr(a, "date1904")) != NULL)
		x->date1904 = strcmp(v, "1") == 0 || strcmp(v, "true") == 0;
	else if (strcmp(tag, "sheet") == 0 && x->first_rid[0] == '\0' &&
		 (v = attr(a, "r:id")) != NULL)
		snprintf(x->first_rid, sizeof x->first_rid, "%s", v);
}

static void no_end(void *ud, const XML_Char *tag)
{
	(void)ud;
	(void)tag;
}

static void no_text(void *ud, const XML_Char *s, int n)
{
	(void)ud;
	(void)s;
	(void)n;
}

/* workbook.xml.rels: where the first sheet is. */
static void rel_start(void *ud, const XML_Char *tag, const XML_Char **a)
{
	struct xlsx *x = ud;
	const char *id = attr(a, "Id"), *target = attr(a, "Target");

	if (strcmp(local(tag), "Relationship") != 0 || id == NULL || target == NULL ||
	    strcmp(id, x->first_rid) != 0)
		return;
	if (target[0] == '/')
		snprintf(x->sheet_path, sizeof x->sheet_path, "%s", target + 1);
	else
		snprintf(x->sheet_path, sizeof x->sheet_path, "xl/%s", target);
}

/* ---- the sheet, streamed into CSV lines --------------------------------------------- */

/* The 0-based column of a reference such as "C5", or -1. */
static int column_of_ref(const char *r)
{
	int c = 0, n = 0;

	for (; *r >= 'A' && *r <= 'Z'; r++, n++)
		c = c * 26 + (*r - 'A' + 1);
	return n > 0 && n <= 3 ? c - 1 : -1;
}

/* Appends the cell's text to the line as a CSV cell. */
static void put_cell(struct xlsx *x, const char *s)
{
	if (x->nline + 2 * strlen(s) + 3 > KZ_ROSTER_RECORD_MAX * 2) {
		stop(x, _("a row longer than a roster's record may be (expected shorter cells)"));
		return;
	}
	bool quote = strpbrk(s, ",\"\r\n") != NULL;
	bool ok = true;

	while (x->next_col < x->col) { /* the empty cells before it */
		ok = ok && grow(&x->line, &x->nline, &x->cap_line, ",", 1);
		x->next_col++;
	}
	if (x->next_col > 0)
		ok = ok && grow(&x->line, &x->nline, &x->cap_line, ",", 1);
	x->next_col++;
	if (!quote) {
		ok = ok && grow(&x->line, &x->nline, &x->cap_line, s, strlen(s));
	} else {
		ok = ok && grow(&x->line, &x->nline, &x->cap_line, "\"", 1);
		for (const char *c = s; ok && *c; c++)
			ok = grow(&x->line, &x->nline, &x->cap_line, c, 1) &&
			     (*c != '"' || grow(&x->line, &x->nline, &x->cap_line, "\"", 1));
		ok = ok && grow(&x->line, &x->nline, &x->cap_line, "\"", 1);
	}
	if (!ok)
		stop(x, _("out of memory"));
}

/* A date cell's serial number as YYYY-MM-DD (the 1900 system counts from 30 Dec 1899,
 * the 1904 one from 1 Jan 1904); false when it is no whole day in kzmig's range. */
static bool serial_date(const struct xlsx *x, const char *v, char out[11])
{
	char *end;
	double d = strtod(v, &end);
	kz_day day;

	if (end == v || *end != '\0' || d < 1 || d > 200000)
		return false;
	day = (x->date1904 ? kz_day_from_ymd(1904, 1, 1) : kz_day_from_ymd(1899, 12, 30)) +
	      (kz_day)d;
	kz_day_format(day, out);
	return true;
}

static void sh_start(void *ud, const XML_Char *tag, const XML_Char **a)
{
	struct xlsx *x = ud;
	const char *v;

	tag = local(tag);
	if (strcmp(tag, "row") == 0) {
		long r = (v = attr(a, "r")) ? strtol(v, NULL, 10) : x->row;

		if (r > XLSX_ROWS_MAX) {
			stop(x, _("more rows than a sheet holds (expected at most 1048576)"));
			return;
		}
		/* empty rows before it stay empty lines: line numbers are row numbers */
		while (x->row < r) {
			if (!grow(&x->out, &x->nout, &x->cap_out, "\n", 1)) {
				stop(x, _("out of memory"));
				return;
			}
			x->row++;
		}
		x->nline = 0;
		x->next_col = 0;
	} else if (strcmp(tag, "c") == 0) {
		snprintf(x->type, sizeof x->type, "%s", (v = attr(a, "t")) ? v : "n");
		x->style = (v = attr(a, "s")) ? strtol(v, NULL, 10) : 0;
		x->col = (v = attr(a, "r")) ? column_of_ref(v) : x->next_col;
		if (x->col < 0 || x->col >= KZ_ROSTER_COLUMNS_MAX) {
			stop(x, _("a cell beyond the columns a roster may have"));
			return;
		}
		x->has_v = x->has_f = false;
		text_reset(x);
	} else if (strcmp(tag, "v") == 0) {
		x->in_v = x->has_v = true;
	} else if (strcmp(tag, "f") == 0) {
		x->has_f = true;
	} else if (strcmp(tag, "t") == 0) {
		x->in_t = true;
	}
}

static void sh_end(void *ud, const XML_Char *tag)
{
	struct xlsx *x = ud;
	const char *s = x->text ? x->text : "";
	char date[11];

	tag = local(tag);
	if (strcmp(tag, "v") == 0) {
		x->in_v = false;
	} else if (strcmp(tag, "t") == 0) {
		x->in_t = false;
	} else if (strcmp(tag, "c") == 0) {
		if (x->has_f && (!x->has_v || x->ntext == 0)) {
			/* TRANSLATORS: %ld the sheet's row number. */
			snprintf(x->err, sizeof x->err, _("row %ld: a formula without a saved "
							  "value (expected the workbook saved by "
							  "Excel or LibreOffice, which keeps the "
							  "values)"),
				 x->row);
			lib.XML_StopParser(x->xp, XML_FALSE);
			return;
		}
		if (strcmp(x->type, "s") == 0) {
			unsigned long i = strtoul(s, NULL, 10);

			s = i < x->nstr ? x->strings + x->at[i] : "";
		} else if (strcmp(x->type, "b") == 0) {
			s = strcmp(s, "1") == 0 ? "TRUE" : "FALSE";
		} else if (strcmp(x->type, "n") == 0 && x->style >= 0 &&
			   (size_t)x->style < x->nstyles && x->date_style[x->style] &&
			   serial_date(x, s, date)) {
			s = date;
		}
		put_cell(x, s);
	} else if (strcmp(tag, "row") == 0) {
		bool ok = true;

		/* a sheet leaves out the empty cells at a row's end; CSV has them */
		if (x->width == 0)
			x->width = x->next_col;
		for (; ok && x->next_col > 0 && x->next_col < x->width; x->next_col++)
			ok = grow(&x->line, &x->nline, &x->cap_line, ",", 1);
		if (!ok ||
		    !grow(&x->out, &x->nout, &x->cap_out, x->line ? x->line : "", x->nline) ||
		    !grow(&x->out, &x->nout, &x->cap_out, "\n", 1))
		{
			stop(x, _("out of memory"));
			return;
		}
		x->row++;
	}
}

struct xlsx *xlsx_open(const char *path, kz_error *err)
{
	struct xlsx *x = calloc(1, sizeof *x);
	FILE *f = fopen(path, "rb");
	unsigned char magic[4] = {0};
	int zerr = 0;

	if (lib_load(path, err) != 0) {
		free(x);
		if (f)
			fclose(f);
		return NULL;
	}
	if (x == NULL || f == NULL) {
		kz_error_set(err, KZ_EINVAL, path, "cannot open: %s", strerror(errno));
		free(x);
		if (f)
			fclose(f);
		return NULL;
	}
	if (fread(magic, 1, 4, f) != 4)
		magic[0] = 0;
	fclose(f);
	if (magic[0] == 0xD0 && magic[1] == 0xCF && magic[2] == 0x11 && magic[3] == 0xE0) {
		kz_error_set(err, KZ_EINVAL, path, "an .xls or an encrypted workbook (expected an "
			     ".xlsx without a password, or CSV)");
		free(x);
		return NULL;
	}
	if ((x->zip = lib.zip_open(path, ZIP_RDONLY, &zerr)) == NULL) {
		kz_error_set(err, KZ_EINVAL, path, "not an .xlsx workbook (expected a file saved "
			     "by Excel or LibreOffice as .xlsx, or CSV)");
		free(x);
		return NULL;
	}
	if (parse_part(x, "xl/workbook.xml", false, wb_start, no_end, no_text) != 0 ||
	    (parse_part(x, "xl/_rels/workbook.xml.rels", true, rel_start, no_end, no_text),
	     x->err[0] != '\0') ||
	    (parse_part(x, "xl/sharedStrings.xml", true, ss_start, ss_end, on_text),
	     x->err[0] != '\0') ||
	    (parse_part(x, "xl/styles.xml", true, st_start, st_end, no_text), x->err[0] != '\0'))
		goto fail;
	if (x->sheet_path[0] == '\0')
		snprintf(x->sheet_path, sizeof x->sheet_path, "xl/worksheets/sheet1.xml");
	if ((x->sheet = lib.zip_fopen(x->zip, x->sheet_path, 0)) == NULL) {
		/* TRANSLATORS: %s the sheet's path in the workbook's zip. */
		snprintf(x->err, sizeof x->err, _("no first sheet (%s) in the workbook"),
			 x->sheet_path);
		goto fail;
	}
	if ((x->xp = lib.XML_ParserCreate(NULL)) == NULL) {
		snprintf(x->err, sizeof x->err, "%s", _("out of memory"));
		goto fail;
	}
	lib.XML_SetUserData(x->xp, x);
	lib.XML_SetElementHandler(x->xp, sh_start, sh_end);
	lib.XML_SetCharacterDataHandler(x->xp, on_text);
	x->row = 1;
	return x;
fail:
	kz_error_set(err, KZ_EINVAL, path, "%s", x->err);
	xlsx_close(x);
	return NULL;
}

/* kz_read_fn: the sheet's CSV, parsed out of the zip as it is asked for. */
size_t xlsx_read(void *arg, char *buf, size_t cap, int *error)
{
	struct xlsx *x = arg;
	char raw[16384];

	while (x->pos == x->nout && !x->done) {
		zip_int64_t n = lib.zip_fread(x->sheet, raw, sizeof raw);

		x->nout = x->pos = 0;
		if (n < 0) {
			snprintf(x->err, sizeof x->err, "%s",
				 _("the sheet cannot be read out of the zip"));
			*error = EIO;
			return 0;
		}
		if (lib.XML_Parse(x->xp, raw, (int)n, n == 0) == XML_STATUS_ERROR) {
			if (x->err[0] == '\0')
				/* TRANSLATORS: %s the XML parser's reason, in English. */
				snprintf(x->err, sizeof x->err, _("the sheet: %s"),
					 lib.XML_ErrorString(lib.XML_GetErrorCode(x->xp)));
			*error = EILSEQ;
			return 0;
		}
		x->done = n == 0;
	}
	if (x->pos == x->nout)
		return 0;
	if (cap > x->nout - x->pos)
		cap = x->nout - x->pos;
	memcpy(buf, x->out + x->pos, cap);
	x->pos += cap;
	return cap;
}

/* Why reading stopped ("" when it did not). */
const char *xlsx_error(const struct xlsx *x)
{
	return x->err;
}

void xlsx_close(struct xlsx *x)
{
	if (x == NULL)
		return;
	if (x->xp)
		lib.XML_ParserFree(x->xp);
	if (x->sheet)
		lib.zip_fclose(x->sheet);
	if (x->zip)
		lib.zip_discard(x->zip);
	free(x->strings);
	free(x->at);
	free(x->date_style);
	free(x->text);
	free(x->line);
	free(x->out);
	free(x);
}
