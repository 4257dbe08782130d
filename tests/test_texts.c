/* test_texts.c — the data's words in Russian and Kazakh (src/texts.c): a text the
 * library hands out, given back in another language, by the built-in data and by the
 * same files loaded at run time (--data) alike; and the checks that refuse a text
 * without its three languages.  The expected words are the data's own (the data files),
 * read there from the law's texts (doc/sources/legal-terms-ru-kk.md). */
#include "kztest.h"

struct objs {
	kz_calendar *cal;
	kz_regimes *reg;
	kz_fines *fin;
	struct kz_rules loaded;
};

static int setup(void **state)
{
	static struct objs o;

	o.cal = kzt_calendar();
	o.reg = kzt_regimes();
	o.fin = kzt_fines();
	o.loaded = (struct kz_rules){o.cal, o.reg, o.fin};
	*state = &o;
	return 0;
}

static int teardown(void **state)
{
	struct objs *o = *state;

	kz_calendar_free(o->cal);
	kz_regimes_free(o->reg);
	kz_fines_free(o->fin);
	return 0;
}

/* The built-in rules, then the files loaded at run time: each test runs on both. */
static const struct kz_rules *both(void **state, int i)
{
	return i == 0 ? kz_rules_builtin() : &((struct objs *)*state)->loaded;
}

static void a_holiday_name_comes_in_russian_and_kazakh(void **state)
{
	for (int i = 0; i < 2; i++) {
		const struct kz_rules *r = both(state, i);
		struct kz_day_info in;

		/* Fri 21 Mar 2025: Nauryz, whose name the law gives in Kazakh in both texts. */
		assert_int_equal(kz_day_info(r->cal, D("2025-03-21"), &in, NULL), 0);
		assert_string_equal(in.name, "Nauryz meiramy");
		assert_string_equal(kz_calendar_text(r->cal, in.name, KZ_LANG_RU),
				    "Наурыз мейрамы");
		assert_string_equal(kz_calendar_text(r->cal, in.name, KZ_LANG_KK),
				    "Наурыз мейрамы");
		/* Sat 9 May 2020, Victory Day: its day off moved to Mon 11 May, under its name. */
		assert_int_equal(kz_day_info(r->cal, D("2020-05-09"), &in, NULL), 0);
		assert_string_equal(kz_calendar_text(r->cal, in.name, KZ_LANG_RU), "День Победы");
		assert_string_equal(kz_calendar_text(r->cal, in.name, KZ_LANG_KK), "Жеңіс күні");
	}
}

static void every_holiday_of_a_year_has_its_three_names(void **state)
{
	for (int i = 0; i < 2; i++) {
		const struct kz_rules *r = both(state, i);
		struct kz_holiday h[32];
		size_t n = kz_calendar_holidays(r->cal, 2027, h, 32);
		bool constitution = false;

		assert_true(n > 10 && n <= 32);
		for (size_t k = 0; k < n; k++) {
			const char *ru = kz_calendar_text(r->cal, h[k].name, KZ_LANG_RU);
			const char *kk = kz_calendar_text(r->cal, h[k].name, KZ_LANG_KK);

			assert_non_null(ru);
			assert_non_null(kk);
			assert_true(ru[0] != '\0' && kk[0] != '\0');
			/* 15 March from 2027: the Constitution of 2026, art. 94 p. 2. */
			if (h[k].day == D("2027-03-15")) {
				assert_string_equal(ru, "День Конституции Республики Казахстан");
				assert_string_equal(kk, "Қазақстан Республикасының "
							"Конституциясы күні");
				constitution = true;
			}
		}
		assert_true(constitution);
	}
}

static void a_country_name_comes_from_iso_codes(void **state)
{
	for (int i = 0; i < 2; i++) {
		const kz_regimes *g = both(state, i)->regimes;
		const char *uz = kz_country_name(g, "uz"), *kr = kz_country_name(g, "KR");

		assert_string_equal(kz_regimes_text(g, uz, KZ_LANG_RU), "Узбекистан");
		assert_string_equal(kz_regimes_text(g, uz, KZ_LANG_KK), "Өзбекстан");
		/* The data's English is the common name; so are its translations. */
		assert_string_equal(kr, "South Korea");
		assert_string_equal(kz_regimes_text(g, kr, KZ_LANG_RU), "Южная Корея");
		assert_string_equal(kz_regimes_text(g, kr, KZ_LANG_KK), "Оңтүстік Корея");
	}
}

/* The arrival-notification deadline of a citizen of Uzbekistan arriving on `arrival`. */
static struct kz_deadline notification(const struct kz_rules *r, const char *arrival)
{
	struct kz_person p = {.citizenship = "UZ", .arrival = D(arrival), .today = D(arrival),
			      .birth = KZ_NO_DAY, .visa_expiry = KZ_NO_DAY,
			      .passport_expiry = KZ_NO_DAY, .trp_expiry = KZ_NO_DAY};
	struct kz_deadline d[KZ_DEADLINES_MAX];
	size_t n = 0;
	kz_error err = {0};

