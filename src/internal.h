/* internal.h — helpers shared by the core's loaders; not part of the public API. */
#ifndef KZ_INTERNAL_H
#define KZ_INTERNAL_H

#include <stdio.h>

#include <cjson/cJSON.h>

#include "kzmig.h"
#include "tr.h"

/* One run of a loader over a file (json.c): every problem is noted here and handed to
 * `report` (when set) as it is found; the first is kept for kz_*_load()'s error.  The
 * loaders and the kz_*_check() functions are one code: a file loads exactly when its
 * check reports nothing, and a load's error is the check's first problem. */
struct kzj_check {
	const char *name; /* the file, in messages */
	kz_report_fn *report;
	void *arg;
	int problems;
	kz_error first;
};
void kzj_note(struct kzj_check *c, const kz_error *e);
/* Notes a KZ_EDATA problem about the file: where = "name: path" (path may be NULL or
 * empty: where = name, and the message starts with the JSON path); returns -1. */

int kzj_fail_at(struct kzj_check *c, const char *path, const char *fmt, ...)
#if defined(__GNUC__)
	__attribute__((format(printf, 3, 4)))
#endif
	;
#define kzj_fail(c, ...) kzj_fail_at(c, NULL, __VA_ARGS__)
int kzj_oom(struct kzj_check *c); /* notes "out of memory" (KZ_ENOMEM); returns -1 */
/* A kzj_* helper's rc: 0, or -1 after noting its error e. */
int kzj_took(struct kzj_check *c, int rc, const kz_error *e);

/* Parses a data file: one JSON object, nothing after it ("name:LINE:COL"), no key twice
 * in any object ("name: path.key").  NULL when any of that is wrong, each problem noted. */
cJSON *kzj_parse_all(const char *json, size_t len, struct kzj_check *c);
/* The same, for one error: the first problem in *err. */
cJSON *kzj_parse(const char *json, size_t len, const char *name, kz_error *err);

/* Member access with errors naming "name: path.key".  `path` is the object's own path
 * ("" for the root).  A nullable member may be absent or null: then *out is left as the
 * caller set it and the function returns 0. */
const cJSON *kzj_member(const cJSON *obj, const char *key, int type, bool nullable,
			const char *name, const char *path, kz_error *err);
int kzj_string(const cJSON *obj, const char *key, bool nullable, const char *name,
	       const char *path, const char **out, kz_error *err);
int kzj_int(const cJSON *obj, const char *key, bool nullable, long min, long max,
	    const char *name, const char *path, int *out, kz_error *err);
int kzj_bool(const cJSON *obj, const char *key, bool nullable, const char *name,
	     const char *path, bool *out, kz_error *err);
int kzj_date(const cJSON *obj, const char *key, bool nullable, const char *name,
	     const char *path, kz_day *out, kz_error *err);
/* A number in tenths: 0.5 -> 5; rejects finer fractions. */
int kzj_tenths(const cJSON *obj, const char *key, bool nullable, long min, long max,
	       const char *name, const char *path, int *out, kz_error *err);
/* "path[i]" and "path.key" into buf. */
const char *kzj_path(char *buf, size_t size, const char *path, const char *key, int index);

/* A growable arena for the strings a loaded object keeps: freed all at once. */
struct kz_strings {
	char *buf;
	size_t len, cap;
	struct kz_strings *next;
};
const char *kz_strdup_in(struct kz_strings **arena, const char *s);
void kz_strings_free(struct kz_strings *arena);

/* ---- the data's words in three languages (texts.c) --------------------------------- */

/* One text a person reads, in the order of enum kz_lang: English, Russian, Kazakh. */
struct kz_text {
	const char *t[KZ_LANGS];
	uint32_t hash; /* kz_text_hash(t[0]) */
};

/* A loaded object's texts: entry index[i] - 1 for the slot i a text's hash leads to (0:
 * an empty slot), probing on.  Built by kzj_text() while loading, as v[].  The built-in
 * image (tools/embed.c; image: not freed) holds them as offsets into one pool instead,
 * off[4 * k + lang] and its hash at off[4 * k + 3]: no pointer in it, so the table costs
 * the dynamic loader no relocation at start-up. */
