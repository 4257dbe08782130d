/* roster.c — ROSTER.csv: a streaming RFC 4180 reader (one input buffer, fields split and
 * unquoted in place, nothing allocated per row), and the row loop shared by `batch` and
 * `remind`.  The format is RFC 4180 with the usual leniencies of spreadsheet exports: LF
 * or CRLF (or a bare CR) line ends, a UTF-8 byte-order mark, blank lines. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSSE3__)
#include <tmmintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "roster.h"

/* The input buffer: four maximal records, so a refill moves at most a quarter of it. */
#define BUF_SIZE (4 * ROSTER_RECORD_MAX)

/* Year-months kept by row_date (a power of two): a roster's dates fall in a few hundred. */
#define MONTHS_SEEN 4096

static const char *const col_names[RC_NCOLS] = {
	"id",	 "citizenship", "arrival",    "name",  "birth", "visa_expiry", "passport_expiry",
	"email", "host",	"trp_expiry", "entry", "count_from", "trips",   "moves"};

#define COLUMNS_EXPECTED                                                                   \
	"expected the columns id,citizenship,arrival and optionally "                     \
	"name,birth,visa_expiry,passport_expiry,trp_expiry,entry,host,count_from,email,"   \
	"trips,moves"

struct field {
	uint32_t off, len; /* from the record's first byte; len before unquoting */
	bool esc;          /* a quoted field with "" inside */
};

/* One record as the scanner found it, before it is checked. */
struct rec {
	long line;
	size_t start, end; /* raw bytes in buf */
	size_t nf;         /* fields seen (may exceed ROSTER_FIELDS_MAX: only those stored) */
	bool too_long, unterminated, nul, high, after_quote, quoted;
	bool plain; /* found by fast_record: no quote, CR or LF in any cell */
};

struct roster {
	FILE *f;
	bool own;
	const char *name;
	char *buf;        /* BUF_SIZE + 1: room for a terminator after the last field */
	size_t pos, end;  /* unread bytes: buf[pos..end) */
	bool eof, io_error, skip_lf;
	int io_errno;
	long line;        /* physical line of buf[pos] */
	size_t ncols;     /* fields in the header */
	int map[RC_NCOLS]; /* field index of each known column, or -1 */
	/* The columns of the header (mapped) and those it lacks, for roster_next's fast
	 * path. */
	unsigned char has[RC_NCOLS], lacks[RC_NCOLS];
	int nhas, nlacks;
	/* Citizenship codes already looked up: 0 not yet, 1 known, 2 unknown (a roster is
	 * read against one set of data, so the answer never changes). */
	unsigned char cc_seen[26 * 26];
	/* Months of date cells already read, by their bytes "YYYY-MM-" (see row_date). */
	struct month_seen {
		uint64_t key;  /* the 8 bytes; 0 = empty (a real key holds '-') */
		kz_day first;  /* the month's day 1 */
		uint32_t days; /* its length */
	} months[MONTHS_SEEN];
	struct field fields[ROSTER_FIELDS_MAX];
	/* The row's person's lists and why a cell could not be read (roster_person). */
	struct kz_trip trips[FACT_LIST_MAX];
	kz_day moves[FACT_LIST_MAX];
	char why[KZ_FACTS][FACT_WHY];
};

/* Moves the unread bytes from `keep` on to the front and reads more.  Returns how far the
 * bytes moved, or (size_t)-1 on a read error. */
static size_t refill(struct roster *r, size_t keep)
{
	size_t n = r->end - keep, got;

	if (keep > 0)
		memmove(r->buf, r->buf + keep, n);
	r->pos -= keep;
	r->end = n;
	got = fread(r->buf + n, 1, BUF_SIZE - n, r->f);
	r->end += got;
	if (got < BUF_SIZE - n) {
		if (ferror(r->f)) {
			r->io_error = true;
			r->io_errno = errno;
			return (size_t)-1;
		}
		r->eof = true;
	}
	return keep;
}

