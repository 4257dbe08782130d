/* deadlines.c — one person's facts in, every deadline that applies out.
 * Each rule names its legal source; the numbers that change live in data/.  A rule
 * applies when it was in force on the day of its event (the arrival or a move). */
#include <stddef.h>
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

/* True when penalty() in fines.c cannot fail for rule r and `days` except on the date
 * (no MCI for it: KZ_ERANGE, which fine_done() turns into "fine unknown"): the rule is in
 * the data and, when graded by days, `days` is inside a tier. */
static bool rule_safe(const struct kzf_rule *r, int days)
{
	return r != NULL &&
	       (r->by_host || r->ntiers == 0 ||
		(days >= 1 && days <= r->tiers[r->ntiers - 1].to_days));
}

/* True when host_fine() cannot fail: CAO 518 parts 1 and 3 are in the data, and the host
 * is a category (penalty() checks both before the date). */
static inline bool host_fine_safe(const struct kz_rules *rules, enum kz_host host)
{
	const kz_fines *f = rules->fines;

	return f == NULL || ((unsigned)host <= KZ_HOST_LARGE && rule_safe(f->p518_1, 0) &&
			     rule_safe(f->p518_3, 0));
}

/* The penalty of rule r (by host, or flat) at `kzt` per MCI: what penalty() in fines.c
 * writes, field for field (padding aside), when it succeeds. */
static inline void fill_penalty(const struct kzf_rule *r, enum kz_host host, kz_day on,
				int kzt, struct kz_penalty *out)
{
	const struct kzf_amount *a = r->by_host ? &r->host[host] : &r->flat;

	out->article = r->label;
	out->on = on;
	out->host = host;
	out->has_host = r->by_host;
	out->warning = a->warning;
	out->mci10 = a->none || a->warning ? 0 : a->mci10;
	out->mci_value = kzt;
	out->kzt10 = (int64_t)out->mci10 * kzt;
	out->alternative = r->alternative;
	out->source = r->source;
}

/* The host's fines for a late notice (CAO 518 p. 1, and p. 3 for a repeat) from the day
 * after the due date.  The same as two kz_fine_late_notification() calls, which it makes
 * for anything unusual; in the usual case (both parts in the data, graded by host or flat,
 * an MCI for the day) it fills both from one MCI lookup: this runs on every roster row
 * (issue 6). */
static int host_fine(const struct kz_rules *rules, const struct kz_person *p,
		     struct kz_deadline *d, kz_error *err)
{
	const kz_fines *f = rules->fines;
	kz_error fe; /* read only after a failure has filled it: no 260 bytes cleared per row */
	kz_day on = d->due + 1;
	int rc;

	if (f == NULL)
		return 0;
	if (f->nmci > 0 && on >= f->mci[0].from && host_fine_safe(rules, p->host)) {
		int i = f->nmci - 1;

		while (f->mci[i].from > on) /* stops at 0: on >= mci[0].from */
			i--;
		fill_penalty(f->p518_1, p->host, on, f->mci[i].kzt, &d->fine);
		fill_penalty(f->p518_3, p->host, on, f->mci[i].kzt, &d->repeat);
		/* only the last row's value can be carried past its year */
		d->fine.provisional = d->repeat.provisional =
			i == f->nmci - 1 && kz_mci_provisional(f, on);
		d->has_fine = true;
		return 0;
	}
	rc = kz_fine_late_notification(rules->fines, d->due + 1, p->host, false, &d->fine, &fe) ||
	     kz_fine_late_notification(rules->fines, d->due + 1, p->host, true, &d->repeat, &fe);
	return fine_done(rc, &fe, d, err);
}

/* kz_add_workdays() and kz_span_provisional() as a roster row asks them (issue 6): read
 * from the calendar's tables where the answer is plain (a day inside it, a result inside
 * it, a span inside its run of confirmed years), else asked of calendar.c, which also
 * makes the errors. */
static inline int add_workdays(const kz_calendar *cal, kz_day day, int n, kz_day *out,
			       kz_error *err)
{
	if (day >= cal->first && day < cal->end) {
		long k = (long)cal->prefix[day - cal->first] + n;

		if (k >= 0 && k < cal->nwork) {
			*out = cal->work[k];
			return 0;
		}
	}
	return kz_add_workdays(cal, day, n, out, err);
}

