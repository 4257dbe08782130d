/*
 * kzmig.h — the whole public API of libkzmig: Kazakhstan migration deadlines.
 *
 * Ownership: the caller frees only what a kz_*_load() or kz_roster_open() returns, with
 * the matching NULL-safe kz_*_free().  Every other pointer the library hands out (names,
 * sources, basis strings, a roster row's cells) points into loaded data, the roster's
 * buffer or static storage and lives as long as the object it came from (a row: until
 * the next kz_roster_next()).  The library never prints, exits, opens a file, reads the
 * clock or the environment: a failing function returns -1 (or NULL) and fills the
 * caller's kz_error (which may be NULL).
 *
 * Dates are kz_day: whole days since 1970-01-01, proleptic Gregorian.
 */
#ifndef KZMIG_H
#define KZMIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define KZMIG_VERSION "0.2.0"
/* The number of the ABI: libkzmig.so.KZMIG_ABI.  It goes up with every change that breaks
 * a program built against an earlier header (a struct's size, a function's arguments). */
#define KZMIG_ABI 1

#ifdef __cplusplus
extern "C" {
#endif
/* The library is built with hidden visibility: what this header declares is its whole
 * exported interface. */
#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

/* ---- errors ------------------------------------------------------------ */

enum kz_code {
	KZ_OK = 0,
	KZ_EINVAL, /* a bad input value: date, country, option value */
	KZ_ERANGE, /* a value outside what kzmig covers (dates, calendar years) */
	KZ_EDATA,  /* a data file that is missing, not JSON or of the wrong shape */
	KZ_ENOMEM,
};

typedef struct kz_error {
	enum kz_code code;
	char where[96]; /* what the message is about: a field, "file:line", a JSON path */
	char msg[512];  /* what is wrong, and what was expected (room for Cyrillic) */
} kz_error;

/* Fill *e (if not NULL) and return -1, so failure paths stay one line. */
int kz_error_set(kz_error *e, enum kz_code code, const char *where, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 4, 5)))
#endif
	;
const char *kz_strerror(enum kz_code code);
/* The library's messages and reasons are English sentences; a caller that speaks another
 * language gives a function (gettext, or a table) that returns msgid's translation, or
 * msgid itself.  Every message is formatted from the translated string, so a translation
 * keeps the message's printf conversions (it may reorder them: %2$s).  Set it once,
 * before other calls; NULL returns to English. */
void kz_set_translator(const char *(*fn)(const char *msgid));

/* ---- dates ------------------------------------------------------------- */

typedef int32_t kz_day;

#define KZ_NO_DAY INT32_MIN /* "no date": an absent optional fact */
#define KZ_YEAR_MIN 1900
#define KZ_YEAR_MAX 2199

/* Days since 1970-01-01 of a valid y-m-d (no checks). */
kz_day kz_day_from_ymd(int y, int m, int d);
void kz_day_to_ymd(kz_day day, int *y, int *m, int *d);
int kz_day_year(kz_day day);
/* ISO weekday: 1 = Monday ... 7 = Sunday. */
int kz_weekday(kz_day day);
bool kz_ymd_valid(int y, int m, int d);
/* Strict ISO YYYY-MM-DD, exactly len bytes, years KZ_YEAR_MIN..KZ_YEAR_MAX.
 * Returns 0, or -1 for anything else (2025-02-30, 2025-3-1, 20250320, junk). */
int kz_day_parse(const char *s, size_t len, kz_day *out);
/* The same for a NUL-terminated string, with a message naming `what`. */
int kz_date_parse(const char *s, const char *what, kz_day *out, kz_error *err);
/* Writes YYYY-MM-DD and a NUL into buf (11 bytes); returns buf. */
char *kz_day_format(kz_day day, char buf[11]);

/* ---- the working-day calendar (calendar.c) ------------------------------ */

typedef struct kz_calendar kz_calendar;

/* Builds the calendar from data/holidays_kz.json held in json[0..len).  `name` is used
 * in error messages.  Covers KZ_CAL_YEAR_MIN..KZ_CAL_YEAR_MAX. */
#define KZ_CAL_YEAR_MIN 2002
#define KZ_CAL_YEAR_MAX 2199
kz_calendar *kz_calendar_load(const char *json, size_t len, const char *name, kz_error *err);
void kz_calendar_free(kz_calendar *cal);

/* Every check a loader makes, reporting EVERY problem (not only the first) through
 * report(), in file order, where kz_*_load() gives the first one as its error: a file
 * loads exactly when its check reports nothing (`kzmig data check`).  Returns the number
 * of problems; *entries (may be NULL) gets what the file holds: holidays + moveable
 * dates + transfers, countries, MCI rows + fines + duties, rules (policies). */
