/* test_deadlines.c — every deadline of one person (src/deadlines.c) on the real data.
 * Each expected date is worked out by hand from the law and shared/reference/
 * kz-calendar.md; the arithmetic is in the comment above it. */
#include "kztest.h"

struct fixture {
	kz_calendar *cal;
	kz_regimes *regimes;
	kz_fines *fines;
	struct kz_rules rules;
};
static struct fixture fx;

static int setup(void **state)
{
	(void)state;
	fx.cal = kzt_calendar();
	fx.regimes = kzt_regimes();
	fx.fines = kzt_fines();
	fx.rules = (struct kz_rules){fx.cal, fx.regimes, fx.fines};
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	kz_calendar_free(fx.cal);
	kz_regimes_free(fx.regimes);
	kz_fines_free(fx.fines);
	return 0;
}

/* A person who arrived on `arrival`, seen the next day; nothing else known. */
static struct kz_person person(const char *cc, const char *arrival)
{
	struct kz_person p = {.arrival = D(arrival), .birth = KZ_NO_DAY,
			      .visa_expiry = KZ_NO_DAY, .passport_expiry = KZ_NO_DAY, .trp_expiry = KZ_NO_DAY,
			      .today = D(arrival) + 1, .host = KZ_HOST_SMALL};

	memcpy(p.citizenship, cc, 3);
	return p;
}

static struct kz_deadline dl[64];
static size_t ndl;

static void run(const struct kz_person *p)
{
	kz_error err = {0};

	if (kz_deadlines(&fx.rules, p, dl, 64, &ndl, &err) != 0)
		fail_msg("kz_deadlines: %s: %s", err.where, err.msg);
}

/* The deadline with this id counting from `event` (KZ_NO_DAY: any), or NULL. */
static const struct kz_deadline *find_from(const char *id, kz_day event)
{
	for (size_t i = 0; i < ndl; i++)
		if (strcmp(dl[i].id, id) == 0 && (event == KZ_NO_DAY || dl[i].event == event))
			return &dl[i];
	return NULL;
}

static const struct kz_deadline *find(const char *id)
{
	const struct kz_deadline *d = find_from(id, KZ_NO_DAY);

	if (d == NULL)
		fail_msg("no %s deadline", id);
	return d;
}

/* ---- arrival notification (Migration Law art. 6 p. 4) ------------------------------ */

/* Thu 20 Mar 2025 is day 1; Fri 21 (Nauryz), Sat 22, Sun 23, Mon 24 and Tue 25 (Nauryz
 * moved off the weekend) are days off; Wed 26 is day 2, Thu 27 day 3.  10 MCI for a small
 * host at 3,932 KZT (2025) on Fri 28 Mar; a repeat 40 MCI (CAO 518 p. 3). */
static void notification_for_a_thursday_before_nauryz_is_the_next_thursday(void **state)
{
	struct kz_person p = person("UZ", "2025-03-20");
	const struct kz_deadline *d;

	(void)state;
	run(&p);
	d = find("arrival-notification");
	assert_day_equal(d->due, "2025-03-27");
	assert_int_equal(d->days_left, 6);
	assert_int_equal(d->status, KZ_STATUS_UPCOMING);
	assert_int_equal(d->responsible, KZ_RESP_RECEIVING_PARTY);
	assert_true(d->has_fine);
	assert_day_equal(d->fine.on, "2025-03-28");
	assert_int_equal(d->fine.mci10, 100);
	assert_int_equal(d->fine.kzt10, 393200);
	assert_int_equal(d->repeat.mci10, 400);
	/* --explain counts from the arrival to the due day. */
	assert_day_equal(d->count_from, "2025-03-20");
	assert_day_equal(d->count_to, "2025-03-27");
}

/* Sun 1 Jun 2025: counting starts Mon 2 (day 1), Tue 3, Wed 4 (day 3). */
static void notification_after_a_sunday_arrival_is_wednesday(void **state)
{
	struct kz_person p = person("UZ", "2025-06-01");

	(void)state;
	run(&p);
	assert_day_equal(find("arrival-notification")->due, "2025-06-04");
}

/* Civil Code art. 173: Mon 2 Jun 2025 arrival, counting from Tue 3 -> Tue, Wed 4, Thu 5. */
static void next_day_counting_moves_a_monday_arrival_to_thursday(void **state)
{
	struct kz_person p = person("UZ", "2025-06-02");

	(void)state;
	p.count_from = KZ_COUNT_FROM_NEXT_DAY;
	run(&p);
	assert_day_equal(find("arrival-notification")->due, "2025-06-05");
}

/* A move on Thu 5 Jun 2025: Thu 5 is day 1, Fri 6 is Kurban Ait (not moved), Sat 7, Sun 8,
 * Mon 9 day 2, Tue 10 day 3.  Before July 2026 there is no re-registration. */
static void a_move_gets_its_own_notification(void **state)
{
	struct kz_person p = person("UZ", "2025-06-02");
	kz_day moves[] = {D("2025-06-05")};
	const struct kz_deadline *d;

	(void)state;
	p.moves = moves;
	p.nmoves = 1;
	run(&p);
	d = find_from("arrival-notification", D("2025-06-05"));
	assert_non_null(d);
	assert_true(d->move);
	assert_day_equal(d->due, "2025-06-10");
	assert_false(find("arrival-notification")->move); /* the first is the arrival's */
	assert_null(find_from("self-registration", KZ_NO_DAY));
}

/* ---- self-registration (MIA Order No. 923, from 1 Jul 2026) ---------------------- */

/* Tue 30 Jun 2026 is the day before Order 923 takes effect: no self-registration. */
static void self_registration_is_not_due_for_an_arrival_before_july_2026(void **state)
{
	struct kz_person p = person("UZ", "2026-06-30");

	(void)state;
	run(&p);
	assert_null(find_from("self-registration", KZ_NO_DAY));
}

/* Wed 1 Jul 2026: the crossing day is day 1, so the 30th day is 1 Jul + 29 = Thu 30 Jul;
 * read under Civil Code art. 173 it is 1 Jul + 30 = Fri 31 Jul.  No fine was found. */
static void self_registration_falls_on_the_30th_day_from_the_crossing(void **state)
{
	struct kz_person p = person("UZ", "2026-07-01");
	const struct kz_deadline *d;

	(void)state;
	run(&p);
	d = find("self-registration");
	assert_day_equal(d->due, "2026-07-30");
	assert_int_equal(d->responsible, KZ_RESP_IMMIGRANT);
	assert_false(d->has_fine);
	assert_non_null(strstr(d->basis, "no fine"));
	p.count_from = KZ_COUNT_FROM_NEXT_DAY;
	run(&p);
	assert_day_equal(find("self-registration")->due, "2026-07-31");
}

