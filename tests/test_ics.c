/* test_ics.c — the iCalendar writer (src/cli/out_ics.c): RFC 5545 form, events, UIDs,
 * alarms; parsed back with libical and checked by tests/ics_check.py (independent).
 *
 * The deadlines here are built by hand: their dates are inputs, not computed from the
 * law, so each test checks only what the writer does with them. */
#include <libical/ical.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "out.h"
#include "kztest.h"

/* A person as in due.t's first case: a citizen of Uzbekistan who arrived Thu 20 Mar
 * 2025, seen on Fri 21 Mar 2025. */
static struct kz_person person(void)
{
	struct kz_person p = {.citizenship = "UZ", .arrival = D("2025-03-20"),
			      .birth = D("2001-05-04"), .visa_expiry = KZ_NO_DAY,
			      .passport_expiry = KZ_NO_DAY, .trp_expiry = KZ_NO_DAY, .today = D("2025-03-21"),
			      .host = KZ_HOST_SMALL};
	return p;
}

/* The arrival notification of the example: due Thu 27 Mar 2025, 10 MCI for a small host
 * (MCI 3,932 KZT in 2025: 39,320 KZT). */
static struct kz_deadline notification(void)
{
	struct kz_deadline d = {
		.kind = KZ_D_ARRIVAL_NOTIFICATION, .id = "arrival-notification",
			.event = D("2025-03-20"), .opens = KZ_NO_DAY,
		.due = D("2025-03-27"), .apply_by = KZ_NO_DAY, .days_left = 6,
		.status = KZ_STATUS_UPCOMING, .responsible = KZ_RESP_RECEIVING_PARTY,
		.basis = "Law on Population Migration, art. 6 p. 4: within 3 working days of arrival",
		.has_fine = true,
		.fine = {.article = "CAO 518 part 1", .on = D("2025-03-28"), .host = KZ_HOST_SMALL,
			 .has_host = true, .mci10 = 100, .mci_value = 3932, .kzt10 = 393200},
		.repeat = {.article = "CAO 518 part 3", .on = D("2025-03-28"),
			   .host = KZ_HOST_SMALL, .has_host = true, .mci10 = 400,
			   .mci_value = 3932, .kzt10 = 1572800}};
	return d;
}

/* A window: visa extension opening Fri 18 Jul 2025 and due Tue 12 Aug 2025 (inputs). */
static struct kz_deadline window(void)
{
	struct kz_deadline d = {.kind = KZ_D_VISA_EXTENSION, .id = "visa-extension",
		.event = D("2025-09-01"),
				.opens = D("2025-07-18"), .due = D("2025-08-12"),
				.apply_by = KZ_NO_DAY, .days_left = 144,
				.status = KZ_STATUS_UPCOMING, .responsible = KZ_RESP_RECEIVING_PARTY,
				.basis = "Rules of entry and stay, p. 36"};
	return d;
}

/* Alarms 7 days and 1 day before, seen on 2025-03-21. */
#define ALARMS_7_1 (&(struct ics_opts){{7, 1}, 2, D("2025-03-21")})

/* The calendar of one call to ics_add, as a NUL-terminated malloc'd string. */
static char *render(const char *id, const char *name, const struct kz_person *p,
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

/* The text parsed back by libical; the test fails if libical flags any error. */
static icalcomponent *parse(const char *s)
{
	icalcomponent *cal = icalparser_parse_string(s);

	assert_non_null(cal);
	assert_int_equal(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
	assert_int_equal(icalcomponent_count_errors(cal), 0);
	return cal;
}

static void done(icalcomponent *cal, char *s)
{
	icalcomponent_free(cal);
	free(s);
	icalmemory_free_ring();
}

/* The i-th VEVENT (0-based). */
static icalcomponent *event_at(icalcomponent *cal, int i)
{
	icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);

	while (ev && i-- > 0)
		ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT);
	assert_non_null(ev);
	return ev;
}

static void assert_ical_date(struct icaltimetype t, const char *want)
{
	char got[11];

	assert_true(t.is_date);
	snprintf(got, sizeof got, "%04d-%02d-%02d", t.year, t.month, t.day);
	assert_string_equal(got, want);
}

/* The value of the first line starting with `prefix` (up to CRLF), in buf. */
static const char *line_value(const char *s, const char *prefix, char *buf, size_t cap)
{
	size_t pl = strlen(prefix);

	for (const char *l = s; l && *l; l = strstr(l, "\r\n") ? strstr(l, "\r\n") + 2 : NULL) {
		if (strncmp(l, prefix, pl) == 0) {
			size_t n = strcspn(l + pl, "\r");

			assert_true(n < cap);
			memcpy(buf, l + pl, n);
			buf[n] = '\0';
			return buf;
		}
	}
	fail_msg("no line %s", prefix);
	return NULL;
}

