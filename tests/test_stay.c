/* test_stay.c — days of stay over trips, and the last legal day of a stay (stay.c).
 *
 * Rules (design.md §2; Migration Law art. 6 p. 4; Decree 148 as amended by Decree 1146):
 * entry and exit days both count; on day d the days in [d-179, d] may not exceed the
 * limit; one stay may not exceed the per-entry days from the crossing.
 *
 * Day counts used below (2025 is not a leap year; 2024 is):
 *   2025 day of year: 31 Jan = 31, 28 Feb = 59, 31 Mar = 90, 30 Apr = 120, 31 May = 151,
 *   30 Jun = 181.  So 30 Jun 2025 - 179 days = day 2 = 2 Jan 2025, and 20 Mar 2025 (day
 *   79) - 179 = day -100 = 2024's day 266 = 22 Sep 2024 (31 Aug 2024 is day 244). */
#include "kztest.h"

/* Hand-made regimes, so the arithmetic does not depend on the data file. */
static const struct kz_regime r30_90 = {.kind = KZ_REGIME_UNILATERAL, .per_entry = 30,
					 .limit = 90, .window = 180};
static const struct kz_regime eaeu = {.kind = KZ_REGIME_EAEU, .per_entry = 0, .limit = 90,
				       .window = 180, .trp_route = true};
static const struct kz_regime per_entry_only = {.kind = KZ_REGIME_EAEU, .per_entry = 90};
static const struct kz_regime visa = {.kind = KZ_REGIME_VISA_REQUIRED};

#define T(a, b) {D(a), D(b)}
#define N(x) (sizeof(x) / sizeof((x)[0]))

/* The last legal day under r, failing the test on an error. */
static kz_day last_day(const struct kz_regime *r, const struct kz_trip *t, size_t n,
		       const char *arrival)
{
	kz_error err = {0};
	kz_day out = 0;

	if (kz_last_legal_day(r, t, n, D(arrival), &out, &err) != 0)
		fail_msg("%s: %s", err.where, err.msg);
	return out;
}

/* A citizen's regime on a day from the real data. */
static const struct kz_regime *real_regime(kz_regimes *all, const char *cc, const char *on)
{
	const struct kz_regime *r = NULL;
	kz_error err = {0};

	if (kz_regime_on(all, cc, D(on), &r, &err) != 0)
		fail_msg("%s: %s", err.where, err.msg);
	return r;
}

/* ---- kz_days_in_window ---------------------------------------------------- */

static void entry_and_exit_days_both_count(void **state)
{
	struct kz_trip one[] = {T("2025-01-01", "2025-01-01")};
	struct kz_trip ten[] = {T("2025-01-01", "2025-01-10")};

	(void)state;
	assert_int_equal(kz_days_in_window(one, 1, D("2025-01-01"), 180), 1);
	assert_int_equal(kz_days_in_window(ten, 1, D("2025-02-01"), 180), 10);
}

static void a_trip_ending_before_the_window_counts_nothing(void **state)
{
	/* The window ending 30 Jun 2025 starts on 2 Jan 2025. */
	struct kz_trip before[] = {T("2024-12-01", "2025-01-01")};
	struct kz_trip on_edge[] = {T("2024-12-01", "2025-01-02")};

	(void)state;
	assert_int_equal(kz_days_in_window(before, 1, D("2025-06-30"), 180), 0);
	assert_int_equal(kz_days_in_window(on_edge, 1, D("2025-06-30"), 180), 1);
}

static void a_trip_straddling_the_window_start_counts_from_the_window_start(void **state)
{
	/* 25 Dec 2024 - 10 Jan 2025 against a window from 2 Jan: 2..10 Jan = 9 days. */
	struct kz_trip t[] = {T("2024-12-25", "2025-01-10")};

	(void)state;
	assert_int_equal(kz_days_in_window(t, 1, D("2025-06-30"), 180), 9);
}

static void a_trip_starting_inside_the_window_counts_up_to_on(void **state)
{
	/* 20 Jun - 10 Jul against a window ending 30 Jun: 20..30 Jun = 11 days; a trip that
	 * starts after the window counts nothing. */
	struct kz_trip t[] = {T("2025-06-20", "2025-07-10")};
	struct kz_trip later[] = {T("2025-07-01", "2025-07-10")};

	(void)state;
	assert_int_equal(kz_days_in_window(t, 1, D("2025-06-30"), 180), 11);
	assert_int_equal(kz_days_in_window(later, 1, D("2025-06-30"), 180), 0);
}

