/* deadlines.c — one person's facts in, every deadline that applies out.
 * Each rule names its legal source; the numbers that change live in data/.  A rule
 * applies when it was in force on the day of its event (the arrival or a move). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *const status_names[] = {"upcoming", "open", "due-today", "overdue",
					   "not-required", "problem"};
static const char *const resp_names[] = {"receiving-party", "immigrant", "institution"};

/* MIA Order No. 923 of 17.11.2025 "Rules for registration of immigrants" takes effect on
 * 1 Jul 2026 (press reports of 25-26 Nov 2025; facts-2 s. 2). */
#define ORDER_923_FROM 20635 /* kz_day_from_ymd(2026, 7, 1): 2025-01-01 is day 20089,
				    * + 365 = 20454 (2026-01-01), + 181 days of Jan-Jun */

/* Decree 148 Rules p. 10 (texts of 2021-2022): immigrants under 16 need no TRP. */
#define TRP_FREE_UNDER 16

/* The TRP's processing time, in working days, that apply_by allows (design.md s. 2).
 * Not verified: no official service term was found (facts-2 s. 5). */
#define TRP_PROCESSING_WD 7

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

/* upcoming / open / due-today / overdue from today against opens..due. */
static void set_status(struct kz_deadline *d, kz_day today)
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

/* A reason from text and dates, like snprintf(d->reason, "%s%s%s...") with the dates
 * as YYYY-MM-DD, but without printf: some rows of a large roster have one (issue 6).
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
			snprintf(d->reason, sizeof d->reason, "fine unknown: %s", fe->msg);
		return 0;
	}
	if (err != NULL)
		*err = *fe;
	return -1;
}

static int host_fine(const struct kz_rules *rules, const struct kz_person *p,
		     struct kz_deadline *d, kz_error *err)
{
	kz_error fe = {0};
	int rc;

	if (rules->fines == NULL)
		return 0;
	rc = kz_fine_late_notification(rules->fines, d->due + 1, p->host, false, &d->fine, &fe) ||
	     kz_fine_late_notification(rules->fines, d->due + 1, p->host, true, &d->repeat, &fe);
	return fine_done(rc, &fe, d, err);
}

/* Migration Law art. 6 p. 4: the receiving party informs the internal-affairs bodies
 * "within three working days from the day of arrival"; Decree 148 p. 10 applies the same
 * term to a change of address.  By default the arrival day is working day 1 when it is a
 * working day (Decree 148 p. 9 in its 2016-2020 texts counted "from 00:01 of the day of
 * arrival"); KZ_COUNT_FROM_NEXT_DAY starts on the next day (Civil Code art. 173). */
static int notification(const struct kz_rules *rules, const struct kz_person *p, kz_day event,
			bool move, struct kz_deadline *d, kz_error *err)
{
	kz_day start = p->count_from == KZ_COUNT_FROM_NEXT_DAY ? event + 1 : event;

	d->id = "arrival-notification";
	d->event = event;
	d->move = move;
	d->responsible = KZ_RESP_RECEIVING_PARTY;
	d->basis = move ? "Decree 148 p. 10 and Law on Population Migration art. 6 p. 4: "
			  "within 3 working days of a change of address"
			: "Law on Population Migration, art. 6 p. 4: within 3 working days of "
			  "arrival";
	if (kz_add_workdays(rules->cal, start, 2, &d->due, err))
		return blame(err, move ? "moved" : "arrival");
	d->count_from = start;
	d->count_to = d->due;
	d->provisional = kz_span_provisional(rules->cal, event, d->due);
	set_status(d, p->today);
	return host_fine(rules, p, d, err);
}

/* MIA Order No. 923 (in force 1 Jul 2026; text not obtained, press reports: facts-2
 * s. 2): an immigrant from a state with a stay regime of up to 90 days registers online
 * "no later than the 30th calendar day from the day of crossing the state border".
 * Whether the crossing day is day 1 is not reported: by default it is (as Decree 148 p. 9
 * counted in 2016-2020, and as travel advice counts the 30-day stay), so due = crossing
 * + 29; KZ_COUNT_FROM_NEXT_DAY reads it under Civil Code art. 173: crossing + 30.
 * No fine for missing it was found (CAO 517 p. 1 was deleted in 2019). */