/* A move on Fri 3 Jul 2026: Fri 3 is day 1; Sat 4, Sun 5, Mon 6 (Capital Day) are off;
 * Tue 7 day 2, Wed 8 day 3, Thu 9 day 4, Fri 10 day 5. */
static void re_registration_after_a_move_takes_5_working_days(void **state)
{
	struct kz_person p = person("TR", "2026-07-02");
	kz_day moves[] = {D("2026-07-03")};
	const struct kz_deadline *d;

	(void)state;
	p.moves = moves;
	p.nmoves = 1;
	run(&p);
	d = find_from("self-registration", D("2026-07-03"));
	assert_non_null(d);
	assert_true(d->move);
	assert_day_equal(d->due, "2026-07-10");
	assert_false(d->has_fine);
	assert_day_equal(d->count_from, "2026-07-03");
}

/* Arrival Mon 1 Jun 2026 (before the order): a move on Tue 30 Jun needs no
 * re-registration, a move on Fri 10 Jul does (Fri 10 day 1, Mon 13, Tue 14, Wed 15,
 * Thu 16 day 5). */
static void re_registration_follows_the_date_of_the_move(void **state)
{
	struct kz_person p = person("UZ", "2026-06-01");
	kz_day moves[] = {D("2026-06-30"), D("2026-07-10")};

	(void)state;
	p.moves = moves;
	p.nmoves = 2;
	run(&p);
	assert_null(find_from("self-registration", D("2026-06-30")));
	assert_non_null(find_from("self-registration", D("2026-07-10")));
	assert_day_equal(find_from("self-registration", D("2026-07-10"))->due, "2026-07-16");
	assert_null(find_from("self-registration", D("2026-06-01")));
}

/* Afghanistan is visa-required: a visa stay.  Without the visa's expiry the stay's end
 * is a problem saying so; with it, the stay ends on the visa's last day (Decree 148 p. 6)
 * and the visa and passport deadlines follow; never a TRP or Order 923. */
static void a_visa_required_citizen_gets_the_deadlines_of_a_visa(void **state)
{
	struct kz_person p = person("AF", "2026-08-03");

	(void)state;
	run(&p);
	assert_int_equal(ndl, 2);
	assert_string_equal(dl[0].id, "arrival-notification");
	assert_int_equal(find("stay-limit")->status, KZ_STATUS_PROBLEM);
	assert_int_equal(find("stay-limit")->stay, KZ_STAY_VISA);
	assert_non_null(strstr(find("stay-limit")->reason, "expiry date is not known"));
	p.visa_expiry = D("2027-01-29");
	p.passport_expiry = D("2030-01-01");
	run(&p);
	assert_int_equal(ndl, 5);
	assert_null(find_from("trp", KZ_NO_DAY));
	assert_null(find_from("self-registration", KZ_NO_DAY));
	assert_day_equal(find("stay-limit")->due, "2027-01-29");
	assert_int_equal(find("stay-limit")->stay, KZ_STAY_VISA);
	assert_string_equal(find("stay-limit")->fine.article, "CAO 517 part 3");
	assert_day_equal(find("stay-limit")->fine.on, "2027-01-30");
	assert_non_null(find_from("visa-extension", KZ_NO_DAY));
	assert_non_null(find_from("passport-validity", KZ_NO_DAY));
	assert_non_null(find_from("passport-renewal", KZ_NO_DAY));
}

/* A student from a visa-free country who came on a study visa (design.md s. 7): the visa
 * governs the stay.  India, arrived Tue 1 Sep 2026 with a visa to 30 Jun 2027: no
 * visa-free stay limit, no self-registration; the stay ends on 30 Jun 2027 — exactly
 * what a visa-required citizen (Afghanistan) with the same dates gets. */
static void a_visa_free_citizen_on_a_visa_gets_what_a_visa_citizen_gets(void **state)
{
	struct kz_person in = person("IN", "2026-09-01"), af = person("AF", "2026-09-01");
	struct kz_deadline want[64];
	size_t nwant;

	(void)state;
	af.visa_expiry = in.visa_expiry = D("2027-06-30");
	af.passport_expiry = in.passport_expiry = D("2031-01-01");
	af.today = in.today = D("2026-09-20");
	run(&af);
	memcpy(want, dl, sizeof want);
	nwant = ndl;
	run(&in);
	assert_int_equal(ndl, nwant);
	for (size_t i = 0; i < ndl; i++) {
		assert_string_equal(dl[i].id, want[i].id);
		assert_int_equal(dl[i].due, want[i].due);
		assert_int_equal(dl[i].opens, want[i].opens);
		assert_int_equal(dl[i].status, want[i].status);
		assert_int_equal(dl[i].stay, KZ_STAY_VISA);
	}
	assert_int_equal(find("stay-limit")->status, KZ_STATUS_UPCOMING);
	assert_null(find_from("self-registration", KZ_NO_DAY));
	assert_day_equal(find("stay-limit")->due, "2027-06-30");
	/* --entry visa says the same without the expiry: the end is then unknown */
	in.visa_expiry = in.passport_expiry = KZ_NO_DAY;
	in.entry = KZ_ENTRY_VISA;
	run(&in);
	assert_int_equal(find("stay-limit")->status, KZ_STATUS_PROBLEM);
	assert_null(find_from("self-registration", KZ_NO_DAY));
	/* and --entry visa-free for a visa-required citizen cannot be true */
	af.entry = KZ_ENTRY_VISA_FREE;
	af.visa_expiry = af.passport_expiry = KZ_NO_DAY;
	run(&af);
	assert_int_equal(find("stay-limit")->status, KZ_STATUS_PROBLEM);
	assert_int_equal(find("stay-limit")->fact, KZ_FACT_ENTRY);
}

/* A TRP holder needs no new TRP while it is valid (Decree 148 p. 6): the TRP's extension
 * and the stay's end instead.  UZ, arrived Mon 1 Sep 2025, TRP to Tue 30 Jun 2026: due
 * 30 Jun; apply by 7 working days in [D, 30 Jun): 29, 26, 25, 24, 23, 22, 19 Jun -> Fri
 * 19 Jun 2026.  The stay ends 30 Jun; staying on is CAO 517 p. 3 from 1 Jul. */
