/* test_fines.c — the MCI by date, CAO art. 517/518 fines and state duties
 * (data/fines_kz.json, src/fines.c).  Amounts are worked out by hand from
 * reference/kz-migration-facts.md §1-2 and §6: MCI in tenths, KZT in tenths of a tenge. */
#include "kztest.h"

static int setup(void **state)
{
	*state = kzt_fines();
	return *state == NULL;
}

static int teardown(void **state)
{
	kz_fines_free(*state);
	return 0;
}

static int mci(void **state, const char *day)
{
	kz_error err = {0};
	int v = -1;

	if (kz_mci_on(*state, D(day), &v, &err) != 0)
		fail_msg("kz_mci_on(%s): %s: %s", day, err.where, err.msg);
	return v;
}

static struct kz_penalty overstay(void **state, int days, bool repeat, const char *on)
{
	struct kz_penalty p;
	kz_error err = {0};

	if (kz_fine_overstay(*state, days, D(on), repeat, &p, &err) != 0)
		fail_msg("overstay %d days: %s: %s", days, err.where, err.msg);
	return p;
}

static struct kz_penalty late(void **state, enum kz_host h, bool repeat, const char *on)
{
	struct kz_penalty p;
	kz_error err = {0};

	if (kz_fine_late_notification(*state, D(on), h, repeat, &p, &err) != 0)
		fail_msg("late notification: %s: %s", err.where, err.msg);
	return p;
}

/* ---- the MCI by date (budget laws) -------------------------------------------- */

static void mci_changes_on_1_april_2020(void **state)
{
	/* 2 651 to 31 Mar 2020, 2 778 from 1 Apr 2020 for every purpose. */
	assert_int_equal(mci(state, "2020-01-01"), 2651);
	assert_int_equal(mci(state, "2020-03-31"), 2651);
	assert_int_equal(mci(state, "2020-04-01"), 2778);
	assert_int_equal(mci(state, "2020-12-31"), 2778);
}

static void mci_for_fines_stays_3063_all_2022(void **state)
{
	/* The 3 180 of 1 Apr 2022 was for benefits only; fines and duties kept 3 063. */
	assert_int_equal(mci(state, "2022-01-01"), 3063);
	assert_int_equal(mci(state, "2022-04-01"), 3063);
	assert_int_equal(mci(state, "2022-06-01"), 3063);
	assert_int_equal(mci(state, "2022-12-31"), 3063);
}

static void mci_of_each_year_from_2015_to_2026(void **state)
{
	static const struct {
		const char *day;
		int kzt;
	} want[] = {{"2015-01-01", 1982}, {"2016-07-01", 2121}, {"2017-07-01", 2269},
		    {"2018-07-01", 2405}, {"2019-07-01", 2525}, {"2021-07-01", 2917},
		    {"2023-07-01", 3450}, {"2024-07-01", 3692}, {"2025-12-31", 3932},
		    {"2026-01-01", 4325}, {"2026-12-31", 4325}};

	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
		if (mci(state, want[i].day) != want[i].kzt)
			fail_msg("MCI on %s: got %d, want %d", want[i].day,
				 mci(state, want[i].day), want[i].kzt);
}

/* The data's last MCI row is 2026's: a fine on 1 Jan 2027 uses 4,325 but says it is a
 * guess; 31 Dec 2026 is not; an earlier year never is. */
static void a_fine_past_the_last_mci_year_is_provisional(void **state)
{
	struct kz_penalty p;

	assert_false(kz_mci_provisional(*state, D("2026-12-31")));
	assert_true(kz_mci_provisional(*state, D("2027-01-01")));
	assert_false(kz_mci_provisional(*state, D("2020-04-01")));
	assert_int_equal(kz_fine_late_notification(*state, D("2027-01-04"), KZ_HOST_SMALL, false,
						   &p, NULL), 0);
	assert_true(p.provisional);
	assert_int_equal(p.mci_value, 4325);
	assert_int_equal(kz_fine_late_notification(*state, D("2026-12-31"), KZ_HOST_SMALL, false,
						   &p, NULL), 0);
	assert_false(p.provisional);
}