/* Records a field of the record being scanned (only the first ROSTER_FIELDS_MAX). */
static void add_field(struct roster *r, struct rec *rc, size_t off, size_t len, bool esc)
{
	if (rc->nf < ROSTER_FIELDS_MAX && !rc->too_long)
		r->fields[rc->nf] = (struct field){(uint32_t)off, (uint32_t)len, esc};
	rc->nf++;
}

/* The fast path of scan_record (issue 6): a record with no quote that ends, with LF or
 * CR, inside the buffer and within ROSTER_RECORD_MAX bytes, found 16 bytes at a time
 * where SSE2 is there (every x86-64) and a byte at a time elsewhere.  Returns 1 with the
 * record scanned as scan_record would, or 0 to leave it to scan_record (nothing
 * changed but *rc and the field table, which scan_record fills again). */
static int fast_record(struct roster *r, struct rec *rc)
{
	const char *buf = r->buf;
	struct field *fl = r->fields;
	size_t rs = r->pos, i = rs, foff = 0, stop, nf = 0;
	size_t lim = r->end - rs > ROSTER_RECORD_MAX ? rs + ROSTER_RECORD_MAX : r->end;
	unsigned high = 0;

/* A cell ends at `at` (from the record's start): kept among the first ROSTER_FIELDS_MAX. */
#define CELL_ENDS(at)                                                                      \
	do {                                                                               \
		if (nf < ROSTER_FIELDS_MAX)                                                \
			fl[nf] = (struct field){(uint32_t)foff, (uint32_t)((at) - foff), false}; \
		nf++;                                                                      \
		foff = (at) + 1;                                                           \
	} while (0)
#if defined(__SSE2__)
	/* The buffer has 16 bytes of slack after BUF_SIZE + 1, so a load never leaves it;
	 * in the last block, bytes at or past lim are masked off. */
#if defined(__SSSE3__)
	/* The five bytes that matter have different low nibbles (, 0x2C, LF 0x0A, CR 0x0D,
	 * " 0x22, NUL 0x00): a byte is one of them when it equals the entry of this table at
	 * its low nibble (0x80 where none is: no byte below 0x80 equals it, and a byte from
	 * 0x80 up looks up 0), so one shuffle and one compare find them all. */
	const __m128i comma = _mm_set1_epi8(','),
		      which = _mm_setr_epi8(0x00, -128, 0x22, -128, -128, -128, -128, -128,
					    -128, -128, 0x0A, -128, 0x2C, 0x0D, -128, -128);
#else
	const __m128i comma = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n'),
		      cr = _mm_set1_epi8('\r'), quote = _mm_set1_epi8('"'),
		      zero = _mm_setzero_si128();
#endif

	for (;; i += 16) {
		__m128i v;
		unsigned cm, sm, hm, live = 0xFFFFu;

		if (i >= lim)
			return 0;
		if (lim - i < 16)
			live = (1u << (lim - i)) - 1;
		v = _mm_loadu_si128((const __m128i *)(const void *)(buf + i));
		cm = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma)) & live;
#if defined(__SSSE3__)
		sm = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_shuffle_epi8(which, v), v)) &
		     live & ~cm;
#else
		sm = (unsigned)_mm_movemask_epi8(
			     _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)),
					  _mm_or_si128(_mm_cmpeq_epi8(v, quote),
						       _mm_cmpeq_epi8(v, zero)))) &
		     live;
#endif
		hm = (unsigned)_mm_movemask_epi8(v) & live;
		if (sm != 0) {
			unsigned before = (1u << __builtin_ctz(sm)) - 1;

			cm &= before;
			hm &= before;
		}
		high |= hm;
		for (; cm != 0; cm &= cm - 1)
			CELL_ENDS(i + (size_t)__builtin_ctz(cm) - rs);
		if (sm != 0) {
			stop = i + (size_t)__builtin_ctz(sm);
			break;
		}
	}
#else
	for (;; i++) {
		unsigned char c;

		if (i >= lim)
			return 0;
		c = (unsigned char)buf[i];
		if (c == ',') {
			CELL_ENDS(i - rs);
		} else if (c == '\n' || c == '\r' || c == '"' || c == 0) {
			stop = i;
			break;
		} else {
			high |= c & 0x80;
		}
	}
