/* test_calendar.c — the working-day calendar on the real embedded data.
 *
 * Every expected date is worked out by hand from reference/kz-calendar.md: the holidays
 * and the years they are in force, the weekend rule (Labor Code art. 85: a holiday on a
 * Saturday or Sunday moves its day off to the next day that is neither a weekend, a
 * holiday nor an earlier-moved day off; Jan 7 and Kurban Ait never move), the transfers
 * by decree, and Kurban Ait by year. */
#include "kztest.h"

static int setup(void **state)
{
	*state = kzt_calendar();
	return *state == NULL ? -1 : 0;
}

static int teardown(void **state)
{
	kz_calendar_free(*state);
	return 0;
}

#define CAL ((const kz_calendar *)*state)

/* The test fails naming the date, not a day number. */
#define assert_working(cal, s)                                                             \
	do {                                                                               \
		if (!kz_is_working((cal), D(s)))                                           \
			fail_msg("%s is a day off, want a working day", (s));              \
	} while (0)
#define assert_off(cal, s)                                                                 \
	do {                                                                               \
		if (kz_is_working((cal), D(s)))                                            \
			fail_msg("%s is a working day, want a day off", (s));              \
	} while (0)

/* `from` rolled forward to a working day, then n working days on. */
static kz_day add(const kz_calendar *cal, const char *from, int n)
{
	kz_error err = {0};
	kz_day out = KZ_NO_DAY;

	if (kz_add_workdays(cal, D(from), n, &out, &err) != 0)
		fail_msg("add %s %d: %s: %s", from, n, err.where, err.msg);
	return out;
}

/* Working days in [from, to). */
static int count(const kz_calendar *cal, const char *from, const char *to)
{
	kz_error err = {0};
	int n = -999999;

	if (kz_count_workdays(cal, D(from), D(to), &n, &err) != 0)
		fail_msg("count %s %s: %s: %s", from, to, err.where, err.msg);
	return n;
}

static kz_day before(const kz_calendar *cal, const char *end, int n)
{
	kz_error err = {0};
	kz_day out = KZ_NO_DAY;

	if (kz_workdays_before(cal, D(end), n, &out, &err) != 0)
		fail_msg("before %s %d: %s: %s", end, n, err.where, err.msg);
	return out;
}

static struct kz_day_info info(const kz_calendar *cal, const char *day)
{
	kz_error err = {0};
	struct kz_day_info in;

	if (kz_day_info(cal, D(day), &in, &err) != 0)
		fail_msg("info %s: %s: %s", day, err.where, err.msg);
	return in;
}

/* A day off moved off a weekend: its kind, the holiday's name and its original day. */
static void assert_moved(const kz_calendar *cal, const char *day, const char *name,
			 const char *from)
{
	struct kz_day_info in = info(cal, day);

	if (in.kind != KZ_DAY_MOVED)
		fail_msg("%s: kind %d, want KZ_DAY_MOVED", day, in.kind);
	assert_false(in.working);
	assert_string_equal(in.name, name);
	assert_day_equal(in.other, from);
	assert_non_null(in.source);
}

/* A decree transfer: `work` (a weekend day, or a day off) worked, `off` a day off. */
static void assert_transfer(const kz_calendar *cal, const char *work, const char *off)
{
	struct kz_day_info w = info(cal, work), o = info(cal, off);

	if (w.kind != KZ_DAY_TRANSFER_WORK)
		fail_msg("%s: kind %d, want KZ_DAY_TRANSFER_WORK", work, w.kind);
	if (o.kind != KZ_DAY_TRANSFER_OFF)
		fail_msg("%s: kind %d, want KZ_DAY_TRANSFER_OFF", off, o.kind);
	assert_true(w.working);
	assert_false(o.working);
	assert_day_equal(w.other, off);
	assert_day_equal(o.other, work);
	assert_non_null(w.source);
	assert_non_null(o.source);
}

/* ---- the worked examples of kz-calendar.md (3-working-day notification) ---------- */

/* "Due" = the arrival rolled forward to a working day, plus 2 working days. */
static void arrival_on_monday_2_june_2025_is_due_wednesday_4_june(void **state)
{
	assert_day_equal(add(CAL, "2025-06-02", 2), "2025-06-04");
	assert_int_equal(count(CAL, "2025-06-02", "2025-06-05"), 3); /* Mon, Tue, Wed */
}

static void arrival_on_sunday_1_june_2025_starts_counting_monday(void **state)
{
	assert_day_equal(add(CAL, "2025-06-01", 0), "2025-06-02");
	assert_day_equal(add(CAL, "2025-06-01", 2), "2025-06-04");
}

/* Thu 20 is day 1; Fri 21 (Nauryz), Sat 22, Sun 23, Mon 24 and Tue 25 (Nauryz moved off
 * the weekend) are off; Wed 26 is day 2, Thu 27 day 3. */
static void arrival_on_thursday_20_march_2025_skips_nauryz_to_thursday_27(void **state)
{
	assert_day_equal(add(CAL, "2025-03-20", 2), "2025-03-27");
	assert_int_equal(count(CAL, "2025-03-20", "2025-03-28"), 3);
	assert_off(CAL, "2025-03-21");
	assert_off(CAL, "2025-03-24");
	assert_off(CAL, "2025-03-25");
	assert_working(CAL, "2025-03-26");
}

/* Fri 27, Mon 30, Tue 31 Dec 2024. */
static void arrival_on_friday_27_december_2024_is_due_tuesday_31(void **state)
{
	assert_day_equal(add(CAL, "2024-12-27", 2), "2024-12-31");
}

/* Fri 3 Jan 2025 is off by order; Sun 5 Jan is worked (day 1), Mon 6 is day 2, Tue 7 is
 * Christmas, Wed 8 is day 3. */
static void arrival_on_transferred_friday_3_january_2025_counts_the_working_sunday(
	void **state)
{
	assert_off(CAL, "2025-01-03");
	assert_working(CAL, "2025-01-05");
	assert_off(CAL, "2025-01-07");
	assert_day_equal(add(CAL, "2025-01-03", 0), "2025-01-05");
	assert_day_equal(add(CAL, "2025-01-03", 2), "2025-01-08");
}

/* ---- each holiday's years in force --------------------------------------------- */

/* Dec 17 was the second day of Independence Day 2002..2021. */
static void december_17_is_a_day_off_through_2021_only(void **state)
{
	assert_off(CAL, "2002-12-17");     /* Tue */
	assert_off(CAL, "2019-12-17");     /* Tue */
	assert_off(CAL, "2021-12-17");     /* Fri */
	assert_working(CAL, "2024-12-17"); /* Tue */
	assert_working(CAL, "2025-12-17"); /* Wed */
	/* Sat 17 Dec 2022 is no holiday, so Mon 19 gets no moved day off. */
	assert_int_equal(info(CAL, "2022-12-17").kind, KZ_DAY_WEEKEND);
	assert_working(CAL, "2022-12-19");
}

