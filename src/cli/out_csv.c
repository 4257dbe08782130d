/* out_csv.c — CSV output of batch: one row per person and deadline, RFC 4180, under the
 * header of kzmig.1 (Rosters).  This is the hot path of a roster of millions: one output
 * buffer, each line made in place in it, dates and numbers written without printf, the
 * texts repeated on every row quoted once and kept, nothing allocated per row. */
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "words.h"

/* True when a cell starting with c would read as a formula in a spreadsheet (= + - @, tab,
 * CR): one shift and mask, as this is asked of two cells on every row. */
static inline bool formula_start(char c)
{
	/* bit c - 9 for each of '\t' (9), '\r' (13), '+' (43), '-' (45), '=' (61), '@' (64) */
	const uint64_t set = UINT64_C(1) << 0 | UINT64_C(1) << 4 | UINT64_C(1) << 34 |
			     UINT64_C(1) << 36 | UINT64_C(1) << 52 | UINT64_C(1) << 55;
	unsigned x = (unsigned)(unsigned char)c - 9u;

	return x < 64 && (set >> x & 1);
}

/* Whether a spreadsheet would run cell s as a formula: = @ tab CR first, or + - first
 * unless a plain number follows ("+77011234567", a phone number as an id, stays as
 * typed: a spreadsheet reads it as the number and runs nothing; "+7 701 ..." it would
 * run, a space being an operator there). */
static inline bool formula_cell(const char *s)
{
	const char *d = s + 1;
	bool digits = false;

	if (!formula_start(s[0]))
		return false;
	if (s[0] != '+' && s[0] != '-')
		return true;
	for (; (*d >= '0' && *d <= '9') || *d == '.'; d++)
		digits = digits || (*d >= '0' && *d <= '9');
	return !digits || *d != '\0';
}

/* One cell, RFC 4180: quoted when it holds a comma, a quote or a line break.  A text
 * cell that a spreadsheet would read as a formula (= + - @, tab, CR first) gets a
 * leading ' (the OWASP "CSV injection" advice), so "=HYPERLINK(...)" stays text. */
