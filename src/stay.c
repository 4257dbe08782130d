/* stay.c — days of stay over several trips, and the last legal day of a stay.
 *
 * Entry and exit days both count as days of stay (as kzmig.1 and the README say), so a
 * trip FROM:TO is TO - FROM + 1 days.  The limits (Migration Law art. 6 p. 4; Decree 148 as amended by
 * Decree 1146 of 31.12.2022): on any day d the days of stay in [d - window + 1, d] may
 * not exceed `limit`, and one stay may not exceed `per_entry` days from the crossing.
 * The numbers come from data/visa_free.json through struct kz_regime. */
#include <stdlib.h>

#include "internal.h"

static kz_day max_day(kz_day a, kz_day b) { return a > b ? a : b; }
static kz_day min_day(kz_day a, kz_day b) { return a < b ? a : b; }

/* Days of stay in [on - window + 1, on]: each trip clipped to the window.  O(n). */
int kz_days_in_window(const struct kz_trip *trips, size_t n, kz_day on, int window)
{
	kz_day lo = on - window + 1;
	int days = 0;

	for (size_t i = 0; i < n; i++) {
		kz_day a = max_day(trips[i].from, lo), b = min_day(trips[i].to, on);

		if (a <= b)
			days += b - a + 1;
	}
	return days;
}

/* True when the two trips share a day; both ends count, so 1-10 and 10-20 share the
 * 10th: a day of stay counts once, so such trips are one stay and must be given as one. */
static bool overlap(const struct kz_trip *x, const struct kz_trip *y)
{
	return x->from <= y->to && y->from <= x->to;
}

/* 0 when every trip has from <= to and no two share a day; else -1 naming the first bad
 * trip in the order given (and, for an overlap, the earlier-listed trip it overlaps).
 * Trips listed in date order (the usual case) are checked in O(n): each needs only its
 * predecessor, since the sorted, disjoint trips before it all end before the
 * predecessor starts.  Trips in any other order fall back to comparing all pairs
 * (O(n^2), for the few trips of one person's history). */
int kz_trips_check(const struct kz_trip *trips, size_t n, kz_error *err)
{
	char a[11], b[11], c[11], d[11];
	bool sorted = true;

	for (size_t i = 1; i < n && sorted; i++)
		sorted = trips[i - 1].from <= trips[i].from;
	for (size_t i = 0; i < n; i++) {
		if (trips[i].to < trips[i].from)
			return kz_error_set(err, KZ_EINVAL, "trip",
					    "%s:%s ends before it starts (expected FROM <= TO)",
					    kz_day_format(trips[i].from, a),
					    kz_day_format(trips[i].to, b));
		for (size_t j = sorted && i > 0 ? i - 1 : 0; j < i; j++)
			if (overlap(&trips[i], &trips[j]))
				return kz_error_set(err, KZ_EINVAL, "trip",
						    "%s:%s overlaps %s:%s (expected separate "
						    "stays: a day counts once)",
						    kz_day_format(trips[i].from, a),
						    kz_day_format(trips[i].to, b),
						    kz_day_format(trips[j].from, c),
						    kz_day_format(trips[j].to, d));
	}
	return 0;
}

/* Days of stay used on day d of a stay without a break from `arrival`: the earlier
 * trips' days in the window ending on d, plus the days since arrival, both ends in. */
static int days_used_on(const struct kz_regime *r, const struct kz_trip *trips, size_t n,
			kz_day arrival, kz_day d)
{
	return kz_days_in_window(trips, n, d, r->window) + (d - arrival + 1);
}

/* The last legal day of a stay from `arrival` (see kzmig.h).
 *
 * Why a binary search is exact: every earlier trip ends before the arrival, so as d moves
 * on by one day no trip day enters the window and at most one leaves it, while the stay
 * itself grows by one day.  The days used on d therefore never fall (they rise by 0 or 1
 * a day), and the days that keep within the limit form one run [arrival, L].  The search
 * for the first day over the limit takes log2(per_entry or limit) <= 9 probes of O(n)
 * each: O(n log P) time with P <= 366, no loop over the days, no allocation.  The trip
 * check adds O(n) for trips in date order (O(n^2) otherwise). */
int kz_last_legal_day(const struct kz_regime *r, const struct kz_trip *trips, size_t n,
		      kz_day arrival, kz_day *out, kz_error *err)
{
	kz_day last, lo, hi;
	char a[11], b[11], c[11];

	if (n == 0) {
		/* No earlier trips (every roster row): the days used on day d are the stay's
		 * own d - arrival + 1, so the stay ends at the per-entry cap or on day `limit`,
		 * whichever comes first; the search below finds the same day. */
		int days = r->per_entry > 0 && (r->limit <= 0 || r->per_entry < r->limit)
				   ? r->per_entry
				   : r->limit;

		*out = days > 0 ? arrival + days - 1 : KZ_NO_DAY;
		return 0;
	}
	if (kz_trips_check(trips, n, err))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (trips[i].to >= arrival)
			return kz_error_set(err, KZ_EINVAL, "trip",
					    "%s:%s ends on or after the arrival %s (expected "
					    "earlier stays only)",
					    kz_day_format(trips[i].from, a),
					    kz_day_format(trips[i].to, b),
					    kz_day_format(arrival, c));
	*out = KZ_NO_DAY;
	if (r->per_entry <= 0 && r->limit <= 0)
		return 0; /* no visa-free limit: the visa or permit decides */
	/* Without a per-entry limit the rolling cap alone ends the stay by day `limit`. */
	last = r->per_entry > 0 ? arrival + r->per_entry - 1 : arrival + r->limit - 1;
	if (r->limit <= 0) {
		*out = last;
		return 0;
	}
	if (days_used_on(r, trips, n, arrival, arrival) > r->limit)
		return 0; /* even the arrival day is over: *out stays KZ_NO_DAY */
	/* Invariant: lo keeps within the limit; every day after hi is over it (or past the
	 * per-entry cap). */
	lo = arrival;
	hi = last;
	while (lo < hi) {
		kz_day mid = lo + (hi - lo + 1) / 2;

		if (days_used_on(r, trips, n, arrival, mid) > r->limit)
			hi = mid - 1;
		else
			lo = mid;
	}
	*out = lo;
	return 0;
}
