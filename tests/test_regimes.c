/* test_regimes.c — looking up a citizenship's regime: codes in either case, unknown
 * codes, Kazakhstan's own (empty) list, dates before a country's first regime, and one
 * country of every regime kind (data/visa_free.json against the reference facts). */
#include "kztest.h"

/* JSON written with ' for " (the tests' JSON has no apostrophes): a malloc'd copy. */
static char *J(const char *s)
{
	char *j = strdup(s);

	assert_non_null(j);
	for (char *p = j; *p; p++)
		if (*p == '\'')
			*p = '"';
	return j;
}

/* Regimes from JSON with ' for "; the load must succeed. */
static kz_regimes *load_j(const char *s)
{
	char *j = J(s), *json = kzt_every_country(j); /* the other codes: no regime */
	kz_error err = {0};
	kz_regimes *r = kz_regimes_load(json, strlen(json), "t.json", &err);

	free(j);
	free(json);
	if (r == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	return r;
}

/* The lookup of cc on `on` must fail with `code` and msg (where is "citizenship"). */
static void assert_no_regime(const kz_regimes *r, const char *cc, const char *on,
			     enum kz_code code, const char *msg)
{
	const struct kz_regime *g = NULL;
	kz_error err = {0};

	if (kz_regime_on(r, cc, D(on), &g, &err) != -1)
		fail_msg("%s on %s: found a regime", cc ? cc : "NULL", on);
	assert_null(g);
	assert_int_equal(err.code, code);
	assert_string_equal(err.where, "citizenship");
	assert_string_equal(err.msg, msg);
}

static const struct kz_regime *regime(const kz_regimes *r, const char *cc, const char *on)
{
	const struct kz_regime *g = NULL;
	kz_error err = {0};

	if (kz_regime_on(r, cc, D(on), &g, &err) != 0)
		fail_msg("%s on %s: %s: %s", cc, on, err.where, err.msg);
	return g;
}

static void codes_are_found_in_any_case(void **state)
{
	kz_regimes *r = kzt_regimes();
	const struct kz_regime *g = regime(r, "UZ", "2025-03-20");

	(void)state;
	assert_string_equal(g->code, "UZ");
	assert_string_equal(g->country, "Uzbekistan");
	assert_ptr_equal(regime(r, "uz", "2025-03-20"), g);
	assert_ptr_equal(regime(r, "Uz", "2025-03-20"), g);
	assert_ptr_equal(regime(r, "uZ", "2025-03-20"), g);
	assert_string_equal(kz_country_name(r, "uz"), "Uzbekistan");
	assert_string_equal(kz_country_name(r, "cN"), "China");
	kz_regimes_free(r);
}

static void unknown_codes_are_refused_with_the_code_quoted(void **state)
{
	kz_regimes *r = kzt_regimes();
	const char *expect_xx =
		"unknown country code 'XX' (expected ISO 3166-1 alpha-2, e.g. UZ)";

	(void)state;
	assert_no_regime(r, "XX", "2025-03-20", KZ_EINVAL, expect_xx);
	assert_no_regime(r, "xx", "2025-03-20", KZ_EINVAL,
			 "unknown country code 'xx' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	/* Three letters (alpha-3), one letter, none. */
	assert_no_regime(r, "UZB", "2025-03-20", KZ_EINVAL,
			 "unknown country code 'UZB' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	assert_no_regime(r, "U", "2025-03-20", KZ_EINVAL,
			 "unknown country code 'U' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	assert_no_regime(r, "", "2025-03-20", KZ_EINVAL,
			 "unknown country code '' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	assert_no_regime(r, NULL, "2025-03-20", KZ_EINVAL,
			 "unknown country code '' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	/* Characters next to the letters in ASCII: '@' and '`' before A and a, '[' and '{'
	 * after Z and z; digits. */
	assert_no_regime(r, "@Z", "2025-03-20", KZ_EINVAL,
			 "unknown country code '@Z' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	assert_no_regime(r, "U[", "2025-03-20", KZ_EINVAL,
			 "unknown country code 'U[' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	assert_no_regime(r, "{Z", "2025-03-20", KZ_EINVAL,
			 "unknown country code '{Z' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	assert_no_regime(r, "U`", "2025-03-20", KZ_EINVAL,
			 "unknown country code 'U`' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	assert_no_regime(r, "12", "2025-03-20", KZ_EINVAL,
			 "unknown country code '12' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	/* A long code is quoted up to 8 characters. */
	assert_no_regime(r, "Uzbekistan", "2025-03-20", KZ_EINVAL,
			 "unknown country code 'Uzbekist' (expected ISO 3166-1 alpha-2, e.g. UZ)");
	assert_null(kz_country_name(r, "XX"));
	assert_null(kz_country_name(r, "UZB"));
	assert_null(kz_country_name(r, "U"));
	assert_null(kz_country_name(r, ""));
	assert_null(kz_country_name(r, NULL));
	assert_null(kz_country_name(r, "{Z"));
	kz_regimes_free(r);
}

static void unknown_code_without_an_error_struct_still_fails(void **state)
{
	kz_regimes *r = kzt_regimes();
	const struct kz_regime *g = NULL;

	(void)state;
	assert_int_equal(kz_regime_on(r, "XX", D("2025-03-20"), &g, NULL), -1);
	assert_int_equal(kz_regime_on(r, "KZ", D("2025-03-20"), &g, NULL), -1);
	assert_null(g);
	kz_regimes_free(r);
}

static void kazakhstan_has_a_name_but_no_migration_rules(void **state)
{
	kz_regimes *r = kzt_regimes();

	(void)state;
	/* Citizens are not immigrants: the data lists KZ with an empty regime list. */
	assert_string_equal(kz_country_name(r, "kz"), "Kazakhstan");
	assert_no_regime(r, "KZ", "2025-03-20", KZ_EINVAL,
			 "KZ: no migration rules apply to citizens of Kazakhstan");
	assert_no_regime(r, "kz", "2025-03-20", KZ_EINVAL,
			 "KZ: no migration rules apply to citizens of Kazakhstan");
	kz_regimes_free(r);
}

static void a_date_before_the_first_regime_names_where_the_data_starts(void **state)
{
	kz_regimes *r = kzt_regimes();

	(void)state;
	/* Vietnam joined List A (Decree 148 p. 17 part 1) on 01.10.2019: nothing before. */
	assert_no_regime(r, "VN", "2019-09-30", KZ_ERANGE,
			 "no data on the regime for VN on 2019-09-30 (expected a date from "
			 "2019-10-01)");
	assert_int_equal(regime(r, "VN", "2019-10-01")->kind, KZ_REGIME_UNILATERAL);
	/* The United States: 15 days from the pilot of 15.07.2014, 30 from 01.01.2017, a visa
	 * while the list was suspended (17.04.2020-31.12.2021), a visa before 2014. */
	assert_int_equal(regime(r, "us", "2014-07-14")->kind, KZ_REGIME_VISA_REQUIRED);
	assert_int_equal(regime(r, "us", "2014-07-15")->per_entry, 15);
	assert_int_equal(regime(r, "us", "2016-12-31")->per_entry, 15);
	assert_int_equal(regime(r, "us", "2017-01-01")->per_entry, 30);
	assert_int_equal(regime(r, "us", "2017-01-01")->limit, 0); /* no cap in 2017's text */
	assert_int_equal(regime(r, "us", "2020-04-17")->kind, KZ_REGIME_VISA_REQUIRED);
	assert_non_null(regime(r, "us", "2020-04-17")->unsettled);
	assert_int_equal(regime(r, "us", "2022-01-01")->limit, 90);
	assert_null(regime(r, "us", "2022-01-01")->unsettled);
	kz_regimes_free(r);
}

static void a_date_after_the_last_regime_of_an_open_start_names_the_data_range(void **state)
{
	/* A country whose only regime has no start but ends: after it, no date to suggest. */
	kz_regimes *r = load_j("{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','terms':[],'countries':{'AQ':{'name':'Xa','name_ru':'Xa','name_kk':'Xa','name_source':'s','regimes':["
			       "{'until':'2020-12-31','regime':'bilateral','per_entry':30,"
			       "'trp_route':false,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'low'}]}}}");

	(void)state;
	assert_int_equal(regime(r, "AQ", "1900-01-01")->per_entry, 30);
	assert_int_equal(regime(r, "aq", "2020-12-31")->per_entry, 30);
	assert_no_regime(r, "AQ", "2021-01-01", KZ_ERANGE,
			 "no data on the regime for AQ on 2021-01-01 (expected a date from the "
			 "data's range)");
	kz_regimes_free(r);
}

static void each_regime_kind_comes_with_its_limits(void **state)
{
	kz_regimes *r = kzt_regimes();
	const struct kz_regime *g;

	(void)state;
	/* Visa required (not on any visa-free list): no limits; the visa decides. */
	g = regime(r, "LA", "2025-03-20");
	assert_int_equal(g->kind, KZ_REGIME_VISA_REQUIRED);
	assert_int_equal(g->per_entry, 0);
	assert_int_equal(g->limit, 0);
	assert_int_equal(g->from, KZ_NO_DAY);
	assert_int_equal(g->until, KZ_NO_DAY);
	/* EAEU (Russia): 90 days per entry before Decree 1146, 90 in 180 from 27.01.2023. */
	g = regime(r, "RU", "2023-01-26");
	assert_int_equal(g->kind, KZ_REGIME_EAEU);
	assert_int_equal(g->per_entry, 90);
	assert_int_equal(g->limit, 0);
	assert_true(g->trp_route);
	assert_day_equal(g->until, "2023-01-26");
	g = regime(r, "RU", "2023-01-27");
	assert_int_equal(g->kind, KZ_REGIME_EAEU);
	assert_int_equal(g->per_entry, 0);
	assert_int_equal(g->limit, 90);
	assert_int_equal(g->window, 180);
	assert_day_equal(g->from, "2023-01-27");
	/* Bilateral (China from 10.11.2023, the 2023 agreement): 30 per entry, 90 in 180. */
	g = regime(r, "CN", "2023-11-10");
	assert_int_equal(g->kind, KZ_REGIME_BILATERAL);
	assert_int_equal(g->per_entry, 30);
	assert_int_equal(g->limit, 90);
	assert_int_equal(g->window, 180);
	assert_false(g->trp_route);
	/* Unilateral (China the day before: Decree 148 p. 17 part 2, 14 days, 42 in 180). */
	g = regime(r, "CN", "2023-11-09");
	assert_int_equal(g->kind, KZ_REGIME_UNILATERAL);
	assert_int_equal(g->per_entry, 14);
	assert_int_equal(g->limit, 42);
	assert_int_equal(g->window, 180);
	/* ... and visa required before 08.07.2022 (Decree 464 of 07.07.2022). */
	assert_int_equal(regime(r, "CN", "2022-07-07")->kind, KZ_REGIME_VISA_REQUIRED);
	assert_int_equal(regime(r, "CN", "2022-07-08")->kind, KZ_REGIME_UNILATERAL);
	/* Every regime says where it comes from and how sure that is. */
	assert_non_null(g->source);
	assert_true(strcmp(g->confidence, "high") == 0 || strcmp(g->confidence, "medium") == 0 ||
		    strcmp(g->confidence, "low") == 0);
	kz_regimes_free(r);
}

static void every_regime_kind_and_confidence_loads_from_json(void **state)
{
	kz_regimes *r = load_j(
		"{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','terms':[],'countries':{"
		"'AD':{'name':'Aa','name_ru':'Aa','name_kk':'Aa','name_source':'s','regimes':[{'regime':'visa-required','trp_route':false,"
		"'source':'s1','source_ru':'s1','source_kk':'s1','names_source':'s1','confidence':'high'}]},"
		"'BB':{'name':'Bb','name_ru':'Bb','name_kk':'Bb','name_source':'s','regimes':[{'until':'2022-12-31','regime':'eaeu','per_entry':90,"
		"'trp_route':true,'source':'s2','source_ru':'s2','source_kk':'s2','names_source':'s2','confidence':'medium'},{'from':'2023-01-01',"
		"'regime':'eaeu','limit':90,'window':180,'trp_route':true,'source':'s3','source_ru':'s3','source_kk':'s3','names_source':'s3',"
		"'confidence':'low'}]},"
		"'CC':{'name':'Cc','name_ru':'Cc','name_kk':'Cc','name_source':'s','regimes':[{'regime':'bilateral','per_entry':30,'limit':90,"
		"'window':180,'trp_route':false,'source':'s4','source_ru':'s4','source_kk':'s4','names_source':'s4','confidence':'high'}]},"
		"'DK':{'name':'Dd','name_ru':'Dd','name_kk':'Dd','name_source':'s','regimes':[{'regime':'unilateral','limit':366,'window':366,"
		"'trp_route':false,'source':'s5','source_ru':'s5','source_kk':'s5','names_source':'s5','confidence':'high'}]},"
		"'ZW':{'name':'Zz','name_ru':'Zz','name_kk':'Zz','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}}}");
	const struct kz_regime *g;

	(void)state;
	assert_string_equal(kz_regimes_as_of(r), "2026-11-01");
	g = regime(r, "ad", "2025-01-01");
	assert_int_equal(g->kind, KZ_REGIME_VISA_REQUIRED);
	assert_string_equal(g->source, "s1");
	assert_string_equal(g->confidence, "high");
	g = regime(r, "BB", "2022-12-31");
	assert_int_equal(g->kind, KZ_REGIME_EAEU);
	assert_int_equal(g->per_entry, 90);
	assert_string_equal(g->confidence, "medium");
	g = regime(r, "BB", "2023-01-01");
	assert_int_equal(g->limit, 90);
	assert_string_equal(g->source, "s3");
	assert_string_equal(g->confidence, "low");
	assert_string_equal(g->country, "Bb");
	g = regime(r, "CC", "2025-01-01");
	assert_int_equal(g->kind, KZ_REGIME_BILATERAL);
	g = regime(r, "DK", "2025-01-01");
	assert_int_equal(g->kind, KZ_REGIME_UNILATERAL);
	assert_int_equal(g->limit, 366);
	assert_no_regime(r, "ZW", "2025-01-01", KZ_EINVAL,
			 "ZW: no migration rules apply to citizens of Zz");
	assert_string_equal(kz_country_name(r, "zw"), "Zz");
	assert_null(kz_country_name(r, "AB"));
	kz_regimes_free(r);
}

/* A term is refused when its unit does not fit its duty (a notification counts days, not
 * months) or its window is not one counted back from the event. */
static void a_term_of_the_wrong_unit_or_window_is_refused(void **state)
{
	static const struct {
		const char *term, *msg;
	} cases[] = {
		{"{'id':'arrival-notification','days':3,'unit':'months','stays':['visa'],"
		 "'basis':'b','basis_ru':'b','basis_kk':'b','source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}",
		 "terms[0].unit: arrival-notification counts days (expected working or calendar)"},
		{"{'id':'visa-extension','opens':30,'days':14,'unit':'working','stays':['visa'],"
		 "'basis':'b','basis_ru':'b','basis_kk':'b','source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'low'}",
		 "terms[0].opens: a window counted back from the event opens earlier than it "
		 "closes (expected before: true and opens > days)"},
		{"{'id':'visa-extension','opens':10,'days':14,'before':true,'stays':['visa'],"
		 "'basis':'b','basis_ru':'b','basis_kk':'b','source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'low'}",
		 "terms[0].opens: a window counted back from the event opens earlier than it "
		 "closes (expected before: true and opens > days)"},
		{"{'id':'trp-at-17','days':10,'stays':['visa'],'basis':'b','basis_ru':'b','basis_kk':'b','source':'s','source_ru':'s','source_kk':'s','names_source':'s',"
		 "'confidence':'low'}",
		 NULL},
	};

	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char text[512];
		char *j, *json;
		kz_error err = {0};

		snprintf(text, sizeof text, "{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','terms':[%s],"
			 "'countries':{}}", cases[i].term);
		j = J(text);
		json = kzt_every_country(j); /* a sound file but for the term */
		assert_null(kz_regimes_load(json, strlen(json), "t.json", &err));
		free(j);
		free(json);
		assert_int_equal(err.code, KZ_EDATA);
		if (cases[i].msg)
			assert_string_equal(err.msg, cases[i].msg);
		else
			assert_non_null(strstr(err.msg, "terms[0].id: 'trp-at-17' (expected one of"));
	}
}

static void freeing_no_regimes_is_harmless(void **state)
{
	(void)state;
	/* Like free(NULL): a crash here (or an ASan report) fails the test. */
	kz_regimes_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(codes_are_found_in_any_case),
		cmocka_unit_test(unknown_codes_are_refused_with_the_code_quoted),
		cmocka_unit_test(unknown_code_without_an_error_struct_still_fails),
		cmocka_unit_test(kazakhstan_has_a_name_but_no_migration_rules),
		cmocka_unit_test(a_date_before_the_first_regime_names_where_the_data_starts),
		cmocka_unit_test(a_date_after_the_last_regime_of_an_open_start_names_the_data_range),
		cmocka_unit_test(each_regime_kind_comes_with_its_limits),
		cmocka_unit_test(every_regime_kind_and_confidence_loads_from_json),
		cmocka_unit_test(a_term_of_the_wrong_unit_or_window_is_refused),
		cmocka_unit_test(freeing_no_regimes_is_harmless),
	};
	return cmocka_run_group_tests_name("regimes", tests, NULL, NULL);
}