/* First President Day, Dec 1, 2012..2021. */
static void december_1_is_a_day_off_from_2012_through_2021(void **state)
{
	assert_working(CAL, "2011-12-01"); /* Thu */
	assert_moved(CAL, "2012-12-03", "First President Day", "2012-12-01"); /* Sat 1 -> Mon 3 */
	assert_off(CAL, "2015-12-01");     /* Tue */
	assert_off(CAL, "2021-12-01");     /* Wed */
	assert_working(CAL, "2022-12-01"); /* Thu */
	assert_working(CAL, "2023-12-01"); /* Fri */
}

/* Republic Day, Oct 25: 1994..2008 and again from 2022. */
static void october_25_is_off_in_2008_and_from_2022_not_in_between(void **state)
{
	assert_moved(CAL, "2008-10-27", "Republic Day", "2008-10-25"); /* Sat 25 -> Mon 27 */
	assert_int_equal(info(CAL, "2009-10-25").kind, KZ_DAY_WEEKEND); /* Sun, no holiday */
	assert_working(CAL, "2009-10-26"); /* Mon: nothing moved to it */
	assert_working(CAL, "2010-10-25"); /* Mon */
	assert_working(CAL, "2021-10-25"); /* Mon */
	assert_off(CAL, "2022-10-25");     /* Tue */
	assert_off(CAL, "2024-10-25");     /* Fri */
}

/* Capital Day, Jul 6, from 2009. */
static void july_6_is_a_day_off_from_2009(void **state)
{
	assert_working(CAL, "2008-07-07"); /* Sun 6 Jul 2008 was no holiday: Mon works */
	assert_off(CAL, "2009-07-06");     /* Mon */
	assert_off(CAL, "2010-07-06");     /* Tue */
}

/* Defender of the Fatherland Day, May 7, from 2013. */
static void may_7_is_a_day_off_from_2013(void **state)
{
	assert_working(CAL, "2012-05-07"); /* Mon */
	assert_off(CAL, "2013-05-07");     /* Tue */
	assert_off(CAL, "2025-05-07");     /* Wed */
}

/* Orthodox Christmas, Jan 7, from 2006. */
static void january_7_is_a_day_off_from_2006(void **state)
{
	assert_working(CAL, "2005-01-07"); /* Fri */
	assert_off(CAL, "2008-01-07");     /* Mon */
	assert_off(CAL, "2025-01-07");     /* Tue */
}

/* Constitution Day, Aug 30, until 2025; the new Constitution's day is Mar 15 from 2027. */
static void august_30_is_a_holiday_until_2025_so_monday_31_august_2026_works(void **state)
{
	assert_off(CAL, "2024-08-30");                                          /* Fri */
	assert_moved(CAL, "2025-09-01", "Constitution Day", "2025-08-30"); /* Sat -> Mon */
	assert_int_equal(info(CAL, "2026-08-30").kind, KZ_DAY_WEEKEND);        /* Sun */
	assert_working(CAL, "2026-08-31");                                      /* Mon */
	assert_working(CAL, "2027-08-30");                                      /* Mon */
}

static void march_15_is_constitution_day_from_2027(void **state)
{
	assert_working(CAL, "2025-03-17"); /* Sat 15 Mar 2025 was no holiday */
	assert_working(CAL, "2026-03-16"); /* Sun 15 Mar 2026 was no holiday */
	assert_off(CAL, "2027-03-15");     /* Mon */
	assert_string_equal(info(CAL, "2027-03-15").name, "Constitution Day");
	assert_off(CAL, "2028-03-15");     /* Wed */
}

/* Nauryz: Mar 22 alone before 2010, Mar 21-23 from 2010. */
static void nauryz_is_three_days_from_2010_and_march_22_alone_before(void **state)
{
	/* 2006: Tue 21, Wed 22, Thu 23 (no transfer in March 2006). */
	assert_working(CAL, "2006-03-21");
	assert_off(CAL, "2006-03-22");
	assert_working(CAL, "2006-03-23");
	/* 2009: Sat 21, Sun 22 -> Mon 23, Mon 23 no holiday -> Tue 24 works. */
	assert_moved(CAL, "2009-03-23", "Nauryz meiramy", "2009-03-22");
	assert_working(CAL, "2009-03-24");
	/* 2010: Sun 21 -> Wed 24 (Mon 22 and Tue 23 are Nauryz themselves). */
	assert_off(CAL, "2010-03-22");
	assert_off(CAL, "2010-03-23");
	assert_moved(CAL, "2010-03-24", "Nauryz meiramy", "2010-03-21");
	assert_working(CAL, "2010-03-25");
	/* 2011: Mon 21, Tue 22, Wed 23. */
	assert_int_equal(count(CAL, "2011-03-21", "2011-03-24"), 0);
}

/* ---- the weekend rule ------------------------------------------------------------- */

/* Nauryz 2015 fell Sat-Mon: Sat 21 -> Tue 24, Sun 22 -> Wed 25 (Mon 23 is Nauryz). */
static void nauryz_2015_moves_saturday_and_sunday_to_tuesday_and_wednesday(void **state)
{
	assert_int_equal(info(CAL, "2015-03-23").kind, KZ_DAY_HOLIDAY);
	assert_moved(CAL, "2015-03-24", "Nauryz meiramy", "2015-03-21");
	assert_moved(CAL, "2015-03-25", "Nauryz meiramy", "2015-03-22");
	assert_working(CAL, "2015-03-26");
	assert_day_equal(add(CAL, "2015-03-20", 1), "2015-03-26");
}

/* Sat 7 May 2016 -> Sun 8 is a weekend, Mon 9 is Victory Day -> Tue 10. */
static void may_7_2016_on_saturday_moves_past_victory_day_to_tuesday_10(void **state)
{
	assert_moved(CAL, "2016-05-02", "Kazakhstan People's Unity Day", "2016-05-01");
	assert_int_equal(info(CAL, "2016-05-09").kind, KZ_DAY_HOLIDAY);
	assert_moved(CAL, "2016-05-10", "Defender of the Fatherland Day", "2016-05-07");
	assert_working(CAL, "2016-05-11");
}

/* Sun 1 Jan -> Mon 2 is New Year's second day -> Tue 3. */
static void new_year_on_sunday_2017_and_2023_moves_to_tuesday_3_january(void **state)
{
	assert_off(CAL, "2017-01-02");
	assert_moved(CAL, "2017-01-03", "New Year", "2017-01-01");
	assert_working(CAL, "2017-01-04");
	assert_off(CAL, "2023-01-02");
	assert_moved(CAL, "2023-01-03", "New Year", "2023-01-01");
	assert_working(CAL, "2023-01-04");
}

