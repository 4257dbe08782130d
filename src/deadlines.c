/* deadlines.c — one person's facts in, every deadline that applies out.
 * Each rule names its legal source; the numbers that change live in data/.  A rule
 * applies when it was in force on the day of its event (the arrival or a move).
 *
 * What the stay rests on decides the deadlines (kz_person_stay): visa-free (the regime's
 * stay limit, then a TRP or leaving; self-registration), a visa (leaving or extending by
 * its expiry) or a TRP (extending it or leaving by its expiry).  A fact that cannot be
 * used (unreadable, or one that cannot be true) costs only the deadlines that need it:
 * they are `problem`s naming the fact, and the others are worked out as usual. */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *const status_names[] = {"upcoming", "open", "due-today", "overdue",
					   "not-required", "problem"};
static const char *const resp_names[] = {"receiving-party", "immigrant", "institution"};
static const char *const stay_names[] = {"visa-free", "visa", "trp", "unknown"};
static const char *const fact_names[KZ_FACTS] = {
	"arrival", "birth", "visa_expiry", "passport_expiry", "trp_expiry",
	"entry",   "host",  "count_from",  "trips",           "moves"};

/* KZ_FACTS_FROM_YMD and KZ_FACTS_UNTIL_YMD as days (test_deadlines checks them). */
#define FACTS_FROM 11747  /* 2002-03-01 */
#define FACTS_UNTIL 83640 /* 2198-12-31 */

#define BIT(f) (UINT32_C(1) << (f))

const char *const kz_deadline_ids[] = {"arrival-notification", "self-registration", "trp",
				       "stay-limit", "visa-extension", "passport-validity",
				       "passport-renewal", NULL};

const char *kz_status_name(enum kz_status s)
{
	return (unsigned)s < 6 ? status_names[s] : "?";
}

const char *kz_responsible_name(enum kz_responsible r)
{
	return (unsigned)r < 3 ? resp_names[r] : "?";
}

const char *kz_stay_name(enum kz_stay s)
{
	return (unsigned)s < 4 ? stay_names[s] : "?";
}

const char *kz_fact_name(enum kz_fact f)
{
	return f >= 0 && f < KZ_FACTS ? fact_names[f] : "?";
}

int kz_entry_parse(const char *s, enum kz_entry *out)
{
	if (strcmp(s, "visa") == 0)
		*out = KZ_ENTRY_VISA;
	else if (strcmp(s, "visa-free") == 0)
		*out = KZ_ENTRY_VISA_FREE;
	else
		return -1;
	return 0;
}

/* internal.h: upcoming / open / due-today / overdue from today against opens..due. */
void kz_deadline_set_status(struct kz_deadline *d, kz_day today)
{
	d->days_left = d->due - today;
	if (today > d->due)
		d->status = KZ_STATUS_OVERDUE;
	else if (today == d->due)
		d->status = KZ_STATUS_DUE_TODAY;
	else if (d->opens != KZ_NO_DAY && today >= d->opens)
		d->status = KZ_STATUS_OPEN;
	else
		d->status = KZ_STATUS_UPCOMING;
}

/* d's reason from fmt, like snprintf; a reason too long for it (a long text of the data
 * in Russian) is cut on a whole letter. */