/* Every line ends in CRLF, is at most 75 octets, and is whole UTF-8 on its own. */
static void assert_lines_fit(const char *s)
{
	const unsigned char *l = (const unsigned char *)s;
	int lines = 0;

	assert_true(strlen(s) > 2);
	while (*l) {
		const unsigned char *cr = (const unsigned char *)strstr((const char *)l, "\r\n");
		size_t n;

		if (cr == NULL)
			fail_msg("line %d does not end in CRLF", lines + 1);
		n = (size_t)(cr - l);
		if (memchr(l, '\n', n) || memchr(l, '\r', n))
			fail_msg("line %d has a bare CR or LF", lines + 1);
		if (n > 75)
			fail_msg("line %d is %zu octets", lines + 1, n);
		/* no fold between a UTF-8 lead byte and its continuation bytes */
		if (n > 1 && l[0] == ' ' && (l[1] & 0xc0) == 0x80)
			fail_msg("line %d starts inside a UTF-8 character", lines + 1);
		for (size_t k = n < 4 ? n : 4, i = 1; i <= k; i++) {
			unsigned c = l[n - i];
			size_t need = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3
				      : (c & 0xf8) == 0xf0 ? 4 : 0;

			if (need && need > i)
				fail_msg("line %d ends inside a UTF-8 character", lines + 1);
			if ((c & 0xc0) != 0x80)
				break;
		}
		lines++;
		l = cr + 2;
	}
}

/* The file with every DTSTAMP line removed. */
static char *without_dtstamp(const char *s)
{
	char *out = malloc(strlen(s) + 1), *o = out;

	assert_non_null(out);
	while (*s) {
		const char *end = strstr(s, "\r\n");
		size_t n = end ? (size_t)(end - s) + 2 : strlen(s);

		if (strncmp(s, "DTSTAMP:", 8) != 0 && strncmp(s, "LAST-MODIFIED:", 14) != 0) {
			memcpy(o, s, n);
			o += n;
		}
		s += n;
	}
	*o = '\0';
	return out;
}

/* 64-bit FNV-1a, written again here from the published definition. */
static uint64_t fnv1a64(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

static char *uid_of_first(const char *id, const char *name, const struct kz_person *p,
			  const struct kz_deadline *d, char uid[64])
{
	char *s = render(id, name, p, d, 1, ALARMS_7_1);

	line_value(s, "UID:", uid, 64);
	free(s);
	return uid;
}

/* ---- the calendar ---------------------------------------------------------- */

static void calendar_has_the_header_importers_need(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);

	(void)state;
	assert_true(strncmp(s, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 30) == 0);
	assert_non_null(strstr(s, "\r\nPRODID:-//kzmig//kzmig " KZMIG_VERSION "//EN\r\n"));
	assert_non_null(strstr(s, "\r\nCALSCALE:GREGORIAN\r\n"));
	/* No METHOD: PUBLISH would ask for an ORGANIZER (RFC 5546) that a file of one's
	 * own deadlines has not. */
	assert_null(strstr(s, "METHOD"));
	assert_string_equal(s + strlen(s) - 15, "END:VCALENDAR\r\n");
	free(s);
}

static void every_line_ends_in_crlf_and_is_at_most_75_octets(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d[2] = {notification(), window()};
	char *s = render("S-001", "Ali Valiyev", &p, d, 2, ALARMS_7_1);

	(void)state;
	assert_non_null(strstr(s, "\r\n ")); /* the description is long: something folded */
	assert_lines_fit(s);
	free(s);
}

static void a_deadline_is_an_all_day_event_ending_the_next_day(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	icalcomponent *cal = parse(s), *ev;

	(void)state;
	assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 1);
	ev = event_at(cal, 0);
	assert_non_null(strstr(s, "\r\nDTSTART;VALUE=DATE:20250327\r\n"));
	assert_ical_date(icalcomponent_get_dtstart(ev), "2025-03-27");
	/* DTEND is exclusive: 27 Mar + 1 = 28 Mar */
	assert_ical_date(icalcomponent_get_dtend(ev), "2025-03-28");
	assert_string_equal(icalcomponent_get_summary(ev),
			    "Notify the migration service of the arrival");
	done(cal, s);
}

static void a_window_is_one_event_from_opens_through_due(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = window();
	char *s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	icalcomponent *cal = parse(s), *ev;

	(void)state;
	assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 1);
	ev = event_at(cal, 0);
	assert_ical_date(icalcomponent_get_dtstart(ev), "2025-07-18");
	assert_ical_date(icalcomponent_get_dtend(ev), "2025-08-13"); /* due 12 Aug + 1 */
	done(cal, s);
}

static void deadlines_without_a_due_date_or_not_required_are_skipped(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d[3] = {notification(), window(), notification()};
	char *s;
	icalcomponent *cal;

	(void)state;
	d[0].due = KZ_NO_DAY;
	d[2].kind = KZ_D_TRP;
	d[2].id = "trp";
	d[2].status = KZ_STATUS_NOT_REQUIRED;
	snprintf(d[2].reason, sizeof d[2].reason, "under 16 years of age");
	s = render("S-001", NULL, &p, d, 3, ALARMS_7_1);
	cal = parse(s);
	assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 1);
	assert_string_equal(icalcomponent_get_summary(event_at(cal, 0)),
			    "Apply to extend the visa");
	done(cal, s);
}

static void overdue_and_problem_deadlines_are_still_written(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d[2] = {notification(), window()};
	char *s;
	icalcomponent *cal;

	(void)state;
	d[0].status = KZ_STATUS_OVERDUE;
	d[1].status = KZ_STATUS_PROBLEM;
	snprintf(d[1].reason, sizeof d[1].reason, "passport expires too soon");
	s = render("S-001", NULL, &p, d, 2, ALARMS_7_1);
	cal = parse(s);
	assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 2);
	assert_non_null(strstr(icalcomponent_get_description(event_at(cal, 1)),
			       "Problem: passport expires too soon"));
	done(cal, s);
}