struct kz_texts {
	struct kz_text *v;
	int n, cap;
	uint16_t *index;
	uint32_t mask; /* slots - 1 (a power of two less one) */
	const char *pool;
	const uint32_t *off;
	bool image;
};
uint32_t kz_text_hash(const char *s);
/* en in lang: en itself for KZ_LANG_EN; NULL for a text neither in x nor the library's. */
const char *kz_texts_find(const struct kz_texts *x, const char *en, enum kz_lang lang);
void kz_texts_free(struct kz_texts *x);
int kzj_text(struct kzj_check *c, struct kz_texts *x, struct kz_strings **strings,
	     const cJSON *obj, const char *key, bool nullable, const char *path,
	     const char **out);
int kz_texts_add(struct kzj_check *c, struct kz_texts *x, struct kz_strings **strings,
		 const char *const s[KZ_LANGS], const char **out);
/* The words the library hands out itself (texts.c has their translations). */
extern const char kz_basis_stay_visa_free[], kz_basis_stay_visa[], kz_basis_stay_trp[],
	kz_basis_stay_unknown[], kz_why_mci_guess[];

/* The days a dated rule (a fine's text, a duty, a regime, a deadline's term) is applied
 * on, and the days its sources cover: on a day outside `sourced` but inside [from, until]
 * the answer is provisional, for the reason `beyond` gives.  KZ_NO_DAY = open. */
struct kz_span {
	kz_day from, until;
	kz_day sourced_from, sourced_until;
	const char *beyond; /* what is not known outside the sources' days; NULL if none */
};

/* 0 and the span from `j`'s "from", "until", "sourced_from", "sourced_until" and
 * "beyond_sources" (json.c); a sourced span wider than the applied one, or narrower with
 * no reason, is an error. */
int kzj_span(const cJSON *j, const char *name, const char *path, struct kz_span *out,
	     struct kz_strings **strings, kz_error *err);
/* Whether `day` lies in the span, and whether it lies beyond its sources. */
static inline bool kz_span_has(const struct kz_span *s, kz_day day)
{
	return (s->from == KZ_NO_DAY || day >= s->from) &&
	       (s->until == KZ_NO_DAY || day <= s->until);
}
static inline bool kz_span_beyond(const struct kz_span *s, kz_day day)
{
	return (s->sourced_from != KZ_NO_DAY && day < s->sourced_from) ||
	       (s->sourced_until != KZ_NO_DAY && day > s->sourced_until);
}

/* Writes the stretches of s beyond its sources (up to 2) into out[*n..], not past cap;
 * counts them all in *n. */
void kz_span_unsourced(const struct kz_span *s, const char *kind, const char *what,
		       struct kz_unsourced *out, size_t cap, size_t *n);

/* ---- the loaded objects --------------------------------------------------------------
 * Defined here, not in their .c files, so that tools/embed.c can write the built-in data,
 * loaded and checked by the loaders below at build time, as C initialisers: a kzmig run
 * on its built-in data then parses no JSON at all.  An object with `image` set
 * is such a static image: its kz_*_free() does nothing. */

/* calendar.c: a holiday rule of holidays_kz.json. */
struct kzc_rule {
	const char *id, *name, *source;
	int month, day; /* 0 for a moveable holiday */
	int from, until;
	bool moves;
};

struct kzc_transfer {
	kz_day work, off; /* either may be KZ_NO_DAY */
	const char *source;
};

struct kzc_occurrence { /* a holiday in a given year */
	kz_day day;
	int rule;
};

struct kzc_day {
	uint8_t kind;    /* enum kz_day_kind */
	uint8_t working;
	uint16_t ref;    /* occurrence index (holiday, moved) or transfer index */
};

