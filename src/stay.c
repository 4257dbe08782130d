/* stay.c — days of stay over several trips, and the last legal day of a stay.
 * Entry and exit days both count as days of stay (design.md §2). */
#include <stdlib.h>

#include "internal.h"

static kz_day max_day(kz_day a, kz_day b) { return a > b ? a : b; }
static kz_day min_day(kz_day a, kz_day b) { return a < b ? a : b; }

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

int kz_trips_check(const struct kz_trip *trips, size_t n, kz_error *err)
{
	char a[11], b[11];

	for (size_t i = 0; i < n; i++) {
		if (trips[i].to < trips[i].from)
			return kz_error_set(err, KZ_EINVAL, "trip",
					    "%s:%s ends before it starts (expected FROM <= TO)",
					    kz_day_format(trips[i].from, a),
					    kz_day_format(trips[i].to, b));
		/* Trips are few (a person's history): the quadratic check is the clear one. */
		for (size_t j = 0; j < i; j++)
			if (trips[i].from <= trips[j].to && trips[j].from <= trips[i].to)
				return kz_error_set(err, KZ_EINVAL, "trip",
						    "%s:%s overlaps an earlier trip (expected "
						    "separate stays)",
						    kz_day_format(trips[i].from, a),
						    kz_day_format(trips[i].to, b));
	}
	return 0;
}

int kz_last_legal_day(const struct kz_regime *r, const struct kz_trip *trips, size_t n,
		      kz_day arrival, kz_day *out, kz_error *err)
{
	kz_day last;

	if (kz_trips_check(trips, n, err))
		return -1;
	for (size_t i = 0; i < n; i++)
		if (trips[i].to >= arrival)
			return kz_error_set(err, KZ_EINVAL, "trip",
					    "a trip ends on or after the arrival (expected earlier "
					    "stays only)");
	*out = KZ_NO_DAY;
	if (r->per_entry == 0 && r->limit == 0)
		return 0; /* no visa-free limit: the visa or permit decides */
	last = r->per_entry ? arrival + r->per_entry - 1 : arrival + r->limit - 1;
	if (r->limit == 0) {
		*out = last;
		return 0;
	}
	/* On day d of a continuous stay from arrival, the days used in (d - window, d] are
	 * the earlier trips' days in that window plus (d - arrival + 1).  The earlier part
	 * only shrinks as d moves on, so the days used never fall; the first day over the
	 * limit ends the legal stay.  The loop runs at most per_entry/limit days. */
	for (kz_day d = arrival; d <= last; d++)
		if (kz_days_in_window(trips, n, d, r->window) + (d - arrival + 1) > r->limit) {
			*out = d == arrival ? KZ_NO_DAY : d - 1;
			return 0;
		}
	*out = last;
	return 0;
}