static void summary_is_the_title_then_a_dash_and_the_name(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s = render("S-001", "Ali Valiyev", &p, &d, 1, ALARMS_7_1);
	icalcomponent *cal = parse(s);

	(void)state;
	assert_string_equal(icalcomponent_get_summary(event_at(cal, 0)),
			    "Notify the migration service of the arrival \xe2\x80\x94 Ali Valiyev");
	done(cal, s);
}

static void a_notification_after_a_move_has_its_own_title(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s;
	icalcomponent *cal;

	(void)state;
	d.event = D("2025-04-07");
	d.move = true;
	s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	cal = parse(s);
	assert_string_equal(icalcomponent_get_summary(event_at(cal, 0)),
			    "Notify the migration service of the new address");
	done(cal, s);
}

/* A provisional date says why: the law of its day (unsettled), else the calendar. */
static void a_provisional_date_says_why(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s;
	icalcomponent *cal;

	(void)state;
	d.provisional = true;
	d.unsettled = "the law's day of coming into force is not known";
	s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	cal = parse(s);
	assert_non_null(strstr(icalcomponent_get_description(event_at(cal, 0)),
			       "Due: Thu 27 Mar 2025 (provisional: the law's day of coming into "
			       "force is not known)\n"));
	done(cal, s);
	d.unsettled = NULL;
	s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	cal = parse(s);
	assert_non_null(strstr(icalcomponent_get_description(event_at(cal, 0)),
			       "(provisional: no decree on days off for that year yet)"));
	done(cal, s);
}

static void description_gives_basis_where_status_and_fine(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s = render("S-001", "Ali Valiyev", &p, &d, 1, ALARMS_7_1);
	icalcomponent *cal = parse(s);
	const char *desc = icalcomponent_get_description(event_at(cal, 0));

	(void)state;
	assert_non_null(desc);
	assert_non_null(strstr(desc, "For: Ali Valiyev (S-001)\n"));
	assert_non_null(strstr(desc, "Due: Thu 27 Mar 2025\n"));
	/* Nothing that goes stale once imported: no "upcoming" that later is overdue. */
	assert_null(strstr(desc, "Status"));
	assert_null(strstr(desc, "upcoming"));
	assert_non_null(strstr(desc, "Where: the host files on vmp.gov.kz (organisations)"));
	assert_non_null(strstr(desc, "Basis: Law on Population Migration, art. 6 p. 4: "
				     "within 3 working days of arrival\n"));
	assert_non_null(strstr(desc, "If missed: 10 MCI = 39,320 KZT (CAO 518 part 1, small "
				     "host)\n"));
	assert_non_null(strstr(desc, "Again within a year: 40 MCI = 157,280 KZT (CAO 518 part 3"));
	/* the commas are escaped in the file, as TEXT requires */
	assert_non_null(strstr(s, "39\\,320 KZT"));
	done(cal, s);
}

static void a_warning_is_described_as_a_warning_not_money(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s;
	icalcomponent *cal;
	const char *desc;

	(void)state;
	d.fine.host = KZ_HOST_INDIVIDUAL;
	d.fine.warning = true;
	d.fine.mci10 = 0;
	d.fine.kzt10 = 0;
	d.repeat.article = NULL;
	s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	cal = parse(s);
	desc = icalcomponent_get_description(event_at(cal, 0));
	assert_non_null(strstr(desc, "If missed: a warning (CAO 518 part 1, individual host)"));
	assert_null(strstr(desc, "MCI ="));
	assert_null(strstr(desc, "Again within a year"));
	done(cal, s);
}

static void an_overstay_fine_names_its_alternative_and_no_host(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s;
	icalcomponent *cal;

	(void)state;
	d.kind = KZ_D_STAY_LIMIT;
	d.id = "stay-limit";
	d.fine = (struct kz_penalty){.article = "CAO 517 part 3", .on = D("2025-04-19"),
				     .mci10 = 250, .mci_value = 3932, .kzt10 = 983000,
				     .alternative = "administrative expulsion"};
	d.repeat.article = NULL;
	s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	cal = parse(s);
	assert_non_null(strstr(icalcomponent_get_description(event_at(cal, 0)),
			       "If missed: 25 MCI = 98,300 KZT (CAO 517 part 3) or "
			       "administrative expulsion\n"));
	done(cal, s);
}

static void an_institution_deadline_is_named_by_its_basis(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s;
	icalcomponent *cal;

	(void)state;
	d.kind = KZ_D_POLICY;
	d.id = "policy-passport-to-office";
	d.basis = "University policy: passport to the international office";
	d.has_fine = false;
	s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	cal = parse(s);
	assert_string_equal(icalcomponent_get_summary(event_at(cal, 0)),
			    "University policy: passport to the international office");
	assert_null(strstr(icalcomponent_get_description(event_at(cal, 0)), "If missed"));
	done(cal, s);
}

static void a_window_description_names_the_opening_day(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = window();
	char *s = render("", NULL, &p, &d, 1, ALARMS_7_1);
	icalcomponent *cal = parse(s);
	const char *desc = icalcomponent_get_description(event_at(cal, 0));

	(void)state;
	assert_non_null(strstr(desc, "Window opens: Fri 18 Jul 2025\nDue: Tue 12 Aug 2025\n"));
	assert_null(strstr(desc, "For:")); /* `due`: no id, no name */
	done(cal, s);
}

