/* out_ics.c — iCalendar (RFC 5545) output for due, batch and remind: the one file that
 * uses libical, so the library could later be loaded lazily.
 *
 * What a calendar application sees (tested in tests/test_ics.c and tests/ics_check.py);
 * which events, their UIDs, texts and alarms are decided in ics_events.c, shared with the
 * page for students (web/ics_text.c writes the same events without libical):
 * - one VCALENDAR (VERSION:2.0, PRODID, CALSCALE:GREGORIAN; no METHOD, which would ask
 *   for an ORGANIZER), CRLF line
 *   ends, lines folded at 75 octets by libical without splitting a UTF-8 sequence;
 * - one all-day VEVENT per deadline with a due date that is not "not-required":
 *   DTSTART;VALUE=DATE is the due date, or for a window (opens..due) the day it opens,
 *   and DTEND is the day after the due date (DTEND is exclusive, RFC 5545 §3.6.1), so a
 *   window is ONE multi-day event;
 * - UID "kzmig-<16 hex digits>@kzmig": the 64-bit FNV-1a hash (offset basis
 *   0xcbf29ce484222325, prime 0x100000001b3) of the octets
 *       PERSON 0x1f DEADLINE-ID 0x1f MOVE
 *   where PERSON is "id:" + the roster id, or for `due` (no id) "due:" + citizenship +
 *   ":" + birth (YYYY-MM-DD, "-" when unknown), and MOVE is "move:N" for the deadlines
 *   after the N-th move of the person's list, "move:0" for the others.  No date goes
 *   in (not the arrival, nor what the deadline counts from, nor its due date), nor the
 *   name, so a re-import after a corrected date, a rename or a data update replaces the
 *   event instead of adding a second one; LAST-MODIFIED is the file's DTSTAMP;
 * - for `kzmig calendar --format ics`, one all-day event per public holiday, per weekday
 *   day off (moved off a weekend, or transferred by decree) and per weekend day worked by
 *   decree, with no alarms; its UID hashes "calendar:" DATE 0x1f KIND (KIND "holiday",
 *   "day-off" or "working-day"), so a holiday renamed in the data keeps its UID; should
 *   two holidays fall on one day, the second hashes 0x1f SUMMARY after that;
 * - DTSTAMP: the current time in UTC, the same for every event of one calendar;
 * - VALARMs, each N days before the DUE date (not before a window's opening), and as
 *   many N days before an APPLY-BY day that comes before the due date (a TRP's):
 *   TRIGGER;RELATED=START is -P<N - (day - start)>D, which for a window whose due date
 *   is more than N days after it opens becomes a positive offset into the event
 *   (RFC 5545 §3.8.6.3 allows both signs).  Relative triggers stay right whatever time
 *   zone the reader's calendar is in; an absolute UTC trigger would have to pick one.
 *
 * libical is loaded with dlopen(3) when a calendar is begun, not linked: it pulls in ICU,
 * whose loading and relocation cost every command about 3 ms of start-up (several times
 * what the rest of kzmig needs); only the commands that write .ics should pay it.
 */
#include <dlfcn.h>
#include <libical/ical.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ics_events.h"
#include "out.h"

/* Every libical function this file calls: loaded by name, called through `ical`. */
#define ICAL_FUNCS(X)                                                                      \
	X(icalcomponent_vanew) X(icalcomponent_free) X(icalcomponent_add_component)         \
	X(icalcomponent_add_property) X(icalcomponent_as_ical_string_r)                     \
	X(icalproperty_new_description) X(icalproperty_new_version) X(icalproperty_new_uid) \
	X(icalproperty_new_trigger) X(icalproperty_new_transp) X(icalproperty_new_summary)  \
	X(icalproperty_new_prodid) X(icalproperty_new_lastmodified) X(icalproperty_new_dtstart) \
	X(icalproperty_new_dtstamp) X(icalproperty_new_dtend) X(icalproperty_new_calscale)  \
	X(icalproperty_new_action) X(icalproperty_add_parameter)                            \
	X(icalparameter_new_related) X(icaltriggertype_from_int)                            \
	X(icaltimezone_get_utc_timezone) X(icaltimezone_free_builtin_timezones)             \
	X(icaltime_null_date) X(icaltime_from_timet_with_zone) X(icalmemory_free_ring)      \
	X(icalerror_set_errors_are_fatal) X(icaldurationtype_null_duration)

