/* util.c — errors, strict option values, and the small text formats the commands share. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

int fail(int code, const char *where, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "kzmig: %s: ", where);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return code;
}

int exit_code_of(enum kz_code code)
{
	switch (code) {
	case KZ_OK: return EXIT_OK;
	case KZ_EINVAL:
	case KZ_ERANGE: return EXIT_USAGE;
	case KZ_EDATA: return EXIT_DATA;
	case KZ_ENOMEM: return EXIT_PARTIAL;
	}
	return EXIT_PARTIAL;
}

int fail_err(const kz_error *e)
{
	return fail(exit_code_of(e->code), e->where[0] ? e->where : "kzmig", "%s", e->msg);
}

int opt_int(const char *opt, const char *s, long min, long max, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno == ERANGE || (*s != '-' && *s != '+' &&
							       (*s < '0' || *s > '9')))
		return fail(EXIT_USAGE, opt, "'%.40s' is not a whole number (expected %ld..%ld)",
			    s, min, max);
	if (v < min || v > max)
		return fail(EXIT_USAGE, opt, "%ld out of range (expected %ld..%ld)", v, min, max);
	*out = v;
	return 0;
}

int opt_date(const char *opt, const char *s, kz_day *out)
{
	kz_error e;

	if (kz_date_parse(s, opt, out, &e) != 0)
		return fail_err(&e);
	return 0;
}

int opt_format(const char *opt, const char *s, const char *const *allowed, int *out)
{
	char list[128] = "";

	for (int i = 0; allowed[i]; i++) {
		if (strcmp(s, allowed[i]) == 0) {
			*out = i;
			return 0;
		}
		strncat(list, i ? "|" : "", sizeof list - strlen(list) - 1);
		strncat(list, allowed[i], sizeof list - strlen(list) - 1);
	}
	return fail(EXIT_USAGE, opt, "unknown value '%.40s' (expected %s)", s, list);
}

kz_day today_almaty(void)
{
	/* Kazakhstan has kept one zone, UTC+5, since 1 Mar 2024: no TZ database needed. */
	time_t now = time(NULL);

	return (kz_day)((now + (time_t)5 * 3600) / 86400);
}

int bad_option(const char *cmd, int c, char **argv)
{
	const char *arg = argv[optind - 1];

	if (c == ':')
		return fail(EXIT_USAGE, cmd, "option '%s' needs a value (see kzmig %s --help)",
			    arg, cmd);
	if (optopt != 0 && optopt != '?')
		return fail(EXIT_USAGE, cmd, "unknown option '-%c' (see kzmig %s --help)",
			    optopt, cmd);
	return fail(EXIT_USAGE, cmd, "unknown option '%s' (see kzmig %s --help)", arg, cmd);
}

const char *weekday_name(kz_day d)
{
	static const char *const names[] = {"", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

	return names[kz_weekday(d)];
}

char *fmt_day_long(kz_day d, char buf[20])
{
	static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	int y, m, dd;

	kz_day_to_ymd(d, &y, &m, &dd);
	snprintf(buf, 20, "%s %d %s %d", weekday_name(d), dd, mon[m - 1], y);
	return buf;
}

char *fmt_kzt(int64_t kzt10, char buf[32])
{
	char digits[24];
	int64_t whole = kzt10 / 10;
	int n, o = 0;

	n = snprintf(digits, sizeof digits, "%lld", (long long)whole);
	for (int i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = digits[i];
	}
	if (kzt10 % 10)
		o += snprintf(buf + o, 4, ".%d", (int)(kzt10 % 10));
	buf[o] = '\0';
	return buf;
}

char *fmt_mci(int mci10, char buf[16])
{
	if (mci10 % 10)
		snprintf(buf, 16, "%d.%d", mci10 / 10, mci10 % 10);
	else
		snprintf(buf, 16, "%d", mci10 / 10);
	return buf;
}