#endif
	if (buf[stop] == '"' || buf[stop] == '\0')
		return 0;
	CELL_ENDS(stop - rs);
#undef CELL_ENDS
	rc->nf = nf;
	rc->high = high != 0;
	r->line++;
	r->skip_lf = buf[stop] == '\r';
	rc->start = rs;
	rc->end = stop;
	rc->plain = true;
	r->pos = stop + 1;
	return 1;
}

/* Finds the next record's fields without changing a byte, so a refill in the middle of
 * a record just moves it and scanning goes on.  Returns 1 (a record), 0 (end of input)
 * or -1 (read error). */
static int scan_record(struct roster *r, struct rec *rc)
{
	enum { S_FIELD, S_PLAIN, S_QUOTED, S_QUOTE } st = S_FIELD;
	size_t rs, i, foff = 0;
	bool esc = false;

	if (r->pos == r->end && !r->eof && refill(r, r->pos) == (size_t)-1)
		return -1;
	if (r->skip_lf && r->pos < r->end && r->buf[r->pos] == '\n')
		r->pos++; /* the LF of a CRLF whose CR ended the last record */
	r->skip_lf = false;
	memset(rc, 0, sizeof *rc);
	rc->line = r->line;
	if (fast_record(r, rc))
		return 1;
	memset(rc, 0, sizeof *rc);
	rc->line = r->line;
	rs = i = r->pos;
	for (;;) {
		if (i == r->end) {
			size_t moved;

			if (r->eof)
				break;
			if (i - rs > ROSTER_RECORD_MAX)
				rc->too_long = true;
			/* A record too long to keep is scanned to its end but not kept. */
			r->pos = rc->too_long ? i : rs;
			moved = refill(r, r->pos);
			if (moved == (size_t)-1)
				return -1;
			if (rc->too_long) {
				foff = 0;
				rs = i = 0;
			} else {
				rs -= moved;
				i -= moved;
			}
			continue;
		}
		unsigned char c = (unsigned char)r->buf[i];

		if (c == 0)
			rc->nul = true;
		else if (c >= 0x80)
			rc->high = true;
		switch (st) {
		case S_FIELD:
			foff = i - rs;
			esc = false;
			if (c == '"') {
				st = S_QUOTED;
				rc->quoted = true;
				foff++;
				break;
			}
			st = S_PLAIN;
			/* fall through */
		case S_PLAIN:
			if (c == ',') {
				add_field(r, rc, foff, i - rs - foff, false);
				st = S_FIELD;
			} else if (c == '\n' || c == '\r') {
				add_field(r, rc, foff, i - rs - foff, false);
				goto end_of_line;
			}
			break;
		case S_QUOTED:
			if (c == '"')
				st = S_QUOTE;
			else if (c == '\n')
				r->line++;
			break;
		case S_QUOTE: /* after a quote inside a quoted field */
			if (c == '"') {
				esc = true;
				st = S_QUOTED;
			} else if (c == ',') {
				add_field(r, rc, foff, i - 1 - rs - foff, esc);
				st = S_FIELD;
			} else if (c == '\n' || c == '\r') {
				add_field(r, rc, foff, i - 1 - rs - foff, esc);
				goto end_of_line;
			} else {
				rc->after_quote = true;
				st = S_PLAIN;
			}
			break;
		}
		i++;
	}
	/* End of input. */
	if (i == rs && st == S_FIELD && rc->nf == 0) {
		r->pos = i;
		return 0;
	}
	if (st == S_QUOTED)
		rc->unterminated = true;
	add_field(r, rc, st == S_FIELD ? i - rs : foff,
		  st == S_FIELD ? 0 : i - rs - foff - (st == S_QUOTE), esc);
	rc->start = rs;
	rc->end = i;
	r->pos = i;
	if (i - rs > ROSTER_RECORD_MAX)
		rc->too_long = true;
	return 1;
end_of_line:
	r->line++;
	r->skip_lf = r->buf[i] == '\r';
	rc->start = rs;
	rc->end = i;
	r->pos = i + 1;
	if (i - rs > ROSTER_RECORD_MAX)
		rc->too_long = true;
	return 1;
}

