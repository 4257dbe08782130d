/* util.c — errors, strict option values, and the small text formats the commands share. */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "i18n.h"

int fail(int code, const char *where, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "kzmig: %s: ", where);
	va_start(ap, fmt);
	vfprintf(stderr, tr(fmt), ap);
	va_end(ap);
	fputc('\n', stderr);
	return code;
}

const char *sys_error(int e)
{
	/* glibc's words for what a file or a stream can fail with, here so that xgettext
	 * puts them in the catalog */
	static const char *const words[] = {
		N_("No such file or directory"), N_("Permission denied"), N_("Is a directory"),
		N_("Not a directory"), N_("No space left on device"), N_("Read-only file system"),
		N_("Too many levels of symbolic links"), N_("File name too long"),
		N_("Input/output error"), N_("Broken pipe"), N_("Disk quota exceeded"),
		N_("Cannot allocate memory"), N_("File exists"), N_("File too large"),
		N_("Too many open files"), N_("No such device or address"),
		N_("Operation not permitted"), N_("Text file busy"), N_("Device or resource busy")};
	const char *s = strerror(e);

	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcmp(s, words[i]) == 0)
			return _(words[i]);
	return s;
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

/* cli.h: the library's fact readers (facts.c), as a roster's cells are read, with the
 * option named as where. */
int opt_date(const char *opt, const char *s, kz_day *out)
{
	char why[KZ_WHY_MAX];

	if (kz_fact_date(s, strlen(s), out, why) != 0)
		return fail(EXIT_USAGE, opt, "%s", why);
	return 0;
}

int opt_trip(const char *opt, const char *s, struct kz_trip *trips, size_t cap, size_t *n)
{
	char why[KZ_WHY_MAX];

	if (*n == cap)
		return fail(EXIT_USAGE, opt, "more than %zu trips (expected at most %zu)", cap,
			    cap);
	if (kz_fact_trip(s, strlen(s), &trips[*n], why) != 0)
		return fail(EXIT_USAGE, opt, "%s", why);
	(*n)++;
	return 0;
}

int opt_format(const char *opt, const char *s, const char *const *allowed, int *out)
{
	char why[KZ_WHY_MAX];

	if (kz_fact_word(s, allowed, out, why) != 0)
		return fail(EXIT_USAGE, opt, "%s", why);
	return 0;
}

/* --alarm DAYS[,DAYS]...: each item a whole number of days before the due date, 0..366;
 * at most 8.  The same for every command that writes .ics, so one list means the same
 * alarms whichever command reads it. */
int opt_alarm(const char *opt, const char *s, struct ics_opts *o)
{
	const int max = (int)(sizeof o->alarms / sizeof o->alarms[0]);
	const char *p = s;

	o->nalarms = 0;
	if (strcmp(s, "none") == 0) /* no alarm at all */
		return 0;
	for (;;) {
		size_t len = strcspn(p, ",");
		char one[24];
		long v = 0;

		if (o->nalarms == max)
			return fail(EXIT_USAGE, opt, "more than %d alarms (expected "
				    "DAYS[,DAYS]..., at most %d)", max, max);
		if (len == 0)
			return fail(EXIT_USAGE, opt, "'%.40s' has an empty item (expected "
				    "DAYS[,DAYS]..., e.g. 7,1)", s);
		/* Leading zeros say nothing: "0007" is 7.  An item still too long for the
		 * buffer is more than any alarm, and is refused whole, never cut. */
		while (len > 1 && *p == '0' && p[1] >= '0' && p[1] <= '9')
			p++, len--;
		if (len >= sizeof one)
			return fail(EXIT_USAGE, opt, "'%.*s' is not a whole number "
				    "(expected 0..366)", (int)(len < 40 ? len : 40), p);
		memcpy(one, p, len);
		one[len] = '\0';
		if (opt_int(opt, one, 0, 366, &v))
			return EXIT_USAGE;
		o->alarms[o->nalarms++] = (int)v;
		if (p[len] == '\0')
			return 0;
		p += len + 1;
	}
}

/* --citizenship CC, required by cmd: ISO 3166-1 alpha-2 in any case, into out in capitals
 * (NUL-terminated). */