/* Sat 1 -> Mon 3, Sun 2 -> Tue 4 (Mon 3 already taken). */
static void new_year_2022_on_saturday_and_sunday_moves_to_monday_and_tuesday(void **state)
{
	assert_moved(CAL, "2022-01-03", "New Year", "2022-01-01");
	assert_moved(CAL, "2022-01-04", "New Year (2nd day)", "2022-01-02");
	assert_working(CAL, "2022-01-05");
}

/* 2017: Sat 16 -> Mon 18, Sun 17 -> Tue 19.  2018: Sun 16 -> past Mon 17 -> Tue 18. */
static void independence_day_on_a_weekend_chains_its_moves(void **state)
{
	assert_moved(CAL, "2017-12-18", "Independence Day", "2017-12-16");
	assert_moved(CAL, "2017-12-19", "Independence Day (2nd day)", "2017-12-17");
	assert_off(CAL, "2018-12-17");
	assert_moved(CAL, "2018-12-18", "Independence Day", "2018-12-16");
	assert_working(CAL, "2018-12-19");
}

/* Jan 7 is religious: on a weekend its day off is lost. */
static void orthodox_christmas_on_a_weekend_is_not_moved(void **state)
{
	struct kz_day_info in = info(CAL, "2017-01-07"); /* Sat */

	assert_int_equal(in.kind, KZ_DAY_HOLIDAY);
	assert_string_equal(in.name, "Orthodox Christmas");
	assert_false(in.working);
	assert_working(CAL, "2017-01-09"); /* Mon */
	assert_working(CAL, "2018-01-08"); /* Sun 7 Jan 2018 -> Mon 8 works */
	assert_working(CAL, "2023-01-09"); /* Sat 7 Jan 2023 -> Mon 9 works */
}

/* Kurban Ait is religious: 2019 Sun 11 Aug, 2022 Sat 9 Jul, 2024 Sun 16 Jun. */
static void kurban_ait_on_a_weekend_is_not_moved(void **state)
{
	struct kz_day_info in = info(CAL, "2019-08-11");

	assert_int_equal(in.kind, KZ_DAY_HOLIDAY);
	assert_string_equal(in.name, "Kurban Ait");
	assert_working(CAL, "2019-08-12");
	assert_int_equal(info(CAL, "2022-07-09").kind, KZ_DAY_HOLIDAY);
	assert_working(CAL, "2022-07-11");
	assert_int_equal(info(CAL, "2024-06-16").kind, KZ_DAY_HOLIDAY);
	/* The early-2024 calendar said Mon 17 Jun; DUMK fixed Sun 16 Jun and 17 was worked. */
	assert_working(CAL, "2024-06-17");
	assert_int_equal(count(CAL, "2024-06-14", "2024-06-19"), 3); /* Fri 14, Mon 17, Tue 18 */
}

/* ---- transfers by decree, 2016-2025 -------------------------------------------- */

static void transfer_2016_works_saturday_5_march_for_monday_7(void **state)
{
	assert_transfer(CAL, "2016-03-05", "2016-03-07");
	/* Sat 5 works; Mon 7, Tue 8 (Women's Day) off: Fri 4 +1 is Sat 5, +2 Wed 9. */
	assert_day_equal(add(CAL, "2016-03-04", 2), "2016-03-09");
}

static void transfers_2017_make_two_saturdays_working(void **state)
{
	assert_transfer(CAL, "2017-03-18", "2017-03-20");
	assert_transfer(CAL, "2017-07-01", "2017-07-07");
	/* Mon 20 (transfer), Tue 21..Thu 23 (Nauryz) off: Fri 17 +1 = Sat 18, +2 = Fri 24. */
	assert_day_equal(add(CAL, "2017-03-17", 2), "2017-03-24");
}

static void transfers_2018_are_five_saturdays(void **state)
{
	assert_transfer(CAL, "2018-03-03", "2018-03-09");
	assert_transfer(CAL, "2018-04-28", "2018-04-30");
	assert_transfer(CAL, "2018-05-05", "2018-05-08");
	assert_transfer(CAL, "2018-08-25", "2018-08-31");
	assert_transfer(CAL, "2018-12-29", "2018-12-31");
	/* Apr 30 .. May 9 2018: Mon 30 Apr, Tue 1, Mon 7, Tue 8, Wed 9 off; Sat 5 works:
	 * working days in [Sat 28 Apr, Thu 10 May) = Sat 28, Wed 2, Thu 3, Fri 4, Sat 5. */
	assert_int_equal(count(CAL, "2018-04-28", "2018-05-10"), 5);
}

static void transfer_2019_works_saturday_4_may_for_friday_10(void **state)
{
	assert_transfer(CAL, "2019-05-04", "2019-05-10");
	/* Thu 9 Victory Day, Fri 10 off: Wed 8 +1 = Mon 13. */
	assert_day_equal(add(CAL, "2019-05-08", 1), "2019-05-13");
}

/* 2020: Mon 11 May was Victory Day moved off Sat 9 May; the decree made it a working day
 * and Fri 8 May a day off instead. */
static void transfers_2020_work_the_moved_victory_day_and_free_friday_8_may(void **state)
{
	assert_transfer(CAL, "2020-01-05", "2020-01-03");
	assert_transfer(CAL, "2020-05-11", "2020-05-08");
	assert_transfer(CAL, "2020-12-20", "2020-12-18");
	assert_working(CAL, "2020-05-11");
	assert_off(CAL, "2020-05-08");
	assert_int_equal(info(CAL, "2020-05-09").kind, KZ_DAY_HOLIDAY_WEEKEND);
	assert_working(CAL, "2020-05-12");
	/* May 2020: 31 days, 10 weekend days, Fri 1, Thu 7, Fri 8 off: 18 working days. */
	assert_int_equal(count(CAL, "2020-05-01", "2020-06-01"), 18);
	/* Wed 6 May +1 = Mon 11 (Thu 7, Fri 8 off). */
	assert_day_equal(add(CAL, "2020-05-06", 1), "2020-05-11");
}

static void transfer_2021_works_saturday_3_july_for_monday_5(void **state)
{
	assert_transfer(CAL, "2021-07-03", "2021-07-05");
	/* Mon 5 and Tue 6 (Capital Day) off: Fri 2 +1 = Sat 3, +2 = Wed 7. */
	assert_day_equal(add(CAL, "2021-07-02", 2), "2021-07-07");
}

