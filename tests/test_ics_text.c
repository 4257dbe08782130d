/* test_ics_text.c — the page's iCalendar writer (web/ics_text.c) writes what libical
 * writes for the CLI (src/cli/out_ics.c), byte for byte but for DTSTAMP and LAST-MODIFIED:
 * the same events (ics_events.c), and libical's escaping and folding, for names of every
 * length and alphabet, so that its lines break where libical's do (after a ';', ':' or
 * ' ', else before a UTF-8 sequence) and a name with no space at all is folded too. */
#include "../web/ics_text.c"

#include "kztest.h"
#include "out.h"

/* The CLI's calendar of one person, as a NUL-terminated malloc'd string. */
static char *libical_text(const char *id, const char *name, const struct kz_person *p,
			  const struct kz_deadline *dl, size_t n, const struct ics_opts *o)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct ics_cal *c = ics_begin();

	assert_non_null(f);
	assert_non_null(c);
	assert_int_equal(ics_add(c, id, name, p, dl, n, o), 0);
	assert_int_equal(ics_end(c, f), 0);
	fclose(f);
	return buf;
}

/* s without its DTSTAMP and LAST-MODIFIED lines (the time each file was made), in place. */
static char *without_stamps(char *s)
{
	char *o = s;

	for (char *l = s; *l;) {
		char *end = strstr(l, "\r\n");
		size_t n = end ? (size_t)(end - l) + 2 : strlen(l);

		if (strncmp(l, "DTSTAMP:", 8) != 0 && strncmp(l, "LAST-MODIFIED:", 14) != 0) {
			memmove(o, l, n);
			o += n;
		}
		l += n;
	}
	*o = '\0';
	return s;
}

static void assert_same_text(const char *id, const char *name, const struct kz_person *p,
			     const struct kz_deadline *dl, size_t n, const struct ics_opts *o)
{
	size_t len = 0;
	char *want = without_stamps(libical_text(id, name, p, dl, n, o));
	char *got = ics_text("20261206T092251Z", id, name, p, dl, n, o, &len);

	assert_non_null(got);
	assert_int_equal(strlen(got), len);
	assert_string_equal(without_stamps(got), want);
	free(want);
	free(got);
}

static struct kz_person uz_person(void)
{
	struct kz_person p = {.citizenship = "UZ", .arrival = D("2025-03-20"),
			      .birth = KZ_NO_DAY, .visa_expiry = D("2025-09-01"),
			      .passport_expiry = D("2025-10-01"), .trp_expiry = KZ_NO_DAY,
			      .today = D("2025-03-21"), .host = KZ_HOST_SMALL};
	return p;
}

static void ics_text_of_a_person_is_what_kzmig_due_writes(void **state)
{
	struct kz_person p = uz_person();
	kz_day moves[] = {D("2022-04-18"), D("2022-06-07")};
	struct kz_deadline dl[KZ_DEADLINES_MAX + 8];
	size_t n;
	kz_error err = {0};

	(void)state;
	p.moves = moves;
	p.arrival = D("2022-03-01");
	p.visa_expiry = D("2023-03-01");
	p.passport_expiry = D("2024-01-01");
	p.nmoves = 2;
	assert_int_equal(kz_deadlines(kz_rules_builtin(), &p, dl, KZ_DEADLINES_MAX + 8, &n, &err), 0);
	assert_true(n >= 4);
	assert_same_text("", NULL, &p, dl, n, NULL);
	assert_same_text("S-001", "Ali Valiyev", &p, dl, n,
			 &(struct ics_opts){{40, 7, 1, 0}, 4, KZ_NO_DAY});
}

/* A random text from pieces that matter to escaping and folding: letters, spaces, the
 * escaped ; , \, the break points ; : and space, two- three- and four-byte UTF-8, control
 * characters and bytes that are not UTF-8 (cleaned to spaces and '?'). */
static void random_text(unsigned *seed, char *buf, size_t cap)
{
	static const char *const pieces[] = {
		"a", "b", "Z", "0", " ", ";", ",", "\\", ":", "\"", "-", "\t", "\n", "\r",
		"\xd0\x81",         /* Ё */
		"\xd2\x9a",         /* Қ */
		"\xe2\x80\x94",     /* em dash */
		"\xf0\x9f\x8e\x93", /* U+1F393 */
		"\xff", "\xc3",     /* not UTF-8 */
		"abcdefghij", "\xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd1\x85",
	};
	size_t n = 0;
	int words = rand_r(seed) % 60;

	buf[0] = '\0';
	for (int i = 0; i < words; i++) {
		/* a long run of one piece, now and then: no break point for 75 octets */
		int reps = rand_r(seed) % 8 == 0 ? 20 + rand_r(seed) % 40 : 1;
		const char *p = pieces[rand_r(seed) % (int)(sizeof pieces / sizeof *pieces)];

		if (rand_r(seed) % 3 == 0)
			p = pieces[rand_r(seed) % 14 < 4 ? 4 : 20]; /* more spaces and words */
		for (int r = 0; r < reps && n + strlen(p) + 1 < cap; r++) {
			memcpy(buf + n, p, strlen(p) + 1);
			n += strlen(p);
		}
	}
}

static void ics_text_folds_and_escapes_as_libical_does(void **state)
{
	struct kz_person p = uz_person();
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	size_t n;
	unsigned seed = 20261206;
	char name[1024], id[256];
	kz_error err = {0};

	(void)state;
	assert_int_equal(kz_deadlines(kz_rules_builtin(), &p, dl, KZ_DEADLINES_MAX, &n, &err), 0);
	for (int i = 0; i < 3000; i++) {
		random_text(&seed, name, sizeof name);
		random_text(&seed, id, sizeof id);
		assert_same_text(i % 5 ? id : "", i % 7 ? name : NULL, &p, dl, i % 3 ? 1 : n,
				 NULL);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ics_text_of_a_person_is_what_kzmig_due_writes),
		cmocka_unit_test(ics_text_folds_and_escapes_as_libical_does),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
