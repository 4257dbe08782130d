/* fuzz_trips.c — the --trip FROM:TO history: kz_trips_check and kz_last_legal_day on
 * structured input, checked against a day-by-day count.
 *
 * The CLI's own FROM:TO splitting (parse_trip) is a static in cmd_due.c, so it cannot be
 * reached from here; its two halves are kz_date_parse (fuzz_date) and these functions.
 *
 * Input bytes, read in order (missing bytes read as 0):
 *   u16 per_entry % 367, u16 limit % 367, u16 window widening, u32 arrival offset from
 *   1900-01-01, u8 trip count % 65 (the CLI's cap is 64), then per trip u16 days before
 *   arrival (% 1500, so some trips end after it) and u16 length (% 420, minus 10 so some
 *   end before they start). */
#include "fuzz.h"

#define SPAN 2000 /* the bitmap covers [arrival - SPAN, arrival + SPAN) */

struct reader {
	const uint8_t *p;
	size_t n;
};

static unsigned take(struct reader *r, int bytes)
{
	unsigned v = 0;

	for (int i = 0; i < bytes; i++) {
		v = v << 8 | (r->n ? *r->p : 0);
		if (r->n) {
			r->p++;
			r->n--;
		}
	}
	return v;
}

/* The last legal day by counting each day of stay: the oracle. */
static kz_day oracle(const struct kz_regime *g, const struct kz_trip *t, size_t n,
		     kz_day arrival)
{
	static int stay[2 * SPAN + 1]; /* prefix sums of days of stay before arrival */
	kz_day base = arrival - SPAN, last;

	memset(stay, 0, sizeof stay);
	for (size_t i = 0; i < n; i++)
		for (kz_day d = t[i].from; d <= t[i].to; d++)
			if (d >= base && d < arrival)
				stay[d - base + 1] = 1;
	for (int i = 1; i <= 2 * SPAN; i++)
		stay[i] += stay[i - 1];
	if (g->per_entry == 0 && g->limit == 0)
		return KZ_NO_DAY;
	last = g->per_entry ? arrival + g->per_entry - 1 : arrival + g->limit - 1;
	if (g->limit == 0)
		return last;
	for (kz_day d = arrival; d <= last; d++) {
		kz_day lo = d - g->window + 1;
		int before = lo < arrival ? stay[arrival - base] - stay[lo - base] : 0;

		if (before + (d - arrival + 1) > g->limit)
			return d == arrival ? KZ_NO_DAY : d - 1;
	}
	return last;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct reader r = {data, size};
	struct kz_regime g = {.code = "XX", .country = "Fuzzland"};
	struct kz_trip trips[64], rev[64];
	kz_day first = kz_day_from_ymd(KZ_YEAR_MIN, 1, 1);
	kz_day span = kz_day_from_ymd(KZ_YEAR_MAX + 1, 1, 1) - first;
	kz_day arrival, out = 0, want;
	kz_error err = {0};
	size_t n;
	bool after = false;
	int rc, rc_rev;
	unsigned wide;

	g.per_entry = (int)(take(&r, 2) % 367);
	g.limit = (int)(take(&r, 2) % 367);
	wide = take(&r, 2);
	g.window = g.limit ? g.limit + (int)(wide % (unsigned)(367 - g.limit)) : 0;
	g.kind = g.per_entry || g.limit ? KZ_REGIME_BILATERAL : KZ_REGIME_VISA_REQUIRED;
	arrival = first + SPAN + (kz_day)(take(&r, 4) % (unsigned)(span - 2 * SPAN));
	n = take(&r, 1) % 65;
	for (size_t i = 0; i < n; i++) {
		trips[i].from = arrival - 1 - (kz_day)(take(&r, 2) % 1500);
		trips[i].to = trips[i].from + (kz_day)(take(&r, 2) % 420) - 10;
		after |= trips[i].to >= arrival;
		rev[n - 1 - i] = trips[i];
	}

	/* Order does not matter to the check. */
	rc = kz_trips_check(trips, n, &err);
	if (rc)
		fuzz_check_error(&err);
	rc_rev = kz_trips_check(rev, n, NULL);
	FUZZ_ASSERT(rc == rc_rev);
	FUZZ_ASSERT(kz_days_in_window(trips, n, arrival - 1, g.window ? g.window : 180) ==
		    kz_days_in_window(rev, n, arrival - 1, g.window ? g.window : 180));

	memset(&err, 0, sizeof err);
	if (kz_last_legal_day(&g, trips, n, arrival, &out, &err) != 0) {
		fuzz_check_error(&err);
		FUZZ_ASSERT(rc != 0 || after);
		return 0;
	}
	FUZZ_ASSERT(rc == 0 && !after);
	want = oracle(&g, trips, n, arrival);
	FUZZ_ASSERT(out == want);
	if (out != KZ_NO_DAY) {
		FUZZ_ASSERT(out >= arrival);
		if (g.per_entry)
			FUZZ_ASSERT(out <= arrival + g.per_entry - 1);
		if (g.limit)
			FUZZ_ASSERT(kz_days_in_window(trips, n, out, g.window) + (out - arrival + 1) <=
				    g.limit);
	}
	return 0;
}