/* True for well-formed UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF. */
static bool utf8_valid(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		size_t k;
		unsigned lo = 0x80, hi = 0xBF;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			k = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			k = 2;
			if (c == 0xE0)
				lo = 0xA0;
			else if (c == 0xED)
				hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			k = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;
		} else
			return false;
		if (n - i <= k)
			return false;
		if (s[i + 1] < lo || s[i + 1] > hi)
			return false;
		for (size_t j = 2; j <= k; j++)
			if (s[i + j] < 0x80 || s[i + j] > 0xBF)
				return false;
		i += k + 1;
	}
	return true;
}

/* A record with no bytes, or only empty unquoted cells (",,,"): a blank line. */
static bool blank(const struct roster *r, const struct rec *rc)
{
	/* An unquoted record has one cell more than it has commas, so it is all commas
	 * exactly when it is one byte shorter than its count of cells. */
	(void)r;
	if (rc->quoted || rc->too_long)
		return false;
	return rc->end - rc->start + 1 == rc->nf;
}

/* Fills err (where = "FILE:LINE") and returns -1.  The where is formatted only here, on
 * the error path: good rows cost no printf. */
static int line_error(const struct roster *r, long line, kz_error *err, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int line_error(const struct roster *r, long line, kz_error *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	err->code = KZ_EINVAL;
	snprintf(err->where, sizeof err->where, "%s:%ld", r->name, line);
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	return -1;
}

/* Checks what makes a record unreadable as CSV; -1 with err (where = FILE:LINE). */
static int check_record(const struct roster *r, const struct rec *rc, kz_error *err)
{
	if (rc->too_long)
		return line_error(r, rc->line, err,
				    "a record longer than %d bytes (expected shorter cells)",
				    ROSTER_RECORD_MAX);
	if (rc->unterminated)
		return line_error(r, rc->line, err,
				    "a quoted cell never closed (expected a closing \" before "
				    "the end of the file)");
	if (rc->nul)
		return line_error(r, rc->line, err,
				    "a NUL byte (expected text: save the roster as CSV, "
				    "UTF-8)");
	if (rc->high && !utf8_valid((const unsigned char *)r->buf + rc->start,
				    rc->end - rc->start))
		return line_error(r, rc->line, err,
				    "invalid UTF-8 (expected text: save the roster as CSV, "
				    "UTF-8)");
	if (rc->after_quote)
		return line_error(r, rc->line, err,
				    "text after a closing quote (expected , or the end of the "
				    "line; a \" inside a quoted cell is written \"\")");
	return 0;
}

/* Unquotes field k of the record in place and ends it with a NUL; returns its length. */
static size_t take_field(struct roster *r, const struct rec *rc, size_t k, const char **out)
{
	const struct field *f = &r->fields[k];
	char *s = r->buf + rc->start + f->off;
	size_t n = f->len;

	if (f->esc) {
		size_t w = 0;

		for (size_t i = 0; i < f->len; i++) {
			s[w++] = s[i];
			if (s[i] == '"')
				i++; /* "" stands for one " */
		}
		n = w;
	}
	s[n] = '\0';
	*out = s;
	return n;
}

/* A header cell as a column name: trimmed, lower case, '-' and ' ' read as '_'. */
static int column_of(const char *s, size_t n)
{
	char norm[32];
	size_t k = 0;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n >= sizeof norm)
		return -1;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		norm[k++] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c == '-' || c == ' ' ? '_' : c;
	}
	norm[k] = '\0';
	for (int c = 0; c < RC_NCOLS; c++)
		if (strcmp(norm, col_names[c]) == 0)
			return c;
	return -1;
}

/* Allocates the reader, skips a BOM and blank lines, and maps the header's columns. */
static struct roster *open_common(FILE *f, bool own, const char *name, kz_error *err)
{
	struct roster *r = calloc(1, sizeof *r);
	struct rec rc;
	char where[96];
	int k, known = 0;

