/* cli.h — what the kzmig commands share: data loading, errors, option parsing. */
#ifndef KZ_CLI_H
#define KZ_CLI_H

#include <stdio.h>

#include "embedded.h"
#include "i18n.h"
#include "kzmig.h"

/* --policy FILE (policy_cli.c): loaded once and kept; NULL after printing the error
 * (then exit EXIT_DATA). */
const kz_policy *policy_load(const char *path);
/* The loaded policy's title and "where" for one of its ids, else NULL. */
const char *policy_title(const char *id);
const char *policy_where(const char *id);

/* Exit codes (kzmig.1, EXIT STATUS): 1 also when the output could not be written. */
enum { EXIT_OK = 0, EXIT_PARTIAL = 1, EXIT_USAGE = 2, EXIT_DATA = 3 };


struct cmd {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *usage; /* the SYNOPSIS line(s) after "kzmig " */
	const char *help;  /* one line */
};
extern const struct cmd commands[];

/* The data: embedded, or from --data DIR / KZMIG_DATA. */
struct kz_data {
	const kz_calendar *cal;
	const kz_regimes *regimes;
	const kz_fines *fines;
};
void data_set_dir(const char *dir); /* --data DIR; NULL leaves KZMIG_DATA/embedded */
const char *data_dir_get(void);     /* --data DIR, else KZMIG_DATA, else NULL: built in */
/* "dir/name" in a new string (the caller frees), or NULL out of memory: a path of any
 * length the system takes. */
char *path_join(const char *dir, const char *name);
/* Loads what `need` names (DATA_CAL | DATA_REGIMES | DATA_FINES) once; on failure prints
 * the error and returns NULL (exit EXIT_DATA). */
enum { DATA_CAL = 1, DATA_REGIMES = 2, DATA_FINES = 4, DATA_ALL = 7 };
const struct kz_data *data_load(int need);
/* Reads a file's bytes (for --data and data check): malloc'd, NUL-terminated. */
char *read_file(const char *path, size_t *len, kz_error *err);
const char *data_as_of(void); /* the calendar's as_of, for --version */
/* A text from the data (a holiday's name, a term's basis, a fine's article) in the run's
 * language. */
const char *data_text_in(const char *en);
static inline const char *data_text(const char *en)
{
	return cli_lang == LANG_EN ? en : data_text_in(en);
}
/* The library's translator (kz_set_translator): the catalog, else the data's texts. */
const char *cli_translate(const char *msgid);

/* Errors: "kzmig: WHERE: WHAT" on stderr; each returns the exit code to use. */
int fail(int code, const char *where, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int fail_err(const kz_error *e); /* maps kz_code to an exit code */
int exit_code_of(enum kz_code code);
/* strerror(e) in the run's language (the errors a file can give; others as the C library
 * words them). */
const char *sys_error(int e);

/* Prints one "kzmig: WHERE: WHAT" line for each fact of p that cannot be used
 * (kz_person_problems), WHERE being name(fact); returns how many. */
size_t fact_problems(const struct kz_rules *rules, const struct kz_person *p,
		     const char *(*name)(enum kz_fact));

/* Strict option values: the whole string or an error naming the option.  Dates, trips
 * and words are read by the library's kz_fact_* (a roster's cells too). */
int opt_int(const char *opt, const char *s, long min, long max, long *out);
int opt_date(const char *opt, const char *s, kz_day *out);
/* FROM:TO, both days of the stay included (--trip), into trips[*n], counted: at most
 * cap, else a usage error. */
int opt_trip(const char *opt, const char *s, struct kz_trip *trips, size_t cap, size_t *n);
int opt_format(const char *opt, const char *s, const char *const *allowed, int *out);
int opt_citizenship(const char *cmd, const char *s, char out[3]);
int opt_host(const char *s, enum kz_host *out);
int opt_count_from(const char *s, enum kz_count_from *out);
/* "today" in Asia/Almaty (UTC+5), or --today. */
kz_day today_almaty(void);

/* Uniform getopt_long handling: prints the message for an unknown or ambiguous option
 * (a prefix of several in opts) or a missing value; returns EXIT_USAGE. */
struct option;
int bad_option(const char *cmd, int c, char **argv, const struct option *opts);
int usage_of(const char *cmd, FILE *f);

/* Text helpers. */
/* Dates and numbers as the language writes them; the parts of a date are joined by
 * no-break spaces in Russian and Kazakh, so wrapping never splits one. */
#define DAY_TEXT 64
const char *weekday_name(kz_day d);              /* "Mon", "пн", "дс" */
char *fmt_day_long(kz_day d, char buf[DAY_TEXT]); /* "Thu 20 Mar 2025", "чт, 20 марта
						     2025 г.", "2025 жылғы 20 наурыз, бс" */
char *fmt_kzt(int64_t kzt10, char buf[32]);       /* "39,320", "39 320", "2,162.5" */
char *fmt_mci(int mci10, char buf[16]);           /* "10" or "0.5" */

/* Colour and bold, so overdue lines stand out: only when stdout is a terminal and
 * NO_COLOR is unset or empty, unless --color always|never says otherwise; decided at the
 * first sgr(), which is "" when colour is off. */
enum color_mode { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
enum style { ST_RESET, ST_BOLD, ST_DIM, ST_RED, ST_YELLOW, ST_BOLD_RED, ST_BOLD_YELLOW };
int opt_color(const char *s); /* --color auto|always|never: 0 or EXIT_USAGE */
const char *sgr(enum style s);

/* Wrapping: text output is laid out for 100 columns whatever the terminal, and a break
 * never falls inside a date ("Thu 27 Mar 2025", "1 Jul 2026"). */
#define WRAP_WIDTH 100
int text_width(const char *s, size_t n); /* columns of n bytes of UTF-8 */
/* The field width that pads s to cols columns in "%-*s" (printf pads bytes; a Cyrillic
 * letter is two): printf("%-*s", pad_cols(s, 16), s). */
int pad_cols(const char *s, int cols);
/* The columns of the widest date fmt_day_long() writes in the run's language (at least
 * 16, the English "Wed 30 Sep 2026"): a column of dates is as wide. */
int day_width(void);
/* The length in bytes of the first line of s that fits in cols columns (a word or date
 * wider than that comes whole); *next is where the rest starts. */
size_t wrap_line(const char *s, int cols, const char **next);
/* Prints the formatted text wrapped at WRAP_WIDTH: the first line indented by `indent`,
 * the others by indent + hang; each line in `style` (an sgr() string, or ""). */
void print_wrapped(FILE *f, int indent, int hang, const char *style, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* The alarms of an iCalendar event (out_ics.c). */
struct ics_opts {
	int alarms[8]; /* days before the due date; default {7, 1} */
	int nalarms;
	kz_day today; /* the day of "Status on" (DTSTAMP is the real time in UTC) */
};
/* --alarm DAYS[,DAYS]... into o (util.c): 0, or EXIT_USAGE after printing why. */
int opt_alarm(const char *opt, const char *s, struct ics_opts *o);

int cmd_calendar(int argc, char **argv);
int cmd_workdays(int argc, char **argv);
int cmd_due(int argc, char **argv);
int cmd_help(int argc, char **argv);
int cmd_stay(int argc, char **argv);
int cmd_fine(int argc, char **argv);
int cmd_fees(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_remind(int argc, char **argv);
int cmd_data(int argc, char **argv);

#endif