static void a_trp_holder_gets_its_extension_and_the_stays_end(void **state)
{
	struct kz_person p = person("UZ", "2025-09-01");
	const struct kz_deadline *d;

	(void)state;
	p.trp_expiry = D("2026-06-30");
	run(&p);
	assert_int_equal(ndl, 3);
	d = find("trp");
	assert_int_equal(d->stay, KZ_STAY_TRP);
	assert_day_equal(d->due, "2026-06-30");
	assert_day_equal(d->apply_by, "2026-06-19");
	assert_string_equal(d->reason, "");
	d = find("stay-limit");
	assert_day_equal(d->due, "2026-06-30");
	assert_string_equal(d->fine.article, "CAO 517 part 3");
	assert_null(find_from("self-registration", KZ_NO_DAY));
}

/* ---- facts that cannot be used --------------------------------------------------------- */

/* Each cannot-be-true fact is a problem of the deadlines that need it, never a normal
 * deadline; the host's notification (Tue 1 Sep 2026: Tue, Wed, Thu 3 Sep) stands. */
static void impossible_facts_are_problems_of_the_deadlines_that_need_them(void **state)
{
	struct kz_person p = person("UZ", "2026-09-01");
	kz_day moves[] = {D("2026-08-01"), D("2026-09-10"), D("2026-09-10")};
	struct kz_fact_problem probs[8];

	(void)state;
	p.visa_expiry = D("2026-08-15");  /* expired before the arrival */
	p.passport_expiry = D("2026-08-31");
	p.birth = D("2199-01-01");
	p.moves = moves;
	p.nmoves = 3;
	run(&p);
	assert_day_equal(find("arrival-notification")->due, "2026-09-03");
	assert_int_equal(find("arrival-notification")->status, KZ_STATUS_UPCOMING);
	assert_int_equal(find("visa-extension")->status, KZ_STATUS_PROBLEM);
	assert_int_equal(find("visa-extension")->fact, KZ_FACT_VISA_EXPIRY);
	assert_int_equal(find("visa-extension")->due, KZ_NO_DAY);
	assert_non_null(strstr(find("visa-extension")->reason, "before the arrival"));
	assert_int_equal(find("passport-renewal")->status, KZ_STATUS_PROBLEM);
	assert_int_equal(find("stay-limit")->status, KZ_STATUS_PROBLEM);
	assert_int_equal(find_from("arrival-notification", D("2026-08-01"))->status,
			 KZ_STATUS_PROBLEM);
	assert_day_equal(find_from("arrival-notification", D("2026-09-10"))->due, "2026-09-14");
	assert_int_equal(kz_person_problems(&fx.rules, &p, probs, 8), 5);
	assert_int_equal(probs[0].fact, KZ_FACT_BIRTH);
	assert_int_equal(probs[1].fact, KZ_FACT_VISA_EXPIRY);
	assert_int_equal(probs[2].fact, KZ_FACT_PASSPORT_EXPIRY);
	assert_int_equal(probs[3].fact, KZ_FACT_MOVES);
	assert_non_null(strstr(probs[3].msg, "before the arrival"));
	assert_non_null(strstr(probs[4].msg, "given twice"));
	/* birth after arrival costs the TRP of a TRP-route citizen */
	p = person("UZ", "2025-03-20");
	p.birth = D("2199-01-01");
	run(&p);
	assert_int_equal(find("trp")->status, KZ_STATUS_PROBLEM);
	assert_int_equal(find("trp")->fact, KZ_FACT_BIRTH);
	assert_int_equal(find("trp")->due, KZ_NO_DAY);
}

/* A fact the caller could not read (a roster cell "31.02.2030") costs only its own
 * deadlines: the passport's, never the host's notification. */
static void an_unreadable_fact_costs_only_its_deadlines(void **state)
{
	struct kz_person p = person("UZ", "2025-03-20");

	(void)state;
	p.unreadable[KZ_FACT_PASSPORT_EXPIRY] = "'31.02.2030' is not a date";
	run(&p);
	assert_int_equal(ndl, 3);
	assert_day_equal(find("arrival-notification")->due, "2025-03-27");
	assert_day_equal(find("trp")->due, "2025-04-18");
	assert_int_equal(find("passport-renewal")->status, KZ_STATUS_PROBLEM);
	assert_string_equal(find("passport-renewal")->reason,
			    "passport_expiry: '31.02.2030' is not a date");
	p.unreadable[KZ_FACT_PASSPORT_EXPIRY] = NULL;
	p.unreadable[KZ_FACT_HOST] = "unknown category 'big'";
	run(&p);
	assert_false(find("arrival-notification")->has_fine);
	assert_non_null(strstr(find("arrival-notification")->reason, "host: unknown category"));
	assert_day_equal(find("arrival-notification")->due, "2025-03-27");
}

/* An apply-by is never before the event it counts from.  UZ before 27 Jan 2023 had 5
 * days: arrival Wed 1 Jun 2022, last day Sun 5 Jun; 7 working days before it lie in May,
 * so the host applies at once, from the arrival. */
static void an_apply_by_that_does_not_fit_says_apply_at_once(void **state)
{
	struct kz_person p = person("UZ", "2022-06-01");
	const struct kz_deadline *d;

	(void)state;
	run(&p);
	d = find("trp");
	assert_day_equal(d->due, "2022-06-05");
	assert_day_equal(d->apply_by, "2022-06-01");
	assert_day_equal(d->opens, "2022-06-01");
	assert_int_equal(d->status, KZ_STATUS_OPEN);
	assert_non_null(strstr(d->reason, "apply at once"));
}

static void the_days_kzmig_covers_are_the_documented_ones(void **state)
{
	(void)state;
	assert_int_equal(kz_day_from_ymd(KZ_FACTS_FROM_YMD), 11747);
	assert_int_equal(kz_day_from_ymd(KZ_FACTS_UNTIL_YMD), 83640);
}

/* ---- TRP (Migration Law art. 6-1) --------------------------------------------------- */

/* UZ: 30 days from the crossing: 20 Mar + 29 = Fri 18 Apr 2025.  Apply by: 7 working days
 * in [D, 18 Apr): 17, 16, 15, 14, 11, 10, 9 Apr -> Wed 9 Apr (design.md's example).  The
 * host's fine falls on Sat 19 Apr. */