static void csv_text(struct out *o, const char *s)
{
	bool formula = formula_cell(s);
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

/* A roster cell: with the row's cells known to hold no comma, quote or line break, only
 * the formula guard of csv_text is left to do. */
static void csv_cell(struct out *o, const char *s, size_t len, bool plain)
{
	if (!plain) {
		csv_text(o, s);
		return;
	}
	if (formula_cell(s))
		o_ch(o, '\'');
	o_put(o, s, len);
}

/* Deadline ids and bases are a few strings repeated on every row: each is quoted once and
 * kept, by its address, in a small open-addressed table, its text in an arena (a full
 * table or arena just quotes again; nothing is evicted, so a text handed out stays valid
 * for the run). */
#define QCACHE 256
struct qcache {
	const char *src[QCACHE];
	const char *text[QCACHE];
	size_t len[QCACHE];
	size_t used; /* bytes of arena taken */
	char arena[1 << 16];
};

/* Quotes s, as csv_text writes it, into slot k of the cache (apart from quoted(), which
 * stays small enough to inline).  Returns 0, or -1 when the arena is full. */
static int __attribute__((noinline)) quote_into(struct qcache *q, size_t k, const char *s)
{
	bool quote = s[strcspn(s, ",\"\r\n")] != '\0';
	char *t = q->arena + q->used, *w = t;

	if (2 * strlen(s) + 3 > sizeof q->arena - q->used)
		return -1;
	if (quote)
		*w++ = '"';
	if (formula_cell(s))
		*w++ = '\'';
	for (const char *c = s; *c; c++)
		if ((*w++ = *c) == '"')
			*w++ = '"';
	if (quote)
		*w++ = '"';
	q->text[k] = t;
	q->len[k] = (size_t)(w - t);
	q->src[k] = s;
	q->used += q->len[k];
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
 * in a small direct-mapped cache (a collision makes it again; a longer one is written
 * cell by cell). */
#define TAILS 64
struct tail {
	const char *basis; /* NULL: an empty slot */
	uint64_t what;     /* tail_what(): status, responsible and the fine written */
	size_t len;
	char text[1024 - 24];
};

/* A line's status, responsible and fine (written or not, and its tenths of a tenge) in
 * one word, to find its tail by. */
static inline uint64_t tail_what(const struct kz_deadline *d, bool fine)
{
	return (fine ? (uint64_t)d->fine.kzt10 << 8 | 0x80 : 0) |
	       (uint64_t)(unsigned)d->status << 2 | (uint64_t)(unsigned)d->responsible;
}

/* The caches of a run (out->state), allocated once. */
struct csv {
	struct qcache q;
	struct tail tails[TAILS];
	struct days_kept *dk;
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
	dk->day[k] = d;
	memcpy(dk->text[k], w, 10);
	return w + 10;
}

/* Writes YYYY-MM-DD at w; returns the end.  dk keeps the days written. */
static inline char *put_day(char *w, kz_day d, struct days_kept *dk)
{
	unsigned k = (unsigned)d % DAYS_KEPT;

	if (dk->day[k] == d) {
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
static size_t csv_prefix(const struct out_person *who, char *w)
{
	size_t k = 0;

	for (int c = 0; c < 2; c++) {
		const char *s = c ? who->name : who->id;
		size_t len = c ? who->name_len : who->id_len;

		if (formula_cell(s))
			w[k++] = '\'';
		memcpy(w + k, s, len);
		k += len;
		w[k++] = ',';
	}
	memcpy(w + k, who->p->citizenship, 2);
	w[k + 2] = ',';
	return k + 3;
}

/* Slot t of b's tails made for d (apart from tail_of(), which stays small enough to
 * inline).  Returns 0, or -1 for a text too long for the slot or the quote cache. */
static int __attribute__((noinline)) make_tail(struct csv *b, struct tail *t,
					       const struct kz_deadline *d, bool fine)
{
	const char *part[3] = {kz_status_name(d->status), kz_responsible_name(d->responsible),
			       d->basis ? data_text(d->basis) : ""};
	const char *q[3];
	size_t len[3], k = 0;
	char *w = t->text;

	for (int i = 0; i < 3; i++)
		if ((q[i] = quoted(&b->q, part[i], &len[i])) == NULL)
			return -1;
	/* the quote cache evicts nothing, so the three texts stay where they are */
	if (len[0] + len[1] + len[2] + 32 > sizeof t->text)
		return -1;
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
	k = (size_t)(w - t->text);
	t->len = k;
	t->basis = d->basis ? d->basis : ""; /* the key: the data's text, in any language */
	t->what = tail_what(d, fine);
	return 0;
}

/* The end of d's CSV line from b's tails (see struct tail): its text (n bytes), or NULL
 * when it cannot be kept (then the caller writes it cell by cell). */
static inline const char *tail_of(struct csv *b, const struct kz_deadline *d, size_t *n)
{
	bool fine = d->has_fine && !d->fine.warning;
	const char *basis = d->basis ? d->basis : "";
	uint64_t what = tail_what(d, fine);
	struct tail *t;

	/* A fine that does not fit the word (never: tenths of a tenge below 2^55) or an
	 * unknown status is written cell by cell. */
	if ((unsigned)d->status >= 6 || (unsigned)d->responsible >= 3 ||
	    (fine && (d->fine.kzt10 < 0 || d->fine.kzt10 >= INT64_C(1) << 55)))
		return NULL;
	t = &b->tails[(((uint64_t)(uintptr_t)basis ^ what) * UINT64_C(0x9E3779B97F4A7C15)) >> 58];
	if ((t->basis != basis || t->what != what) && make_tail(b, t, d, fine) != 0)
		return NULL;
	*n = t->len;
	return t->text;
}

/* One CSV row per deadline of one person; returns 0.  Each line is written straight into
 * the output buffer in two pieces, room made once for each: the row's cells
 * (made in place on the first line, copied on the others), the deadline id and its dates,
 * then the rest of the line in one copy from the tails cache (status, responsible, fine,
 * basis).  A row whose cells need quoting, or a text too long for the caches, goes cell
 * by cell. */
static int csv_person(struct out *o, const struct out_person *who)
{
	struct csv *b = o->state;
	const struct kz_deadline *dl = who->dl;
	size_t n = who->n;
	bool fast = who->plain && who->id_len + who->name_len <= 500;
	char pre[512];
	size_t npre = 0; /* the prefix in pre, once made */

	for (size_t i = 0; i < n; i++) {
		const struct kz_deadline *d = &dl[i];
		const char *t;
		size_t len;
		char *w;

		if (fast && (t = quoted(&b->q, d->id, &len)) != NULL) {
			/* prefix, id, ",opens,due,days_left": 11 + 11 + 21 bytes at most after id */
			w = o_room(o, 512 + len + 48);
			if (npre == 0) {
				/* made in place, and kept for the person's other lines */
				npre = csv_prefix(who, w);
				if (i + 1 < n)
					memcpy(pre, w, npre);
			} else {
				memcpy(w, pre, npre);
			}
			w += npre;
			memcpy(w, t, len);
			w += len;
		} else {
			csv_cell(o, who->id, who->id_len, who->plain);
			o_ch(o, ',');
			csv_cell(o, who->name, who->name_len, who->plain);
			o_ch(o, ',');
			o_put(o, who->p->citizenship, 2);
			o_ch(o, ',');
			csv_const(o, &b->q, d->id);
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
			csv_const(o, &b->q, kz_status_name(d->status));
			o_ch(o, ',');
			csv_const(o, &b->q, kz_responsible_name(d->responsible));
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
			csv_text(o, d->basis ? data_text(d->basis) : "");
		}
		/* the columns added after the first release: apply_by,title,provisional,reason,
		 * email */
		w = o_room(o, 16);
		*w++ = ',';
		if (d->apply_by != KZ_NO_DAY)
			w = put_day(w, d->apply_by, b->dk);
		*w++ = ',';
		o->n = (size_t)(w - o->buf);
		csv_const(o, &b->q, deadline_title(d));
		o_str(o, d->provisional ? ",true," : ",false,");
		if (d->reason[0] != '\0')
			csv_text(o, d->reason);
		o_ch(o, ',');
		csv_cell(o, who->email, who->email_len, who->plain);
		o_ch(o, '\n');
	}
	return 0;
}

/* The header, and the caches: 0 or EXIT_PARTIAL (out of memory, said). */
static int csv_begin(struct out *o)
{
	struct csv *b = calloc(1, sizeof *b);

	if (b == NULL || (b->dk = malloc(sizeof *b->dk)) == NULL) {
		free(b);
		return fail(EXIT_PARTIAL, "csv", "out of memory");
	}
	for (int i = 0; i < DAYS_KEPT; i++)
		b->dk->day[i] = KZ_NO_DAY; /* no day kzmig writes: every slot empty */
	o->state = b;
	o_put(o, csv_header, sizeof csv_header - 1);
	return 0;
}

/* Every row is whole when written: only the caches to free. */
static int csv_end(struct out *o, bool write)
{
	struct csv *b = o->state;

	(void)write;
	if (b != NULL)
		free(b->dk);
	free(b);
	o->state = NULL;
	return 0;
}

const struct out_format out_csv = {"csv", csv_begin, csv_person, NULL, csv_end};