/* ---- UIDs and DTSTAMP -------------------------------------------------------- */

static void the_same_input_twice_differs_only_in_dtstamp(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d[2] = {notification(), window()};
	char *a = render("S-001", "Ali Valiyev", &p, d, 2, ALARMS_7_1);
	char *b, *a2, *b2, u1[64], u2[64];

	(void)state;
	sleep(1); /* a new second: DTSTAMP moves on, nothing else may */
	b = render("S-001", "Ali Valiyev", &p, d, 2, ALARMS_7_1);
	assert_string_not_equal(line_value(a, "DTSTAMP:", u1, sizeof u1),
				line_value(b, "DTSTAMP:", u2, sizeof u2));
	a2 = without_dtstamp(a);
	b2 = without_dtstamp(b);
	assert_string_equal(a2, b2);
	assert_non_null(strstr(a, "\r\nUID:kzmig-"));
	free(a), free(b), free(a2), free(b2);
}

static void dtstamp_is_now_in_utc(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	time_t before = time(NULL);
	char *s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	time_t after = time(NULL);
	icalcomponent *cal = parse(s);
	struct icaltimetype t = icalcomponent_get_dtstamp(event_at(cal, 0));
	char v[32];

	(void)state;
	assert_true(icaltime_is_utc(t));
	assert_false(t.is_date);
	line_value(s, "DTSTAMP:", v, sizeof v);
	assert_int_equal(strlen(v), 16); /* YYYYMMDDTHHMMSSZ */
	assert_int_equal(v[15], 'Z');
	assert_in_range(icaltime_as_timet(t), before, after);
	done(cal, s);
}

static void uid_is_the_documented_fnv1a_hash_of_person_deadline_and_move(void **state)
{
	/* the test's own FNV-1a against the published test vectors first */
	static const char key[] = "id:S-001\x1f" "arrival-notification\x1f" "move:0";
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char uid[64], want[64];

	(void)state;
	assert_true(fnv1a64("", 0) == 0xcbf29ce484222325u);
	assert_true(fnv1a64("a", 1) == 0xaf63dc4c8601ec8cu);
	assert_true(fnv1a64("foobar", 6) == 0x85944171f73967e8u);
	snprintf(want, sizeof want, "kzmig-%016llx@kzmig",
		 (unsigned long long)fnv1a64(key, sizeof key - 1));
	assert_string_equal(uid_of_first("S-001", "Ali", &p, &d, uid), want);
}

static void uid_for_due_comes_from_citizenship_and_birth(void **state)
{
	static const char key[] = "due:UZ:2001-05-04\x1f" "arrival-notification\x1f" "move:0";
	struct kz_person p = person(), q = person();
	struct kz_deadline d = notification();
	char u1[64], u2[64], want[64];

	(void)state;
	snprintf(want, sizeof want, "kzmig-%016llx@kzmig",
		 (unsigned long long)fnv1a64(key, sizeof key - 1));
	assert_string_equal(uid_of_first("", NULL, &p, &d, u1), want);
	assert_string_equal(uid_of_first(NULL, NULL, &p, &d, u2), want);
	q.birth = KZ_NO_DAY; /* another person with the same arrival */
	assert_string_not_equal(uid_of_first("", NULL, &q, &d, u2), want);
	q = person();
	q.arrival = D("2025-03-19"); /* the arrival typed again, corrected: the same event */
	assert_string_equal(uid_of_first("", NULL, &q, &d, u2), want);
	q = person();
	q.today = D("2025-03-25"); /* a later run for the same person: same UID */
	assert_string_equal(uid_of_first("", NULL, &q, &d, u2), want);
}

static void uid_ignores_name_and_dates_but_not_person_deadline_or_move(void **state)
{
	struct kz_person p = person();
	kz_day moves[] = {D("2025-04-07")};
	struct kz_deadline d = notification(), e;
	char base[64], u[64];

	(void)state;
	uid_of_first("S-001", "Ali Valiyev", &p, &d, base);
	/* a renamed person and a due date moved by new calendar data: the same event */
	e = d;
	e.due = D("2025-03-28");
	assert_string_equal(uid_of_first("S-001", "Ali Valiev", &p, &e, u), base);
	/* another person */
	assert_string_not_equal(uid_of_first("S-002", "Ali Valiyev", &p, &d, u), base);
	/* another deadline */
	e = d;
	e.kind = KZ_D_SELF_REGISTRATION;
	e.id = "self-registration";
	assert_string_not_equal(uid_of_first("S-001", "Ali Valiyev", &p, &e, u), base);
	/* an arrival date corrected: the same event, moved */
	e = d;
	e.event = D("2025-03-19");
	assert_string_equal(uid_of_first("S-001", "Ali Valiyev", &p, &e, u), base);
	/* the notice after the person's first move: another event */
	p.moves = moves;
	p.nmoves = 1;
	e = d;
	e.event = D("2025-04-07");
	e.move = true;
	assert_string_not_equal(uid_of_first("S-001", "Ali Valiyev", &p, &e, u), base);
}