	if (kz_deadlines(r, &p, d, KZ_DEADLINES_MAX, &n, &err) != 0)
		fail_msg("%s: %s", err.where, err.msg);
	for (size_t k = 0; k < n; k++)
		if (d[k].kind == KZ_D_ARRIVAL_NOTIFICATION)
			return d[k];
	fail_msg("no arrival-notification for %s", arrival);
	return d[0];
}

static void a_terms_basis_is_the_one_of_its_dated_span(void **state)
{
	for (int i = 0; i < 2; i++) {
		const struct kz_rules *r = both(state, i);
		/* 2025: the host informs within 3 working days (Law 421-V onward). */
		struct kz_deadline d = notification(r, "2025-03-20");

		assert_string_equal(kz_regimes_text(r->regimes, d.basis, KZ_LANG_RU),
				    "Закон «О миграции населения», ст. 6 п. 4: в течение "
				    "трех рабочих дней со дня прибытия");
		assert_string_equal(kz_rules_text(r, d.basis, KZ_LANG_KK),
				    "«Халықтың көші-қоны туралы» Заңның 6-бабының "
				    "4-тармағы: келген күннен бастап үш жұмыс күні ішінде");
		/* 2015, before Law 421-V: no duty of the host's; the basis says so. */
		d = notification(r, "2015-06-01");
		assert_non_null(strstr(kz_regimes_text(r->regimes, d.basis, KZ_LANG_RU),
				       "у принимающего лица не было обязанности информировать "
				       "органы внутренних дел"));
		assert_non_null(strstr(kz_regimes_text(r->regimes, d.basis, KZ_LANG_KK),
				       "қабылдаушы тұлғаның ішкі істер органдарына "
				       "хабарлау міндеті болған жоқ"));
		/* Its fine's article, in the forms the Code's texts cite a part by. */
		d = notification(r, "2025-03-20");
		assert_true(d.has_fine);
		assert_string_equal(d.fine.article, "CAO 518 part 1");
		assert_string_equal(kz_fines_text(r->fines, d.fine.article, KZ_LANG_RU),
				    "КоАП, ст. 518 ч. 1");
		assert_string_equal(kz_fines_text(r->fines, d.fine.article, KZ_LANG_KK),
				    "ӘҚБтК 518-бап 1-бөлік");
		assert_string_equal(kz_rules_text(r, d.repeat.article, KZ_LANG_RU),
				    "КоАП, ст. 518 ч. 3");
	}
}

static void a_fines_offence_and_a_duty_come_from_the_code(void **state)
{
	for (int i = 0; i < 2; i++) {
		const kz_fines *f = both(state, i)->fines;
		struct kz_fine_rule rules[32];
		struct kz_duty duties[16];
		size_t n = kz_fine_rules(f, D("2025-03-28"), rules, 32);
		size_t m = kz_duties(f, D("2025-03-28"), duties, 16);
		bool seen = false;

		for (size_t k = 0; k < n && k < 32; k++) {
			if (strcmp(rules[k].label, "CAO 518 part 1") != 0)
				continue;
			seen = true;
			assert_non_null(strstr(kz_fines_text(f, rules[k].offence, KZ_LANG_RU),
					       "несвоевременное информирование органов внутренних "
					       "дел о пребывающих у них иммигрантах"));
			assert_non_null(strstr(kz_fines_text(f, rules[k].offence, KZ_LANG_KK),
					       "ішкі істер органдарына уақтылы хабардар етпеуі"));
		}
		assert_true(seen);
		for (size_t k = 0; k < m && k < 16; k++)
			if (strcmp(duties[k].id, "trp") == 0)
				assert_string_equal(kz_fines_text(f, duties[k].name, KZ_LANG_KK),
						    "Уақытша тұруға рұқсат: тегін");
	}
}

static void a_penalty_of_a_year_without_its_mci_says_why_in_each_language(void **state)
{
	for (int i = 0; i < 2; i++) {
		const kz_fines *f = both(state, i)->fines;
		struct kz_penalty p;

		/* 2040: no budget law in the data, the MCI a guess (the library's own words). */
		assert_int_equal(kz_fine_overstay(f, 5, D("2040-01-10"), false, &p, NULL), 0);
		assert_non_null(p.why);
		assert_non_null(strstr(kz_fines_text(f, p.why, KZ_LANG_RU), "МРП"));
		assert_non_null(strstr(kz_fines_text(f, p.why, KZ_LANG_KK), "АЕК"));
	}
}

