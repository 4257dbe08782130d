/* roster.c — a roster: a streaming RFC 4180 reader over the
 * caller's read function (one input buffer, fields split and unquoted in place, nothing
 * allocated per row), and a row's cells as a person.  The format is RFC 4180 with the
 * usual leniencies of spreadsheet exports: LF or CRLF (or a bare CR) line ends, a UTF-8
 * byte-order mark, blank lines.  UTF-16 and Windows-1251 input is decoded to UTF-8 as it
 * is read (refill), so the scanner and everything above it see UTF-8 only.  The library
 * opens no file: the CLI's roster_open() hands it a file's bytes through a read
 * function. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSSE3__)
#include <tmmintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "kzmig.h"
#include "tr.h"

/* The input buffer: four maximal records, so a refill moves at most a quarter of it. */
#define BUF_SIZE (4 * KZ_ROSTER_RECORD_MAX)

/* Bytes looked at to tell UTF-8 from Windows-1251 (kz_encoding). */
#define SNIFF_MAX 65536

/* How refill() gets the bytes: straight from the caller (UTF-8), or decoded from raw. */
enum dec { DEC_NONE, DEC_UTF16LE, DEC_UTF16BE, DEC_CP1251 };

/* Year-months kept by row_date (a power of two): a roster's dates fall in a few hundred. */
#define MONTHS_SEEN 4096
#define HEADER_MAX 96 /* bytes of a header name compared; a longer one names no field */

static const char *const col_names[KZ_FIELDS] = {
	"id",	 "citizenship", "arrival",    "name",  "birth", "visa_expiry", "passport_expiry",
	"email", "host",	"trp_expiry", "entry", "count_from", "trips",   "moves"};

struct field {
	uint32_t off, len; /* from the record's first byte; len before unquoting */
	bool esc;          /* a quoted field with "" inside */
};

/* One record as the scanner found it, before it is checked. */
struct rec {
	long line;
	size_t start, end; /* raw bytes in buf */
	size_t nf;         /* fields seen (may exceed KZ_ROSTER_COLUMNS_MAX: only those stored) */
	bool too_long, unterminated, nul, high, after_quote, quoted;
	bool plain; /* found by fast_record: no quote, CR or LF in any cell */
};

struct kz_roster {
	kz_read_fn *read; /* the caller's input */
	void *arg;
	char *buf;        /* BUF_SIZE + 1: room for a terminator after the last field */
	/* Input in UTF-16 or Windows-1251 (dec): the caller's bytes in raw[rpos..rend)
	 * (BUF_SIZE; the buffer the encoding was detected in), decoded into buf by refill();
	 * pend[ppos..npend) the UTF-8 of a character that did not fit in buf. */
	unsigned char *raw;
	size_t rpos, rend;
	bool raw_eof;
	unsigned char dec, pend[4], ppos, npend;
	/* Why decoding stopped (NULL: it did not): the input ends there with a NUL, and the
	 * record holding that NUL is refused with this reason (check_record). */
	const char *bad;
	size_t pos, end;  /* unread bytes: buf[pos..end) */
	bool eof, io_error, skip_lf;
	bool in_header;   /* reading the header: a record too long ends the file at once */
	char sep;         /* the cells' separator: ',', ';' or TAB, as the header row has it */
	char own[KZ_FIELDS][HEADER_MAX]; /* an office's own header of each field, normalized */
	/* The headers of the columns no field takes, for kz_roster_unused(). */
	char unused[2048];
	unsigned short unused_at[KZ_ROSTER_COLUMNS_MAX];
	size_t nunused;
	/* fast_record's table of the bytes that stop a cell, by low nibble (see there). */
	signed char stops[16];
	int io_errno;
	long line;        /* physical line of buf[pos] */
	size_t ncols;     /* fields in the header */
	int map[KZ_FIELDS]; /* field index of each known column, or -1 */
	/* The columns of the header (mapped) and those it lacks, for kz_roster_next's fast
	 * path. */
	unsigned char has[KZ_FIELDS], lacks[KZ_FIELDS];
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
	struct field fields[KZ_ROSTER_COLUMNS_MAX];
	/* The row's person's lists and why a cell could not be read (kz_person_from_row). */
	struct kz_trip trips[KZ_LIST_MAX];
	kz_day moves[KZ_LIST_MAX];
	char why[KZ_FACTS][KZ_WHY_MAX];
	char name[]; /* the roster's name in messages */
};

/* Windows-1251 0x80..0xBF (the WHATWG encoding standard's index windows-1251; 0x98 is
 * no character there in Microsoft's table: 0); 0xC0..0xFF are U+0410..U+044F. */