typedef void kz_report_fn(const kz_error *problem, void *arg);
int kz_calendar_check(const char *json, size_t len, const char *name, kz_report_fn *report,
		      void *arg, size_t *entries);

const char *kz_calendar_as_of(const kz_calendar *cal);
int kz_calendar_confirmed_from(const kz_calendar *cal);
int kz_calendar_confirmed_through(const kz_calendar *cal);
bool kz_calendar_covers(const kz_calendar *cal, kz_day day);
/* A year without decree data (before confirmed_from or after confirmed_through): its
 * days off follow the fixed rules only, so results in it are provisional. */
bool kz_year_provisional(const kz_calendar *cal, int year);
/* True if any day in [a, b] (either order) lies in a provisional year. */
bool kz_span_provisional(const kz_calendar *cal, kz_day a, kz_day b);

bool kz_is_working(const kz_calendar *cal, kz_day day); /* false outside the calendar */
/* numpy busday_offset(roll='forward'): roll `day` forward to a working day, then move
 * n working days (n may be negative). */
int kz_add_workdays(const kz_calendar *cal, kz_day day, int n, kz_day *out, kz_error *err);
/* Working days in [from, to); negative when to < from. */
int kz_count_workdays(const kz_calendar *cal, kz_day from, kz_day to, int *out,
		      kz_error *err);
/* The working day D such that exactly n (>= 1) working days lie in [D, end). */
int kz_workdays_before(const kz_calendar *cal, kz_day end, int n, kz_day *out,
		       kz_error *err);

enum kz_day_kind {
	KZ_DAY_WORKDAY,       /* an ordinary Monday to Friday */
	KZ_DAY_WEEKEND,       /* an ordinary Saturday or Sunday */
	KZ_DAY_HOLIDAY,       /* a public holiday on a weekday (or a religious one anywhere) */
	KZ_DAY_HOLIDAY_WEEKEND, /* a public holiday on a weekend; its day off moves */
	KZ_DAY_MOVED,         /* the day off moved from a holiday on a weekend */
	KZ_DAY_TRANSFER_OFF,  /* a weekday made a day off by decree */
	KZ_DAY_TRANSFER_WORK, /* a weekend day, or a day off, made a working day by decree */
};

struct kz_day_info {
	kz_day day;
	enum kz_day_kind kind;
	bool working;
	const char *name;   /* holiday name (HOLIDAY*, MOVED), else NULL */
	kz_day other;       /* MOVED: the holiday; TRANSFER_*: the paired day; else KZ_NO_DAY */
	const char *source; /* the rule's source, or NULL for ordinary days */
};
int kz_day_info(const kz_calendar *cal, kz_day day, struct kz_day_info *out, kz_error *err);

struct kz_holiday {
	kz_day day;
	const char *name;
	const char *source;
	bool moves; /* false: religious, never moved off a weekend */
};
/* The public holidays falling in `year`, in date order; returns how many there are
 * (which may exceed cap: only cap are written). */
size_t kz_calendar_holidays(const kz_calendar *cal, int year, struct kz_holiday *out,
			    size_t cap);

/* ---- visa-free regimes (regimes.c) -------------------------------------- */

typedef struct kz_regimes kz_regimes;

enum kz_regime_kind { KZ_REGIME_VISA_REQUIRED, KZ_REGIME_EAEU, KZ_REGIME_BILATERAL,
		      KZ_REGIME_UNILATERAL };

struct kz_regime {
	const char *code;    /* "UZ" */
	const char *country; /* "Uzbekistan" */
	enum kz_regime_kind kind;
	int per_entry; /* days from the crossing; 0 = no per-entry limit */
	int limit;     /* days of stay within `window`; 0 = no rolling cap */
	int window;
	bool trp_route; /* a TRP is the route to a longer stay */
	kz_day from, until; /* in force; KZ_NO_DAY = open */
	const char *source;
	const char *confidence;
	/* The days the sources cover; an arrival outside them (but inside from..until) gets
	 * provisional deadlines, for the reason `beyond` gives (else NULL). */
	kz_day sourced_from, sourced_until;
	const char *beyond;
	const char *unsettled; /* why no source settles any of its days, or NULL */
};