	/* 16 bytes of slack for fast_record's loads; zeroed so that no byte it loads (and
	 * masks off) is uninitialised. */
	if (r == NULL || (r->buf = calloc(1, BUF_SIZE + 1 + 16)) == NULL) {
		kz_error_set(err, KZ_ENOMEM, name, "out of memory");
		goto fail;
	}
	r->f = f;
	r->own = own;
	r->name = name;
	r->line = 1;
	for (int c = 0; c < RC_NCOLS; c++)
		r->map[c] = -1;
	if (refill(r, 0) == (size_t)-1)
		goto read_error;
	if (r->end >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0)
		r->pos = 3; /* a UTF-8 byte-order mark, as Excel writes "CSV UTF-8" */
	do {
		k = scan_record(r, &rc);
		if (k < 0)
			goto read_error;
		if (k == 0) {
			kz_error_set(err, KZ_EINVAL, name,
				     "empty file (expected a header row: id,citizenship,arrival,...)");
			goto fail;
		}
	} while (blank(r, &rc));
	if (check_record(r, &rc, err))
		goto fail;
	snprintf(where, sizeof where, "%s:%ld", name, rc.line);
	if (rc.nf > ROSTER_FIELDS_MAX) {
		kz_error_set(err, KZ_EINVAL, where, "%zu columns in the header (expected at most %d)",
			     rc.nf, ROSTER_FIELDS_MAX);
		goto fail;
	}
	r->ncols = rc.nf;
	for (size_t i = 0; i < rc.nf; i++) {
		const char *s;
		size_t n = take_field(r, &rc, i, &s);
		int c = column_of(s, n);

		if (c < 0)
			continue; /* a column kzmig does not use */
		if (r->map[c] >= 0) {
			kz_error_set(err, KZ_EINVAL, where,
				     "column '%s' appears twice (expected each column once)",
				     col_names[c]);
			goto fail;
		}
		r->map[c] = (int)i;
		known++;
	}
	if (known == 0) {
		kz_error_set(err, KZ_EINVAL, where,
			     "no header row (expected a first row naming the columns: "
			     "id,citizenship,arrival,...)");
		goto fail;
	}
	for (int c = 0; c < RC_NCOLS; c++) {
		if (r->map[c] >= 0)
			r->has[r->nhas++] = (unsigned char)c;
		else
			r->lacks[r->nlacks++] = (unsigned char)c;
	}
	for (int c = RC_ID; c <= RC_ARRIVAL; c++)
		if (r->map[c] < 0) {
			kz_error_set(err, KZ_EINVAL, where, "no column '%s' in the header (" COLUMNS_EXPECTED ")",
				     col_names[c]);
			goto fail;
		}
	return r;
read_error:
	kz_error_set(err, KZ_EINVAL, name, "cannot read: %s", strerror(r->io_errno));
fail:
	if (r != NULL && !own)
		r->f = NULL; /* the caller's stream stays open */
	roster_close(r);
	return NULL;
}

/* roster.h: the reader over a caller's stream (the unit tests use fmemopen). */
struct roster *roster_open_file(FILE *f, const char *name, kz_error *err)
{
	return open_common(f, false, name, err);
}

/* roster.h: "-" is stdin; a file gets no stdio buffer of its own. */
struct roster *roster_open(const char *path, kz_error *err)
{
	FILE *f;

	if (strcmp(path, "-") == 0)
		return open_common(stdin, false, "stdin", err);
	if ((f = fopen(path, "rb")) == NULL) {
		kz_error_set(err, KZ_EINVAL, path, "cannot open: %s (expected a readable CSV file)",
			     strerror(errno));
		return NULL;
	}
	/* The roster buffer is the only buffer: stdio's would be a second copy. */
	setvbuf(f, NULL, _IONBF, 0);
	return open_common(f, true, path, err);
}

/* NULL-safe; closes the file only when roster_open opened it. */
void roster_close(struct roster *r)
{
	if (r == NULL)
		return;
	if (r->own && r->f != NULL)
		fclose(r->f);
	free(r->buf);
	free(r);
}

/* True when the header has column c. */
bool roster_has(const struct roster *r, enum roster_col c)
{
	return r->map[c] >= 0;
}