int opt_citizenship(const char *cmd, const char *s, char out[3])
{
	if (s == NULL)
		return fail(EXIT_USAGE, cmd, "--citizenship is required (expected an ISO 3166-1 "
			    "code, e.g. UZ)");
	if (strlen(s) != 2)
		return fail(EXIT_USAGE, "--citizenship", "'%.20s' is not a two-letter code "
			    "(expected ISO 3166-1 alpha-2, e.g. UZ)", s);
	for (int i = 0; i < 2; i++)
		out[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 'a' + 'A' : s[i]);
	out[2] = '\0';
	return 0;
}

/* --host individual|small|medium|large (the columns of CAO art. 518) into *out. */
int opt_host(const char *s, enum kz_host *out)
{
	int v = 0;

	if (opt_format("--host", s, kz_host_words, &v))
		return EXIT_USAGE;
	*out = (enum kz_host)v;
	return 0;
}

/* --count-from arrival|next-day: whether the arrival day is working day 1. */
int opt_count_from(const char *s, enum kz_count_from *out)
{
	int v = 0;

	if (opt_format("--count-from", s, kz_count_from_words, &v))
		return EXIT_USAGE;
	*out = (enum kz_count_from)v;
	return 0;
}

kz_day today_almaty(void)
{
	/* Kazakhstan has kept one zone, UTC+5, since 1 Mar 2024: no TZ database needed. */
	time_t now = time(NULL);

	return (kz_day)((now + (time_t)5 * 3600) / 86400);
}

int bad_option(const char *cmd, int c, char **argv, const struct option *opts)
{
	const char *arg = argv[optind - 1];
	size_t len = strcspn(arg, "="), n = 0;
	char which[256] = "";

	/* getopt_long says '?' both for an unknown option and for a prefix of several. */
	for (int i = 0; c == '?' && len > 2 && arg[0] == '-' && arg[1] == '-' && opts[i].name;
	     i++)
		if (strncmp(opts[i].name, arg + 2, len - 2) == 0) {
			size_t k = strlen(which);

			snprintf(which + k, sizeof which - k, "%s--%s", n++ ? ", " : "",
				 opts[i].name);
		}
	if (n > 1)
		return fail(EXIT_USAGE, cmd, "option '%.*s' is ambiguous (expected one of %s)",
			    (int)len, arg, which);
	if (c == ':')
		return fail(EXIT_USAGE, cmd, "option '%s' needs a value (see kzmig %s --help)",
			    arg, cmd);
	if (optopt != 0 && optopt != '?')
		return fail(EXIT_USAGE, cmd, "unknown option '-%c' (see kzmig %s --help)",
			    optopt, cmd);
	return fail(EXIT_USAGE, cmd, "unknown option '%s' (see kzmig %s --help)", arg, cmd);
}

#define NC_(ctx, s) ctx "\004" s
#define NBSP "\302\240"

const char *weekday_name(kz_day d)
{
	/* TRANSLATORS: a weekday's short name, as a date shows it ("Thu 27 Mar 2025"). */
	static const char *const names[] = {"", NC_("weekday", "Mon"), NC_("weekday", "Tue"),
					    NC_("weekday", "Wed"), NC_("weekday", "Thu"),
					    NC_("weekday", "Fri"), NC_("weekday", "Sat"),
					    NC_("weekday", "Sun")};

	return trc(names[kz_weekday(d)]);
}

/* Appends s to buf[*o..size), spaces made no-break ones in Russian and Kazakh. */
static void put(char *buf, size_t size, size_t *o, const char *s)
{
	for (; *s && *o + 3 < size; s++)
		if (*s == ' ' && cli_lang != LANG_EN) {
			memcpy(buf + *o, NBSP, 2);
			*o += 2;
		} else {
			buf[(*o)++] = *s;
		}
	buf[*o] = '\0';
}

