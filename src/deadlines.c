/* deadlines.c — one person's facts in, every deadline that applies out.
 * Each rule names its legal source; the numbers that change live in data/. */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *const status_names[] = {"upcoming", "open", "due-today", "overdue",
					   "not-required", "problem"};
static const char *const resp_names[] = {"receiving-party", "immigrant", "institution"};

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

static struct kz_deadline *next(struct kz_deadline *out, size_t cap, size_t *n, kz_error *err)
{
	struct kz_deadline *d;

	if (*n >= cap) {
		kz_error_set(err, KZ_ERANGE, "deadlines", "more than %zu deadlines", cap);
		return NULL;
	}
	d = &out[(*n)++];
	memset(d, 0, sizeof *d);
	d->event = d->opens = d->due = d->apply_by = KZ_NO_DAY;
	return d;
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
	d->responsible = KZ_RESP_RECEIVING_PARTY;
	d->basis = move ? "Decree 148 p. 10 and Law on Population Migration art. 6 p. 4: "
			  "within 3 working days of a change of address"
			: "Law on Population Migration, art. 6 p. 4: within 3 working days of "
			  "arrival";
	if (kz_add_workdays(rules->cal, start, 2, &d->due, err))
		return -1;
	d->provisional = kz_span_provisional(rules->cal, event, d->due);
	set_status(d, p->today);
	if (rules->fines == NULL)
		return 0;
	if (kz_fine_late_notification(rules->fines, d->due + 1, p->host, false, &d->fine, err) ||
	    kz_fine_late_notification(rules->fines, d->due + 1, p->host, true, &d->repeat, err))
		return -1;
	d->has_fine = true;
	return 0;
}

static int cmp_due(const void *a, const void *b)
{
	const struct kz_deadline *x = a, *y = b;
	kz_day dx = x->due == KZ_NO_DAY ? INT32_MAX : x->due;
	kz_day dy = y->due == KZ_NO_DAY ? INT32_MAX : y->due;

	if (dx != dy)
		return dx < dy ? -1 : 1;
	return strcmp(x->id, y->id);
}

int kz_deadlines(const struct kz_rules *rules, const struct kz_person *p,
		 struct kz_deadline *out, size_t cap, size_t *n, kz_error *err)
{
	const struct kz_regime *reg;
	struct kz_deadline *d;

	*n = 0;
	if (rules->regimes != NULL &&
	    kz_regime_on(rules->regimes, p->citizenship, p->arrival, &reg, err))
		return -1;
	if ((d = next(out, cap, n, err)) == NULL ||
	    notification(rules, p, p->arrival, false, d, err))
		return -1;
	for (size_t i = 0; i < p->nmoves; i++) {
		if (p->moves[i] < p->arrival)
			return kz_error_set(err, KZ_EINVAL, "moved",
					    "a move before the arrival (expected a date on or "
					    "after it)");
		if ((d = next(out, cap, n, err)) == NULL ||
		    notification(rules, p, p->moves[i], true, d, err))
			return -1;
	}
	qsort(out, *n, sizeof *out, cmp_due);
	return 0;
}