static void transfers_2022_make_three_saturdays_working(void **state)
{
	assert_transfer(CAL, "2022-03-05", "2022-03-07");
	assert_transfer(CAL, "2022-08-27", "2022-08-29");
	assert_transfer(CAL, "2022-10-22", "2022-10-24");
	/* Mon 24 and Tue 25 Oct (Republic Day) off: Fri 21 +1 = Sat 22, +2 = Wed 26. */
	assert_day_equal(add(CAL, "2022-10-21", 2), "2022-10-26");
}

static void transfer_2023_works_saturday_1_july_for_friday_7(void **state)
{
	assert_transfer(CAL, "2023-07-01", "2023-07-07");
}

static void transfer_2024_works_saturday_4_may_for_wednesday_8(void **state)
{
	assert_transfer(CAL, "2024-05-04", "2024-05-08");
	/* Tue 7, Wed 8, Thu 9 May off: Mon 6 +1 = Fri 10. */
	assert_day_equal(add(CAL, "2024-05-06", 1), "2024-05-10");
}

static void transfer_2025_works_sunday_5_january_for_friday_3(void **state)
{
	assert_transfer(CAL, "2025-01-05", "2025-01-03");
	assert_int_equal(kz_weekday(D("2025-01-05")), 7);
}

/* ---- year boundaries ---------------------------------------------------------------- */

/* Tue 31 Dec 2024 +1: Wed 1, Thu 2 (New Year), Fri 3 (transfer), Sat 4 off, Sun 5 works. */
static void adding_across_new_year_2025_lands_on_the_working_sunday(void **state)
{
	assert_day_equal(add(CAL, "2024-12-31", 1), "2025-01-05");
	assert_day_equal(add(CAL, "2024-12-30", 2), "2025-01-05");
	assert_day_equal(add(CAL, "2025-01-06", -1), "2025-01-05");
	assert_day_equal(add(CAL, "2025-01-06", -2), "2024-12-31");
	/* [Mon 30 Dec 2024, Mon 6 Jan 2025): Dec 30, Dec 31, Jan 5. */
	assert_int_equal(count(CAL, "2024-12-30", "2025-01-06"), 3);
	assert_int_equal(count(CAL, "2025-01-06", "2024-12-30"), -3);
}

/* Sat 29 Dec 2018 worked, Mon 31 Dec off; Tue 1, Wed 2 Jan 2019 New Year. */
static void adding_across_new_year_2019_uses_the_december_transfer(void **state)
{
	assert_day_equal(add(CAL, "2018-12-28", 1), "2018-12-29");
	assert_day_equal(add(CAL, "2018-12-28", 2), "2019-01-03");
	assert_int_equal(count(CAL, "2018-12-29", "2019-01-04"), 2); /* Sat 29, Thu 3 */
}

/* A transfer pair that straddles the year: Sat 28 Dec 2013 worked, Fri 3 Jan 2014 off. */
static void a_transfer_may_pair_days_of_two_years(void **state)
{
	assert_transfer(CAL, "2013-12-28", "2014-01-03");
}

/* Fri 30 Dec 2016 works; Sat 31, Sun 1, Mon 2 (New Year), Tue 3 (moved) are off. */
static void counting_across_new_year_2017_skips_four_days(void **state)
{
	assert_int_equal(count(CAL, "2016-12-30", "2017-01-04"), 1);
	assert_day_equal(add(CAL, "2016-12-30", 1), "2017-01-04");
	assert_day_equal(add(CAL, "2017-01-04", -1), "2016-12-30");
}

/* 2025: 365 days from a Wednesday: 52 weeks + Wed = 104 weekend days, 261 weekdays;
 * 16 weekdays off, 1 working Sunday: 246.  2024: 366 days from a Monday: 104 weekend days,
 * 262 weekdays; 14 weekdays off, 1 working Saturday: 249. */
static void whole_years_have_the_hand_counted_number_of_working_days(void **state)
{
	assert_int_equal(count(CAL, "2025-01-01", "2026-01-01"), 246);
	assert_int_equal(count(CAL, "2024-01-01", "2025-01-01"), 249);
	/* 2026: 365 days from a Thursday: 104 weekend days, 261 weekdays, 14 off: 247. */
	assert_int_equal(count(CAL, "2026-01-01", "2027-01-01"), 247);
}

/* ---- provisional years -------------------------------------------------------------- */

static void years_after_2026_are_provisional(void **state)
{
	assert_int_equal(kz_calendar_confirmed_through(CAL), 2026);
	assert_false(kz_year_provisional(CAL, 2015));
	assert_false(kz_year_provisional(CAL, 2025));
	assert_false(kz_year_provisional(CAL, 2026));
	assert_true(kz_year_provisional(CAL, 2027));
	assert_true(kz_year_provisional(CAL, 2100));
	assert_true(kz_year_provisional(CAL, 2199));
	assert_true(kz_year_provisional(CAL, 2200)); /* outside: never a confident answer */
}

static void a_span_is_provisional_when_any_day_of_it_is(void **state)
{
	assert_false(kz_span_provisional(CAL, D("2026-01-01"), D("2026-12-31")));
	assert_false(kz_span_provisional(CAL, D("2015-01-01"), D("2026-12-31")));
	assert_true(kz_span_provisional(CAL, D("2026-12-30"), D("2027-01-04")));
	assert_true(kz_span_provisional(CAL, D("2027-01-04"), D("2026-12-30"))); /* reversed */
	assert_true(kz_span_provisional(CAL, D("2027-05-16"), D("2027-05-16")));
}

/* 2027 follows the fixed rules: Sat 1 Jan -> Mon 4 Jan; Kurban Ait Sun 16 May (estimate). */
static void provisional_2027_applies_the_fixed_rules(void **state)
{
	assert_moved(CAL, "2027-01-04", "New Year (2nd day)", "2027-01-02");
	assert_int_equal(info(CAL, "2027-05-16").kind, KZ_DAY_HOLIDAY);
	assert_working(CAL, "2027-05-17");
	/* Arrive Thu 31 Dec 2026: Fri 1 Jan, Sat 2, Sun 3, Mon 4 off -> Tue 5, Wed 6. */
	assert_day_equal(add(CAL, "2026-12-31", 2), "2027-01-06");
}

/* ---- add / count / before ------------------------------------------------------------ */

/* Wed 26 Mar 2025 -1 = Thu 20 (21..25 off), -2 = Wed 19. */
static void add_workdays_goes_backwards_with_negative_n(void **state)
{
	assert_day_equal(add(CAL, "2025-03-26", -1), "2025-03-20");
	assert_day_equal(add(CAL, "2025-03-26", -2), "2025-03-19");
	assert_day_equal(add(CAL, "2025-06-02", -1), "2025-05-30"); /* Mon -> Fri */
}