kz_regimes *kz_regimes_load(const char *json, size_t len, const char *name, kz_error *err);
void kz_regimes_free(kz_regimes *r);
/* kz_calendar_check() for visa_free.json; *entries gets the countries. */
int kz_regimes_check(const char *json, size_t len, const char *name, kz_report_fn *report,
		     void *arg, size_t *entries);
const char *kz_regimes_as_of(const kz_regimes *r);
/* Case-insensitive ISO 3166-1 alpha-2.  -1/KZ_EINVAL for an unknown code, -1/KZ_ERANGE
 * when the data has no regime for that date. */
int kz_regime_on(const kz_regimes *r, const char *cc, kz_day on, const struct kz_regime **out,
		 kz_error *err);
/* Why the regime's answers for an arrival on `on` are provisional (no source settles the
 * regime, or `on` is beyond its sources' days), or NULL when they are not. */
const char *kz_regime_unsettled(const struct kz_regime *g, kz_day on);
/* The country's name, or NULL for an unknown code. */
const char *kz_country_name(const kz_regimes *r, const char *cc);

/* ---- stays over several trips (stay.c) ---------------------------------- */

struct kz_trip {
	kz_day from, to; /* inclusive: entry and exit days are both days of stay */
};

/* Days of stay in [on - window + 1, on] over the trips (clipped to the window). */
int kz_days_in_window(const struct kz_trip *trips, size_t n, kz_day on, int window);
/* Checks trips are well-formed: from <= to, no overlaps (any order accepted). */
int kz_trips_check(const struct kz_trip *trips, size_t n, kz_error *err);
/* The last legal day L of a stay from `arrival` without a break, under regime r over
 * earlier trips: L <= arrival + per_entry - 1 and every day in [arrival, L] keeps
 * within limit/window.  *out = KZ_NO_DAY when even the arrival day is over the limit,
 * or when the regime sets no limit (visa-required). */
int kz_last_legal_day(const struct kz_regime *r, const struct kz_trip *trips, size_t n,
		      kz_day arrival, kz_day *out, kz_error *err);

/* ---- fines and duties (fines.c) ------------------------------------------ */

typedef struct kz_fines kz_fines;

enum kz_host { KZ_HOST_INDIVIDUAL, KZ_HOST_SMALL, KZ_HOST_MEDIUM, KZ_HOST_LARGE };
const char *kz_host_name(enum kz_host h); /* "individual", "small", ... */
int kz_host_parse(const char *s, enum kz_host *out);

/* Amounts in MCI are held in tenths (0.5 MCI = 5), KZT in tenths of a tenge. */
struct kz_penalty {
	const char *article; /* "CAO 518 part 1" */
	kz_day on;           /* the first day of the violation */
	enum kz_host host;
	bool has_host;       /* the penalty depends on the host's category */
	bool warning;        /* a warning, no money */
	int mci10;           /* fine in tenths of an MCI (0 with warning) */
	int mci_value;       /* KZT per MCI in force on `on` */
	int64_t kzt10;       /* mci10 * mci_value */
	bool provisional;    /* not settled: see why */
	const char *why;     /* why it is provisional (the text of the law that day, or the
				MCI, is not known), else NULL */
	const char *alternative; /* a non-money penalty that may be imposed instead, or NULL */
	const char *source;
};

/* Refuses a file that lacks a part kzmig itself looks up: CAO 518 parts 1 and 3, 517
 * parts 3, 4, 6 and 7. */
kz_fines *kz_fines_load(const char *json, size_t len, const char *name, kz_error *err);
void kz_fines_free(kz_fines *f);
/* kz_calendar_check() for fines_kz.json; *entries gets MCI rows + fines + duties. */
int kz_fines_check(const char *json, size_t len, const char *name, kz_report_fn *report,
		   void *arg, size_t *entries);
const char *kz_fines_as_of(const kz_fines *f);
/* KZT per MCI for fines and duties on `day`. */
int kz_mci_on(const kz_fines *f, kz_day day, int *kzt, kz_error *err);
/* True for a day in a year after the last one with an MCI in the data: its budget law is
 * not in the data yet, so kz_mci_on() gives the last known value, a guess. */
bool kz_mci_provisional(const kz_fines *f, kz_day day);
/* Generic lookup: article "518", part 1, for a host category (ignored where the part
 * does not depend on one) and, for a part graded by days (517 part 3), the days. */
int kz_fine(const kz_fines *f, const char *article, int part, enum kz_host host, int days,
	    kz_day on, struct kz_penalty *out, kz_error *err);
/* CAO 518 p. 1 (p. 3 with repeat) for the host's late notification. */
int kz_fine_late_notification(const kz_fines *f, kz_day on, enum kz_host host, bool repeat,
			      struct kz_penalty *out, kz_error *err);
