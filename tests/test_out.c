/* test_out.c — the output formats as modules (src/cli/out.h): what each writes for one
 * person, that a failed write or a failed allocation is an error and never a crash or a
 * silent exit 0, and the shared words (what a missed deadline costs, --alarm).
 *
 * The deadlines are built by hand: their dates are inputs, not computed from the law. */
#include <cjson/cJSON.h>
#include <fcntl.h>
#include <unistd.h>

#include "out.h"
#include "words.h"
#include "kztest.h"

static struct kz_data data;
static kz_calendar *cal;
static kz_regimes *regimes;
static kz_fines *fines;

static int setup(void **state)
{
	(void)state;
	data.cal = cal = kzt_calendar();
	data.regimes = regimes = kzt_regimes();
	data.fines = fines = kzt_fines();
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	kz_calendar_free(cal);
	kz_regimes_free(regimes);
	kz_fines_free(fines);
	return 0;
}

/* A citizen of Uzbekistan who arrived Thu 20 Mar 2025, seen on Fri 21 Mar 2025. */
static const struct kz_person uz = {.citizenship = "UZ", .arrival = 20167, .birth = KZ_NO_DAY,
				    .visa_expiry = KZ_NO_DAY, .passport_expiry = KZ_NO_DAY,
				    .trp_expiry = KZ_NO_DAY, .today = 20168,
				    .host = KZ_HOST_SMALL};

/* The arrival notification: due Thu 27 Mar 2025, 10 MCI for a small host (39,320 KZT). */
static struct kz_deadline notification(void)
{
	struct kz_deadline d = {
		.kind = KZ_D_ARRIVAL_NOTIFICATION, .id = "arrival-notification",
		.event = D("2025-03-20"), .opens = KZ_NO_DAY, .due = D("2025-03-27"),
		.apply_by = KZ_NO_DAY, .count_from = KZ_NO_DAY, .count_to = KZ_NO_DAY,
		.days_left = 6, .status = KZ_STATUS_UPCOMING,
		.responsible = KZ_RESP_RECEIVING_PARTY, .basis = "Law on Population Migration",
		.has_fine = true,
		.fine = {.article = "CAO 518 part 1", .on = D("2025-03-28"), .host = KZ_HOST_SMALL,
			 .has_host = true, .mci10 = 100, .mci_value = 3932, .kzt10 = 393200},
		.repeat = {.article = "CAO 518 part 3", .mci10 = 400, .kzt10 = 1572800}};
	return d;
}

/* Writes one person (id NULL: as `due` does) in `format` to a file, through the whole
 * driver; returns out_end's code and the file's bytes in *text (malloc'd, or NULL when
 * no file was left). */
static int write_one(const char *format, const char *id, int stop_with, char **text)
{
	char path[] = "/tmp/kzmig-test-out-XXXXXX";
	struct out_doc doc = {.data = &data, .today = uz.today, .ics = {{7, 1}, 2, uz.today}};
	struct kz_deadline d = notification();
	struct out_person who = {.id = id, .name = id ? "Aliya Nurova" : NULL, .email = "",
				 .id_len = id ? strlen(id) : 0, .name_len = id ? 12 : 0,
				 .plain = true, .p = &uz, .dl = &d, .n = 1};
	struct out *o;
	int fd = mkstemp(path), rc;
	size_t len = 0;

	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	assert_int_equal(out_begin(&o, format, path, &doc), 0);
	rc = out_person(o, &who);
	rc = out_end(o, rc ? rc : stop_with);
	*text = NULL;
	if (access(path, F_OK) == 0) {
		kz_error err;

		*text = read_file(path, &len, &err);
		unlink(path);
	}
	return rc;
}

static void csv_is_the_header_then_one_row_per_deadline(void **state)
{
	char *s;

	(void)state;
	assert_int_equal(write_one("csv", "A1", 0, &s), 0);
	assert_string_equal(s, "id,name,citizenship,deadline,opens,due,days_left,status,"
			       "responsible,fine_kzt,basis,apply_by,title,provisional,reason,"
			       "email\n"
			       "A1,Aliya Nurova,UZ,arrival-notification,,2025-03-27,6,upcoming,"
			       "receiving-party,39320,Law on Population Migration,,Notify the "
			       "migration service of the arrival,false,,\n");
	free(s);
}