static void several_people_in_one_calendar_have_distinct_uids(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d[2] = {notification(), window()};
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct ics_cal *c = ics_begin();
	icalcomponent *cal;
	const char *uids[4];

	(void)state;
	assert_int_equal(ics_add(c, "S-001", "Ali", &p, d, 2, ALARMS_7_1), 0);
	assert_int_equal(ics_add(c, "S-002", "Bea", &p, d, 2, ALARMS_7_1), 0);
	assert_int_equal(ics_end(c, f), 0);
	fclose(f);
	cal = parse(buf);
	assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 4);
	for (int i = 0; i < 4; i++) {
		uids[i] = icalcomponent_get_uid(event_at(cal, i));
		for (int j = 0; j < i; j++)
			assert_string_not_equal(uids[i], uids[j]);
	}
	done(cal, buf);
}

static void the_same_deadline_added_twice_is_written_once(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d[2] = {notification(), notification()};
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct ics_cal *c = ics_begin();
	icalcomponent *cal;

	(void)state;
	d[1].due = D("2025-03-28"); /* same person, id and event: the same UID */
	assert_int_equal(ics_add(c, "S-001", "Ali", &p, d, 2, ALARMS_7_1), 0);
	assert_int_equal(ics_add(c, "S-001", "Ali", &p, d, 1, ALARMS_7_1), 0);
	assert_int_equal(ics_add(c, "S-002", "Bea", &p, d, 1, ALARMS_7_1), 0);
	assert_int_equal(ics_end(c, f), 0);
	fclose(f);
	cal = parse(buf);
	assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 2);
	assert_ical_date(icalcomponent_get_dtstart(event_at(cal, 0)), "2025-03-27"); /* first */
	done(cal, buf);
}

/* ---- alarms ------------------------------------------------------------------- */

/* The i-th VALARM's trigger in days from DTSTART (negative: before). */
static int trigger_days(icalcomponent *ev, int i)
{
	icalcomponent *a = icalcomponent_get_first_component(ev, ICAL_VALARM_COMPONENT);
	icalproperty *t;
	struct icaltriggertype tr;

	while (a && i-- > 0)
		a = icalcomponent_get_next_component(ev, ICAL_VALARM_COMPONENT);
	assert_non_null(a);
	assert_non_null(icalcomponent_get_first_property(a, ICAL_ACTION_PROPERTY));
	assert_int_equal(icalproperty_get_action(
				 icalcomponent_get_first_property(a, ICAL_ACTION_PROPERTY)),
			 ICAL_ACTION_DISPLAY);
	assert_non_null(icalcomponent_get_first_property(a, ICAL_DESCRIPTION_PROPERTY));
	t = icalcomponent_get_first_property(a, ICAL_TRIGGER_PROPERTY);
	assert_non_null(t);
	tr = icalproperty_get_trigger(t);
	return icaldurationtype_as_int(tr.duration) / 86400;
}

static void each_alarm_is_a_display_alarm_days_before_the_due_date(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s = render("S-001", NULL, &p, &d, 1, ALARMS_7_1);
	icalcomponent *cal = parse(s), *ev = event_at(cal, 0);

	(void)state;
	assert_int_equal(icalcomponent_count_components(ev, ICAL_VALARM_COMPONENT), 2);
	assert_int_equal(trigger_days(ev, 0), -7); /* 27 Mar - 7 = Thu 20 Mar */
	assert_int_equal(trigger_days(ev, 1), -1);
	assert_non_null(strstr(s, "\r\nTRIGGER;RELATED=START:-P7D\r\n"));
	done(cal, s);
}

static void window_alarms_count_back_from_the_due_date_not_the_opening(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = window();
	struct ics_opts o = {{40, 7, 1}, 3, D("2025-03-21")};
	char *s = render("S-001", NULL, &p, &d, 1, &o);
	icalcomponent *cal = parse(s), *ev = event_at(cal, 0);

	(void)state;
	/* DTSTART 18 Jul, due 12 Aug: 25 days apart (13 left in July + 12) */
	assert_int_equal(icalcomponent_count_components(ev, ICAL_VALARM_COMPONENT), 3);
	assert_int_equal(trigger_days(ev, 0), -15); /* 40 days before 12 Aug = 3 Jul */
	assert_int_equal(trigger_days(ev, 1), 18);  /* 5 Aug = 18 Jul + 18 */
	assert_int_equal(trigger_days(ev, 2), 24);  /* 11 Aug */
	done(cal, s);
}

static void no_alarms_when_none_are_asked_and_7_and_1_by_default(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	struct ics_opts none = {{0}, 0, D("2025-03-21")};
	char *s = render("S-001", NULL, &p, &d, 1, &none);
	icalcomponent *cal = parse(s);

	(void)state;
	assert_int_equal(icalcomponent_count_components(event_at(cal, 0), ICAL_VALARM_COMPONENT), 0);
	done(cal, s);
	s = render("S-001", NULL, &p, &d, 1, NULL);
	cal = parse(s);
	assert_int_equal(icalcomponent_count_components(event_at(cal, 0), ICAL_VALARM_COMPONENT), 2);
	assert_int_equal(trigger_days(event_at(cal, 0), 0), -7);
	assert_int_equal(trigger_days(event_at(cal, 0), 1), -1);
	done(cal, s);
}

/* ---- text that could break the file ------------------------------------------- */

