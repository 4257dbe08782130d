/* date.c — kz_day: whole days since 1970-01-01, proleptic Gregorian.
 * Y-M-D exists only at the edges: parsing and formatting. */
#include <stdio.h>
#include <string.h>

#include "kzmig.h"

/* Days since 1970-01-01 of y-m-d (kz_day_from_ymd; inlined where dates are parsed):
 * Neri and Schneider's algorithm in the usual range, Howard Hinnant's days_from_civil
 * (exact far beyond the years kzmig accepts) outside it. */
static inline kz_day from_ymd(int y, int m, int d)
{
	if (y > -32000 && y < 1000000) { /* y + L and 1461 * yy stay within 32 bits */
		/* Neri and Schneider's days_from_civil: unsigned, no division but by 4 and
		 * 100 (the hot path of every date read). */
		enum { S = 82, K = 719468 + 146097 * S, L = 400 * S };
		uint32_t j = m <= 2, yy = (uint32_t)(y + L) - j, mm = j ? (uint32_t)m + 12
									  : (uint32_t)m;
		uint32_t c = yy / 100, ys = 1461 * yy / 4 - c + c / 4;
		uint32_t ms = (979 * mm - 2919) / 32;

		return (kz_day)(ys + ms + (uint32_t)d - 1 - K);
	}
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

kz_day kz_day_from_ymd(int y, int m, int d)
{
	return from_ymd(y, m, d);
}

/* Hinnant's civil_from_days, for days far outside the years kzmig accepts. */
static void to_ymd_slow(kz_day day, int *y, int *m, int *d)
{
	int z = day + 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	int dd = doy - (153 * mp + 2) / 5 + 1;
	int mm = mp < 10 ? mp + 3 : mp - 9;

	*y = yoe + era * 400 + (mm <= 2);
	*m = mm;
	*d = dd;
}

/* Neri and Schneider, "Euclidean affine functions and their application to calendar
 * algorithms" (2022): the same result with multiplications and shifts only, in unsigned
 * arithmetic (no overflow) for days within about +-2.9 million years of 1970; it is on
 * the hot path of every date written. */
void kz_day_to_ymd(kz_day day, int *y, int *m, int *d)
{
	enum { S = 82, K = 719468 + 146097 * S, L = 400 * S };
	uint32_t n, n1, c, nc, n2, z, ny, n3, mm, dd, j;
	uint64_t p2;

	if (day < -12000000 || day > 1000000000) { /* n and 4 * n + 3 stay within 32 bits */
		to_ymd_slow(day, y, m, d);
		return;
	}
	n = (uint32_t)(day + K);
	n1 = 4 * n + 3;
	c = n1 / 146097;
	nc = n1 % 146097 / 4;
	n2 = 4 * nc + 3;
	p2 = (uint64_t)2939745 * n2;
	z = (uint32_t)(p2 >> 32);
	ny = (uint32_t)p2 / 2939745 / 4;
	n3 = 2141 * ny + 197913;
	mm = n3 >> 16;
	dd = (n3 & 0xFFFF) / 2141;
	j = ny >= 306;
	*y = (int)(100 * c + z + j) - L;
	*m = (int)(j ? mm - 12 : mm);
	*d = (int)dd + 1;
}

int kz_day_year(kz_day day)
{
	int y, m, d;

	kz_day_to_ymd(day, &y, &m, &d);
	return y;
}

int kz_weekday(kz_day day)
{
	/* 1970-01-01 was a Thursday (4). */
	int r = (day + 3) % 7;

	return (r < 0 ? r + 7 : r) + 1;
}

static int days_in_month(int y, int m)
{
	static const unsigned char dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m != 2)
		return dim[m - 1];
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28;
}

static inline bool ymd_valid(int y, int m, int d)
{
	return y >= KZ_YEAR_MIN && y <= KZ_YEAR_MAX && m >= 1 && m <= 12 && d >= 1 &&
	       d <= days_in_month(y, m);
}

bool kz_ymd_valid(int y, int m, int d)
{
	return ymd_valid(y, m, d);
}