static void json_of_due_is_one_pretty_object_and_of_a_roster_one_line(void **state)
{
	char *s;

	(void)state;
	assert_int_equal(write_one("json", NULL, 0, &s), 0);
	assert_non_null(strstr(s, "{\n\t\"citizenship\":\t\"UZ\",\n"));
	assert_null(strstr(s, "\"id\":\t\"A1\""));
	free(s);
	assert_int_equal(write_one("json", "A1", 0, &s), 0);
	assert_non_null(strstr(s, "{\"id\":\"A1\",\"name\":\"Aliya Nurova\",\"citizenship\":"));
	assert_non_null(strstr(s, "\"fine\":{\"article\":\"CAO 518 part 1\""));
	assert_ptr_equal(strchr(s, '\n'), s + strlen(s) - 1);
	free(s);
}

static void text_says_what_a_miss_costs_and_ends_with_the_disclaimer(void **state)
{
	char *s;

	(void)state;
	assert_int_equal(write_one("text", NULL, 0, &s), 0);
	assert_non_null(strstr(s, "If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small host)"));
	assert_non_null(strstr(s, "\n\nNot legal advice: check with the migration service.\n"));
	free(s);
}

static void ics_is_one_calendar_with_the_same_sentence(void **state)
{
	char *s;

	(void)state;
	assert_int_equal(write_one("ics", NULL, 0, &s), 0);
	assert_int_equal(strncmp(s, "BEGIN:VCALENDAR\r\n", 17), 0);
	for (char *fold; (fold = strstr(s, "\r\n ")) != NULL;) /* unfolded, RFC 5545 3.1 */
		memmove(fold, fold + 3, strlen(fold + 3) + 1);
	assert_non_null(strstr(s, "If missed: 10 MCI = 39\\,320 KZT (CAO 518 part 1\\, small host)"));
	free(s);
}

static void a_stop_leaves_no_file_in_any_format(void **state)
{
	static const char *const formats[] = {"text", "json", "csv", "ics"};
	char *s;

	(void)state;
	for (int i = 0; i < 4; i++) {
		assert_int_equal(write_one(formats[i], "A1", EXIT_USAGE, &s), EXIT_USAGE);
		assert_null(s);
	}
}

static void bad_rows_still_give_the_file(void **state)
{
	char *s;

	(void)state;
	assert_int_equal(write_one("csv", "A1", EXIT_PARTIAL, &s), EXIT_PARTIAL);
	assert_non_null(s);
	free(s);
}

/* stdout on /dev/full for one document in `format`: the code out_end returns. */
static int to_full_stdout(const char *format)
{
	struct out_doc doc = {.data = &data, .today = uz.today, .ics = {{7, 1}, 2, uz.today}};
	struct kz_deadline d = notification();
	int saved = dup(STDOUT_FILENO), full = open("/dev/full", O_WRONLY), rc;
	struct out *o;

	if (full < 0)
		skip();
	fflush(stdout);
	dup2(full, STDOUT_FILENO);
	close(full);
	assert_int_equal(out_begin(&o, format, NULL, &doc), 0);
	rc = out_end(o, out_person(o, &(struct out_person){.id = "A1", .name = "", .email = "",
							   .id_len = 2, .p = &uz, .dl = &d,
							   .n = 1}));
	clearerr(stdout);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	return rc;
}

static void a_failed_write_is_exit_1_in_every_format(void **state)
{
	(void)state;
	assert_int_equal(to_full_stdout("text"), EXIT_PARTIAL);
	assert_int_equal(to_full_stdout("json"), EXIT_PARTIAL);
	assert_int_equal(to_full_stdout("csv"), EXIT_PARTIAL);
	assert_int_equal(to_full_stdout("ics"), EXIT_PARTIAL);
}

/* cJSON's allocator, failing from the allowance-th call on. */
static long allowance;
static void *failing_malloc(size_t n)
{
	return allowance-- > 0 ? malloc(n) : NULL;
}

/* Every allocation the JSON of a person makes, failed in turn: each is an error (exit 1)
 * and leaves no file, never a crash; with enough memory the output is whole. */
static void each_failed_json_allocation_is_an_error(void **state)
{
	cJSON_Hooks hooks = {failing_malloc, free};
	long n;
	int rc = -1;
	char *s = NULL;

	(void)state;
	cJSON_InitHooks(&hooks);
	for (n = 0; n < 1000 && rc != 0; n++) {
		allowance = n;
		rc = write_one("json", "A1", 0, &s);
		if (rc != 0) {
			assert_int_equal(rc, EXIT_PARTIAL);
			assert_null(s);
		}
	}
	cJSON_InitHooks(NULL);
	assert_int_equal(rc, 0);
	assert_true(n > 30); /* many allocations were failed in turn */
	assert_non_null(strstr(s, "\"repeat\":{\"article\":\"CAO 518 part 3\""));
	free(s);
}

