/* test_i18n.c — choosing the language, and the forms a word takes in it: the locale's
 * order of precedence, Russian plurals by the number's last digits, a context's English
 * when a word has no translation, and dates and amounts as each language writes them. */
#include "cli.h"
#include "kztest.h"

static void set_env(const char *all, const char *messages, const char *lang)
{
	const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	const char *values[] = {all, messages, lang};

	for (int i = 0; i < 3; i++)
		if (values[i])
			setenv(names[i], values[i], 1);
		else
			unsetenv(names[i]);
}

static void the_first_set_locale_variable_decides(void **state)
{
	(void)state;
	set_env(NULL, NULL, "ru_RU.UTF-8");
	assert_int_equal(lang_from_env(), LANG_RU);
	set_env(NULL, "kk_KZ.UTF-8", "ru_RU.UTF-8");
	assert_int_equal(lang_from_env(), LANG_KK);
	set_env("en_US.UTF-8", "kk_KZ.UTF-8", "ru_RU.UTF-8");
	assert_int_equal(lang_from_env(), LANG_EN);
	set_env("", "", "kk_KZ");     /* set but empty: passed over, as gettext does */
	assert_int_equal(lang_from_env(), LANG_KK);
	set_env(NULL, NULL, "C.UTF-8");
	assert_int_equal(lang_from_env(), LANG_EN);
	set_env(NULL, NULL, NULL);
	assert_int_equal(lang_from_env(), LANG_EN);
}

static void lang_takes_only_the_three_codes(void **state)
{
	enum lang l = LANG_EN;

	(void)state;
	assert_int_equal(lang_parse("kk", &l), 0);
	assert_int_equal(l, LANG_KK);
	assert_int_equal(lang_parse("ru_RU", &l), -1);
	assert_int_equal(lang_parse("", &l), -1);
	assert_int_equal(lang_parse("EN", &l), -1);
	assert_int_equal(l, LANG_KK); /* unchanged by a refused value */
	assert_string_equal(lang_code(LANG_RU), "ru");
}

/* The form trn() picks: 1 день, 2 дня, 5 дней, 11 дней, 21 день, 22 дня, 111 дней. */
static void russian_plurals_follow_the_last_digits(void **state)
{
	static const struct { unsigned long n; int form; } cases[] = {
		{1, 0}, {2, 1}, {4, 1}, {5, 2}, {11, 2}, {12, 2}, {14, 2}, {21, 0}, {22, 1},
		{25, 2}, {101, 0}, {111, 2}, {112, 2}, {122, 1}, {0, 2}, {1000, 2}};
	const char *one = "%s: due in %d day", *many = "%s: due in %d days";
	const char *forms[3];

	(void)state;
	cli_lang = LANG_RU;
	forms[0] = trn(one, many, 1);
	forms[1] = trn(one, many, 2);
	forms[2] = trn(one, many, 5);
	assert_string_not_equal(forms[0], forms[1]);
	assert_string_not_equal(forms[1], forms[2]);
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		assert_string_equal(trn(one, many, cases[i].n), forms[cases[i].form]);
	cli_lang = LANG_KK; /* one form whatever the number */
	assert_string_equal(trn(one, many, 1), trn(one, many, 5));
	cli_lang = LANG_EN;
	assert_string_equal(trn(one, many, 1), one);
	assert_string_equal(trn(one, many, 0), many);
	assert_string_equal(trn(one, many, 21), many);
}

static void a_context_without_a_translation_gives_the_english(void **state)
{
	(void)state;
	cli_lang = LANG_RU;
	assert_string_equal(C_("no such context", "no such word"), "no such word");
	assert_string_equal(_("no such message"), "no such message");
	cli_lang = LANG_EN;
	assert_string_equal(C_("weekday", "Thu"), "Thu");
}

/* 27 Mar 2025 was a Thursday; in Russian and Kazakh a date's parts are joined by no-break
 * spaces (U+00A0), so wrapping never parts them. */
static void dates_and_amounts_as_each_language_writes_them(void **state)
{
	char b[DAY_TEXT], k[32];
	kz_day d = kz_day_from_ymd(2025, 3, 27);

	(void)state;
	cli_lang = LANG_EN;
	assert_string_equal(fmt_day_long(d, b), "Thu 27 Mar 2025");
	assert_string_equal(fmt_kzt(393200, k), "39,320");
	assert_string_equal(fmt_kzt(21625, k), "2,162.5");
	cli_lang = LANG_RU;
	assert_string_equal(fmt_day_long(d, b), "чт,\u00a027\u00a0марта\u00a02025\u00a0г.");
	assert_string_equal(fmt_kzt(393200, k), "39\u00a0320");
	assert_string_equal(fmt_kzt(21625, k), "2\u00a0162,5");
	cli_lang = LANG_KK;
	assert_string_equal(fmt_day_long(d, b), "2025\u00a0жылғы\u00a027\u00a0наурыз,\u00a0бс");
	assert_string_equal(fmt_kzt(393200, k), "39\u00a0320");
	/* the longest: a Wednesday in September */
	assert_true(strlen(fmt_day_long(kz_day_from_ymd(2027, 9, 29), b)) < DAY_TEXT);
	cli_lang = LANG_RU;
	assert_true(strlen(fmt_day_long(kz_day_from_ymd(2027, 9, 29), b)) < DAY_TEXT);
	cli_lang = LANG_EN;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(the_first_set_locale_variable_decides),
		cmocka_unit_test(lang_takes_only_the_three_codes),
		cmocka_unit_test(russian_plurals_follow_the_last_digits),
		cmocka_unit_test(a_context_without_a_translation_gives_the_english),
		cmocka_unit_test(dates_and_amounts_as_each_language_writes_them),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
