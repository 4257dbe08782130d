/* test_loaders.c — the four data-file loaders (holidays, visa_free, fines, policy) on JSON
 * of every wrong shape: a missing member, a wrong type, a number out of range, a date that
 * does not exist, a duplicate, a bad confidence, tiers, by_host.  Each bad file must be
 * refused (NULL) with KZ_EDATA, the file and JSON path in `where` (or the path in `msg`)
 * and what was expected; each good one loads and says what it read.  Only the public
 * kz_*_load() are used, so the tests hold whatever the loaders do inside.
 *
 * The JSON is written with ' for " (see J()): the test files have no apostrophes. */
#include "kztest.h"
/* The CLI's reader (src/cli/data.c, linked into the tests). */
char *read_file(const char *path, size_t *len, kz_error *err);

/* A malloc'd copy of s with every ' turned into ". */
static char *J(const char *s)
{
	char *j = strdup(s);

	assert_non_null(j);
	for (char *p = j; *p; p++)
		if (*p == '\'')
			*p = '"';
	return j;
}

enum which { HOLIDAYS, VISA_FREE, FINES, POLICY };

struct bad {
	const char *json; /* with ' for " */
	const char *where, *msg;
};

/* Loads json (with ' for ") as "t.json"; returns the object (freed here) or NULL.  With
 * every_country, a visa_free.json gets the ISO codes it lacks (kzt_every_country). */
static bool loads_as(enum which w, const char *json, bool every_country, kz_error *err)
{
	char *j = J(json);
	size_t n;
	bool ok = false;

	if (w == VISA_FREE && every_country) {
		char *all = kzt_every_country(j);

		free(j);
		j = all;
	}
	n = strlen(j);

	switch (w) {
	case HOLIDAYS: {
		kz_calendar *c = kz_calendar_load(j, n, "t.json", err);
		ok = c != NULL;
		kz_calendar_free(c);
		break;
	}
	case VISA_FREE: {
		kz_regimes *r = kz_regimes_load(j, n, "t.json", err);
		ok = r != NULL;
		kz_regimes_free(r);
		break;
	}
	case FINES: {
		kz_fines *f = kz_fines_load(j, n, "t.json", err);
		ok = f != NULL;
		kz_fines_free(f);
		break;
	}
	case POLICY: {
		kz_policy *p = kz_policy_load(j, n, "t.json", err);
		ok = p != NULL;
		kz_policy_free(p);
		break;
	}
	}
	free(j);
	return ok;
}

static bool loads(enum which w, const char *json, kz_error *err)
{
	return loads_as(w, json, false, err);
}

/* The first problem kz_policy_check reports: it must be the one kz_policy_load gives. */
static void first_problem(const kz_error *problem, void *arg)
{
	kz_error *first = arg;

	if (first->code == KZ_OK)
		*first = *problem;
}

/* Every case must be refused with KZ_EDATA, its where and its msg. */
static void refuse_all(enum which w, const struct bad *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		kz_error err = {0};

		if (loads(w, cases[i].json, &err))
			fail_msg("case %zu was accepted: %s", i, cases[i].json);
		if (err.code != KZ_EDATA || strcmp(err.where, cases[i].where) != 0 ||
		    strcmp(err.msg, cases[i].msg) != 0)
			fail_msg("case %zu: got %d '%s' '%s'\n  want '%s' '%s'", i, (int)err.code,
				 err.where, err.msg, cases[i].where, cases[i].msg);
		if (w == POLICY) {
			kz_error first = {0};
			char *j = J(cases[i].json);
			int problems = kz_policy_check(j, strlen(j), "t.json", first_problem,
						       &first, NULL);

			free(j);
			assert_true(problems >= 1);
			assert_string_equal(first.where, err.where);
			assert_string_equal(first.msg, err.msg);
		}
	}
}

#define REFUSE_ALL(w, cases) refuse_all(w, cases, sizeof cases / sizeof cases[0])

/* The load must succeed (the JSON is one the loader should take). */
static void assert_loads(enum which w, const char *json)
{
	kz_error err = {0};

	if (!loads_as(w, json, true, &err))
		fail_msg("refused: %s: %s\n  %s", err.where, err.msg, json);
}

/* ---- holidays_kz.json ------------------------------------------------------------- */

/* A member a loader ignores, standing in for one left out. */
#define NONE "'unused':0"
/* The header's members, each replaceable. */
#define H_ASOF "'as_of':'2026-11-01'"
#define H_SRC "'source':'s','source_ru':'s','source_kk':'s','names_source':'s'"
#define H_WK "'weekend':[6,7]"
#define H_WR "'weekend_rule':{'from':2002,'source':'r','source_ru':'r','source_kk':'r','names_source':'r'}"
#define H_CONF "'confirmed_from':2025,'confirmed_through':2025"
#define HDR(a, s, wk, wr, conf) a "," s "," wk "," wr "," conf
#define C_HDR HDR(H_ASOF, H_SRC, H_WK, H_WR, H_CONF)
/* New Year (fixed, moves off a weekend) and Kurban Ait (moveable, religious). */
#define NY "{'id':'ny','name':'New Year','name_ru':'New Year','name_kk':'New Year','name_source':'s','month':1,'day':1,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"
#define KA "{'id':'ka','name':'Kurban Ait','name_ru':'Kurban Ait','name_kk':'Kurban Ait','name_source':'s','moveable':true,'from':2006,'moves':false,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"
#define C_HOL "'holidays':[" NY "," KA "]"
/* Kurban Ait 2025: Friday 6 June (reference/kz-calendar.md). */
#define KA25 "{'holiday':'ka','date':'2025-06-06','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}"
#define C_MV "'moveable':[" KA25 "]"
#define C_TR "'transfers':[]"
#define CAL(hdr, hol, mv, tr) "{" hdr "," hol "," mv "," tr "}"
#define HOL(x) CAL(C_HDR, "'holidays':[" x "]", C_MV, C_TR)
#define MV(x) CAL(C_HDR, C_HOL, "'moveable':[" x "]", C_TR)
#define TR(x) CAL(C_HDR, C_HOL, C_MV, "'transfers':[" x "]")