static void days_of_several_trips_add_up(void **state)
{
	/* 0 (before 2 Jan) + 5 (5..9 Jan) + 31 (March) + 11 (20..30 Jun) = 47. */
	struct kz_trip t[] = {T("2024-12-01", "2025-01-01"), T("2025-01-05", "2025-01-09"),
			      T("2025-03-01", "2025-03-31"), T("2025-06-20", "2025-07-10")};

	(void)state;
	assert_int_equal(kz_days_in_window(t, N(t), D("2025-06-30"), 180), 47);
}

/* ---- kz_trips_check ---------------------------------------------------------- */

static void a_trip_that_ends_before_it_starts_is_an_error(void **state)
{
	struct kz_trip t[] = {T("2025-01-10", "2025-01-01")};
	kz_error err = {0};

	(void)state;
	assert_int_equal(kz_trips_check(t, 1, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.where, "trip");
	assert_string_equal(err.msg,
			    "2025-01-10:2025-01-01 ends before it starts (expected FROM <= TO)");
}

static void trips_sharing_a_day_overlap(void **state)
{
	/* The 10th would count twice. */
	struct kz_trip t[] = {T("2025-01-01", "2025-01-10"), T("2025-01-10", "2025-01-20")};
	kz_error err = {0};

	(void)state;
	assert_int_equal(kz_trips_check(t, N(t), &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.msg, "2025-01-10:2025-01-20 overlaps 2025-01-01:2025-01-10 "
				     "(expected separate stays: a day counts once)");
}

static void an_overlap_is_found_in_trips_given_out_of_order(void **state)
{
	/* The third trip ends on the first one's first day. */
	struct kz_trip t[] = {T("2025-03-01", "2025-03-10"), T("2025-05-01", "2025-05-10"),
			      T("2025-01-01", "2025-03-01")};
	/* In date order, a trip inside a long earlier one. */
	struct kz_trip inside[] = {T("2025-01-01", "2025-03-31"), T("2025-02-01", "2025-02-05")};
	kz_error err = {0};

	(void)state;
	assert_int_equal(kz_trips_check(t, N(t), &err), -1);
	assert_string_equal(err.msg, "2025-01-01:2025-03-01 overlaps 2025-03-01:2025-03-10 "
				     "(expected separate stays: a day counts once)");
	assert_int_equal(kz_trips_check(inside, N(inside), &err), -1);
	assert_string_equal(err.msg, "2025-02-01:2025-02-05 overlaps 2025-01-01:2025-03-31 "
				     "(expected separate stays: a day counts once)");
}

static void back_to_back_trips_and_no_trips_are_fine(void **state)
{
	struct kz_trip t[] = {T("2025-01-11", "2025-01-20"), T("2025-01-01", "2025-01-10")};

	(void)state;
	assert_int_equal(kz_trips_check(t, N(t), NULL), 0);
	assert_int_equal(kz_trips_check(NULL, 0, NULL), 0);
}

/* ---- kz_last_legal_day: hand-made regimes ------------------------------------- */

static void with_no_history_a_30_day_stay_ends_on_day_30(void **state)
{
	/* 20 Mar + 29: 31 Mar is +11, 18 Apr is +29. */
	(void)state;
	assert_day_equal(last_day(&r30_90, NULL, 0, "2025-03-20"), "2025-04-18");
}

static void the_per_entry_limit_binds_when_the_window_has_room(void **state)
{
	/* 50 days (31 Jan + 19 Feb) all inside every window up to 18 Apr; 50 + 30 = 80 <= 90,
	 * so day 30 from the crossing ends the stay. */
	struct kz_trip t[] = {T("2025-01-01", "2025-02-19")};

	(void)state;
	assert_day_equal(last_day(&r30_90, t, N(t), "2025-03-20"), "2025-04-18");
}

static void the_90_in_180_limit_binds_before_day_30(void **state)
{
	/* 70 days (31 Dec + 31 Jan + 8 Feb), inside every window until 30 May: 70 + 20 = 90,
	 * so 20 days: 20 Mar + 19 = 8 Apr. */
	struct kz_trip t[] = {T("2024-12-01", "2025-02-08")};

	(void)state;
	assert_day_equal(last_day(&r30_90, t, N(t), "2025-03-20"), "2025-04-08");
}

static void with_89_days_used_the_arrival_day_is_the_last(void **state)
{
	/* 31 Dec + 31 Jan + 27 Feb = 89; the window of 20 Mar starts 22 Sep 2024. */
	struct kz_trip t[] = {T("2024-12-01", "2025-02-27")};

	(void)state;
	assert_day_equal(last_day(&r30_90, t, N(t), "2025-03-20"), "2025-03-20");
}

static void with_90_days_used_even_the_arrival_day_is_over(void **state)
{
	/* 31 Dec + 31 Jan + 28 Feb = 90: day 20 Mar would be the 91st. */
	struct kz_trip t[] = {T("2024-12-01", "2025-02-28")};
	kz_day out = 0;

	(void)state;
	assert_int_equal(kz_last_legal_day(&r30_90, t, N(t), D("2025-03-20"), &out, NULL), 0);
	assert_int_equal(out, KZ_NO_DAY);
}

static void a_trip_leaving_the_window_during_the_stay_makes_room(void **state)
{
	/* EAEU, arrival Thu 16 Jan 2025; its window starts 21 Jul 2024 (16 Jan is day 16;
	 * 16 - 179 = 2024's day 203 = 21 Jul).  Earlier: 21 Jul..9 Aug = 20 days of trip 1,
	 * and trip 2, 9 Oct..27 Nov = 23 + 27 = 50 days: 70 used, 71 on the arrival day.
	 * For 20 days trip 1 leaves the window one day a day as the stay grows: 71 stays
	 * flat until 5 Feb (window from 10 Aug).  Then 50 + stay days > 90 once the stay
	 * passes 40 days: day 40 is 16 Jan + 39 = 24 Feb.  (Counting 90 - 70 = 20 days from
	 * the arrival would wrongly give 4 Feb.) */
	struct kz_trip t[] = {T("2024-07-01", "2024-08-09"), T("2024-10-09", "2024-11-27")};

	(void)state;
	assert_day_equal(last_day(&eaeu, t, N(t), "2025-01-16"), "2025-02-24");
}

static void a_straddling_trip_can_leave_the_window_entirely(void **state)
{
	/* 1 Jul..8 Oct 2024 (100 days); the window of 16 Jan 2025 holds 21 Jul..8 Oct = 80.
	 * Used stays at 81 while the trip leaves, which it has done by 6 Apr; then the
	 * stay alone counts: 90 days, 16 Jan + 89 = 15 Apr (31 Jan +15, 28 Feb +43,
	 * 31 Mar +74, 15 Apr +89). */
	struct kz_trip t[] = {T("2024-07-01", "2024-10-08")};

	(void)state;
	assert_day_equal(last_day(&eaeu, t, N(t), "2025-01-16"), "2025-04-15");
}

static void a_per_entry_only_regime_ignores_earlier_trips(void **state)
{
	/* No rolling cap: 90 days from 1 Jun 2022 = 29 Aug (30 Jun +29, 31 Jul +60,
	 * 29 Aug +89), whatever came before. */
	struct kz_trip t[] = {T("2022-01-10", "2022-04-09")};

	(void)state;
	assert_day_equal(last_day(&per_entry_only, t, N(t), "2022-06-01"), "2022-08-29");
}

static void a_visa_required_citizen_has_no_visa_free_last_day(void **state)
{
	kz_day out = 0;

	(void)state;
	assert_int_equal(kz_last_legal_day(&visa, NULL, 0, D("2025-03-20"), &out, NULL), 0);
	assert_int_equal(out, KZ_NO_DAY);
}

static void a_trip_ending_on_the_arrival_day_is_an_error(void **state)
{
	struct kz_trip t[] = {T("2025-03-10", "2025-03-20")};
	kz_error err = {0};
	kz_day out = 0;

	(void)state;
	assert_int_equal(kz_last_legal_day(&r30_90, t, N(t), D("2025-03-20"), &out, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.where, "trip");
	assert_string_equal(err.msg, "2025-03-10:2025-03-20 ends on or after the arrival "
				     "2025-03-20 (expected earlier stays only)");
}

static void overlapping_trips_are_an_error_for_the_last_day_too(void **state)
{
	struct kz_trip t[] = {T("2025-01-01", "2025-01-10"), T("2025-01-05", "2025-01-06")};
	kz_error err = {0};
	kz_day out = 0;

	(void)state;
	assert_int_equal(kz_last_legal_day(&eaeu, t, N(t), D("2025-03-20"), &out, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
}

/* The day-by-day definition, to check the search against: the last day L of the run of
 * days from arrival within both limits. */
static kz_day last_day_by_days(const struct kz_regime *r, const struct kz_trip *t, size_t n,
			       kz_day arrival)
{
	kz_day cap = r->per_entry ? arrival + r->per_entry - 1 : arrival + r->limit - 1, d;

	for (d = arrival; d <= cap; d++)
		if (kz_days_in_window(t, n, d, r->window) + (d - arrival + 1) > r->limit)
			break;
	return d == arrival ? KZ_NO_DAY : d - 1;
}

static void the_search_agrees_with_counting_day_by_day(void **state)
{
	static const struct kz_regime regimes[] = {
		{.per_entry = 30, .limit = 90, .window = 180},
		{.per_entry = 0, .limit = 90, .window = 180},
		{.per_entry = 14, .limit = 42, .window = 180},
	};
	uint32_t seed = 12345;
	kz_day arrival = D("2025-01-16");
	struct kz_trip t[6];

	(void)state;
	for (int round = 0; round < 3000; round++) {
		/* Up to 6 trips of 1-60 days, gaps of 1-40 days, ending before the arrival. */
		size_t n = (size_t)(round % 7);
		kz_day end = arrival - 1;

		for (size_t i = n; i-- > 0;) {
			seed = seed * 1103515245u + 12345u;
			end -= (kz_day)(seed >> 16) % 40;
			seed = seed * 1103515245u + 12345u;
			t[i].to = end;
			t[i].from = end - (kz_day)((seed >> 16) % 60);
			end = t[i].from - 1;
		}
		for (size_t k = 0; k < N(regimes); k++) {
			kz_day got = 0, want = last_day_by_days(&regimes[k], t, n, arrival);

			assert_int_equal(kz_last_legal_day(&regimes[k], t, n, arrival, &got, NULL),
					 0);
			if (got != want)
				fail_msg("round %d regime %zu: got %d, want %d", round, k,
					 (int)(got - arrival), (int)(want - arrival));
		}
	}
}

/* ---- the real data: regimes by citizenship and date ----------------------------- */

static int setup_regimes(void **state)
{
	*state = kzt_regimes();
	return 0;
}

static int teardown_regimes(void **state)
{
	kz_regimes_free(*state);
	return 0;
}

static void the_contract_case_for_a_russian_citizen(void **state)
{
	/* RU (EAEU from 27 Jan 2023): no per-entry limit, 90 in 180.  10 days in January
	 * stay in every window until 8 Jul; 10 + 80 = 90, so 80 days: 1 Mar + 79 = 19 May
	 * (31 Mar +30, 30 Apr +60, 19 May +79). */
	const struct kz_regime *r = real_regime(*state, "RU", "2025-03-01");
	struct kz_trip t[] = {T("2025-01-01", "2025-01-10")};

	assert_int_equal(r->per_entry, 0);
	assert_int_equal(r->limit, 90);
	assert_int_equal(kz_days_in_window(t, N(t), D("2025-02-28"), r->window), 10);
	assert_day_equal(last_day(r, t, N(t), "2025-03-01"), "2025-05-19");
}

static void eaeu_citizens_have_no_per_entry_limit(void **state)
{
	/* 90 days from 1 Mar 2025 with no history: 1 Mar + 89 = 29 May; a UZ citizen (30
	 * per entry) would stop at 30 Mar. */
	const struct kz_regime *ru = real_regime(*state, "ru", "2025-03-01");
	const struct kz_regime *uz = real_regime(*state, "UZ", "2025-03-01");

	assert_day_equal(last_day(ru, NULL, 0, "2025-03-01"), "2025-05-29");
	assert_day_equal(last_day(uz, NULL, 0, "2025-03-01"), "2025-03-30");
}

static void india_has_14_days_per_entry(void **state)
{
	/* 20 Mar + 13 = 2 Apr. */
	const struct kz_regime *r = real_regime(*state, "IN", "2025-03-20");

	assert_int_equal(r->per_entry, 14);
	assert_int_equal(r->limit, 42);
	assert_day_equal(last_day(r, NULL, 0, "2025-03-20"), "2025-04-02");
}

static void india_42_in_180_binds_after_earlier_trips(void **state)
{
	/* 14 + 14 + 7 = 35 days used: 7 left, 20..26 Mar.  With 28 used, 14 are left and
	 * both limits end the stay on 2 Apr; with 42 used the arrival day is over. */
	const struct kz_regime *r = real_regime(*state, "IN", "2025-03-20");
	struct kz_trip t35[] = {T("2025-01-01", "2025-01-14"), T("2025-02-01", "2025-02-14"),
				T("2025-03-01", "2025-03-07")};
	struct kz_trip t42[] = {T("2025-01-01", "2025-01-14"), T("2025-02-01", "2025-02-14"),
				T("2025-03-01", "2025-03-14")};

	assert_day_equal(last_day(r, t35, N(t35), "2025-03-20"), "2025-03-26");
	assert_day_equal(last_day(r, t35, 2, "2025-03-20"), "2025-04-02");
	assert_int_equal(last_day(r, t42, N(t42), "2025-03-20"), KZ_NO_DAY);
}

static void before_2023_russians_had_90_days_per_entry_and_no_rolling_cap(void **state)
{
	/* Decree 148 p. 6 before Decree 1146: 90 days per entry.  90 earlier days
	 * (22 Jan + 28 Feb + 31 Mar + 9 Apr) do not shorten a stay from 1 Jun 2022. */
	const struct kz_regime *r = real_regime(*state, "RU", "2022-06-01");
	struct kz_trip t[] = {T("2022-01-10", "2022-04-09")};

	assert_int_equal(r->limit, 0);
	assert_day_equal(last_day(r, t, N(t), "2022-06-01"), "2022-08-29");
}

static void a_visa_required_citizen_has_no_limits_in_the_data(void **state)
{
	const struct kz_regime *r = real_regime(*state, "AF", "2025-03-20");
	kz_day out = 0;

	assert_int_equal(r->kind, KZ_REGIME_VISA_REQUIRED);
	assert_int_equal(kz_last_legal_day(r, NULL, 0, D("2025-03-20"), &out, NULL), 0);
	assert_int_equal(out, KZ_NO_DAY);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(entry_and_exit_days_both_count),
		cmocka_unit_test(a_trip_ending_before_the_window_counts_nothing),
		cmocka_unit_test(a_trip_straddling_the_window_start_counts_from_the_window_start),
		cmocka_unit_test(a_trip_starting_inside_the_window_counts_up_to_on),
		cmocka_unit_test(days_of_several_trips_add_up),
		cmocka_unit_test(a_trip_that_ends_before_it_starts_is_an_error),
		cmocka_unit_test(trips_sharing_a_day_overlap),
		cmocka_unit_test(an_overlap_is_found_in_trips_given_out_of_order),
		cmocka_unit_test(back_to_back_trips_and_no_trips_are_fine),
		cmocka_unit_test(with_no_history_a_30_day_stay_ends_on_day_30),
		cmocka_unit_test(the_per_entry_limit_binds_when_the_window_has_room),
		cmocka_unit_test(the_90_in_180_limit_binds_before_day_30),
		cmocka_unit_test(with_89_days_used_the_arrival_day_is_the_last),
		cmocka_unit_test(with_90_days_used_even_the_arrival_day_is_over),
		cmocka_unit_test(a_trip_leaving_the_window_during_the_stay_makes_room),
		cmocka_unit_test(a_straddling_trip_can_leave_the_window_entirely),
		cmocka_unit_test(a_per_entry_only_regime_ignores_earlier_trips),
		cmocka_unit_test(a_visa_required_citizen_has_no_visa_free_last_day),
		cmocka_unit_test(a_trip_ending_on_the_arrival_day_is_an_error),
		cmocka_unit_test(overlapping_trips_are_an_error_for_the_last_day_too),
		cmocka_unit_test(the_search_agrees_with_counting_day_by_day),
	};
	const struct CMUnitTest data_tests[] = {
		cmocka_unit_test(the_contract_case_for_a_russian_citizen),
		cmocka_unit_test(eaeu_citizens_have_no_per_entry_limit),
		cmocka_unit_test(india_has_14_days_per_entry),
		cmocka_unit_test(india_42_in_180_binds_after_earlier_trips),
		cmocka_unit_test(before_2023_russians_had_90_days_per_entry_and_no_rolling_cap),
		cmocka_unit_test(a_visa_required_citizen_has_no_limits_in_the_data),
	};

	return cmocka_run_group_tests_name("stay", tests, NULL, NULL) |
	       cmocka_run_group_tests_name("stay with the real data", data_tests, setup_regimes,
					   teardown_regimes);
}