/* CAO 517 p. 3/4 (p. 6 with repeat) for `days` past the last legal day (>= 1). */
int kz_fine_overstay(const kz_fines *f, int days, kz_day on, bool repeat,
		     struct kz_penalty *out, kz_error *err);

struct kz_fine_rule {
	const char *article; /* "518" */
	int part;
	const char *name;    /* "late-notification" */
	const char *offence;
	bool by_host;  /* the amount depends on the host's category */
	bool by_days;  /* the amount depends on days (tiers) */
	const char *source;
	kz_day from, until; /* the days this text is in force (KZ_NO_DAY: open) */
	const char *why;    /* on the day asked, why this text is not settled, else NULL */
	const char *label;  /* "CAO 518 part 1": the article of its penalties (kz_penalty) */
};
/* The texts of the articles and parts in data order: those in force on `on`, or all of
 * them for KZ_NO_DAY; writes up to cap, returns the count. */
size_t kz_fine_rules(const kz_fines *f, kz_day on, struct kz_fine_rule *out, size_t cap);

struct kz_duty {
	const char *id;   /* "multiple-entry-visa" */
	const char *name;
	int mci10;
	const char *source;
	kz_day from, until; /* the days this rate is charged (KZ_NO_DAY: open) */
	bool provisional;   /* on the day asked, the rate is not settled: see why */
	const char *why;
};
/* The duties charged on `on` in data order (all texts for KZ_NO_DAY); writes up to cap,
 * returns the count. */
size_t kz_duties(const kz_fines *f, kz_day on, struct kz_duty *out, size_t cap);

/* A stretch of days on which the data applies a rule beyond the days its sources cover
 * (`kzmig data check` lists them): answers on those days are provisional, for `why`. */
struct kz_unsourced {
	const char *kind;   /* "fine", "duty", "regime", "term" */
	const char *what;   /* "CAO 517 part 4", "invitation", "UZ", ... */
	kz_day from, until; /* KZ_NO_DAY: open */
	const char *why;
};
size_t kz_fines_unsourced(const kz_fines *f, struct kz_unsourced *out, size_t cap);
/* The regimes and the deadlines' terms (visa_free.json) likewise. */
size_t kz_regimes_unsourced(const kz_regimes *r, struct kz_unsourced *out, size_t cap);

/* ---- deadlines for one person (deadlines.c) ------------------------------ */

enum kz_count_from { KZ_COUNT_FROM_ARRIVAL, KZ_COUNT_FROM_NEXT_DAY };

/* How the person entered (--entry, the roster's entry column): KZ_ENTRY_INFER reads it from the facts: a
 * person with a visa expiry, or a citizen of a visa-required state, entered on a visa;
 * everyone else visa-free. */
enum kz_entry { KZ_ENTRY_INFER, KZ_ENTRY_VISA_FREE, KZ_ENTRY_VISA };
int kz_entry_parse(const char *s, enum kz_entry *out); /* "visa" or "visa-free" */

/* What the stay rests on, which decides its deadlines: the visa-free regime (its stay
 * limit, a TRP or self-registration), a visa (its expiry and extension), or a TRP (its
 * expiry and extension); KZ_STAY_UNKNOWN when the facts do not say (a problem). */
enum kz_stay { KZ_STAY_VISA_FREE, KZ_STAY_VISA, KZ_STAY_TRP, KZ_STAY_UNKNOWN };
const char *kz_stay_name(enum kz_stay s); /* "visa-free", "visa", "trp", "unknown" */

/* A person's facts, named as the roster's columns name them ("birth", "visa_expiry",
 * ...): what a problem blames. */
enum kz_fact { KZ_FACT_NONE = -1, KZ_FACT_ARRIVAL, KZ_FACT_BIRTH, KZ_FACT_VISA_EXPIRY,
	       KZ_FACT_PASSPORT_EXPIRY, KZ_FACT_TRP_EXPIRY, KZ_FACT_ENTRY, KZ_FACT_HOST,
	       KZ_FACT_COUNT_FROM, KZ_FACT_TRIPS, KZ_FACT_MOVES, KZ_FACTS };
const char *kz_fact_name(enum kz_fact f);

/* The dates kzmig works out deadlines from (an arrival, a move, a visa or TRP expiry)
 * lie in these days: far enough inside the calendar that no count leaves it. */
#define KZ_FACTS_FROM_YMD 2002, 3, 1
#define KZ_FACTS_UNTIL_YMD 2198, 12, 31