static kz_calendar *cal_j(const char *json)
{
	char *j = J(json);
	kz_error err = {0};
	kz_calendar *cal = kz_calendar_load(j, strlen(j), "t.json", &err);

	free(j);
	if (cal == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	return cal;
}

static void the_minimal_calendar_loads(void **state)
{
	kz_calendar *cal = cal_j(CAL(C_HDR, C_HOL, C_MV, C_TR));
	struct kz_day_info info;

	(void)state;
	assert_string_equal(kz_calendar_as_of(cal), "2026-11-01");
	/* Wednesday 1 January 2025: New Year; Friday 6 June: Kurban Ait. */
	assert_int_equal(kz_day_info(cal, D("2025-01-01"), &info, NULL), 0);
	assert_int_equal(info.kind, KZ_DAY_HOLIDAY);
	assert_string_equal(info.name, "New Year");
	assert_false(kz_is_working(cal, D("2025-06-06")));
	assert_true(kz_is_working(cal, D("2025-06-05")));
	kz_calendar_free(cal);
}

static void a_holidays_header_of_every_wrong_shape_is_refused(void **state)
{
	static const struct bad cases[] = {
		{CAL(HDR(NONE, H_SRC, H_WK, H_WR, H_CONF), C_HOL, C_MV, C_TR), "t.json: as_of",
		 "missing (expected a string)"},
		{CAL(HDR("'as_of':5", H_SRC, H_WK, H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json: as_of", "wrong type (expected a string)"},
		{CAL(HDR("'as_of':'soon'", H_SRC, H_WK, H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json", "as_of: 'soon' is not a date"},
		{CAL(HDR("'as_of':'2026-02-29'", H_SRC, H_WK, H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json", "as_of: '2026-02-29' is not a date"},
		{CAL(HDR(H_ASOF, NONE, H_WK, H_WR, H_CONF), C_HOL, C_MV, C_TR), "t.json: source",
		 "missing (expected a string)"},
		{CAL(HDR(H_ASOF, "'source':'','source_ru':'','source_kk':'','names_source':''", H_WK, H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json: source", "empty (expected some text)"},
		{CAL(HDR(H_ASOF, H_SRC, H_WK, H_WR, "'confirmed_from':2001,'confirmed_through':2025"),
		     C_HOL, C_MV, C_TR),
		 "t.json: confirmed_from", "2001 out of range (expected a whole number 2002..2199)"},
		{CAL(HDR(H_ASOF, H_SRC, H_WK, H_WR, "'confirmed_from':2025"), C_HOL, C_MV, C_TR),
		 "t.json: confirmed_through", "missing (expected a number)"},
		{CAL(HDR(H_ASOF, H_SRC, H_WK, H_WR, "'confirmed_from':2025,'confirmed_through':2200"),
		     C_HOL, C_MV, C_TR),
		 "t.json: confirmed_through",
		 "2200 out of range (expected a whole number 2002..2199)"},
		{CAL(HDR(H_ASOF, H_SRC, H_WK, H_WR, "'confirmed_from':2025,'confirmed_through':2024"),
		     C_HOL, C_MV, C_TR),
		 "t.json", "confirmed_through: before confirmed_from"},
		{CAL(HDR(H_ASOF, H_SRC, NONE, H_WR, H_CONF), C_HOL, C_MV, C_TR), "t.json: weekend",
		 "missing (expected an array)"},
		{CAL(HDR(H_ASOF, H_SRC, "'weekend':{}", H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json: weekend", "wrong type (expected an array)"},
		{CAL(HDR(H_ASOF, H_SRC, "'weekend':[0]", H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json", "weekend: expected ISO weekdays 1..7 (6, 7 = Sat, Sun)"},
		{CAL(HDR(H_ASOF, H_SRC, "'weekend':[6,8]", H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json", "weekend: expected ISO weekdays 1..7 (6, 7 = Sat, Sun)"},
		{CAL(HDR(H_ASOF, H_SRC, "'weekend':['6']", H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json", "weekend: expected ISO weekdays 1..7 (6, 7 = Sat, Sun)"},
		{CAL(HDR(H_ASOF, H_SRC, "'weekend':[6.5]", H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json", "weekend: expected ISO weekdays 1..7 (6, 7 = Sat, Sun)"},
		{CAL(HDR(H_ASOF, H_SRC, "'weekend':[null]", H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json", "weekend: expected ISO weekdays 1..7 (6, 7 = Sat, Sun)"},
		{CAL(HDR(H_ASOF, H_SRC, "'weekend':[1,2,3,4,5,6,7]", H_WR, H_CONF), C_HOL, C_MV,
		     C_TR),
		 "t.json", "weekend: all seven days (expected at least one working day)"},
		{CAL(HDR(H_ASOF, H_SRC, "'weekend':[6,7,6]", H_WR, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json", "weekend[2]: 6 twice (expected each day once)"},
		{CAL(HDR(H_ASOF, H_SRC, H_WK, NONE, H_CONF), C_HOL, C_MV, C_TR),
		 "t.json: weekend_rule", "missing (expected an object)"},
		{CAL(HDR(H_ASOF, H_SRC, H_WK, "'weekend_rule':[]", H_CONF), C_HOL, C_MV, C_TR),
		 "t.json: weekend_rule", "wrong type (expected an object)"},
		{CAL(HDR(H_ASOF, H_SRC, H_WK, "'weekend_rule':{'source':'r','source_ru':'r','source_kk':'r','names_source':'r'}", H_CONF), C_HOL, C_MV,
		     C_TR),
		 "t.json: weekend_rule.from", "missing (expected a number)"},
		{CAL(HDR(H_ASOF, H_SRC, H_WK, "'weekend_rule':{'from':1899,'source':'r','source_ru':'r','source_kk':'r','names_source':'r'}", H_CONF),
		     C_HOL, C_MV, C_TR),
		 "t.json: weekend_rule.from", "1899 out of range (expected a whole number 1900..2199)"},
		{CAL(HDR(H_ASOF, H_SRC, H_WK, "'weekend_rule':{'from':2002}", H_CONF), C_HOL, C_MV,
		     C_TR),
		 "t.json: weekend_rule.source", "missing (expected a string)"},
	};

	(void)state;
	REFUSE_ALL(HOLIDAYS, cases);
}

static void holiday_rules_of_every_wrong_shape_are_refused(void **state)
{
	static const struct bad cases[] = {
		{CAL(C_HDR, NONE, C_MV, C_TR), "t.json: holidays", "missing (expected an array)"},
		{CAL(C_HDR, "'holidays':{}", C_MV, C_TR), "t.json: holidays",
		 "wrong type (expected an array)"},
		{HOL("5"), "t.json", "holidays[0]: expected an object"},
		{HOL(NY ",[]"), "t.json", "holidays[1]: expected an object"},
		{HOL("{'name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':1,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].id", "missing (expected a string)"},
		{HOL("{'id':'','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':1,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].id", "empty (expected some text)"},
		{HOL("{'id':'x','month':1,'day':1,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].name", "missing (expected a string)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':1,'from':1992,'moves':true}"),
		 "t.json: holidays[0].source", "missing (expected a string)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','moveable':'yes','from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].moveable", "wrong type (expected true or false)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':1,'from':1992,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].moves", "missing (expected true or false)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':1,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].from", "missing (expected a number)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':1,'from':1899,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].from", "1899 out of range (expected a whole number 1900..2199)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':1,'from':1992,'until':2200,'moves':true,"
		     "'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].until", "2200 out of range (expected a whole number 1900..2199)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':1,'from':1992,'until':2000.5,"
		     "'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].until",
		 "2000.5 out of range (expected a whole number 1900..2199)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','day':1,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].month", "missing (expected a number)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':13,'day':1,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].month", "13 out of range (expected a whole number 1..12)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].day", "missing (expected a number)"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':0,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json: holidays[0].day", "0 out of range (expected a whole number 1..31)"},
		/* A fixed holiday must exist every year: no 30 February, no 29 February. */
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':2,'day':30,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json", "holidays[0]: no day 02-30 in every year"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':2,'day':29,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json", "holidays[0]: no day 02-29 in every year"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':4,'day':31,'from':1992,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json", "holidays[0]: no day 04-31 in every year"},
		{HOL("{'id':'x','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':1,'day':1,'from':2001,'until':2000,'moves':true,"
		     "'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}"),
		 "t.json", "holidays[0]: until 2000 before from 2001"},
		{HOL(NY "," KA "," NY), "t.json", "holidays[2].id: duplicate id 'ny'"},
	};

	(void)state;
	REFUSE_ALL(HOLIDAYS, cases);
}

static void more_than_64_holiday_rules_are_refused(void **state)
{
	char *json = malloc(65 * 256 + 1024), *p = json;
	kz_error err = {0};

	(void)state;
	assert_non_null(json);
	/* Each on a day of its own: the same day twice is a problem of its own. */
	p += sprintf(p, "{%s,'holidays':[", C_HDR);
	for (int i = 0; i < 65; i++)
		p += sprintf(p, "%s{'id':'h%d','name':'N','name_ru':'N','name_kk':'N','name_source':'s','month':%d,'day':%d,'from':1992,"
			     "'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}", i ? "," : "", i, i / 28 + 1, i % 28 + 1);
	sprintf(p, "],%s,%s}", "'moveable':[]", C_TR);
	assert_false(loads(HOLIDAYS, json, &err));
	assert_int_equal(err.code, KZ_EDATA);
	assert_string_equal(err.where, "t.json");
	assert_string_equal(err.msg, "holidays: more than 64 entries");
	free(json);
}

static void moveable_dates_of_every_wrong_shape_are_refused(void **state)
{
	static const struct bad cases[] = {
		{CAL(C_HDR, C_HOL, NONE, C_TR), "t.json: moveable", "missing (expected an array)"},
		{CAL(C_HDR, C_HOL, "'moveable':'ka'", C_TR), "t.json: moveable",
		 "wrong type (expected an array)"},
		{MV("'ka'"), "t.json", "moveable[0]: expected an object"},
		{MV("{'date':'2025-06-06','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}"), "t.json: moveable[0].holiday",
		 "missing (expected a string)"},
		{MV("{'holiday':'ka','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}"), "t.json: moveable[0].date",
		 "missing (expected a string)"},
		{MV("{'holiday':'ka','date':'2025-06-31','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}"), "t.json: moveable[0].date",
		 "'2025-06-31' is not a date (expected YYYY-MM-DD)"},
		{MV("{'holiday':'ka','date':'06.06.2025','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}"), "t.json: moveable[0].date",
		 "'06.06.2025' is not a date (expected YYYY-MM-DD)"},
		{MV("{'holiday':'ka','date':'2025-06-06'}"), "t.json: moveable[0].source",
		 "missing (expected a string)"},
		{MV("{'holiday':'ka','date':'2025-06-06','source':'d','source_ru':'d','source_kk':'d','names_source':'d','provisional':'no'}"),
		 "t.json: moveable[0].provisional", "wrong type (expected true or false)"},
		{MV("{'holiday':'eid','date':'2025-06-06','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}"), "t.json",
		 "moveable[0].holiday: 'eid' is not a moveable holiday"},
		/* New Year has a fixed date: it takes no moveable entry. */
		{MV(KA25 ",{'holiday':'ny','date':'2025-01-01','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}"), "t.json",
		 "moveable[1].holiday: 'ny' is not a moveable holiday"},
		/* Kurban Ait is a holiday from 2006 (reference/kz-calendar.md). */
		{MV(KA25 ",{'holiday':'ka','date':'2005-01-10','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}"), "t.json",
		 "moveable[1].date: 2005 is outside the years of 'ka' (2006..2199)"},
		{CAL(C_HDR, "'holidays':[" NY ",{'id':'ka','name':'K','name_ru':'K','name_kk':'K','name_source':'s','moveable':true,'from':2006,"
			    "'until':2030,'moves':false,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}]",
		     "'moveable':[" KA25 ",{'holiday':'ka','date':'2031-05-05','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}]", C_TR),
		 "t.json", "moveable[1].date: 2031 is outside the years of 'ka' (2006..2030)"},
		{MV(KA25 ",{'holiday':'ka','date':'2025-12-01','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}"), "t.json",
		 "moveable[1]: a second date for 'ka' in 2025"},
		/* 2025 is confirmed (confirmed_from/through): it needs the decreed date. */
		{MV(""), "t.json",
		 "moveable: no date for 'ka' in 2025, a confirmed year (expected an entry)"},
	};

	(void)state;
	REFUSE_ALL(HOLIDAYS, cases);
}

static void transfers_of_every_wrong_shape_are_refused(void **state)
{
	static const struct bad cases[] = {
		{CAL(C_HDR, C_HOL, C_MV, NONE), "t.json: transfers", "missing (expected an array)"},
		{TR("1"), "t.json", "transfers[0]: expected an object"},
		{TR("{'source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[0]: neither 'work' nor 'off' (expected a date in one)"},
		{TR("{'work':null,'off':null,'source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[0]: neither 'work' nor 'off' (expected a date in one)"},
		{TR("{'work':'2025-01-32','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json: transfers[0].work",
		 "'2025-01-32' is not a date (expected YYYY-MM-DD)"},
		{TR("{'off':20250103,'source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json: transfers[0].off",
		 "wrong type (expected a string)"},
		{TR("{'off':'2025-01-03'}"), "t.json: transfers[0].source",
		 "missing (expected a string)"},
		/* The calendar runs from 2002 (KZ_CAL_YEAR_MIN). */
		{TR("{'off':'2001-12-31','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[0]: a date outside 2002..2199"},
		{TR("{'work':'1999-01-02','off':'2025-01-03','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[0]: a date outside 2002..2199"},
		/* Saturday 4 January 2025 is off already; so is New Year (Wednesday). */
		{TR("{'off':'2025-01-04','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[0].off: 2025-01-04 is not a working day (expected a day to make a day "
		 "off)"},
		{TR("{'off':'2025-01-01','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[0].off: 2025-01-01 is not a working day (expected a day to make a day "
		 "off)"},
		/* Monday 6 January 2025 is a working day already. */
		{TR("{'work':'2025-01-06','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[0].work: 2025-01-06 is a working day already (expected a weekend day "
		 "or a day off)"},
		/* The same day in two transfers, in either role. */
		{TR("{'work':'2025-01-04','source':'o','source_ru':'o','source_kk':'o','names_source':'o'},{'work':'2025-01-04','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[1].work: 2025-01-04 is already in transfers[0] (a duplicate?)"},
		{TR("{'off':'2025-01-03','source':'o','source_ru':'o','source_kk':'o','names_source':'o'},{'off':'2025-01-03','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[1].off: 2025-01-03 is already in transfers[0] (a duplicate?)"},
		{TR("{'work':'2025-01-04','off':'2025-01-03','source':'o','source_ru':'o','source_kk':'o','names_source':'o'},"
		    "{'work':'2025-01-03','off':'2025-01-06','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[1].work: 2025-01-03 is already in transfers[0] (a duplicate?)"},
		/* A day paired with itself: Saturday 4 January for Saturday 4 January. */
		{TR("{'work':'2025-01-04','off':'2025-01-04','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[0]: work and off are the same day, 2025-01-04 (expected a day worked in "
		 "exchange for another given off)"},
		/* Each transfer is checked against the calendar without the others: a worked
		 * day that another transfer gives off is still a working day. */
		{TR("{'off':'2025-01-06','source':'o','source_ru':'o','source_kk':'o','names_source':'o'},{'work':'2025-01-07','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"), "t.json",
		 "transfers[1].work: 2025-01-07 is a working day already (expected a weekend day "
		 "or a day off)"},
	};

	(void)state;
	REFUSE_ALL(HOLIDAYS, cases);
}

static void a_transfer_may_give_only_a_day_off_or_only_a_working_day(void **state)
{
	/* Friday 3 January 2025 off alone; New Year (Wednesday 1) made a working day. */
	kz_calendar *cal = cal_j(TR("{'off':'2025-01-03','source':'order 1','source_ru':'order 1','source_kk':'order 1','names_source':'order 1'},"
				    "{'work':'2025-01-01','source':'order 2','source_ru':'order 2','source_kk':'order 2','names_source':'order 2'}"));
	struct kz_day_info info;

	(void)state;
	assert_int_equal(kz_day_info(cal, D("2025-01-03"), &info, NULL), 0);
	assert_int_equal(info.kind, KZ_DAY_TRANSFER_OFF);
	assert_false(info.working);
	assert_int_equal(info.other, KZ_NO_DAY);
	assert_string_equal(info.source, "order 1");
	assert_int_equal(kz_day_info(cal, D("2025-01-01"), &info, NULL), 0);
	assert_int_equal(info.kind, KZ_DAY_TRANSFER_WORK);
	assert_true(info.working);
	assert_int_equal(info.other, KZ_NO_DAY);
	assert_string_equal(info.source, "order 2");
	kz_calendar_free(cal);
}

static void a_friday_and_saturday_weekend_is_honoured(void **state)
{
	/* Weekend [5, 6]: Friday 3 January 2025 off, Sunday 5 a working day. */
	kz_calendar *cal = cal_j(CAL(HDR(H_ASOF, H_SRC, "'weekend':[6,5]", H_WR, H_CONF), C_HOL,
				     C_MV, C_TR));

	(void)state;
	assert_false(kz_is_working(cal, D("2025-01-03")));
	assert_false(kz_is_working(cal, D("2025-01-04")));
	assert_true(kz_is_working(cal, D("2025-01-05")));
	kz_calendar_free(cal);
}

static void a_provisional_moveable_date_makes_its_confirmed_year_provisional(void **state)
{
	/* Confirmed 2024-2026, but the 2025 date is provisional: 2024 and 2026 stay
	 * confirmed, 2025 is not, so a span inside 2026 is not provisional while one
	 * across New Year 2025 is.  Kurban Ait: 16 Jun 2024, 6 Jun 2025, 27 May 2026. */
	kz_calendar *cal = cal_j(CAL(
		HDR(H_ASOF, H_SRC, H_WK, H_WR, "'confirmed_from':2024,'confirmed_through':2026"),
		C_HOL,
		"'moveable':[{'holiday':'ka','date':'2024-06-16','source':'d','source_ru':'d','source_kk':'d','names_source':'d'},"
		"{'holiday':'ka','date':'2025-06-06','source':'d','source_ru':'d','source_kk':'d','names_source':'d','provisional':true},"
		"{'holiday':'ka','date':'2026-05-27','source':'d','source_ru':'d','source_kk':'d','names_source':'d','provisional':false}]",
		C_TR));

	(void)state;
	assert_false(kz_year_provisional(cal, 2024));
	assert_true(kz_year_provisional(cal, 2025));
	assert_false(kz_year_provisional(cal, 2026));
	assert_true(kz_year_provisional(cal, 2023));
	assert_true(kz_year_provisional(cal, 2001)); /* outside the calendar */
	assert_true(kz_year_provisional(cal, 2200));
	assert_false(kz_span_provisional(cal, D("2024-03-01"), D("2024-12-31")));
	assert_false(kz_span_provisional(cal, D("2026-03-10"), D("2026-03-01")));
	assert_true(kz_span_provisional(cal, D("2024-12-30"), D("2025-01-02")));
	assert_true(kz_span_provisional(cal, D("2026-12-30"), D("2027-01-02")));
	assert_true(kz_span_provisional(cal, D("2023-05-02"), D("2023-05-01")));
	kz_calendar_free(cal);
}

static void a_long_source_text_is_kept_whole(void **state)
{
	/* Longer than a block of the loader's string arena (4096 bytes). */
	size_t n = 6000;
	char *src = malloc(n + 1), *json = malloc(n + 2048);
	kz_calendar *cal;
	struct kz_day_info info;

	(void)state;
	assert_non_null(src);
	assert_non_null(json);
	for (size_t i = 0; i < n; i++)
		src[i] = (char)('a' + i % 26);
	src[n] = '\0';
	sprintf(json, CAL(C_HDR, "'holidays':[{'id':'ny','name':'New Year','name_ru':'New Year','name_kk':'New Year','name_source':'s','month':1,'day':1,"
				 "'from':1992,'moves':true,'source':'%s'}," KA "]", C_MV, C_TR),
		src);
	cal = cal_j(json);
	assert_int_equal(kz_day_info(cal, D("2025-01-01"), &info, NULL), 0);
	assert_string_equal(info.source, src);
	kz_calendar_free(cal);
	free(json);
	free(src);
}

static void a_loaded_calendar_refuses_days_outside_it(void **state)
{
	kz_calendar *cal = cal_j(CAL(C_HDR, C_HOL, C_MV, C_TR));
	kz_error err = {0};
	kz_day out = 0;
	int n = 0;

	(void)state;
	/* [x, 2200-01-01) is inside: the end itself may be TO, the day after may not. */
	assert_int_equal(kz_count_workdays(cal, D("2199-12-31"), D("2199-12-31") + 1, &n, &err), 0);
	assert_int_equal(n, 1); /* Tuesday 31 December 2199 */
	assert_int_equal(kz_count_workdays(cal, D("2025-01-01"), D("2199-12-31") + 2, &n, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_string_equal(err.where, "TO");
	assert_string_equal(err.msg, "2200-01-02 is outside the calendar (expected "
				     "2002-01-01..2199-12-31)");
	assert_int_equal(kz_count_workdays(cal, D("2025-01-01"), KZ_NO_DAY, &n, &err), -1);
	assert_string_equal(err.msg, "no date is outside the calendar (expected "
				     "2002-01-01..2199-12-31)");
	assert_int_equal(kz_count_workdays(cal, D("2001-12-31"), D("2025-01-01"), &n, &err), -1);
	assert_string_equal(err.where, "FROM");
	assert_int_equal(kz_count_workdays(cal, D("2199-12-31") + 2, D("2025-01-01"), &n, &err),
			 -1);
	assert_string_equal(err.where, "FROM");
	assert_int_equal(kz_workdays_before(cal, D("2199-12-31") + 2, 1, &out, &err), -1);
	assert_string_equal(err.where, "date");
	assert_false(kz_calendar_covers(cal, D("2001-12-31")));
	assert_true(kz_calendar_covers(cal, D("2002-01-01")));
	assert_false(kz_calendar_covers(cal, D("2199-12-31") + 1));
	assert_int_equal(kz_workdays_before(cal, D("2001-12-31"), 1, &out, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_string_equal(err.where, "date");
	assert_string_equal(err.msg, "2001-12-31 is outside the calendar (expected "
				     "2002-01-01..2199-12-31)");
	kz_calendar_free(cal);
}

static void before_the_weekend_rule_a_holiday_on_a_weekend_does_not_move(void **state)
{
	/* New Year 2028 is a Saturday.  With the weekend rule from 2029 its day off stays on
	 * the Saturday and Monday 3 January 2028 is a working day; with the rule in force
	 * (2002) the day off moves to that Monday. */
	kz_calendar *late = cal_j(CAL(HDR(H_ASOF, H_SRC, H_WK,
					  "'weekend_rule':{'from':2029,'source':'r','source_ru':'r','source_kk':'r','names_source':'r'}", H_CONF),
				      C_HOL, C_MV, C_TR));
	kz_calendar *cal = cal_j(CAL(C_HDR, C_HOL, C_MV, C_TR));
	struct kz_day_info info;

	(void)state;
	assert_int_equal(kz_day_info(late, D("2028-01-01"), &info, NULL), 0);
	assert_int_equal(info.kind, KZ_DAY_HOLIDAY);
	assert_true(kz_is_working(late, D("2028-01-03")));
	assert_int_equal(kz_day_info(cal, D("2028-01-01"), &info, NULL), 0);
	assert_int_equal(info.kind, KZ_DAY_HOLIDAY_WEEKEND);
	assert_int_equal(kz_day_info(cal, D("2028-01-03"), &info, NULL), 0);
	assert_int_equal(info.kind, KZ_DAY_MOVED);
	assert_day_equal(info.other, "2028-01-01");
	assert_string_equal(info.source, "r");
	kz_calendar_free(late);
	kz_calendar_free(cal);
}

static void a_day_off_that_would_move_past_2199_is_dropped(void **state)
{
	/* Holidays on Saturday 28, Monday 30 and Tuesday 31 December 2199: the day off of
	 * the 28th finds no working day before the calendar ends, so nothing is moved. */
	kz_calendar *cal = cal_j(CAL(C_HDR,
		"'holidays':[" NY "," KA ","
		"{'id':'a','name':'A','name_ru':'A','name_kk':'A','name_source':'s','month':12,'day':28,'from':2199,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'},"
		"{'id':'b','name':'B','name_ru':'B','name_kk':'B','name_source':'s','month':12,'day':30,'from':2199,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'},"
		"{'id':'c','name':'C','name_ru':'C','name_kk':'C','name_source':'s','month':12,'day':31,'from':2199,'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}]",
		C_MV, C_TR));
	struct kz_day_info info;
	struct kz_holiday h[8];

	(void)state;
	assert_int_equal(kz_day_info(cal, D("2199-12-28"), &info, NULL), 0);
	assert_int_equal(info.kind, KZ_DAY_HOLIDAY_WEEKEND);
	assert_int_equal(kz_day_info(cal, D("2199-12-30"), &info, NULL), 0);
	assert_int_equal(info.kind, KZ_DAY_HOLIDAY);
	assert_int_equal(kz_day_info(cal, D("2199-12-31"), &info, NULL), 0);
	assert_int_equal(info.kind, KZ_DAY_HOLIDAY);
	assert_false(kz_is_working(cal, D("2199-12-31")));
	/* New Year, Kurban Ait (estimated) and the three; only two written with cap 2. */
	assert_int_equal(kz_calendar_holidays(cal, 2199, h, 8), 5);
	assert_int_equal(kz_calendar_holidays(cal, 2199, h, 2), 5);
	assert_string_equal(h[0].name, "New Year");
	kz_calendar_free(cal);
}

static void two_moveable_holidays_each_take_their_own_dates(void **state)
{
	/* A second moveable holiday (a made-up one) next to Kurban Ait: a date of one does
	 * not count as the other's. */
	kz_calendar *cal = cal_j(CAL(C_HDR,
		"'holidays':[" NY "," KA ",{'id':'mv','name':'M','name_ru':'M','name_kk':'M','name_source':'s','moveable':true,'from':2020,"
		"'moves':true,'source':'l','source_ru':'l','source_kk':'l','names_source':'l'}]",
		"'moveable':[{'holiday':'mv','date':'2024-03-05','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}," KA25 ","
		"{'holiday':'mv','date':'2025-03-04','source':'d','source_ru':'d','source_kk':'d','names_source':'d'}]",
		C_TR));
	struct kz_day_info info;

	(void)state;
	assert_int_equal(kz_day_info(cal, D("2025-03-04"), &info, NULL), 0);
	assert_string_equal(info.name, "M");
	assert_int_equal(kz_day_info(cal, D("2025-06-06"), &info, NULL), 0);
	assert_string_equal(info.name, "Kurban Ait");
	kz_calendar_free(cal);
}

/* ---- visa_free.json ---------------------------------------------------------------- */

#define R_OK "{'regime':'bilateral','per_entry':30,'limit':90,'window':180,'trp_route':true," \
	     "'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}"
#define VF(countries) "{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','terms':[],'countries':{" countries "}}"
#define UZ(regimes) VF("'UZ':{'name':'Uzbekistan','name_ru':'Uzbekistan','name_kk':'Uzbekistan','name_source':'s','regimes':[" regimes "]}")
/* A regime with its members in order, each replaceable. */
#define REG(from_until, kind, nums, trp, src, conf) \
	"{" from_until "," kind "," nums "," trp "," src "," conf "}"
#define R_FU "'from':null"
#define R_KIND "'regime':'bilateral'"
#define R_NUMS "'per_entry':30,'limit':90,'window':180"
#define R_TRP "'trp_route':true"
#define R_SRC "'source':'s','source_ru':'s','source_kk':'s','names_source':'s'"
#define R_CONF "'confidence':'high'"

static void a_visa_free_file_of_every_wrong_shape_is_refused(void **state)
{
	static const struct bad cases[] = {
		{"{'countries':{}}", "t.json: as_of", "missing (expected a string)"},
		{"{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s'}", "t.json: countries",
		 "missing (expected an object)"},
		{"{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','countries':[]}", "t.json: countries",
		 "wrong type (expected an object)"},
		{VF("'UZB':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json",
		 "countries.UZB: not an ISO 3166-1 alpha-2 code (expected one of the 249)"},
		{VF("'uz':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json",
		 "countries.uz: not an ISO 3166-1 alpha-2 code (expected one of the 249)"},
		{VF("'U':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json",
		 "countries.U: not an ISO 3166-1 alpha-2 code (expected one of the 249)"},
		{VF("'U1':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json",
		 "countries.U1: not an ISO 3166-1 alpha-2 code (expected one of the 249)"},
		{VF("'@Z':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json",
		 "countries.@Z: not an ISO 3166-1 alpha-2 code (expected one of the 249)"},
		{VF("'U[':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json",
		 "countries.U[: not an ISO 3166-1 alpha-2 code (expected one of the 249)"},
		/* Capitals that no state has. */
		{VF("'XK':{'name':'Kosovo','name_ru':'Kosovo','name_kk':'Kosovo','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json",
		 "countries.XK: not an ISO 3166-1 alpha-2 code (expected one of the 249)"},
		{VF("'UZ':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'},'AF':{'name':'A','name_ru':'A','name_kk':'A','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json",
		 "countries.AF: out of order (expected codes in A-Z order)"},
		{VF("'UZ':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[]}"), "t.json",
		 "countries.UZ: regimes: empty (expected a regime, or a note saying why none "
		 "applies)"},
		{VF("'UZ':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json",
		 "countries: no entry for 248 ISO 3166-1 codes: AD, AE, AF, AG, AI, AL, AM, AO, ... "
		 "(expected all 249)"},
		{"{'as_of':'2026-11-01','terms':[],'countries':{}}", "t.json: source",
		 "missing (expected a string)"},
		{"{'as_of':'2026-11-31','source':'s','source_ru':'s','source_kk':'s','names_source':'s','terms':[],'countries':{}}", "t.json: as_of",
		 "'2026-11-31' is not a date (expected YYYY-MM-DD)"},
		/* A key twice: refused as JSON, whatever the loader would make of it. */
		{VF("'UZ':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'},'UZ':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"),
		 "t.json: countries.UZ", "a second time in its object (expected each key once)"},
		{VF("'UZ':5"), "t.json", "countries.UZ: expected an object"},
		{VF("'UZ':{'regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json: countries.UZ.name",
		 "missing (expected a string)"},
		{VF("'UZ':{'name':'','name_ru':'','name_kk':'','name_source':'s','regimes':[],'note':'n','note_ru':'n','note_kk':'n'}"), "t.json: countries.UZ.name",
		 "empty (expected some text)"},
		{VF("'UZ':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s'}"), "t.json: countries.UZ.regimes",
		 "missing (expected an array)"},
		{VF("'UZ':{'name':'U','name_ru':'U','name_kk':'U','name_source':'s','regimes':{}}"), "t.json: countries.UZ.regimes",
		 "wrong type (expected an array)"},
		{UZ("5"), "t.json", "countries.UZ.regimes[0]: expected an object"},
		{UZ(R_OK ",[]"), "t.json", "countries.UZ.regimes[1]: expected an object"},
	};

	(void)state;
	REFUSE_ALL(VISA_FREE, cases);
}

static void a_regime_of_every_wrong_shape_is_refused(void **state)
{
	static const struct bad cases[] = {
		{UZ(REG("'from':'2023-02-30'", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF)),
		 "t.json: countries.UZ.regimes[0].from",
		 "'2023-02-30' is not a date (expected YYYY-MM-DD)"},
		{UZ(REG("'until':20230101", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF)),
		 "t.json: countries.UZ.regimes[0].until", "wrong type (expected a string)"},
		{UZ(REG(R_FU, NONE, R_NUMS, R_TRP, R_SRC, R_CONF)),
		 "t.json: countries.UZ.regimes[0].regime", "missing (expected a string)"},
		{UZ(REG(R_FU, "'regime':'visa-free'", R_NUMS, R_TRP, R_SRC, R_CONF)), "t.json",
		 "countries.UZ.regimes[0].regime: 'visa-free' (expected visa-required, eaeu, "
		 "bilateral or unilateral)"},
		{UZ(REG(R_FU, "'regime':'Bilateral'", R_NUMS, R_TRP, R_SRC, R_CONF)), "t.json",
		 "countries.UZ.regimes[0].regime: 'Bilateral' (expected visa-required, eaeu, "
		 "bilateral or unilateral)"},
		{UZ(REG(R_FU, R_KIND, "'per_entry':0", R_TRP, R_SRC, R_CONF)),
		 "t.json: countries.UZ.regimes[0].per_entry",
		 "0 out of range (expected a whole number 1..366)"},
		{UZ(REG(R_FU, R_KIND, "'per_entry':367", R_TRP, R_SRC, R_CONF)),
		 "t.json: countries.UZ.regimes[0].per_entry",
		 "367 out of range (expected a whole number 1..366)"},
		{UZ(REG(R_FU, R_KIND, "'limit':89.5,'window':180", R_TRP, R_SRC, R_CONF)),
		 "t.json: countries.UZ.regimes[0].limit",
		 "89.5 out of range (expected a whole number 1..366)"},
		{UZ(REG(R_FU, R_KIND, "'limit':90,'window':'180'", R_TRP, R_SRC, R_CONF)),
		 "t.json: countries.UZ.regimes[0].window", "wrong type (expected a number)"},
		{UZ(REG(R_FU, R_KIND, R_NUMS, NONE, R_SRC, R_CONF)),
		 "t.json: countries.UZ.regimes[0].trp_route", "missing (expected true or false)"},
		{UZ(REG(R_FU, R_KIND, R_NUMS, "'trp_route':1", R_SRC, R_CONF)),
		 "t.json: countries.UZ.regimes[0].trp_route", "wrong type (expected true or false)"},
		{UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, NONE, R_CONF)),
		 "t.json: countries.UZ.regimes[0].source", "missing (expected a string)"},
		{UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, NONE)),
		 "t.json: countries.UZ.regimes[0].confidence", "missing (expected a string)"},
		/* A limit needs its window and the other way round, and fits inside it. */
		{UZ(REG(R_FU, R_KIND, "'limit':90", R_TRP, R_SRC, R_CONF)), "t.json",
		 "countries.UZ.regimes[0]: limit and window go together (expected limit <= window)"},
		{UZ(REG(R_FU, R_KIND, "'per_entry':30,'window':180", R_TRP, R_SRC, R_CONF)), "t.json",
		 "countries.UZ.regimes[0]: limit and window go together (expected limit <= window)"},
		{UZ(REG(R_FU, R_KIND, "'limit':91,'window':90", R_TRP, R_SRC, R_CONF)), "t.json",
		 "countries.UZ.regimes[0]: limit and window go together (expected limit <= window)"},
		{UZ(REG(R_FU, R_KIND, "'per_entry':null,'limit':null", R_TRP, R_SRC, R_CONF)),
		 "t.json",
		 "countries.UZ.regimes[0]: a visa-free regime without any limit (expected per_entry "
		 "or limit)"},
		{UZ(REG(R_FU, "'regime':'eaeu'", NONE, R_TRP, R_SRC, R_CONF)), "t.json",
		 "countries.UZ.regimes[0]: a visa-free regime without any limit (expected per_entry "
		 "or limit)"},
		{UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, "'confidence':'certain'")), "t.json",
		 "countries.UZ.regimes[0].confidence: 'certain' (expected high, medium or low)"},
		{UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, "'confidence':'High'")), "t.json",
		 "countries.UZ.regimes[0].confidence: 'High' (expected high, medium or low)"},
		{UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, "'confidence':'medium-high'")), "t.json",
		 "countries.UZ.regimes[0].confidence: 'medium-high' (expected high, medium or low)"},
		{UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, "'confidence':''")),
		 "t.json: countries.UZ.regimes[0].confidence", "empty (expected some text)"},
		{UZ(REG("'from':'2023-01-27','until':'2023-01-26'", R_KIND, R_NUMS, R_TRP, R_SRC,
			R_CONF)),
		 "t.json: countries.UZ.regimes[0].until", "before from (expected from <= until)"},
	};

	(void)state;
	REFUSE_ALL(VISA_FREE, cases);
}

static void regimes_must_follow_each_other_without_gap_or_overlap(void **state)
{
	static const struct bad cases[] = {
		/* A gap: until 26 January, then from 28 January. */
		{UZ(REG("'until':'2023-01-26'", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF) ","
		    REG("'from':'2023-01-28'", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF)),
		 "t.json",
		 "countries.UZ.regimes[1].from: expected the day after the previous regime's until "
		 "(no gap, no overlap)"},
		/* An overlap of one day. */
		{UZ(REG("'until':'2023-01-26'", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF) ","
		    REG("'from':'2023-01-26'", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF)),
		 "t.json",
		 "countries.UZ.regimes[1].from: expected the day after the previous regime's until "
		 "(no gap, no overlap)"},
		/* The first never ends. */
		{UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF) ","
		    REG("'from':'2023-01-27'", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF)),
		 "t.json",
		 "countries.UZ.regimes[1].from: expected the day after the previous regime's until "
		 "(no gap, no overlap)"},
		/* The second has no start. */
		{UZ(REG("'until':'2023-01-26'", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF) ","
		    REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF)),
		 "t.json",
		 "countries.UZ.regimes[1].from: expected the day after the previous regime's until "
		 "(no gap, no overlap)"},
	};

	(void)state;
	REFUSE_ALL(VISA_FREE, cases);
	/* Back to back, the second from the day after the first's until, loads. */
	assert_loads(VISA_FREE,
		     UZ(REG("'until':'2023-01-26'", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF) ","
			REG("'from':'2023-01-27'", R_KIND, R_NUMS, R_TRP, R_SRC, R_CONF)));
}

static void every_confidence_value_loads(void **state)
{
	(void)state;
	assert_loads(VISA_FREE, UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, "'confidence':'high'")));
	assert_loads(VISA_FREE,
		     UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, "'confidence':'medium'")));
	assert_loads(VISA_FREE, UZ(REG(R_FU, R_KIND, R_NUMS, R_TRP, R_SRC, "'confidence':'low'")));
	/* visa-required needs no limit at all. */
	assert_loads(VISA_FREE, UZ(REG(R_FU, "'regime':'visa-required'", NONE, "'trp_route':false",
				       R_SRC, R_CONF)));
}

/* ---- fines_kz.json ----------------------------------------------------------------- */

#define MCI1 "{'from':'2024-01-01','kzt':3692,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}"
#define MCI2 "{'from':'2025-01-01','kzt':3932,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}"
#define DUTY "{'id':'visa','name':'Visa','name_ru':'Visa','name_kk':'Visa','name_source':'s','mci':0.5,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}"
/* A fine's members before its amount. */
#define F_HEAD(article, part, name) \
	"{'article':'" article "','part':" part ",'name':'" name "','name_ru':'" name "','name_kk':'" name "','name_source':'s','offence':'o','offence_ru':'o','offence_kk':'o','source':'s','source_ru':'s','source_kk':'s','names_source':'s'," \
	"'confidence':'high'"
#define F518 F_HEAD("518", "1", "late") ",'mci':10}"
#define FINES_F(mci, duties, fines) \
	"{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','mci':[" mci "],'duties':[" duties "],'fines':[" \
	fines "]}"
#define FF(fines) FINES_F(MCI1, DUTY, fines)
/* The parts kzmig looks up, each a flat amount: a file without one is refused. */
#define P518_1 F_HEAD("518", "1", "p518-1") ",'mci':10}"
#define P518_3 F_HEAD("518", "3", "p518-3") ",'mci':40}"
#define P517_6 F_HEAD("517", "6", "p517-6") ",'mci':15}"
#define P517_7 F_HEAD("517", "7", "p517-7") ",'mci':null,'alternative':'arrest','alternative_ru':'arrest','alternative_kk':'arrest'}"

static kz_fines *fines_j(const char *json)
{
	char *j = J(json);
	kz_error err = {0};
	kz_fines *f = kz_fines_load(j, strlen(j), "t.json", &err);

	free(j);
	if (f == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	return f;
}

static void a_fines_file_of_every_wrong_shape_is_refused(void **state)
{
	static const struct bad cases[] = {
		{"{'mci':[],'duties':[],'fines':[]}", "t.json: as_of", "missing (expected a string)"},
		{"{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','duties':[],'fines':[]}", "t.json: mci",
		 "missing (expected an array)"},
		{"{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','mci':{},'duties':[],'fines':[]}", "t.json: mci",
		 "wrong type (expected an array)"},
		{"{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','mci':[" MCI1 "],'duties':[]}", "t.json: fines",
		 "missing (expected an array)"},
		{"{'as_of':'2026-11-01','source':'s','source_ru':'s','source_kk':'s','names_source':'s','mci':[" MCI1 "],'fines':[]}", "t.json: duties",
		 "missing (expected an array)"},
		{FINES_F("", DUTY, F518), "t.json", "mci: empty (expected MCI values)"},
		/* A row that is not an object has none of the members. */
		{FINES_F("3692", DUTY, F518), "t.json: mci[0].from", "missing (expected a string)"},
		{FINES_F("{'from':'2024-13-01','kzt':3692,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}", DUTY,
			 F518),
		 "t.json: mci[0].from", "'2024-13-01' is not a date (expected YYYY-MM-DD)"},
		{FINES_F("{'from':'2024-01-01','kzt':0,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}", DUTY, F518),
		 "t.json: mci[0].kzt", "0 out of range (expected a whole number 1..1000000)"},
		{FINES_F("{'from':'2024-01-01','kzt':3692.5,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}", DUTY,
			 F518),
		 "t.json: mci[0].kzt", "3692.5 out of range (expected a whole number 1..1000000)"},
		{FINES_F("{'from':'2024-01-01','kzt':3692,'confidence':'high'}", DUTY, F518),
		 "t.json: mci[0].source", "missing (expected a string)"},
		{FINES_F("{'from':'2024-01-01','kzt':3692,'source':'s','source_ru':'s','source_kk':'s','names_source':'s'}", DUTY, F518),
		 "t.json: mci[0].confidence", "missing (expected a string)"},
		{FINES_F(MCI2 "," MCI1, DUTY, F518), "t.json",
		 "mci[1].from: expected dates in increasing order"},
		{FINES_F(MCI1 "," MCI1, DUTY, F518), "t.json",
		 "mci[1].from: expected dates in increasing order"},
		{FINES_F(MCI1, "{'name':'V','name_ru':'V','name_kk':'V','name_source':'s','mci':1,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}", F518),
		 "t.json: duties[0].id", "missing (expected a string)"},
		{FINES_F(MCI1, "{'id':'v','mci':1,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}", F518),
		 "t.json: duties[0].name", "missing (expected a string)"},
		{FINES_F(MCI1, "{'id':'v','name':'V','name_ru':'V','name_kk':'V','name_source':'s','mci':0.05,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}",
			 F518),
		 "t.json: duties[0].mci", "0.05 out of range (expected 0..10000 in steps of 0.1)"},
		{FINES_F(MCI1, "{'id':'v','name':'V','name_ru':'V','name_kk':'V','name_source':'s','mci':-1,'source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}", F518),
		 "t.json: duties[0].mci", "-1 out of range (expected 0..10000 in steps of 0.1)"},
		{FINES_F(MCI1, "{'id':'v','name':'V','name_ru':'V','name_kk':'V','name_source':'s','mci':'1','source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high'}",
			 F518),
		 "t.json: duties[0].mci", "wrong type (expected a number)"},
		{FINES_F(MCI1, "{'id':'v','name':'V','name_ru':'V','name_kk':'V','name_source':'s','mci':1,'confidence':'high'}", F518),
		 "t.json: duties[0].source", "missing (expected a string)"},
		{FINES_F(MCI1, "{'id':'v','name':'V','name_ru':'V','name_kk':'V','name_source':'s','mci':1,'source':'s','source_ru':'s','source_kk':'s','names_source':'s'}", F518),
		 "t.json: duties[0].confidence", "missing (expected a string)"},
		{FINES_F(MCI1, DUTY "," DUTY, F518), "t.json",
		 "duties[1].id: 'visa' appears twice (expected unique ids, or the next text of the duty "
		 "just after its last, from the day after it ends)"},
	};

	(void)state;
	REFUSE_ALL(FINES, cases);
}

static void a_fine_of_every_wrong_shape_is_refused(void **state)
{
	static const struct bad cases[] = {
		{FF("[]"), "t.json", "fines[0]: expected an object"},
		{FF("{'part':1,'name':'n','name_ru':'n','name_kk':'n','name_source':'s','offence':'o','offence_ru':'o','offence_kk':'o','source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'high','mci':1}"),
		 "t.json: fines[0].article", "missing (expected a string)"},
		{FF(F_HEAD("518", "0", "late") ",'mci':10}"), "t.json: fines[0].part",
		 "0 out of range (expected a whole number 1..99)"},
		{FF(F_HEAD("518", "100", "late") ",'mci':10}"), "t.json: fines[0].part",
		 "100 out of range (expected a whole number 1..99)"},
		{FF(F_HEAD("518", "'1'", "late") ",'mci':10}"), "t.json: fines[0].part",
		 "wrong type (expected a number)"},
		{FF("{'article':'518','part':1,'offence':'o','offence_ru':'o','offence_kk':'o','source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'h','mci':1}"),
		 "t.json: fines[0].name", "missing (expected a string)"},
		{FF("{'article':'518','part':1,'name':'n','name_ru':'n','name_kk':'n','name_source':'s','source':'s','source_ru':'s','source_kk':'s','names_source':'s','confidence':'h','mci':1}"),
		 "t.json: fines[0].offence", "missing (expected a string)"},
		{FF(F_HEAD("518", "1", "late") ",'alternative':5,'mci':10}"),
		 "t.json: fines[0].alternative", "wrong type (expected a string)"},
		{FF("{'article':'518','part':1,'name':'n','name_ru':'n','name_kk':'n','name_source':'s','offence':'o','offence_ru':'o','offence_kk':'o','confidence':'h','mci':1}"),
		 "t.json: fines[0].source", "missing (expected a string)"},
		{FF("{'article':'518','part':1,'name':'n','name_ru':'n','name_kk':'n','name_source':'s','offence':'o','offence_ru':'o','offence_kk':'o','source':'s','source_ru':'s','source_kk':'s','names_source':'s','mci':1}"),
		 "t.json: fines[0].confidence", "missing (expected a string)"},
		{FF(F_HEAD("518", "1", "late") ",'warning':'yes'}"), "t.json: fines[0].warning",
		 "wrong type (expected true or false)"},
		{FF(F518 "," F_HEAD("518", "1", "other") ",'mci':5}"), "t.json",
		 "fines[1].from: article 518 part 1's texts overlap or leave a gap (expected from = "
		 "the day after the text before ends)"},
		{FF(F518 "," F_HEAD("518", "2", "late") ",'mci':5}"), "t.json",
		 "fines[1].name: 'late' appears twice (expected unique names)"},
		/* A flat amount: a number of MCI > 0 in steps of 0.1, "warning" or null. */
		{FF(F_HEAD("518", "1", "late") "}"), "t.json",
		 "fines[0].mci: missing (expected a number of MCI, or null for no fine)"},
		{FF(F_HEAD("518", "1", "late") ",'mci':0}"), "t.json",
		 "fines[0]: expected a number of MCI (> 0, in steps of 0.1), \"warning\" or null"},
		{FF(F_HEAD("518", "1", "late") ",'mci':0.25}"), "t.json",
		 "fines[0]: expected a number of MCI (> 0, in steps of 0.1), \"warning\" or null"},
		{FF(F_HEAD("518", "1", "late") ",'mci':10000.5}"), "t.json",
		 "fines[0]: expected a number of MCI (> 0, in steps of 0.1), \"warning\" or null"},
		{FF(F_HEAD("518", "1", "late") ",'mci':'ten'}"), "t.json",
		 "fines[0]: expected a number of MCI (> 0, in steps of 0.1), \"warning\" or null"},
		{FF(F_HEAD("518", "1", "late") ",'mci':true}"), "t.json",
		 "fines[0]: expected a number of MCI (> 0, in steps of 0.1), \"warning\" or null"},
	};

	(void)state;
	REFUSE_ALL(FINES, cases);
}

#define BYH(individual, small, medium, large) \
	",'by_host':{'individual':" individual ",'small':" small ",'medium':" medium \
	",'large':" large "}}"

static void fines_by_host_and_by_tiers_of_every_wrong_shape_are_refused(void **state)
{
	static const struct bad cases[] = {
		{FF(F_HEAD("518", "1", "late") ",'by_host':[7,10,15,20]}"), "t.json",
		 "fines[0].by_host: expected an object"},
		{FF(F_HEAD("518", "1", "late") ",'by_host':{'individual':7,'small':10,'medium':15}}"),
		 "t.json", "fines[0].by_host.large: missing"},
		{FF(F_HEAD("518", "1", "late") BYH("7", "'lots'", "15", "20")), "t.json",
		 "fines[0].by_host.small: expected a number of MCI (> 0, in steps of 0.1), "
		 "\"warning\" or null"},
		{FF(F_HEAD("518", "1", "late") BYH("-7", "10", "15", "20")), "t.json",
		 "fines[0].by_host.individual: expected a number of MCI (> 0, in steps of 0.1), "
		 "\"warning\" or null"},
		{FF(F_HEAD("517", "3", "over") ",'tiers':{}}"), "t.json",
		 "fines[0].tiers: expected an array of 1..8 tiers"},
		{FF(F_HEAD("517", "3", "over") ",'tiers':[]}"), "t.json",
		 "fines[0].tiers: expected an array of 1..8 tiers"},
		{FF(F_HEAD("517", "3", "over") ",'tiers':[{'to_days':1,'mci':1},{'to_days':2,'mci':1},"
			"{'to_days':3,'mci':1},{'to_days':4,'mci':1},{'to_days':5,'mci':1},"
			"{'to_days':6,'mci':1},{'to_days':7,'mci':1},{'to_days':8,'mci':1},"
			"{'to_days':9,'mci':1}]}"),
		 "t.json", "fines[0].tiers: expected an array of 1..8 tiers"},
		{FF(F_HEAD("517", "3", "over") ",'tiers':[{'mci':1}]}"),
		 "t.json: fines[0].tiers[0].to_days", "missing (expected a number)"},
		{FF(F_HEAD("517", "3", "over") ",'tiers':[{'to_days':0,'mci':1}]}"),
		 "t.json: fines[0].tiers[0].to_days",
		 "0 out of range (expected a whole number 1..100000)"},
		{FF(F_HEAD("517", "3", "over") ",'tiers':[{'to_days':3,'warning':1}]}"),
		 "t.json: fines[0].tiers[0].warning", "wrong type (expected true or false)"},
		{FF(F_HEAD("517", "3", "over") ",'tiers':[{'to_days':5,'mci':10},"
			"{'to_days':5,'mci':15}]}"),
		 "t.json", "fines[0].tiers[1].to_days: expected more than the tier before"},
		{FF(F_HEAD("517", "3", "over") ",'tiers':[{'to_days':3}]}"), "t.json",
		 "fines[0].tiers[0].mci: missing (expected a number of MCI, or null for no fine)"},
		{FF(F_HEAD("517", "3", "over") ",'tiers':[{'to_days':3,'mci':0.01}]}"), "t.json",
		 "fines[0].tiers[0]: expected a number of MCI (> 0, in steps of 0.1), \"warning\" "
		 "or null"},
	};

	(void)state;
	REFUSE_ALL(FINES, cases);
}

static void fine_amounts_in_every_good_shape_give_their_penalty(void **state)
{
	/* 518 p. 1 by host (a warning for an individual, nothing but expulsion for a large
	 * host); 517 p. 3 by tiers; 517 p. 4 with no fine, only an alternative; 512 p. 1 a
	 * flat warning; 510 p. 2 "warning" as its amount; 509 p. 1 a fraction of an MCI. */
	kz_fines *f = fines_j(FINES_F(
		MCI1 "," MCI2, DUTY,
		F_HEAD("518", "1", "late") BYH("'warning'", "10", "15.5", "null") ","
		F_HEAD("517", "3", "over") ",'tiers':[{'to_days':3,'warning':true},"
		"{'to_days':5,'mci':10},{'to_days':10,'mci':null}]},"
		F_HEAD("517", "4", "long") ",'mci':null,'alternative':'expulsion','alternative_ru':'expulsion','alternative_kk':'expulsion'},"
		F_HEAD("512", "1", "flat") ",'warning':true},"
		F_HEAD("510", "2", "word") ",'mci':'warning'},"
		F_HEAD("509", "1", "tenth") ",'mci':0.5}," P518_3 "," P517_6 "," P517_7));
	struct kz_penalty p;
	struct kz_fine_rule rules[8];
	struct kz_duty duties[2];
	kz_error err = {0};

	(void)state;
	assert_string_equal(kz_fines_as_of(f), "2026-11-01");
	assert_int_equal(kz_fine(f, "518", 1, KZ_HOST_INDIVIDUAL, 0, D("2025-03-20"), &p, &err), 0);
	assert_true(p.warning);
	assert_int_equal(p.mci10, 0);
	assert_true(p.has_host);
	assert_int_equal(kz_fine(f, "518", 1, KZ_HOST_MEDIUM, 0, D("2025-03-20"), &p, &err), 0);
	assert_int_equal(p.mci10, 155);
	/* 15.5 MCI at 3 932 KZT (the 2025 row) = 60 946 KZT = 609 460 tenths. */
	assert_int_equal(p.mci_value, 3932);
	assert_int_equal(p.kzt10, 609460);
	assert_int_equal(kz_fine(f, "518", 1, KZ_HOST_LARGE, 0, D("2024-12-31"), &p, &err), 0);
	assert_false(p.warning);
	assert_int_equal(p.mci10, 0);
	assert_int_equal(p.mci_value, 3692); /* the 2024 row */
	assert_int_equal(kz_fine(f, "517", 3, KZ_HOST_SMALL, 3, D("2025-03-20"), &p, &err), 0);
	assert_true(p.warning);
	assert_int_equal(kz_fine(f, "517", 3, KZ_HOST_SMALL, 4, D("2025-03-20"), &p, &err), 0);
	assert_int_equal(p.mci10, 100);
	assert_int_equal(kz_fine(f, "517", 3, KZ_HOST_SMALL, 10, D("2025-03-20"), &p, &err), 0);
	assert_int_equal(p.mci10, 0);
	assert_false(p.warning);
	assert_int_equal(kz_fine(f, "517", 3, KZ_HOST_SMALL, 11, D("2025-03-20"), &p, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.where, "days");
	assert_string_equal(err.msg, "11 days is beyond CAO 517 part 3 (expected 1..10 days)");
	assert_int_equal(kz_fine(f, "517", 4, KZ_HOST_SMALL, 0, D("2025-03-20"), &p, &err), 0);
	assert_int_equal(p.mci10, 0);
	assert_string_equal(p.alternative, "expulsion");
	assert_int_equal(kz_fine(f, "512", 1, KZ_HOST_SMALL, 0, D("2025-03-20"), &p, &err), 0);
	assert_true(p.warning);
	assert_null(p.alternative);
	assert_int_equal(kz_fine(f, "510", 2, KZ_HOST_SMALL, 0, D("2025-03-20"), &p, &err), 0);
	assert_true(p.warning);
	assert_int_equal(kz_fine(f, "509", 1, KZ_HOST_SMALL, 0, D("2025-03-20"), &p, &err), 0);
	assert_int_equal(p.mci10, 5);
	assert_string_equal(p.article, "CAO 509 part 1");
	/* Before the first MCI row there is no value to count in. */
	assert_int_equal(kz_fine(f, "509", 1, KZ_HOST_SMALL, 0, D("2023-12-31"), &p, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_string_equal(err.where, "date");
	assert_string_equal(err.msg, "no MCI value for 2023-12-31 (expected a date from 2024-01-01)");
	/* The list of rules in data order says which are graded. */
	assert_int_equal(kz_fine_rules(f, KZ_NO_DAY, rules, 8), 9);
	assert_true(rules[0].by_host);
	assert_false(rules[0].by_days);
	assert_true(rules[1].by_days);
	assert_string_equal(rules[5].name, "tenth");
	assert_int_equal(kz_fine_rules(f, KZ_NO_DAY, rules, 1), 9); /* only one written */
	assert_int_equal(kz_duties(f, KZ_NO_DAY, duties, 2), 1);
	assert_string_equal(duties[0].id, "visa");
	assert_int_equal(duties[0].mci10, 5);
	kz_fines_free(f);
}

/* Collects each problem as "where|msg\n". */
static void collect_all(const kz_error *problem, void *arg)
{
	char *buf = arg;

	strcat(buf, problem->where);
	strcat(buf, "|");
	strcat(buf, problem->msg);
	strcat(buf, "\n");
}

static void fines_data_without_the_parts_kzmig_looks_up_is_refused(void **state)
{
	/* No 518 or 517 parts at all: every `due` would fail its late-notification and
	 * overstay lookups, so the file does not load, and its check names each part. */
	char *j = J(FF(F_HEAD("509", "1", "tenth") ",'mci':0.5}")), seen[2048] = "";
	kz_error err = {0};
	size_t entries = 0;

	(void)state;
	assert_null(kz_fines_load(j, strlen(j), "t.json", &err));
	assert_int_equal(err.code, KZ_EDATA);
	assert_string_equal(err.where, "t.json");
	assert_string_equal(err.msg, "fines: no article 518 part 1 (expected the parts kzmig looks "
				     "up: 518 parts 1 and 3, 517 parts 3, 4, 6 and 7)");
	assert_int_equal(kz_fines_check(j, strlen(j), "t.json", collect_all, seen, &entries), 6);
	assert_int_equal(entries, 3); /* an MCI row, a fine, a duty */
	assert_non_null(strstr(seen, "no article 518 part 3 "));
	assert_non_null(strstr(seen, "no article 517 part 7 "));
	free(j);
	/* One part missing is enough; a part with a problem of its own is not missing. */
	assert_false(loads(FINES, FF(P518_1 "," P518_3 "," F_HEAD("517", "3", "t") ",'mci':1},"
				     F_HEAD("517", "4", "f") ",'mci':1}," P517_6), &err));
	assert_string_equal(err.msg, "fines: no article 517 part 7 (expected the parts kzmig looks "
				     "up: 518 parts 1 and 3, 517 parts 3, 4, 6 and 7)");
	assert_false(loads(FINES, FF(P518_1 "," P518_3 "," F_HEAD("517", "3", "t") ",'mci':1},"
				     F_HEAD("517", "4", "f") ",'mci':1}," P517_6 ","
				     F_HEAD("517", "7", "s") ",'mci':0}"), &err));
	assert_string_equal(err.msg, "fines[5]: expected a number of MCI (> 0, in steps of 0.1), "
				     "\"warning\" or null");
}

static void host_categories_have_names_both_ways(void **state)
{
	enum kz_host h = KZ_HOST_LARGE;

	(void)state;
	assert_string_equal(kz_host_name(KZ_HOST_INDIVIDUAL), "individual");
	assert_string_equal(kz_host_name(KZ_HOST_SMALL), "small");
	assert_string_equal(kz_host_name(KZ_HOST_MEDIUM), "medium");
	assert_string_equal(kz_host_name(KZ_HOST_LARGE), "large");
	assert_string_equal(kz_host_name((enum kz_host)4), "?");
	assert_string_equal(kz_host_name((enum kz_host)-1), "?");
	assert_int_equal(kz_host_parse("medium", &h), 0);
	assert_int_equal(h, KZ_HOST_MEDIUM);
	assert_int_equal(kz_host_parse("Medium", &h), -1);
	assert_int_equal(kz_host_parse("", &h), -1);
	assert_int_equal(h, KZ_HOST_MEDIUM);
}

static void an_overstay_part_3_without_tiers_ends_at_10_days(void **state)
{
	/* 517 p. 3 as a flat 10 MCI (no tiers): the part 3 / part 4 edge falls back to
	 * 10 days, so 10 days is part 3 and 11 part 4. */
	kz_fines *f = fines_j(FF(F_HEAD("517", "3", "three") ",'mci':10},"
				 F_HEAD("517", "4", "four") ",'mci':25}," P518_1 "," P518_3 ","
				 P517_6 "," P517_7));
	struct kz_penalty p;
	struct kz_duty d[1];
	kz_error err = {0};

	(void)state;
	assert_int_equal(kz_fine_overstay(f, 10, D("2025-03-20"), false, &p, &err), 0);
	assert_string_equal(p.article, "CAO 517 part 3");
	assert_int_equal(p.mci10, 100);
	assert_int_equal(kz_fine_overstay(f, 11, D("2025-03-20"), false, &p, &err), 0);
	assert_string_equal(p.article, "CAO 517 part 4");
	assert_int_equal(p.mci10, 250);
	assert_int_equal(kz_fine_overstay(f, 0, D("2025-03-20"), false, &p, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.msg, "0 days past the legal stay (expected 1 or more)");
	/* A part graded by days needs days >= 1 only when it has tiers: here none. */
	assert_int_equal(kz_fine(f, "517", 3, KZ_HOST_SMALL, 0, D("2025-03-20"), &p, &err), 0);
	assert_int_equal(kz_fine(f, "517", 3, (enum kz_host)9, 5, D("2025-03-20"), &p, &err), -1);
	assert_string_equal(err.where, "host");
	assert_string_equal(err.msg, "unknown host category 9 (expected individual, small, "
				     "medium or large)");
	assert_int_equal(kz_duties(f, KZ_NO_DAY, d, 0), 1); /* nothing written with no room */
	assert_int_equal(kz_fine(f, NULL, 1, KZ_HOST_SMALL, 0, D("2025-03-20"), &p, &err), -1);
	assert_string_equal(err.msg, "no article (none) part 1 in the fines data (expected one "
				     "of kzmig fine --list)");
	assert_int_equal(kz_fine(f, "518", 2, KZ_HOST_SMALL, 0, D("2025-03-20"), &p, &err), -1);
	assert_string_equal(err.msg, "no article 518 part 2 in the fines data (expected one "
				     "of kzmig fine --list)");
	kz_fines_free(f);
}

/* ---- policy files ------------------------------------------------------------------- */

#define P_HEAD "'institution':'U','as_of':'2026-09-01','source':'S'"
#define P_RULE(extra) "{'id':'policy-a','title':'T','from':'arrival','offset':1,'unit':'days'," \
		      "'responsible':'immigrant','basis':'B'" extra "}"
#define POL(rules) "{" P_HEAD ",'rules':[" rules "]}"

static void a_policy_of_every_wrong_shape_is_refused(void **state)
{
	static const struct bad cases[] = {
		{"{" P_HEAD "}", "t.json: rules", "missing (expected an array)"},
		{"{" P_HEAD ",'rules':{}}", "t.json: rules", "wrong type (expected an array)"},
		{"{" P_HEAD ",'rules':[" P_RULE("") "],'insitution':'U'}", "t.json: insitution",
		 "unknown member (expected one of the members in examples/policy.json)"},
		{"{" P_HEAD ",'note':5,'rules':[" P_RULE("") "]}", "t.json: note",
		 "wrong type (expected a string)"},
		{"{'as_of':'2026-09-01','source':'S','rules':[" P_RULE("") "]}",
		 "t.json: institution", "missing (expected a string)"},
		{"{'institution':'U','source':'S','rules':[" P_RULE("") "]}", "t.json: as_of",
		 "missing (expected a string)"},
		{"{'institution':'U','as_of':'2026-09-01','rules':[" P_RULE("") "]}",
		 "t.json: source", "missing (expected a string)"},
		{POL("5"), "t.json: rules[0]", "wrong type (expected an object)"},
		{POL(P_RULE("") ",'policy-b'"), "t.json: rules[1]", "wrong type (expected an object)"},
		{POL("{'id':'policy-A','title':'T','from':'arrival','offset':1,'unit':'days',"
		     "'responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].id", "'policy-A' (expected \"policy-\" and then a-z, 0-9 or -)"},
		{POL("{'id':'policy-','title':'T','from':'arrival','offset':1,'unit':'days',"
		     "'responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].id", "'policy-' (expected \"policy-\" and then a-z, 0-9 or -)"},
		{POL("{'id':'policy-a_b','title':'T','from':'arrival','offset':1,'unit':'days',"
		     "'responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].id", "'policy-a_b' (expected \"policy-\" and then a-z, 0-9 or -)"},
		/* 65 characters: one too many. */
		{POL("{'id':'policy-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa','title':'T',"
		     "'from':'arrival','offset':1,'unit':'days','responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].id",
		 "'policy-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' (expected \"policy-\" and then a-z, "
		 "0-9 or -)"},
		{POL(P_RULE("") "," P_RULE("")), "t.json: rules[1].id",
		 "duplicate id 'policy-a' (expected each rule's id once)"},
		{POL("{'id':'policy-a','title':'T','from':'birthday','offset':1,'unit':'days',"
		     "'responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].from",
		 "'birthday' (expected arrival, move, arrival-and-moves, visa-expiry, "
		 "passport-expiry, departure or deadline:ID)"},
		/* A rule may count from an earlier rule, not from itself or a later one. */
		{POL("{'id':'policy-a','title':'T','from':'deadline:policy-a','offset':-1,"
		     "'unit':'days','responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].from",
		 "'policy-a' is neither a legal deadline id nor an earlier rule's (expected e.g. "
		 "deadline:visa-extension)"},
		{POL("{'id':'policy-a','title':'T','from':'arrival','offset':1,'unit':'days',"
		     "'count_from':'tomorrow','responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].count_from", "'tomorrow' (expected event or next-day)"},
		{POL("{'id':'policy-a','title':'T','from':'arrival','offset':1,'opens':-5,"
		     "'unit':'days','responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].opens",
		 "-5 (expected a window before the event: opens < offset <= 0)"},
		{POL(P_RULE(",'applies_to':5")), "t.json: rules[0].applies_to",
		 "wrong type (expected an object)"},
		{POL(P_RULE(",'applies_to':{'countries':['CN']}")),
		 "t.json: rules[0].applies_to.countries",
		 "unknown member (expected one of the members in examples/policy.json)"},
		{POL(P_RULE(",'applies_to':{'regimes':'eaeu'}")),
		 "t.json: rules[0].applies_to.regimes", "wrong type (expected an array)"},
		{POL(P_RULE(",'applies_to':{'citizenships':'CN'}")),
		 "t.json: rules[0].applies_to.citizenships", "wrong type (expected an array)"},
		{POL(P_RULE(",'applies_to':{'regimes':[]}")), "t.json: rules[0].applies_to.regimes",
		 "empty (expected at least one regime)"},
		{POL(P_RULE(",'applies_to':{'regimes':[1]}")),
		 "t.json: rules[0].applies_to.regimes[0]",
		 "expected visa-required, eaeu, bilateral or unilateral"},
		{POL(P_RULE(",'applies_to':{'citizenships':[]}")),
		 "t.json: rules[0].applies_to.citizenships", "expected 1..256 country codes"},
		{POL(P_RULE(",'applies_to':{'citizenships':['CN',5]}")),
		 "t.json: rules[0].applies_to.citizenships[1]",
		 "expected an ISO 3166-1 alpha-2 code in capitals, e.g. \"CN\""},
		{POL(P_RULE(",'applies_to':{'citizenships':['CHN']}")),
		 "t.json: rules[0].applies_to.citizenships[0]",
		 "expected an ISO 3166-1 alpha-2 code in capitals, e.g. \"CN\""},
		{POL(P_RULE(",'applies_to':{'citizenships':['C[']}")),
		 "t.json: rules[0].applies_to.citizenships[0]",
		 "expected an ISO 3166-1 alpha-2 code in capitals, e.g. \"CN\""},
	};

	(void)state;
	REFUSE_ALL(POLICY, cases);
}

static void a_policy_with_more_than_256_citizenships_is_refused(void **state)
{
	char *json = malloc(257 * 8 + 1024), *p = json;
	kz_error err = {0};

	(void)state;
	assert_non_null(json);
	p += sprintf(p, "{%s,'rules':[{'id':'policy-a','title':'T','from':'arrival','offset':1,"
		     "'unit':'days','responsible':'immigrant','basis':'B',"
		     "'applies_to':{'citizenships':[", P_HEAD);
	for (int i = 0; i < 257; i++)
		p += sprintf(p, "%s'%c%c'", i ? "," : "", 'A' + i / 26 % 26, 'A' + i % 26);
	sprintf(p, "]}}]}");
	assert_false(loads(POLICY, json, &err));
	assert_int_equal(err.code, KZ_EDATA);
	assert_string_equal(err.where, "t.json: rules[0].applies_to.citizenships");
	assert_string_equal(err.msg, "expected 1..256 country codes");
	free(json);
}

/* Collects the problems' where, one a line. */
static void collect(const kz_error *problem, void *arg)
{
	char *buf = arg;

	strcat(buf, problem->where);
	strcat(buf, "\n");
}

static void a_policy_without_an_institution_still_has_its_rules_checked(void **state)
{
	/* The rule's basis would name the institution: without one, kzmig still checks the
	 * rules and reports their problems after the missing institution. */
	char *json = J("{'as_of':'2026-09-01','source':'S','rules':[{'id':'policy-a','title':'T',"
		       "'from':'arrival','offset':1,'unit':'weeks','responsible':'immigrant',"
		       "'basis':'B'}]}");
	char seen[512] = "";
	size_t nrules = 9;

	(void)state;
	assert_int_equal(kz_policy_check(json, strlen(json), "t.json", collect, seen, &nrules), 2);
	assert_string_equal(seen, "t.json: institution\nt.json: rules[0].unit\n");
	assert_int_equal(nrules, 0);
	free(json);
}

static void a_rule_may_count_from_an_earlier_rule_and_applies_to_may_be_null(void **state)
{
	char *json = J(POL(P_RULE(",'where':'Room 1','applies_to':null") ","
			   "{'id':'policy-b','title':'U','from':'deadline:policy-a','offset':-1,"
			   "'unit':'working-days','responsible':'institution','basis':'C',"
			   "'note':'n','applies_to':{'regimes':['eaeu'],'citizenships':['KG','RU']}}"));
	kz_error err = {0};
	kz_policy *pol = kz_policy_load(json, strlen(json), "t.json", &err);

	(void)state;
	if (pol == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	assert_int_equal(kz_policy_count(pol), 2);
	assert_string_equal(kz_policy_institution(pol), "U");
	assert_string_equal(kz_policy_as_of(pol), "2026-09-01");
	assert_string_equal(kz_policy_title(pol, "policy-b"), "U");
	assert_string_equal(kz_policy_where(pol, "policy-a"), "Room 1");
	assert_null(kz_policy_where(pol, "policy-b"));
	assert_null(kz_policy_title(pol, "policy-c"));
	assert_null(kz_policy_title(pol, NULL));
	assert_null(kz_policy_title(NULL, "policy-a"));
	kz_policy_free(pol);
	free(json);
}

static void a_rule_missing_its_id_from_unit_and_responsible_reports_each(void **state)
{
	/* The second rule counts from a rule id that the first (having none) never gave. */
	char *json = J(POL("{'title':'T','offset':1,'basis':'B','opens':null},"
			   "{'id':'policy-b','title':'T','from':'deadline:policy-a','offset':-1,"
			   "'unit':'days','responsible':'immigrant','basis':'B'}"));
	char seen[512] = "";

	(void)state;
	assert_int_equal(kz_policy_check(json, strlen(json), NULL, collect, seen, NULL), 5);
	assert_string_equal(seen, "policy: rules[0].id\npolicy: rules[0].from\n"
				  "policy: rules[0].unit\npolicy: rules[0].responsible\n"
				  "policy: rules[1].from\n");
	free(json);
}

static void policy_ids_take_lower_case_letters_digits_and_dashes_only(void **state)
{
	static const struct bad cases[] = {
		{POL("{'id':'policy-a~','title':'T','from':'arrival','offset':1,'unit':'days',"
		     "'responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].id", "'policy-a~' (expected \"policy-\" and then a-z, 0-9 or -)"},
		{POL("{'id':'policy-a/','title':'T','from':'arrival','offset':1,'unit':'days',"
		     "'responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].id", "'policy-a/' (expected \"policy-\" and then a-z, 0-9 or -)"},
		{POL("{'id':'policy-a:','title':'T','from':'arrival','offset':1,'unit':'days',"
		     "'responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].id", "'policy-a:' (expected \"policy-\" and then a-z, 0-9 or -)"},
		{POL("{'id':'Policy-a','title':'T','from':'arrival','offset':1,'unit':'days',"
		     "'responsible':'immigrant','basis':'B'}"),
		 "t.json: rules[0].id", "'Policy-a' (expected \"policy-\" and then a-z, 0-9 or -)"},
		{POL(P_RULE(",'applies_to':{'citizenships':['@N']}")),
		 "t.json: rules[0].applies_to.citizenships[0]",
		 "expected an ISO 3166-1 alpha-2 code in capitals, e.g. \"CN\""},
		{POL(P_RULE(",'applies_to':{'citizenships':['C@']}")),
		 "t.json: rules[0].applies_to.citizenships[0]",
		 "expected an ISO 3166-1 alpha-2 code in capitals, e.g. \"CN\""},
		{POL(P_RULE(",'applies_to':{'citizenships':['[N']}")),
		 "t.json: rules[0].applies_to.citizenships[0]",
		 "expected an ISO 3166-1 alpha-2 code in capitals, e.g. \"CN\""},
	};

	(void)state;
	REFUSE_ALL(POLICY, cases);
	assert_loads(POLICY, POL("{'id':'policy-0-z9','title':'T','from':'arrival','offset':1,"
				 "'unit':'days','responsible':'immigrant','basis':'B'}"));
}

/* The policy (with ' for ") loaded as "t.json"; the load must succeed. */
static kz_policy *policy_j(const char *json)
{
	char *j = J(json);
	kz_error err = {0};
	kz_policy *pol = kz_policy_load(j, strlen(j), "t.json", &err);

	free(j);
	if (pol == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	return pol;
}

static void a_loaded_policy_says_why_it_cannot_give_deadlines(void **state)
{
	kz_policy *by_regime = policy_j(POL(P_RULE(",'applies_to':{'regimes':['eaeu']}")));
	kz_policy *late = policy_j(POL("{'id':'policy-a','title':'T','from':'arrival',"
				       "'offset':30,'unit':'days','responsible':'immigrant',"
				       "'basis':'B'}"));
	kz_calendar *cal = kzt_calendar();
	kz_regimes *reg = kzt_regimes();
	struct kz_rules no_regimes = {cal, NULL, NULL}, rules = {cal, reg, NULL};
	struct kz_person p = {.citizenship = "RU", .arrival = D("2025-03-20"),
			      .birth = KZ_NO_DAY, .visa_expiry = KZ_NO_DAY,
			      .passport_expiry = KZ_NO_DAY, .trp_expiry = KZ_NO_DAY, .today = D("2025-03-20")};
	struct kz_deadline out[4];
	kz_error err = {0};
	size_t n = 0;

	(void)state;
	assert_int_equal(kz_policy_deadlines(NULL, &rules, &p, out, 4, &n, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.where, "policy");
	assert_string_equal(err.msg, "no policy or no calendar");
	assert_int_equal(kz_policy_deadlines(late, NULL, &p, out, 4, &n, &err), -1);
	assert_string_equal(err.msg, "no policy or no calendar");
	/* A rule that filters by regime needs the regimes data. */
	assert_int_equal(kz_policy_deadlines(by_regime, &no_regimes, &p, out, 4, &n, &err), -1);
	assert_int_equal(err.code, KZ_EDATA);
	assert_string_equal(err.where, "policy-a");
	assert_string_equal(err.msg, "the rule filters by regime (expected the regimes data to "
				     "be loaded)");
	/* ... and a citizenship the data has a regime for: none for Kazakhstan's own. */
	memcpy(p.citizenship, "KZ", 3);
	assert_int_equal(kz_policy_deadlines(by_regime, &rules, &p, out, 4, &n, &err), -1);
	assert_int_equal(err.code, KZ_EINVAL);
	assert_string_equal(err.where, "citizenship");
	assert_string_equal(err.msg, "KZ: no migration rules apply to citizens of Kazakhstan");
	/* 30 calendar days from 10 December 2199, day 1 the arrival: 8 January 2200, after
	 * the calendar's end. */
	memcpy(p.citizenship, "RU", 3);
	p.arrival = p.today = D("2199-12-10");
	n = 0;
	assert_int_equal(kz_policy_deadlines(late, &rules, &p, out, 4, &n, &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	assert_string_equal(err.where, "policy-a");
	assert_string_equal(err.msg, "the rule's date falls outside the calendar (expected "
				     "2002..2199)");
	/* 30 days from 1 December 2199 is 30 December: inside, and a deadline. */
	p.arrival = p.today = D("2199-12-01");
	n = 0;
	assert_int_equal(kz_policy_deadlines(late, &rules, &p, out, 4, &n, &err), 0);
	assert_int_equal(n, 1);
	assert_day_equal(out[0].due, "2199-12-30");
	kz_policy_free(by_regime);
	kz_policy_free(late);
	kz_calendar_free(cal);
	kz_regimes_free(reg);
}

/* ---- what every loader shares -------------------------------------------------------- */

static void every_loader_names_its_own_file_when_given_no_name(void **state)
{
	kz_error err = {0};

	(void)state;
	assert_null(kz_calendar_load("[]", 2, NULL, &err));
	assert_string_equal(err.where, "holidays_kz.json");
	assert_string_equal(err.msg, "top level is not an object (expected {...})");
	assert_null(kz_regimes_load("", 0, NULL, &err));
	assert_string_equal(err.where, "visa_free.json");
	assert_string_equal(err.msg, "empty file (expected a JSON object)");
	assert_null(kz_fines_load("{", 1, NULL, &err));
	assert_string_equal(err.where, "fines_kz.json:1:1");
	assert_string_equal(err.msg, "not valid JSON here (expected a JSON object)");
	assert_null(kz_policy_load("{}", 2, NULL, &err));
	assert_int_equal(err.code, KZ_EDATA);
	assert_string_equal(err.where, "policy: institution");
	assert_string_equal(err.msg, "missing (expected a string)");
}

static void every_loader_refuses_text_that_is_not_a_json_object(void **state)
{
	static const char *const texts[] = {"", "null", "[1]", "{'a':", "\xff\xfe{}", "{}}"};

	(void)state;
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		for (enum which w = HOLIDAYS; w <= POLICY; w++) {
			kz_error err = {0};

			if (loads(w, texts[i], &err))
				fail_msg("loader %d took '%s'", (int)w, texts[i]);
			assert_int_equal(err.code, KZ_EDATA);
			assert_true(strncmp(err.where, "t.json", 6) == 0);
			assert_non_null(strstr(err.msg, "expected"));
		}
}

static void every_loader_fails_quietly_without_an_error_struct(void **state)
{
	(void)state;
	assert_null(kz_calendar_load("{}", 2, "t.json", NULL));
	assert_null(kz_regimes_load("{}", 2, "t.json", NULL));
	assert_null(kz_fines_load("{}", 2, "t.json", NULL));
	assert_null(kz_policy_load("{}", 2, "t.json", NULL));
	/* ... and the frees take NULL. */
	kz_calendar_free(NULL);
	kz_regimes_free(NULL);
	kz_fines_free(NULL);
	kz_policy_free(NULL);
}

/* ---- check and load agree ------------------------------------------------------------ */

/* Counts the problems and keeps the first. */
static void first_and_count(const kz_error *problem, void *arg)
{
	kz_error *first = arg;

	if (first->code == KZ_OK)
		*first = *problem;
	first[1].code++; /* the count, in the second error's code */
}

/* The file is refused by its loader, and its check reports `problems` problems, the first
 * being the loader's error, word for word. */
static void assert_check_is_load(enum which w, const char *path, int problems,
				 const char *msg)
{
	static int (*const checks[])(const char *, size_t, const char *, kz_report_fn *,
				     void *, size_t *) = {kz_calendar_check, kz_regimes_check,
							   kz_fines_check, kz_policy_check};
	kz_error err = {0}, seen[2] = {{0}};
	size_t len = 0;
	char *bytes = read_file(path, &len, &err);
	bool loaded = false;

	if (bytes == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	switch (w) {
	case HOLIDAYS: {
		kz_calendar *c = kz_calendar_load(bytes, len, path, &err);
		loaded = c != NULL;
		kz_calendar_free(c);
		break;
	}
	case VISA_FREE: {
		kz_regimes *r = kz_regimes_load(bytes, len, path, &err);
		loaded = r != NULL;
		kz_regimes_free(r);
		break;
	}
	case FINES: {
		kz_fines *f = kz_fines_load(bytes, len, path, &err);
		loaded = f != NULL;
		kz_fines_free(f);
		break;
	}
	case POLICY: {
		kz_policy *p = kz_policy_load(bytes, len, path, &err);
		loaded = p != NULL;
		kz_policy_free(p);
		break;
	}
	}
	if (loaded)
		fail_msg("%s loaded", path);
	assert_int_equal(checks[w](bytes, len, path, first_and_count, seen, NULL), problems);
	assert_int_equal((int)seen[1].code, problems);
	assert_int_equal(err.code, KZ_EDATA);
	assert_string_equal(seen[0].where, err.where);
	assert_string_equal(seen[0].msg, err.msg);
	assert_string_equal(err.msg, msg);
	free(bytes);
}

static void each_defect_is_refused_by_check_and_load_alike(void **state)
{
	(void)state;
	assert_check_is_load(HOLIDAYS, "tests/fixtures/refused/self-transfer/holidays_kz.json", 1,
			     "transfers[47]: work and off are the same day, 2025-03-15 (expected a "
			     "day worked in exchange for another given off)");
	assert_check_is_load(FINES, "tests/fixtures/refused/no-518/fines_kz.json", 1,
			     "fines: no article 518 part 1 (expected the parts kzmig looks up: 518 "
			     "parts 1 and 3, 517 parts 3, 4, 6 and 7)");
	assert_check_is_load(VISA_FREE, "tests/fixtures/refused/no-kazakh-name/visa_free.json", 1,
			     "missing (expected the Kazakh of name: every text a person reads is "
			     "in English, Russian and Kazakh)");
	assert_check_is_load(FINES, "tests/fixtures/refused/duplicate-key/fines_kz.json", 1,
			     "a second time in its object (expected each key once)");
	assert_check_is_load(HOLIDAYS, "tests/fixtures/refused/trailing-garbage/holidays_kz.json",
			     1, "more text after the JSON value (expected the end of the file)");
	assert_check_is_load(POLICY, "tests/fixtures/refused/policies/30-rules.json", 1,
			     "30 rules (expected at most 25: with the law's 7 deadlines, a person's "
			     "must fit in the 32 that batch keeps for each)");
	assert_check_is_load(POLICY, "tests/fixtures/refused/many-policies/p66.json", 1,
			     "'weeks' (expected working-days or days)");
	/* A file of many problems: the check lists them all, the load gives the first. */
	assert_check_is_load(HOLIDAYS, "tests/fixtures/bad-data/several/holidays_kz.json", 10,
			     "holidays[1].id: duplicate id 'new-year'");
	assert_check_is_load(VISA_FREE, "tests/fixtures/bad-data/several/visa_free.json", 10,
			     "countries.KG.regimes[1].from: expected the day after the previous "
			     "regime's until (no gap, no overlap)");
	assert_check_is_load(FINES, "tests/fixtures/bad-data/several/fines_kz.json", 16,
			     "missing (expected a string)");
}

static void a_sound_file_is_checked_without_a_problem_and_counted(void **state)
{
	char *j = J(TR("{'off':'2025-01-03','source':'o','source_ru':'o','source_kk':'o','names_source':'o'}"));
	size_t entries = 0;

	(void)state;
	assert_int_equal(kz_calendar_check(j, strlen(j), "t.json", NULL, NULL, &entries), 0);
	assert_int_equal(entries, 4); /* two holidays, a moveable date, a transfer */
	free(j);
	j = J(FF(P518_1 "," P518_3 "," F_HEAD("517", "3", "t") ",'mci':1},"
		 F_HEAD("517", "4", "f") ",'mci':1}," P517_6 "," P517_7));
	assert_int_equal(kz_fines_check(j, strlen(j), NULL, NULL, NULL, &entries), 0);
	assert_int_equal(entries, 8);
	free(j);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_minimal_calendar_loads),
		cmocka_unit_test(a_holidays_header_of_every_wrong_shape_is_refused),
		cmocka_unit_test(holiday_rules_of_every_wrong_shape_are_refused),
		cmocka_unit_test(more_than_64_holiday_rules_are_refused),
		cmocka_unit_test(moveable_dates_of_every_wrong_shape_are_refused),
		cmocka_unit_test(transfers_of_every_wrong_shape_are_refused),
		cmocka_unit_test(a_transfer_may_give_only_a_day_off_or_only_a_working_day),
		cmocka_unit_test(a_friday_and_saturday_weekend_is_honoured),
		cmocka_unit_test(a_provisional_moveable_date_makes_its_confirmed_year_provisional),
		cmocka_unit_test(a_long_source_text_is_kept_whole),
		cmocka_unit_test(a_loaded_calendar_refuses_days_outside_it),
		cmocka_unit_test(before_the_weekend_rule_a_holiday_on_a_weekend_does_not_move),
		cmocka_unit_test(a_day_off_that_would_move_past_2199_is_dropped),
		cmocka_unit_test(two_moveable_holidays_each_take_their_own_dates),
		cmocka_unit_test(a_visa_free_file_of_every_wrong_shape_is_refused),
		cmocka_unit_test(a_regime_of_every_wrong_shape_is_refused),
		cmocka_unit_test(regimes_must_follow_each_other_without_gap_or_overlap),
		cmocka_unit_test(every_confidence_value_loads),
		cmocka_unit_test(a_fines_file_of_every_wrong_shape_is_refused),
		cmocka_unit_test(a_fine_of_every_wrong_shape_is_refused),
		cmocka_unit_test(fines_by_host_and_by_tiers_of_every_wrong_shape_are_refused),
		cmocka_unit_test(fine_amounts_in_every_good_shape_give_their_penalty),
		cmocka_unit_test(fines_data_without_the_parts_kzmig_looks_up_is_refused),
		cmocka_unit_test(host_categories_have_names_both_ways),
		cmocka_unit_test(an_overstay_part_3_without_tiers_ends_at_10_days),
		cmocka_unit_test(a_policy_of_every_wrong_shape_is_refused),
		cmocka_unit_test(a_policy_with_more_than_256_citizenships_is_refused),
		cmocka_unit_test(a_policy_without_an_institution_still_has_its_rules_checked),
		cmocka_unit_test(a_rule_may_count_from_an_earlier_rule_and_applies_to_may_be_null),
		cmocka_unit_test(a_rule_missing_its_id_from_unit_and_responsible_reports_each),
		cmocka_unit_test(policy_ids_take_lower_case_letters_digits_and_dashes_only),
		cmocka_unit_test(a_loaded_policy_says_why_it_cannot_give_deadlines),
		cmocka_unit_test(every_loader_names_its_own_file_when_given_no_name),
		cmocka_unit_test(every_loader_refuses_text_that_is_not_a_json_object),
		cmocka_unit_test(every_loader_fails_quietly_without_an_error_struct),
		cmocka_unit_test(each_defect_is_refused_by_check_and_load_alike),
		cmocka_unit_test(a_sound_file_is_checked_without_a_problem_and_counted),
	};
	return cmocka_run_group_tests_name("loaders", tests, NULL, NULL);
}