char *fmt_day_long(kz_day d, char buf[DAY_TEXT])
{
	/* TRANSLATORS: a month's name as a date writes it, after the day ("27 Mar 2025"):
	 * the form the date needs (Russian: the genitive, «марта»). */
	static const char *const mon[] = {
		NC_("month in a date", "Jan"), NC_("month in a date", "Feb"),
		NC_("month in a date", "Mar"), NC_("month in a date", "Apr"),
		NC_("month in a date", "May"), NC_("month in a date", "Jun"),
		NC_("month in a date", "Jul"), NC_("month in a date", "Aug"),
		NC_("month in a date", "Sep"), NC_("month in a date", "Oct"),
		NC_("month in a date", "Nov"), NC_("month in a date", "Dec")};
	/* TRANSLATORS: the order of a date's parts: {wd} the weekday, {d} the day, {mon}
	 * the month, {y} the year; keep the braces.  Spaces become no-break spaces. */
	const char *t = C_("date", "{wd} {d} {mon} {y}");
	char num[8];
	size_t o = 0;
	int y, m, dd;

	kz_day_to_ymd(d, &y, &m, &dd);
	buf[0] = '\0';
	while (*t) {
		const char *part = NULL;
		size_t skip = 0;

		if (strncmp(t, "{wd}", 4) == 0) {
			part = weekday_name(d);
			skip = 4;
		} else if (strncmp(t, "{d}", 3) == 0) {
			snprintf(num, sizeof num, "%d", dd);
			part = num;
			skip = 3;
		} else if (strncmp(t, "{mon}", 5) == 0) {
			part = trc(mon[m - 1]);
			skip = 5;
		} else if (strncmp(t, "{y}", 3) == 0) {
			snprintf(num, sizeof num, "%d", y);
			part = num;
			skip = 3;
		}
		if (part != NULL) {
			put(buf, DAY_TEXT, &o, part);
			t += skip;
		} else {
			char one[2] = {*t++, '\0'};

			put(buf, DAY_TEXT, &o, one);
		}
	}
	return buf;
}

char *fmt_kzt(int64_t kzt10, char buf[32])
{
	/* TRANSLATORS: between thousands in an amount ("39,320"); a space becomes a no-break
	 * space. */
	const char *sep = C_("number", ",");
	/* TRANSLATORS: before the tenths of an amount ("2,162.5"). */
	const char *point = C_("number", ".");
	char digits[24];
	int64_t whole = kzt10 / 10;
	size_t o = 0;
	int n;

	buf[0] = '\0';
	n = snprintf(digits, sizeof digits, "%lld", (long long)whole);
	for (int i = 0; i < n; i++) {
		char one[2] = {digits[i], '\0'};

		if (i > 0 && (n - i) % 3 == 0)
			put(buf, 32, &o, strcmp(sep, " ") == 0 ? NBSP : sep);
		put(buf, 32, &o, one);
	}
	if (kzt10 % 10) {
		char tenth[2] = {(char)('0' + kzt10 % 10), '\0'};

		put(buf, 32, &o, point);
		put(buf, 32, &o, tenth);
	}
	return buf;
}

char *fmt_mci(int mci10, char buf[16])
{
	if (mci10 % 10)
		snprintf(buf, 16, "%d%s%d", mci10 / 10, C_("number", "."), mci10 % 10);
	else
		snprintf(buf, 16, "%d", mci10 / 10);
	return buf;
}

/* ---- colour: only on a terminal, and never when NO_COLOR is set ----------------------- */

static int color_mode = -1; /* --color: COLOR_*, or -1 for auto */
static int color_decided = -1; /* -1: not yet; then 0 or 1 for the rest of the run */

/* --color auto|always|never: 0, or EXIT_USAGE after printing the error.  It forgets an
 * earlier decision, so the next sgr() decides again. */
int opt_color(const char *s)
{
	static const char *const modes[] = {"auto", "always", "never", NULL};
	int m = 0;

	if (opt_format("--color", s, modes, &m))
		return EXIT_USAGE;
	color_mode = m == COLOR_AUTO ? -1 : m;
	color_decided = -1;
	return 0;
}

/* Decided on the first call, then fixed: an explicit --color always|never wins; else
 * colour only on a terminal that is not "dumb", with NO_COLOR unset or empty (the
 * https://no-color.org convention). */
static bool color_on(void)
{
	const char *no, *term;

	if (color_decided < 0) {
		no = getenv("NO_COLOR");
		term = getenv("TERM");
		color_decided = color_mode >= 0 ? color_mode == COLOR_ALWAYS
				: isatty(STDOUT_FILENO) == 1 && (no == NULL || no[0] == '\0') &&
					  (term == NULL || strcmp(term, "dumb") != 0);
	}
	return color_decided;
}