enum kz_status { KZ_STATUS_UPCOMING, KZ_STATUS_OPEN, KZ_STATUS_DUE_TODAY, KZ_STATUS_OVERDUE,
		 KZ_STATUS_NOT_REQUIRED, KZ_STATUS_PROBLEM };
const char *kz_status_name(enum kz_status s); /* "upcoming", "due-today", ... */

enum kz_responsible { KZ_RESP_RECEIVING_PARTY, KZ_RESP_IMMIGRANT, KZ_RESP_INSTITUTION };
const char *kz_responsible_name(enum kz_responsible r);

struct kz_person {
	char citizenship[3]; /* ISO alpha-2, upper case */
	kz_day arrival;      /* the border crossing / arrival at the host */
	kz_day birth, visa_expiry, passport_expiry; /* KZ_NO_DAY when unknown */
	kz_day today;
	const struct kz_trip *trips; /* earlier stays, for the 180-day window */
	size_t ntrips;
	const kz_day *moves; /* changes of address / trips inside Kazakhstan */
	size_t nmoves;
	enum kz_host host;
	enum kz_count_from count_from;
	kz_day trp_expiry;   /* KZ_NO_DAY when the person holds no TRP */
	enum kz_entry entry;
	/* Why a fact that was given could not be read, in the caller's words (e.g. "'31.02.2030'
	 * is not a date (expected YYYY-MM-DD)"), else NULL.  The deadlines that need such a
	 * fact are `problem`s with this reason; the others are worked out as usual. */
	const char *unreadable[KZ_FACTS];
};

struct kz_rules {
	const kz_calendar *cal;
	const kz_regimes *regimes;
	const kz_fines *fines;
};

/* The rules kzmig carries: the data files of its release (kzmig --version names their
 * date), compiled in, so a program needs no data files.  Static: never freed, and
 * kz_*_free() on its parts does nothing. */
const struct kz_rules *kz_rules_builtin(void);

#define KZ_DEADLINES_MAX 32

/* What a deadline is: kind k has the id kz_deadline_ids[k]; an institution's own
 * deadlines (policy.c) are KZ_D_POLICY, each with its own id. */
enum kz_deadline_kind {
	KZ_D_ARRIVAL_NOTIFICATION,
	KZ_D_SELF_REGISTRATION,
	KZ_D_TRP,
	KZ_D_STAY_LIMIT,
	KZ_D_VISA_EXTENSION,
	KZ_D_PASSPORT_VALIDITY,
	KZ_D_PASSPORT_RENEWAL,
	KZ_D_POLICY
};

struct kz_deadline {
	enum kz_deadline_kind kind;
	const char *id;      /* "arrival-notification", "trp", ... */
	kz_day event;        /* what it counts from (arrival, a move, an expiry) */
	kz_day opens, due;   /* opens = KZ_NO_DAY when there is no window */
	kz_day apply_by;     /* trp only, else KZ_NO_DAY */
	int days_left;       /* due - today */
	enum kz_status status;
	enum kz_responsible responsible;
	bool provisional;
	const char *basis;   /* the legal basis, in words */
	char reason[1280];   /* for not-required / problem, and provisional notes: room for
				a text of the data (KZ_TEXT_MAX) after a sentence */
	const char *where;   /* where it is done, as a key the CLI's words know ("vmp-egov",
				"vmp-eqonaq", "police", "self-online"), or NULL: the id's own */
	const char *unsettled; /* why the law of that day is not settled (the rule is applied
				  beyond its sources' days), or NULL; then provisional is true */
	bool has_fine;
	struct kz_penalty fine, repeat;
	bool move;           /* counts from a change of address (--moved), not the arrival */
	enum kz_stay stay;   /* what the person's stay rests on, for every deadline */
	enum kz_fact fact;   /* the fact a `problem` blames (then reason says why), or NONE */
	/* The days counted in working days, inclusive, so a person can check the count by
	 * hand (--explain); KZ_NO_DAY when the deadline is counted in calendar days only. */
	kz_day count_from, count_to;
};

/* A fact of the person that cannot be used: given but unreadable (kz_person.unreadable),
 * or one that cannot be true: a birth after the arrival; a visa, passport or TRP that
 * expired before it; a move before it or given twice; trips that overlap or do not end
 * before it; a visa-free entry for a citizen who needs a visa; a date outside
 * KZ_FACTS_FROM..UNTIL.  The deadlines that need such a fact are `problem`s. */
