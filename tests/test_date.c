/* test_date.c — kz_day arithmetic and strict ISO parsing. */
#include "kztest.h"

static void epoch_is_day_zero_and_a_thursday(void **state)
{
	(void)state;
	assert_int_equal(kz_day_from_ymd(1970, 1, 1), 0);
	assert_int_equal(kz_weekday(0), 4);
}

static void day_numbers_round_trip_over_the_whole_range(void **state)
{
	int y, m, d;

	(void)state;
	for (kz_day day = kz_day_from_ymd(1900, 1, 1); day <= kz_day_from_ymd(2199, 12, 31);
	     day++) {
		kz_day_to_ymd(day, &y, &m, &d);
		assert_true(kz_ymd_valid(y, m, d));
		assert_int_equal(kz_day_from_ymd(y, m, d), day);
	}
}

static void known_weekdays(void **state)
{
	(void)state;
	assert_int_equal(kz_weekday(D("2025-03-20")), 4); /* Thursday */
	assert_int_equal(kz_weekday(D("2025-06-01")), 7); /* Sunday */
	assert_int_equal(kz_weekday(D("1900-01-01")), 1); /* Monday */
	assert_int_equal(kz_weekday(D("2199-12-31")), 2); /* Tuesday */
}

static void leap_years_follow_the_gregorian_rule(void **state)
{
	(void)state;
	assert_true(kz_ymd_valid(2024, 2, 29));
	assert_true(kz_ymd_valid(2000, 2, 29));
	assert_false(kz_ymd_valid(1900, 2, 29)); /* divisible by 100, not by 400 */
	assert_false(kz_ymd_valid(2100, 2, 29));
	assert_int_equal(D("2025-03-01") - D("2024-02-28"), 367);
}

static void parse_rejects_everything_but_strict_iso(void **state)
{
	static const char *const bad[] = {"2025-02-30", "2025-13-01", "2025-3-1", "20250320",
					  "2025-03-20x", " 2025-03-20", "2025-03-2",
					  "2025/03/20", "1899-12-31", "2200-01-01", "", "2025-00-10",
					  "2025-04-31", "2023-02-29", "+025-03-20", "2025-03-20\n"};
	kz_day out;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (kz_day_parse(bad[i], strlen(bad[i]), &out) == 0)
			fail_msg("accepted '%s'", bad[i]);
}

static void parse_accepts_the_range_ends(void **state)
{
	(void)state;
	assert_int_equal(D("1900-01-01"), kz_day_from_ymd(1900, 1, 1));
	assert_int_equal(D("2199-12-31"), kz_day_from_ymd(2199, 12, 31));
}

static void parse_error_says_what_is_wrong(void **state)
{
	kz_error err = {0};
	kz_day out;

	(void)state;
	assert_int_equal(kz_date_parse("2025-02-30", "--arrival", &out, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.where, "--arrival");
	assert_string_equal(err.msg, "no such date '2025-02-30' (expected a day 01..28)");
	assert_int_equal(kz_date_parse("2025-3-1", "--arrival", &out, &err), -1);
	assert_string_equal(err.msg, "bad date '2025-3-1' (expected YYYY-MM-DD)");
	assert_int_equal(kz_date_parse("2300-01-01", "x", &out, &err), -1);
	assert_string_equal(err.msg, "year 2300 out of range (expected 1900..2199)");
}

static void format_writes_iso(void **state)
{
	char buf[11];

	(void)state;
	assert_string_equal(kz_day_format(D("2025-03-07"), buf), "2025-03-07");
	assert_string_equal(kz_day_format(kz_day_from_ymd(1900, 1, 1), buf), "1900-01-01");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(epoch_is_day_zero_and_a_thursday),
		cmocka_unit_test(day_numbers_round_trip_over_the_whole_range),
		cmocka_unit_test(known_weekdays),
		cmocka_unit_test(leap_years_follow_the_gregorian_rule),
		cmocka_unit_test(parse_rejects_everything_but_strict_iso),
		cmocka_unit_test(parse_accepts_the_range_ends),
		cmocka_unit_test(parse_error_says_what_is_wrong),
		cmocka_unit_test(format_writes_iso),
	};
	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