/* numpy busday_offset(roll='forward'): Sat 22 Mar 2025 rolls to Wed 26 first. */
static void add_workdays_rolls_a_day_off_forward_before_moving(void **state)
{
	assert_day_equal(add(CAL, "2025-03-22", 0), "2025-03-26");
	assert_day_equal(add(CAL, "2025-03-22", 1), "2025-03-27");
	assert_day_equal(add(CAL, "2025-03-22", -1), "2025-03-20");
	assert_day_equal(add(CAL, "2025-03-26", 0), "2025-03-26"); /* a working day stays */
}

static void count_workdays_is_signed_and_empty_ranges_count_zero(void **state)
{
	assert_int_equal(count(CAL, "2025-03-20", "2025-03-28"), 3); /* 20, 26, 27 */
	assert_int_equal(count(CAL, "2025-03-28", "2025-03-20"), -3);
	assert_int_equal(count(CAL, "2025-03-20", "2025-03-20"), 0);
	assert_int_equal(count(CAL, "2025-03-21", "2025-03-26"), 0); /* five days, all off */
	/* March 2025: 31 days, 10 weekend days, Mon 10, Fri 21, Mon 24, Tue 25 off: 17. */
	assert_int_equal(count(CAL, "2025-03-01", "2025-04-01"), 17);
}

/* D such that exactly n working days lie in [D, end). */
static void workdays_before_finds_the_day_with_n_working_days_up_to_end(void **state)
{
	assert_day_equal(before(CAL, "2025-03-27", 1), "2025-03-26");
	assert_day_equal(before(CAL, "2025-03-27", 2), "2025-03-20"); /* [20, 27): 20, 26 */
	assert_day_equal(before(CAL, "2025-03-27", 3), "2025-03-19");
	/* end on a day off: [Thu 20, Sat 22) holds Thu 20 only. */
	assert_day_equal(before(CAL, "2025-03-22", 1), "2025-03-20");
	/* across the year: [Tue 31 Dec 2024, Mon 6 Jan 2025) = Dec 31, Sun Jan 5. */
	assert_day_equal(before(CAL, "2025-01-06", 2), "2024-12-31");
	assert_int_equal(count(CAL, "2024-12-31", "2025-01-06"), 2);
}