static const uint16_t cp1251_hi[64] = {
	0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409,
	0x2039, 0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
	0x2013, 0x2014, 0,      0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0,
	0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB,
	0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6,
	0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

/* Stops decoding: the input ends with a NUL (refused by check_record with why). */
static size_t decode_stop(struct kz_roster *r, const char *why, unsigned char *u)
{
	r->bad = why;
	r->rpos = r->rend;
	r->raw_eof = true;
	u[0] = 0;
	return 1;
}

/* The next character of raw[rpos..rend) as UTF-8 in u (1 to 4 bytes; rend - rpos is at
 * least 4 unless the input has ended); returns its length, or 0 at the end. */
static size_t decode_one(struct kz_roster *r, unsigned char *u)
{
	const unsigned char *s = r->raw + r->rpos;
	size_t left = r->rend - r->rpos;
	uint32_t c;

	if (left == 0 || r->bad != NULL)
		return 0;
	if (r->dec == DEC_CP1251) {
		r->rpos++;
		if (s[0] < 0x80)
			c = s[0];
		else if (s[0] >= 0xC0)
			c = 0x0410 + (s[0] - 0xC0u); /* А..я */
		else
			c = cp1251_hi[s[0] - 0x80];
		if (c == 0 && s[0] != 0)
			return decode_stop(r, KZ_("invalid Windows-1251: the byte 0x98 stands for "
						  "no character (expected text: save the roster as "
						  "CSV, UTF-8)"), u);
	} else {
		bool le = r->dec == DEC_UTF16LE;

		if (left < 2)
			return decode_stop(r, KZ_("invalid UTF-16: an odd number of bytes "
						  "(expected text saved as Unicode text, whole)"),
					   u);
		c = le ? s[0] | (uint32_t)s[1] << 8 : (uint32_t)s[0] << 8 | s[1];
		r->rpos += 2;
		if (c >= 0xD800 && c <= 0xDFFF) {
			uint32_t lo = left < 4 ? 0 : le ? s[2] | (uint32_t)s[3] << 8
							: (uint32_t)s[2] << 8 | s[3];

			if (c >= 0xDC00 || lo < 0xDC00 || lo > 0xDFFF)
				return decode_stop(r, KZ_("invalid UTF-16: an unpaired surrogate "
							  "(expected text saved as Unicode text)"),
						   u);
			c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
			r->rpos += 2;
		}
	}
	if (c < 0x80) {
		u[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		u[0] = (unsigned char)(0xC0 | c >> 6);
		u[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		u[0] = (unsigned char)(0xE0 | c >> 12);
		u[1] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
		u[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	u[0] = (unsigned char)(0xF0 | c >> 18);
	u[1] = (unsigned char)(0x80 | (c >> 12 & 0x3F));
	u[2] = (unsigned char)(0x80 | (c >> 6 & 0x3F));
	u[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}

/* Fills buf[end..BUF_SIZE) with the raw input decoded (reading more of it as needed, a
 * character split between reads kept whole) until buf is full or the input ends.
 * Returns false on a read error. */
static bool decode(struct kz_roster *r)
{
	while (r->end < BUF_SIZE && !r->eof) {
		unsigned char u[4];
		size_t k;

		if (r->ppos < r->npend) {
			r->buf[r->end++] = (char)r->pend[r->ppos++];
			continue;
		}
		if (r->rend - r->rpos < 4 && !r->raw_eof) {
			int error = 0;
			size_t got;

			memmove(r->raw, r->raw + r->rpos, r->rend - r->rpos);
			r->rend -= r->rpos;
			r->rpos = 0;
			got = r->read(r->arg, (char *)r->raw + r->rend, BUF_SIZE - r->rend, &error);
			if (got == 0 && error != 0) {
				r->io_error = true;
				r->io_errno = error;
				return false;
			}
			r->raw_eof = got == 0;
			r->rend += got;
			continue;
		}
		k = decode_one(r, u);
		if (k == 0) {
			r->eof = true;
		} else if (BUF_SIZE - r->end >= k) {
			memcpy(r->buf + r->end, u, k);
			r->end += k;
		} else {
			memcpy(r->pend, u, k);
			r->ppos = 0;
			r->npend = (unsigned char)k;
		}
	}
	return true;
}

/* Moves the unread bytes from `keep` on to the front and reads until the buffer is full
 * or the input ends (a short read is not the end: a pipe gives what it has).  Returns how
 * far the bytes moved, or (size_t)-1 on a read error. */
static size_t refill(struct kz_roster *r, size_t keep)
{
	size_t n = r->end - keep;

	if (keep > 0)
		memmove(r->buf, r->buf + keep, n);
	r->pos -= keep;
	r->end = n;
	if (r->dec != DEC_NONE)
		return decode(r) ? keep : (size_t)-1;
	while (r->end < BUF_SIZE && !r->eof) {
		int error = 0;
		size_t got = r->read(r->arg, r->buf + r->end, BUF_SIZE - r->end, &error);

		if (got == 0 && error != 0) {
			r->io_error = true;
			r->io_errno = error;
			return (size_t)-1;
		}
		r->eof = got == 0;
		r->end += got;
	}
	return keep;
}

/* Records a field of the record being scanned (only the first KZ_ROSTER_COLUMNS_MAX). */
static void add_field(struct kz_roster *r, struct rec *rc, size_t off, size_t len, bool esc)
{
	if (rc->nf < KZ_ROSTER_COLUMNS_MAX && !rc->too_long)
		r->fields[rc->nf] = (struct field){(uint32_t)off, (uint32_t)len, esc};
	rc->nf++;
}

/* The fast path of scan_record: a record with no quote that ends, with LF or
 * CR, inside the buffer and within KZ_ROSTER_RECORD_MAX bytes, found 16 bytes at a time
 * where SSE2 is there (every x86-64) and a byte at a time elsewhere.  Returns 1 with the
 * record scanned as scan_record would, or 0 to leave it to scan_record (nothing
 * changed but *rc and the field table, which scan_record fills again). */
static int fast_record(struct kz_roster *r, struct rec *rc)
{
	const char *buf = r->buf;
	struct field *fl = r->fields;
	size_t rs = r->pos, i = rs, foff = 0, stop, nf = 0;
	size_t lim = r->end - rs > KZ_ROSTER_RECORD_MAX ? rs + KZ_ROSTER_RECORD_MAX : r->end;
	unsigned high = 0;

/* A cell ends at `at` (from the record's start): kept among the first KZ_ROSTER_COLUMNS_MAX. */
#define CELL_ENDS(at)                                                                      \
	do {                                                                               \
		if (nf < KZ_ROSTER_COLUMNS_MAX)                                                \
			fl[nf] = (struct field){(uint32_t)foff, (uint32_t)((at) - foff), false}; \
		nf++;                                                                      \
		foff = (at) + 1;                                                           \
	} while (0)
#if defined(__SSE2__)
	/* The buffer has 16 bytes of slack after BUF_SIZE + 1, so a load never leaves it;
	 * in the last block, bytes at or past lim are masked off. */
#if defined(__SSSE3__)
	/* The five bytes that matter have different low nibbles (the separator: , 0x2C,
	 * ; 0x3B or TAB 0x09; LF 0x0A, CR 0x0D, " 0x22, NUL 0x00): a byte is one of them
	 * when it equals the entry of r->stops at its low nibble (0x80 where none is: no
	 * byte below 0x80 equals it, and a byte from 0x80 up looks up 0), so one shuffle and
	 * one compare find them all. */
	const __m128i comma = _mm_set1_epi8(r->sep),
		      which = _mm_loadu_si128((const __m128i *)(const void *)r->stops);
#else
	const __m128i comma = _mm_set1_epi8(r->sep), lf = _mm_set1_epi8('\n'),
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
		if (c == (unsigned char)r->sep) {
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
static int scan_record(struct kz_roster *r, struct rec *rc)
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
			if (i - rs > KZ_ROSTER_RECORD_MAX)
				rc->too_long = true;
			/* A header too long is not a roster (a stream of zeros has no end to
			 * scan to): it ends there. */
			if (rc->too_long && r->in_header) {
				rc->start = rs;
				rc->end = r->pos = i;
				return 1;
			}
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
			if (c == (unsigned char)r->sep) {
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
			} else if (c == (unsigned char)r->sep) {
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
	if (i - rs > KZ_ROSTER_RECORD_MAX)
		rc->too_long = true;
	return 1;
end_of_line:
	r->line++;
	r->skip_lf = r->buf[i] == '\r';
	rc->start = rs;
	rc->end = i;
	r->pos = i + 1;
	if (i - rs > KZ_ROSTER_RECORD_MAX)
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
static bool blank(const struct kz_roster *r, const struct rec *rc)
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
static int line_error(const struct kz_roster *r, long line, kz_error *err, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static int line_error(const struct kz_roster *r, long line, kz_error *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	err->code = KZ_EINVAL;
	snprintf(err->where, sizeof err->where, "%s:%ld", r->name, line);
	va_start(ap, fmt);
	if (vsnprintf(err->msg, sizeof err->msg, kzi_tr(fmt), ap) >= (int)sizeof err->msg)
		kzi_utf8_cut(err->msg);
	va_end(ap);
	return -1;
}

/* Checks what makes a record unreadable as CSV; -1 with err (where = FILE:LINE). */
static int check_record(const struct kz_roster *r, const struct rec *rc, kz_error *err)
{
	/* The record decoding stopped in: it holds the last byte, the NUL put there. */
	if (rc->nul && r->bad != NULL && r->eof && rc->end == r->end)
		return line_error(r, r->line, err, "%s", r->bad);
	if (rc->too_long)
		return line_error(r, rc->line, err,
				    "a record longer than %d bytes (expected shorter cells)",
				    KZ_ROSTER_RECORD_MAX);
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
static size_t take_field(struct kz_roster *r, const struct rec *rc, size_t k, char **out)
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

/* The cell's n bytes without the spaces around them, ended with a NUL (*n its length):
 * "UZ " is UZ, as an office typed it. */
static char *trimmed(char *cell, size_t *n)
{
	while (*n > 0 && cell[*n - 1] == ' ')
		(*n)--;
	while (*n > 0 && *cell == ' ')
		cell++, (*n)--;
	cell[*n] = '\0';
	return cell;
}

/* The names a header may give a field besides its own (kz_field_name), as norm_header()
 * leaves them: English variants, and the Russian and Kazakh column titles offices use
 * (kzmig.1 lists them; tests/cli/roster-names.t checks it does). */
static const struct alias {
	const char *name;
	enum kz_field field;
} aliases[] = {
	{"student_id", KZ_FIELD_ID}, {"идентификатор", KZ_FIELD_ID},
	{"nationality", KZ_FIELD_CITIZENSHIP}, {"country", KZ_FIELD_CITIZENSHIP},
	{"гражданство", KZ_FIELD_CITIZENSHIP}, {"страна", KZ_FIELD_CITIZENSHIP},
	{"азаматтығы", KZ_FIELD_CITIZENSHIP}, {"азаматтық", KZ_FIELD_CITIZENSHIP},
	{"arrival_date", KZ_FIELD_ARRIVAL}, {"date_of_arrival", KZ_FIELD_ARRIVAL},
	{"entry_date", KZ_FIELD_ARRIVAL}, {"дата_прибытия", KZ_FIELD_ARRIVAL},
	{"дата_въезда", KZ_FIELD_ARRIVAL}, {"прибытие", KZ_FIELD_ARRIVAL},
	{"келген_күні", KZ_FIELD_ARRIVAL}, {"келу_күні", KZ_FIELD_ARRIVAL},
	{"full_name", KZ_FIELD_NAME}, {"фио", KZ_FIELD_NAME}, {"ф_и_о", KZ_FIELD_NAME},
	{"имя", KZ_FIELD_NAME}, {"аты_жөні", KZ_FIELD_NAME},
	{"birth_date", KZ_FIELD_BIRTH}, {"date_of_birth", KZ_FIELD_BIRTH},
	{"birthdate", KZ_FIELD_BIRTH}, {"дата_рождения", KZ_FIELD_BIRTH},
	{"туған_күні", KZ_FIELD_BIRTH},
	{"visa_expiry_date", KZ_FIELD_VISA_EXPIRY}, {"visa_valid_until", KZ_FIELD_VISA_EXPIRY},
	{"visa_until", KZ_FIELD_VISA_EXPIRY}, {"виза_до", KZ_FIELD_VISA_EXPIRY},
	{"срок_визы", KZ_FIELD_VISA_EXPIRY}, {"срок_действия_визы", KZ_FIELD_VISA_EXPIRY},
	{"виза_действительна_до", KZ_FIELD_VISA_EXPIRY},
	{"виза_мерзімі", KZ_FIELD_VISA_EXPIRY}, {"визаның_мерзімі", KZ_FIELD_VISA_EXPIRY},
	{"passport_expiry_date", KZ_FIELD_PASSPORT_EXPIRY},
	{"passport_valid_until", KZ_FIELD_PASSPORT_EXPIRY},
	{"passport_until", KZ_FIELD_PASSPORT_EXPIRY}, {"паспорт_до", KZ_FIELD_PASSPORT_EXPIRY},
	{"срок_паспорта", KZ_FIELD_PASSPORT_EXPIRY},
	{"срок_действия_паспорта", KZ_FIELD_PASSPORT_EXPIRY},
	{"паспорт_действителен_до", KZ_FIELD_PASSPORT_EXPIRY},
	{"паспорт_мерзімі", KZ_FIELD_PASSPORT_EXPIRY},
	{"төлқұжат_мерзімі", KZ_FIELD_PASSPORT_EXPIRY},
	{"e_mail", KZ_FIELD_EMAIL}, {"mail", KZ_FIELD_EMAIL}, {"почта", KZ_FIELD_EMAIL},
	{"эл_почта", KZ_FIELD_EMAIL}, {"электронная_почта", KZ_FIELD_EMAIL},
	{"электрондық_пошта", KZ_FIELD_EMAIL}, {"пошта", KZ_FIELD_EMAIL},
	{"host_category", KZ_FIELD_HOST}, {"принимающая_сторона", KZ_FIELD_HOST},
	{"принимающее_лицо", KZ_FIELD_HOST}, {"қабылдаушы_тарап", KZ_FIELD_HOST},
	{"қабылдаушы_тұлға", KZ_FIELD_HOST},
	{"trp_expiry_date", KZ_FIELD_TRP_EXPIRY}, {"trp_until", KZ_FIELD_TRP_EXPIRY},
	{"trp_valid_until", KZ_FIELD_TRP_EXPIRY}, {"рвп_до", KZ_FIELD_TRP_EXPIRY},
	{"срок_рвп", KZ_FIELD_TRP_EXPIRY}, {"срок_действия_рвп", KZ_FIELD_TRP_EXPIRY},
	{"утр_мерзімі", KZ_FIELD_TRP_EXPIRY},
	{"entry_type", KZ_FIELD_ENTRY}, {"основание_въезда", KZ_FIELD_ENTRY},
	{"кіру_негізі", KZ_FIELD_ENTRY},
	{"начало_отсчёта", KZ_FIELD_COUNT_FROM}, {"начало_отсчета", KZ_FIELD_COUNT_FROM},
	{"есептеу_басы", KZ_FIELD_COUNT_FROM},
	{"поездки", KZ_FIELD_TRIPS}, {"сапарлар", KZ_FIELD_TRIPS},
	{"переезды", KZ_FIELD_MOVES}, {"смена_адреса", KZ_FIELD_MOVES},
	{"көшу", KZ_FIELD_MOVES}, {"мекенжай_ауысуы", KZ_FIELD_MOVES},
};

/* A header cell as field_of() compares it: trimmed, lower case (Latin, Cyrillic and the
 * Kazakh letters Ә Ғ Қ Ң Ө Ұ Ү Һ І), and each run of spaces, hyphens, underscores, dots
 * and slashes read as one '_' ("Birth Date" = "birth-date" = "birth_date").  Returns
 * the length, or 0 for a name too long or empty. */
static size_t norm_header(const char *s, size_t n, char out[HEADER_MAX])
{
	/* Kazakh capitals (second byte after the lead byte 0xD2 or 0xD3) whose small letter
	 * is the next code point. */
	static const unsigned char kk_d2[] = {0x92, 0x9A, 0xA2, 0xAE, 0xB0, 0xBA},
				   kk_d3[] = {0x98, 0xA8};
	size_t k = 0;

	for (size_t i = 0; i < n && k + 2 < HEADER_MAX; i++) {
		unsigned char c = (unsigned char)s[i], d = i + 1 < n ? (unsigned char)s[i + 1] : 0;

		if (c == ' ' || c == '-' || c == '_' || c == '.' || c == '/' || c == '\t') {
			if (k > 0 && out[k - 1] != '_')
				out[k++] = '_';
		} else if (c >= 'A' && c <= 'Z') {
			out[k++] = (char)(c + 32);
		} else if (c == 0xD0 && d >= 0x90 && d <= 0x9F) { /* А..П */
			out[k++] = (char)0xD0, out[k++] = (char)(d + 0x20), i++;
		} else if (c == 0xD0 && d >= 0xA0 && d <= 0xAF) { /* Р..Я */
			out[k++] = (char)0xD1, out[k++] = (char)(d - 0x20), i++;
		} else if (c == 0xD0 && d >= 0x80 && d <= 0x8F) { /* Ё, І, ... */
			out[k++] = (char)0xD1, out[k++] = (char)(d + 0x10), i++;
		} else if ((c == 0xD2 && memchr(kk_d2, d, sizeof kk_d2)) ||
			   (c == 0xD3 && memchr(kk_d3, d, sizeof kk_d3))) {
			out[k++] = (char)c, out[k++] = (char)(d + 1), i++;
		} else {
			out[k++] = (char)c;
		}
	}
	while (k > 0 && out[k - 1] == '_')
		k--;
	if (k + 2 >= HEADER_MAX)
		return 0;
	out[k] = '\0';
	return k;
}

/* The field a normalized header names (an office's --column, its own name, or an alias),
 * or -1. */
static int field_of(const struct kz_roster *r, const char *norm)
{
	for (int c = 0; c < KZ_FIELDS; c++)
		if (r->own[c][0] != '\0' && strcmp(norm, r->own[c]) == 0)
			return c;
	for (int c = 0; c < KZ_FIELDS; c++)
		if (strcmp(norm, col_names[c]) == 0)
			return c;
	for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
		if (strcmp(norm, aliases[i].name) == 0)
			return (int)aliases[i].field;
	return -1;
}

/* The edit distance of a and b in bytes, a swap of two neighbours counting one ("birht"
 * is 1 from "birth"); anything over `most` as most + 1. */
static size_t distance(const char *a, const char *b, size_t most)
{
	size_t la = strlen(a), lb = strlen(b), d[3][HEADER_MAX + 1];

	if (la > HEADER_MAX || lb > HEADER_MAX || (la > lb ? la - lb : lb - la) > most)
		return most + 1;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t *row = d[i % 3], *up = d[(i - 1) % 3], *up2 = d[(i + 1) % 3], low;

		row[0] = low = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t v = up[j - 1] + (a[i - 1] != b[j - 1]);

			if (up[j] + 1 < v)
				v = up[j] + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    up2[j - 2] + 1 < v)
				v = up2[j - 2] + 1;
			row[j] = v;
			if (v < low)
				low = v;
		}
		if (low > most)
			return most + 1;
	}
	return d[la % 3][lb];
}

/* The field a header naming none looks like a slip of (one edit from a name of 4 to 7
 * bytes, two from a longer one), or -1: such a column is not quietly left out. */
static int resembles(const char *norm)
{
	int nal = (int)(sizeof aliases / sizeof *aliases);

	for (int c = 0; c < KZ_FIELDS + nal; c++) {
		const char *name = c < KZ_FIELDS ? col_names[c] : aliases[c - KZ_FIELDS].name;
		size_t len = strlen(name), most = len >= 8 ? 2 : len >= 4 ? 1 : 0;

		if (most > 0 && distance(norm, name, most) <= most)
			return c < KZ_FIELDS ? c : (int)aliases[c - KZ_FIELDS].field;
	}
	return -1;
}

/* The separator of the header row at buf[pos..end): the most frequent of ',', ';' and
 * TAB outside quotes on its first line (',' where none is, or on a tie: Excel in a
 * Russian locale writes ';', "Unicode text" TAB); and the stop table fast_record reads
 * by it. */
static void find_separator(struct kz_roster *r)
{
	static const char seps[] = {',', ';', '\t'};
	size_t count[3] = {0, 0, 0}, lim = r->end - r->pos;
	bool quoted = false;
	int best = 0;

	if (lim > KZ_ROSTER_RECORD_MAX)
		lim = KZ_ROSTER_RECORD_MAX;
	for (size_t i = r->pos; i < r->pos + lim; i++) {
		char c = r->buf[i];

		if (c == '"')
			quoted = !quoted;
		else if (!quoted && (c == '\n' || c == '\r'))
			break;
		else if (!quoted)
			for (int k = 0; k < 3; k++)
				count[k] += c == seps[k];
	}
	for (int k = 1; k < 3; k++)
		if (count[k] > count[best])
			best = k;
	r->sep = seps[best];
	for (int k = 0; k < 16; k++)
		r->stops[k] = -128;
	r->stops[0x0] = 0x00;
	r->stops[0x2] = '"';
	r->stops[0xA] = '\n';
	r->stops[0xD] = '\r';
	r->stops[r->sep & 0xF] = r->sep;
}

/* True when the start of buf[pos..end) (SNIFF_MAX bytes) is UTF-8, a character cut off
 * by the end of what was read not counting against it. */
static bool looks_utf8(const struct kz_roster *r)
{
	const unsigned char *s = (const unsigned char *)r->buf + r->pos;
	size_t n = r->end - r->pos, k;

	if (n > SNIFF_MAX)
		n = SNIFF_MAX;
	if (n < r->end - r->pos || !r->eof) {
		/* Leave out the last character if it is not ASCII: it may go on past n. */
		for (k = n; k > 0 && n - k < 4 && (s[k - 1] & 0xC0) == 0x80; k--)
			;
		if (k > 0 && s[k - 1] >= 0xC0)
			n = k - 1;
	}
	/* ASCII 16 bytes at a time: most rosters are ASCII but for names, and this runs on
	 * every UTF-8 roster opened. */
	for (k = 0; n - k >= 16; k += 16) {
		uint64_t a, b;

		memcpy(&a, s + k, 8);
		memcpy(&b, s + k + 8, 8);
		if ((a | b) & 0x8080808080808080u)
			break;
	}
	return utf8_valid(s + k, n - k);
}

/* Reads the input as enc says (kz_encoding), from the bytes read so far in buf[pos..end):
 * they become the raw input and a new buf takes the UTF-8.  Returns false with err set. */
static bool start_decoding(struct kz_roster *r, enum kz_encoding enc, kz_error *err)
{
	const unsigned char *s = (const unsigned char *)r->buf + r->pos;
	size_t n = r->end - r->pos;

	if (enc == KZ_ENC_CP1251) {
		r->dec = DEC_CP1251;
	} else if (n >= 2 && s[0] == 0xFE && s[1] == 0xFF) {
		r->dec = DEC_UTF16BE;
		r->pos += 2;
	} else {
		r->dec = DEC_UTF16LE;
		if (n >= 2 && s[0] == 0xFF && s[1] == 0xFE)
			r->pos += 2;
	}
	r->raw = (unsigned char *)r->buf;
	r->rpos = r->pos;
	r->rend = r->end;
	r->raw_eof = r->eof;
	if ((r->buf = calloc(1, BUF_SIZE + 1 + 16)) == NULL) {
		kz_error_set(err, KZ_ENOMEM, r->name, "out of memory");
		return false;
	}
	r->pos = r->end = 0;
	r->eof = false;
	if (refill(r, 0) == (size_t)-1) {
		kz_error_set(err, KZ_EINVAL, r->name, "cannot read: %s", strerror(r->io_errno));
		return false;
	}
	return true;
}

/* kzmig.h: allocates the reader (with room for its name), skips a BOM and blank lines,
 * and maps the header's columns. */
kz_roster *kz_roster_open(kz_read_fn *read_fn, void *arg, const char *name,
			  const struct kz_roster_opts *opts, kz_error *err)
{
	struct kz_roster *r;
	struct rec rc;
	char where[96];
	int k, known = 0;
	enum kz_encoding enc = opts != NULL ? opts->encoding : KZ_ENC_AUTO;

	if (name == NULL)
		name = "roster";
	r = calloc(1, sizeof *r + strlen(name) + 1);
	/* 16 bytes of slack for fast_record's loads; zeroed so that no byte it loads (and
	 * masks off) is uninitialised. */
	if (r == NULL || (r->buf = calloc(1, BUF_SIZE + 1 + 16)) == NULL) {
		kz_error_set(err, KZ_ENOMEM, name, "out of memory");
		goto fail;
	}
	r->read = read_fn;
	r->arg = arg;
	memcpy(r->name, name, strlen(name) + 1);
	r->line = 1;
	for (int c = 0; c < KZ_FIELDS; c++)
		r->map[c] = -1;
	if (enc < KZ_ENC_AUTO || enc > KZ_ENC_CP1251) {
		kz_error_set(err, KZ_EINVAL, name, "unknown encoding %d", (int)enc);
		goto fail;
	}
	if (refill(r, 0) == (size_t)-1)
		goto read_error;
	if ((enc == KZ_ENC_AUTO || enc == KZ_ENC_UTF8) && r->end >= 3 &&
	    memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0)
		r->pos = 3; /* a UTF-8 byte-order mark, as Excel writes "CSV UTF-8" */
	else if (enc == KZ_ENC_AUTO && r->end >= 2 &&
		 (memcmp(r->buf, "\xFF\xFE", 2) == 0 || memcmp(r->buf, "\xFE\xFF", 2) == 0))
		enc = KZ_ENC_UTF16; /* Excel's "Unicode text" (UTF-16LE) */
	else if (enc == KZ_ENC_AUTO && !looks_utf8(r))
		enc = KZ_ENC_CP1251; /* Excel's "CSV" in a Russian locale */
	if ((enc == KZ_ENC_UTF16 || enc == KZ_ENC_CP1251) && !start_decoding(r, enc, err))
		goto fail;
	find_separator(r);
	r->in_header = true;
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
	r->in_header = false;
	if (check_record(r, &rc, err))
		goto fail;
	snprintf(where, sizeof where, "%s:%ld", name, rc.line);
	if (rc.nf > KZ_ROSTER_COLUMNS_MAX) {
		kz_error_set(err, KZ_EINVAL, where, "%zu columns in the header (expected at most %d)",
			     rc.nf, KZ_ROSTER_COLUMNS_MAX);
		goto fail;
	}
	r->ncols = rc.nf;
	for (int c = 0; opts != NULL && c < KZ_FIELDS; c++)
		if (opts->headers[c] != NULL &&
		    norm_header(opts->headers[c], strlen(opts->headers[c]), r->own[c]) == 0) {
			kz_error_set(err, KZ_EINVAL, "--column", "%s: an empty or too long header "
				     "(expected FIELD=HEADER)", col_names[c]);
			goto fail;
		}
	for (size_t i = 0; i < rc.nf; i++) {
		char *s, norm[HEADER_MAX];
		size_t n = take_field(r, &rc, i, &s), nn = norm_header(s, n, norm);
		int c = nn > 0 ? field_of(r, norm) : -1, like;

		if (c < 0 && nn >= 4 && (like = resembles(norm)) >= 0) {
			kz_error_set(err, KZ_EINVAL, where, "column '%.40s' names no field but "
				     "looks like %s (expected %s or one of its names in kzmig.1, or "
				     "--column %s='%.40s')", s, col_names[like], col_names[like],
				     col_names[like], s);
			goto fail;
		}
		if (c < 0) { /* a column kzmig does not use: named by kz_roster_unused() */
			size_t used = r->nunused ? r->unused_at[r->nunused - 1] +
							   strlen(r->unused + r->unused_at[r->nunused - 1]) + 1
						 : 0;

			if (n > 0 && used + n + 1 <= sizeof r->unused) {
				memcpy(r->unused + used, s, n + 1);
				r->unused_at[r->nunused++] = (unsigned short)used;
			}
			continue;
		}
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
	for (int c = 0; c < KZ_FIELDS; c++) {
		if (r->map[c] >= 0)
			r->has[r->nhas++] = (unsigned char)c;
		else
			r->lacks[r->nlacks++] = (unsigned char)c;
	}
	for (int c = KZ_FIELD_ID; c <= KZ_FIELD_ARRIVAL; c++)
		if (r->map[c] < 0) {
			kz_error_set(err, KZ_EINVAL, where,
				     "no column '%s' in the header (expected the columns "
				     "id,citizenship,arrival and optionally name,birth,visa_expiry,"
				     "passport_expiry,trp_expiry,entry,host,count_from,email,trips,"
				     "moves)", col_names[c]);
			goto fail;
		}
	return r;
read_error:
	kz_error_set(err, KZ_EINVAL, name, "cannot read: %s", strerror(r->io_errno));
fail:
	kz_roster_free(r);
	return NULL;
}

/* kzmig.h: NULL-safe; the input (arg) is the caller's and stays as it is. */
void kz_roster_free(kz_roster *r)
{
	if (r == NULL)
		return;
	free(r->buf);
	free(r->raw);
	free(r);
}

/* kzmig.h: true when the header has a column for field f. */
bool kz_roster_has(const kz_roster *r, enum kz_field f)
{
	return f >= 0 && f < KZ_FIELDS && r->map[f] >= 0;
}

/* kzmig.h: the name given to kz_roster_open (a copy), for messages; lives as long as r. */
const char *kz_roster_name(const kz_roster *r)
{
	return r->name;
}

/* kzmig.h: the header of the i-th column no field takes, or NULL. */
const char *kz_roster_unused(const kz_roster *r, size_t i)
{
	return i < r->nunused ? r->unused + r->unused_at[i] : NULL;
}

/* kzmig.h: the name of field f as a header names it, or NULL. */
const char *kz_field_name(enum kz_field f)
{
	return f >= 0 && f < KZ_FIELDS ? col_names[f] : NULL;
}

/* kzmig.h: the next non-blank record, checked and split in place. */
int kz_roster_next(kz_roster *r, struct kz_row *row, kz_error *err)
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
	if (rc.nf != r->ncols)
		return line_error(r, rc.line, err, "%zu cells (expected %zu, as in the header)",
				  rc.nf, r->ncols);
	row->line = rc.line;
	/* A cell of a file split by ; or TAB may hold a comma: not plain for CSV out. */
	row->plain = rc.plain && r->sep == ',';
	if (rc.plain) {
		/* No quotes: each cell is its raw bytes, ended where its separator was. */
		char *start = r->buf + rc.start;

		for (int j = 0; j < r->nhas; j++) {
			int c = r->has[j];
			const struct field *f = &r->fields[r->map[c]];
			size_t n = f->len;

			row->cell[c] = trimmed(start + f->off, &n);
			row->len[c] = n;
		}
		for (int j = 0; j < r->nlacks; j++) {
			row->cell[r->lacks[j]] = "";
			row->len[r->lacks[j]] = 0;
		}
		return 1;
	}
	for (int c = 0; c < KZ_FIELDS; c++) {
		if (r->map[c] < 0) {
			row->cell[c] = "";
			row->len[c] = 0;
		} else {
			char *cell;
			size_t n = take_field(r, &rc, (size_t)r->map[c], &cell);

			row->cell[c] = trimmed(cell, &n);
			row->len[c] = n;
		}
	}
	return 1;
}

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
static void __attribute__((noinline)) keep_month(struct kz_roster *r, const char *s, kz_day day)
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
 * The hot path of reading a roster: a cell whose first 8 bytes "YYYY-MM-" are
 * those of a date already read needs only its day checked against the month's length
 * (what kz_day_parse() would check of it, the rest being the same bytes); any other
 * goes through kz_day_parse(), and its month is kept. */
static inline int row_date(struct kz_roster *r, const struct kz_row *row, enum kz_field c,
			   kz_day *out)
{
	const char *s = row->cell[c];
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
static inline void opt_date_cell(struct kz_roster *r, const struct kz_row *row,
				 enum kz_field c, enum kz_fact f, kz_day *out, struct kz_person *p)
{
	if (row_date(r, row, c, out) != 0 &&
	    kz_fact_date(row->cell[c], row->len[c], out, r->why[f]) != 0)
		p->unreadable[f] = r->why[f];
}

/* A category cell (host, entry, count_from): -1 for an empty one (the default stays);
 * else *v its word's index, or -1 with p->unreadable[f] saying why. */
static int word_cell(struct kz_roster *r, const struct kz_row *row, enum kz_field c,
		     const char *const *words, enum kz_fact f, int *v, struct kz_person *p)
{
	if (row->len[c] == 0)
		return -1;
	if (kz_fact_word(row->cell[c], words, v, r->why[f]) == 0)
		return 0;
	p->unreadable[f] = r->why[f];
	return -1;
}

/* kzmig.h: checks the cells every deadline needs, then reads the others. */
int kz_person_from_row(kz_roster *r, const struct kz_row *row, const struct kz_row_opts *o,
		       struct kz_person *p, kz_error *err)
{
	char s[48];
	const char *cc = row->cell[KZ_FIELD_CITIZENSHIP];
	int k, v;

	memset(p, 0, sizeof *p);
	p->today = o->today;
	p->host = o->host;
	p->count_from = o->count_from;
	p->trp_expiry = KZ_NO_DAY;
	if (row->len[KZ_FIELD_ID] == 0)
		return line_error(r, row->line, err, "id: empty (expected the person's id)");
	if (row->len[KZ_FIELD_CITIZENSHIP] != 2 || !((cc[0] | 32) >= 'a' && (cc[0] | 32) <= 'z') ||
	    !((cc[1] | 32) >= 'a' && (cc[1] | 32) <= 'z'))
		return line_error(r, row->line, err,
				  "citizenship: '%s' is not a country code (expected ISO "
				  "3166-1 alpha-2, e.g. UZ)",
				  shown(cc, s));
	p->citizenship[0] = (char)(cc[0] & ~32);
	p->citizenship[1] = (char)(cc[1] & ~32);
	k = (p->citizenship[0] - 'A') * 26 + (p->citizenship[1] - 'A');
	if (r->cc_seen[k] == 0)
		r->cc_seen[k] = o->regimes == NULL ||
					kz_country_name(o->regimes, p->citizenship) != NULL
				? 1
				: 2;
	if (r->cc_seen[k] == 2)
		return line_error(r, row->line, err,
				  "citizenship: unknown country '%s' (expected ISO 3166-1 "
				  "alpha-2, e.g. UZ)",
				  p->citizenship);
	if (row->len[KZ_FIELD_ARRIVAL] == 0)
		return line_error(r, row->line, err,
				  "arrival: empty (expected the arrival date, YYYY-MM-DD)");
	if (row_date(r, row, KZ_FIELD_ARRIVAL, &p->arrival) != 0 &&
	    kz_fact_date(row->cell[KZ_FIELD_ARRIVAL], row->len[KZ_FIELD_ARRIVAL], &p->arrival,
			 r->why[KZ_FACT_ARRIVAL]) != 0)
		return line_error(r, row->line, err, "arrival: %s", r->why[KZ_FACT_ARRIVAL]);
	opt_date_cell(r, row, KZ_FIELD_BIRTH, KZ_FACT_BIRTH, &p->birth, p);
	opt_date_cell(r, row, KZ_FIELD_VISA_EXPIRY, KZ_FACT_VISA_EXPIRY, &p->visa_expiry, p);
	opt_date_cell(r, row, KZ_FIELD_PASSPORT_EXPIRY, KZ_FACT_PASSPORT_EXPIRY,
		      &p->passport_expiry, p);
	opt_date_cell(r, row, KZ_FIELD_TRP_EXPIRY, KZ_FACT_TRP_EXPIRY, &p->trp_expiry, p);
	if (word_cell(r, row, KZ_FIELD_HOST, kz_host_words, KZ_FACT_HOST, &v, p) == 0)
		p->host = (enum kz_host)v;
	if (word_cell(r, row, KZ_FIELD_ENTRY, kz_entry_words, KZ_FACT_ENTRY, &v, p) == 0)
		p->entry = v == 0 ? KZ_ENTRY_VISA_FREE : KZ_ENTRY_VISA;
	if (word_cell(r, row, KZ_FIELD_COUNT_FROM, kz_count_from_words, KZ_FACT_COUNT_FROM, &v,
		      p) == 0)
		p->count_from = (enum kz_count_from)v;
	if (row->len[KZ_FIELD_TRIPS] > 0) {
		p->trips = r->trips;
		if (kz_fact_trips(row->cell[KZ_FIELD_TRIPS], r->trips, KZ_LIST_MAX, &p->ntrips,
				  r->why[KZ_FACT_TRIPS]) != 0) {
			p->unreadable[KZ_FACT_TRIPS] = r->why[KZ_FACT_TRIPS];
			p->ntrips = 0;
		}
	}
	if (row->len[KZ_FIELD_MOVES] > 0) {
		p->moves = r->moves;
		if (kz_fact_moves(row->cell[KZ_FIELD_MOVES], r->moves, KZ_LIST_MAX, &p->nmoves,
				  r->why[KZ_FACT_MOVES]) != 0) {
			p->unreadable[KZ_FACT_MOVES] = r->why[KZ_FACT_MOVES];
			p->nmoves = 0;
		}
	}
	return 0;
}