static void penalty_words_are_one_sentence_for_every_output(void **state)
{
	struct kz_deadline d = notification();
	struct kz_penalty warn = {.article = "CAO 518 part 1", .host = KZ_HOST_INDIVIDUAL,
				  .has_host = true, .warning = true};
	struct kz_penalty overstay = {.article = "CAO 517 part 3", .warning = true};
	struct kz_penalty money = {.article = "CAO 517 part 4", .mci10 = 250, .kzt10 = 983000,
				   .alternative = "administrative expulsion"};
	char w[PENALTY_WORDS], c[64];

	(void)state;
	assert_string_equal(penalty_words(&d.fine, w),
			    "10 MCI = 39,320 KZT (CAO 518 part 1, small host)");
	assert_string_equal(penalty_words(&warn, w), "a warning (CAO 518 part 1, individual host)");
	assert_string_equal(penalty_words(&overstay, w),
			    "a warning (CAO 517 part 3, up to 3 days late; more days cost more)");
	assert_string_equal(penalty_words(&money, w),
			    "25 MCI = 98,300 KZT (CAO 517 part 4) or administrative expulsion");
	assert_string_equal(penalty_cost(&money, c), "25 MCI = 98,300 KZT");
	money.mci10 = 0;
	assert_string_equal(penalty_cost(&money, c), "administrative expulsion");
}

/* The library's label of a rule is the article its penalties name. */
static void a_fine_rule_carries_the_label_of_its_penalties(void **state)
{
	struct kz_fine_rule r[64];
	struct kz_penalty p;
	size_t n = kz_fine_rules(data.fines, D("2025-03-28"), r, 64);
	bool found = false;

	(void)state;
	assert_int_equal(kz_fine_late_notification(data.fines, D("2025-03-28"), KZ_HOST_SMALL,
						   false, &p, NULL), 0);
	for (size_t i = 0; i < n && i < 64; i++) {
		char want[32];

		snprintf(want, sizeof want, "CAO %s part %d", r[i].article, r[i].part);
		assert_string_equal(r[i].label, want);
		found |= strcmp(r[i].label, p.article) == 0;
	}
	assert_true(found);
}

static void alarm_lists_parse_the_same_for_every_command(void **state)
{
	struct ics_opts o;

	(void)state;
	assert_int_equal(opt_alarm("--alarm", "0000000000000007,1", &o), 0);
	assert_int_equal(o.nalarms, 2);
	assert_int_equal(o.alarms[0], 7);
	assert_int_equal(o.alarms[1], 1);
	assert_int_equal(opt_alarm("--alarm", "0,366", &o), 0);
	assert_int_equal(opt_alarm("--alarm", "367", &o), EXIT_USAGE);
	assert_int_equal(opt_alarm("--alarm", "7,,1", &o), EXIT_USAGE);
	assert_int_equal(opt_alarm("--alarm", "", &o), EXIT_USAGE);
	assert_int_equal(opt_alarm("--alarm", "1,2,3,4,5,6,7,8", &o), 0);
	assert_int_equal(opt_alarm("--alarm", "1,2,3,4,5,6,7,8,9", &o), EXIT_USAGE);
	assert_int_equal(opt_alarm("--alarm", "99999999999999999999999999", &o), EXIT_USAGE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(csv_is_the_header_then_one_row_per_deadline),
		cmocka_unit_test(json_of_due_is_one_pretty_object_and_of_a_roster_one_line),
		cmocka_unit_test(text_says_what_a_miss_costs_and_ends_with_the_disclaimer),
		cmocka_unit_test(ics_is_one_calendar_with_the_same_sentence),
		cmocka_unit_test(a_stop_leaves_no_file_in_any_format),
		cmocka_unit_test(bad_rows_still_give_the_file),
		cmocka_unit_test(a_failed_write_is_exit_1_in_every_format),
		cmocka_unit_test(each_failed_json_allocation_is_an_error),
		cmocka_unit_test(penalty_words_are_one_sentence_for_every_output),
		cmocka_unit_test(a_fine_rule_carries_the_label_of_its_penalties),
		cmocka_unit_test(alarm_lists_parse_the_same_for_every_command),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