struct kz_fact_problem {
	enum kz_fact fact;
	char msg[320];
};
/* Every such problem of p, in the order of enum kz_fact (a move or trip each time it is
 * wrong); writes at most cap and returns how many there are. */
size_t kz_person_problems(const struct kz_rules *rules, const struct kz_person *p,
			  struct kz_fact_problem *out, size_t cap);
/* The stay p's deadlines rest on (and, when it is unknown, the fact to blame). */
enum kz_stay kz_person_stay(const struct kz_rules *rules, const struct kz_person *p,
			    enum kz_fact *blame);

/* The ids kz_deadlines() can give (kzmig.1 lists them), NULL-terminated; an institution's
 * deadlines (policy.c) add ids that start with "policy-". */
extern const char *const kz_deadline_ids[];

/* Every deadline that applies to p, in date order.  Returns 0 and sets *n, or -1 only
 * for what leaves no deadline to give: an unknown citizenship, an arrival outside
 * KZ_FACTS_FROM..UNTIL, more than cap deadlines.  A fact that cannot be used costs only
 * the deadlines that need it (kz_person_problems). */
int kz_deadlines(const struct kz_rules *rules, const struct kz_person *p,
		 struct kz_deadline *out, size_t cap, size_t *n, kz_error *err);

/* kz_deadlines() keeping only the ids whose bit is set in `only` (bit i stands for
 * kz_deadline_ids[i]; KZ_DEADLINES_ALL keeps every one): the same deadlines as
 * kz_deadlines() with the others dropped, and the same errors, since a deadline fails
 * alone (batch --only).  *bad (may be NULL) gets a bit (1 << enum kz_fact) for each fact
 * that cannot be used, whatever `only` keeps: kz_person_problems() says why. */
#define KZ_DEADLINES_ALL UINT32_MAX
int kz_deadlines_only(const struct kz_rules *rules, const struct kz_person *p, uint32_t only,
		      struct kz_deadline *out, size_t cap, size_t *n, uint32_t *bad,
		      kz_error *err);

/* ---- the data's words in Russian and Kazakh (texts.c) ----------------------------- */

/* Every text the library hands out for a person to read (a holiday's name, a country's, a
 * deadline's basis, a fine's offence and article, a duty's name, why an answer is
 * provisional) is in English; the data carries it in Russian and Kazakh too (name_ru,
 * name_kk, basis_ru, ...: kzmig.1, FILES), and these give the same text in another
 * language, pointing into the same loaded data (or static storage).  en is a pointer the
 * object handed out (or an equal string: a copy is found by its text); KZ_LANG_EN gives
 * en itself; NULL for a NULL en, a bad lang or a text the object does not know.  Cheap
 * (a hash of the text's first bytes and one comparison): call it once per line shown. */
enum kz_lang { KZ_LANG_EN, KZ_LANG_RU, KZ_LANG_KK };
/* The longest text the data may give, in bytes of UTF-8 (data check refuses a longer). */
#define KZ_TEXT_MAX 1000
#define KZ_LANGS 3
/* Holiday names (kz_day_info, kz_calendar_holidays). */
const char *kz_calendar_text(const kz_calendar *cal, const char *en, enum kz_lang lang);
/* Country names, a regime's or a term's words (kz_regime.unsettled and .beyond,
 * kz_regime_unsettled, kz_deadline.basis and .unsettled, the reasons of kz_unsourced). */
const char *kz_regimes_text(const kz_regimes *r, const char *en, enum kz_lang lang);
/* A fine's offence, article label and alternative, a duty's name, a penalty's, rule's or
 * duty's why (kz_penalty, kz_fine_rule, kz_duty, kz_unsourced). */
const char *kz_fines_text(const kz_fines *f, const char *en, enum kz_lang lang);
/* Any of the three, for a text whose object is not known (a deadline's basis, reason or
 * fine): the regimes, then the fines, then the calendar. */
const char *kz_rules_text(const struct kz_rules *rules, const char *en, enum kz_lang lang);

/* ---- an institution's own rules (policy.c) -------------------------------- */

/* A policy file (examples/policy.json) adds stricter, institution-made deadlines: each
 * counts from an event of the person (arrival, a move, the visa or passport expiry) by
 * working or calendar days.  Their ids start with "policy-". */
typedef struct kz_policy kz_policy;
kz_policy *kz_policy_load(const char *json, size_t len, const char *name, kz_error *err);
void kz_policy_free(kz_policy *pol);
/* Appends the policy's deadlines for p to out[*n..cap) and keeps out in date order. */
int kz_policy_deadlines(const kz_policy *pol, const struct kz_rules *rules,
			const struct kz_person *p, struct kz_deadline *out, size_t cap,
			size_t *n, kz_error *err);