static void reasonf(struct kz_deadline *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void reasonf(struct kz_deadline *d, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (vsnprintf(d->reason, sizeof d->reason, fmt, ap) >= (int)sizeof d->reason)
		kzi_utf8_cut(d->reason);
	va_end(ap);
}

/* A reason from text and dates, like snprintf(d->reason, "%s%s%s...") with the dates
 * as YYYY-MM-DD, but without printf: some rows of a large roster have one.
 * Pieces: text, date, text, date, text (a NULL text is skipped); cut to fit, as
 * snprintf would. */
static void reason(struct kz_deadline *d, const char *a, kz_day x, const char *b, kz_day y,
		   const char *c)
{
	char dx[11], dy[11];
	const char *piece[5] = {a, kz_day_format(x, dx), b, kz_day_format(y, dy), c};
	size_t k = 0;

	for (int i = 0; i < 5; i++)
		for (const char *s = piece[i]; s != NULL && *s && k + 1 < sizeof d->reason; s++)
			d->reason[k++] = *s;
	d->reason[k] = '\0';
	if (k + 1 == sizeof d->reason)
		kzi_utf8_cut(d->reason);
}

/* The same day `months` calendar months later (or earlier), clamped to the end of a
 * shorter month: 31 Aug + 6 months = 28/29 Feb. */
static kz_day add_months(kz_day day, int months)
{
	int y, m, d, k;

	kz_day_to_ymd(day, &y, &m, &d);
	k = y * 12 + (m - 1) + months;
	y = k / 12;
	m = k % 12 + 1;
	while (d > 28 && !kz_ymd_valid(y, m, d))
		d--;
	return kz_day_from_ymd(y, m, d);
}

/* The day a person born on `birth` reaches `years` of age: the same date `years` later;
 * one born on 29 Feb reaches it on 1 Mar of a common year (the day after 28 Feb, when
 * the full years have run). */
static kz_day birthday(kz_day birth, int years)
{
	int y, m, d;

	kz_day_to_ymd(birth, &y, &m, &d);
	if (m == 2 && d == 29 && !kz_ymd_valid(y + years, 2, 29))
		return kz_day_from_ymd(y + years, 3, 1);
	return kz_day_from_ymd(y + years, m, d);
}

/* Puts the calendar's "where" on an error: which of the person's facts was out of it. */
static int blame(kz_error *err, const char *field)
{
	if (err != NULL)
		snprintf(err->where, sizeof err->where, "%s", field);
	return -1;
}

/* After working out a deadline's fine (rc from kz_fine_*): a date the fines data does
 * not reach (no MCI before its first entry: the CAO in force since 1 Jan 2015) leaves the
 * deadline without a fine, said in its reason, rather than failing the whole person. */
static int fine_done(int rc, const kz_error *fe, struct kz_deadline *d, kz_error *err)
{
	if (rc == 0) {
		d->has_fine = true;
		return 0;
	}
	if (fe->code == KZ_ERANGE) {
		d->has_fine = false;
		if (d->reason[0] == '\0')
			reasonf(d, KZ_("fine unknown: %s"), fe->msg);
		return 0;
	}
	if (err != NULL)
		*err = *fe;
	return -1;
}

/* The host's fines for a late notice (CAO 518 p. 1, and p. 3 for a repeat) from the day
 * after the due date, in the texts in force that day. */
static int host_fine(const struct kz_rules *rules, const struct kz_person *p,
		     struct kz_deadline *d, kz_error *err)
{
	kz_error fe; /* read only after a failure has filled it: no 260 bytes cleared per row */
	int rc;

	if (rules->fines == NULL)
		return 0;
	rc = kzf_host_fines(rules->fines, d->due + 1, p->host, &d->fine, &d->repeat, &fe);
	return fine_done(rc, &fe, d, err);
}

/* kz_add_workdays() and kz_span_provisional() through their inline fast paths, the
 * public functions only for what those do not answer (and the errors). */
static inline int add_workdays(const kz_calendar *cal, kz_day day, int n, kz_day *out,
			       kz_error *err)
{
	return kzc_add_workdays(cal, day, n, out) == 0 ? 0
						       : kz_add_workdays(cal, day, n, out, err);
}

static inline bool span_provisional(const kz_calendar *cal, kz_day a, kz_day b)
{
	return !kzc_span_confirmed(cal, a, b) && kz_span_provisional(cal, a, b);
}

/* ---- the person's facts ------------------------------------------------------------ */

/* What one person's deadlines share: the regime on the arrival day, the facts that cannot
 * be used (a bit each, with the first reason) and what the stay rests on. */
struct facts {
	const struct kz_rules *rules;
	const struct kz_person *p;
	const struct kz_regime *reg; /* NULL: no regime that day (no_regime says why) */
	const char *no_regime;
	kz_error rerr;
	uint32_t bad;                /* BIT(fact) for each fact that cannot be used */
	const char *why[KZ_FACTS];   /* the first reason of each bad fact */
	struct kz_fact_problem probs[KZ_FACTS];
	size_t nprobs;
	enum kz_stay stay;
	enum kz_fact stay_blame;     /* the fact that leaves the stay unknown, or NONE */
};

/* Records a problem of fact f (its message already in *pr, or made from fmt). */
static void note_problem(struct kz_fact_problem *out, size_t cap, size_t *n, uint32_t *bad,
			 enum kz_fact f, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
static void note_problem(struct kz_fact_problem *out, size_t cap, size_t *n, uint32_t *bad,
			 enum kz_fact f, const char *fmt, ...)
{
	va_list ap;

	*bad |= BIT(f);
	if (*n < cap) {
		out[*n].fact = f;
		va_start(ap, fmt);
		if (vsnprintf(out[*n].msg, sizeof out[*n].msg, kzi_tr(fmt), ap) >=
		    (int)sizeof out[*n].msg)
			kzi_utf8_cut(out[*n].msg);
		va_end(ap);
	}
	(*n)++;
}

static bool in_range(kz_day d)
{
	return d >= FACTS_FROM && d <= FACTS_UNTIL;
}

/* Why move i cannot be used ("" when it can): before the arrival, given twice (the same
 * day as an earlier one in the list), or outside the days kzmig covers. */
static const char *move_problem(const struct kz_person *p, size_t i, char buf[KZ_WHY_MAX])
{
	char a[11], b[11];

	buf[0] = '\0';
	if (!in_range(p->moves[i]))
		snprintf(buf, KZ_WHY_MAX, KZ_("the move on %s is outside the days kzmig covers (expected "
				  "2002-03-01..2198-12-31)"), kz_day_format(p->moves[i], a));
	else if (p->moves[i] < p->arrival)
		snprintf(buf, KZ_WHY_MAX, KZ_("the move on %s is before the arrival on %s (expected a "
				  "date on or after it)"), kz_day_format(p->moves[i], a),
			 kz_day_format(p->arrival, b));
	else
		for (size_t k = 0; k < i; k++)
			if (p->moves[k] == p->moves[i]) {
				snprintf(buf, KZ_WHY_MAX, KZ_("the move on %s is given twice (expected "
						  "each change of address once)"), kz_day_format(p->moves[i], a));
				break;
			}
	return buf;
}

/* A document that expired before the arrival: a whole sentence for each, so a
 * translation can decline its name. */
static void expired(struct kz_fact_problem *out, size_t cap, size_t *n, uint32_t *bad,
		    enum kz_fact f, const char *on, const char *arrival)
{
	if (f == KZ_FACT_VISA_EXPIRY)
		note_problem(out, cap, n, bad, f, "the visa expired on %s, before the arrival on %s "
			     "(expected a visa valid on the arrival day)", on, arrival);
	else if (f == KZ_FACT_PASSPORT_EXPIRY)
		note_problem(out, cap, n, bad, f, "the passport expired on %s, before the arrival "
			     "on %s (expected a passport valid on the arrival day)", on, arrival);
	else
		note_problem(out, cap, n, bad, f, "the TRP expired on %s, before the arrival on %s "
			     "(expected a TRP valid on the arrival day)", on, arrival);
}

/* Every problem of p's facts (kzmig.h), in the order of enum kz_fact; reg is the regime on
 * the arrival day or NULL.  Cheap when there is none: a few comparisons a person. */
static size_t find_problems(const struct kz_person *p, const struct kz_regime *reg,
			    struct kz_fact_problem *out, size_t cap, uint32_t *bad)
{
	size_t n = 0;
	char a[11], b[11], m[KZ_WHY_MAX];

	*bad = 0;
	for (int f = 0; f < KZ_FACTS; f++)
		if (p->unreadable[f] != NULL && f != KZ_FACT_MOVES && f != KZ_FACT_TRIPS)
			note_problem(out, cap, &n, bad, (enum kz_fact)f, "%s", p->unreadable[f]);
	if (p->birth != KZ_NO_DAY && p->birth > p->arrival && !(*bad & BIT(KZ_FACT_BIRTH)))
		note_problem(out, cap, &n, bad, KZ_FACT_BIRTH,
			     "%s is after the arrival on %s (expected a date of birth before it)",
			     kz_day_format(p->birth, a), kz_day_format(p->arrival, b));
	for (int f = KZ_FACT_VISA_EXPIRY; f <= KZ_FACT_TRP_EXPIRY; f++) {
		kz_day d = f == KZ_FACT_VISA_EXPIRY	 ? p->visa_expiry
			   : f == KZ_FACT_PASSPORT_EXPIRY ? p->passport_expiry
							  : p->trp_expiry;

		if (d == KZ_NO_DAY || (*bad & BIT(f)))
			continue;
		if (d < p->arrival)
			expired(out, cap, &n, bad, (enum kz_fact)f, kz_day_format(d, a),
				kz_day_format(p->arrival, b));
		else if (f != KZ_FACT_PASSPORT_EXPIRY && !in_range(d))
			note_problem(out, cap, &n, bad, (enum kz_fact)f,
				     "%s is outside the days kzmig covers (expected "
				     "2002-03-01..2198-12-31)", kz_day_format(d, a));
	}
	if (p->entry == KZ_ENTRY_VISA_FREE && reg != NULL &&
	    reg->kind == KZ_REGIME_VISA_REQUIRED && !(*bad & BIT(KZ_FACT_ENTRY)))
		note_problem(out, cap, &n, bad, KZ_FACT_ENTRY,
			     "visa-free, but citizens of %s need a visa (expected visa)",
			     KZ_(reg->country));
	if (p->unreadable[KZ_FACT_TRIPS] != NULL) {
		note_problem(out, cap, &n, bad, KZ_FACT_TRIPS, "%s", p->unreadable[KZ_FACT_TRIPS]);
	} else if (p->ntrips > 0) {
		kz_error e;

		if (kz_trips_check(p->trips, p->ntrips, &e) != 0) {
			note_problem(out, cap, &n, bad, KZ_FACT_TRIPS, "%s", e.msg);
		} else {
			for (size_t i = 0; i < p->ntrips; i++)
				if (p->trips[i].to >= p->arrival) {
					char c[11];

					note_problem(out, cap, &n, bad, KZ_FACT_TRIPS,
						     "%s:%s ends on or after the arrival %s "
						     "(expected earlier stays only)",
						     kz_day_format(p->trips[i].from, a),
						     kz_day_format(p->trips[i].to, b),
						     kz_day_format(p->arrival, c));
					break;
				}
		}
	}
	if (p->unreadable[KZ_FACT_MOVES] != NULL)
		note_problem(out, cap, &n, bad, KZ_FACT_MOVES, "%s", p->unreadable[KZ_FACT_MOVES]);
	for (size_t i = 0; i < p->nmoves; i++)
		if (move_problem(p, i, m)[0] != '\0')
			note_problem(out, cap, &n, bad, KZ_FACT_MOVES, "%s", m);
	return n;
}

/* The stay p rests on (kzmig.h): a TRP when one is held; else the entry as given; else a
 * visa when the person has one or the citizenship needs one; else visa-free. */
static enum kz_stay stay_of(const struct kz_person *p, const struct kz_regime *reg,
			    uint32_t bad, enum kz_fact *blame)
{
	*blame = KZ_FACT_NONE;
	if (p->unreadable[KZ_FACT_TRP_EXPIRY] != NULL) {
		*blame = KZ_FACT_TRP_EXPIRY;
		return KZ_STAY_UNKNOWN;
	}
	if (p->trp_expiry != KZ_NO_DAY)
		return KZ_STAY_TRP;
	if (bad & BIT(KZ_FACT_ENTRY)) {
		*blame = KZ_FACT_ENTRY;
		return KZ_STAY_UNKNOWN;
	}
	if (p->entry == KZ_ENTRY_VISA)
		return KZ_STAY_VISA;
	if (p->entry == KZ_ENTRY_VISA_FREE)
		return reg != NULL ? KZ_STAY_VISA_FREE : KZ_STAY_UNKNOWN;
	if (p->visa_expiry != KZ_NO_DAY || (reg != NULL && reg->kind == KZ_REGIME_VISA_REQUIRED))
		return KZ_STAY_VISA;
	if (p->unreadable[KZ_FACT_VISA_EXPIRY] != NULL) {
		*blame = KZ_FACT_VISA_EXPIRY;
		return KZ_STAY_UNKNOWN;
	}
	return reg != NULL ? KZ_STAY_VISA_FREE : KZ_STAY_UNKNOWN;
}

/* The regime on the arrival day: *reg, or NULL with *why (a date before the data's first
 * regime for the country); -1 with err for a country the data does not know. */
static int regime_of(const struct kz_rules *rules, const struct kz_person *p,
		     const struct kz_regime **reg, kz_error *rerr, kz_error *err);

size_t kz_person_problems(const struct kz_rules *rules, const struct kz_person *p,
			  struct kz_fact_problem *out, size_t cap)
{
	const struct kz_regime *reg = NULL;
	kz_error rerr, err;
	uint32_t bad;

	if (rules->regimes != NULL && regime_of(rules, p, &reg, &rerr, &err) != 0)
		reg = NULL;
	return find_problems(p, reg, out, cap, &bad);
}

enum kz_stay kz_person_stay(const struct kz_rules *rules, const struct kz_person *p,
			    enum kz_fact *blame)
{
	const struct kz_regime *reg = NULL;
	struct kz_fact_problem probs[KZ_FACTS];
	kz_error rerr, err;
	uint32_t bad;
	enum kz_fact b;

	if (rules->regimes != NULL && regime_of(rules, p, &reg, &rerr, &err) != 0)
		reg = NULL;
	find_problems(p, reg, probs, KZ_FACTS, &bad);
	if (blame == NULL)
		blame = &b;
	return stay_of(p, reg, bad, blame);
}

/* The deadline as a `problem` because fact f cannot be used: no dates, the reason says
 * which fact and why. */
static void fact_problem(const struct facts *fx, struct kz_deadline *d, enum kz_fact f)
{
	d->status = KZ_STATUS_PROBLEM;
	d->fact = f;
	d->due = d->opens = d->apply_by = KZ_NO_DAY;
	d->count_from = d->count_to = KZ_NO_DAY;
	d->has_fine = false;
	reasonf(d, "%s: %s", fact_names[f],
		 fx->why[f] ? fx->why[f] : KZ_("cannot be used"));
}

/* True (and d a problem) when one of the facts in `need` cannot be used. */
static bool needs(const struct facts *fx, struct kz_deadline *d, uint32_t need)
{
	if (!(need & fx->bad))
		return false;
	for (int f = 0; f < KZ_FACTS; f++)
		if (need & fx->bad & BIT(f)) {
			fact_problem(fx, d, (enum kz_fact)f);
			return true;
		}
	return false;
}

/* The fines of a deadline need the host's category: an unreadable one leaves the
 * deadline without them, said in its reason. */
static bool host_known(const struct facts *fx, struct kz_deadline *d)
{
	if (!(fx->bad & BIT(KZ_FACT_HOST)))
		return true;
	d->has_fine = false;
	reasonf(d, KZ_("fine unknown: host: %s"),
		 fx->why[KZ_FACT_HOST]);
	return false;
}

/* An apply-by or an opening day is never before the stay began: where the time allowed
 * does not fit, the person applies at once (from the arrival), said in the reason. */
static void not_before_arrival(const struct kz_person *p, struct kz_deadline *d,
			       kz_day *day, const char *what)
{
	if (*day == KZ_NO_DAY || *day >= p->arrival)
		return;
	*day = p->arrival;
	if (d->opens == KZ_NO_DAY || d->opens < p->arrival)
		d->opens = p->arrival;
	reasonf(d, KZ_("apply at once: %s"), what);
}

/* A deadline that depends on what the stay rests on, when that is not known. */
static void unknown_problem(const struct facts *fx, struct kz_deadline *d)
{
	if (fx->stay_blame != KZ_FACT_NONE) {
		fact_problem(fx, d, fx->stay_blame);
		return;
	}
	d->status = KZ_STATUS_PROBLEM;
	reasonf(d, KZ_("%s: check the stay terms by hand"),
		 fx->no_regime ? fx->no_regime : KZ_("the stay's basis is not known"));
}

/* ---- the rules ------------------------------------------------------------------------ */

/* Marks d provisional because the law of its day is not settled, for `why`, which its
 * reason says (after what it says already). */
static void unsettled(struct kz_deadline *d, const char *why)
{
	size_t k = strlen(d->reason);

	d->provisional = true;
	d->unsettled = why;
	why = KZ_(why); /* from the data: the caller's translation finds it too */
	if (k == 0)
		reasonf(d, "%s", why);
	else if (strstr(d->reason, why) == NULL)
		if (snprintf(d->reason + k, sizeof d->reason - k, KZ_("; provisional: %s"), why) >=
		    (int)(sizeof d->reason - k))
			kzi_utf8_cut(d->reason);
}

/* A deadline of the visa-free regime, when the arrival is beyond the regime's sources. */
static void regime_unsettled(const struct facts *fx, struct kz_deadline *d)
{
	const char *why = fx->reg ? kz_regime_unsettled(fx->reg, fx->p->arrival) : NULL;

	if (why != NULL)
		unsettled(d, why);
}

/* The term of a duty as it stood on the day of its event (visa_free.json "terms":
 * the host's notice, the immigrant's registration, self-registration), or NULL. */
static const struct kzr_term *term_on(const struct facts *fx, enum kzr_term_id id,
				      kz_day event)
{
	return fx->rules->regimes ? kz_term_on(fx->rules->regimes, id, event) : NULL;
}

/* term_on(), or NULL with d a problem: the data has no such term for the day. */
/* d as a problem: the data has no term id on the day (kept out of line: rare). */
static void __attribute__((noinline, cold)) no_term(enum kzr_term_id id, kz_day on,
						     struct kz_deadline *d)
{
	char a[11];

	d->status = KZ_STATUS_PROBLEM;
	reasonf(d, KZ_("the data has no %s term for %s"), kzr_term_names[id],
		kz_day_format(on, a));
}

static inline const struct kzr_term *need_term(const struct facts *fx, enum kzr_term_id id,
					       kz_day on, struct kz_deadline *d)
{
	const struct kzr_term *t = term_on(fx, id, on);

	if (t == NULL)
		no_term(id, on, d);
	return t;
}

/* TRANSLATORS: in "the 7 working days allowed for processing..." */
static const char *const unit_words[] = {KZ_N("working days"), KZ_N("calendar days"),
					 KZ_N("months"), KZ_N("years")};

/* n units of term t from `from`: back from it (t->before; n working days back is the
 * n-th working day before it), or onward with `from` as day 1 for days; whole months or
 * years from its date.  -1 with err only when the working days leave the calendar. */
static int term_day(const struct facts *fx, const struct kzr_term *t, kz_day from, int n,
		    kz_day *out, kz_error *err)
{
	switch (t->unit) {
	case KZR_WORKING:
		return t->before ? kz_workdays_before(fx->rules->cal, from, n, out, err)
				 : add_workdays(fx->rules->cal, from, n - 1, out, err);
	case KZR_CALENDAR:
		*out = t->before ? from - n : from + n - 1;
		return 0;
	case KZR_MONTHS:
		*out = add_months(from, t->before ? -n : n);
		return 0;
	default:
		*out = birthday(from, t->before ? -n : n);
		return 0;
	}
}

/* A deadline by its term t on the day of `event`: counted in working or calendar days from
 * the event (day 1) or the next day (the term's reading, or KZ_COUNT_FROM_NEXT_DAY, Civil
 * Code art. 173); not-required where no such duty stood then (t->days 0) or the regime is
 * exempt; a problem where the data has no term for the day.  Provisional where the day is
 * beyond the term's sources or the term is unsettled, the reason saying why.  Returns 1
 * when the deadline has a due date. */
static int by_term(const struct facts *fx, const struct kzr_term *t, kz_day event,
		   const char *field, struct kz_deadline *d, kz_error *err)
{
	const struct kz_person *p = fx->p;
	kz_day start;
	char a[11];

	d->event = event;
	if (t == NULL) {
		d->status = KZ_STATUS_PROBLEM;
		reasonf(d, KZ_("the data has no rules for %s (the terms "
				 "of this duty before then were not read)"), kz_day_format(event, a));
		return 0;
	}
	d->basis = t->basis;
	d->where = t->where;
	d->responsible = t->days ? t->who : d->responsible;
	if (t->days == 0) {
		d->status = KZ_STATUS_NOT_REQUIRED;
		reasonf(d, KZ_("no such duty under the law of %s (see the "
				 "basis)"), kz_day_format(event, a));
		if (t->unsettled || kz_span_beyond(&t->span, event))
			unsettled(d, t->unsettled ? t->unsettled : t->span.beyond);
		return 0;
	}
	if (t->exempt && fx->reg != NULL && (t->exempt & (1u << fx->reg->kind)) &&
	    fx->stay == KZ_STAY_VISA_FREE) {
		d->status = KZ_STATUS_NOT_REQUIRED;
		reasonf(d, "%s", KZ_(t->exempt_why));
		unsettled(d, t->exempt_why);
		return 0;
	}
	if (needs(fx, d, BIT(KZ_FACT_COUNT_FROM)))
		return 0;
	start = p->count_from == KZ_COUNT_FROM_NEXT_DAY || t->next_day ? event + 1 : event;
	if (t->unit == KZR_WORKING) {
		if (add_workdays(fx->rules->cal, start, t->days - 1, &d->due, err))
			return blame(err, field);
		d->count_from = start;
		d->count_to = d->due;
		d->provisional = span_provisional(fx->rules->cal, event, d->due);
	} else {
		d->due = start + t->days - 1;
	}
	if (t->unsettled || kz_span_beyond(&t->span, event))
		unsettled(d, t->unsettled ? t->unsettled : t->span.beyond);
	kz_deadline_set_status(d, p->today);
	return 1;
}

/* The host's notice of an arrival or a change of address (Migration Law art. 6 p. 4,
 * Decree 148 p. 9-10: "within three working days"; before Law 421-V there was none), with
 * the host's fine (CAO 518 p. 1, p. 3 for a repeat) from the day after the due date. */
static int notification(const struct facts *fx, kz_day event, bool move,
			struct kz_deadline *d, kz_error *err)
{
	int rc;

	d->move = move;
	d->responsible = KZ_RESP_RECEIVING_PARTY;
	rc = by_term(fx, term_on(fx, move ? KZR_NOTIFY_MOVE : KZR_NOTIFY, event), event,
		     move ? "moves" : "arrival", d, err);
	if (rc <= 0)
		return rc;
	return host_known(fx, d) ? host_fine(fx->rules, fx->p, d, err) : 0;
}

/* The immigrant's registration as it stood on the arrival day: within 5 calendar days
 * until Law 292-VI (January 2020), and the TRP ("registration") of 2016-2019 for a stay
 * of more than 5 days; none since (NULL: the TRP past the visa-free limit applies).  A
 * child under 16 was exempt (Decree 148 p. 10).  Returns 1 when it was a deadline. */
static int registration(const struct facts *fx, struct kz_deadline *d, kz_error *err)
{
	const struct kz_person *p = fx->p;
	const struct kzr_term *t = term_on(fx, KZR_REGISTER, p->arrival), *age;
	int rc;

	d->responsible = KZ_RESP_IMMIGRANT;
	if (p->birth != KZ_NO_DAY && !(fx->bad & BIT(KZ_FACT_BIRTH)) && t && t->days) {
		d->event = p->arrival;
		if ((age = need_term(fx, KZR_TRP_FREE_UNDER, p->arrival, d)) == NULL)
			return 0;
		if (birthday(p->birth, age->days) > p->arrival + t->days) {
			d->basis = t->basis;
			d->where = t->where;
			d->status = KZ_STATUS_NOT_REQUIRED;
			reasonf(d, KZ_("under %d: exempt from registration (%s)"),
				 age->days, KZ_(age->basis));
			return 0;
		}
	}
	rc = by_term(fx, t, p->arrival, "arrival", d, err);
	if (rc <= 0 || d->responsible != KZ_RESP_RECEIVING_PARTY)
		return rc < 0 ? -1 : 0;
	return host_known(fx, d) ? host_fine(fx->rules, p, d, err) : 0;
}

/* The immigrant's own registration by term t (MIA Order No. 923 from 1 Jul 2026; before
 * 2020 the re-registration after a move), on the day of `event`. */
static int self_registration(const struct facts *fx, const struct kzr_term *t, kz_day event,
			     bool move, struct kz_deadline *d, kz_error *err)
{
	d->move = move;
	d->responsible = KZ_RESP_IMMIGRANT;
	if (fx->stay == KZ_STAY_UNKNOWN) {
		d->event = event;
		d->basis = t->basis;
		d->where = t->where;
		unknown_problem(fx, d);
		return 0;
	}
	return by_term(fx, t, event, move ? "moves" : "arrival", d, err) < 0 ? -1 : 0;
}

/* Whether term t sets a duty for a stay like the person's (an unknown stay: one the
 * citizenship may have, which a problem then reports). */
static bool term_reaches(const struct facts *fx, const struct kzr_term *t)
{
	if (t == NULL || t->days == 0)
		return false;
	if (fx->stay == KZ_STAY_UNKNOWN)
		return (t->stays & (1u << KZ_STAY_VISA_FREE)) &&
		       (fx->reg == NULL || fx->reg->kind != KZ_REGIME_VISA_REQUIRED);
	return (t->stays & (1u << fx->stay)) != 0;
}

/* A child who reaches the age (term `age`: 16, Decree 148 Rules p. 10) after the last
 * legal day of the visa-free stay needs no TRP until then, and applies within term t of
 * that birthday (10 calendar days, MIA Order No. 992 Rules as amended in 2024): the
 * birthday is day 1 by default, the day after it under Civil Code art. 173. */
static int trp_child(const struct facts *fx, const struct kzr_term *age,
		     const struct kzr_term *t, kz_day birthday_day, struct kz_deadline *d,
		     kz_error *err)
{
	const struct kz_person *p = fx->p;
	bool next = p->count_from == KZ_COUNT_FROM_NEXT_DAY || t->next_day;
	char until[160];

	d->basis = t->basis;
	if (term_day(fx, t, birthday_day + next, t->days, &d->due, err))
		return blame(err, "birth");
	d->apply_by = d->due;
	kz_deadline_set_status(d, p->today);
	if (p->today < birthday_day) {
		/* Not required yet; the date stays so that a child still here at 16 is not
		 * caught out. */
		d->status = KZ_STATUS_NOT_REQUIRED;
		/* TRANSLATORS: followed by a date, then "; if still in Kazakhstan then, apply by
		 * " and a date. */
		snprintf(until, sizeof until, KZ_("under %d (%.30s) until "), age->days,
			 KZ_(age->basis));
		reason(d, until, birthday_day, KZ_("; if still in Kazakhstan then, apply by "), d->due,
		       NULL);
	}
	return 0;
}

/* The last legal day of the visa-free stay (Migration Law art. 6 p. 4; Decree 148 p. 6
 * and p. 17; the regime's numbers and sources are in data/visa_free.json).  Leaves
 * *last = KZ_NO_DAY and the deadline a `problem` when the earlier trips already use up
 * the days allowed within the window on the arrival day. */
static int last_day(const struct kz_person *p, const struct kz_regime *reg,
		    struct kz_deadline *d, kz_day *last, kz_error *err)
{
	if (kz_last_legal_day(reg, p->trips, p->ntrips, p->arrival, last, err))
		return blame(err, "trips");
	if (*last == KZ_NO_DAY) {
		d->status = KZ_STATUS_PROBLEM;
		snprintf(d->reason, sizeof d->reason,
			 KZ_("the earlier trips already use up the %d days allowed within %d days "
			     "on the arrival day: no legal visa-free stay is left"),
			 reg->limit, reg->window);
	}
	return 0;
}

/* Counts the TRP's processing time (term t) back from its due date into d->apply_by, not
 * before the arrival. */
static int trp_apply_by(const struct facts *fx, const struct kzr_term *t,
			struct kz_deadline *d, kz_error *err)
{
	char why[200];

	if (term_day(fx, t, d->due, t->days, &d->apply_by, err))
		return blame(err, "arrival");
	if (t->unit == KZR_WORKING) {
		d->count_from = d->apply_by;
		d->count_to = d->due - 1;
	}
	d->provisional = kz_span_provisional(fx->rules->cal, d->apply_by, d->due);
	if (d->apply_by < fx->p->arrival) { /* the words only when they are said */
		snprintf(why, sizeof why, KZ_("the %d %s allowed for processing do not fit "
					       "between the arrival and the due date"),
			 t->days, KZ_(unit_words[t->unit]));
		not_before_arrival(fx->p, d, &d->apply_by, why);
	}
	kz_deadline_set_status(d, fx->p->today);
	return 0;
}

/* Migration Law art. 6-1: to stay past the visa-free limit a person of a regime whose
 * route is a TRP (EAEU, UZ, the other CIS states) needs one, applied for by the host
 * before the last legal day, allowing the processing time of the "trp" term. */
static int trp(const struct facts *fx, struct kz_deadline *d, kz_error *err)
{
	const struct kz_person *p = fx->p;
	const struct kzr_term *t, *age, *at;
	kz_day last;

	d->event = p->arrival;
	d->responsible = KZ_RESP_RECEIVING_PARTY;
	if ((t = need_term(fx, KZR_TRP, p->arrival, d)) == NULL)
		return 0;
	d->basis = t->basis;
	if (needs(fx, d, BIT(KZ_FACT_TRIPS) | BIT(KZ_FACT_BIRTH)))
		return 0;
	if (last_day(p, fx->reg, d, &last, err))
		return -1;
	if (p->birth != KZ_NO_DAY) {
		kz_day b;

		if ((age = need_term(fx, KZR_TRP_FREE_UNDER, p->arrival, d)) == NULL)
			return 0;
		b = birthday(p->birth, age->days);
		if (b > (last == KZ_NO_DAY ? p->arrival : last)) {
			d->reason[0] = '\0';
			if (needs(fx, d, BIT(KZ_FACT_COUNT_FROM)) ||
			    (at = need_term(fx, KZR_TRP_AT_16, b, d)) == NULL)
				return 0;
			if (trp_child(fx, age, at, b, d, err))
				return -1;
			d->provisional = false;
			return host_known(fx, d) ? host_fine(fx->rules, p, d, err) : 0;
		}
	}
	if (last == KZ_NO_DAY)
		return 0;
	d->due = last;
	if (trp_apply_by(fx, t, d, err))
		return -1;
	regime_unsettled(fx, d);
	return host_known(fx, d) ? host_fine(fx->rules, p, d, err) : 0;
}

/* A TRP holder's stay ends when the TRP does (Decree 148 p. 6): the host applies to
 * extend it before then (Migration Law art. 6-1), allowing the same processing time. */
static int trp_extension(const struct facts *fx, struct kz_deadline *d, kz_error *err)
{
	const struct kz_person *p = fx->p;
	const struct kzr_term *t;

	d->event = p->trp_expiry;
	d->responsible = KZ_RESP_RECEIVING_PARTY;
	if (needs(fx, d, BIT(KZ_FACT_TRP_EXPIRY)) ||
	    (t = need_term(fx, KZR_TRP_EXTENSION, p->trp_expiry, d)) == NULL)
		return 0;
	d->basis = t->basis;
	d->due = p->trp_expiry;
	if (trp_apply_by(fx, t, d, err))
		return -1;
	return host_known(fx, d) ? host_fine(fx->rules, p, d, err) : 0;
}

/* The stay ends: on the last legal day of a visa-free stay, the visa's last day, or the
 * TRP's (Decree 148 p. 6).  Staying on is CAO art. 517 p. 3: a warning for up to 3 days,
 * then fines by days. */
static int stay_limit(const struct facts *fx, struct kz_deadline *d, kz_error *err)
{
	const struct kz_person *p = fx->p;
	kz_error fe; /* read only after a failure has filled it */
	kz_day last = KZ_NO_DAY;
	int rc;

	d->event = p->arrival;
	d->responsible = KZ_RESP_IMMIGRANT;
	switch (fx->stay) {
	case KZ_STAY_VISA_FREE:
		d->basis = kz_basis_stay_visa_free;
		if (needs(fx, d, BIT(KZ_FACT_TRIPS)))
			return 0;
		if (last_day(p, fx->reg, d, &last, err))
			return -1;
		break;
	case KZ_STAY_VISA:
		d->basis = kz_basis_stay_visa;
		if (needs(fx, d, BIT(KZ_FACT_VISA_EXPIRY)))
			return 0;
		last = p->visa_expiry;
		if (last == KZ_NO_DAY) {
			d->status = KZ_STATUS_PROBLEM;
			snprintf(d->reason, sizeof d->reason,
				 KZ_("the visa's expiry date is not known: the stay ends on it "
				     "(give the visa expiry)"));
		}
		break;
	case KZ_STAY_TRP:
		d->basis = kz_basis_stay_trp;
		if (needs(fx, d, BIT(KZ_FACT_TRP_EXPIRY)))
			return 0;
		last = p->trp_expiry;
		break;
	case KZ_STAY_UNKNOWN:
		break;
	}
	if (last == KZ_NO_DAY)
		return 0;
	d->due = last;
	kz_deadline_set_status(d, p->today);
	if (fx->stay == KZ_STAY_VISA_FREE)
		regime_unsettled(fx, d);
	if (fx->rules->fines == NULL)
		return 0;
	rc = kz_fine_overstay(fx->rules->fines, 1, last + 1, false, &d->fine, &fe) ||
	     kz_fine_overstay(fx->rules->fines, 1, last + 1, true, &d->repeat, &fe);
	return fine_done(rc, &fe, d, err);
}

/* The stay's deadline when what it rests on is not known: a `problem` under the id the
 * person would most likely have (a TRP for a regime whose route is one). */
static void stay_unknown(const struct facts *fx, struct kz_deadline *d)
{
	const struct kz_person *p = fx->p;

	d->event = p->arrival;
	d->responsible = fx->reg != NULL && fx->reg->trp_route ? KZ_RESP_RECEIVING_PARTY
							       : KZ_RESP_IMMIGRANT;
	d->basis = kz_basis_stay_unknown;
	unknown_problem(fx, d);
}

/* Apply to extend a visa within the window of the "visa-extension" term before it expires
 * (30 to 14 working days: an institutional rule, no source in law was found); no fine
 * attaches to the window itself. */
static int visa_extension(const struct facts *fx, struct kz_deadline *d, kz_error *err)
{
	const struct kz_person *p = fx->p;
	const struct kzr_term *t;
	char why[200];

	d->event = p->visa_expiry;
	d->responsible = KZ_RESP_RECEIVING_PARTY;
	if (needs(fx, d, BIT(KZ_FACT_VISA_EXPIRY)) ||
	    (t = need_term(fx, KZR_VISA_EXTENSION, p->visa_expiry, d)) == NULL)
		return 0;
	d->basis = t->basis;
	if ((t->opens && term_day(fx, t, p->visa_expiry, t->opens, &d->opens, err)) ||
	    term_day(fx, t, p->visa_expiry, t->days, &d->due, err))
		return blame(err, "visa_expiry");
	if (t->unit == KZR_WORKING) {
		d->count_from = d->opens;
		d->count_to = p->visa_expiry - 1;
	}
	d->provisional = kz_span_provisional(fx->rules->cal, d->opens, p->visa_expiry);
	if (d->due < p->arrival) {
		snprintf(why, sizeof why, KZ_("the window closes %d %s before the visa expires, "
					       "before the arrival"),
			 t->days, KZ_(unit_words[t->unit]));
		not_before_arrival(p, d, &d->due, why);
	}
	kz_deadline_set_status(d, p->today);
	return 0;
}

/* A visa is not issued or extended past the passport's validity; kzmig flags a passport
 * that outlasts the visa by less than the "passport-validity" term (3 months: consular
 * practice, no legal text found). */
static int passport_validity(const struct facts *fx, struct kz_deadline *d, kz_error *err)
{
	const struct kz_person *p = fx->p;
	const struct kzr_term *t;
	kz_day need;
	char less[160];

	d->event = p->visa_expiry;
	d->responsible = KZ_RESP_IMMIGRANT;
	if (needs(fx, d, BIT(KZ_FACT_VISA_EXPIRY) | BIT(KZ_FACT_PASSPORT_EXPIRY)) ||
	    (t = need_term(fx, KZR_PASSPORT_VALIDITY, p->visa_expiry, d)) == NULL)
		return 0;
	d->basis = t->basis;
	if (term_day(fx, t, p->visa_expiry, t->days, &need, err))
		return blame(err, "visa_expiry");
	d->due = p->visa_expiry;
	kz_deadline_set_status(d, p->today);
	if (p->passport_expiry < need) {
		d->status = KZ_STATUS_PROBLEM;
		/* TRANSLATORS: the passport reason reads "the passport expires on DATE, less than 3
		 * months after the visa (expected DATE or later)". */
		snprintf(less, sizeof less, KZ_(", less than %d %s after the visa (expected "),
			 t->days, KZ_(unit_words[t->unit]));
		reason(d, KZ_("the passport expires on "), p->passport_expiry, less, need,
		       KZ_(" or later)"));
	}
	return 0;
}

/* Renew the passport the "passport-renewal" term before it expires (6 months): a TRP is
 * not issued beyond the passport's validity and a visa needs months beyond it; the margin
 * is kzmig's allowance for a consulate's processing, not a legal term. */
static int passport_renewal(const struct facts *fx, struct kz_deadline *d, kz_error *err)
{
	const struct kz_person *p = fx->p;
	const struct kzr_term *t;

	d->event = p->passport_expiry;
	d->responsible = KZ_RESP_IMMIGRANT;
	if (needs(fx, d, BIT(KZ_FACT_PASSPORT_EXPIRY)) ||
	    (t = need_term(fx, KZR_PASSPORT_RENEWAL, p->passport_expiry, d)) == NULL)
		return 0;
	d->basis = t->basis;
	if (term_day(fx, t, p->passport_expiry, t->days, &d->due, err))
		return blame(err, "passport_expiry");
	kz_deadline_set_status(d, p->today);
	return 0;
}

/* ---- one person's deadlines ------------------------------------------------------------ */

/* The order of kz_deadlines(): by due date (none last), then event, then id. */
static bool due_before(const struct kz_deadline *x, const struct kz_deadline *y)
{
	kz_day dx = x->due == KZ_NO_DAY ? INT32_MAX : x->due;
	kz_day dy = y->due == KZ_NO_DAY ? INT32_MAX : y->due;

	if (dx != dy)
		return dx < dy;
	if (x->event != y->event)
		return x->event < y->event;
	return strcmp(x->id, y->id) < 0;
}

/* Where the next deadline goes: out[*n] when its id is kept, nowhere when it is left
 * out (a deadline fails alone, so one left out need not be worked out).  `total` counts
 * every deadline against cap, so the "more than cap" error does not depend on the mask. */
struct slots {
	struct kz_deadline *out;
	size_t cap, *n, total;
	uint32_t only;
	enum kz_stay stay;
};

/* Counts the next deadline, of kz_deadline_ids[id]: *d = out[*n] cleared to "no dates"
 * when its id is kept, NULL when it is left out.  -1 with err past cap. */
static inline int next_slot(struct slots *s, enum kz_deadline_kind id, struct kz_deadline **d,
			    kz_error *err)
{
	static const struct kz_deadline zero;
	struct kz_deadline *k;
	size_t r0 = offsetof(struct kz_deadline, reason), r1 = r0 + sizeof zero.reason;

	if (s->total >= s->cap)
		return kz_error_set(err, KZ_ERANGE, "deadlines", "more than %zu deadlines", s->cap);
	s->total++;
	if (!(s->only & (UINT32_C(1) << id))) {
		*d = NULL;
		return 0;
	}
	k = &s->out[(*s->n)++];
	/* Every byte cleared but the reason's after its first (a string: nothing reads past
	 * its NUL), so the clearing is a few stores, not 340 bytes a row. */
	memcpy(k, &zero, r0);
	k->reason[0] = '\0';
	memcpy((char *)k + r1, (const char *)&zero + r1, sizeof *k - r1);
	k->event = k->opens = k->due = k->apply_by = KZ_NO_DAY;
	k->count_from = k->count_to = KZ_NO_DAY;
	k->kind = id;
	k->id = kz_deadline_ids[id];
	k->stay = s->stay;
	k->fact = KZ_FACT_NONE;
	*d = k;
	return 0;
}

/* kz_regime_on() through its inline fast path; anything it does not answer (an unknown
 * code, no regime that day) goes to kz_regime_on() for its error. */
static int regime_on(const kz_regimes *r, const char *cc, kz_day on,
		     const struct kz_regime **out, kz_error *err)
{
	const struct kzr_country *c = kzr_country(r, cc);

	if (c != NULL && (*out = kzr_regime_of(r, c, on)) != NULL)
		return 0;
	return kz_regime_on(r, cc, on, out, err);
}

static int regime_of(const struct kz_rules *rules, const struct kz_person *p,
		     const struct kz_regime **reg, kz_error *rerr, kz_error *err)
{
	*reg = NULL;
	if (regime_on(rules->regimes, p->citizenship, p->arrival, reg, rerr) == 0)
		return 0;
	*reg = NULL;
	if (rerr->code == KZ_ERANGE)
		return 0;
	if (err != NULL)
		*err = *rerr;
	return -1;
}

/* The next deadline of kind k worked out by `rule`, when `only` keeps it. */
static int emit(struct slots *s, enum kz_deadline_kind k, const struct facts *fx,
		int (*rule)(const struct facts *, struct kz_deadline *, kz_error *),
		kz_error *err)
{
	struct kz_deadline *d = NULL;

	if (next_slot(s, k, &d, err))
		return -1;
	return d != NULL ? rule(fx, d, err) : 0;
}

/* ---- the table of rules: which deadlines a person's facts call for ---------------- */

/* On arrival: the host's notice, and self-registration (Order 923, from 1 Jul 2026) owed
 * on a visa-free stay; when the stay's basis is unknown it may be owed (a problem saying
 * why), unless the citizenship needs a visa. */
static int arrival_duties(const struct facts *fx, struct slots *s, kz_error *err)
{
	const struct kz_person *p = fx->p;
	const struct kzr_term *t = term_on(fx, KZR_SELF, p->arrival);
	struct kz_deadline *d = NULL;

	if (next_slot(s, KZ_D_ARRIVAL_NOTIFICATION, &d, err))
		return -1;
	if (d != NULL && notification(fx, p->arrival, false, d, err))
		return -1;
	if (!term_reaches(fx, t))
		return 0;
	if (next_slot(s, KZ_D_SELF_REGISTRATION, &d, err))
		return -1;
	return d != NULL ? self_registration(fx, t, p->arrival, false, d, err) : 0;
}

/* After each move: the host's notice of the new address, and the immigrant's own
 * re-registration in force on the day of the move (before 2020, or under Order 923),
 * whenever the person arrived.  A move that cannot be used is a problem, its notice's
 * rule named from the move-notification term of the arrival day. */
static int move_duties(const struct facts *fx, struct slots *s, kz_error *err)
{
	const struct kz_person *p = fx->p;
	struct kz_deadline *d = NULL;

	for (size_t i = 0; i < p->nmoves; i++) {
		char why[KZ_WHY_MAX];
		bool bad_move = move_problem(p, i, why)[0] != '\0';
		const struct kzr_term *t;

		if (next_slot(s, KZ_D_ARRIVAL_NOTIFICATION, &d, err))
			return -1;
		if (d != NULL && bad_move) {
			t = term_on(fx, KZR_NOTIFY_MOVE, p->arrival);
			d->event = p->moves[i];
			d->move = true;
			d->responsible = KZ_RESP_RECEIVING_PARTY;
			d->basis = t ? t->basis : NULL;
			d->status = KZ_STATUS_PROBLEM;
			d->fact = KZ_FACT_MOVES;
			reasonf(d, "moves: %s", why);
		} else if (d != NULL && notification(fx, p->moves[i], true, d, err)) {
			return -1;
		}
		if (bad_move || fx->stay == KZ_STAY_UNKNOWN)
			continue;
		t = term_on(fx, KZR_REREGISTER, p->moves[i]);
		if (!term_reaches(fx, t))
			t = term_on(fx, KZR_SELF_MOVE, p->moves[i]);
		if (!term_reaches(fx, t))
			continue;
		if (next_slot(s, KZ_D_SELF_REGISTRATION, &d, err))
			return -1;
		if (d != NULL && self_registration(fx, t, p->moves[i], true, d, err))
			return -1;
	}
	return 0;
}

static int unknown_stay(const struct facts *fx, struct kz_deadline *d, kz_error *err)
{
	(void)err;
	stay_unknown(fx, d);
	return 0;
}

/* What the stay calls for.  Until 2020 an immigrant (visa-free, or on an ordinary visa)
 * registered within 5 days of the crossing: that is the "trp" deadline then, and the
 * stay ends by its regime or visa.  Since, by what the stay rests on: visa-free, a TRP
 * (for a regime whose route is one) or leaving; a TRP, its extension and its end; a
 * visa, its end. */
static int stay_duties(const struct facts *fx, struct slots *s, kz_error *err)
{
	const struct kzr_term *t = term_on(fx, KZR_REGISTER, fx->p->arrival);
	bool route = fx->reg != NULL && fx->reg->trp_route;
	struct kz_deadline *d = NULL;

	if ((t == NULL || t->days > 0) &&
	    (fx->stay == KZ_STAY_VISA_FREE || fx->stay == KZ_STAY_VISA))
		return emit(s, KZ_D_TRP, fx, registration, err) ||
			       emit(s, KZ_D_STAY_LIMIT, fx, stay_limit, err)
		       ? -1
		       : 0;
	switch (fx->stay) {
	case KZ_STAY_VISA_FREE:
		if (next_slot(s, route ? KZ_D_TRP : KZ_D_STAY_LIMIT, &d, err))
			return -1;
		if (d == NULL)
			return 0;
		if (route ? trp(fx, d, err) : stay_limit(fx, d, err))
			return -1;
		/* In the days Law 292-VI may not yet have been in force, the 5-day
		 * registration may still have applied. */
		if (t != NULL && kz_span_beyond(&t->span, fx->p->arrival))
			unsettled(d, t->span.beyond);
		return 0;
	case KZ_STAY_TRP:
		if (emit(s, KZ_D_TRP, fx, trp_extension, err))
			return -1;
		return emit(s, KZ_D_STAY_LIMIT, fx, stay_limit, err);
	case KZ_STAY_VISA:
		return emit(s, KZ_D_STAY_LIMIT, fx, stay_limit, err);
	default:
		return emit(s, route ? KZ_D_TRP : KZ_D_STAY_LIMIT, fx, unknown_stay, err);
	}
}

/* A visa given: the extension window, and the passport's margin past it. */
static int visa_duties(const struct facts *fx, struct slots *s, kz_error *err)
{
	const struct kz_person *p = fx->p;

	if (p->visa_expiry == KZ_NO_DAY && p->unreadable[KZ_FACT_VISA_EXPIRY] == NULL)
		return 0;
	if (emit(s, KZ_D_VISA_EXTENSION, fx, visa_extension, err))
		return -1;
	if (p->passport_expiry == KZ_NO_DAY && p->unreadable[KZ_FACT_PASSPORT_EXPIRY] == NULL)
		return 0;
	return emit(s, KZ_D_PASSPORT_VALIDITY, fx, passport_validity, err);
}

/* A passport given: its renewal. */
static int passport_duties(const struct facts *fx, struct slots *s, kz_error *err)
{
	const struct kz_person *p = fx->p;

	if (p->passport_expiry == KZ_NO_DAY && p->unreadable[KZ_FACT_PASSPORT_EXPIRY] == NULL)
		return 0;
	return emit(s, KZ_D_PASSPORT_RENEWAL, fx, passport_renewal, err);
}


/* The facts one person's deadlines share: the regime on the arrival day, the facts that
 * cannot be used and what the stay rests on.  -1 only for what leaves no deadline: an
 * unknown citizenship, an arrival outside the days kzmig covers. */
static int facts_of(const struct kz_rules *rules, const struct kz_person *p,
		    struct facts *fx, kz_error *err)
{
	char a[11];
	size_t np;

	fx->rules = rules;
	fx->p = p;
	fx->no_regime = NULL;
	fx->reg = NULL;
	if (rules->regimes != NULL) {
		if (regime_of(rules, p, &fx->reg, &fx->rerr, err))
			return -1;
		/* A country the data knows, on a date before its first regime: the host's
		 * duties stand whatever the regime, so they are still given. */
		if (fx->reg == NULL)
			fx->no_regime = fx->rerr.msg;
	}
	if (!in_range(p->arrival)) {
		kz_error_set(err, KZ_ERANGE, "arrival",
			     "%s is outside the days kzmig covers (expected 2002-03-01..2198-12-31)",
			     kz_day_format(p->arrival, a));
		return -1;
	}
	np = find_problems(p, fx->reg, fx->probs, KZ_FACTS, &fx->bad);
	if (fx->bad != 0) {
		memset(fx->why, 0, sizeof fx->why);
		for (size_t i = np < KZ_FACTS ? np : KZ_FACTS; i-- > 0;)
			fx->why[fx->probs[i].fact] = fx->probs[i].msg; /* backwards: the first wins */
	}
	fx->stay = stay_of(p, fx->reg, fx->bad, &fx->stay_blame);
	return 0;
}

/* *dst = *src, but of the reason only its string: most are empty, and the buffer is
 * long enough for the data's longest text. */
static inline void move_deadline(struct kz_deadline *dst, const struct kz_deadline *src)
{
	size_t r0 = offsetof(struct kz_deadline, reason), r1 = r0 + sizeof src->reason;

	memcpy(dst, src, r0);
	memcpy(dst->reason, src->reason, strlen(src->reason) + 1);
	memcpy((char *)dst + r1, (const char *)src + r1, sizeof *dst - r1);
}

/* kzmig.h: every deadline that applies to p, those in `only` kept, in date order. */
int kz_deadlines_only(const struct kz_rules *rules, const struct kz_person *p, uint32_t only,
		      struct kz_deadline *out, size_t cap, size_t *n, uint32_t *bad,
		      kz_error *err)
{
	struct facts fx;
	struct slots s = {.out = out, .cap = cap, .n = n, .only = only};

	*n = 0;
	if (facts_of(rules, p, &fx, err))
		return -1;
	if (bad != NULL)
		*bad = fx.bad;
	s.stay = fx.stay;
	/* The rules, in the order they are worked out (the output is sorted by date after):
	 * a new deadline goes into one of these steps, or a new step here.  Called by name,
	 * not through a table of pointers, so that each is inlined: this runs for every
	 * roster row. */
	if (arrival_duties(&fx, &s, err) || move_duties(&fx, &s, err) ||
	    stay_duties(&fx, &s, err) || visa_duties(&fx, &s, err) ||
	    passport_duties(&fx, &s, err))
		return -1;
	/* An insertion sort: a person has a handful of deadlines, mostly near date order,
	 * and qsort's merge sort allocates. */
	for (size_t i = 1; i < *n; i++) {
		struct kz_deadline tmp;
		size_t j = i;

		if (!due_before(&out[i], &out[i - 1]))
			continue;
		move_deadline(&tmp, &out[i]);
		for (; j > 0 && due_before(&tmp, &out[j - 1]); j--)
			move_deadline(&out[j], &out[j - 1]);
		move_deadline(&out[j], &tmp);
	}
	return 0;
}

/* kzmig.h: every deadline, none left out. */
int kz_deadlines(const struct kz_rules *rules, const struct kz_person *p,
		 struct kz_deadline *out, size_t cap, size_t *n, kz_error *err)
{
	return kz_deadlines_only(rules, p, KZ_DEADLINES_ALL, out, cap, n, NULL, err);
}
