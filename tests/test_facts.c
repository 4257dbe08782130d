/* test_facts.c — a person's facts from text (src/facts.c): the one reader behind due's
 * options and a roster's cells, so both say the same of the same text. */
#include "kztest.h"

/* The text must be refused, with exactly this reason. */
#define assert_why(call, want)                                                             \
	do {                                                                               \
		char why_[KZ_WHY_MAX] = "";                                                \
		assert_int_equal((call), -1);                                              \
		assert_string_equal(why_, (want));                                         \
	} while (0)

static void a_date_is_strict_iso_of_exactly_its_bytes(void **state)
{
	kz_day d;
	char why[KZ_WHY_MAX];

	(void)state;
	assert_int_equal(kz_fact_date("2025-03-20", 10, &d, why), 0);
	assert_day_equal(d, "2025-03-20");
	/* The n bytes, not the NUL: a cell or a trip's half need not end with one. */
	assert_int_equal(kz_fact_date("2025-03-20:2025-04-01", 10, &d, why), 0);
	assert_day_equal(d, "2025-03-20");
	assert_why(kz_fact_date("2025-3-20", 9, &d, why_), "bad date '2025-3-20' (expected YYYY-MM-DD)");
	assert_why(kz_fact_date("", 0, &d, why_), "bad date '' (expected YYYY-MM-DD)");
	assert_why(kz_fact_date("2025-02-29", 10, &d, why_),
		   "no such date '2025-02-29' (expected a day 01..28)");
	assert_why(kz_fact_date("2025-13-01", 10, &d, why_),
		   "no month 13 in '2025-13-01' (expected 01..12)");
	assert_why(kz_fact_date("1899-12-31", 10, &d, why_),
		   "year 1899 out of range (expected 1900..2199)");
}

/* DD.MM.YYYY, as offices in Kazakhstan write dates: the same day, and a day that does
 * not exist named as it was written. */
static void a_date_may_be_written_day_first_with_dots(void **state)
{
	kz_day d;
	char why[KZ_WHY_MAX];

	(void)state;
	assert_int_equal(kz_fact_date("20.03.2025", 10, &d, why), 0);
	assert_day_equal(d, "2025-03-20");
	assert_int_equal(kz_fact_date("29.02.2024", 10, &d, why), 0);
	assert_day_equal(d, "2024-02-29");
	assert_why(kz_fact_date("29.02.2025", 10, &d, why_),
		   "no such date '29.02.2025' (expected a day 01..28)");
	assert_why(kz_fact_date("20.13.2025", 10, &d, why_),
		   "no month 13 in '20.13.2025' (expected 01..12)");
	assert_why(kz_fact_date("2.3.2025", 8, &d, why_), "bad date '2.3.2025' (expected YYYY-MM-DD)");
}

static void a_text_too_long_to_be_a_date_is_cut_short(void **state)
{
	/* 47 bytes are quoted as kz_date_parse quotes them (the first 40); from 48 on, the
	 * first 20 and "...". */
	const char *t = "0123456789012345678901234567890123456789the rest, not quoted";
	kz_day d;

	(void)state;
	assert_why(kz_fact_date(t, 47, &d, why_),
		   "bad date '0123456789012345678901234567890123456789' (expected YYYY-MM-DD)");
	assert_why(kz_fact_date(t, strlen(t), &d, why_),
		   "'01234567890123456789...' is not a date (expected YYYY-MM-DD)");
}

static void a_trip_is_two_dates_around_a_colon(void **state)
{
	struct kz_trip t;
	char why[KZ_WHY_MAX];

	(void)state;
	assert_int_equal(kz_fact_trip("2025-01-01:2025-01-10", 21, &t, why), 0);
	assert_day_equal(t.from, "2025-01-01");
	assert_day_equal(t.to, "2025-01-10");
	assert_why(kz_fact_trip("2025-01-01", 10, &t, why_),
		   "'2025-01-01' (expected FROM:TO, two dates)");
	assert_why(kz_fact_trip(":2025-01-01", 11, &t, why_), "bad date '' (expected YYYY-MM-DD)");
	assert_why(kz_fact_trip("2025-01-01:2025-01-10:2025-01-20", 32, &t, why_),
		   "bad date '2025-01-10:2025-01-20' (expected YYYY-MM-DD)");
}

static void lists_split_at_spaces_commas_and_semicolons(void **state)
{
	struct kz_trip t[4];
	kz_day m[4];
	size_t n = 99;
	char why[KZ_WHY_MAX];

	(void)state;
	assert_int_equal(kz_fact_trips("", t, 4, &n, why), 0);
	assert_int_equal(n, 0);
	assert_int_equal(kz_fact_trips(" 2024-01-01:2024-01-10;2024-06-01:2024-06-05 ,"
				       "2024-09-01:2024-09-02\t",
				       t, 4, &n, why),
			 0);
	assert_int_equal(n, 3);
	assert_day_equal(t[2].to, "2024-09-02");
	assert_int_equal(kz_fact_moves("2025-04-01, 2025-05-01;;2025-06-01", m, 4, &n, why), 0);
	assert_int_equal(n, 3);
	assert_day_equal(m[1], "2025-05-01");
	assert_why(kz_fact_moves("2025-04-01 2025-04-31", m, 4, &n, why_),
		   "no such date '2025-04-31' (expected a day 01..30)");
}

static void a_list_longer_than_its_room_is_refused(void **state)
{
	struct kz_trip t[2];
	kz_day m[2];
	size_t n;

	(void)state;
	assert_why(kz_fact_trips("2024-01-01:2024-01-02 2024-02-01:2024-02-02 "
				 "2024-03-01:2024-03-02",
				 t, 2, &n, why_),
		   "more than 2 trips");
	assert_why(kz_fact_moves("2025-04-01 2025-05-01 2025-06-01", m, 2, &n, why_),
		   "more than 2 moves");
}

static void a_word_is_one_of_its_list_in_any_case(void **state)
{
	int v = -1;
	char why[KZ_WHY_MAX];

	(void)state;
	assert_int_equal(kz_fact_word("large", kz_host_words, &v, why), 0);
	assert_int_equal(v, KZ_HOST_LARGE);
	assert_int_equal(kz_fact_word("next-day", kz_count_from_words, &v, why), 0);
	assert_int_equal(v, KZ_COUNT_FROM_NEXT_DAY);
	assert_int_equal(kz_fact_word("visa", kz_entry_words, &v, why), 0);
	assert_int_equal(v, 1);
	/* In any case, as an office types it. */
	assert_int_equal(kz_fact_word("Large", kz_host_words, &v, why), 0);
	assert_int_equal(v, KZ_HOST_LARGE);
	assert_int_equal(kz_fact_word("VISA-FREE", kz_entry_words, &v, why), 0);
	assert_int_equal(v, 0);
	assert_why(kz_fact_word("larger", kz_host_words, &v, why_),
		   "unknown value 'larger' (expected individual|small|medium|large)");
	assert_why(kz_fact_word("on-foot", kz_entry_words, &v, why_),
		   "unknown value 'on-foot' (expected visa-free|visa)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_date_is_strict_iso_of_exactly_its_bytes),
		cmocka_unit_test(a_text_too_long_to_be_a_date_is_cut_short),
		cmocka_unit_test(a_trip_is_two_dates_around_a_colon),
		cmocka_unit_test(lists_split_at_spaces_commas_and_semicolons),
		cmocka_unit_test(a_list_longer_than_its_room_is_refused),
		cmocka_unit_test(a_word_is_one_of_its_list_in_any_case),
		cmocka_unit_test(a_date_may_be_written_day_first_with_dots),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
