/* test_policy.c — an institution's own deadlines (--policy): counting, anchors, filters,
 * and the errors a bad policy file gets.  Dates are worked by hand from
 * reference/kz-calendar.md:
 *   Mar 2025: Fri 21 (Nauryz) is a holiday; Sat 22 and Sun 23 (Nauryz) move their days off
 *             to Mon 24 and Tue 25; so Thu 20 and Wed 26 are neighbouring working days.
 *   May 2025: Thu 1 (Unity Day), Wed 7 (Defender Day), Fri 9 (Victory Day) are holidays.
 */
#include "kztest.h"

struct fx {
	kz_calendar *cal;
	kz_regimes *regimes;
	kz_fines *fines;
	struct kz_rules rules;
};

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof *f);

	f->cal = kzt_calendar();
	f->regimes = kzt_regimes();
	f->fines = kzt_fines();
	f->rules = (struct kz_rules){f->cal, f->regimes, f->fines};
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	kz_calendar_free(f->cal);
	kz_regimes_free(f->regimes);
	kz_fines_free(f->fines);
	free(f);
	return 0;
}

/* A policy with one rule: the members after "id" are given as JSON text. */
static kz_policy *one_rule(const char *members)
{
	char json[2048];
	kz_error err = {0};
	kz_policy *pol;

	snprintf(json, sizeof json,
		 "{\"institution\": \"Example University\", \"as_of\": \"2026-09-01\","
		 " \"source\": \"Rules of stay\", \"rules\": [{\"id\": \"policy-x\","
		 " \"title\": \"Do it\", \"responsible\": \"immigrant\","
		 " \"basis\": \"Rules of stay, p. 1\", %s}]}",
		 members);
	pol = kz_policy_load(json, strlen(json), "policy.json", &err);
	if (pol == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	return pol;
}

static struct kz_person person(const char *cc, const char *arrival, const char *today)
{
	struct kz_person p = {.arrival = D(arrival), .birth = KZ_NO_DAY,
			      .visa_expiry = KZ_NO_DAY, .passport_expiry = KZ_NO_DAY, .trp_expiry = KZ_NO_DAY,
			      .today = D(today), .host = KZ_HOST_SMALL};

	memcpy(p.citizenship, cc, 3);
	return p;
}

/* Runs the policy alone (no legal deadlines before it); returns how many it gave. */
static size_t run(struct fx *f, const kz_policy *pol, const struct kz_person *p,
		  struct kz_deadline *out)
{
	size_t n = 0;
	kz_error err = {0};

	if (kz_policy_deadlines(pol, &f->rules, p, out, KZ_DEADLINES_MAX, &n, &err))
		fail_msg("%s: %s", err.where, err.msg);
	return n;
}

static void passport_one_working_day_after_thursday_20_march_is_wednesday_26(void **state)
{
	/* Counting starts on Fri 21 (next-day); 21-25 Mar are days off, so the first working
	 * day is Wed 26 Mar 2025. */
	kz_policy *pol = one_rule("\"from\": \"arrival\", \"offset\": 1, "
				  "\"unit\": \"working-days\", \"count_from\": \"next-day\"");
	struct kz_person p = person("UZ", "2025-03-20", "2025-03-21");
	struct kz_deadline dl[KZ_DEADLINES_MAX];

	assert_int_equal(run(*state, pol, &p, dl), 1);
	assert_string_equal(dl[0].id, "policy-x");
	assert_day_equal(dl[0].event, "2025-03-20");
	assert_day_equal(dl[0].due, "2025-03-26");
	assert_int_equal(dl[0].days_left, 5);
	assert_int_equal(dl[0].status, KZ_STATUS_UPCOMING);
	assert_int_equal(dl[0].responsible, KZ_RESP_IMMIGRANT);
	assert_false(dl[0].has_fine);
	assert_false(dl[0].provisional);
	assert_day_equal(dl[0].count_from, "2025-03-26");
	assert_day_equal(dl[0].count_to, "2025-03-26");
	kz_policy_free(pol);
}

static void within_one_working_day_counting_the_arrival_day_is_the_arrival_day(void **state)
{
	/* count_from event: Thu 20 Mar is a working day, so it is working day 1. */
	kz_policy *pol = one_rule("\"from\": \"arrival\", \"offset\": 1, "
				  "\"unit\": \"working-days\", \"count_from\": \"event\"");
	struct kz_person p = person("UZ", "2025-03-20", "2025-03-20");
	struct kz_deadline dl[KZ_DEADLINES_MAX];

	assert_int_equal(run(*state, pol, &p, dl), 1);
	assert_day_equal(dl[0].due, "2025-03-20");
	assert_int_equal(dl[0].status, KZ_STATUS_DUE_TODAY);
	kz_policy_free(pol);
}

static void without_count_from_a_rule_follows_the_persons_count_from(void **state)
{
	/* Within 2 working days of Thu 20 Mar 2025: from the arrival day, Thu 20 (1) and
	 * Wed 26 (2); from the next day, Wed 26 (1) and Thu 27 (2). */
	kz_policy *pol = one_rule("\"from\": \"arrival\", \"offset\": 2, "
				  "\"unit\": \"working-days\"");
	struct kz_person p = person("UZ", "2025-03-20", "2025-03-20");
	struct kz_deadline dl[KZ_DEADLINES_MAX];

	assert_int_equal(run(*state, pol, &p, dl), 1);
	assert_day_equal(dl[0].due, "2025-03-26");
	p.count_from = KZ_COUNT_FROM_NEXT_DAY;
	assert_int_equal(run(*state, pol, &p, dl), 1);
	assert_day_equal(dl[0].due, "2025-03-27");
	kz_policy_free(pol);
}

static void calendar_days_ignore_holidays(void **state)
{
	/* Within 3 days of Thu 20 Mar 2025: Thu 20, Fri 21, Sat 22 -> Sat 22 (holidays and
	 * weekends count); from the next day: Fri 21, Sat 22, Sun 23 -> Sun 23. */
	kz_policy *a = one_rule("\"from\": \"arrival\", \"offset\": 3, \"unit\": \"days\"");
	kz_policy *b = one_rule("\"from\": \"arrival\", \"offset\": 3, \"unit\": \"days\", "
				"\"count_from\": \"next-day\"");
	struct kz_person p = person("UZ", "2025-03-20", "2025-03-20");
	struct kz_deadline dl[KZ_DEADLINES_MAX];

	assert_int_equal(run(*state, a, &p, dl), 1);
	assert_day_equal(dl[0].due, "2025-03-22");
	assert_int_equal(dl[0].count_from, KZ_NO_DAY);
	assert_int_equal(run(*state, b, &p, dl), 1);
	assert_day_equal(dl[0].due, "2025-03-23");
	kz_policy_free(a);
	kz_policy_free(b);
}

static void visa_documents_15_working_days_before_a_12_may_expiry_are_due_16_april(
	void **state)
{
	/* Back from Mon 12 May 2025: Thu 8, Tue 6, Mon 5, Fri 2 (Thu 1, Wed 7, Fri 9 are
	 * holidays), Wed 30 Apr .. Mon 28, Fri 25 .. Mon 21, Fri 18, Thu 17, Wed 16 Apr = 15.
	 * The window opens 15 working days earlier: Tue 15 .. Mon 7, Fri 4 .. Tue 1 Apr,
	 * Mon 31, Fri 28, Thu 27, Wed 26 Mar = 30 (Tue 25, Mon 24 are Nauryz days off). */
	kz_policy *pol = one_rule("\"from\": \"visa-expiry\", \"offset\": -15, "
				  "\"opens\": -30, \"unit\": \"working-days\"");
	struct kz_person p = person("AF", "2025-03-01", "2025-04-01");
	struct kz_deadline dl[KZ_DEADLINES_MAX];

	assert_int_equal(run(*state, pol, &p, dl), 0); /* no visa expiry: nothing */
	p.visa_expiry = D("2025-05-12");
	assert_int_equal(run(*state, pol, &p, dl), 1);
	assert_day_equal(dl[0].event, "2025-05-12");
	assert_day_equal(dl[0].due, "2025-04-16");
	assert_day_equal(dl[0].opens, "2025-03-26");
	assert_int_equal(dl[0].status, KZ_STATUS_OPEN);
	assert_int_equal(dl[0].days_left, 15);
	assert_day_equal(dl[0].count_from, "2025-04-16");
	assert_day_equal(dl[0].count_to, "2025-05-11");
	kz_policy_free(pol);
}

static void a_rule_tightens_the_legal_arrival_notification_of_arrival_and_move(void **state)
{
	/* Legal: Thu 20 Mar 2025 -> Thu 27 Mar (kz-calendar.md); one working day earlier is
	 * Wed 26 Mar.  A move on Mon 2 Jun 2025 -> legal Wed 4 Jun; a day earlier Tue 3 Jun. */
	struct fx *f = *state;
	kz_policy *pol = one_rule("\"from\": \"deadline:arrival-notification\", "
				  "\"offset\": -1, \"unit\": \"working-days\"");
	struct kz_person p = person("UZ", "2025-03-20", "2025-03-21");
	kz_day moves[] = {D("2025-06-02")};
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	size_t n = 0;
	kz_error err = {0};

	p.moves = moves;
	p.nmoves = 1;
	assert_int_equal(kz_deadlines(&f->rules, &p, dl, KZ_DEADLINES_MAX, &n, &err), 0);
	size_t legal = n;
	assert_int_equal(kz_policy_deadlines(pol, &f->rules, &p, dl, KZ_DEADLINES_MAX, &n, &err),
			 0);
	assert_int_equal(n, legal + 2);
	for (size_t i = 1; i < n; i++) /* date order, ties by id */
		assert_true(dl[i - 1].due < dl[i].due ||
			    (dl[i - 1].due == dl[i].due && strcmp(dl[i - 1].id, dl[i].id) <= 0));
	for (size_t i = 0; i < n; i++) {
		if (strcmp(dl[i].id, "policy-x") != 0)
			continue;
		if (!dl[i].move) {
			assert_day_equal(dl[i].event, "2025-03-27");
			assert_day_equal(dl[i].due, "2025-03-26");
		} else {
			assert_day_equal(dl[i].event, "2025-06-04");
			assert_day_equal(dl[i].due, "2025-06-03");
		}
	}
	kz_policy_free(pol);
}

static void a_rule_on_the_visa_extension_crosses_the_may_holidays(void **state)
{
	/* A legal visa-extension deadline due Mon 12 May 2025 (given by hand here); 2 working
	 * days before: Fri 9 (Victory Day) is off, Thu 8 is 1, Wed 7 (Defender Day) off,
	 * Tue 6 is 2 -> Tue 6 May. */
	kz_policy *pol = one_rule("\"from\": \"deadline:visa-extension\", \"offset\": -2, "
				  "\"unit\": \"working-days\"");
	struct kz_person p = person("AF", "2025-03-01", "2025-05-06");
	struct kz_deadline dl[KZ_DEADLINES_MAX] = {
		{.kind = KZ_D_VISA_EXTENSION, .id = "visa-extension",
			.event = D("2025-05-30"), .opens = KZ_NO_DAY,
		 .due = D("2025-05-12"), .apply_by = KZ_NO_DAY, .status = KZ_STATUS_UPCOMING},
		{.kind = KZ_D_TRP, .id = "trp",
			.due = D("2025-04-01"), .status = KZ_STATUS_NOT_REQUIRED}};
	size_t n = 2;
	kz_error err = {0};

	assert_int_equal(kz_policy_deadlines(pol, &(*(struct fx **)state)->rules, &p, dl,
					     KZ_DEADLINES_MAX, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_string_equal(dl[0].id, "trp");
	assert_string_equal(dl[1].id, "policy-x");
	assert_day_equal(dl[1].due, "2025-05-06");
	assert_day_equal(dl[1].event, "2025-05-12");
	assert_int_equal(dl[1].status, KZ_STATUS_DUE_TODAY);
	assert_string_equal(dl[2].id, "visa-extension");
	kz_policy_free(pol);
}

static void a_deadline_that_is_not_required_gives_no_policy_deadline(void **state)
{
	kz_policy *pol = one_rule("\"from\": \"deadline:trp\", \"offset\": -5, "
				  "\"unit\": \"days\"");
	struct kz_person p = person("UZ", "2025-03-20", "2025-03-21");
	struct kz_deadline dl[KZ_DEADLINES_MAX] = {
		{.kind = KZ_D_TRP, .id = "trp",
			.due = D("2025-04-18"), .status = KZ_STATUS_NOT_REQUIRED}};
	size_t n = 1;
	kz_error err = {0};

	assert_int_equal(kz_policy_deadlines(pol, &(*(struct fx **)state)->rules, &p, dl,
					     KZ_DEADLINES_MAX, &n, &err), 0);
	assert_int_equal(n, 1);
	kz_policy_free(pol);
}

static void departure_is_the_visa_expiry_or_the_last_legal_day(void **state)
{
	/* With a visa to Mon 12 May 2025: 3 days before is Fri 9 May.  A UZ citizen without
	 * a visa, arrived Thu 20 Mar 2025, may stay 30 days: last legal day Fri 18 Apr
	 * (20 Mar + 29); 3 days before is Tue 15 Apr.  A visa-required person with no visa
	 * expiry has no departure day: nothing. */
	kz_policy *pol = one_rule("\"from\": \"departure\", \"offset\": -3, \"unit\": \"days\"");
	struct kz_person p = person("UZ", "2025-03-20", "2025-03-21");
	struct kz_deadline dl[KZ_DEADLINES_MAX];

	assert_int_equal(run(*state, pol, &p, dl), 1);
	assert_day_equal(dl[0].event, "2025-04-18");
	assert_day_equal(dl[0].due, "2025-04-15");
	p.visa_expiry = D("2025-05-12");
	assert_int_equal(run(*state, pol, &p, dl), 1);
	assert_day_equal(dl[0].due, "2025-05-09");
	p = person("AF", "2025-03-20", "2025-03-21");
	assert_int_equal(run(*state, pol, &p, dl), 0);
	kz_policy_free(pol);
}

static void applies_to_filters_by_regime_and_citizenship(void **state)
{
	kz_policy *visa = one_rule("\"from\": \"arrival\", \"offset\": 1, \"unit\": \"days\", "
				   "\"applies_to\": {\"regimes\": [\"visa-required\"]}");
	kz_policy *cn = one_rule("\"from\": \"arrival\", \"offset\": 1, \"unit\": \"days\", "
				 "\"applies_to\": {\"citizenships\": [\"CN\", \"IN\"]}");
	struct kz_person af = person("AF", "2025-03-20", "2025-03-20");
	struct kz_person uz = person("UZ", "2025-03-20", "2025-03-20");
	struct kz_person in = person("IN", "2025-03-20", "2025-03-20");
	struct kz_deadline dl[KZ_DEADLINES_MAX];

	assert_int_equal(run(*state, visa, &af, dl), 1); /* Afghanistan: visa required */
	assert_int_equal(run(*state, visa, &uz, dl), 0); /* Uzbekistan: visa-free */
	assert_int_equal(run(*state, cn, &in, dl), 1);
	assert_int_equal(run(*state, cn, &uz, dl), 0);
	kz_policy_free(visa);
	kz_policy_free(cn);
}

static void the_example_policy_labels_its_deadlines_as_the_institutions(void **state)
{
	/* examples/policy.json for a UZ student arrived Thu 20 Mar 2025 who moved on Mon
	 * 2 Jun 2025: passport to the office on Wed 26 Mar (next working day after 20 Mar)
	 * and on Tue 3 Jun (Mon 2 Jun -> counting from Tue 3 Jun); TRP documents within 10
	 * working days of 20 Mar: 20, 26, 27, 28, 31 Mar, 1, 2, 3, 4, 7 Apr -> Mon 7 Apr;
	 * departure notice 3 days before the last legal day Fri 18 Apr -> Tue 15 Apr. */
	struct fx *f = *state;
	FILE *in = fopen("examples/policy.json", "rb");
	char buf[16384];
	size_t len;
	kz_error err = {0};
	kz_policy *pol;
	struct kz_person p = person("UZ", "2025-03-20", "2025-03-21");
	kz_day moves[] = {D("2025-06-02")};
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	static const struct { const char *id, *due; } want[] = {
		{"policy-passport-to-office", "2025-03-26"},
		{"policy-trp-documents", "2025-04-07"},
		{"policy-departure-notice", "2025-04-15"},
		{"policy-passport-to-office", "2025-06-03"}};

	assert_non_null(in);
	len = fread(buf, 1, sizeof buf, in);
	fclose(in);
	pol = kz_policy_load(buf, len, "examples/policy.json", &err);
	if (pol == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	assert_string_equal(kz_policy_institution(pol), "Example University");
	assert_string_equal(kz_policy_as_of(pol), "2026-09-01");
	assert_int_equal(kz_policy_count(pol), 6);
	assert_string_equal(kz_policy_title(pol, "policy-passport-to-office"),
			    "Hand the passport to the international office");
	assert_null(kz_policy_title(pol, "trp"));
	assert_null(kz_policy_where(pol, "policy-departure-notice"));
	p.moves = moves;
	p.nmoves = 1;
	assert_int_equal(run(f, pol, &p, dl), 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(dl[i].id, want[i].id);
		assert_day_equal(dl[i].due, want[i].due);
		assert_false(dl[i].has_fine);
		assert_non_null(strstr(dl[i].basis, "Example University (institution's rule): "));
	}
	assert_true(dl[3].move);
	kz_policy_free(pol);
}

static void a_policy_deadline_in_a_year_without_decree_data_is_provisional(void **state)
{
	struct fx *f = *state;
	int last = kz_calendar_confirmed_through(f->cal);
	char arrival[16];
	kz_policy *pol = one_rule("\"from\": \"arrival\", \"offset\": 3, "
				  "\"unit\": \"working-days\"");
	struct kz_person p = person("UZ", "2025-06-02", "2025-06-01");
	struct kz_deadline dl[KZ_DEADLINES_MAX];

	assert_int_equal(run(f, pol, &p, dl), 1);
	assert_day_equal(dl[0].due, "2025-06-04"); /* Mon, Tue, Wed */
	assert_false(dl[0].provisional);
	snprintf(arrival, sizeof arrival, "%d-06-01", last + 1);
	p = person("UZ", arrival, arrival);
	assert_int_equal(run(f, pol, &p, dl), 1);
	assert_true(dl[0].provisional);
	kz_policy_free(pol);
}

static void too_many_deadlines_is_an_error_not_an_overflow(void **state)
{
	kz_policy *pol = one_rule("\"from\": \"move\", \"offset\": 1, \"unit\": \"days\"");
	struct kz_person p = person("UZ", "2025-03-20", "2025-03-21");
	kz_day moves[] = {D("2025-04-01"), D("2025-05-01"), D("2025-06-01")};
	struct kz_deadline dl[2];
	size_t n = 0;
	kz_error err = {0};

	p.moves = moves;
	p.nmoves = 3;
	assert_int_equal(kz_policy_deadlines(pol, &(*(struct fx **)state)->rules, &p, dl, 2, &n,
					     &err), -1);
	assert_int_equal(err.code, KZ_ERANGE);
	kz_policy_free(pol);
}

/* Each bad file, the place its error names and a part of the message. */
static void bad_policy_files_are_rejected_with_where_and_what(void **state)
{
#define HEAD "{\"institution\": \"U\", \"as_of\": \"2026-09-01\", \"source\": \"S\", "
#define RULE(x) HEAD "\"rules\": [{\"id\": \"policy-a\", \"title\": \"T\", \"from\": " \
	"\"arrival\", \"unit\": \"days\", \"responsible\": \"immigrant\", \"basis\": \"B\", " x "}]}"
	static const struct { const char *json, *where, *msg; } cases[] = {
		{"", "p.json", "empty file"},
		/* "oops" starts at line 2, column 18: two spaces, "institution" (13), ':', ' ' */
		{"{\n  \"institution\": oops\n}", "p.json:2:18", "not valid JSON"},
		{"[1, 2]", "p.json", "top level is not an object"},
		{HEAD "\"rules\": []}", "p.json: rules", "empty (expected at least one rule)"},
		{"{\"as_of\": \"2026-09-01\", \"source\": \"S\", \"rules\": []}",
		 "p.json: institution", "missing"},
		{"{\"institution\": \"U\", \"as_of\": \"2026-02-30\", \"source\": \"S\", "
		 "\"rules\": []}", "p.json: as_of", "not a date"},
		{RULE("\"offset\": 1, \"extra\": 2"), "p.json: rules[0].extra", "unknown member"},
		{RULE("\"offset\": 1.5"), "p.json: rules[0].offset", "expected a whole number"},
		{RULE("\"offset\": \"1\""), "p.json: rules[0].offset", "wrong type"},
		{RULE("\"offset\": -2, \"count_from\": \"next-day\""),
		 "p.json: rules[0].count_from", "expected offset > 0"},
		{RULE("\"offset\": -2, \"opens\": -1"), "p.json: rules[0].opens",
		 "opens < offset <= 0"},
		{RULE("\"offset\": 1, \"applies_to\": {\"regimes\": [\"visa\"]}"),
		 "p.json: rules[0].applies_to.regimes[0]", "expected visa-required"},
		{RULE("\"offset\": 1, \"applies_to\": {\"citizenships\": [\"uz\"]}"),
		 "p.json: rules[0].applies_to.citizenships[0]", "ISO 3166-1"},
		{HEAD "\"rules\": [{\"id\": \"passport\", \"title\": \"T\", \"from\": \"arrival\", "
		      "\"offset\": 1, \"unit\": \"days\", \"responsible\": \"immigrant\", "
		      "\"basis\": \"B\"}]}",
		 "p.json: rules[0].id", "expected \"policy-\""},
		{HEAD "\"rules\": [{\"id\": \"policy-a\", \"title\": \"T\", \"from\": \"arrival\", "
		      "\"offset\": 1, \"unit\": \"weeks\", \"responsible\": \"immigrant\", "
		      "\"basis\": \"B\"}]}",
		 "p.json: rules[0].unit", "expected working-days or days"},
		{HEAD "\"rules\": [{\"id\": \"policy-a\", \"title\": \"T\", "
		      "\"from\": \"deadline:visa-extention\", \"offset\": -1, \"unit\": \"days\", "
		      "\"responsible\": \"immigrant\", \"basis\": \"B\"}]}",
		 "p.json: rules[0].from", "neither a legal deadline id"},
		{HEAD "\"rules\": [{\"id\": \"policy-a\", \"title\": \"T\", \"from\": \"arrival\", "
		      "\"offset\": 1, \"unit\": \"days\", \"responsible\": \"the dean\", "
		      "\"basis\": \"B\"}]}",
		 "p.json: rules[0].responsible", "expected immigrant, institution"},
		{HEAD "\"rules\": [{\"id\": \"policy-a\", \"title\": \"T\", \"from\": \"arrival\", "
		      "\"offset\": 1, \"unit\": \"days\", \"responsible\": \"immigrant\"}]}",
		 "p.json: rules[0].basis", "missing"},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		kz_error err = {0};
		kz_policy *pol = kz_policy_load(cases[i].json, strlen(cases[i].json), "p.json",
						&err);

		if (pol != NULL)
			fail_msg("case %zu loaded", i);
		assert_int_equal(err.code, KZ_EDATA);
		if (strcmp(err.where, cases[i].where) != 0 || strstr(err.msg, cases[i].msg) == NULL)
			fail_msg("case %zu: got '%s: %s', want '%s: ...%s...'", i, err.where,
				 err.msg, cases[i].where, cases[i].msg);
	}
#undef RULE
#undef HEAD
}

static void count(const kz_error *e, void *arg)
{
	(void)e;
	++*(int *)arg;
}

static void check_reports_every_problem_not_only_the_first(void **state)
{
	/* Four problems: as_of, rules[0].offset, rules[1].id (a duplicate), rules[1].unit. */
	static const char json[] =
		"{\"institution\": \"U\", \"as_of\": \"2026-13-01\", \"source\": \"S\", \"rules\": ["
		"{\"id\": \"policy-a\", \"title\": \"T\", \"from\": \"arrival\", \"offset\": true,"
		" \"unit\": \"days\", \"responsible\": \"immigrant\", \"basis\": \"B\"},"
		"{\"id\": \"policy-a\", \"title\": \"T\", \"from\": \"arrival\", \"offset\": 1,"
		" \"unit\": \"hours\", \"responsible\": \"immigrant\", \"basis\": \"B\"}]}";
	static const char good[] =
		"{\"institution\": \"U\", \"as_of\": \"2026-01-01\", \"source\": \"S\", \"rules\": ["
		"{\"id\": \"policy-a\", \"title\": \"T\", \"from\": \"arrival\", \"offset\": 1,"
		" \"unit\": \"days\", \"responsible\": \"immigrant\", \"basis\": \"B\"}]}";
	int seen = 0;
	size_t nrules = 9;

	(void)state;
	assert_int_equal(kz_policy_check(json, strlen(json), "p.json", count, &seen, &nrules), 4);
	assert_int_equal(seen, 4);
	assert_int_equal(nrules, 0);
	assert_int_equal(kz_policy_check(good, sizeof good - 1, "p.json", NULL, NULL, &nrules), 0);
	assert_int_equal(nrules, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(passport_one_working_day_after_thursday_20_march_is_wednesday_26),
		cmocka_unit_test(within_one_working_day_counting_the_arrival_day_is_the_arrival_day),
		cmocka_unit_test(without_count_from_a_rule_follows_the_persons_count_from),
		cmocka_unit_test(calendar_days_ignore_holidays),
		cmocka_unit_test(
			visa_documents_15_working_days_before_a_12_may_expiry_are_due_16_april),
		cmocka_unit_test(a_rule_tightens_the_legal_arrival_notification_of_arrival_and_move),
		cmocka_unit_test(a_rule_on_the_visa_extension_crosses_the_may_holidays),
		cmocka_unit_test(a_deadline_that_is_not_required_gives_no_policy_deadline),
		cmocka_unit_test(departure_is_the_visa_expiry_or_the_last_legal_day),
		cmocka_unit_test(applies_to_filters_by_regime_and_citizenship),
		cmocka_unit_test(the_example_policy_labels_its_deadlines_as_the_institutions),
		cmocka_unit_test(a_policy_deadline_in_a_year_without_decree_data_is_provisional),
		cmocka_unit_test(too_many_deadlines_is_an_error_not_an_overflow),
		cmocka_unit_test(bad_policy_files_are_rejected_with_where_and_what),
		cmocka_unit_test(check_reports_every_problem_not_only_the_first),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