static void self_registration(const struct kz_person *p, struct kz_deadline *d)
{
	d->id = "self-registration";
	d->event = p->arrival;
	d->responsible = KZ_RESP_IMMIGRANT;
	d->basis = "MIA Order No. 923 of 17.11.2025 (in force 1 Jul 2026; text not obtained, "
		   "press reports): register online no later than the 30th calendar day from "
		   "the day of crossing the border; no fine for missing it was found in the "
		   "Code of Administrative Offences";
	d->due = p->arrival + (p->count_from == KZ_COUNT_FROM_NEXT_DAY ? 30 : 29);
	set_status(d, p->today);
}

/* MIA Order No. 923, as reported by 24.kg only (medium-low): re-registration "within
 * five working days" of a change of address, counted like the host's 3-working-day
 * notice (the reports do not say from when). */
static int re_registration(const struct kz_rules *rules, const struct kz_person *p,
			   kz_day move, struct kz_deadline *d, kz_error *err)
{
	kz_day start = p->count_from == KZ_COUNT_FROM_NEXT_DAY ? move + 1 : move;

	d->id = "self-registration";
	d->event = move;
	d->move = true;
	d->responsible = KZ_RESP_IMMIGRANT;
	d->basis = "MIA Order No. 923 (in force 1 Jul 2026; reported by one source only): "
		   "re-register online within 5 working days of a change of address; no fine "
		   "for missing it was found in the Code of Administrative Offences";
	if (kz_add_workdays(rules->cal, start, 4, &d->due, err))
		return blame(err, "moved");
	d->count_from = start;
	d->count_to = d->due;
	d->provisional = kz_span_provisional(rules->cal, move, d->due);
	set_status(d, p->today);
	return 0;
}

/* A child who reaches 16 after the last legal day of the visa-free stay needs no TRP
 * until then (Decree 148 Rules p. 10) and applies "no later than 10 calendar days from
 * reaching 16" (MIA Order No. 992 Rules as amended in 2024; primary text not obtained,
 * medium confidence).  The birthday is day 1 by default (birthday + 9), the day after
 * it under Civil Code art. 173 (birthday + 10). */
static void trp_child(const struct kz_person *p, kz_day b16, struct kz_deadline *d)
{
	d->basis = "Decree 148 Rules p. 10: no TRP under 16; MIA Order No. 992 Rules (as "
		   "amended in 2024; text not obtained, medium confidence): apply no later than "
		   "10 calendar days from reaching 16";
	d->due = d->apply_by = b16 + (p->count_from == KZ_COUNT_FROM_NEXT_DAY ? 10 : 9);
	set_status(d, p->today);
	if (p->today < b16) {
		/* Not required yet; the date stays so that a child still here at 16 is not
		 * caught out. */
		d->status = KZ_STATUS_NOT_REQUIRED;
		reason(d, "under 16 (Decree 148 Rules p. 10) until ", b16,
		       "; if still in Kazakhstan then, apply by ", d->due, NULL);
	}
}

/* The last legal day of the visa-free stay (Migration Law art. 6 p. 4; Decree 148 p. 6
 * and p. 17; the regime's numbers and sources are in data/visa_free.json).  Leaves
 * *last = KZ_NO_DAY and the deadline a `problem` when the earlier trips already use up
 * the days allowed within the window on the arrival day. */
static int last_day(const struct kz_person *p, const struct kz_regime *reg,
		    struct kz_deadline *d, kz_day *last, kz_error *err)
{
	if (kz_last_legal_day(reg, p->trips, p->ntrips, p->arrival, last, err))
		return -1;
	if (*last == KZ_NO_DAY) {
		d->status = KZ_STATUS_PROBLEM;
		snprintf(d->reason, sizeof d->reason,
			 "the earlier trips already use up the %d days allowed within %d days on "
			 "the arrival day: no legal visa-free stay is left",
			 reg->limit, reg->window);
	}
	return 0;
}