static void a_date_before_2015_has_no_mci(void **state)
{
	kz_error err = {0};
	struct kz_penalty p;
	int v = 0;

	assert_int_equal(kz_mci_on(*state, D("2014-12-31"), &v, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_non_null(strstr(err.msg, "2015-01-01"));
	err = (kz_error){0};
	assert_int_equal(kz_fine_late_notification(*state, D("2014-06-01"), KZ_HOST_SMALL, false,
						   &p, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
}

/* ---- CAO art. 517 parts 3, 4, 6, 7: overstay tiers ------------------------------ */

static void overstay_of_1_to_3_days_is_a_warning(void **state)
{
	struct kz_penalty p = overstay(state, 1, false, "2025-06-01");

	assert_true(p.warning);
	assert_int_equal(p.mci10, 0);
	assert_string_equal(p.article, "CAO 517 part 3");
	p = overstay(state, 3, false, "2025-06-01");
	assert_true(p.warning);
	assert_int_equal(p.kzt10, 0);
	assert_false(p.has_host);
	assert_null(p.alternative);
}

static void overstay_of_4_days_is_10_mci(void **state)
{
	/* "more than 3 and up to 5 days": 10 MCI x 3 932 = 39 320 KZT in 2025. */
	struct kz_penalty p = overstay(state, 4, false, "2025-06-01");

	assert_false(p.warning);
	assert_string_equal(p.article, "CAO 517 part 3");
	assert_int_equal(p.mci10, 100);
	assert_int_equal(p.mci_value, 3932);
	assert_int_equal(p.kzt10, 393200);
}

static void overstay_of_5_days_is_10_mci_and_6_days_15(void **state)
{
	struct kz_penalty p5 = overstay(state, 5, false, "2025-06-01");
	struct kz_penalty p6 = overstay(state, 6, false, "2025-06-01");

	assert_int_equal(p5.mci10, 100);
	assert_string_equal(p6.article, "CAO 517 part 3");
	assert_int_equal(p6.mci10, 150);
	assert_int_equal(p6.kzt10, 589800); /* 15 x 3 932 = 58 980 */
}

static void overstay_of_10_days_is_part_3_and_11_days_part_4(void **state)
{
	struct kz_penalty p10 = overstay(state, 10, false, "2026-03-02");
	struct kz_penalty p11 = overstay(state, 11, false, "2026-03-02");

	assert_string_equal(p10.article, "CAO 517 part 3");
	assert_int_equal(p10.mci10, 150);
	assert_null(p10.alternative);
	/* "more than 10 days": 25 MCI x 4 325 = 108 125 KZT, or expulsion. */
	assert_string_equal(p11.article, "CAO 517 part 4");
	assert_int_equal(p11.mci10, 250);
	assert_int_equal(p11.kzt10, 1081250);
	assert_non_null(p11.alternative);
	assert_non_null(strstr(p11.alternative, "expulsion"));
	assert_non_null(strstr(p11.alternative, "5-year"));
}

static void a_repeat_overstay_of_up_to_10_days_is_part_6(void **state)
{
	/* Part 6 replaces even part 3's warning: 15 MCI or expulsion. */
	struct kz_penalty p2 = overstay(state, 2, true, "2025-06-01");
	struct kz_penalty p10 = overstay(state, 10, true, "2025-06-01");

	assert_string_equal(p2.article, "CAO 517 part 6");
	assert_false(p2.warning);
	assert_int_equal(p2.mci10, 150);
	assert_int_equal(p2.kzt10, 589800);
	assert_non_null(p2.alternative);
	assert_string_equal(p10.article, "CAO 517 part 6");
}

static void a_repeat_overstay_of_more_than_10_days_is_part_7_arrest(void **state)
{
	struct kz_penalty p = overstay(state, 11, true, "2025-06-01");

	assert_string_equal(p.article, "CAO 517 part 7");
	assert_false(p.warning);
	assert_int_equal(p.mci10, 0); /* no fine: arrest with expulsion */
	assert_int_equal(p.kzt10, 0);
	assert_non_null(strstr(p.alternative, "arrest"));
}

static void overstay_of_0_days_is_an_error(void **state)
{
	struct kz_penalty p;
	kz_error err = {0};

	assert_int_equal(kz_fine_overstay(*state, 0, D("2025-06-01"), false, &p, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	err = (kz_error){0};
	assert_int_equal(kz_fine_overstay(*state, -3, D("2025-06-01"), true, &p, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
}

/* ---- CAO art. 518 parts 1-3: the host, by category ------------------------------ */

static void late_notification_by_host_category(void **state)
{
	/* Part 1: individual a warning; small/NPO 10; medium 15; large 20 MCI (x 3 932). */
	struct kz_penalty i = late(state, KZ_HOST_INDIVIDUAL, false, "2025-03-28");
	struct kz_penalty s = late(state, KZ_HOST_SMALL, false, "2025-03-28");
	struct kz_penalty m = late(state, KZ_HOST_MEDIUM, false, "2025-03-28");
	struct kz_penalty l = late(state, KZ_HOST_LARGE, false, "2025-03-28");

	assert_string_equal(s.article, "CAO 518 part 1");
	assert_true(i.warning);
	assert_int_equal(i.mci10, 0);
	assert_true(i.has_host);
	assert_int_equal(i.host, KZ_HOST_INDIVIDUAL);
	assert_int_equal(s.mci10, 100);
	assert_int_equal(s.kzt10, 393200); /* 39 320 */
	assert_int_equal(m.mci10, 150);
	assert_int_equal(m.kzt10, 589800); /* 58 980 */
	assert_int_equal(l.mci10, 200);
	assert_int_equal(l.kzt10, 786400); /* 78 640 */
	assert_null(s.alternative);
}

static void a_repeat_late_notification_is_part_3_by_host_category(void **state)
{
	/* Part 3: 30 / 40 / 70 / 100 MCI; in 2026 x 4 325. */
	struct kz_penalty i = late(state, KZ_HOST_INDIVIDUAL, true, "2026-02-02");
	struct kz_penalty s = late(state, KZ_HOST_SMALL, true, "2026-02-02");
	struct kz_penalty m = late(state, KZ_HOST_MEDIUM, true, "2026-02-02");
	struct kz_penalty l = late(state, KZ_HOST_LARGE, true, "2026-02-02");

	assert_string_equal(s.article, "CAO 518 part 3");
	assert_false(i.warning);
	assert_int_equal(i.kzt10, 1297500);  /* 30 x 4 325 = 129 750 */
	assert_int_equal(s.kzt10, 1730000);  /* 40 x 4 325 = 173 000 */
	assert_int_equal(m.kzt10, 3027500);  /* 70 x 4 325 = 302 750 */
	assert_int_equal(l.kzt10, 4325000);  /* 100 x 4 325 = 432 500 */
}

static void a_fine_uses_the_mci_of_the_day_of_the_violation(void **state)
{
	/* 10 MCI: 26 510 KZT on 31 Mar 2020, 27 780 KZT on 1 Apr 2020. */
	struct kz_penalty a = late(state, KZ_HOST_SMALL, false, "2020-03-31");
	struct kz_penalty b = late(state, KZ_HOST_SMALL, false, "2020-04-01");

	assert_int_equal(a.mci_value, 2651);
	assert_int_equal(a.kzt10, 265100);
	assert_int_equal(b.mci_value, 2778);
	assert_int_equal(b.kzt10, 277800);
	assert_day_equal(b.on, "2020-04-01");
}

static void harbouring_by_host_category_through_the_generic_lookup(void **state)
{
	static const int want[] = {250, 400, 550, 750}; /* 25 / 40 / 55 / 75 MCI */
	struct kz_penalty p;
	kz_error err = {0};

	for (int h = KZ_HOST_INDIVIDUAL; h <= KZ_HOST_LARGE; h++) {
		assert_int_equal(kz_fine(*state, "518", 2, (enum kz_host)h, 0, D("2024-05-05"),
					 &p, &err), 0);
		assert_int_equal(p.mci10, want[h]);
		assert_int_equal(p.kzt10, (int64_t)want[h] * 3692);
	}
}

static void the_generic_lookup_rejects_what_is_not_in_the_data(void **state)
{
	struct kz_penalty p;
	kz_error err = {0};

	assert_int_equal(kz_fine(*state, "999", 1, KZ_HOST_SMALL, 0, D("2025-01-01"), &p, &err),
			 -1);
	assert_int_equal(err.code, KZ_EINVAL);
	err = (kz_error){0};
	assert_int_equal(kz_fine(*state, "517", 1, KZ_HOST_SMALL, 0, D("2025-01-01"), &p, &err),
			 -1); /* deleted by Law 292-VI of 27.12.2019 */
	err = (kz_error){0};
	/* Part 3 is graded by days: none given, or more than its last tier (10). */
	assert_int_equal(kz_fine(*state, "517", 3, KZ_HOST_SMALL, 0, D("2025-01-01"), &p, &err),
			 -1);
	assert_int_equal(err.code, KZ_EINVAL);
	err = (kz_error){0};
	assert_int_equal(kz_fine(*state, "517", 3, KZ_HOST_SMALL, 11, D("2025-01-01"), &p, &err),
			 -1);
	assert_int_equal(err.code, KZ_EINVAL);
	err = (kz_error){0};
	assert_int_equal(kz_fine(*state, "518", 1, (enum kz_host)7, 0, D("2025-01-01"), &p, &err),
			 -1);
	assert_int_equal(err.code, KZ_EINVAL);
}

static void every_article_and_part_is_listed_with_a_source(void **state)
{
	struct kz_fine_rule r[32];
	size_t n = kz_fine_rules(*state, D("2026-06-01"), r, 32);
	int seen = 0;

	/* In force in 2026: 518 parts 1-3 and 517 parts 2-7 (518 p. 4-5 and 517 p. 1 were
	 * deleted by Law 292-VI in January 2020). */
	assert_int_equal(n, 9);
	for (size_t i = 0; i < n; i++) {
		assert_true(r[i].source && r[i].source[0]);
		assert_true(r[i].offence && r[i].offence[0]);
		if (strcmp(r[i].article, "518") == 0) {
			assert_true(r[i].by_host);
			seen |= 1 << r[i].part;
		} else {
			assert_string_equal(r[i].article, "517");
			assert_false(r[i].by_host);
			assert_int_equal(r[i].by_days, r[i].part == 3);
			seen |= 1 << (r[i].part + 8);
		}
	}
	assert_int_equal(seen, 0xE | (0x3F << 10));
}

/* ---- state duties (Tax Code 2017 art. 613; 2025 arts. 666-667) ------------------ */

static int duty(void **state, const char *id)
{
	struct kz_duty d[32];
	size_t n = kz_duties(*state, D("2026-06-01"), d, 32);

	for (size_t i = 0; i < n && i < 32; i++)
		if (strcmp(d[i].id, id) == 0) {
			assert_true(d[i].source && d[i].source[0]);
			return d[i].mci10;
		}
	fail_msg("no duty %s", id);
	return -1;
}

static void state_duties_in_tenths_of_an_mci(void **state)
{
	assert_int_equal(duty(state, "invitation"), 5);
	assert_int_equal(duty(state, "exit-visa"), 5);
	assert_int_equal(duty(state, "single-entry-visa"), 70);
	assert_int_equal(duty(state, "multiple-entry-visa"), 300);
	assert_int_equal(duty(state, "residence-card"), 2);
	assert_int_equal(duty(state, "prp"), 40);
}

static void kzt_figures_are_exact_to_a_tenth_of_a_tenge(void **state)
{
	/* KZT in tenths: 0.5 MCI x 4 325 = 2 162.5; 30 x 4 325 = 129 750; 0.2 x 2 651 = 530.2
	 * (the golden tests in tests/cli/fees.t check the printed "2,162.5"). */
	assert_int_equal(duty(state, "invitation") * mci(state, "2026-05-04"), 21625);
	assert_int_equal(duty(state, "multiple-entry-visa") * mci(state, "2026-05-04"), 1297500);
	assert_int_equal(duty(state, "residence-card") * mci(state, "2020-03-31"), 5302);
	/* 10 MCI x 3 932 = 39 320 (the design's example). */
	assert_int_equal(late(state, KZ_HOST_SMALL, false, "2025-03-28").kzt10, 393200);
	/* 0.5 x 1 982 = 991; 0.5 x 3 063 = 1 531.5; 7 x 2 778 = 19 446 */
	assert_int_equal(duty(state, "exit-visa") * mci(state, "2015-01-01"), 9910);
	assert_int_equal(duty(state, "exit-visa") * mci(state, "2022-06-01"), 15315);
	assert_int_equal(duty(state, "single-entry-visa") * mci(state, "2020-04-01"), 194460);
}

/* ---- the loader --------------------------------------------------------------- */

static kz_fines *load(const char *json, kz_error *err)
{
	return kz_fines_load(json, strlen(json), "t.json", err);
}

#define MCI_OK "\"mci\":[{\"from\":\"2015-01-01\",\"kzt\":1982,\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\",\"confidence\":\"high\"}]"
#define DUTIES_OK "\"duties\":[{\"id\":\"a\",\"name\":\"A\",\"name_ru\":\"A\",\"name_kk\":\"A\",\"name_source\":\"s\",\"mci\":0.5,\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\",\"confidence\":\"high\"}]"
/* The parts kzmig looks up besides 518 part 1: a file without them is refused. */
#define PART(a, p) ",{\"article\":\"" a "\",\"part\":" p ",\"name\":\"n" a p "\",\"offence\":\"o\",\"offence_ru\":\"o\",\"offence_kk\":\"o\"," \
		   "\"mci\":1,\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\",\"confidence\":\"c\"}"
#define OTHER_PARTS PART("518", "3") PART("517", "3") PART("517", "4") PART("517", "6") \
	PART("517", "7")

static void the_loader_wants_a_source_and_a_confidence_everywhere(void **state)
{
	kz_error err = {0};
	kz_fines *f;

	(void)state;
	f = load("{\"as_of\":\"2026-01-01\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\"," MCI_OK "," DUTIES_OK ",\"fines\":[{\"article\":"
		 "\"518\",\"part\":1,\"name\":\"n\",\"name_ru\":\"n\",\"name_kk\":\"n\",\"name_source\":\"s\",\"offence\":\"o\",\"offence_ru\":\"o\",\"offence_kk\":\"o\",\"mci\":10,\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\","
		 "\"confidence\":\"high\"}" OTHER_PARTS "]}", &err);
	assert_non_null(f);
	kz_fines_free(f);
	f = load("{\"as_of\":\"2026-01-01\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\",\"mci\":[{\"from\":\"2015-01-01\",\"kzt\":1982,"
		 "\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\"}]," DUTIES_OK ",\"fines\":[]}", &err);
	assert_null(f);
	assert_int_equal(err.code, KZ_EDATA);
	assert_non_null(strstr(err.where, "confidence"));
	f = load("{\"as_of\":\"2026-01-01\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\"," MCI_OK ",\"duties\":[{\"id\":\"a\",\"name\":\"A\",\"name_ru\":\"A\",\"name_kk\":\"A\",\"name_source\":\"s\","
		 "\"mci\":0.5,\"confidence\":\"high\"}],\"fines\":[]}", &err);
	assert_null(f);
	assert_non_null(strstr(err.where, "source"));
	f = load("{\"as_of\":\"2026-01-01\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\"," MCI_OK "," DUTIES_OK ",\"fines\":[{\"article\":"
		 "\"518\",\"part\":1,\"name\":\"n\",\"name_ru\":\"n\",\"name_kk\":\"n\",\"name_source\":\"s\",\"offence\":\"o\",\"offence_ru\":\"o\",\"offence_kk\":\"o\",\"mci\":10,\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\"}]}",
		 &err);
	assert_null(f);
	assert_non_null(strstr(err.where, "confidence"));
}

static void the_loader_rejects_bad_amounts_and_doubles(void **state)
{
	kz_error err = {0};
	kz_fines *f;

	(void)state;
	/* No amount at all (a missing "mci" is not "no fine"). */
	f = load("{\"as_of\":\"2026-01-01\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\"," MCI_OK "," DUTIES_OK ",\"fines\":[{\"article\":"
		 "\"518\",\"part\":1,\"name\":\"n\",\"name_ru\":\"n\",\"name_kk\":\"n\",\"name_source\":\"s\",\"offence\":\"o\",\"offence_ru\":\"o\",\"offence_kk\":\"o\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\","
		 "\"confidence\":\"high\"}]}", &err);
	assert_null(f);
	assert_int_equal(err.code, KZ_EDATA);
	/* 0.25 MCI is finer than a tenth. */
	f = load("{\"as_of\":\"2026-01-01\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\"," MCI_OK "," DUTIES_OK ",\"fines\":[{\"article\":"
		 "\"518\",\"part\":1,\"name\":\"n\",\"name_ru\":\"n\",\"name_kk\":\"n\",\"name_source\":\"s\",\"offence\":\"o\",\"offence_ru\":\"o\",\"offence_kk\":\"o\",\"mci\":0.25,\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\","
		 "\"confidence\":\"high\"}]}", &err);
	assert_null(f);
	/* 0.3 MCI is a tenth (0.3 * 10 is not exactly 3 in binary). */
	f = load("{\"as_of\":\"2026-01-01\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\"," MCI_OK "," DUTIES_OK ",\"fines\":[{\"article\":"
		 "\"518\",\"part\":1,\"name\":\"n\",\"name_ru\":\"n\",\"name_kk\":\"n\",\"name_source\":\"s\",\"offence\":\"o\",\"offence_ru\":\"o\",\"offence_kk\":\"o\",\"mci\":0.3,\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\","
		 "\"confidence\":\"high\"}" OTHER_PARTS "]}", &err);
	assert_non_null(f);
	kz_fines_free(f);
	/* The same duty id twice. */
	f = load("{\"as_of\":\"2026-01-01\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\"," MCI_OK ",\"duties\":[{\"id\":\"a\",\"name\":\"A\",\"name_ru\":\"A\",\"name_kk\":\"A\",\"name_source\":\"s\","
		 "\"mci\":1,\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\",\"confidence\":\"c\"},{\"id\":\"a\",\"name\":\"B\",\"name_ru\":\"B\",\"name_kk\":\"B\",\"name_source\":\"s\","
		 "\"mci\":2,\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\",\"confidence\":\"c\"}],\"fines\":[]}", &err);
	assert_null(f);
	assert_non_null(strstr(err.msg, "twice"));
	/* MCI rows out of order. */
	f = load("{\"as_of\":\"2026-01-01\",\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\",\"mci\":[{\"from\":\"2016-01-01\",\"kzt\":2121,"
		 "\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\",\"confidence\":\"c\"},{\"from\":\"2015-01-01\",\"kzt\":1982,"
		 "\"source\":\"s\",\"source_ru\":\"s\",\"source_kk\":\"s\",\"names_source\":\"s\",\"confidence\":\"c\"}]," DUTIES_OK ",\"fines\":[]}", &err);
	assert_null(f);
}

/* ---- the text in force on the day (doc/sources/cao-517-518-tax-code.md) ---- */

/* A duty on a day, or NULL when it is not charged that day. */
static const struct kz_duty *duty_on(void **state, const char *id, const char *day)
{
	static struct kz_duty d[32];
	size_t n = kz_duties(*state, D(day), d, 32);

	for (size_t i = 0; i < n && i < 32; i++)
		if (strcmp(d[i].id, id) == 0)
			return &d[i];
	return NULL;
}

static void overstay_of_4_days_in_2018_is_part_4_15_mci_or_expulsion(void **state)
{
	/* The text of 28.12.2017 (Law 127-VI): part 3 a warning for up to 3 days, part 4
	 * "15 MCI or administrative expulsion" for more; no 10 / 25 MCI tiers. */
	struct kz_penalty p = overstay(state, 4, false, "2018-06-01");

	assert_string_equal(p.article, "CAO 517 part 4");
	assert_int_equal(p.mci10, 150);
	assert_int_equal(p.kzt10, 150 * 2405);
	assert_non_null(strstr(p.alternative, "expulsion"));
	assert_null(strstr(p.alternative, "arrest"));
	assert_false(p.provisional);
	assert_null(p.why);
	p = overstay(state, 3, false, "2019-12-31");
	assert_string_equal(p.article, "CAO 517 part 3");
	assert_true(p.warning);
	p = overstay(state, 11, false, "2019-12-31"); /* no 10-day edge before 2020 */
	assert_string_equal(p.article, "CAO 517 part 4");
	assert_int_equal(p.mci10, 150);
}

static void overstay_in_2017_also_allowed_arrest(void **state)
{
	/* The text of 11.07.2017: "15 MCI or administrative arrest up to 10 days or
	 * administrative expulsion". */
	struct kz_penalty p = overstay(state, 4, false, "2017-06-01");

	assert_string_equal(p.article, "CAO 517 part 4");
	assert_int_equal(p.mci10, 150);
	assert_non_null(strstr(p.alternative, "arrest up to 10 days"));
	assert_false(p.provisional);
}

static void overstay_from_february_2020_has_the_292_vi_tiers(void **state)
{
	struct kz_penalty p = overstay(state, 4, false, "2020-02-01");

	assert_string_equal(p.article, "CAO 517 part 3");
	assert_int_equal(p.mci10, 100);
	assert_false(p.provisional);
	p = overstay(state, 11, false, "2020-02-01");
	assert_string_equal(p.article, "CAO 517 part 4");
	assert_int_equal(p.mci10, 250);
}

static void a_day_the_text_is_not_settled_is_provisional_with_why(void **state)
{
	/* Before 2017 (no text read), and in January 2018 and January 2020 (the amending
	 * laws came into force on days not established). */
	static const char *const days[] = {"2015-01-01", "2016-12-31", "2018-01-09",
					   "2018-01-31", "2020-01-08", "2020-01-31"};

	for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
		struct kz_penalty p = overstay(state, 4, false, days[i]);

		if (!p.provisional || p.why == NULL || p.why[0] == '\0')
			fail_msg("overstay on %s: not provisional, or no reason", days[i]);
	}
	assert_false(overstay(state, 4, false, "2017-01-01").provisional);
	assert_false(overstay(state, 4, false, "2018-02-01").provisional);
	assert_non_null(strstr(overstay(state, 4, false, "2020-01-20").why, "292-VI"));
	assert_non_null(strstr(overstay(state, 4, false, "2018-01-20").why, "127-VI"));
}

static void late_notification_by_the_text_in_force(void **state)
{
	/* CAO 518 p. 1, text of 11.07.2017: 15 / 30 / 45 / 60 MCI (a fine, not a warning,
	 * for a private person); from Law 127-VI: warning / 10 / 15 / 20. */
	struct kz_penalty p = late(state, KZ_HOST_SMALL, false, "2017-06-01");

	assert_int_equal(p.mci10, 300);
	assert_false(p.provisional);
	p = late(state, KZ_HOST_INDIVIDUAL, false, "2017-06-01");
	assert_false(p.warning);
	assert_int_equal(p.mci10, 150);
	p = late(state, KZ_HOST_LARGE, false, "2018-06-01");
	assert_int_equal(p.mci10, 200);
	p = late(state, KZ_HOST_INDIVIDUAL, false, "2018-06-01");
	assert_true(p.warning);
	p = late(state, KZ_HOST_SMALL, false, "2016-06-01"); /* text before 28-VI unknown */
	assert_int_equal(p.mci10, 300);
	assert_true(p.provisional);
	assert_non_null(strstr(p.why, "28-VI"));
}

static void a_deleted_part_is_refused_after_its_last_day(void **state)
{
	struct kz_penalty p;
	kz_error err = {0};

	/* CAO 518 p. 4 (deals with a foreigner staying unlawfully), deleted by 292-VI. */
	assert_int_equal(kz_fine(*state, "518", 4, KZ_HOST_MEDIUM, 0, D("2019-05-01"), &p, &err),
			 0);
	assert_int_equal(p.mci10, 750);
	assert_int_equal(kz_fine(*state, "518", 4, KZ_HOST_MEDIUM, 0, D("2021-05-01"), &p, &err),
			 -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_non_null(strstr(err.msg, "not in force after 2020-01-31"));
}

static void harbouring_is_housing_only(void **state)
{
	struct kz_fine_rule r[32];
	size_t n = kz_fine_rules(*state, D("2026-06-01"), r, 32);

	for (size_t i = 0; i < n; i++)
		if (strcmp(r[i].name, "harbouring") == 0) {
			assert_non_null(strstr(r[i].offence, "housing"));
			assert_null(strstr(r[i].offence, "transport"));
			return;
		}
	fail_msg("no harbouring");
}

static void duties_by_the_tax_code_in_force(void **state)
{
	/* PRP 4 MCI only from 01.01.2022 (Law 382-VI); the 2017 Tax Code's rates from
	 * 01.01.2018; before, the 2008 Code's rates were not read: provisional. */
	assert_null(duty_on(state, "prp", "2019-06-01"));
	assert_null(duty_on(state, "prp", "2021-12-31"));
	assert_int_equal(duty_on(state, "prp", "2022-01-01")->mci10, 40);
	assert_false(duty_on(state, "prp", "2022-01-01")->provisional);
	assert_int_equal(duty_on(state, "single-entry-visa", "2019-06-01")->mci10, 70);
	assert_false(duty_on(state, "single-entry-visa", "2019-06-01")->provisional);
	assert_true(duty_on(state, "single-entry-visa", "2017-12-31")->provisional);
	assert_non_null(strstr(duty_on(state, "invitation", "2016-01-01")->why, "2008"));
	assert_false(duty_on(state, "multiple-entry-visa", "2026-06-01")->provisional);
}

static void the_loader_wants_a_parts_texts_in_order_without_gaps(void **state)
{
	static const struct {
		const char *fines, *where, *msg;
	} bad[] = {
		{"{'from':'2015-01-01','until':'2019-12-31','mci':1},"
		 "{'from':'2019-12-31','mci':2}", "fines[1].from", "overlap or leave a gap"},
		{"{'from':'2015-01-01','until':'2019-12-30','mci':1},"
		 "{'from':'2020-01-01','mci':2}", "fines[1].from", "overlap or leave a gap"},
		{"{'from':'2015-01-01','mci':1},{'from':'2020-01-01','mci':2}", "fines[1].from",
		 "overlap or leave a gap"},
		{"{'from':'2015-01-01','sourced_from':'2016-01-01','mci':1}",
		 "fines[0].beyond_sources", "missing"},
		{"{'from':'2015-01-01','beyond_sources':'x','beyond_sources_ru':'x','beyond_sources_kk':'x','mci':1}", "fines[0].beyond_sources",
		 "given, but"},
		{"{'from':'2016-01-01','sourced_from':'2015-01-01','beyond_sources':'x','beyond_sources_ru':'x','beyond_sources_kk':'x','mci':1}",
		 "fines[0].sourced_from", "beyond from..until"},
		{"{'from':'2016-01-01','until':'2015-01-01','mci':1}", "fines[0].until",
		 "before from"},
	};

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char json[2048], part[1024], *q;
		kz_error err = {0};
		kz_fines *f;
		size_t k = 0;

		/* each object gets the part's other fields */
		for (const char *p = bad[i].fines; *p && k < sizeof part - 80; p++) {
			if (*p == '{') {
				k += (size_t)snprintf(part + k, sizeof part - k,
						      "{'article':'518','part':1,'name':'n','name_ru':'n','name_kk':'n','name_source':'s',"
						      "'offence':'o','offence_ru':'o','offence_kk':'o','source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'c',");
				continue;
			}
			part[k++] = *p;
		}
		part[k] = '\0';
		snprintf(json, sizeof json, "{'as_of':'2026-01-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s'," MCI_OK "," DUTIES_OK
			 ",'fines':[%s]}", part);
		for (q = json; *q; q++)
			if (*q == '\'')
				*q = '"';
		f = load(json, &err);
		if (f != NULL)
			fail_msg("case %zu loaded", i);
		if (strstr(err.where, bad[i].where) == NULL && strstr(err.msg, bad[i].where) == NULL)
			fail_msg("case %zu: where '%s' msg '%s' (want %s)", i, err.where, err.msg,
				 bad[i].where);
		if (strstr(err.msg, bad[i].msg) == NULL)
			fail_msg("case %zu: '%s' (want %s)", i, err.msg, bad[i].msg);
	}
}

static void host_names_round_trip(void **state)
{
	enum kz_host h;

	(void)state;
	for (int i = KZ_HOST_INDIVIDUAL; i <= KZ_HOST_LARGE; i++) {
		assert_int_equal(kz_host_parse(kz_host_name((enum kz_host)i), &h), 0);
		assert_int_equal(h, i);
	}
	assert_int_equal(kz_host_parse("huge", &h), -1);
	assert_int_equal(kz_host_parse("Small", &h), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_fine_past_the_last_mci_year_is_provisional),
		cmocka_unit_test(mci_changes_on_1_april_2020),
		cmocka_unit_test(mci_for_fines_stays_3063_all_2022),
		cmocka_unit_test(mci_of_each_year_from_2015_to_2026),
		cmocka_unit_test(a_date_before_2015_has_no_mci),
		cmocka_unit_test(overstay_of_1_to_3_days_is_a_warning),
		cmocka_unit_test(overstay_of_4_days_is_10_mci),
		cmocka_unit_test(overstay_of_5_days_is_10_mci_and_6_days_15),
		cmocka_unit_test(overstay_of_10_days_is_part_3_and_11_days_part_4),
		cmocka_unit_test(a_repeat_overstay_of_up_to_10_days_is_part_6),
		cmocka_unit_test(a_repeat_overstay_of_more_than_10_days_is_part_7_arrest),
		cmocka_unit_test(overstay_of_0_days_is_an_error),
		cmocka_unit_test(late_notification_by_host_category),
		cmocka_unit_test(a_repeat_late_notification_is_part_3_by_host_category),
		cmocka_unit_test(a_fine_uses_the_mci_of_the_day_of_the_violation),
		cmocka_unit_test(harbouring_by_host_category_through_the_generic_lookup),
		cmocka_unit_test(the_generic_lookup_rejects_what_is_not_in_the_data),
		cmocka_unit_test(every_article_and_part_is_listed_with_a_source),
		cmocka_unit_test(state_duties_in_tenths_of_an_mci),
		cmocka_unit_test(kzt_figures_are_exact_to_a_tenth_of_a_tenge),
		cmocka_unit_test(the_loader_wants_a_source_and_a_confidence_everywhere),
		cmocka_unit_test(the_loader_rejects_bad_amounts_and_doubles),
		cmocka_unit_test(host_names_round_trip),
		cmocka_unit_test(overstay_of_4_days_in_2018_is_part_4_15_mci_or_expulsion),
		cmocka_unit_test(overstay_in_2017_also_allowed_arrest),
		cmocka_unit_test(overstay_from_february_2020_has_the_292_vi_tiers),
		cmocka_unit_test(a_day_the_text_is_not_settled_is_provisional_with_why),
		cmocka_unit_test(late_notification_by_the_text_in_force),
		cmocka_unit_test(a_deleted_part_is_refused_after_its_last_day),
		cmocka_unit_test(harbouring_is_housing_only),
		cmocka_unit_test(duties_by_the_tax_code_in_force),
		cmocka_unit_test(the_loader_wants_a_parts_texts_in_order_without_gaps),
	};

	return cmocka_run_group_tests_name("fines", tests, setup, teardown);
}