/* The name used in messages: the path, or "stdin". */
const char *roster_name(const struct roster *r)
{
	return r->name;
}

/* roster.h: the next non-blank record, checked and split in place. */
int roster_next(struct roster *r, struct roster_row *row, kz_error *err)
{
	struct rec rc;
	int k;

	do {
		k = scan_record(r, &rc);
		if (k < 0) {
			kz_error_set(err, KZ_EINVAL, r->name, "cannot read on: %s",
				     strerror(r->io_errno));
			return -2;
		}
		if (k == 0)
			return 0;
	} while (blank(r, &rc));
	/* A record found by the fast path can only be bad for its UTF-8. */
	if ((!rc.plain || rc.high) && check_record(r, &rc, err))
		return -1;
	if (rc.nf != r->ncols) {
		return line_error(r, rc.line, err, "%zu cells (expected %zu, as in the header)", rc.nf, r->ncols);
	}
	row->line = rc.line;
	row->plain = rc.plain;
	if (rc.plain) {
		/* No quotes: each cell is its raw bytes, ended where its comma was (issue 6). */
		char *start = r->buf + rc.start;

		for (int j = 0; j < r->nhas; j++) {
			int c = r->has[j];
			const struct field *f = &r->fields[r->map[c]];

			start[f->off + f->len] = '\0';
			row->col[c] = start + f->off;
			row->len[c] = f->len;
		}
		for (int j = 0; j < r->nlacks; j++) {
			row->col[r->lacks[j]] = "";
			row->len[r->lacks[j]] = 0;
		}
		return 1;
	}
	for (int c = 0; c < RC_NCOLS; c++) {
		if (r->map[c] < 0) {
			row->col[c] = "";
			row->len[c] = 0;
		} else {
			row->len[c] = take_field(r, &rc, (size_t)r->map[c], &row->col[c]);
		}
	}
	return 1;
}

/* ---- --only --------------------------------------------------------------------- */