static void a_long_utf8_name_folds_without_splitting_a_character(void **state)
{
	/* no spaces to fold at: Cyrillic (2 octets), Kazakh letters, CJK (3) and emoji (4) */
	static const char name[] =
		"\xd0\x90\xd0\xb9\xd0\xb3\xd0\xb5\xd1\x80\xd1\x96\xd0\xbc" /* Айгерім */
		"\xd2\x9a\xd0\xb0\xd0\xb9\xd1\x80\xd0\xb0\xd1\x82\xd2\x9b\xd1\x8b\xd0\xb7\xd1\x8b"
		"\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e"
		"\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80\xf0\x9f\x98\x80"
		"\xd0\x90\xd0\xb9\xd0\xb3\xd0\xb5\xd1\x80\xd1\x96\xd0\xbc\xd0\x90\xd0\xb9\xd0\xb3"
		"\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e\xf0\x9f\x98\x80\xd0\xb5\xd1\x80\xd1\x96";
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s = render("S-001", name, &p, &d, 1, ALARMS_7_1);
	icalcomponent *cal = parse(s);
	char want[512];

	(void)state;
	assert_lines_fit(s);
	/* unfolded, the name comes back byte for byte */
	snprintf(want, sizeof want, "Notify the migration service of the arrival \xe2\x80\x94 %s",
		 name);
	assert_string_equal(icalcomponent_get_summary(event_at(cal, 0)), want);
	done(cal, s);
}

static void control_characters_and_bad_utf8_in_a_name_are_replaced(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	char *s = render("S-001", "Ali\tVali\x01yev\xff\xc3", &p, &d, 1, ALARMS_7_1);
	icalcomponent *cal = parse(s);

	(void)state;
	assert_string_equal(icalcomponent_get_summary(event_at(cal, 0)),
			    "Notify the migration service of the arrival \xe2\x80\x94 Ali Vali yev??");
	done(cal, s);
}

static void a_failed_write_is_reported(void **state)
{
	struct kz_person p = person();
	struct kz_deadline d = notification();
	FILE *full = fopen("/dev/full", "w");
	struct ics_cal *c = ics_begin();

	(void)state;
	if (full == NULL)
		skip();
	assert_int_equal(ics_add(c, "S-001", NULL, &p, &d, 1, ALARMS_7_1), 0);
	assert_int_equal(ics_end(c, full), -1);
	fclose(full);
}

/* ---- days of the working-day calendar (kzmig calendar --format ics) ------------- */

/* A calendar built with ics_add_day, as a NUL-terminated malloc'd string.  The days are
 * inputs: what the writer does with them is tested, not the calendar's rules. */
static char *render_days(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct ics_cal *c = ics_begin();

	assert_non_null(f);
	assert_non_null(c);
	assert_int_equal(ics_add_day(c, D("2025-03-21"), "holiday", "Nauryz meiramy",
				     "Public holiday in Kazakhstan.\nSource: Law 'On holidays', "
				     "art. 1; \"quoted\""), 0);
	assert_int_equal(ics_add_day(c, D("2025-03-24"), "day-off",
				     "Day off (moved): Nauryz meiramy", NULL), 0);
	assert_int_equal(ics_add_day(c, D("2025-01-05"), "working-day",
				     "Working day (transferred)", "A working day by decree."), 0);
	assert_int_equal(ics_end(c, f), 0);
	fclose(f);
	return buf;
}

static void a_calendar_day_is_one_all_day_event_with_no_alarm(void **state)
{
	char *s = render_days();
	icalcomponent *cal = parse(s), *ev;

	(void)state;
	assert_lines_fit(s);
	assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 3);
	ev = event_at(cal, 0);
	assert_ical_date(icalcomponent_get_dtstart(ev), "2025-03-21");
	assert_ical_date(icalcomponent_get_dtend(ev), "2025-03-22"); /* exclusive: the next day */
	assert_string_equal(icalcomponent_get_summary(ev), "Nauryz meiramy");
	assert_int_equal(icalcomponent_count_components(ev, ICAL_VALARM_COMPONENT), 0);
	assert_null(strstr(s, "BEGIN:VALARM"));
	assert_non_null(strstr(s, "\r\nTRANSP:TRANSPARENT\r\n"));
	assert_ical_date(icalcomponent_get_dtstart(event_at(cal, 2)), "2025-01-05");
	assert_string_equal(icalcomponent_get_summary(event_at(cal, 2)),
			    "Working day (transferred)");
	done(cal, s);
}

static void a_calendar_day_description_keeps_its_lines_and_escapes_the_rest(void **state)
{
	char *s = render_days();
	icalcomponent *cal = parse(s);

	(void)state;
	assert_string_equal(icalcomponent_get_description(event_at(cal, 0)),
			    "Public holiday in Kazakhstan.\nSource: Law 'On holidays', art. 1; "
			    "\"quoted\"");
	/* in the file, unfolded: the newline as \n, the comma and semicolon escaped (RFC 5545
	 * §3.3.11) */
	for (char *r = s, *w = s;; r++) {
		if (strncmp(r, "\r\n ", 3) == 0)
			r += 3;
		if ((*w++ = *r) == '\0')
			break;
	}
	assert_non_null(strstr(s, "DESCRIPTION:Public holiday in Kazakhstan.\\nSource: Law "
				  "'On holidays'\\, art. 1\\; \"quoted\"\r\n"));
	/* no description given: none written */
	assert_null(icalcomponent_get_first_property(event_at(cal, 1), ICAL_DESCRIPTION_PROPERTY));
	done(cal, s);
}