/* NOLINTNEXTLINE(bugprone-macro-parentheses): f is a declarator, not an expression */
#define ICAL_DECLARE(f) __typeof__(&f) f;
static struct {
	ICAL_FUNCS(ICAL_DECLARE)
} ical;
#undef ICAL_DECLARE

/* The soname of Debian 12's libical3; the -dev package's libical.so is a fallback. */
static const char *const ical_sonames[] = {"libical.so.3", "libical.so", NULL};

/* Loads libical once; prints the error and returns -1 when it cannot. */
static int ical_load(void)
{
	static void *handle;
	const char *missing = NULL;

	if (handle != NULL)
		return 0;
	for (int i = 0; ical_sonames[i] && handle == NULL; i++)
		handle = dlopen(ical_sonames[i], RTLD_NOW | RTLD_LOCAL);
	if (handle == NULL)
		return fail(EXIT_USAGE, "--format ics",
			    "cannot load libical: %s (expected the libical3 package)", dlerror()),
		       -1;
	/* POSIX's idiom for dlsym into a function pointer (XSH dlsym, "Application Usage"). */
#define ICAL_RESOLVE(f)                                                                    \
	if ((*(void **)&ical.f = dlsym(handle, #f)) == NULL && missing == NULL)                \
		missing = #f;
	ICAL_FUNCS(ICAL_RESOLVE)
#undef ICAL_RESOLVE
	if (missing != NULL) {
		dlclose(handle);
		handle = NULL;
		return fail(EXIT_USAGE, "--format ics",
			    "libical lacks %s (expected libical 3)", missing),
		       -1;
	}
	return 0;
}

struct ics_cal {
	icalcomponent *vcal;
	struct icaltimetype stamp; /* DTSTAMP for every event: now, in UTC */
	int failed;                /* an allocation failed: ics_end reports -1 */
	struct ics_uids uids;      /* the UIDs so far */
};

/* An all-day date value for DTSTART/DTEND. */
static struct icaltimetype ical_date(kz_day d)
{
	struct icaltimetype t = ical.icaltime_null_date();
	int y, m, dd;

	kz_day_to_ymd(d, &y, &m, &dd);
	t.year = y;
	t.month = m;
	t.day = dd;
	return t;
}

/* One VALARM of event e (ics_events.c decides its trigger and text), or NULL when out of
 * memory. */
static icalcomponent *alarm_of(const struct ics_event *e, const struct ics_alarm *al)
{
	struct icaltriggertype trig = ical.icaltriggertype_from_int(0);
	char *text = ics_alarm_text(e, al);
	icalproperty *tp;
	icalcomponent *a = NULL;

	if (text == NULL)
		return NULL;
	trig.duration = ical.icaldurationtype_null_duration();
	trig.duration.is_neg = al->before > 0;
	trig.duration.days = (unsigned int)(al->before > 0 ? al->before : -al->before);
	if ((tp = ical.icalproperty_new_trigger(trig)) != NULL) {
		ical.icalproperty_add_parameter(tp,
						ical.icalparameter_new_related(ICAL_RELATED_START));
		a = ical.icalcomponent_vanew(ICAL_VALARM_COMPONENT,
					     ical.icalproperty_new_action(ICAL_ACTION_DISPLAY), tp,
					     ical.icalproperty_new_description(text), (void *)0);
	}
	free(text);
	return a;
}

/* Adds the VEVENT of one deadline's event to the calendar (an ics_event_fn): 0, or -1
 * when out of memory. */
static int add_event(void *arg, const struct ics_event *e)
{
	struct ics_cal *c = arg;
	icalcomponent *ev = ical.icalcomponent_vanew(
		ICAL_VEVENT_COMPONENT, ical.icalproperty_new_uid(e->uid),
		ical.icalproperty_new_dtstamp(c->stamp),
		/* the deadline as this run works it out: newer than any earlier import */
		ical.icalproperty_new_lastmodified(c->stamp),
		ical.icalproperty_new_dtstart(ical_date(e->start)),
		ical.icalproperty_new_dtend(ical_date(e->end)),
		ical.icalproperty_new_summary(e->summary),
		/* a deadline does not make anyone busy all day */
		ical.icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT), (void *)0);

	if (ev == NULL)
		return -1;
	ical.icalcomponent_add_property(ev, ical.icalproperty_new_description(e->description));
	for (int i = 0; i < e->nalarms; i++) {
		icalcomponent *a = alarm_of(e, &e->alarm[i]);

		if (a == NULL) {
			ical.icalcomponent_free(ev);
			return -1;
		}
		ical.icalcomponent_add_component(ev, a);
	}
	ical.icalcomponent_add_component(c->vcal, ev);
	return 0;
}

/* A new, empty calendar stamped with the current time.  NULL, after printing the error,
 * when libical cannot be loaded or memory runs out. */
struct ics_cal *ics_begin(void)
{
	struct ics_cal *c;

	if (ical_load() != 0)
		return NULL;
	c = calloc(1, sizeof *c);
	if (c == NULL)
		return fail(EXIT_PARTIAL, "--format ics", "out of memory"), NULL;
	ical.icalerror_set_errors_are_fatal(0);
	/* the CLI may read the clock: DTSTAMP is when the file was made (RFC 5545 §3.8.7.2) */
	c->stamp = ical.icaltime_from_timet_with_zone(time(NULL), 0,
						      ical.icaltimezone_get_utc_timezone());
	c->vcal = ical.icalcomponent_vanew(
		ICAL_VCALENDAR_COMPONENT, ical.icalproperty_new_version("2.0"),
		ical.icalproperty_new_prodid("-//kzmig//kzmig " KZMIG_VERSION "//EN"),
		ical.icalproperty_new_calscale("GREGORIAN"), (void *)0);
	if (c->vcal == NULL) {
		free(c);
		return fail(EXIT_PARTIAL, "--format ics", "out of memory"), NULL;
	}
	return c;
}

/* The end of adding to c: frees the two texts made for it; 0, or when it ran out of
 * memory (ok false) c failed and EXIT_PARTIAL, said. */
static int added(struct ics_cal *c, char *a, char *b, bool ok)
{
	free(a);
	free(b);
	if (ok)
		return 0;
	c->failed = 1;
	return fail(EXIT_PARTIAL, "ics", "out of memory while building the calendar");
}

/* Adds one person's deadlines: those with a due date that are required, each once
 * (ics_events.c).  Returns 0, or after printing the error EXIT_PARTIAL when out of memory
 * (ics_end then writes nothing and returns -1). */
int ics_add(struct ics_cal *c, const char *person_id, const char *name,
	    const struct kz_person *p, const struct kz_deadline *dl, size_t n,
	    const struct ics_opts *o)
{
	if (c == NULL || c->failed)
		return EXIT_PARTIAL;
	return added(c, NULL, NULL,
		     ics_events(&c->uids, person_id, name, p, dl, n, o, add_event, c) == 0);
}

/* The UID of a day of the working-day calendar (see the top of the file): the hash of
 * "calendar:" DATE 0x1f KIND, and when the calendar has that already (two holidays on
 * one day) 0x1f SUMMARY after it. */
static uint64_t day_uid(kz_day day, const char *kind, const char *summary, char buf[48])
{
	static const char sep = 0x1f;
	uint64_t h = ICS_FNV_BASIS;
	char iso[11];

	h = ics_fnv1a(h, "calendar:", 9);
	h = ics_fnv1a(h, kz_day_format(day, iso), 10);
	h = ics_fnv1a(h, &sep, 1);
	h = ics_fnv1a(h, kind, strlen(kind));
	if (summary != NULL) {
		h = ics_fnv1a(h, &sep, 1);
		h = ics_fnv1a(h, summary, strlen(summary));
	}
	snprintf(buf, 48, "kzmig-%016llx@kzmig", (unsigned long long)h);
	return h;
}

int ics_add_day(struct ics_cal *c, kz_day day, const char *kind, const char *summary,
		const char *description)
{
	char uid[48], *sum = NULL, *desc = NULL;
	icalcomponent *ev = NULL;
	int fresh;

	if (c == NULL || c->failed)
		return EXIT_PARTIAL;
	if ((fresh = ics_uid_is_new(&c->uids, day_uid(day, kind, NULL, uid))) == 0)
		fresh = ics_uid_is_new(&c->uids, day_uid(day, kind, summary, uid));
	if (fresh == 0)
		return 0; /* the very same event twice: written once */
	if (fresh < 0 || (sum = ics_clean(summary, 0)) == NULL ||
	    (description && (desc = ics_clean(description, 1)) == NULL))
		goto oom;
	ev = ical.icalcomponent_vanew(
		ICAL_VEVENT_COMPONENT, ical.icalproperty_new_uid(uid),
		ical.icalproperty_new_dtstamp(c->stamp),
		ical.icalproperty_new_dtstart(ical_date(day)),
		ical.icalproperty_new_dtend(ical_date(day + 1)),
		ical.icalproperty_new_summary(sum),
		/* a calendar of days off informs; it does not make anyone busy */
		ical.icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT), (void *)0);
	if (ev == NULL)
		goto oom;
	if (desc != NULL)
		ical.icalcomponent_add_property(ev, ical.icalproperty_new_description(desc));
	ical.icalcomponent_add_component(c->vcal, ev);
	return added(c, sum, desc, true);
oom:
	return added(c, sum, desc, false);
}

/* Frees a calendar and what libical keeps, without writing it. */
void ics_free(struct ics_cal *c)
{
	if (c == NULL)
		return;
	ical.icalcomponent_free(c->vcal);
	ics_uids_free(&c->uids);
	free(c);
	ical.icalmemory_free_ring();
	ical.icaltimezone_free_builtin_timezones();
}

/* The calendar's text (CRLF line ends, folded lines: libical's serializer), malloc'd; NULL
 * when out of memory, now or earlier. */
static char *ics_text(struct ics_cal *c)
{
	return c->failed ? NULL : ical.icalcomponent_as_ical_string_r(c->vcal);
}

/* Writes the calendar to out and frees it with everything libical keeps.  Returns 0, or
 * -1 when out of memory earlier or when writing failed. */
int ics_end(struct ics_cal *c, FILE *out)
{
	char *s;
	int rc = -1;

	if (c == NULL)
		return -1;
	if ((s = ics_text(c)) != NULL) {
		size_t len = strlen(s);

		rc = fwrite(s, 1, len, out) == len && fflush(out) == 0 ? 0 : -1;
		free(s);
	}
	ics_free(c);
	return rc;
}

/* Writes the calendar into o's buffer and frees it (the iCalendar format's end, out.c).
 * Returns 0, or EXIT_PARTIAL when out of memory now (said) or earlier. */
int ics_write(struct ics_cal *c, struct out *o)
{
	char *s = ics_text(c);
	int rc = s == NULL ? EXIT_PARTIAL : 0;

	if (s == NULL && !c->failed)
		fail(EXIT_PARTIAL, "ics", "out of memory while writing the calendar");
	if (s != NULL)
		o_put(o, s, strlen(s));
	free(s);
	ics_free(c);
	return rc;
}