/* Migration Law art. 6-1: to stay past the visa-free limit a person of a regime whose
 * route is a TRP (EAEU, UZ, the other CIS states) needs one, applied for by the host
 * before the last legal day; design.md s. 2 allows 7 working days' processing. */
static int trp(const struct kz_rules *rules, const struct kz_person *p,
	       const struct kz_regime *reg, struct kz_deadline *d, kz_error *err)
{
	kz_day last;

	d->id = "trp";
	d->event = p->arrival;
	d->responsible = KZ_RESP_RECEIVING_PARTY;
	d->basis = "Law on Population Migration art. 6 p. 4 and art. 6-1: a TRP to stay past "
		   "the visa-free limit (per entry from the crossing, and days within 180 over "
		   "earlier trips); apply by allows 7 working days of processing, a time no "
		   "official source confirms";
	if (last_day(p, reg, d, &last, err))
		return -1;
	if (p->birth != KZ_NO_DAY) {
		kz_day b16 = birthday(p->birth, TRP_FREE_UNDER);

		if (b16 > (last == KZ_NO_DAY ? p->arrival : last)) {
			d->reason[0] = '\0';
			trp_child(p, b16, d);
			d->provisional = false;
			return host_fine(rules, p, d, err);
		}
	}
	if (last == KZ_NO_DAY)
		return 0;
	d->due = last;
	if (kz_workdays_before(rules->cal, last, TRP_PROCESSING_WD, &d->apply_by, err))
		return blame(err, "arrival");
	d->count_from = d->apply_by;
	d->count_to = last - 1;
	d->provisional = kz_span_provisional(rules->cal, d->apply_by, last);
	set_status(d, p->today);
	return host_fine(rules, p, d, err);
}

/* The other visa-free regimes: leave (or hold a visa) by the last legal day.  Staying
 * on is CAO art. 517 p. 3: a warning for up to 3 days, then fines by days. */
static int stay_limit(const struct kz_rules *rules, const struct kz_person *p,
		      const struct kz_regime *reg, struct kz_deadline *d, kz_error *err)
{
	kz_error fe = {0};
	kz_day last;
	int rc;

	d->id = "stay-limit";
	d->event = p->arrival;
	d->responsible = KZ_RESP_IMMIGRANT;
	d->basis = "Law on Population Migration art. 6 p. 4 and Decree 148 p. 6, p. 17: the "
		   "visa-free stay ends on this day (per entry from the crossing, and days "
		   "within 180 over earlier trips)";
	if (last_day(p, reg, d, &last, err))
		return -1;
	if (last == KZ_NO_DAY)
		return 0;
	d->due = last;
	set_status(d, p->today);
	if (rules->fines == NULL)
		return 0;
	rc = kz_fine_overstay(rules->fines, 1, last + 1, false, &d->fine, &fe) ||
	     kz_fine_overstay(rules->fines, 1, last + 1, true, &d->repeat, &fe);
	return fine_done(rc, &fe, d, err);
}

/* Apply to extend a visa at least 30 and at most 14 working days before it expires
 * (design.md s. 2).  An institutional rule: no source in law was found (facts s. 6,
 * timing rules), and no fine attaches to the window itself. */
static int visa_extension(const struct kz_rules *rules, const struct kz_person *p,
			  struct kz_deadline *d, kz_error *err)
{
	d->id = "visa-extension";
	d->event = p->visa_expiry;
	d->responsible = KZ_RESP_RECEIVING_PARTY;
	d->basis = "institutional practice: apply at least 30 and at most 14 working days "
		   "before the visa expires (no source in law was found for this window); the "
		   "state duty for extending a multiple-entry visa is 30 MCI (Tax Code)";
	if (kz_workdays_before(rules->cal, p->visa_expiry, 30, &d->opens, err) ||
	    kz_workdays_before(rules->cal, p->visa_expiry, 14, &d->due, err))
		return blame(err, "visa-expiry");
	d->count_from = d->opens;
	d->count_to = p->visa_expiry - 1;
	d->provisional = kz_span_provisional(rules->cal, d->opens, p->visa_expiry);
	set_status(d, p->today);
	return 0;
}