static void workdays_before_rejects_n_below_one(void **state)
{
	kz_error err = {0};
	kz_day out = KZ_NO_DAY;

	assert_int_equal(kz_workdays_before(CAL, D("2025-03-27"), 0, &out, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.msg, "0 working days (expected 1 or more)");
	assert_int_equal(out, KZ_NO_DAY);
}

/* ---- day info and the holiday list ----------------------------------------------------- */

static void day_info_tells_each_kind_of_day(void **state)
{
	struct kz_day_info in;

	in = info(CAL, "2025-06-04"); /* Wed */
	assert_int_equal(in.kind, KZ_DAY_WORKDAY);
	assert_true(in.working);
	assert_null(in.name);
	assert_null(in.source);
	assert_int_equal(in.other, KZ_NO_DAY);
	in = info(CAL, "2025-06-07"); /* Sat */
	assert_int_equal(in.kind, KZ_DAY_WEEKEND);
	assert_false(in.working);
	assert_null(in.name);
	in = info(CAL, "2025-06-06"); /* Fri, Kurban Ait */
	assert_int_equal(in.kind, KZ_DAY_HOLIDAY);
	assert_string_equal(in.name, "Kurban Ait");
	assert_non_null(in.source);
	assert_int_equal(in.other, KZ_NO_DAY);
	in = info(CAL, "2025-03-08"); /* Sat, Women's Day: its day off moves */
	assert_int_equal(in.kind, KZ_DAY_HOLIDAY_WEEKEND);
	assert_string_equal(in.name, "International Women's Day");
	assert_false(in.working);
	assert_moved(CAL, "2025-03-10", "International Women's Day", "2025-03-08");
	in = info(CAL, "2025-01-03");
	assert_int_equal(in.kind, KZ_DAY_TRANSFER_OFF);
	assert_day_equal(in.other, "2025-01-05");
	in = info(CAL, "2025-01-05");
	assert_int_equal(in.kind, KZ_DAY_TRANSFER_WORK);
	assert_day_equal(in.other, "2025-01-03");
	assert_true(in.working);
}

static void holidays_of_2025_are_listed_in_date_order(void **state)
{
	static const struct {
		const char *day, *name;
		bool moves;
	} want[] = {
		{"2025-01-01", "New Year", true},
		{"2025-01-02", "New Year (2nd day)", true},
		{"2025-01-07", "Orthodox Christmas", false},
		{"2025-03-08", "International Women's Day", true},
		{"2025-03-21", "Nauryz meiramy", true},
		{"2025-03-22", "Nauryz meiramy", true},
		{"2025-03-23", "Nauryz meiramy", true},
		{"2025-05-01", "Kazakhstan People's Unity Day", true},
		{"2025-05-07", "Defender of the Fatherland Day", true},
		{"2025-05-09", "Victory Day", true},
		{"2025-06-06", "Kurban Ait", false},
		{"2025-07-06", "Capital Day", true},
		{"2025-08-30", "Constitution Day", true},
		{"2025-10-25", "Republic Day", true},
		{"2025-12-16", "Independence Day", true},
	};
	struct kz_holiday h[32];
	size_t n = kz_calendar_holidays(CAL, 2025, h, 32);

	assert_int_equal(n, sizeof want / sizeof want[0]);
	for (size_t i = 0; i < n; i++) {
		assert_day_equal(h[i].day, want[i].day);
		assert_string_equal(h[i].name, want[i].name);
		assert_int_equal(h[i].moves, want[i].moves);
		assert_non_null(h[i].source);
	}
	/* A short buffer gets the first `cap`; the count is still all of them. */
	memset(h, 0, sizeof h);
	assert_int_equal(kz_calendar_holidays(CAL, 2025, h, 2), 15);
	assert_day_equal(h[1].day, "2025-01-02");
	assert_int_equal(h[2].day, 0); /* untouched */
}

/* 2026: no Aug 30 (new Constitution), no Mar 15 yet: 14.  2027: Mar 15 added: 15. */
static void holidays_of_2026_drop_august_30_and_2027_add_march_15(void **state)
{
	struct kz_holiday h[32];
	size_t n = kz_calendar_holidays(CAL, 2026, h, 32);
	bool mar15 = false;

	assert_int_equal(n, 14);
	for (size_t i = 0; i < n; i++) {
		char buf[11];

		kz_day_format(h[i].day, buf);
		if (strcmp(buf + 5, "08-30") == 0 || strcmp(buf + 5, "03-15") == 0)
			fail_msg("2026 lists %s %s", buf, h[i].name);
	}
	assert_day_equal(h[10].day, "2026-05-27"); /* Kurban Ait (DUMK) */
	n = kz_calendar_holidays(CAL, 2027, h, 32);
	assert_int_equal(n, 15);
	for (size_t i = 0; i < n; i++)
		mar15 = mar15 || h[i].day == D("2027-03-15");
	assert_true(mar15);
	/* 2022: Dec 1 and Dec 17 gone, Oct 25 back: 15. */
	assert_int_equal(kz_calendar_holidays(CAL, 2022, h, 32), 15);
}

/* ---- the calendar's edges -------------------------------------------------------------- */

static void dates_outside_2002_to_2199_are_range_errors(void **state)
{
	kz_error err = {0};
	struct kz_day_info in;
	kz_day out;
	int n;

	assert_false(kz_is_working(CAL, D("2001-12-31")));
	assert_true(kz_calendar_covers(CAL, D("2002-01-01")));
	assert_true(kz_calendar_covers(CAL, D("2199-12-31")));
	assert_false(kz_calendar_covers(CAL, D("2001-12-31")));
	assert_int_equal(kz_day_info(CAL, D("2199-12-31"), &in, &err), 0);
	assert_int_equal(kz_day_info(CAL, D("2001-12-31"), &in, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_string_equal(err.msg,
			    "2001-12-31 is outside the calendar (expected 2002-01-01..2199-12-31)");
	assert_int_equal(kz_add_workdays(CAL, D("2001-12-31"), 1, &out, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	err = (kz_error){0};
	assert_int_equal(kz_count_workdays(CAL, D("2001-12-31"), D("2002-02-01"), &n, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_string_equal(err.where, "FROM");
	/* Tue 31 Dec 2199 is the last working day: one more leaves the calendar. */
	assert_day_equal(add(CAL, "2199-12-31", 0), "2199-12-31");
	assert_int_equal(kz_add_workdays(CAL, D("2199-12-31"), 1, &out, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_string_equal(err.msg, "1 working days from that date leave the calendar "
				     "(expected a result in 2002..2199)");
}

/* Tue 1, Wed 2 Jan 2002 are New Year: Thu 3 is the first working day in the calendar. */
static void the_first_working_day_is_thursday_3_january_2002(void **state)
{
	kz_error err = {0};
	kz_day out;
	int n;

	assert_day_equal(add(CAL, "2002-01-01", 0), "2002-01-03");
	assert_int_equal(kz_add_workdays(CAL, D("2002-01-03"), -1, &out, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_int_equal(count(CAL, "2002-01-01", "2002-01-04"), 1);
	assert_day_equal(before(CAL, "2002-01-04", 1), "2002-01-03");
	err = (kz_error){0};
	assert_int_equal(kz_workdays_before(CAL, D("2002-01-04"), 2, &out, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	/* [x, 2200-01-01) is still inside the calendar. */
	assert_int_equal(kz_count_workdays(CAL, D("2199-12-31"), D("2199-12-31") + 1, &n,
					   &err), 0);
	assert_int_equal(n, 1);
}

/* ---- every year 2015-2027 against a table built by hand ---------------------------------
 *
 * For each year: the weekdays that are days off, in order, and the Saturdays/Sundays that
 * are working days, worked out from kz-calendar.md: the holidays in force that year, the
 * weekend rule with chaining (Jan 7 and Kurban Ait not moved), the year's transfers and
 * Kurban Ait.  `moved` is the independent python-holidays list of days off moved off a
 * weekend, which must be exactly the KZ_DAY_MOVED days. */
#define MAXD 24
struct year_table {
	int year;
	const char *off[MAXD];   /* MM-DD, weekdays that are not working days */
	const char *work[MAXD];  /* MM-DD, weekend days that are working days */
	const char *moved[MAXD]; /* MM-DD, per python-holidays */
};

static const struct year_table years[] = {
	/* 2015: Sun 8 Mar -> Mon 9; Nauryz Sat 21 -> Tue 24, Sun 22 -> Wed 25, Mon 23; Sat 9 May
	 * -> Mon 11; Sun 30 Aug -> Mon 31; Kurban Ait Thu 24 Sep; Dec 1, 16, 17 Tue-Thu. */
	{2015,
	 {"01-01", "01-02", "01-07", "03-09", "03-23", "03-24", "03-25", "05-01", "05-07",
	  "05-11", "07-06", "08-31", "09-24", "12-01", "12-16", "12-17"},
	 {0},
	 {"03-09", "03-24", "03-25", "05-11", "08-31"}},
	/* 2016: Sat 2 Jan -> Mon 4; Sat 5 Mar worked -> Mon 7; Sun 1 May -> Mon 2; Sat 7 May ->
	 * Tue 10 (Mon 9 Victory Day); Kurban Ait Mon 12 Sep; Sat 17 Dec -> Mon 19. */
	{2016,
	 {"01-01", "01-04", "01-07", "03-07", "03-08", "03-21", "03-22", "03-23", "05-02",
	  "05-09", "05-10", "07-06", "08-30", "09-12", "12-01", "12-16", "12-19"},
	 {"03-05"},
	 {"01-04", "05-02", "05-10", "12-19"}},
	/* 2017: Sun 1 Jan -> Tue 3; Sat 7 Jan not moved; Sat 18 Mar -> Mon 20; Sun 7 May ->
	 * Mon 8; Sat 1 Jul -> Fri 7; Kurban Ait Fri 1 Sep; Sat 16, Sun 17 Dec -> Mon 18, Tue 19. */
	{2017,
	 {"01-02", "01-03", "03-08", "03-20", "03-21", "03-22", "03-23", "05-01", "05-08",
	  "05-09", "07-06", "07-07", "08-30", "09-01", "12-01", "12-18", "12-19"},
	 {"03-18", "07-01"},
	 {"01-03", "05-08", "12-18", "12-19"}},
	/* 2018: Sun 7 Jan not moved; transfers Mar 3->9, Apr 28->30, May 5->8, Aug 25->31,
	 * Dec 29->31; Kurban Ait Tue 21 Aug; Sat 1 Dec -> Mon 3; Sun 16 Dec -> Tue 18. */
	{2018,
	 {"01-01", "01-02", "03-08", "03-09", "03-21", "03-22", "03-23", "04-30", "05-01",
	  "05-07", "05-08", "05-09", "07-06", "08-21", "08-30", "08-31", "12-03", "12-17",
	  "12-18", "12-31"},
	 {"03-03", "04-28", "05-05", "08-25", "12-29"},
	 {"12-03", "12-18"}},
	/* 2019: Sat 23 Mar -> Mon 25; Sat 4 May -> Fri 10; Sat 6 Jul -> Mon 8; Kurban Ait
	 * Sun 11 Aug not moved; Sun 1 Dec -> Mon 2. */
	{2019,
	 {"01-01", "01-02", "01-07", "03-08", "03-21", "03-22", "03-25", "05-01", "05-07",
	  "05-09", "05-10", "07-08", "08-30", "12-02", "12-16", "12-17"},
	 {"05-04"},
	 {"03-25", "07-08", "12-02"}},
	/* 2020: Sun 5 Jan -> Fri 3; Sun 8 Mar -> Mon 9; Sat 21, Sun 22 Mar -> Tue 24, Wed 25;
	 * Sat 9 May -> Mon 11, worked by decree for Fri 8; Kurban Ait Fri 31 Jul; Sun 30 Aug ->
	 * Mon 31; Sun 20 Dec -> Fri 18. */
	{2020,
	 {"01-01", "01-02", "01-03", "01-07", "03-09", "03-23", "03-24", "03-25", "05-01",
	  "05-07", "05-08", "07-06", "07-31", "08-31", "12-01", "12-16", "12-17", "12-18"},
	 {"01-05", "12-20"},
	 {"03-09", "03-24", "03-25", "08-31"}},
	/* 2021: Sat 2 Jan -> Mon 4; Sun 21 Mar -> Wed 24; Sat 1 May -> Mon 3; Sun 9 May ->
	 * Mon 10; Sat 3 Jul -> Mon 5; Kurban Ait Tue 20 Jul. */
	{2021,
	 {"01-01", "01-04", "01-07", "03-08", "03-22", "03-23", "03-24", "05-03", "05-07",
	  "05-10", "07-05", "07-06", "07-20", "08-30", "12-01", "12-16", "12-17"},
	 {"07-03"},
	 {"01-04", "03-24", "05-03", "05-10"}},
	/* 2022: Sat 1, Sun 2 Jan -> Mon 3, Tue 4; Sat 5 Mar -> Mon 7; Sun 1 May -> Mon 2; Sat 7
	 * May -> Tue 10; Kurban Ait Sat 9 Jul not moved; Sat 27 Aug -> Mon 29; Oct 25 back
	 * (Tue), Sat 22 Oct -> Mon 24; Dec 1 and Dec 17 gone. */
	{2022,
	 {"01-03", "01-04", "01-07", "03-07", "03-08", "03-21", "03-22", "03-23", "05-02",
	  "05-09", "05-10", "07-06", "08-29", "08-30", "10-24", "10-25", "12-16"},
	 {"03-05", "08-27", "10-22"},
	 {"01-03", "01-04", "05-02", "05-10"}},
	/* 2023: Sun 1 Jan -> Tue 3; Sat 7 Jan not moved; Sun 7 May -> Mon 8; Kurban Ait Wed 28
	 * Jun; Sat 1 Jul -> Fri 7; Sat 16 Dec -> Mon 18. */
	{2023,
	 {"01-02", "01-03", "03-08", "03-21", "03-22", "03-23", "05-01", "05-08", "05-09",
	  "06-28", "07-06", "07-07", "08-30", "10-25", "12-18"},
	 {"07-01"},
	 {"01-03", "05-08", "12-18"}},
	/* 2024: Sun 7 Jan not moved; Sat 23 Mar -> Mon 25; Sat 4 May -> Wed 8; Kurban Ait Sun
	 * 16 Jun not moved; Sat 6 Jul -> Mon 8. */
	{2024,
	 {"01-01", "01-02", "03-08", "03-21", "03-22", "03-25", "05-01", "05-07", "05-08",
	  "05-09", "07-08", "08-30", "10-25", "12-16"},
	 {"05-04"},
	 {"03-25", "07-08"}},
	/* 2025: Sun 5 Jan -> Fri 3; Sat 8 Mar -> Mon 10; Sat 22, Sun 23 Mar -> Mon 24, Tue 25;
	 * Kurban Ait Fri 6 Jun; Sun 6 Jul -> Mon 7; Sat 30 Aug -> Mon 1 Sep; Sat 25 Oct ->
	 * Mon 27. */
	{2025,
	 {"01-01", "01-02", "01-03", "01-07", "03-10", "03-21", "03-24", "03-25", "05-01",
	  "05-07", "05-09", "06-06", "07-07", "09-01", "10-27", "12-16"},
	 {"01-05"},
	 {"03-10", "03-24", "03-25", "07-07", "09-01", "10-27"}},
	/* 2026: Sun 8 Mar -> Mon 9; Sat 21, Sun 22 Mar -> Tue 24, Wed 25; Sat 9 May -> Mon 11;
	 * Kurban Ait Wed 27 May; no Aug 30; Sun 25 Oct -> Mon 26; no transfers. */
	{2026,
	 {"01-01", "01-02", "01-07", "03-09", "03-23", "03-24", "03-25", "05-01", "05-07",
	  "05-11", "05-27", "07-06", "10-26", "12-16"},
	 {0},
	 {"03-09", "03-24", "03-25", "05-11", "10-26"}},
	/* 2027 (provisional): Sat 2 Jan -> Mon 4; Mon 15 Mar; Sun 21 Mar -> Wed 24; Sat 1 May ->
	 * Mon 3; Sun 9 May -> Mon 10; Kurban Ait Sun 16 May not moved; Mon 25 Oct. */
	{2027,
	 {"01-01", "01-04", "01-07", "03-08", "03-15", "03-22", "03-23", "03-24", "05-03",
	  "05-07", "05-10", "07-06", "10-25", "12-16"},
	 {0},
	 {"01-04", "03-24", "05-03", "05-10"}},
};

static bool listed(const char *const list[MAXD], const char *mmdd)
{
	for (int i = 0; i < MAXD && list[i]; i++)
		if (strcmp(list[i], mmdd) == 0)
			return true;
	return false;
}

/* Every day of the year against the table, both ways, naming each wrong day. */
static void check_year(const kz_calendar *cal, int year)
{
	const struct year_table *t = NULL;
	int wrong = 0;

	for (size_t i = 0; i < sizeof years / sizeof years[0]; i++)
		if (years[i].year == year)
			t = &years[i];
	assert_non_null(t);
	for (kz_day d = kz_day_from_ymd(year, 1, 1); d < kz_day_from_ymd(year + 1, 1, 1); d++) {
		char buf[11];
		const char *mmdd = kz_day_format(d, buf) + 5;
		bool weekend = kz_weekday(d) >= 6, working = kz_is_working(cal, d);
		bool want = weekend ? listed(t->work, mmdd) : !listed(t->off, mmdd);
		struct kz_day_info in;

		if (working != want) {
			print_error("%s (%s) is %s, the table says %s\n", buf,
				    weekend ? "weekend" : "weekday",
				    working ? "working" : "off", want ? "working" : "off");
			wrong++;
		}
		assert_int_equal(kz_day_info(cal, d, &in, NULL), 0);
		if ((in.kind == KZ_DAY_MOVED) != listed(t->moved, mmdd)) {
			print_error("%s: %s, python-holidays says %s\n", buf,
				    in.kind == KZ_DAY_MOVED ? "moved" : "not moved",
				    listed(t->moved, mmdd) ? "moved" : "not moved");
			wrong++;
		}
	}
	/* Every listed date must be a real weekday / weekend day of that year. */
	for (int i = 0; i < MAXD && t->off[i]; i++) {
		char s[11];

		snprintf(s, sizeof s, "%d-%.5s", year, t->off[i]);
		if (kz_weekday(D(s)) >= 6)
			fail_msg("table error: %s is a weekend day in 'off'", s);
	}
	for (int i = 0; i < MAXD && t->work[i]; i++) {
		char s[11];

		snprintf(s, sizeof s, "%d-%.5s", year, t->work[i]);
		if (kz_weekday(D(s)) < 6)
			fail_msg("table error: %s is a weekday in 'work'", s);
	}
	assert_int_equal(kz_year_provisional(cal, year), year >= 2027);
	if (wrong)
		fail_msg("%d: %d day(s) differ from the hand-built table", year, wrong);
}

#define YEAR_TEST(y)                                                                       \
	static void calendar_##y##_matches_the_hand_built_table(void **state)              \
	{                                                                                  \
		check_year(CAL, y);                                                        \
	}
YEAR_TEST(2015)
YEAR_TEST(2016)
YEAR_TEST(2017)
YEAR_TEST(2018)
YEAR_TEST(2019)
YEAR_TEST(2020)
YEAR_TEST(2021)
YEAR_TEST(2022)
YEAR_TEST(2023)
YEAR_TEST(2024)
YEAR_TEST(2025)
YEAR_TEST(2026)
YEAR_TEST(2027)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(arrival_on_monday_2_june_2025_is_due_wednesday_4_june),
		cmocka_unit_test(arrival_on_sunday_1_june_2025_starts_counting_monday),
		cmocka_unit_test(arrival_on_thursday_20_march_2025_skips_nauryz_to_thursday_27),
		cmocka_unit_test(arrival_on_friday_27_december_2024_is_due_tuesday_31),
		cmocka_unit_test(
			arrival_on_transferred_friday_3_january_2025_counts_the_working_sunday),
		cmocka_unit_test(december_17_is_a_day_off_through_2021_only),
		cmocka_unit_test(december_1_is_a_day_off_from_2012_through_2021),
		cmocka_unit_test(october_25_is_off_in_2008_and_from_2022_not_in_between),
		cmocka_unit_test(july_6_is_a_day_off_from_2009),
		cmocka_unit_test(may_7_is_a_day_off_from_2013),
		cmocka_unit_test(january_7_is_a_day_off_from_2006),
		cmocka_unit_test(august_30_is_a_holiday_until_2025_so_monday_31_august_2026_works),
		cmocka_unit_test(march_15_is_constitution_day_from_2027),
		cmocka_unit_test(nauryz_is_three_days_from_2010_and_march_22_alone_before),
		cmocka_unit_test(nauryz_2015_moves_saturday_and_sunday_to_tuesday_and_wednesday),
		cmocka_unit_test(may_7_2016_on_saturday_moves_past_victory_day_to_tuesday_10),
		cmocka_unit_test(new_year_on_sunday_2017_and_2023_moves_to_tuesday_3_january),
		cmocka_unit_test(new_year_2022_on_saturday_and_sunday_moves_to_monday_and_tuesday),
		cmocka_unit_test(independence_day_on_a_weekend_chains_its_moves),
		cmocka_unit_test(orthodox_christmas_on_a_weekend_is_not_moved),
		cmocka_unit_test(kurban_ait_on_a_weekend_is_not_moved),
		cmocka_unit_test(transfer_2016_works_saturday_5_march_for_monday_7),
		cmocka_unit_test(transfers_2017_make_two_saturdays_working),
		cmocka_unit_test(transfers_2018_are_five_saturdays),
		cmocka_unit_test(transfer_2019_works_saturday_4_may_for_friday_10),
		cmocka_unit_test(transfers_2020_work_the_moved_victory_day_and_free_friday_8_may),
		cmocka_unit_test(transfer_2021_works_saturday_3_july_for_monday_5),
		cmocka_unit_test(transfers_2022_make_three_saturdays_working),
		cmocka_unit_test(transfer_2023_works_saturday_1_july_for_friday_7),
		cmocka_unit_test(transfer_2024_works_saturday_4_may_for_wednesday_8),
		cmocka_unit_test(transfer_2025_works_sunday_5_january_for_friday_3),
		cmocka_unit_test(adding_across_new_year_2025_lands_on_the_working_sunday),
		cmocka_unit_test(adding_across_new_year_2019_uses_the_december_transfer),
		cmocka_unit_test(a_transfer_may_pair_days_of_two_years),
		cmocka_unit_test(counting_across_new_year_2017_skips_four_days),
		cmocka_unit_test(whole_years_have_the_hand_counted_number_of_working_days),
		cmocka_unit_test(years_after_2026_are_provisional),
		cmocka_unit_test(a_span_is_provisional_when_any_day_of_it_is),
		cmocka_unit_test(provisional_2027_applies_the_fixed_rules),
		cmocka_unit_test(add_workdays_goes_backwards_with_negative_n),
		cmocka_unit_test(add_workdays_rolls_a_day_off_forward_before_moving),
		cmocka_unit_test(count_workdays_is_signed_and_empty_ranges_count_zero),
		cmocka_unit_test(workdays_before_finds_the_day_with_n_working_days_up_to_end),
		cmocka_unit_test(workdays_before_rejects_n_below_one),
		cmocka_unit_test(day_info_tells_each_kind_of_day),
		cmocka_unit_test(holidays_of_2025_are_listed_in_date_order),
		cmocka_unit_test(holidays_of_2026_drop_august_30_and_2027_add_march_15),
		cmocka_unit_test(dates_outside_2002_to_2199_are_range_errors),
		cmocka_unit_test(the_first_working_day_is_thursday_3_january_2002),
		cmocka_unit_test(calendar_2015_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2016_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2017_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2018_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2019_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2020_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2021_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2022_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2023_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2024_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2025_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2026_matches_the_hand_built_table),
		cmocka_unit_test(calendar_2027_matches_the_hand_built_table),
	};
	return cmocka_run_group_tests_name("calendar", tests, setup, teardown);
}
