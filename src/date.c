/* date.c — kz_day: whole days since 1970-01-01, proleptic Gregorian.
 * Y-M-D exists only at the edges: parsing and formatting. */
#include <stdio.h>
#include <string.h>

#include "kzmig.h"

/* Howard Hinnant's days_from_civil / civil_from_days: exact, branch-light, and valid
 * far beyond the years kzmig accepts. */
kz_day kz_day_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void kz_day_to_ymd(kz_day day, int *y, int *m, int *d)
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
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : dim[m - 1];
}

bool kz_ymd_valid(int y, int m, int d)
{
	return y >= KZ_YEAR_MIN && y <= KZ_YEAR_MAX && m >= 1 && m <= 12 && d >= 1 &&
	       d <= days_in_month(y, m);
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

int kz_day_parse(const char *s, size_t len, kz_day *out)
{
	int y, m, d;

	if (len != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	y = digits(s, 4);
	m = digits(s + 5, 2);
	d = digits(s + 8, 2);
	if (y < 0 || m < 0 || d < 0 || !kz_ymd_valid(y, m, d))
		return -1;
	*out = kz_day_from_ymd(y, m, d);
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
