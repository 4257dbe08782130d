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
#include "words.h"

enum { F_CSV, F_JSON, F_ICS };

/* ---- output: one buffer in front of a FILE, written through a temporary file -------- */

struct out {
	FILE *f;          /* NULL for a scratch buffer: overflowing it is an error */
	const char *path; /* --output FILE, or NULL for stdout */
	char *tmp;        /* the temporary file beside it */
	int err;          /* errno of the first write error, or 0 */
	size_t n;
	char buf[1 << 16];
};

/* Writes out the buffer; the first error is kept for o_close() to report. */
static void o_flush(struct out *o)
{
	if (o->f == NULL) {
		if (o->n > 0 && o->err == 0)
			o->err = ENOSPC;
	} else if (o->n > 0 && fwrite(o->buf, 1, o->n, o->f) != o->n && o->err == 0) {
		o->err = errno ? errno : EIO;
	}
	o->n = 0;
}

/* Appends n bytes; a block larger than the buffer goes straight to the file. */
static void o_put(struct out *o, const char *s, size_t n)
{
	if (n > sizeof o->buf - o->n) {
		o_flush(o);
		if (n > sizeof o->buf) {
			if ((o->f == NULL || fwrite(s, 1, n, o->f) != n) && o->err == 0)
				o->err = o->f == NULL ? ENOSPC : errno ? errno : EIO;
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

/* True when a cell starting with c would read as a formula in a spreadsheet (= + - @, tab,
 * CR): one shift and mask, as this is asked of two cells a row (issue 6). */
static inline bool formula_start(char c)
{
	/* bit c - 9 for each of '\t' (9), '\r' (13), '+' (43), '-' (45), '=' (61), '@' (64) */
	const uint64_t set = UINT64_C(1) << 0 | UINT64_C(1) << 4 | UINT64_C(1) << 34 |
			     UINT64_C(1) << 36 | UINT64_C(1) << 52 | UINT64_C(1) << 55;
	unsigned x = (unsigned)(unsigned char)c - 9u;

	return x < 64 && (set >> x & 1);
}

/* One cell, RFC 4180: quoted when it holds a comma, a quote or a line break.  A text
 * cell that a spreadsheet would read as a formula (= + - @, tab, CR first) gets a
 * leading ' (the OWASP "CSV injection" advice), so "=HYPERLINK(...)" stays text. */
static void csv_text(struct out *o, const char *s)
{
	bool formula = formula_start(s[0]);
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

/* A roster cell: with the row's cells known to hold no comma, quote or line break
 * (roster.h), only the formula guard of csv_text is left to do. */
static void csv_cell(struct out *o, const struct roster_row *row, enum roster_col c)
{
	const char *s = row->col[c];

	if (!row->plain) {
		csv_text(o, s);
		return;
	}
	if (formula_start(s[0]))
		o_ch(o, '\'');
	o_put(o, s, row->len[c]);
}

/* Deadline ids and bases are a few strings repeated on every row: each is quoted once and
 * kept, by its address, in a small open-addressed table (a full table just quotes again;
 * nothing is evicted, so a text handed out stays valid for the run). */
#define QCACHE 256
struct qcache {
	const char *src[QCACHE];
	char *text[QCACHE];
	size_t len[QCACHE];
};

/* Quotes s into slot k of the cache (apart from quoted(): its 64 KB scratch buffer would
 * make every call probe the stack).  Returns 0, or -1 for a text too long to keep or no
 * memory. */
static int __attribute__((noinline)) quote_into(struct qcache *q, size_t k, const char *s)
{
	struct out tmp; /* csv_text into a scratch buffer: texts are short */
	char *t;

	if (strlen(s) > sizeof tmp.buf / 4 || (t = malloc(2 * strlen(s) + 3)) == NULL)
		return -1;
	tmp.f = NULL;
	tmp.n = 0;
	tmp.err = 0;
	csv_text(&tmp, s);
	if (tmp.err != 0) { /* cannot happen: at most 2 * 16384 + 3 bytes */
		free(t);
		return -1;
	}
	memcpy(t, tmp.buf, tmp.n);
	q->text[k] = t;
	q->len[k] = tmp.n;
	q->src[k] = s;
	return 0;
}

/* s as csv_text would write it, from the cache: the text (n bytes), or NULL for a text
 * too long to keep, a full table or no memory (then csv_text writes it). */
static inline const char *quoted(struct qcache *q, const char *s, size_t *n)
{
	size_t k = (size_t)(((uint64_t)(uintptr_t)s * UINT64_C(0x9E3779B97F4A7C15)) >> 56);

	for (size_t probe = 0; q->src[k] != s; probe++, k = (k + 1) % QCACHE) {
		if (probe == QCACHE)
			return NULL;
		if (q->src[k] == NULL) {
			if (quote_into(q, k, s) != 0)
				return NULL;
			break;
		}
	}
	*n = q->len[k];
	return q->text[k];
}

/* Appends s as csv_text would, from the cache. */
static void csv_const(struct out *o, struct qcache *q, const char *s)
{
	size_t n;
	const char *t = quoted(q, s, &n);

	if (t != NULL)
		o_put(o, t, n);
	else
		csv_text(o, s);
}

static const char csv_header[] =
	"id,name,citizenship,deadline,opens,due,days_left,status,responsible,fine_kzt,basis,"
	"apply_by,title,provisional,reason,email\n";

struct days_kept;

/* The end of a CSV line, ",STATUS,RESPONSIBLE,FINE_KZT,BASIS\n": the same for most of a
 * roster's lines of one deadline, so each is made once and kept, by what it is made of,
 * in a small direct-mapped cache (a collision makes it again). */
#define TAILS 64
struct tail {
	const char *basis; /* NULL: an empty slot */
	uint64_t what;     /* tail_what(): status, responsible and the fine written */
	char *text;
	size_t len;
};

/* A line's status, responsible and fine (written or not, and its tenths of a tenge) in
 * one word, to find its tail by. */
static inline uint64_t tail_what(const struct kz_deadline *d, bool fine)
{
	return (fine ? (uint64_t)d->fine.kzt10 << 8 | 0x80 : 0) |
	       (uint64_t)(unsigned)d->status << 2 | (uint64_t)(unsigned)d->responsible;
}

struct batch {
	struct out *o;
	struct qcache *q;
	struct tail *tails; /* NULL if it could not be allocated: lines are then built */
	struct days_kept *dk; /* NULL if it could not be allocated: dates are then formatted */
	int format;
	struct ics_cal *ics;
	struct ics_opts ics_opts;
};

/* "00" to "99": two digits per table read when writing dates and numbers. */
static const char pairs[201] = "00010203040506070809101112131415161718192021222324252627282930"
			       "31323334353637383940414243444546474849505152535455565758596061"
			       "62636465666768697071727374757677787980818283848586878889909192"
			       "93949596979899";

/* Days already written, by day modulo DAYS_KEPT: a roster's dates fall in a few years,
 * so nearly every date after the first few thousand is a copy of 10 bytes. */
#define DAYS_KEPT 4096
struct days_kept {
	kz_day day[DAYS_KEPT];
	char text[DAYS_KEPT][10];
};

/* put_day() for a day not in dk: works it out, and keeps it there. */
static char *__attribute__((noinline)) put_new_day(char *w, kz_day d, struct days_kept *dk)
{
	int y, m, dd;
	unsigned k = (unsigned)d % DAYS_KEPT;

	kz_day_to_ymd(d, &y, &m, &dd);
	if (y < 0 || y > 9999) { /* not a date kzmig makes: as kz_day_format writes it */
		char b[11];

		memcpy(w, kz_day_format(d, b), 10);
		return w + 10;
	}
	memcpy(w, pairs + 2 * (y / 100), 2);
	memcpy(w + 2, pairs + 2 * (y % 100), 2);
	w[4] = '-';
	memcpy(w + 5, pairs + 2 * m, 2);
	w[7] = '-';
	memcpy(w + 8, pairs + 2 * dd, 2);
	if (dk != NULL) {
		dk->day[k] = d;
		memcpy(dk->text[k], w, 10);
	}
	return w + 10;
}

/* Writes YYYY-MM-DD at w; returns the end.  dk (or NULL) keeps days written. */
static inline char *put_day(char *w, kz_day d, struct days_kept *dk)
{
	unsigned k = (unsigned)d % DAYS_KEPT;

	if (dk != NULL && dk->day[k] == d) {
		memcpy(w, dk->text[k], 10);
		return w + 10;
	}
	return put_new_day(w, d, dk);
}

/* Writes a decimal integer at w (at most 20 bytes); returns the end.  Days left and
 * tenge, on every line, take the first branches: up to six digits, two per table read. */
static inline char *put_long(char *w, long long v)
{
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
	char d[24];
	int k = (int)sizeof d;

	if (v < 0)
		*w++ = '-';
	if (u < 100) {
		if (u < 10) {
			*w = (char)('0' + u);
			return w + 1;
		}
		memcpy(w, pairs + 2 * u, 2);
		return w + 2;
	}
	if (u < 10000) {
		if (u < 1000) {
			*w = (char)('0' + u / 100);
			memcpy(w + 1, pairs + 2 * (u % 100), 2);
			return w + 3;
		}
		memcpy(w, pairs + 2 * (u / 100), 2);
		memcpy(w + 2, pairs + 2 * (u % 100), 2);
		return w + 4;
	}
	if (u < 1000000) { /* a fine in tenge */
		if (u < 100000) {
			*w = (char)('0' + u / 10000);
			memcpy(w + 1, pairs + 2 * (u / 100 % 100), 2);
			memcpy(w + 3, pairs + 2 * (u % 100), 2);
			return w + 5;
		}
		memcpy(w, pairs + 2 * (u / 10000), 2);
		memcpy(w + 2, pairs + 2 * (u / 100 % 100), 2);
		memcpy(w + 4, pairs + 2 * (u % 100), 2);
		return w + 6;
	}
	do
		d[--k] = (char)('0' + u % 10);
	while ((u /= 10) != 0);
	memcpy(w, d + k, sizeof d - (size_t)k);
	return w + (sizeof d - (size_t)k);
}

/* The row's id, name and citizenship cells with their commas, for a plain row (no cell
 * needs quoting) whose id and name take at most 500 bytes: written at w (at most 510
 * bytes); returns the length. */
static size_t csv_prefix(const struct roster_row *row, const struct kz_person *p, char *w)
{
	size_t k = 0;

	for (int c = RC_ID; c != -1; c = c == RC_ID ? RC_NAME : -1) {
		const char *s = row->col[c];

		if (formula_start(s[0]))
			w[k++] = '\'';
		memcpy(w + k, s, row->len[c]);
		k += row->len[c];
		w[k++] = ',';
	}
	memcpy(w + k, p->citizenship, 2);
	w[k + 2] = ',';
	return k + 3;
}

/* Makes room for n bytes (n <= the buffer's size) and returns where they go. */
static char *o_room(struct out *o, size_t n)
{
	if (sizeof o->buf - o->n < n)
		o_flush(o);
	return o->buf + o->n;
}

/* Slot k of b's tails made for d (apart from tail_of(), which stays small enough to
 * inline).  Returns 0, or -1 for a text too long for the quote cache or no memory. */
static int __attribute__((noinline)) make_tail(struct batch *b, struct tail *t,
					       const struct kz_deadline *d, bool fine)
{
	const char *part[3] = {kz_status_name(d->status), kz_responsible_name(d->responsible),
			       d->basis ? d->basis : ""};
	const char *q[3];
	size_t len[3], k = 0;
	char *text, *w;

	for (int i = 0; i < 3; i++)
		if ((q[i] = quoted(b->q, part[i], &len[i])) == NULL)
			return -1;
	/* the quote cache evicts nothing, so the three texts stay where they are */
	if (len[0] + len[1] + len[2] + 32 > sizeof b->o->buf ||
	    (text = malloc(len[0] + len[1] + len[2] + 32)) == NULL)
		return -1;
	w = text;
	*w++ = ',';
	memcpy(w, q[0], len[0]);
	w += len[0];
	*w++ = ',';
	memcpy(w, q[1], len[1]);
	w += len[1];
	*w++ = ',';
	if (fine) {
		/* KZT with one decimal only when there is a half tenge; none for a warning */
		w = put_long(w, d->fine.kzt10 / 10);
		if (d->fine.kzt10 % 10) {
			*w++ = '.';
			*w++ = (char)('0' + d->fine.kzt10 % 10);
		}
	}
	*w++ = ',';
	memcpy(w, q[2], len[2]);
	w += len[2];
	k = (size_t)(w - text);
	free(t->text);
	t->text = text;
	t->len = k;
	t->basis = part[2];
	t->what = tail_what(d, fine);
	return 0;
}

/* The end of d's CSV line from b's tails (see struct tail): its text (n bytes), or NULL
 * when it cannot be kept (then the caller writes it cell by cell). */
static inline const char *tail_of(struct batch *b, const struct kz_deadline *d, size_t *n)
{
	bool fine = d->has_fine && !d->fine.warning;
	const char *basis = d->basis ? d->basis : "";
	uint64_t what = tail_what(d, fine);
	struct tail *t;

	/* A fine that does not fit the word (never: tenths of a tenge below 2^55) or an
	 * unknown status is written cell by cell. */
	if (b->tails == NULL || (unsigned)d->status >= 6 || (unsigned)d->responsible >= 3 ||
	    (fine && (d->fine.kzt10 < 0 || d->fine.kzt10 >= INT64_C(1) << 55)))
		return NULL;
	t = &b->tails[(((uint64_t)(uintptr_t)basis ^ what) * UINT64_C(0x9E3779B97F4A7C15)) >> 58];
	if ((t->basis != basis || t->what != what) && make_tail(b, t, d, fine) != 0)
		return NULL;
	*n = t->len;
	return t->text;
}

/* One CSV row per deadline of one person; returns 0.  Each line is written straight into
 * the output buffer in two pieces, room made once for each (issue 6): the row's cells
 * (made in place on the first line, copied on the others), the deadline id and its dates,
 * then the rest of the line in one copy from the tails cache (status, responsible, fine,
 * basis).  A row whose cells need quoting, or a text too long for the caches, goes cell
 * by cell. */
static int batch_csv(struct batch *b, const struct roster_row *row, const struct kz_person *p,
		     const struct kz_deadline *dl, size_t n)
{
	struct out *o = b->o;
	bool fast = row->plain && row->len[RC_ID] + row->len[RC_NAME] <= 500;
	char pre[512];
	size_t npre = 0; /* the prefix in pre, once made */

	for (size_t i = 0; i < n; i++) {
		const struct kz_deadline *d = &dl[i];
		const char *t;
		size_t len;
		char *w;

		if (fast && (t = quoted(b->q, d->id, &len)) != NULL) {
			/* prefix, id, ",opens,due,days_left": 11 + 11 + 21 bytes at most after id */
			w = o_room(o, 512 + len + 48);
			if (npre == 0) {
				/* made in place, and kept for the person's other lines */
				npre = csv_prefix(row, p, w);
				if (i + 1 < n)
					memcpy(pre, w, npre);
			} else {
				memcpy(w, pre, npre);
			}
			w += npre;
			memcpy(w, t, len);
			w += len;
		} else {
			csv_cell(o, row, RC_ID);
			o_ch(o, ',');
			csv_cell(o, row, RC_NAME);
			o_ch(o, ',');
			o_put(o, p->citizenship, 2);
			o_ch(o, ',');
			csv_const(o, b->q, d->id);
			w = o_room(o, 48);
		}
		*w++ = ',';
		if (d->opens != KZ_NO_DAY)
			w = put_day(w, d->opens, b->dk);
		*w++ = ',';
		if (d->due != KZ_NO_DAY) {
			w = put_day(w, d->due, b->dk);
			*w++ = ',';
			w = put_long(w, d->days_left);
		} else {
			*w++ = ',';
		}
		o->n = (size_t)(w - o->buf);
		if ((t = tail_of(b, d, &len)) != NULL) {
			memcpy(o_room(o, len), t, len);
			o->n += len;
		} else {
			o_ch(o, ',');
			csv_const(o, b->q, kz_status_name(d->status));
			o_ch(o, ',');
			csv_const(o, b->q, kz_responsible_name(d->responsible));
			o_ch(o, ',');
			w = o_room(o, 24);
			if (d->has_fine && !d->fine.warning) {
				/* KZT with one decimal only when there is a half tenge */
				w = put_long(w, d->fine.kzt10 / 10);
				if (d->fine.kzt10 % 10) {
					*w++ = '.';
					*w++ = (char)('0' + d->fine.kzt10 % 10);
				}
			}
			*w++ = ',';
			o->n = (size_t)(w - o->buf);
			csv_text(o, d->basis ? d->basis : "");
		}
		/* the columns design.md s. 7 adds: apply_by,title,provisional,reason,email */
		w = o_room(o, 16);
		*w++ = ',';
		if (d->apply_by != KZ_NO_DAY)
			w = put_day(w, d->apply_by, b->dk);
		*w++ = ',';
		o->n = (size_t)(w - o->buf);
		csv_const(o, b->q, deadline_title(d));
		o_str(o, d->provisional ? ",true," : ",false,");
		if (d->reason[0] != '\0')
			csv_text(o, d->reason);
		o_ch(o, ',');
		csv_cell(o, row, RC_EMAIL);
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
	struct qcache q = {0};
	struct batch b = {.format = F_CSV, .q = &q,
			  .ics_opts = {.alarms = {7, 1}, .nalarms = 2}};
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
		case O_ALARM: if (opt_alarm("--alarm", optarg, &b.ics_opts)) return EXIT_USAGE; break;
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
	if (b.format == F_CSV && (b.dk = malloc(sizeof *b.dk)) != NULL)
		for (int i = 0; i < DAYS_KEPT; i++)
			b.dk->day[i] = KZ_NO_DAY; /* no day kzmig writes: every slot empty */
	if (b.format == F_CSV) {
		b.tails = calloc(TAILS, sizeof *b.tails);
		o_put(o, csv_header, sizeof csv_header - 1);
	}
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
	free(b.dk);
	if (b.tails != NULL)
		for (int i = 0; i < TAILS; i++)
			free(b.tails[i].text);
	free(b.tails);
	for (int i = 0; i < QCACHE; i++)
		free(q.text[i]);
	roster_close(r);
	return rc2 != 0 ? rc2 : rc;
}
