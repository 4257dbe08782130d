/* test_errors.c — kz_error: filling it (or not, with NULL), the name of every code, and
 * what kz_date_parse says about each way a date can be wrong; plus day numbers far outside
 * the years kzmig accepts, which take the slow conversion paths of date.c. */
#include "kztest.h"

/* Parses s as option "--arrival"; the parse must fail with KZ_EINVAL and `msg`. */
static void assert_date_refused(const char *s, const char *msg)
{
	kz_error err = {0};
	kz_day out = 12345;

	if (kz_date_parse(s, "--arrival", &out, &err) != -1)
		fail_msg("'%s' was accepted", s);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.where, "--arrival");
	assert_string_equal(err.msg, msg);
	assert_int_equal(out, 12345); /* a refused date leaves *out alone */
}

static void error_set_with_no_error_struct_only_returns_minus_one(void **state)
{
	(void)state;
	assert_int_equal(kz_error_set(NULL, KZ_EDATA, "where", "what %d", 1), -1);
}

static void error_set_fills_code_where_and_formatted_message(void **state)
{
	kz_error err = {0};

	(void)state;
	assert_int_equal(kz_error_set(&err, KZ_ERANGE, "TO", "%d days, %s", 7, "too many"), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_string_equal(err.where, "TO");
	assert_string_equal(err.msg, "7 days, too many");
}

static void error_set_with_no_where_leaves_where_empty(void **state)
{
	kz_error err;

	(void)state;
	memset(&err, 'x', sizeof err); /* whatever was there before is replaced */
	assert_int_equal(kz_error_set(&err, KZ_ENOMEM, NULL, "out of memory"), -1);
	assert_int_equal(err.code, KZ_ENOMEM);
	assert_string_equal(err.where, "");
	assert_string_equal(err.msg, "out of memory");
}

static void error_set_cuts_a_long_where_and_message_to_fit(void **state)
{
	kz_error err = {0};
	char longer[1000];

	(void)state;
	memset(longer, 'a', sizeof longer - 1);
	longer[sizeof longer - 1] = '\0';
	kz_error_set(&err, KZ_EINVAL, longer, "%s", longer);
	/* where[96] and msg[512]: the text is cut, still NUL-terminated. */
	assert_int_equal(strlen(err.where), sizeof err.where - 1);
	assert_int_equal(strlen(err.msg), sizeof err.msg - 1);
	assert_int_equal(err.where[0], 'a');
	assert_int_equal(err.msg[sizeof err.msg - 2], 'a');
}

/* Cut Cyrillic (two bytes a letter) ends on a whole letter, whatever the parity. */
static void error_set_never_cuts_a_letter_in_half(void **state)
{
	kz_error err = {0};
	char text[1200];

	(void)state;
	for (size_t odd = 0; odd < 2; odd++) {
		size_t k = 0;

		if (odd)
			text[k++] = 'x';
		while (k + 2 < sizeof text) {
			memcpy(text + k, "\xd0\xb6", 2); /* ж */
			k += 2;
		}
		text[k] = '\0';
		kz_error_set(&err, KZ_EINVAL, text, "%s", text);
		for (const char *s = err.msg; *s; s++)
			if ((unsigned char)*s == 0xd0)
				assert_int_equal((unsigned char)s[1], 0xb6);
		assert_true(strlen(err.msg) >= sizeof err.msg - 2);
		assert_true(strlen(err.where) >= sizeof err.where - 2);
		assert_int_equal((unsigned char)err.msg[strlen(err.msg) - 1], 0xb6);
		assert_int_equal((unsigned char)err.where[strlen(err.where) - 1], 0xb6);
	}
}

static void strerror_names_every_code(void **state)
{
	(void)state;
	assert_string_equal(kz_strerror(KZ_OK), "success");
	assert_string_equal(kz_strerror(KZ_EINVAL), "bad input value");
	assert_string_equal(kz_strerror(KZ_ERANGE), "out of range");
	assert_string_equal(kz_strerror(KZ_EDATA), "bad data file");
	assert_string_equal(kz_strerror(KZ_ENOMEM), "out of memory");
}

static void strerror_of_a_code_that_does_not_exist_is_unknown_error(void **state)
{
	(void)state;
	assert_string_equal(kz_strerror((enum kz_code)99), "unknown error");
	assert_string_equal(kz_strerror((enum kz_code)-1), "unknown error");
}

static void date_parse_accepts_a_good_date_and_leaves_the_error_alone(void **state)
{
	kz_error err = {0};
	kz_day out = 0;

	(void)state;
	assert_int_equal(kz_date_parse("2024-02-29", "--arrival", &out, &err), 0);
	assert_day_equal(out, "2024-02-29");
	assert_int_equal(err.code, KZ_OK);
	assert_string_equal(err.where, "");
}

static void date_parse_names_a_year_outside_1900_to_2199(void **state)
{
	(void)state;
	assert_date_refused("1899-12-31", "year 1899 out of range (expected 1900..2199)");
	assert_date_refused("2200-01-01", "year 2200 out of range (expected 1900..2199)");
	assert_date_refused("0000-01-01", "year 0 out of range (expected 1900..2199)");
	/* The year is checked before the month. */
	assert_date_refused("9999-13-45", "year 9999 out of range (expected 1900..2199)");
}

static void date_parse_names_a_month_that_does_not_exist(void **state)
{
	(void)state;
	assert_date_refused("2025-13-01", "no month 13 in '2025-13-01' (expected 01..12)");
	assert_date_refused("2025-00-10", "no month 00 in '2025-00-10' (expected 01..12)");
}

static void date_parse_gives_the_last_day_of_the_month_for_a_day_too_far(void **state)
{
	(void)state;
	/* 2025 is not a leap year: February has 28 days. */
	assert_date_refused("2025-02-29", "no such date '2025-02-29' (expected a day 01..28)");
	/* 2024 is (divisible by 4, not by 100): 29. */
	assert_date_refused("2024-02-30", "no such date '2024-02-30' (expected a day 01..29)");
	/* 1900 is divisible by 100 but not 400: not a leap year. */
	assert_date_refused("1900-02-29", "no such date '1900-02-29' (expected a day 01..28)");
	/* 2100 likewise; 2000 (divisible by 400) is a leap year and parses. */
	assert_date_refused("2100-02-29", "no such date '2100-02-29' (expected a day 01..28)");
	assert_date_refused("2025-04-31", "no such date '2025-04-31' (expected a day 01..30)");
	assert_date_refused("2025-01-00", "no such date '2025-01-00' (expected a day 01..31)");
	assert_date_refused("2025-12-32", "no such date '2025-12-32' (expected a day 01..31)");
}

static void a_29_february_is_accepted_in_a_year_divisible_by_400(void **state)
{
	kz_error err = {0};
	kz_day out = 0;

	(void)state;
	/* 2000: divisible by 100 but also by 400, so a leap year (Gregorian rule). */
	assert_int_equal(kz_date_parse("2000-02-29", "--arrival", &out, &err), 0);
	assert_int_equal(out, kz_day_from_ymd(2000, 3, 1) - 1);
	assert_true(kz_ymd_valid(2000, 2, 29));
	/* The same check, one part wrong at a time. */
	assert_false(kz_ymd_valid(1899, 12, 31));
	assert_false(kz_ymd_valid(2200, 1, 1));
	assert_false(kz_ymd_valid(2025, 0, 1));
	assert_false(kz_ymd_valid(2025, 13, 1));
	assert_false(kz_ymd_valid(2025, 1, 0));
	assert_false(kz_ymd_valid(2025, 2, 29));
	assert_true(kz_ymd_valid(2199, 12, 31));
}

static void date_parse_calls_anything_not_shaped_like_a_date_a_bad_date(void **state)
{
	(void)state;
	assert_date_refused("", "bad date '' (expected YYYY-MM-DD)");
	assert_date_refused("2025-3-1", "bad date '2025-3-1' (expected YYYY-MM-DD)");
	assert_date_refused("20250320", "bad date '20250320' (expected YYYY-MM-DD)");
	assert_date_refused("2025/03/20", "bad date '2025/03/20' (expected YYYY-MM-DD)");
	assert_date_refused("2025-03/20", "bad date '2025-03/20' (expected YYYY-MM-DD)");
	assert_date_refused("2025-03-20 ", "bad date '2025-03-20 ' (expected YYYY-MM-DD)");
	/* Ten characters with both dashes, but a non-digit in each part in turn. */
	assert_date_refused("x025-03-20", "bad date 'x025-03-20' (expected YYYY-MM-DD)");
	assert_date_refused("2025-x3-20", "bad date '2025-x3-20' (expected YYYY-MM-DD)");
	assert_date_refused("2025-03-2x", "bad date '2025-03-2x' (expected YYYY-MM-DD)");
	assert_date_refused("2025-+3-20", "bad date '2025-+3-20' (expected YYYY-MM-DD)");
	assert_date_refused("-025-03-20", "bad date '-025-03-20' (expected YYYY-MM-DD)");
	/* The bytes just past '9' and before '0', and a dash with its top bit set. */
	assert_date_refused(":025-03-20", "bad date ':025-03-20' (expected YYYY-MM-DD)");
	assert_date_refused("2025-0/-20", "bad date '2025-0/-20' (expected YYYY-MM-DD)");
	assert_date_refused("2025-03-:0", "bad date '2025-03-:0' (expected YYYY-MM-DD)");
	assert_date_refused("2025-03-2/", "bad date '2025-03-2/' (expected YYYY-MM-DD)");
	assert_date_refused("2025\xad" "03-20", "bad date '2025\xad" "03-20' (expected YYYY-MM-DD)");
	assert_date_refused("2025-03,20", "bad date '2025-03,20' (expected YYYY-MM-DD)");
	assert_date_refused("\xb2" "025-03-20", "bad date '\xb2" "025-03-20' (expected YYYY-MM-DD)");
}

static void date_parse_quotes_at_most_forty_characters_of_junk(void **state)
{
	(void)state;
	assert_date_refused("0123456789012345678901234567890123456789-and-more",
			    "bad date '0123456789012345678901234567890123456789' "
			    "(expected YYYY-MM-DD)");
}

static void date_parse_with_no_error_struct_still_fails(void **state)
{
	kz_day out = 7;

	(void)state;
	assert_int_equal(kz_date_parse("2025-02-30", "x", &out, NULL), -1);
	assert_int_equal(kz_date_parse("junk", "x", &out, NULL), -1);
	assert_int_equal(out, 7);
}

/* y-m-d -> day -> y-m-d must give the same date back. */
static void assert_round_trip(int y, int m, int d)
{
	int y2, m2, d2;

	kz_day_to_ymd(kz_day_from_ymd(y, m, d), &y2, &m2, &d2);
	if (y2 != y || m2 != m || d2 != d)
		fail_msg("%d-%d-%d came back as %d-%d-%d", y, m, d, y2, m2, d2);
}

static void days_far_outside_the_range_convert_both_ways(void **state)
{
	(void)state;
	/* Years beyond the fast path's limits (-32000 < y < 1000000; days -12000000 to
	 * 1000000000) go through Hinnant's algorithms, and must agree with the fast ones. */
	assert_round_trip(-40000, 1, 1);
	assert_round_trip(-40000, 2, 29); /* divisible by 400: a leap year */
	assert_round_trip(-32000, 12, 31);
	assert_round_trip(3000000, 3, 1);
	assert_round_trip(2999999, 12, 31);
	assert_round_trip(1000000, 1, 1);
	/* The Gregorian calendar repeats every 400 years = 146097 days, on both paths. */
	assert_int_equal(kz_day_from_ymd(-39600, 1, 1) - kz_day_from_ymd(-40000, 1, 1), 146097);
	assert_int_equal(kz_day_from_ymd(3000400, 1, 1) - kz_day_from_ymd(3000000, 1, 1), 146097);
	/* Across the edges of the fast path the days run on by one: -32000 is a leap year
	 * (divisible by 400), so -32000-01-01 to -31999-01-01 is 366 days. */
	assert_int_equal(kz_day_from_ymd(-31999, 1, 1) - kz_day_from_ymd(-32000, 1, 1), 366);
	assert_int_equal(kz_day_from_ymd(1000000, 1, 1) - kz_day_from_ymd(999999, 12, 31), 1);
	/* 1970-01-01 is day 0 on either path: 400 years * 5000 on (2 000 000 years, a whole
	 * number of cycles) is 5000 * 146097 days. */
	assert_int_equal(kz_day_from_ymd(2001970, 1, 1), 5000 * 146097);
	assert_string_equal(kz_day_format(-40, (char[11]){0}), "1969-11-22");
}

static void day_numbers_at_the_edges_of_the_fast_path_are_consecutive_days(void **state)
{
	int y, m, d, y2, m2, d2;

	(void)state;
	for (kz_day day = -12000002; day <= -11999999; day++) {
		kz_day_to_ymd(day, &y, &m, &d);
		assert_int_equal(kz_day_from_ymd(y, m, d), day);
		kz_day_to_ymd(day + 1, &y2, &m2, &d2);
		assert_int_equal(kz_day_from_ymd(y2, m2, d2) - kz_day_from_ymd(y, m, d), 1);
	}
	for (kz_day day = 999999998; day <= 1000000002; day++) {
		kz_day_to_ymd(day, &y, &m, &d);
		assert_int_equal(kz_day_from_ymd(y, m, d), day);
	}
	/* The year of day 0 + 5000 * 146097 days is 1970 + 2 000 000. */
	assert_int_equal(kz_day_year(5000 * 146097), 2001970);
}

static void weekdays_before_1970_are_counted_back_from_a_thursday(void **state)
{
	(void)state;
	/* Day 0 (1970-01-01) is a Thursday: day -1 a Wednesday, day -4 a Sunday, day -7
	 * a Thursday again. */
	assert_int_equal(kz_weekday(-1), 3);
	assert_int_equal(kz_weekday(-4), 7);
	assert_int_equal(kz_weekday(-7), 4);
	assert_int_equal(kz_weekday(D("1969-07-20")), 7); /* a Sunday */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(error_set_with_no_error_struct_only_returns_minus_one),
		cmocka_unit_test(error_set_fills_code_where_and_formatted_message),
		cmocka_unit_test(error_set_with_no_where_leaves_where_empty),
		cmocka_unit_test(error_set_cuts_a_long_where_and_message_to_fit),
		cmocka_unit_test(error_set_never_cuts_a_letter_in_half),
		cmocka_unit_test(strerror_names_every_code),
		cmocka_unit_test(strerror_of_a_code_that_does_not_exist_is_unknown_error),
		cmocka_unit_test(date_parse_accepts_a_good_date_and_leaves_the_error_alone),
		cmocka_unit_test(date_parse_names_a_year_outside_1900_to_2199),
		cmocka_unit_test(date_parse_names_a_month_that_does_not_exist),
		cmocka_unit_test(date_parse_gives_the_last_day_of_the_month_for_a_day_too_far),
		cmocka_unit_test(a_29_february_is_accepted_in_a_year_divisible_by_400),
		cmocka_unit_test(date_parse_calls_anything_not_shaped_like_a_date_a_bad_date),
		cmocka_unit_test(date_parse_quotes_at_most_forty_characters_of_junk),
		cmocka_unit_test(date_parse_with_no_error_struct_still_fails),
		cmocka_unit_test(days_far_outside_the_range_convert_both_ways),
		cmocka_unit_test(day_numbers_at_the_edges_of_the_fast_path_are_consecutive_days),
		cmocka_unit_test(weekdays_before_1970_are_counted_back_from_a_thursday),
	};
	return cmocka_run_group_tests_name("errors", tests, NULL, NULL);
}