static void trp_for_uzbekistan_is_due_on_the_30th_day(void **state)
{
	struct kz_person p = person("UZ", "2025-03-20");
	const struct kz_deadline *d;

	(void)state;
	run(&p);
	d = find("trp");
	assert_day_equal(d->due, "2025-04-18");
	assert_day_equal(d->apply_by, "2025-04-09");
	assert_int_equal(d->responsible, KZ_RESP_RECEIVING_PARTY);
	assert_true(d->has_fine);
	assert_string_equal(d->fine.article, "CAO 518 part 1");
	assert_day_equal(d->fine.on, "2025-04-19");
	assert_string_equal(d->repeat.article, "CAO 518 part 3");
	assert_null(find_from("stay-limit", KZ_NO_DAY));
}

/* RU (EAEU, 90 in 180, no per-entry limit): 20 Mar + 89 = Tue 17 Jun 2025 (11 days to
 * 31 Mar, 41 to 30 Apr, 72 to 31 May, 89 to 17 Jun).  Apply by: 16, 13, 12, 11, 10, 9 Jun
 * and, past Fri 6 Jun (Kurban Ait), Thu 5 Jun. */
static void trp_for_russia_is_due_on_the_90th_day(void **state)
{
	struct kz_person p = person("RU", "2025-03-20");

	(void)state;
	run(&p);
	assert_day_equal(find("trp")->due, "2025-06-17");
	assert_day_equal(find("trp")->apply_by, "2025-06-05");
}

/* UZ with 70 days of earlier trips inside the window (1-30 Dec 2024: 30; 10 Jan-8 Feb
 * 2025: 22 + 8 = 30; 20 Feb-1 Mar: 9 + 1 = 10), all of them in [d-179, d] until 30 May:
 * 20 days are left, so the last legal day is 20 Mar + 19 = Tue 8 Apr.  Apply by: 7, 4,
 * 3, 2, 1 Apr, 31, 28 Mar -> Fri 28 Mar. */
static void trips_ending_inside_the_window_bring_the_trp_forward(void **state)
{
	struct kz_person p = person("UZ", "2025-03-20");
	struct kz_trip trips[] = {{D("2024-12-01"), D("2024-12-30")},
				  {D("2025-01-10"), D("2025-02-08")},
				  {D("2025-02-20"), D("2025-03-01")}};

	(void)state;
	p.trips = trips;
	p.ntrips = 3;
	run(&p);
	assert_day_equal(find("trp")->due, "2025-04-08");
	assert_day_equal(find("trp")->apply_by, "2025-03-28");
}

/* RU with a trip 1 Oct-29 Dec 2024 (90 days) straddling the window's start: on the
 * arrival Tue 1 Apr 2025 the window is [4 Oct 2024, 1 Apr 2025], so 87 of its days count
 * and 88 are used.  Each later day drops one day of the trip and adds one of the stay,
 * until the trip has left the window; then the stay alone reaches 90 on
 * 1 Apr + 89 = Sun 29 Jun.  (Counting the whole trip would leave no day at all.) */
static void a_trip_straddling_the_window_start_leaves_the_full_90_days(void **state)
{
	struct kz_person p = person("RU", "2025-04-01");
	struct kz_trip trips[] = {{D("2024-10-01"), D("2024-12-29")}};

	(void)state;
	p.trips = trips;
	p.ntrips = 1;
	run(&p);
	assert_day_equal(find("trp")->due, "2025-06-29");
	assert_int_equal(find("trp")->status, KZ_STATUS_UPCOMING);
}

/* RU with a trip 1 Sep-29 Dec 2024: on Thu 20 Mar 2025 the window starts 22 Sep 2024 and
 * holds 9 + 31 + 30 + 29 = 99 days of it: over 90 on the arrival day -> problem. */
static void a_trip_that_uses_up_the_limit_makes_the_trp_a_problem(void **state)
{
	struct kz_person p = person("RU", "2025-03-20");
	struct kz_trip trips[] = {{D("2024-09-01"), D("2024-12-29")}};
	const struct kz_deadline *d;

	(void)state;
	p.trips = trips;
	p.ntrips = 1;
	run(&p);
	d = find("trp");
	assert_int_equal(d->status, KZ_STATUS_PROBLEM);
	assert_int_equal(d->due, KZ_NO_DAY);
	assert_true(strlen(d->reason) > 0);
}

/* A trip that ends on the arrival day is not an earlier stay: the stay's deadline is a
 * problem naming the trips; the host's notification stands. */
static void a_trip_ending_on_the_arrival_day_is_a_problem(void **state)
{
	struct kz_person p = person("UZ", "2025-03-20");
	struct kz_trip trips[] = {{D("2025-03-01"), D("2025-03-20")}};

	(void)state;
	p.trips = trips;
	p.ntrips = 1;
	run(&p);
	assert_int_equal(find("trp")->status, KZ_STATUS_PROBLEM);
	assert_int_equal(find("trp")->fact, KZ_FACT_TRIPS);
	assert_non_null(strstr(find("trp")->reason, "ends on or after the arrival"));
	assert_day_equal(find("arrival-notification")->due, "2025-03-27");
}

/* The data has no regime for Azerbaijan before the MIA's bilateral list of 22 Jul 2019:
 * the host's notification still stands (Fri 1 Jun 2018: Fri, Mon 4, Tue 5 Jun) and the
 * stay is a problem with the reason, not a refusal of the whole person. */
static void a_date_before_the_regime_data_still_gives_the_notification(void **state)
{
	struct kz_person p = person("AZ", "2018-06-01");
	const struct kz_deadline *d;

	(void)state;
	run(&p);
	assert_day_equal(find("arrival-notification")->due, "2018-06-05");
	d = find("stay-limit");
	assert_int_equal(d->status, KZ_STATUS_PROBLEM);
	assert_int_equal(d->due, KZ_NO_DAY);
	assert_non_null(strstr(d->reason, "no data on the regime for AZ on 2018-06-01"));
}

/* Before Law 421-V (December 2015) the host had no duty to notify; the immigrant (here on
 * a visa) registered within 5 calendar days after crossing, read as from the next day and
 * so provisional: Sat 1 Nov 2014 -> Thu 6 Nov.  The visa window still stands: expiry Sun
 * 1 Mar 2015, closes Tue 10 Feb, opens Mon 19 Jan. */
static void before_law_421_v_the_immigrant_registered_not_the_host(void **state)
{
	struct kz_person p = person("NG", "2014-11-01");
	const struct kz_deadline *d;

	(void)state;
	p.visa_expiry = D("2015-03-01");
	run(&p);
	d = find("arrival-notification");
	assert_int_equal(d->status, KZ_STATUS_NOT_REQUIRED);
	assert_false(d->has_fine);
	assert_non_null(strstr(d->basis, "421-V"));
	d = find("trp");
	assert_day_equal(d->due, "2014-11-06");
	assert_int_equal(d->responsible, KZ_RESP_IMMIGRANT);
	assert_true(d->provisional);
	assert_non_null(d->unsettled);
	assert_day_equal(find("visa-extension")->due, "2015-02-10");
	assert_day_equal(find("visa-extension")->opens, "2015-01-19");
}