static void calendar_day_uid_is_the_fnv1a_hash_of_date_and_kind(void **state)
{
	static const char key[] = "calendar:2025-03-21\x1fholiday";
	char *s = render_days(), want[64], got[64];

	(void)state;
	snprintf(want, sizeof want, "kzmig-%016llx@kzmig",
		 (unsigned long long)fnv1a64(key, sizeof key - 1));
	assert_string_equal(line_value(s, "UID:", got, sizeof got), want);
	free(s);
}

static void two_holidays_on_one_day_are_two_events_and_a_repeat_is_one(void **state)
{
	static const char key[] = "calendar:2025-05-09\x1fholiday";
	char *buf = NULL, want[64];
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct ics_cal *c = ics_begin();
	icalcomponent *cal;
	const char *u[3];

	(void)state;
	/* Kurban Ait moves through the year and may meet a fixed holiday */
	assert_int_equal(ics_add_day(c, D("2025-05-09"), "holiday", "Victory Day", NULL), 0);
	assert_int_equal(ics_add_day(c, D("2025-05-09"), "holiday", "Kurban Ait", NULL), 0);
	assert_int_equal(ics_add_day(c, D("2025-05-09"), "holiday", "Kurban Ait", NULL), 0);
	assert_int_equal(ics_add_day(c, D("2025-05-09"), "day-off", "Kurban Ait", NULL), 0);
	assert_int_equal(ics_end(c, f), 0);
	fclose(f);
	cal = parse(buf);
	assert_int_equal(icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT), 3);
	for (int i = 0; i < 3; i++) {
		u[i] = icalcomponent_get_uid(event_at(cal, i));
		for (int j = 0; j < i; j++)
			assert_string_not_equal(u[i], u[j]);
	}
	assert_string_equal(icalcomponent_get_summary(event_at(cal, 1)), "Kurban Ait");
	/* the first of the day keeps the plain date-and-kind UID: it does not hang on a name */
	snprintf(want, sizeof want, "kzmig-%016llx@kzmig",
		 (unsigned long long)fnv1a64(key, sizeof key - 1));
	assert_string_equal(u[0], want);
	done(cal, buf);
}

static void a_calendar_day_cannot_be_added_to_no_calendar(void **state)
{
	(void)state;
	assert_int_equal(ics_add_day(NULL, D("2025-03-21"), "holiday", "Nauryz meiramy", NULL),
			 EXIT_PARTIAL);
}

/* ---- the independent check (tests/ics_check.py, Python's standard library) ---- */

/* The path of ics_check.py next to this file, as the Makefile compiles it. */
static const char *checker(void)
{
	static char path[256];
	const char *slash = strrchr(__FILE__, '/');
	int dir = slash ? (int)(slash - __FILE__ + 1) : 0;

	snprintf(path, sizeof path, "%.*sics_check.py", dir, __FILE__);
	return path;
}