struct kz_calendar {
	kz_day first, end; /* [first, end) */
	struct kzc_day *days;
	int32_t *prefix;   /* prefix[i]: working days in [first, first + i); end - first + 1 */
	kz_day *work;      /* work[k]: the k-th working day */
	int nwork;
	const char *as_of;
	int confirmed_from, confirmed_through, rule_from;
	bool weekend[8];   /* by ISO weekday */
	bool *year_provisional; /* by year - KZ_CAL_YEAR_MIN */
	kz_day ok_from, ok_end;  /* the longest run of years none provisional: [from, end) */
	struct kzc_rule *rules;
	int nrules;
	struct kzc_occurrence *occ;
	int nocc;
	struct kzc_transfer *transfers;
	int ntransfers;
	const char *rule_source;
	struct kz_strings *strings;
	struct kz_texts texts; /* the holidays' names */
	bool image;
};

/* regimes.c: a citizenship and its regimes. */
struct kzr_country {
	char code[3];
	const char *name;
	int first, n; /* its regimes: regimes[first .. first + n) in date order */
};

/* regimes.c: a deadline's term in a span of days (visa_free.json "terms"): the
 * notification, registration and self-registration rules as they stood then. */
enum kzr_term_id {
	KZR_NOTIFY, KZR_NOTIFY_MOVE, KZR_REGISTER, KZR_REREGISTER, KZR_SELF, KZR_SELF_MOVE,
	KZR_TRP, KZR_TRP_EXTENSION, KZR_TRP_FREE_UNDER, KZR_TRP_AT_16, KZR_VISA_EXTENSION,
	KZR_PASSPORT_VALIDITY, KZR_PASSPORT_RENEWAL, KZR_TERMS
};
/* What a term counts: working or calendar days (day 1 the event, or the day after), or
 * whole months or years from the event's date. */
enum kzr_unit { KZR_WORKING, KZR_CALENDAR, KZR_MONTHS, KZR_YEARS };

struct kzr_term {
	int id;               /* enum kzr_term_id */
	struct kz_span span;
	int days;             /* 0: no such duty in the span (basis says what held instead) */
	int opens;            /* a window's other end, in the same unit, or 0: no window */
	unsigned char unit;   /* enum kzr_unit */
	bool before;          /* counted back from the event (an expiry), else onward */
	bool next_day;        /* counting starts the day after the event, else on it */
	unsigned stays;       /* the stays it applies to: bit (1 << enum kz_stay) */
	unsigned exempt;      /* visa-free regimes it does not reach: bit (1 << kind) */
	enum kz_responsible who;
	const char *where;    /* where it is done, a key the CLI's words know, or NULL */
	const char *basis, *exempt_why, *unsettled, *source;
};

struct kz_regimes {
	const char *as_of;
	struct kzr_term *terms; /* each id's versions together, in date order */
	int nterms;
	short term_first[KZR_TERMS], term_n[KZR_TERMS]; /* each id's versions in terms[] */
	struct kzr_country *countries; /* sorted by code: the data's keys are in order */
	int ncountries;
	struct kz_regime *regimes;
	int nregimes;
	struct kz_strings *strings;
	/* countries[index[k] - 1] for code k = (c0 - 'A') * 26 + (c1 - 'A'); 0 = none: a
	 * lookup per roster row is one array read, not a search. */
	short index[26 * 26];
	struct kz_texts texts; /* countries' names, terms' and regimes' words */
	bool image;
};

/* fines.c: an amount, a fine (an article's part) and an MCI row. */
#define KZF_MAX_TIERS 8

struct kzf_amount {
	bool warning, none; /* none: no money penalty (arrest only) */
	int mci10;
};

struct kzf_rule {
	const char *article, *name, *offence, *alternative, *source;
	char label[32]; /* "CAO 518 part 1" */
	struct kz_span span; /* the days this text of the part is in force */
	int nversions;  /* on a part's first text: how many texts follow in date order */
	int part;
	bool by_host;
	struct kzf_amount host[4], flat;
	int ntiers;
	struct {
		int to_days;
		struct kzf_amount a;
	} tiers[KZF_MAX_TIERS];
};

struct kzf_duty {
	struct kz_duty d;
	struct kz_span span;
};

struct kzf_mci {
	kz_day from;
	int kzt;
};