static void english_gives_the_text_itself_and_an_unknown_text_none(void **state)
{
	const struct kz_rules *r = both(state, 0);
	const char *uz = kz_country_name(r->regimes, "UZ");
	char copy[32];

	assert_ptr_equal(kz_regimes_text(r->regimes, uz, KZ_LANG_EN), uz);
	/* A copy is found by its text. */
	snprintf(copy, sizeof copy, "%s", uz);
	assert_string_equal(kz_regimes_text(r->regimes, copy, KZ_LANG_KK), "Өзбекстан");
	assert_null(kz_regimes_text(r->regimes, "Atlantis", KZ_LANG_RU));
	assert_null(kz_rules_text(r, "Atlantis", KZ_LANG_KK));
	assert_null(kz_calendar_text(r->cal, NULL, KZ_LANG_RU));
	assert_null(kz_fines_text(r->fines, uz, (enum kz_lang)7));
	/* A country's name is the regimes' text, not the calendar's. */
	assert_null(kz_calendar_text(r->cal, uz, KZ_LANG_RU));
}

/* ---- the checks --------------------------------------------------------------------- */

static void first(const kz_error *problem, void *arg)
{
	kz_error *e = arg;

	if (e->code == KZ_OK)
		*e = *problem;
}

/* holidays_kz.json as built in, with `from` replaced by `to` once; the check's problem
 * count, and its first problem in *e. */
static int check_edited(const char *from, const char *to, kz_error *e)
{
	const struct embedded_file *f = kzt_file("holidays_kz.json");
	const char *at = strstr(f->data, from);
	size_t n = (size_t)(at - f->data), len = f->len - strlen(from) + strlen(to);
	char *json = malloc(len + 1);
	int problems;

	assert_non_null(at);
	assert_non_null(json);
	memcpy(json, f->data, n);
	strcpy(json + n, to);
	strcpy(json + n + strlen(to), at + strlen(from));
	problems = kz_calendar_check(json, len, "h.json", first, e, NULL);
	free(json);
	return problems;
}

static void a_holiday_without_its_kazakh_name_is_refused_by_its_path(void **state)
{
	kz_error e = {0};

	(void)state;
	assert_int_equal(check_edited("\"name_kk\": \"Жаңа жыл\", ", "", &e), 1);
	assert_string_equal(e.where, "h.json: holidays[0].name_kk");
	assert_non_null(strstr(e.msg, "missing (expected the Kazakh of name"));
}

static void an_empty_russian_name_is_refused(void **state)
{
	kz_error e = {0};

	(void)state;
	assert_int_equal(check_edited("\"name_ru\": \"Новый год\"", "\"name_ru\": \"\"", &e), 1);
	assert_string_equal(e.where, "h.json: holidays[0].name_ru");
	assert_string_equal(e.msg, "empty (expected the Russian text)");
}

static void one_english_text_has_one_translation(void **state)
{
	kz_error e = {0};

	(void)state;
	/* Nauryz's three days share their name: the second may not translate it otherwise. */
	assert_int_equal(check_edited("\"id\": \"nauryz-2\", \"name\": \"Nauryz meiramy\", "
				      "\"name_ru\": \"Наурыз мейрамы\"",
				      "\"id\": \"nauryz-2\", \"name\": \"Nauryz meiramy\", "
				      "\"name_ru\": \"Наурыз\"", &e), 1);
	assert_string_equal(e.where, "h.json: holidays[6].name_ru");
	assert_non_null(strstr(e.msg, "one translation of each text"));
}

static void a_holiday_names_its_translations_source(void **state)
{
	kz_error e = {0};
	const char *needle = "\"name_source\": ";
	const struct embedded_file *f = kzt_file("holidays_kz.json");
	const char *at = strstr(f->data, needle), *end;
	char from[1024];

	(void)state;
	assert_non_null(at);
	end = strstr(at, "\", ") + 3;
	assert_true((size_t)(end - at) < sizeof from);
	snprintf(from, sizeof from, "%.*s", (int)(end - at), at);
	assert_int_equal(check_edited(from, "", &e), 1);
	assert_string_equal(e.where, "h.json: holidays[0].name_source");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_holiday_name_comes_in_russian_and_kazakh),
		cmocka_unit_test(every_holiday_of_a_year_has_its_three_names),
		cmocka_unit_test(a_country_name_comes_from_iso_codes),
		cmocka_unit_test(a_terms_basis_is_the_one_of_its_dated_span),
		cmocka_unit_test(a_fines_offence_and_a_duty_come_from_the_code),
		cmocka_unit_test(a_penalty_of_a_year_without_its_mci_says_why_in_each_language),
		cmocka_unit_test(english_gives_the_text_itself_and_an_unknown_text_none),
		cmocka_unit_test(a_holiday_without_its_kazakh_name_is_refused_by_its_path),
		cmocka_unit_test(an_empty_russian_name_is_refused),
		cmocka_unit_test(one_english_text_has_one_translation),
		cmocka_unit_test(a_holiday_names_its_translations_source),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
