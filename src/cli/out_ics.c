/* out_ics.c — iCalendar (RFC 5545) output for due, batch and remind: the one file that
 * uses libical, so the library could later be loaded lazily.
 *
 * What a calendar application sees (tested in tests/test_ics.c and tests/ics_check.py):
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

#include "i18n.h"
#include "out.h"
#include "words.h"

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
	uint64_t *uids;            /* the UIDs' hashes so far: open addressing, 0 = empty */
	size_t nuids, cap;
};

/* The default alarms when the caller gives no options: 7 days and 1 day before. */
static const struct ics_opts default_opts = {{7, 1}, 2, KZ_NO_DAY};

/* 64-bit FNV-1a over n octets, continuing from h (start with the offset basis). */
static uint64_t fnv1a(uint64_t h, const void *data, size_t n)
{
	const unsigned char *s = data;

	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

/* YYYY-MM-DD, or "-" for no date, into buf (11 bytes); returns buf. */
static char *day_or_dash(kz_day d, char buf[11])
{
	if (d == KZ_NO_DAY)
		return memcpy(buf, "-", 2);
	return kz_day_format(d, buf);
}

/* The UID of one deadline of one person (see the top of the file), into buf. */
static uint64_t uid_of(const char *person_id, const struct kz_person *p,
		       const struct kz_deadline *d, char buf[48])
{
	static const char sep = 0x1f;
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	char day[24];
	size_t move = 0;

	if (person_id && person_id[0]) {
		h = fnv1a(h, "id:", 3);
		h = fnv1a(h, person_id, strlen(person_id));
	} else {
		h = fnv1a(h, "due:", 4);
		if (p) {
			h = fnv1a(h, p->citizenship, strnlen(p->citizenship, 2));
			h = fnv1a(h, ":", 1);
			day_or_dash(p->birth, day);
			h = fnv1a(h, day, strlen(day));
		}
	}
	h = fnv1a(h, &sep, 1);
	h = fnv1a(h, d->id, strlen(d->id));
	h = fnv1a(h, &sep, 1);
	/* Not the date it counts from, which a correction changes: which move it follows
	 * (by its place in the person's list), or none. */
	for (size_t i = 0; d->move && p != NULL && i < p->nmoves; i++)
		if (p->moves[i] == d->event)
			move = i + 1;
	snprintf(day, sizeof day, "move:%zu", move);
	h = fnv1a(h, day, strlen(day));
	snprintf(buf, 48, "kzmig-%016llx@kzmig", (unsigned long long)h);
	return h;
}

/* Adds h to the calendar's set of UIDs: 1 when it is new, 0 when the calendar has it
 * already (the same person, deadline and event twice: one VEVENT per UID, RFC 5545
 * §3.8.4.7), -1 when out of memory. */
static int uid_is_new(struct ics_cal *c, uint64_t h)
{
	size_t i;

	h = h ? h : 1; /* 0 marks an empty slot */
	if (2 * (c->nuids + 1) > c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 64;
		uint64_t *t = calloc(cap, sizeof *t);

		if (t == NULL)
			return -1;
		for (size_t k = 0; k < c->cap; k++)
			if (c->uids[k]) {
				for (i = c->uids[k] & (cap - 1); t[i]; i = (i + 1) & (cap - 1))
					;
				t[i] = c->uids[k];
			}
		free(c->uids);
		c->uids = t;
		c->cap = cap;
	}
	for (i = h & (c->cap - 1); c->uids[i]; i = (i + 1) & (c->cap - 1))
		if (c->uids[i] == h)
			return 0;
	c->uids[i] = h;
	c->nuids++;
	return 1;
}

/* A copy of s fit for a TEXT value: control characters become spaces (but with
 * keep_newlines a '\n' stays one: the lines of a DESCRIPTION) and bytes that are not
 * well-formed UTF-8 become '?', so a roster's stray bytes cannot break the file.
 * malloc'd (the caller frees), or NULL. */
static char *clean_lines(const char *s, int keep_newlines)
{
	size_t n = strlen(s), o = 0;
	char *out = malloc(n + 1);
	const unsigned char *u = (const unsigned char *)s;

	if (out == NULL)
		return NULL;
	for (size_t i = 0; i < n;) {
		unsigned c = u[i];
		size_t len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3
					: (c & 0xf8) == 0xf0 ? 4 : 0;
		int ok = len > 0 && i + len <= n && !(len == 2 && c < 0xc2) && !(c > 0xf4);

		for (size_t k = 1; ok && k < len; k++)
			ok = (u[i + k] & 0xc0) == 0x80;
		/* overlong 3- and 4-byte forms, surrogates, and code points past U+10FFFF */
		if (ok && len == 3)
			ok = !(c == 0xe0 && u[i + 1] < 0xa0) && !(c == 0xed && u[i + 1] >= 0xa0);
		if (ok && len == 4)
			ok = !(c == 0xf0 && u[i + 1] < 0x90) && !(c == 0xf4 && u[i + 1] >= 0x90);
		if (!ok) {
			out[o++] = '?';
			i++;
		} else if (len == 1) {
			out[o++] = (c < 0x20 && !(c == '\n' && keep_newlines)) || c == 0x7f ? ' '
										    : (char)c;
			i++;
		} else {
			memcpy(out + o, s + i, len);
			o += len;
			i += len;
		}
	}
	out[o] = '\0';
	return out;
}

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

/* The DESCRIPTION: who, when, where to file, basis and fine, one per line (nothing that
 * goes stale once imported).  malloc'd (the caller frees), or NULL when out of memory. */
static char *description_of(const char *person_id, const char *name, const struct kz_deadline *d)
{
	char *b = NULL, day[DAY_TEXT], w[PENALTY_WORDS];
	size_t len = 0;
	const char *where = deadline_where(d), *id = person_id ? person_id : "";
	FILE *m = open_memstream(&b, &len);
	int oom;

	if (m == NULL)
		return NULL;
	/* TRANSLATORS: the lines of a calendar event's description. */
	if (name && name[0] && id[0])
		fprintf(m, _("For: %s (%s)\n"), name, id);
	else if (name && name[0])
		fprintf(m, _("For: %s\n"), name);
	else if (id[0])
		fprintf(m, _("For: %s\n"), id);
	if (d->opens != KZ_NO_DAY)
		fprintf(m, _("Window opens: %s\n"), fmt_day_long(d->opens, day));
	if (d->provisional)
		fprintf(m, _("Due: %s (provisional: %s)\n"), fmt_day_long(d->due, day),
			provisional_why(d));
	else
		fprintf(m, _("Due: %s\n"), fmt_day_long(d->due, day));
	if (d->apply_by != KZ_NO_DAY)
		fprintf(m, _("Apply by: %s\n"), fmt_day_long(d->apply_by, day));
	/* No status: "upcoming" would still say so in the calendar once it is overdue. */
	if (d->status == KZ_STATUS_PROBLEM && d->reason[0])
		fprintf(m, _("Problem: %s\n"), d->reason);
	if (where[0])
		fprintf(m, _("Where: %s\n"), where);
	if (d->basis && d->basis[0])
		fprintf(m, _("Basis: %s\n"), data_text(d->basis));
	/* what missing it costs: the words of every output (words.c) */
	if (d->has_fine && d->fine.article)
		fprintf(m, _("If missed: %s\n"), penalty_words(&d->fine, w));
	if (d->has_fine && d->repeat.article)
		fprintf(m, _("Again within a year: %s\n"), penalty_words(&d->repeat, w));
	fputs(_("Not legal advice: check with the migration service."), m);
	oom = ferror(m);
	if (fclose(m) != 0 || oom) {
		free(b);
		return NULL;
	}
	return b;
}

/* One VALARM `days` before the day `on` (the due date, or an apply-by day when apply is
 * set; start is the event's DTSTART day), or NULL when out of memory.  A DISPLAY alarm
 * needs a DESCRIPTION (RFC 5545 §3.6.6): the summary and how soon. */
static icalcomponent *alarm_of(int days, kz_day start, kz_day on, bool apply,
			       const char *summary)
{
	struct icaltriggertype trig = ical.icaltriggertype_from_int(0);
	long before = (long)days - (long)(on - start); /* days before DTSTART */
	size_t n = strlen(summary) + 160;
	char *text = malloc(n);
	icalproperty *tp;
	icalcomponent *a = NULL;

	if (text == NULL)
		return NULL;
	/* TRANSLATORS: a calendar alarm: the event's summary, then how soon. */
	if (days == 0 && apply)
		snprintf(text, n, _("%s: apply today"), summary);
	else if (days == 0)
		snprintf(text, n, _("%s: due today"), summary);
	else if (apply)
		snprintf(text, n, P_("%s: apply within %d day", "%s: apply within %d days", days),
			 summary, days);
	else
		snprintf(text, n, P_("%s: due in %d day", "%s: due in %d days", days), summary,
			 days);
	trig.duration = ical.icaldurationtype_null_duration();
	trig.duration.is_neg = before > 0;
	trig.duration.days = (unsigned int)(before > 0 ? before : -before);
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

/* The VEVENT of one deadline, or NULL when out of memory.  uid is its UID; shown_id and
 * name are the cleaned copies of the person's id and name for the texts. */
static icalcomponent *event_of(const struct ics_cal *c, const char *uid, const char *shown_id,
			       const char *name, const struct kz_deadline *d,
			       const struct ics_opts *o)
{
	kz_day start = d->opens != KZ_NO_DAY && d->opens < d->due ? d->opens : d->due;
	char *summary, *desc, *title;
	size_t n;
	icalcomponent *ev;

	title = clean_lines(deadline_title(d), 0);
	if (title == NULL)
		return NULL;
	n = strlen(title) + (name ? strlen(name) : 0) + 8;
	summary = malloc(n);
	if (summary == NULL) {
		free(title);
		return NULL;
	}
	if (name && name[0])
		snprintf(summary, n, "%s \xe2\x80\x94 %s", title, name); /* U+2014 em dash */
	else
		snprintf(summary, n, "%s", title);
	free(title);
	desc = description_of(shown_id, name, d);
	ev = ical.icalcomponent_vanew(
		ICAL_VEVENT_COMPONENT, ical.icalproperty_new_uid(uid),
		ical.icalproperty_new_dtstamp(c->stamp),
		/* the deadline as this run works it out: newer than any earlier import */
		ical.icalproperty_new_lastmodified(c->stamp),
		ical.icalproperty_new_dtstart(ical_date(start)),
		ical.icalproperty_new_dtend(ical_date(d->due + 1)),
		ical.icalproperty_new_summary(summary),
		/* a deadline does not make anyone busy all day */
		ical.icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT), (void *)0);
	if (ev == NULL || desc == NULL)
		goto fail;
	ical.icalcomponent_add_property(ev, ical.icalproperty_new_description(desc));
	for (int i = 0; i < o->nalarms && i < 8; i++) {
		icalcomponent *a;

		if (o->alarms[i] < 0)
			continue;
		if ((a = alarm_of(o->alarms[i], start, d->due, false, summary)) == NULL)
			goto fail;
		ical.icalcomponent_add_component(ev, a);
		/* and as many before an apply-by day that comes before the due date */
		if (d->apply_by == KZ_NO_DAY || d->apply_by >= d->due)
			continue;
		if ((a = alarm_of(o->alarms[i], start, d->apply_by, true, summary)) == NULL)
			goto fail;
		ical.icalcomponent_add_component(ev, a);
	}
	free(summary);
	free(desc);
	return ev;
fail:
	if (ev)
		ical.icalcomponent_free(ev);
	free(summary);
	free(desc);
	return NULL;
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

/* Adds one person's deadlines: those with a due date that are required, each once.
 * Returns 0, or after printing the error EXIT_PARTIAL when out of memory (ics_end then
 * writes nothing and returns -1). */
int ics_add(struct ics_cal *c, const char *person_id, const char *name,
	    const struct kz_person *p, const struct kz_deadline *dl, size_t n,
	    const struct ics_opts *o)
{
	char *clean_name = NULL, *clean_id = NULL, uid[48];

	if (c == NULL || c->failed)
		return EXIT_PARTIAL;
	if (o == NULL)
		o = &default_opts;
	if ((name && (clean_name = clean_lines(name, 0)) == NULL) ||
	    (person_id && (clean_id = clean_lines(person_id, 0)) == NULL))
		goto oom;
	for (size_t i = 0; i < n; i++) {
		icalcomponent *ev;
		int fresh;

		if (dl[i].due == KZ_NO_DAY || dl[i].status == KZ_STATUS_NOT_REQUIRED)
			continue;
		/* the UID hashes the id as given, the texts show the cleaned copies */
		if ((fresh = uid_is_new(c, uid_of(person_id, p, &dl[i], uid))) < 0)
			goto oom;
		if (fresh == 0)
			continue;
		if ((ev = event_of(c, uid, clean_id, clean_name, &dl[i], o)) == NULL)
			goto oom;
		ical.icalcomponent_add_component(c->vcal, ev);
	}
	return added(c, clean_name, clean_id, true);
oom:
	return added(c, clean_name, clean_id, false);
}

/* The UID of a day of the working-day calendar (see the top of the file): the hash of
 * "calendar:" DATE 0x1f KIND, and when the calendar has that already (two holidays on
 * one day) 0x1f SUMMARY after it. */
static uint64_t day_uid(kz_day day, const char *kind, const char *summary, char buf[48])
{
	static const char sep = 0x1f;
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	char iso[11];

	h = fnv1a(h, "calendar:", 9);
	h = fnv1a(h, kz_day_format(day, iso), 10);
	h = fnv1a(h, &sep, 1);
	h = fnv1a(h, kind, strlen(kind));
	if (summary != NULL) {
		h = fnv1a(h, &sep, 1);
		h = fnv1a(h, summary, strlen(summary));
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
	if ((fresh = uid_is_new(c, day_uid(day, kind, NULL, uid))) == 0)
		fresh = uid_is_new(c, day_uid(day, kind, summary, uid));
	if (fresh == 0)
		return 0; /* the very same event twice: written once */
	if (fresh < 0 || (sum = clean_lines(summary, 0)) == NULL ||
	    (description && (desc = clean_lines(description, 1)) == NULL))
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
	free(c->uids);
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