struct kz_fines {
	const char *as_of;
	struct kzf_mci *mci;
	int nmci;
	struct kzf_rule *rules;
	int nrules;
	struct kzf_duty *duties;
	int nduties;
	struct kz_strings *strings;
	/* The parts deadlines ask for on every row, found once at load (NULL when the data
	 * lacks one: the lookup then fails as kz_fine does): 518 p. 1 and 3, 517 p. 3, 4, 6
	 * and 7. */
	const struct kzf_rule *p518_1, *p518_3, *p517_3, *p517_4, *p517_6, *p517_7;
	kz_day mci_guess_from; /* 1 Jan of the year after the last MCI row's */
	struct kz_texts texts; /* offences, labels, duties' names, notes, reasons */
	bool image;
};

/* The CLI's built-in data (defined in the embedded.c that tools/embed.c generates from
 * data/, not in the library): ready to use, never freed. */
extern kz_calendar kz_builtin_calendar;
extern kz_regimes kz_builtin_regimes;

/* ---- lookups a roster row makes: one implementation each, inline for batch's speed;
 * the public functions (kz_add_workdays, kz_span_provisional, kz_regime_on) are these
 * plus their errors. */

/* The working day n working days from `day` (calendar.c): 0, or -1 when the day or the
 * result is outside the calendar. */
static inline int kzc_add_workdays(const kz_calendar *cal, kz_day day, int n, kz_day *out)
{
	long k;

	if (day < cal->first || day >= cal->end)
		return -1;
	k = (long)cal->prefix[day - cal->first] + n;
	if (k < 0 || k >= cal->nwork)
		return -1;
	*out = cal->work[k];
	return 0;
}

/* Whether a..b (either order) lies in the calendar's longest run of confirmed years:
 * then nothing in it is provisional. */
static inline bool kzc_span_confirmed(const kz_calendar *cal, kz_day a, kz_day b)
{
	return (a < b ? a : b) >= cal->ok_from && (a < b ? b : a) < cal->ok_end;
}

/* The country of a two-letter code in either case, through the 26x26 index, or NULL. */
static inline const struct kzr_country *kzr_country(const kz_regimes *r, const char *cc)
{
	unsigned a, b;

	if (cc == NULL || cc[0] == '\0' || cc[1] == '\0' || cc[2] != '\0')
		return NULL;
	a = (unsigned)((cc[0] | 32) - 'a');
	b = (unsigned)((cc[1] | 32) - 'a');
	if (a >= 26 || b >= 26 || r->index[a * 26 + b] == 0)
		return NULL;
	return &r->countries[r->index[a * 26 + b] - 1];
}

/* The regime of country c in force on `on`, or NULL. */
static inline const struct kz_regime *kzr_regime_of(const kz_regimes *r,
						    const struct kzr_country *c, kz_day on)
{
	for (int i = 0; i < c->n; i++) {
		const struct kz_regime *g = &r->regimes[c->first + i];

		if ((g->from == KZ_NO_DAY || on >= g->from) &&
		    (g->until == KZ_NO_DAY || on <= g->until))
			return g;
	}
	return NULL;
}

/* The version of a term in force on `on`, or NULL when the data has none for that day:
 * from the newest back, the days asked about being mostly recent. */
static inline const struct kzr_term *kz_term_on(const kz_regimes *r, enum kzr_term_id id,
						 kz_day on)
{
	const struct kzr_term *first = r->terms + r->term_first[id];

	for (const struct kzr_term *t = first + r->term_n[id]; t-- > first;)
		if (t->span.from == KZ_NO_DAY || on >= t->span.from)
			return t->span.until == KZ_NO_DAY || on <= t->span.until ? t : NULL;
	return NULL;
}

/* CAO 518 p. 1 and p. 3 for a host's late notice from `on` (the fines of every roster
 * row): kz_fine_late_notification() twice, with one MCI lookup. */
int kzf_host_fines(const kz_fines *f, kz_day on, enum kz_host host, struct kz_penalty *fine,
		   struct kz_penalty *repeat, kz_error *err);
extern const char *const kzr_term_names[KZR_TERMS];
extern kz_fines kz_builtin_fines;

/* A deadline's status and days left from today against its opens..due (deadlines.c):
 * the same for the legal deadlines and an institution's (policy.c). */
void kz_deadline_set_status(struct kz_deadline *d, kz_day today);

#endif