/* No fines data before 2015 (the CAO of 2014 took effect on 1 Jan 2015): a visa that
 * ended on Mon 1 Dec 2014 gives the stay's end without a fine, said in the reason. */
static void a_date_before_the_fines_data_gives_the_deadline_without_a_fine(void **state)
{
	struct kz_person p = person("NG", "2014-11-01");
	const struct kz_deadline *d;

	(void)state;
	p.visa_expiry = D("2014-12-01");
	run(&p);
	d = find("stay-limit");
	assert_day_equal(d->due, "2014-12-01");
	assert_false(d->has_fine);
	assert_string_equal(d->reason, "fine unknown: CAO 517 part 3 is not in the data before "
					"2015-01-01 (asked for 2014-12-02)");
}

/* Under 16 (Decree 148 Rules p. 10): born 5 May 2015, 9 years old.  16 on 5 May 2031;
 * if still in Kazakhstan, apply within 10 days counting the birthday: 5 May + 9 = 14 May
 * 2031. */
static void a_child_under_16_needs_no_trp(void **state)
{
	struct kz_person p = person("UZ", "2025-03-20");
	const struct kz_deadline *d;

	(void)state;
	p.birth = D("2015-05-05");
	run(&p);
	d = find("trp");
	assert_int_equal(d->status, KZ_STATUS_NOT_REQUIRED);
	assert_string_equal(d->reason, "under 16 (Decree 148 Rules p. 10) until 2031-05-05; "
					"if still in Kazakhstan then, apply by 2031-05-14");
	assert_day_equal(d->due, "2031-05-14");
}

/* Turning 16 on 10 Apr or on 18 Apr 2025, both on or before the last legal day (18 Apr):
 * an adult's TRP, due 18 Apr. */
static void a_child_turning_16_during_the_stay_needs_the_trp_as_an_adult(void **state)
{
	struct kz_person p = person("UZ", "2025-03-20");

	(void)state;
	p.birth = D("2009-04-10");
	run(&p);
	assert_day_equal(find("trp")->due, "2025-04-18");
	assert_int_equal(find("trp")->status, KZ_STATUS_UPCOMING);
	p.birth = D("2009-04-18");
	run(&p);
	assert_day_equal(find("trp")->due, "2025-04-18");
	assert_day_equal(find("trp")->apply_by, "2025-04-09");
}

/* Turning 16 on Sat 19 Apr 2025, the day after the last legal day: apply within 10
 * calendar days of it, the birthday as day 1: 19 + 9 = Mon 28 Apr (apply_by the same);
 * 19 + 10 = Tue 29 Apr under Civil Code art. 173.  Still 15 on 21 Mar: not required yet;
 * on 20 Apr: upcoming, 8 days left. */
static void a_child_turning_16_after_the_stay_applies_within_10_days(void **state)
{
	struct kz_person p = person("UZ", "2025-03-20");
	const struct kz_deadline *d;

	(void)state;
	p.birth = D("2009-04-19");
	run(&p);
	d = find("trp");
	assert_day_equal(d->due, "2025-04-28");
	assert_day_equal(d->apply_by, "2025-04-28");
	assert_int_equal(d->status, KZ_STATUS_NOT_REQUIRED);
	p.today = D("2025-04-20");
	run(&p);
	assert_int_equal(find("trp")->status, KZ_STATUS_UPCOMING);
	assert_int_equal(find("trp")->days_left, 8);
	p.count_from = KZ_COUNT_FROM_NEXT_DAY;
	run(&p);
	assert_day_equal(find("trp")->due, "2025-04-29");
}

/* Before Law 292-VI a child under 16 was exempt from the 5-day registration (Decree 148
 * Rules p. 10): UZ, born 1 Jan 2010, arrived Thu 10 May 2018; an adult registers by Mon
 * 14 May (10 May + 4). */
static void a_child_under_16_was_exempt_from_the_registration_before_2020(void **state)
{
	struct kz_person p = person("UZ", "2018-05-10");
	const struct kz_deadline *d;

	(void)state;
	run(&p);
	assert_day_equal(find("trp")->due, "2018-05-14");
	p.birth = D("2010-01-01");
	run(&p);
	d = find("trp");
	assert_int_equal(d->status, KZ_STATUS_NOT_REQUIRED);
	assert_int_equal(d->due, KZ_NO_DAY);
	assert_string_equal(d->reason, "under 16: exempt from registration (Decree 148 Rules "
				       "p. 10)");
}

/* The person's terms come from data/visa_free.json, not from C: on a copy whose edits
 * (old, new pairs) change the numbers, the same person's dates move with them. */
