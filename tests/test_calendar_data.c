/* test_calendar_data.c — kz_calendar_load on the fixtures in tests/fixtures/holidays/:
 * each bad file is refused with KZ_EDATA and a message that says where and what. */
#include "kztest.h"

#define FIXTURES "tests/fixtures/holidays/"

/* The fixture's bytes (malloc'd; the caller frees). */
static char *slurp(const char *name, size_t *len)
{
	char path[256];
	FILE *f;
	char *buf;
	long n;

	snprintf(path, sizeof path, FIXTURES "%s", name);
	f = fopen(path, "rb");
	if (f == NULL)
		fail_msg("cannot open %s (run the tests from the project root)", path);
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* Loads a fixture under its own file name. */
static kz_calendar *load(const char *name, kz_error *err)
{
	size_t len;
	char *json = slurp(name, &len);
	kz_calendar *cal = kz_calendar_load(json, len, name, err);

	free(json);
	return cal;
}

/* The fixture must be refused with KZ_EDATA, `where` and `msg`. */
static void assert_refused(const char *name, const char *where, const char *msg)
{
	kz_error err = {0};
	kz_calendar *cal = load(name, &err);

	if (cal != NULL) {
		kz_calendar_free(cal);
		fail_msg("%s was accepted", name);
	}
	assert_int_equal(err.code, KZ_EDATA);
	assert_string_equal(err.where, where);
	assert_string_equal(err.msg, msg);
}

static void the_valid_fixture_loads_and_keeps_its_transfer(void **state)
{
	kz_error err = {0};
	kz_calendar *cal = load("valid.json", &err);

	(void)state;
	if (cal == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	assert_int_equal(err.code, KZ_OK);
	assert_string_equal(kz_calendar_as_of(cal), "2026-11-01");
	assert_int_equal(kz_calendar_confirmed_from(cal), 2025);
	assert_int_equal(kz_calendar_confirmed_through(cal), 2025);
	assert_false(kz_year_provisional(cal, 2025));
	assert_true(kz_year_provisional(cal, 2024));
	assert_true(kz_year_provisional(cal, 2026));
	/* Only New Year and Kurban Ait: Thu 1 Jan off, Fri 3 off and Sun 5 worked by order. */
	assert_false(kz_is_working(cal, D("2025-01-01")));
	assert_true(kz_is_working(cal, D("2025-01-02")));
	assert_false(kz_is_working(cal, D("2025-01-03")));
	assert_true(kz_is_working(cal, D("2025-01-05")));
	assert_false(kz_is_working(cal, D("2025-06-06")));
	assert_true(kz_is_working(cal, D("2025-03-21"))); /* no Nauryz in this file */
	kz_calendar_free(cal);
}

static void an_empty_file_is_refused(void **state)
{
	(void)state;
	assert_refused("empty.json", "empty.json", "empty file (expected a JSON object)");
}

/* Line 3 is `  "weekend": [6, 7,],`: cJSON stops at the ']' after the trailing comma,
 * column 20 (two spaces, `"weekend":` in 3..12, a space, '[' at 14, "6, 7," in 15..19). */
static void a_file_that_is_not_json_is_refused_with_line_and_column(void **state)
{
	(void)state;
	assert_refused("not-json.json", "not-json.json:3:20",
		       "not valid JSON here (expected a JSON object)");
}

static void holidays_that_are_not_an_array_are_refused(void **state)
{
	(void)state;
	assert_refused("wrong-shape.json", "wrong-shape.json: holidays",
		       "wrong type (expected an array)");
}

static void a_date_that_does_not_exist_is_refused(void **state)
{
	(void)state;
	assert_refused("bad-date.json", "bad-date.json: transfers[0].off",
		       "'2025-02-30' is not a date (expected YYYY-MM-DD)");
}

/* Kurban Ait is a holiday from 2006; a 2005 date cannot be one. */
static void a_moveable_date_outside_its_holidays_years_is_refused(void **state)
{
	(void)state;
	assert_refused("moveable-outside-years.json", "moveable-outside-years.json",
		       "moveable[0].date: 2005 is outside the years of 'kurban-ait' "
		       "(2006..2199)");
}

static void a_duplicate_holiday_id_is_refused(void **state)
{
	(void)state;
	assert_refused("duplicate-id.json", "duplicate-id.json",
		       "holidays[1].id: duplicate id 'new-year-1'");
}

static void a_second_kurban_ait_date_in_one_year_is_refused(void **state)
{
	(void)state;
	assert_refused("second-kurban-ait.json", "second-kurban-ait.json",
		       "moveable[1]: a second date for 'kurban-ait' in 2025");
}

/* Thu 1 Jan 2025 is New Year: a decree cannot make it a day off again. */
static void a_transfer_off_on_a_day_that_is_already_off_is_refused(void **state)
{
	(void)state;
	assert_refused("transfer-off-on-day-off.json", "transfer-off-on-day-off.json",
		       "transfers[1].off: 2025-01-01 is not a working day "
		       "(expected a day to make a day off)");
}

/* 2025 is confirmed, so its Kurban Ait may not be guessed. */
static void a_missing_kurban_ait_date_in_a_confirmed_year_is_refused(void **state)
{
	(void)state;
	assert_refused("missing-moveable.json", "missing-moveable.json",
		       "moveable: no date for 'kurban-ait' in 2025, a confirmed year "
		       "(expected an entry)");
}

/* Kurban Ait (listed first, never moved) and a fixed holiday that moves both fall on
 * Sat 7 Jun 2025: the fixed holiday's day off still moves to Mon 9 Jun. */
static void a_fixed_holiday_sharing_a_saturday_with_kurban_ait_still_moves(void **state)
{
	kz_error err = {0};
	kz_calendar *cal = load("coinciding-holidays.json", &err);
	struct kz_day_info in;

	(void)state;
	if (cal == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	assert_int_equal(kz_day_info(cal, D("2025-06-07"), &in, &err), 0);
	assert_int_equal(in.kind, KZ_DAY_HOLIDAY_WEEKEND);
	assert_string_equal(in.name, "Test Day");
	assert_int_equal(kz_day_info(cal, D("2025-06-09"), &in, &err), 0);
	assert_int_equal(in.kind, KZ_DAY_MOVED);
	assert_string_equal(in.name, "Test Day");
	assert_day_equal(in.other, "2025-06-07");
	assert_true(kz_is_working(cal, D("2025-06-10")));
	kz_calendar_free(cal);
}

/* With no Kurban Ait dates before 2190, 2015..2026 use the arithmetical estimate: it must
 * land within a day of the date DUMK fixed (kz-calendar.md), and mark the year
 * provisional. */
static void the_kurban_ait_estimate_is_within_a_day_of_dumk(void **state)
{
	static const char *const dumk[] = {"2015-09-24", "2016-09-12", "2017-09-01",
					   "2018-08-21", "2019-08-11", "2020-07-31",
					   "2021-07-20", "2022-07-09", "2023-06-28",
					   "2024-06-16", "2025-06-06", "2026-05-27"};
	kz_error err = {0};
	kz_calendar *cal = load("estimated-kurban-ait.json", &err);

	(void)state;
	if (cal == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	for (size_t i = 0; i < sizeof dumk / sizeof dumk[0]; i++) {
		struct kz_holiday h[8];
		int year = 2015 + (int)i;
		size_t n = kz_calendar_holidays(cal, year, h, 8);
		bool near = false;

		assert_true(kz_year_provisional(cal, year));
		for (size_t k = 0; k < n && k < 8; k++)
			if (strcmp(h[k].name, "Kurban Ait") == 0)
				near = near || abs(h[k].day - D(dumk[i])) <= 1;
		if (!near)
			fail_msg("%d: no estimated Kurban Ait within a day of %s", year, dumk[i]);
	}
	kz_calendar_free(cal);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_valid_fixture_loads_and_keeps_its_transfer),
		cmocka_unit_test(an_empty_file_is_refused),
		cmocka_unit_test(a_file_that_is_not_json_is_refused_with_line_and_column),
		cmocka_unit_test(holidays_that_are_not_an_array_are_refused),
		cmocka_unit_test(a_date_that_does_not_exist_is_refused),
		cmocka_unit_test(a_moveable_date_outside_its_holidays_years_is_refused),
		cmocka_unit_test(a_duplicate_holiday_id_is_refused),
		cmocka_unit_test(a_second_kurban_ait_date_in_one_year_is_refused),
		cmocka_unit_test(a_transfer_off_on_a_day_that_is_already_off_is_refused),
		cmocka_unit_test(a_missing_kurban_ait_date_in_a_confirmed_year_is_refused),
		cmocka_unit_test(a_fixed_holiday_sharing_a_saturday_with_kurban_ait_still_moves),
		cmocka_unit_test(the_kurban_ait_estimate_is_within_a_day_of_dumk),
	};
	return cmocka_run_group_tests_name("calendar_data", tests, NULL, NULL);
}