/* roster.h: each comma-separated id must be one of design.md §4 (or policy-...). */
int only_add(struct only *o, const char *arg, bool allow_policy)
{
	const char *p = arg;

	for (;;) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		bool ok = allow_policy && n > 7 && strncmp(p, "policy-", 7) == 0;
		uint32_t bit = 0;

		for (int i = 0; !ok && kz_deadline_ids[i]; i++)
			if ((ok = strlen(kz_deadline_ids[i]) == n &&
				  strncmp(kz_deadline_ids[i], p, n) == 0))
				bit = UINT32_C(1) << i;
		if (!ok || n >= sizeof o->ids[0])
			return fail(EXIT_USAGE, "--only",
				    "unknown deadline '%.*s' (expected a comma-separated list of "
				    "arrival-notification, self-registration, trp, stay-limit, "
				    "visa-extension, passport-validity, passport-renewal%s)",
				    (int)(n > 48 ? 48 : n), p,
				    allow_policy ? ", or policy-..." : "");
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

/* ---- --alarm (iCalendar output of batch and remind) ------------------------------- */

/* ---- rows to people -------------------------------------------------------------- */

/* A cell as it may be quoted in a message: at most 40 bytes, control characters as '?'. */
static const char *shown(const char *s, char out[48])
{
	size_t k = 0;

	for (; *s && k < 40; s++)
		out[k++] = (unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s;
	out[k] = '\0';
	return out;
}

/* A date cell that kz_day_parse() accepted as *out: its month goes into r's table. */
static void __attribute__((noinline)) keep_month(struct roster *r, const char *s, kz_day day)
{
	uint64_t key;
	struct month_seen *m;
	unsigned d = (unsigned)(s[8] - '0') * 10 + (unsigned)(s[9] - '0');
	int yy, mm, dd;

	memcpy(&key, s, 8);
	m = &r->months[(key * UINT64_C(0x9E3779B97F4A7C15)) >> 52 & (MONTHS_SEEN - 1)];
	kz_day_to_ymd(day, &yy, &mm, &dd);
	m->key = key;
	m->first = day - (kz_day)(d - 1);
	m->days = 28;
	while (m->days < 31 && kz_ymd_valid(yy, mm, (int)m->days + 1))
		m->days++;
}

/* An optional date cell: KZ_NO_DAY when empty, else strict ISO (0), or -1.
 * The hot path of reading a roster (issue 6): a cell whose first 8 bytes "YYYY-MM-" are
 * those of a date already read needs only its day checked against the month's length
 * (what kz_day_parse() would check of it, the rest being the same bytes); any other
 * goes through kz_day_parse(), and its month is kept. */
static inline int row_date(struct roster *r, const struct roster_row *row, enum roster_col c,
			   kz_day *out)
{
	const char *s = row->col[c];
	const struct month_seen *m;
	uint64_t key;
	unsigned d0, d1;

	if (row->len[c] != 10) {
		*out = KZ_NO_DAY;
		return row->len[c] == 0 ? 0 : -1;
	}
	memcpy(&key, s, 8);
	m = &r->months[(key * UINT64_C(0x9E3779B97F4A7C15)) >> 52 & (MONTHS_SEEN - 1)];
	d0 = (unsigned)(unsigned char)s[8] - '0';
	d1 = (unsigned)(unsigned char)s[9] - '0';
	if (m->key == key && d0 <= 9 && d1 <= 9 && d0 * 10 + d1 - 1 < m->days) {
		*out = m->first + (kz_day)(d0 * 10 + d1 - 1);
		return 0;
	}
	if (kz_day_parse(s, 10, out) == 0) {
		keep_month(r, s, *out);
		return 0;
	}
	*out = KZ_NO_DAY;
	return -1;
}

/* An optional date cell into *out; a bad one is unreadable, with why. */
static inline void opt_date_cell(struct roster *r, const struct roster_row *row,
				 enum roster_col c, enum kz_fact f, kz_day *out, struct kz_person *p)
{
	if (row_date(r, row, c, out) != 0 &&
	    fact_date(row->col[c], row->len[c], out, r->why[f]) != 0)
		p->unreadable[f] = r->why[f];
}

/* roster.h: checks the cells every deadline needs, then reads the others. */
int roster_person(struct roster *r, const struct roster_row *row,
		  const struct kz_data *data, const struct roster_opts *o, struct kz_person *p,
		  kz_error *err)
{
	char s[48];
	const char *cc = row->col[RC_CITIZENSHIP];
	int k, v;

	memset(p, 0, sizeof *p);
	p->today = o->today;
	p->host = o->host;
	p->count_from = o->count_from;
	p->trp_expiry = KZ_NO_DAY;
	if (row->len[RC_ID] == 0)
		return line_error(r, row->line, err, "id: empty (expected the person's id)");
	if (row->len[RC_CITIZENSHIP] != 2 || !((cc[0] | 32) >= 'a' && (cc[0] | 32) <= 'z') ||
	    !((cc[1] | 32) >= 'a' && (cc[1] | 32) <= 'z'))
		return line_error(r, row->line, err,
				    "citizenship: '%s' is not a country code (expected ISO "
				    "3166-1 alpha-2, e.g. UZ)",
				    shown(cc, s));
	p->citizenship[0] = (char)(cc[0] & ~32);
	p->citizenship[1] = (char)(cc[1] & ~32);
	k = (p->citizenship[0] - 'A') * 26 + (p->citizenship[1] - 'A');
	if (r->cc_seen[k] == 0)
		r->cc_seen[k] = data->regimes == NULL ||
					kz_country_name(data->regimes, p->citizenship) != NULL
				? 1
				: 2;
	if (r->cc_seen[k] == 2)
		return line_error(r, row->line, err,
				    "citizenship: unknown country '%s' (expected ISO 3166-1 "
				    "alpha-2, e.g. UZ)",
				    p->citizenship);
	if (row->len[RC_ARRIVAL] == 0)
		return line_error(r, row->line, err,
				    "arrival: empty (expected the arrival date, YYYY-MM-DD)");
	if (row_date(r, row, RC_ARRIVAL, &p->arrival) != 0) {
		fact_date(row->col[RC_ARRIVAL], row->len[RC_ARRIVAL], &p->arrival,
			  r->why[KZ_FACT_ARRIVAL]);
		return line_error(r, row->line, err, "arrival: %s", r->why[KZ_FACT_ARRIVAL]);
	}
	opt_date_cell(r, row, RC_BIRTH, KZ_FACT_BIRTH, &p->birth, p);
	opt_date_cell(r, row, RC_VISA_EXPIRY, KZ_FACT_VISA_EXPIRY, &p->visa_expiry, p);
	opt_date_cell(r, row, RC_PASSPORT_EXPIRY, KZ_FACT_PASSPORT_EXPIRY, &p->passport_expiry, p);
	opt_date_cell(r, row, RC_TRP_EXPIRY, KZ_FACT_TRP_EXPIRY, &p->trp_expiry, p);
	if (row->len[RC_HOST] > 0) {
		if (fact_word(row->col[RC_HOST], host_values, &v, r->why[KZ_FACT_HOST]) == 0)
			p->host = (enum kz_host)v;
		else
			p->unreadable[KZ_FACT_HOST] = r->why[KZ_FACT_HOST];
	}
	if (row->len[RC_ENTRY] > 0) {
		if (fact_word(row->col[RC_ENTRY], entry_values, &v, r->why[KZ_FACT_ENTRY]) == 0)
			p->entry = v == 0 ? KZ_ENTRY_VISA_FREE : KZ_ENTRY_VISA;
		else
			p->unreadable[KZ_FACT_ENTRY] = r->why[KZ_FACT_ENTRY];
	}
	if (row->len[RC_COUNT_FROM] > 0) {
		if (fact_word(row->col[RC_COUNT_FROM], count_from_values, &v,
			      r->why[KZ_FACT_COUNT_FROM]) == 0)
			p->count_from = (enum kz_count_from)v;
		else
			p->unreadable[KZ_FACT_COUNT_FROM] = r->why[KZ_FACT_COUNT_FROM];
	}
	if (row->len[RC_TRIPS] > 0) {
		p->trips = r->trips;
		if (fact_trips(row->col[RC_TRIPS], r->trips, FACT_LIST_MAX, &p->ntrips,
			       r->why[KZ_FACT_TRIPS]) != 0) {
			p->unreadable[KZ_FACT_TRIPS] = r->why[KZ_FACT_TRIPS];
			p->ntrips = 0;
		}
	}
	if (row->len[RC_MOVES] > 0) {
		p->moves = r->moves;
		if (fact_moves(row->col[RC_MOVES], r->moves, FACT_LIST_MAX, &p->nmoves,
			       r->why[KZ_FACT_MOVES]) != 0) {
			p->unreadable[KZ_FACT_MOVES] = r->why[KZ_FACT_MOVES];
			p->nmoves = 0;
		}
	}
	return 0;
}

/* roster.h: one person at a time through the library, with one deadline array. */
int roster_run(struct roster *r, const struct kz_data *data, const struct roster_opts *o,
	       roster_fn fn, void *ctx)
{
	const struct kz_rules rules = {data->cal, data->regimes, data->fines};
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	/* Without a policy, --only goes to the library as a mask: the deadlines left out are
	 * not copied, sorted or written (nor worked out when they cannot fail). */
	const uint32_t mask = o->policy == NULL && o->only.n > 0 ? o->only.mask : KZ_DEADLINES_ALL;
	/* roster_next sets every field; the initialiser is for the analysers */
	struct roster_row row = {0};
	struct kz_person p;
	kz_error err;
	size_t n;
	uint32_t bad_facts;
	int k, rc, bad = 0;

	while ((k = roster_next(r, &row, &err)) != 0) {
		if (k == -2) {
			if (o->before_error)
				o->before_error(ctx);
			return fail_err(&err);
		}
		if (k < 0 || roster_person(r, &row, data, o, &p, &err) != 0) {
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
			snprintf(where, sizeof where, "%s:%ld", r->name, row.line);
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
			snprintf(where, sizeof where, "%s:%ld", r->name, row.line);
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