static inline bool span_provisional(const kz_calendar *cal, kz_day a, kz_day b)
{
	if (a <= b && a >= cal->ok_from && b < cal->ok_end)
		return false;
	return kz_span_provisional(cal, a, b);
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
	if (add_workdays(rules->cal, start, 2, &d->due, err))
		return blame(err, move ? "moved" : "arrival");
	d->count_from = start;
	d->count_to = d->due;
	d->provisional = span_provisional(rules->cal, event, d->due);
	kz_deadline_set_status(d, p->today);
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
	kz_deadline_set_status(d, p->today);
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
	kz_deadline_set_status(d, p->today);
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
	kz_deadline_set_status(d, p->today);
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
	kz_deadline_set_status(d, p->today);
	return host_fine(rules, p, d, err);
}

/* The other visa-free regimes: leave (or hold a visa) by the last legal day.  Staying
 * on is CAO art. 517 p. 3: a warning for up to 3 days, then fines by days. */
static int stay_limit(const struct kz_rules *rules, const struct kz_person *p,
		      const struct kz_regime *reg, struct kz_deadline *d, kz_error *err)
{
	kz_error fe; /* read only after a failure has filled it */
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
	kz_deadline_set_status(d, p->today);
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
	kz_deadline_set_status(d, p->today);
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
	kz_deadline_set_status(d, p->today);
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
	kz_deadline_set_status(d, p->today);
}

/* ---- deadlines left out by kz_deadlines_only() ---------------------------------------
 * A deadline left out must fail the person exactly when it would in full, with the same
 * message, so that which rows are errors never depends on --only.  Working it out in
 * full (fines, reasons, the provisional test) is most of the cost of a one-deadline job
 * (issue 6), so each one left out is first put through a cheap test that can only say
 * "it cannot fail"; when the test cannot say so it is worked out in full, in its place in
 * the order, and so fails as it would in full.  Each test below is sufficient, never
 * necessary: a test that says "might fail" too often costs time, never an answer. */

/* True when stay_limit()'s kz_fine_overstay() for 1 day cannot fail: the parts it picks
 * for 1 day (517 p. 3 and 6, or p. 4 and 7 when p. 3 ends before day 1) are there. */
static bool overstay_safe(const struct kz_rules *rules)
{
	const kz_fines *f = rules->fines;
	const struct kzf_rule *p3;
	int max3;

	if (f == NULL)
		return true;
	p3 = f->p517_3;
	max3 = p3 && p3->ntiers ? p3->tiers[p3->ntiers - 1].to_days : 10;
	return max3 >= 1 ? rule_safe(p3, 1) && rule_safe(f->p517_6, 1)
			 : rule_safe(f->p517_4, 1) && rule_safe(f->p517_7, 1);
}

/* notification() (n = 2, with the host's fine) or re_registration() (n = 4, no fine)
 * cannot fail: the count of n working days stays in the calendar (the same call they
 * make) and the fine, if any, cannot fail. */
static bool notification_safe(const struct kz_rules *rules, const struct kz_person *p,
			      kz_day event, int n, bool fine)
{
	kz_day start = p->count_from == KZ_COUNT_FROM_NEXT_DAY ? event + 1 : event, due;

	return add_workdays(rules->cal, start, n, &due, NULL) == 0 &&
	       (!fine || host_fine_safe(rules, p->host));
}

/* trp() or stay_limit() cannot fail.  With earlier trips kz_last_legal_day() can (a trip
 * after the arrival), so those are worked out in full.  Else: trp() counts 7 working
 * days back from the last legal day (the same call) and may take a host fine, whichever
 * way it goes (a child's term or the TRP's); stay_limit() takes the overstay fines. */
static bool stay_safe(const struct kz_rules *rules, const struct kz_person *p,
		      const struct kz_regime *reg)
{
	const kz_calendar *cal = rules->cal;
	kz_day last, apply_by;
	int most = reg->per_entry > reg->limit ? reg->per_entry : reg->limit;

	if (p->ntrips > 0)
		return false;
	if (!reg->trp_route)
		return overstay_safe(rules);
	if (!host_fine_safe(rules, p->host))
		return false;
	/* Without earlier trips the last legal day, if any, lies in [arrival, arrival + most
	 * - 1] (kz_last_legal_day), and counting 7 working days back from it cannot fail when
	 * 7 lie before the arrival (the count of working days before a day never falls) and
	 * it is inside the calendar; else the same calls settle it. */
	if (p->arrival >= cal->first && p->arrival < cal->end &&
	    cal->prefix[p->arrival - cal->first] >= TRP_PROCESSING_WD &&
	    (most < 1 || p->arrival <= cal->end - most))
		return true;
	if (kz_last_legal_day(reg, NULL, 0, p->arrival, &last, NULL) != 0)
		return false;
	return last == KZ_NO_DAY ||
	       kz_workdays_before(cal, last, TRP_PROCESSING_WD, &apply_by, NULL) == 0;
}