/* A visa is not issued or extended past the passport's validity; kzmig flags a passport
 * that outlasts the visa by less than 3 calendar months (design.md s. 4; the legal text
 * of the 3-month margin was not found in the reference). */
static void passport_validity(const struct kz_person *p, struct kz_deadline *d)
{
	kz_day need = add_months(p->visa_expiry, 3);

	d->id = "passport-validity";
	d->event = p->visa_expiry;
	d->due = p->visa_expiry;
	d->responsible = KZ_RESP_IMMIGRANT;
	d->basis = "the passport should be valid at least 3 months after the visa expires "
		   "(consular practice; no legal text found in the reference)";
	set_status(d, p->today);
	if (p->passport_expiry < need) {
		d->status = KZ_STATUS_PROBLEM;
		reason(d, "the passport expires on ", p->passport_expiry,
		       ", less than 3 months after the visa (expected ", need, " or later)");
	}
}

/* Renew the passport 6 calendar months before it expires: a TRP is not issued beyond
 * the passport's validity (facts s. 5) and a visa needs 3 months beyond it; the 6 months
 * are kzmig's margin for a consulate's processing, not a legal term. */
static void passport_renewal(const struct kz_person *p, struct kz_deadline *d)
{
	d->id = "passport-renewal";
	d->event = p->passport_expiry;
	d->due = add_months(p->passport_expiry, -6);
	d->responsible = KZ_RESP_IMMIGRANT;
	d->basis = "no TRP or visa is issued beyond the passport's validity; renew 6 months "
		   "before it expires (a safety margin, not a legal term)";
	set_status(d, p->today);
}

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

/* Where the next deadline goes: out[*n] when its id is kept, else a scratch deadline, so
 * that a deadline left out is still worked out and fails as it would in full.  `total`
 * counts both against cap, so the "more than cap" error does not depend on the mask. */
struct slots {
	struct kz_deadline *out;
	size_t cap, *n, total;
	uint32_t only;
	struct kz_deadline *scratch; /* not cleared per call: slot() sets what is read */
};

/* The slot for the next deadline, of kz_deadline_ids[id], cleared to "no dates"; NULL
 * with err past cap. */
static struct kz_deadline *slot(struct slots *s, int id, kz_error *err)
{
	struct kz_deadline *d;

	if (s->total >= s->cap) {
		kz_error_set(err, KZ_ERANGE, "deadlines", "more than %zu deadlines", s->cap);
		return NULL;
	}
	s->total++;
	if (s->only & (UINT32_C(1) << id)) {
		d = &s->out[(*s->n)++];
		memset(d, 0, sizeof *d);
	} else {
		/* Worked out and dropped: only what the rules read needs a value. */
		d = s->scratch;
		d->reason[0] = '\0';
		d->has_fine = d->provisional = d->move = false;
		d->status = KZ_STATUS_UPCOMING;
	}
	d->event = d->opens = d->due = d->apply_by = KZ_NO_DAY;
	d->count_from = d->count_to = KZ_NO_DAY;
	return d;
}

/* Indexes into kz_deadline_ids. */
enum { ID_NOTIFY, ID_SELF, ID_TRP, ID_STAY, ID_VISA, ID_PASS_VALID, ID_PASS_RENEW };

/* kzmig.h: every deadline that applies to p, those in `only` kept, in date order. */
int kz_deadlines_only(const struct kz_rules *rules, const struct kz_person *p, uint32_t only,
		      struct kz_deadline *out, size_t cap, size_t *n, kz_error *err)
{
	const struct kz_regime *reg = NULL;
	kz_error rerr = {0};
	struct kz_deadline scratch;
	struct slots s = {.out = out, .cap = cap, .n = n, .only = only, .scratch = &scratch};
	struct kz_deadline *d;
	bool visa_free;