static kz_regimes *regimes_edited(const char *const *edits, size_t n)
{
	const struct embedded_file *f = kzt_file("visa_free.json");
	char *json = malloc(f->len + 1);
	kz_error err = {0};
	kz_regimes *r;

	assert_non_null(json);
	memcpy(json, f->data, f->len);
	json[f->len] = '\0';
	for (size_t i = 0; i + 1 < n; i += 2) {
		char *at = strstr(json, edits[i]);

		if (at == NULL || strlen(edits[i]) != strlen(edits[i + 1]))
			fail_msg("edit %zu: '%s' not in visa_free.json or not the same length", i,
				 edits[i]);
		memcpy(at, edits[i + 1], strlen(edits[i + 1]));
	}
	r = kz_regimes_load(json, f->len, "edited.json", &err);
	free(json);
	if (r == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	return r;
}

/* UZ, arrived Thu 20 Mar 2025, TRP due Fri 18 Apr.  With 9 working days of processing
 * instead of 7: 17, 16, 15, 14, 11, 10, 9, 8, 7 Apr: apply by Mon 7 Apr (not Wed 9).
 * A visa ending Mon 1 Sep 2025 with a window of 20 to 10 working days instead of 30 to
 * 14: 10 back is Mon 18 Aug (29, 28, 27, 26, 25, 22, 21, 20, 19, 18), 20 back Mon 4 Aug
 * (15, 14, 13, 12, 11, 8, 7, 6, 5, 4).  A passport ending 31 Aug 2026, renewed 3 months
 * before instead of 6: 31 May 2026 (not 28 Feb).  Under 14 instead of 16, a child born
 * 10 Jan 2011 (14 on 10 Jan 2025) needs the TRP as an adult. */
static void the_terms_of_the_deadlines_come_from_the_data(void **state)
{
	static const char *const edits[] = {
		"{\"id\": \"trp\", \"days\": 7,", "{\"id\": \"trp\", \"days\": 9,",
		"\"opens\": 30, \"days\": 14,", "\"opens\": 20, \"days\": 10,",
		"{\"id\": \"passport-renewal\", \"days\": 6,",
		"{\"id\": \"passport-renewal\", \"days\": 3,",
		"{\"id\": \"trp-free-under\", \"days\": 16,",
		"{\"id\": \"trp-free-under\", \"days\": 14,"};
	kz_regimes *edited = regimes_edited(edits, sizeof edits / sizeof *edits);
	struct kz_rules rules = {fx.cal, edited, fx.fines};
	struct kz_person p = person("UZ", "2025-03-20");
	kz_error err = {0};

	(void)state;
	p.passport_expiry = D("2026-08-31");
	p.birth = D("2011-01-10");
	if (kz_deadlines(&rules, &p, dl, 64, &ndl, &err) != 0)
		fail_msg("%s", err.msg);
	assert_day_equal(find("trp")->due, "2025-04-18");
	assert_day_equal(find("trp")->apply_by, "2025-04-07");
	assert_int_equal(find("trp")->status, KZ_STATUS_UPCOMING);
	assert_day_equal(find("passport-renewal")->due, "2026-05-31");
	p = person("NG", "2025-03-20");
	p.visa_expiry = D("2025-09-01");
	if (kz_deadlines(&rules, &p, dl, 64, &ndl, &err) != 0)
		fail_msg("%s", err.msg);
	assert_day_equal(find("visa-extension")->opens, "2025-08-04");
	assert_day_equal(find("visa-extension")->due, "2025-08-18");
	kz_regimes_free(edited);
}

/* ---- stay limit: TR before and after the decree of 25 Aug 2025 --------------------- */

/* Before: 30 days per entry: Sun 24 Aug + 29 = Mon 22 Sep 2025 (7 to 31 Aug, 22 more).
 * Staying on is CAO 517 p. 3: a warning for up to 3 days, from Tue 23 Sep. */
static void turkey_before_25_aug_2025_has_30_days_per_entry(void **state)
{
	struct kz_person p = person("TR", "2025-08-24");
	const struct kz_deadline *d;

	(void)state;
	run(&p);
	d = find("stay-limit");
	assert_day_equal(d->due, "2025-09-22");
	assert_int_equal(d->responsible, KZ_RESP_IMMIGRANT);
	assert_true(d->has_fine);
	assert_true(d->fine.warning);
	assert_day_equal(d->fine.on, "2025-09-23");
	assert_null(find_from("trp", KZ_NO_DAY));
}

/* From Mon 25 Aug 2025: 90 days within 180, no per-entry limit: 25 Aug + 89 = Sat 22 Nov
 * (6 to 31 Aug, 36 to 30 Sep, 67 to 31 Oct, 89 to 22 Nov). */
static void turkey_from_25_aug_2025_has_90_days_within_180(void **state)
{
	struct kz_person p = person("TR", "2025-08-25");

	(void)state;
	run(&p);
	assert_day_equal(find("stay-limit")->due, "2025-11-22");
}

/* ---- visa extension: 30 and 14 working days before expiry -------------------------- */

/* Expiry Wed 31 Dec 2025.  14 working days in [D, 31 Dec): 30, 29, 26, 25, 24, 23, 22,
 * 19, 18, 17, (16 Independence Day), 15, 12, 11, 10 -> Wed 10 Dec.  30: on through 9, 8,
 * 5, 4, 3, 2, 1 Dec (21), 28, 27, 26, 25, 24, 21, 20, 19, 18 Nov (30) -> Tue 18 Nov. */
static void visa_extension_window_before_the_end_of_2025(void **state)
{
	struct kz_person p = person("UZ", "2025-09-01");
	const struct kz_deadline *d;

	(void)state;
	p.visa_expiry = D("2025-12-31");
	p.today = D("2025-11-17");
	run(&p);
	d = find("visa-extension");
	assert_day_equal(d->opens, "2025-11-18");
	assert_day_equal(d->due, "2025-12-10");
	assert_int_equal(d->status, KZ_STATUS_UPCOMING);
	assert_false(d->has_fine);
	assert_non_null(strstr(d->basis, "no source in law"));
	p.today = D("2025-11-18");
	run(&p);
	assert_int_equal(find("visa-extension")->status, KZ_STATUS_OPEN);
	p.today = D("2025-12-10");
	run(&p);
	assert_int_equal(find("visa-extension")->status, KZ_STATUS_DUE_TODAY);
	p.today = D("2025-12-11");
	run(&p);
	assert_int_equal(find("visa-extension")->status, KZ_STATUS_OVERDUE);
}

/* Expiry Tue 15 Apr 2025, across Nauryz and the moved Women's Day.  14 working days:
 * 14, 11, 10, 9, 8, 7, 4, 3, 2, 1 Apr, 31, 28, 27, 26 Mar -> Wed 26 Mar.  30: past 25, 24
 * (Nauryz moved), 21 (Nauryz): 20, 19, 18, 17, 14, 13, 12, 11 (22), past 10 (8 Mar moved
 * off Saturday): 7, 6, 5, 4, 3 Mar, 28, 27, 26 Feb (30) -> Wed 26 Feb. */
static void visa_extension_window_skips_nauryz_and_a_moved_holiday(void **state)
{
	struct kz_person p = person("UZ", "2025-01-10");

	(void)state;
	p.visa_expiry = D("2025-04-15");
	run(&p);
	assert_day_equal(find("visa-extension")->due, "2025-03-26");
	assert_day_equal(find("visa-extension")->opens, "2025-02-26");
}

/* Expiry Mon 20 Jan 2025, across New Year and the 2025 transfer (Fri 3 Jan off, Sun 5 Jan
 * worked).  14 working days: 17, 16, 15, 14, 13, 10, 9, 8 (8), past 7 (Christmas): 6 (9),
 * Sun 5 (10), past 3, 2, 1 Jan: 31, 30, 27, 26 Dec 2024 (14) -> Thu 26 Dec 2024. */
static void visa_extension_counts_a_weekend_worked_by_decree(void **state)
{
	struct kz_person p = person("AF", "2024-10-01");

	(void)state;
	p.visa_expiry = D("2025-01-20");
	run(&p);
	assert_day_equal(find("visa-extension")->due, "2024-12-26");
}

/* ---- passport ------------------------------------------------------------------------ */

/* Visa to 31 Dec 2025: the passport must last to 31 Mar 2026.  30 Mar is a problem, 31 Mar
 * is not.  Visa to 30 Nov 2025: 30 Feb 2026 does not exist, clamped to 28 Feb. */
static void a_passport_expiring_within_3_months_of_the_visa_is_a_problem(void **state)
{
	struct kz_person p = person("UZ", "2025-09-01");
	const struct kz_deadline *d;

	(void)state;
	p.visa_expiry = D("2025-12-31");
	p.passport_expiry = D("2026-03-30");
	run(&p);
	d = find("passport-validity");
	assert_int_equal(d->status, KZ_STATUS_PROBLEM);
	assert_day_equal(d->due, "2025-12-31");
	assert_non_null(strstr(d->reason, "2026-03-31"));
	p.passport_expiry = D("2026-03-31");
	run(&p);
	assert_int_equal(find("passport-validity")->status, KZ_STATUS_UPCOMING);
	p.visa_expiry = D("2025-11-30");
	p.passport_expiry = D("2026-02-28");
	run(&p);
	assert_int_equal(find("passport-validity")->status, KZ_STATUS_UPCOMING);
	p.passport_expiry = D("2026-02-27");
	run(&p);
	assert_int_equal(find("passport-validity")->status, KZ_STATUS_PROBLEM);
}

/* 6 months before 15 Jan 2027 is 15 Jul 2026; before 31 Aug 2026 is 28 Feb 2026 (clamped).
 * Without a visa expiry there is no passport-validity deadline. */
static void passport_renewal_is_6_months_before_expiry(void **state)
{
	struct kz_person p = person("UZ", "2025-09-01");
	const struct kz_deadline *d;

	(void)state;
	p.passport_expiry = D("2027-01-15");
	run(&p);
	d = find("passport-renewal");
	assert_day_equal(d->due, "2026-07-15");
	assert_int_equal(d->responsible, KZ_RESP_IMMIGRANT);
	assert_false(d->has_fine);
	assert_null(find_from("passport-validity", KZ_NO_DAY));
	p.passport_expiry = D("2026-08-31");
	run(&p);
	assert_day_equal(find("passport-renewal")->due, "2026-02-28");
}

/* ---- provisional years, order, errors ----------------------------------------------- */

/* 2027 has no decree data: a count of working days in it is provisional.  Wed 10 Mar
 * 2027: Wed, Thu 11, Fri 12.  The self-registration (calendar days) is not, by the
 * calendar (10 Mar + 29 = 8 Apr 2027), but is by its law: Order 923's text was not
 * obtained, which unsettled says. */
static void working_day_counts_in_2027_are_provisional(void **state)
{
	struct kz_person p = person("UZ", "2027-03-10");

	(void)state;
	run(&p);
	assert_day_equal(find("arrival-notification")->due, "2027-03-12");
	assert_true(find("arrival-notification")->provisional);
	assert_true(find("trp")->provisional);
	assert_day_equal(find("self-registration")->due, "2027-04-08");
	assert_true(find("self-registration")->provisional);
	assert_non_null(strstr(find("self-registration")->unsettled, "923"));
	assert_null(find("arrival-notification")->unsettled);
	p = person("AF", "2027-03-10");
	p.visa_expiry = D("2027-06-30");
	run(&p);
	assert_true(find("visa-extension")->provisional);
	p = person("UZ", "2025-03-20");
	run(&p);
	assert_false(find("arrival-notification")->provisional);
	assert_false(find("trp")->provisional);
}

static void deadlines_come_in_date_order(void **state)
{
	struct kz_person p = person("UZ", "2026-07-01");
	kz_day moves[] = {D("2026-07-20")};

	(void)state;
	p.moves = moves;
	p.nmoves = 1;
	p.birth = D("2001-01-01");
	p.passport_expiry = D("2027-01-15");
	run(&p);
	assert_int_equal(ndl, 6);
	for (size_t i = 1; i < ndl; i++)
		assert_true(dl[i - 1].due <= dl[i].due);
}

static void unknown_and_kazakh_citizenships_are_rejected(void **state)
{
	struct kz_person p = person("XX", "2025-03-20");
	kz_error err = {0};

	(void)state;
	assert_int_equal(kz_deadlines(&fx.rules, &p, dl, 64, &ndl, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	p = person("KZ", "2025-03-20");
	assert_int_equal(kz_deadlines(&fx.rules, &p, dl, 64, &ndl, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
}

/* ---- the terms of the day (visa_free.json "terms") ------------------------------------ */

/* The host's notice: none before Law 421-V (earliest in force 5 Dec 2015); from then 3
 * working days, provisional until 7 Apr 2016 (its first text read).  Fri 4 Dec 2015: not
 * required; Sat 5 Dec: Mon 7, Tue 8, Wed 9 Dec (provisional); Thu 7 Apr 2016: Thu, Fri 8,
 * Mon 11 Apr, settled. */
static void the_hosts_notice_begins_with_law_421_v(void **state)
{
	struct kz_person p = person("RU", "2015-12-04");
	const struct kz_deadline *d;

	(void)state;
	run(&p);
	assert_int_equal(find("arrival-notification")->status, KZ_STATUS_NOT_REQUIRED);
	assert_false(find("arrival-notification")->provisional);
	p = person("RU", "2015-12-05");
	run(&p);
	d = find("arrival-notification");
	assert_day_equal(d->due, "2015-12-09");
	assert_true(d->provisional);
	assert_non_null(strstr(d->unsettled, "421-V"));
	p = person("RU", "2016-04-07");
	run(&p);
	d = find("arrival-notification");
	assert_day_equal(d->due, "2016-04-11");
	assert_false(d->provisional);
	assert_string_equal(d->where, "vmp-egov");
}

/* eQonaq joins vmp.gov.kz from Decree 111 (earliest 15 Mar 2022; settled from 1 May). */
static void where_to_file_changes_with_decree_111(void **state)
{
	struct kz_person p = person("KG", "2022-03-14");

	(void)state;
	run(&p);
	assert_string_equal(find("arrival-notification")->where, "vmp-egov");
	p = person("KG", "2022-03-15");
	run(&p);
	assert_string_equal(find("arrival-notification")->where, "vmp-eqonaq");
	assert_true(find("arrival-notification")->provisional);
	p = person("KG", "2022-05-02");
	run(&p);
	assert_string_equal(find("arrival-notification")->where, "vmp-eqonaq");
	assert_false(find("arrival-notification")->provisional);
}

/* Registration within 5 calendar days, the crossing day being day 1, until Law 292-VI
 * (earliest in force 7 Jan 2020): a Russian arriving Mon 6 Jan 2020 registers by Fri
 * 10 Jan (provisional: the 2018-2019 texts were not read); one arriving Tue 7 Jan has no
 * registration, only the stay of 90 days (provisional: 292-VI's day is not known); one
 * arriving 3 Feb 2020 has that, settled. */
static void registration_ends_with_law_292_vi(void **state)
{
	struct kz_person p = person("RU", "2020-01-06");
	const struct kz_deadline *d;

	(void)state;
	run(&p);
	d = find("trp");
	assert_day_equal(d->due, "2020-01-10");
	assert_true(d->provisional);
	assert_non_null(find("stay-limit"));
	p = person("RU", "2020-01-07");
	run(&p);
	d = find("trp");
	assert_day_equal(d->due, "2020-04-05");
	assert_true(d->provisional);
	assert_non_null(strstr(d->unsettled, "292-VI"));
	p = person("RU", "2020-02-03");
	run(&p);
	assert_false(find("trp")->provisional);
}

/* A Uzbek citizen on a visa in 2017 registered too (only diplomatic, service and investor
 * visas were exempt: Decree 148 p. 10, text of 2016): Mon 6 Mar 2017 -> Fri 10 Mar; an
 * American the same day was registered at the border (the p. 17 list): not required. */
static void in_2017_visa_holders_registered_and_list_a_at_the_border(void **state)
{
	struct kz_person p = person("UZ", "2017-03-06");

	(void)state;
	p.entry = KZ_ENTRY_VISA;
	p.visa_expiry = D("2017-06-01");
	run(&p);
	assert_day_equal(find("trp")->due, "2017-03-10");
	assert_false(find("trp")->provisional);
	p = person("US", "2017-03-06");
	run(&p);
	assert_int_equal(find("trp")->status, KZ_STATUS_NOT_REQUIRED);
	assert_true(find("trp")->provisional);
	assert_day_equal(find("stay-limit")->due, "2017-04-04");
}

/* Self-registration (Order 923) only for arrivals from 1 Jul 2026. */
static void self_registration_begins_on_1_july_2026(void **state)
{
	struct kz_person p = person("UZ", "2026-06-30");

	(void)state;
	run(&p);
	assert_null(find_from("self-registration", KZ_NO_DAY));
	p = person("UZ", "2026-07-01");
	run(&p);
	assert_day_equal(find("self-registration")->due, "2026-07-30");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(notification_for_a_thursday_before_nauryz_is_the_next_thursday),
		cmocka_unit_test(notification_after_a_sunday_arrival_is_wednesday),
		cmocka_unit_test(next_day_counting_moves_a_monday_arrival_to_thursday),
		cmocka_unit_test(a_move_gets_its_own_notification),
		cmocka_unit_test(self_registration_is_not_due_for_an_arrival_before_july_2026),
		cmocka_unit_test(self_registration_falls_on_the_30th_day_from_the_crossing),
		cmocka_unit_test(re_registration_after_a_move_takes_5_working_days),
		cmocka_unit_test(re_registration_follows_the_date_of_the_move),
		cmocka_unit_test(a_visa_required_citizen_gets_the_deadlines_of_a_visa),
		cmocka_unit_test(a_visa_free_citizen_on_a_visa_gets_what_a_visa_citizen_gets),
		cmocka_unit_test(a_trp_holder_gets_its_extension_and_the_stays_end),
		cmocka_unit_test(impossible_facts_are_problems_of_the_deadlines_that_need_them),
		cmocka_unit_test(an_unreadable_fact_costs_only_its_deadlines),
		cmocka_unit_test(an_apply_by_that_does_not_fit_says_apply_at_once),
		cmocka_unit_test(the_days_kzmig_covers_are_the_documented_ones),
		cmocka_unit_test(trp_for_uzbekistan_is_due_on_the_30th_day),
		cmocka_unit_test(trp_for_russia_is_due_on_the_90th_day),
		cmocka_unit_test(trips_ending_inside_the_window_bring_the_trp_forward),
		cmocka_unit_test(a_trip_straddling_the_window_start_leaves_the_full_90_days),
		cmocka_unit_test(a_trip_that_uses_up_the_limit_makes_the_trp_a_problem),
		cmocka_unit_test(a_trip_ending_on_the_arrival_day_is_a_problem),
		cmocka_unit_test(a_date_before_the_regime_data_still_gives_the_notification),
		cmocka_unit_test(a_date_before_the_fines_data_gives_the_deadline_without_a_fine),
		cmocka_unit_test(before_law_421_v_the_immigrant_registered_not_the_host),
		cmocka_unit_test(the_hosts_notice_begins_with_law_421_v),
		cmocka_unit_test(where_to_file_changes_with_decree_111),
		cmocka_unit_test(registration_ends_with_law_292_vi),
		cmocka_unit_test(in_2017_visa_holders_registered_and_list_a_at_the_border),
		cmocka_unit_test(self_registration_begins_on_1_july_2026),
		cmocka_unit_test(a_child_under_16_needs_no_trp),
		cmocka_unit_test(a_child_turning_16_during_the_stay_needs_the_trp_as_an_adult),
		cmocka_unit_test(a_child_turning_16_after_the_stay_applies_within_10_days),
		cmocka_unit_test(turkey_before_25_aug_2025_has_30_days_per_entry),
		cmocka_unit_test(turkey_from_25_aug_2025_has_90_days_within_180),
		cmocka_unit_test(visa_extension_window_before_the_end_of_2025),
		cmocka_unit_test(visa_extension_window_skips_nauryz_and_a_moved_holiday),
		cmocka_unit_test(visa_extension_counts_a_weekend_worked_by_decree),
		cmocka_unit_test(a_passport_expiring_within_3_months_of_the_visa_is_a_problem),
		cmocka_unit_test(passport_renewal_is_6_months_before_expiry),
		cmocka_unit_test(working_day_counts_in_2027_are_provisional),
		cmocka_unit_test(deadlines_come_in_date_order),
		cmocka_unit_test(a_child_under_16_was_exempt_from_the_registration_before_2020),
		cmocka_unit_test(the_terms_of_the_deadlines_come_from_the_data),
		cmocka_unit_test(unknown_and_kazakh_citizenships_are_rejected),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