/* What the policy says about itself, for output: the institution, the file's as_of date
 * (YYYY-MM-DD) and how many rules it has. */
const char *kz_policy_institution(const kz_policy *pol);
const char *kz_policy_as_of(const kz_policy *pol);
size_t kz_policy_count(const kz_policy *pol);
/* The id of rule i (0 .. kz_policy_count() - 1), in the file's order, or NULL past it. */
const char *kz_policy_id(const kz_policy *pol, size_t i);
/* The title and the "where to go" text the policy gives a rule id, or NULL for an id that
 * is not the policy's (where is also NULL when the rule gives none). */
const char *kz_policy_title(const kz_policy *pol, const char *id);
const char *kz_policy_where(const kz_policy *pol, const char *id);

/* kz_calendar_check() for a policy file; *nrules (may be NULL) gets its rules. */
int kz_policy_check(const char *json, size_t len, const char *name, kz_report_fn *report,
		    void *arg, size_t *nrules);

/* ---- a person's facts from text (facts.c) --------------------------------- */

/* One reader of a fact written as text, for `due`'s options and a roster's cells alike,
 * so that a date, a trip, a list or a category means the same in both.  Each returns 0,
 * or -1 with why the text is not the fact (what was expected) in why[KZ_WHY_MAX]. */
#define KZ_WHY_MAX 320
#define KZ_LIST_MAX 64 /* trips, or moves, of one person */

/* The words of each category, in the order of its enum, NULL-terminated. */
extern const char *const kz_host_words[];       /* enum kz_host: "individual", ... */
extern const char *const kz_count_from_words[]; /* enum kz_count_from: "arrival", ... */
extern const char *const kz_entry_words[];      /* "visa-free", "visa" */

/* A date: strict ISO YYYY-MM-DD, the n bytes of s (kz_day_parse), saying which part is
 * wrong as kz_date_parse() does (a text of 48 bytes or more: its first 20 and "..."). */
int kz_fact_date(const char *s, size_t n, kz_day *out, char why[KZ_WHY_MAX]);
/* A trip FROM:TO, the n bytes of s, both days of the stay included. */
int kz_fact_trip(const char *s, size_t n, struct kz_trip *t, char why[KZ_WHY_MAX]);
/* Lists in a NUL-terminated s: items separated by spaces, commas or semicolons, at most
 * cap of them; *n gets how many were read (0 for an empty list). */
int kz_fact_trips(const char *s, struct kz_trip *out, size_t cap, size_t *n,
		  char why[KZ_WHY_MAX]);
int kz_fact_moves(const char *s, kz_day *out, size_t cap, size_t *n, char why[KZ_WHY_MAX]);
/* One of words (NULL-terminated, e.g. kz_host_words): *out gets its index. */
int kz_fact_word(const char *s, const char *const *words, int *out, char why[KZ_WHY_MAX]);

/* ---- rosters: a person per row (roster.c) ---------------------------------- */

/* A roster is a table with a header row naming its fields: read as
 * a stream through the caller's read function (the library opens no file), one input
 * buffer, nothing allocated per row, so memory is the same for ten rows or ten million.
 * The format read today is CSV (RFC 4180, UTF-8, a byte-order mark and LF, CRLF or CR
 * line ends allowed); each row comes out as cells by field, whatever the format, for
 * kz_person_from_row(). */
typedef struct kz_roster kz_roster;

/* The fields a roster's header can name ("id", "visa_expiry", ...: kz_field_name); the
 * first three are required.  Header names are read in any case, with spaces, hyphens
 * or underscores alike; columns naming no field are ignored. */
enum kz_field {
	KZ_FIELD_ID,
	KZ_FIELD_CITIZENSHIP,
	KZ_FIELD_ARRIVAL,
	KZ_FIELD_NAME,
	KZ_FIELD_BIRTH,
	KZ_FIELD_VISA_EXPIRY,
	KZ_FIELD_PASSPORT_EXPIRY,
	KZ_FIELD_EMAIL,
	KZ_FIELD_HOST,
	KZ_FIELD_TRP_EXPIRY,
	KZ_FIELD_ENTRY,
	KZ_FIELD_COUNT_FROM,
	KZ_FIELD_TRIPS,
	KZ_FIELD_MOVES,
	KZ_FIELDS
};
const char *kz_field_name(enum kz_field f); /* "id", "visa_expiry", ...; NULL if none */