	*n = 0;
	/* A country the data knows, on a date before its first regime: the host's duties
	 * stand whatever the regime, so they are still given; the stay is a `problem`. */
	if (rules->regimes != NULL &&
	    kz_regime_on(rules->regimes, p->citizenship, p->arrival, &reg, &rerr)) {
		if (rerr.code != KZ_ERANGE) {
			if (err != NULL)
				*err = rerr;
			return -1;
		}
		reg = NULL;
	}
	if (kz_trips_check(p->trips, p->ntrips, err))
		return -1;
	visa_free = reg != NULL && reg->kind != KZ_REGIME_VISA_REQUIRED;
	if ((d = slot(&s, ID_NOTIFY, err)) == NULL ||
	    notification(rules, p, p->arrival, false, d, err))
		return -1;
	if (visa_free && p->arrival >= ORDER_923_FROM) {
		if ((d = slot(&s, ID_SELF, err)) == NULL)
			return -1;
		if (d != &scratch) /* it cannot fail: left out, it need not be worked out */
			self_registration(p, d);
	}
	for (size_t i = 0; i < p->nmoves; i++) {
		if (p->moves[i] < p->arrival)
			return kz_error_set(err, KZ_EINVAL, "moved",
					    "a move before the arrival (expected a date on or "
					    "after it)");
		if ((d = slot(&s, ID_NOTIFY, err)) == NULL ||
		    notification(rules, p, p->moves[i], true, d, err))
			return -1;
		/* Order 923 applies to a move made while it is in force, whenever the
		 * person arrived (the regime is the one the stay began under). */
		if (visa_free && p->moves[i] >= ORDER_923_FROM &&
		    ((d = slot(&s, ID_SELF, err)) == NULL ||
		     re_registration(rules, p, p->moves[i], d, err)))
			return -1;
	}
	if (visa_free) {
		if ((d = slot(&s, reg->trp_route ? ID_TRP : ID_STAY, err)) == NULL ||
		    (reg->trp_route ? trp(rules, p, reg, d, err)
				    : stay_limit(rules, p, reg, d, err)))
			return -1;
	}
	if (rerr.code == KZ_ERANGE) {
		if ((d = slot(&s, ID_STAY, err)) == NULL)
			return -1;
		d->id = "stay-limit";
		d->event = p->arrival;
		d->responsible = KZ_RESP_IMMIGRANT;
		d->status = KZ_STATUS_PROBLEM;
		d->basis = "Law on Population Migration art. 6 p. 4 and Decree 148 p. 6: the stay "
			   "ends when the visa or the visa-free term does";
		snprintf(d->reason, sizeof d->reason, "%s: check the stay terms by hand",
			 rerr.msg);
	}
	if (p->visa_expiry != KZ_NO_DAY) {
		if ((d = slot(&s, ID_VISA, err)) == NULL || visa_extension(rules, p, d, err))
			return -1;
		if (p->passport_expiry != KZ_NO_DAY) {
			if ((d = slot(&s, ID_PASS_VALID, err)) == NULL)
				return -1;
			if (d != &scratch) /* cannot fail */
				passport_validity(p, d);
		}
	}
	if (p->passport_expiry != KZ_NO_DAY) {
		if ((d = slot(&s, ID_PASS_RENEW, err)) == NULL)
			return -1;
		if (d != &scratch) /* cannot fail */
			passport_renewal(p, d);
	}
	/* An insertion sort: a person has a handful of deadlines, mostly near date order,
	 * and qsort's merge sort allocates. */
	for (size_t i = 1; i < *n; i++) {
		size_t j = i;

		if (!due_before(&out[i], &out[i - 1]))
			continue;
		scratch = out[i];
		for (; j > 0 && due_before(&scratch, &out[j - 1]); j--)
			out[j] = out[j - 1];
		out[j] = scratch;
	}
	return 0;
}

/* kzmig.h: every deadline, none left out. */
int kz_deadlines(const struct kz_rules *rules, const struct kz_person *p,
		 struct kz_deadline *out, size_t cap, size_t *n, kz_error *err)
{
	return kz_deadlines_only(rules, p, KZ_DEADLINES_ALL, out, cap, n, err);
}