/* visa_extension() cannot fail: 30 working days before the expiry are in the calendar
 * (then 14 are too: kz_workdays_before fails only for a date outside the calendar or a
 * count that leaves it). */
static bool visa_safe(const struct kz_rules *rules, const struct kz_person *p)
{
	kz_day opens;

	return kz_workdays_before(rules->cal, p->visa_expiry, 30, &opens, NULL) == 0;
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

/* Where the next deadline goes: out[*n] when its id is kept; when it is left out, nowhere
 * if it cannot fail, else a scratch deadline, so that it is worked out and fails as it
 * would in full.  `total` counts every deadline against cap, so the "more than cap"
 * error does not depend on the mask. */
struct slots {
	struct kz_deadline *out;
	size_t cap, *n, total;
	uint32_t only;
	struct kz_deadline *scratch; /* not cleared per call: scratch_slot() sets what is read */
};

/* out[*n], cleared to "no dates", for a deadline kept. */
static struct kz_deadline *kept_slot(struct slots *s)
{
	static const struct kz_deadline zero;
	struct kz_deadline *k = &s->out[(*s->n)++];
	size_t r0 = offsetof(struct kz_deadline, reason), r1 = r0 + sizeof k->reason;

	/* Every byte cleared but the reason's after its first (a string: nothing reads past
	 * its NUL), so the clearing is a few stores, not 340 bytes a row; copied from a zero
	 * deadline, which compilers do with wide stores (a memset of this size may become a
	 * `rep stos`). */
	memcpy(k, &zero, r0);
	k->reason[0] = '\0';
	memcpy((char *)k + r1, (const char *)&zero + r1, sizeof *k - r1);
	k->event = k->opens = k->due = k->apply_by = KZ_NO_DAY;
	k->count_from = k->count_to = KZ_NO_DAY;
	return k;
}

/* Counts the next deadline, of kz_deadline_ids[id]: *d = out[*n] cleared to "no dates"
 * when its id is kept, NULL when it is left out.  -1 with err past cap. */
static inline int next_slot(struct slots *s, int id, struct kz_deadline **d, kz_error *err)
{
	if (s->total >= s->cap)
		return kz_error_set(err, KZ_ERANGE, "deadlines", "more than %zu deadlines", s->cap);
	s->total++;
	*d = s->only & (UINT32_C(1) << id) ? kept_slot(s) : NULL;
	return 0;
}

/* The scratch deadline for one left out that might fail: only what the rules read needs
 * a value. */
static struct kz_deadline *scratch_slot(struct slots *s)
{
	struct kz_deadline *d = s->scratch;

	d->reason[0] = '\0';
	d->has_fine = d->provisional = d->move = false;
	d->status = KZ_STATUS_UPCOMING;
	d->event = d->opens = d->due = d->apply_by = KZ_NO_DAY;
	d->count_from = d->count_to = KZ_NO_DAY;
	return d;
}

/* kz_regime_on() for a roster row (issue 6): the country found through the regimes'
 * 26x26 index and its regime in force on `on`, as kz_regime_on() finds them; anything
 * else (an unknown code, no regime that day) goes to kz_regime_on() for its error. */
static int regime_on(const kz_regimes *r, const char *cc, kz_day on,
		     const struct kz_regime **out, kz_error *err)
{
	unsigned a = (unsigned)((cc[0] | 32) - 'a'), b = (unsigned)((cc[1] | 32) - 'a');

	if (cc[0] != '\0' && cc[1] != '\0' && cc[2] == '\0' && a < 26 && b < 26 &&
	    r->index[a * 26 + b] != 0) {
		const struct kzr_country *c = &r->countries[r->index[a * 26 + b] - 1];

		for (int i = 0; i < c->n; i++) {
			const struct kz_regime *g = &r->regimes[c->first + i];

			if ((g->from == KZ_NO_DAY || on >= g->from) &&
			    (g->until == KZ_NO_DAY || on <= g->until)) {
				*out = g;
				return 0;
			}
		}
	}
	return kz_regime_on(r, cc, on, out, err);
}

/* Indexes into kz_deadline_ids. */
enum { ID_NOTIFY, ID_SELF, ID_TRP, ID_STAY, ID_VISA, ID_PASS_VALID, ID_PASS_RENEW };

/* kzmig.h: every deadline that applies to p, those in `only` kept, in date order.  The
 * ones left out are not worked out when a test above shows they cannot fail; else they
 * are, in their place, so a person's errors are the same whatever `only` says. */
int kz_deadlines_only(const struct kz_rules *rules, const struct kz_person *p, uint32_t only,
		      struct kz_deadline *out, size_t cap, size_t *n, kz_error *err)
{
	const struct kz_regime *reg = NULL;
	kz_error rerr;
	struct kz_deadline scratch;
	struct slots s = {.out = out, .cap = cap, .n = n, .only = only, .scratch = &scratch};
	struct kz_deadline *d = NULL; /* set by next_slot(); the initialiser is for the compiler */
	bool visa_free, no_regime = false;

	*n = 0;
	/* A country the data knows, on a date before its first regime: the host's duties
	 * stand whatever the regime, so they are still given; the stay is a `problem`. */
	if (rules->regimes != NULL &&
	    regime_on(rules->regimes, p->citizenship, p->arrival, &reg, &rerr)) {
		if (rerr.code != KZ_ERANGE) {
			if (err != NULL)
				*err = rerr;
			return -1;
		}
		reg = NULL;
		no_regime = true;
	}
	if (p->ntrips > 0 && kz_trips_check(p->trips, p->ntrips, err))
		return -1;
	visa_free = reg != NULL && reg->kind != KZ_REGIME_VISA_REQUIRED;
	if (next_slot(&s, ID_NOTIFY, &d, err))
		return -1;
	if (d == NULL && !notification_safe(rules, p, p->arrival, 2, true))
		d = scratch_slot(&s);
	if (d != NULL && notification(rules, p, p->arrival, false, d, err))
		return -1;
	if (visa_free && p->arrival >= ORDER_923_FROM) {
		if (next_slot(&s, ID_SELF, &d, err))
			return -1;
		if (d != NULL) /* it cannot fail: left out, it need not be worked out */
			self_registration(p, d);
	}
	for (size_t i = 0; i < p->nmoves; i++) {
		if (p->moves[i] < p->arrival)
			return kz_error_set(err, KZ_EINVAL, "moved",
					    "a move before the arrival (expected a date on or "
					    "after it)");
		if (next_slot(&s, ID_NOTIFY, &d, err))
			return -1;
		if (d == NULL && !notification_safe(rules, p, p->moves[i], 2, true))
			d = scratch_slot(&s);
		if (d != NULL && notification(rules, p, p->moves[i], true, d, err))
			return -1;
		/* Order 923 applies to a move made while it is in force, whenever the
		 * person arrived (the regime is the one the stay began under). */
		if (visa_free && p->moves[i] >= ORDER_923_FROM) {
			if (next_slot(&s, ID_SELF, &d, err))
				return -1;
			if (d == NULL && !notification_safe(rules, p, p->moves[i], 4, false))
				d = scratch_slot(&s);
			if (d != NULL && re_registration(rules, p, p->moves[i], d, err))
				return -1;
		}
	}
	if (visa_free) {
		if (next_slot(&s, reg->trp_route ? ID_TRP : ID_STAY, &d, err))
			return -1;
		if (d == NULL && !stay_safe(rules, p, reg))
			d = scratch_slot(&s);
		if (d != NULL && (reg->trp_route ? trp(rules, p, reg, d, err)
						 : stay_limit(rules, p, reg, d, err)))
			return -1;
	}
	if (no_regime) {
		if (next_slot(&s, ID_STAY, &d, err))
			return -1;
		if (d != NULL) { /* cannot fail */
			d->id = "stay-limit";
			d->event = p->arrival;
			d->responsible = KZ_RESP_IMMIGRANT;
			d->status = KZ_STATUS_PROBLEM;
			d->basis = "Law on Population Migration art. 6 p. 4 and Decree 148 p. 6: "
				   "the stay ends when the visa or the visa-free term does";
			snprintf(d->reason, sizeof d->reason, "%s: check the stay terms by hand",
				 rerr.msg);
		}
	}
	if (p->visa_expiry != KZ_NO_DAY) {
		if (next_slot(&s, ID_VISA, &d, err))
			return -1;
		if (d == NULL && !visa_safe(rules, p))
			d = scratch_slot(&s);
		if (d != NULL && visa_extension(rules, p, d, err))
			return -1;
		if (p->passport_expiry != KZ_NO_DAY) {
			if (next_slot(&s, ID_PASS_VALID, &d, err))
				return -1;
			if (d != NULL) /* cannot fail */
				passport_validity(p, d);
		}
	}
	if (p->passport_expiry != KZ_NO_DAY) {
		if (next_slot(&s, ID_PASS_RENEW, &d, err))
			return -1;
		if (d != NULL) /* cannot fail */
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