static int digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Strict YYYY-MM-DD (kzmig.h), on the hot path of reading a roster (four dates a
 * row): the first 8 bytes are tested at once (SWAR: each digit byte, less '0', must be
 * 0..9 and each '-' byte exactly '-': adding 0x76 to a digit 0..9, or 0x7F to a 0, stays
 * below 0x80, anything else reaches it or was there already), the year is checked against
 * 1900..2199 and the month's days, and the day counted from the year's 1 January by the
 * leap-day formula and a table of days before each month: no loop, no division but by
 * constants. */
int kz_day_parse(const char *s, size_t len, kz_day *out)
{
	static const unsigned short before[13] = {0,   0,   31,  59,  90,  120, 151,
						  181, 212, 243, 273, 304, 334};
	static const unsigned char dim[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	const unsigned char *u = (const unsigned char *)s;
	uint64_t v;
	unsigned y, m, d, d0, d1, leap, y1;

	if (len != 10)
		return -1;
	/* "YYYY-MM-" as a little-endian word, whatever the machine (compilers make it one load
	 * where they can). */
	v = (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16 | (uint64_t)u[3] << 24 |
	    (uint64_t)u[4] << 32 | (uint64_t)u[5] << 40 | (uint64_t)u[6] << 48 |
	    (uint64_t)u[7] << 56;
	v ^= UINT64_C(0x2D30302D30303030); /* digits to 0..9, the dashes to 0 */
	if ((v | (v + UINT64_C(0x7F76767F76767676))) & UINT64_C(0x8080808080808080))
		return -1;
	d0 = u[8] - 48u;
	d1 = u[9] - 48u;
	if ((d0 > 9) | (d1 > 9))
		return -1;
	y = (unsigned)(v & 15) * 1000 + (unsigned)(v >> 8 & 15) * 100 +
	    (unsigned)(v >> 16 & 15) * 10 + (unsigned)(v >> 24 & 15);
	m = (unsigned)(v >> 40 & 15) * 10 + (unsigned)(v >> 48 & 15);
	d = d0 * 10 + d1;
	if (y - KZ_YEAR_MIN > (unsigned)(KZ_YEAR_MAX - KZ_YEAR_MIN) || m - 1 > 11)
		return -1;
	leap = (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
	if (d - 1 >= dim[m] + (unsigned)(m == 2 && leap))
		return -1;
	/* Days from 1970-01-01 to 1 January of y: 365 a year and the leap days of years 1 to
	 * y - 1, less the 477 of years 1 to 1969 (492 - 19 + 4). */
	y1 = y - 1;
	*out = (kz_day)(365 * ((int)y - 1970) + (int)(y1 / 4 - y1 / 100 + y1 / 400) - 477 +
			(int)before[m] + (int)(m > 2 && leap) + (int)d - 1);
	return 0;
}

int kz_date_parse(const char *s, const char *what, kz_day *out, kz_error *err)
{
	size_t len = strlen(s);
	int y, m;

	if (kz_day_parse(s, len, out) == 0)
		return 0;
	/* Say which part is wrong: the shape, the day of the month, or the year range. */
	if (len == 10 && s[4] == '-' && s[7] == '-' && (y = digits(s, 4)) >= 0 &&
	    (m = digits(s + 5, 2)) >= 0 && digits(s + 8, 2) >= 0) {
		if (y < KZ_YEAR_MIN || y > KZ_YEAR_MAX)
			return kz_error_set(err, KZ_EINVAL, what,
					    "year %d out of range (expected %d..%d)", y,
					    KZ_YEAR_MIN, KZ_YEAR_MAX);
		if (m < 1 || m > 12)
			return kz_error_set(err, KZ_EINVAL, what,
					    "no month %02d in '%s' (expected 01..12)", m, s);
		return kz_error_set(err, KZ_EINVAL, what,
				    "no such date '%s' (expected a day 01..%02d)", s,
				    days_in_month(y, m));
	}
	return kz_error_set(err, KZ_EINVAL, what, "bad date '%.40s' (expected YYYY-MM-DD)", s);
}

char *kz_day_format(kz_day day, char buf[11])
{
	int y, m, d;

	kz_day_to_ymd(day, &y, &m, &d);
	buf[0] = (char)('0' + y / 1000 % 10);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d / 10);
	buf[9] = (char)('0' + d % 10);
	buf[10] = '\0';
	return buf;
}