/* The SGR sequence of a style (ECMA-48 §8.3.117), or "" when colour is off. */
const char *sgr(enum style s)
{
	static const char *const seq[] = {
		[ST_RESET] = "\033[0m",     [ST_BOLD] = "\033[1m",
		[ST_DIM] = "\033[2m",       [ST_RED] = "\033[31m",
		[ST_YELLOW] = "\033[33m",   [ST_BOLD_RED] = "\033[1;31m",
		[ST_BOLD_YELLOW] = "\033[1;33m",
	};

	return color_on() && (unsigned)s < sizeof seq / sizeof seq[0] ? seq[s] : "";
}

/* ---- wrapping: a date is read whole, so text never breaks a line inside one ---------- */

/* Columns a UTF-8 string takes: one per code point (every character kzmig prints is
 * one column wide), none for an SGR sequence (ESC [ ... m). */
int text_width(const char *s, size_t n)
{
	int w = 0;

	for (size_t i = 0; i < n && s[i]; i++) {
		if (s[i] == '\033' && i + 1 < n && s[i + 1] == '[') {
			for (i += 2; i < n && s[i] && !(s[i] >= '@' && s[i] <= '~'); i++)
				;
			if (i >= n || !s[i])
				break;
			continue;
		}
		w += ((unsigned char)s[i] & 0xc0) != 0x80;
	}
	return w;
}

int day_width(void)
{
	static int w[LANG_COUNT];

	if (w[cli_lang] == 0) { /* every weekday with every month: 2025 and 2026 have them */
		char b[DAY_TEXT];

		w[cli_lang] = 16;
		for (kz_day d = kz_day_from_ymd(2025, 1, 1); d < kz_day_from_ymd(2027, 1, 1); d++) {
			int n;

			fmt_day_long(d, b); /* before strlen(b): a call's arguments have no order */
			n = text_width(b, strlen(b));
			if (n > w[cli_lang])
				w[cli_lang] = n;
		}
	}
	return w[cli_lang];
}

int pad_cols(const char *s, int cols)
{
	int n = (int)strlen(s);

	return cols + n - text_width(s, (size_t)n);
}

enum word_kind { W_OTHER, W_WEEKDAY, W_DAY, W_MONTH, W_YEAR };

/* What a word is as part of a date: "Thu", "27", "Mar" / "March", "2025" (n bytes). */
static enum word_kind word_kind(const char *w, size_t n)
{
	static const char *const wd[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
					  "Aug", "Sep", "Oct", "Nov", "Dec"};
	static const char *const month[] = {"January", "February", "March", "April", "May",
					    "June", "July", "August", "September", "October",
					    "November", "December"};
	size_t digits = 0;

	while (digits < n && w[digits] >= '0' && w[digits] <= '9')
		digits++;
	if (digits == n && (n == 1 || n == 2) && !(n == 2 && w[0] == '0')) {
		/* From the n digits only: w need not end after them. */
		int v = n == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');

		return v >= 1 && v <= 31 ? W_DAY : W_OTHER;
	}
	if (digits == n && n == 4)
		return W_YEAR;
	for (int i = 0; i < 7; i++)
		if (n == 3 && memcmp(w, wd[i], 3) == 0)
			return W_WEEKDAY;
	for (int i = 0; i < 12; i++)
		if ((n == 3 && memcmp(w, mon[i], 3) == 0) ||
		    (n == strlen(month[i]) && memcmp(w, month[i], n) == 0))
			return W_MONTH;
	return W_OTHER;
}

/* Not dates, but as badly read when split: "p. 4", "art. 6", "No. 923", "part 3" and
 * "10 MCI", "39,320 KZT". */