#define KZ_ROSTER_RECORD_MAX 65536 /* bytes in one record; a longer one is a bad row */
#define KZ_ROSTER_COLUMNS_MAX 256  /* columns in the header */

/* One row.  Its cells point into the roster's buffer and live until the next
 * kz_roster_next() (or kz_roster_free()). */
struct kz_row {
	long line;                     /* the physical line where the record starts */
	const char *cell[KZ_FIELDS];   /* NUL-terminated; "" for an empty cell or absent field */
	size_t len[KZ_FIELDS];
	bool plain; /* no cell holds a comma, quote, CR or LF: none needs CSV quoting */
};

/* The caller's input: writes at most cap bytes into buf and returns how many, 0 at the
 * end.  A short count is not the end: the roster asks again.  On a read error it returns
 * 0 and sets *error to an errno value (the roster then says "cannot read: ..."); *error
 * is looked at only when it returns 0. */
typedef size_t kz_read_fn(void *arg, char *buf, size_t cap, int *error);

/* Opens a roster over read_fn(arg, ...) and reads its header; name (copied; NULL reads as
 * "roster") is the roster's name in messages ("FILE" and "FILE:LINE").  NULL with err
 * (KZ_EINVAL, where "FILE:LINE" or "FILE"; KZ_ENOMEM) for input that cannot be read, an
 * empty one, no header row, a missing required or a duplicate column.  The caller frees
 * it with kz_roster_free(), and keeps arg valid until then; the roster never closes it. */
/* The encodings a roster may come in, as Excel saves one ("CSV UTF-8", "Unicode text",
 * "CSV" in a Russian locale); every one is read as UTF-8 (cells, messages) and the lines
 * keep their numbers.  KZ_ENC_AUTO: a UTF-8 byte-order mark means UTF-8, FF FE UTF-16LE,
 * FE FF UTF-16BE; else the first 64 KB valid as UTF-8 mean UTF-8, and anything else is
 * read as Windows-1251.  KZ_ENC_UTF16 takes the order its mark says (little-endian with
 * none). */
enum kz_encoding { KZ_ENC_AUTO, KZ_ENC_UTF8, KZ_ENC_UTF16, KZ_ENC_CP1251 };
/* What a header may call a field besides its own name (kz_field_name) and the names
 * kzmig.1 lists (English, Russian, Kazakh; in any case, with spaces, hyphens or
 * underscores alike): headers[f], when not NULL, is an office's own title of field f
 * (--column FIELD=HEADER). */
struct kz_roster_opts {
	const char *headers[KZ_FIELDS];
	enum kz_encoding encoding; /* the bytes' encoding; 0 (KZ_ENC_AUTO) detects it */
};
kz_roster *kz_roster_open(kz_read_fn *read_fn, void *arg, const char *name,
			  const struct kz_roster_opts *opts, kz_error *err);
/* The header of the i-th column that no field takes, in the file's order, or NULL past
 * the last (a header too long to keep is not listed).  A header that names no field but
 * looks like a misspelt one is refused by kz_roster_open(), naming the field. */
const char *kz_roster_unused(const kz_roster *r, size_t i);
void kz_roster_free(kz_roster *r);
/* The next row: 1 with *row filled; 0 at the end; -1 for a bad row (err, where
 * "FILE:LINE", says why; call again for the rows after it); -2 when the input cannot be
 * read on (err says why). */
int kz_roster_next(kz_roster *r, struct kz_row *row, kz_error *err);
bool kz_roster_has(const kz_roster *r, enum kz_field f); /* the header names f */
const char *kz_roster_name(const kz_roster *r);          /* the name given to open */

/* What a row does not say: the day deadlines are counted to, and the host's category
 * and counting rule of a person whose row leaves them empty; and the regimes, whose
 * citizenship codes are the ones known (NULL: any two letters).  The same for every row
 * of a roster: the roster keeps which codes are known. */
struct kz_row_opts {
	const kz_regimes *regimes;
	kz_day today;
	enum kz_host host;
	enum kz_count_from count_from;
};

/* A row's cells as a person: every fact `due` takes.  -1 with err
 * (where "FILE:LINE", the message naming the field) when a cell every deadline needs is
 * bad: id, citizenship, arrival.  Any other bad cell is left in p->unreadable, with why,
 * so that kz_deadlines() costs only the deadlines that need it.  The person's lists and
 * reasons live in r until the next row. */
int kz_person_from_row(kz_roster *r, const struct kz_row *row, const struct kz_row_opts *o,
		       struct kz_person *p, kz_error *err);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#ifdef __cplusplus
}
#endif

#endif