/* Runs the checker on s; returns its exit status and its first output line in out. */
static int run_checker(const char *s, size_t len, char *out, size_t cap)
{
	char file[] = "/tmp/kzmig-ics-XXXXXX", cmd[512];
	int fd = mkstemp(file), rc;
	FILE *pipe;

	assert_true(fd >= 0);
	assert_int_equal(write(fd, s, len), (ssize_t)len);
	close(fd);
	snprintf(cmd, sizeof cmd, "python3 %s %s 2>&1", checker(), file);
	pipe = popen(cmd, "r");
	assert_non_null(pipe);
	out[0] = '\0';
	if (fgets(out, (int)cap, pipe) == NULL)
		out[0] = '\0';
	while (fgetc(pipe) != EOF)
		;
	rc = pclose(pipe);
	unlink(file);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static int python_missing(void)
{
	return system("command -v python3 >/dev/null 2>&1") != 0;
}

static void independent_checker_accepts_the_output(void **state)
{
	static const kz_day move_day[] = {20185}; /* 2025-04-07 */
	struct kz_person p = person();
	struct kz_deadline d[3] = {notification(), window(), notification()};
	char *buf = NULL, out[512];
	size_t len = 0;
	FILE *f;
	struct ics_cal *c;

	(void)state;
	if (python_missing())
		skip();
	d[2].event = D("2025-04-07"); /* a second notification, after a move */
	d[2].due = D("2025-04-10");
	d[2].move = true;
	p.moves = move_day;
	p.nmoves = 1;
	f = open_memstream(&buf, &len);
	c = ics_begin();
	assert_int_equal(ics_add(c, "S-001", "Айгерім Қайратқызы, \"A;B\"", &p, d, 3, ALARMS_7_1),
			 0);
	assert_int_equal(ics_add(c, "", NULL, &p, d, 2, NULL), 0);
	assert_int_equal(ics_end(c, f), 0);
	fclose(f);
	if (run_checker(buf, len, out, sizeof out) != 0)
		fail_msg("ics_check.py: %s", out);
	assert_non_null(strstr(out, ": ok: 5 events, 10 alarms"));
	free(buf);
	icalmemory_free_ring();
}

static void independent_checker_accepts_a_calendar_of_days(void **state)
{
	char *s, out[512];

	(void)state;
	if (python_missing())
		skip();
	s = render_days();
	if (run_checker(s, strlen(s), out, sizeof out) != 0)
		fail_msg("ics_check.py: %s", out);
	assert_non_null(strstr(out, ": ok: 3 events, 0 alarms"));
	free(s);
	icalmemory_free_ring();
}

static void independent_checker_rejects_broken_calendars(void **state)
{
	/* each breaks one rule the checker exists for; the good one must pass */
#define HEAD "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\n"
#define EV "UID:1@t\r\nDTSTAMP:20250321T000000Z\r\nDTSTART;VALUE=DATE:20250327\r\n"
#define TAIL "END:VEVENT\r\nEND:VCALENDAR\r\n"
	static const char *const bad[] = {
		HEAD EV "SUMMARY:" "0123456789012345678901234567890123456789012345678901234567890123456789"
			"\r\n" TAIL, /* 78 octets */
		HEAD EV "SUMMARY:x\n" TAIL,                                  /* bare LF */
		HEAD EV "SUMMARY:\xd0\r\n \x90\r\n" TAIL,                    /* split UTF-8 */
		HEAD "DTSTAMP:20250321T000000Z\r\nDTSTART;VALUE=DATE:20250327\r\n" TAIL, /* no UID */
		HEAD EV "DTEND;VALUE=DATE:20250327\r\n" TAIL,              /* DTEND = DTSTART */
		HEAD EV "SUMMARY:a,b\r\n" TAIL,                              /* unescaped comma */
		HEAD EV "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\nEND:VALARM\r\n" TAIL,
		HEAD EV "END:VCALENDAR\r\n",                                 /* VEVENT not ended */
	};
	static const char good[] = HEAD EV "DTEND;VALUE=DATE:20250328\r\nSUMMARY:a\\,b\r\n"
		"BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER:-P7D\r\nEND:VALARM\r\n"
		TAIL;
	char out[512];

	(void)state;
	if (python_missing())
		skip();
	if (run_checker(good, sizeof good - 1, out, sizeof out) != 0)
		fail_msg("rejected the good calendar: %s", out);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (run_checker(bad[i], strlen(bad[i]), out, sizeof out) != 1)
			fail_msg("accepted broken calendar %zu", i);
#undef HEAD
#undef EV
#undef TAIL
}

static int teardown(void **state)
{
	(void)state;
	icalmemory_free_ring();
	icaltimezone_free_builtin_timezones();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(calendar_has_the_header_importers_need),
		cmocka_unit_test(every_line_ends_in_crlf_and_is_at_most_75_octets),
		cmocka_unit_test(a_deadline_is_an_all_day_event_ending_the_next_day),
		cmocka_unit_test(a_window_is_one_event_from_opens_through_due),
		cmocka_unit_test(deadlines_without_a_due_date_or_not_required_are_skipped),
		cmocka_unit_test(overdue_and_problem_deadlines_are_still_written),
		cmocka_unit_test(summary_is_the_title_then_a_dash_and_the_name),
		cmocka_unit_test(a_notification_after_a_move_has_its_own_title),
		cmocka_unit_test(description_gives_basis_where_status_and_fine),
		cmocka_unit_test(a_provisional_date_says_why),
		cmocka_unit_test(a_warning_is_described_as_a_warning_not_money),
		cmocka_unit_test(an_overstay_fine_names_its_alternative_and_no_host),
		cmocka_unit_test(an_institution_deadline_is_named_by_its_basis),
		cmocka_unit_test(a_window_description_names_the_opening_day),
		cmocka_unit_test(the_same_input_twice_differs_only_in_dtstamp),
		cmocka_unit_test(dtstamp_is_now_in_utc),
		cmocka_unit_test(uid_is_the_documented_fnv1a_hash_of_person_deadline_and_move),
		cmocka_unit_test(uid_for_due_comes_from_citizenship_and_birth),
		cmocka_unit_test(uid_ignores_name_and_dates_but_not_person_deadline_or_move),
		cmocka_unit_test(several_people_in_one_calendar_have_distinct_uids),
		cmocka_unit_test(the_same_deadline_added_twice_is_written_once),
		cmocka_unit_test(each_alarm_is_a_display_alarm_days_before_the_due_date),
		cmocka_unit_test(window_alarms_count_back_from_the_due_date_not_the_opening),
		cmocka_unit_test(no_alarms_when_none_are_asked_and_7_and_1_by_default),
		cmocka_unit_test(a_long_utf8_name_folds_without_splitting_a_character),
		cmocka_unit_test(control_characters_and_bad_utf8_in_a_name_are_replaced),
		cmocka_unit_test(a_failed_write_is_reported),
		cmocka_unit_test(a_calendar_day_is_one_all_day_event_with_no_alarm),
		cmocka_unit_test(a_calendar_day_description_keeps_its_lines_and_escapes_the_rest),
		cmocka_unit_test(calendar_day_uid_is_the_fnv1a_hash_of_date_and_kind),
		cmocka_unit_test(two_holidays_on_one_day_are_two_events_and_a_repeat_is_one),
		cmocka_unit_test(a_calendar_day_cannot_be_added_to_no_calendar),
		cmocka_unit_test(independent_checker_accepts_the_output),
		cmocka_unit_test(independent_checker_accepts_a_calendar_of_days),
		cmocka_unit_test(independent_checker_rejects_broken_calendars),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