static bool number_joint(const char *a, size_t an, const char *b, size_t bn)
{
	static const char *const before[] = {"p.", "art.", "No.", "part", "Art.", "pp.",
					     "ст.", "ч.", "п.", "пп.", "№", "бап", "бөлік"};

	if (bn > 0 && b[0] >= '0' && b[0] <= '9')
		for (size_t i = 0; i < sizeof before / sizeof before[0]; i++)
			if (an == strlen(before[i]) && memcmp(a, before[i], an) == 0)
				return true;
	if (an > 0 && a[0] >= '0' && a[0] <= '9' && strspn(a, "0123456789,.") == an)
		return (cli_lang != LANG_EN && /* a number stays with its word: "3 рабочих" */
			a[an - 1] >= '0' && a[an - 1] <= '9' && bn > 0 && b[bn - 1] != '.') ||
		       (bn == 3 && (memcmp(b, "MCI", 3) == 0 || memcmp(b, "KZT", 3) == 0));
	return false;
}

/* True when the space between the words a and b (lengths an, bn) is inside a date:
 * "Thu 27", "27 Mar", "Mar 2025", "Mar 27" ("Thu 27 Mar 2025", "1 Jul 2026", "March
 * 2026").  Brackets before a and punctuation after b do not count. */
static bool date_joint(const char *a, size_t an, const char *b, size_t bn)
{
	enum word_kind ka, kb;

	while (an > 0 && (*a == '(' || *a == '"')) {
		a++;
		an--;
	}
	while (bn > 0 && strchr(".,;:)\"", b[bn - 1]))
		bn--;
	if (an > 0 && a[an - 1] == ',' && word_kind(a, an - 1) == W_WEEKDAY) /* "Thu, 27" */
		an--;
	ka = word_kind(a, an);
	kb = word_kind(b, bn);
	return (ka == W_WEEKDAY && kb == W_DAY) || (ka == W_DAY && kb == W_MONTH) ||
	       (ka == W_MONTH && (kb == W_YEAR || kb == W_DAY)) || number_joint(a, an, b, bn);
}

/* Greedy: the last word end that fits and is not inside a date; a date (or word) that
 * cannot fit on an empty line comes whole rather than cut. */
size_t wrap_line(const char *s, int cols, const char **next)
{
	const char *end = NULL, *p = s;

	while (*p) {
		const char *we = p + strcspn(p, " "), *nx = we + strspn(we, " ");
		int w = text_width(s, (size_t)(we - s));

		if (w > cols && end != NULL)
			break;
		if (*nx == '\0' || !date_joint(p, (size_t)(we - p), nx, strcspn(nx, " "))) {
			end = we;
			if (w > cols)
				break;
		}
		p = nx;
	}
	if (end == NULL)
		end = s + strlen(s);
	*next = end + strspn(end, " ");
	return (size_t)(end - s);
}

/* Formats into a buffer (malloc'd when the stack one is short), then prints it line by
 * line; a style is reset at the end of each line so the indent stays plain. */
void print_wrapped(FILE *f, int indent, int hang, const char *style, const char *fmt, ...)
{
	va_list ap;
	char small[512], *text = small;
	const char *p, *next;
	int n, first = 1;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof small) {
		if ((text = malloc((size_t)n + 1)) == NULL) {
			/* out of memory: the whole text on one line, not wrapped, never cut */
			fprintf(f, "%*s%s", indent, "", style);
			va_start(ap, fmt);
			vfprintf(f, fmt, ap);
			va_end(ap);
			fprintf(f, "%s\n", style[0] ? sgr(ST_RESET) : "");
			return;
		}
		va_start(ap, fmt);
		vsnprintf(text, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	for (p = text + strspn(text, " "); first || *p; p = next, first = 0) {
		int at = first ? indent : indent + hang;
		size_t len = wrap_line(p, WRAP_WIDTH - at, &next);

		fprintf(f, "%*s%s%.*s%s\n", at, "", style, (int)len, p,
			style[0] ? sgr(ST_RESET) : "");
	}
	if (text != small)
		free(text);
}

/* cli.h: the problems of a person's facts, one line each. */
size_t fact_problems(const struct kz_rules *rules, const struct kz_person *p,
		     const char *(*name)(enum kz_fact))
{
	struct kz_fact_problem probs[16];
	size_t n = kz_person_problems(rules, p, probs, 16);

	for (size_t i = 0; i < n && i < 16; i++)
		fail(EXIT_USAGE, name(probs[i].fact), "%s", probs[i].msg);
	if (n > 16)
		fail(EXIT_USAGE, name(probs[15].fact),
		     P_("and %zu more problem", "and %zu more problems", n - 16), n - 16);
	return n;
}
