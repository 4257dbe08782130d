/* ics_text.c — the page's iCalendar writer.  libical, which writes the CLI's calendars
 * (src/cli/out_ics.c), is not available in WebAssembly; what goes in a calendar is decided
 * once, in src/cli/ics_events.c, and this file only writes those events as RFC 5545 text
 * in the very form libical 3.0 gives them (icalcomponent_as_ical_string_r), so that the
 * page's file and `kzmig due --format ics` differ only in the time they were made
 * (make check-web compares them):
 *
 * - a component is BEGIN:KIND, its properties in the order they were added, its
 *   subcomponents, END:KIND; every line ends in CRLF;
 * - a TEXT value escapes '\\', ';' and ',' with a backslash and a newline as "\n", keeps
 *   a TAB, and drops CR, BS and FF (icalvalue.c, icalmemory_strdup_and_quote);
 * - a line is folded as libical's fold_property_line does (icalproperty.c): the CRLF
 *   counts; a line with fewer than 75 octets left is written whole; else it is broken
 *   after the last ';', ':' or ' ' among its octets 2..74, else before the last octet
 *   among 2..75 that starts a UTF-8 sequence (ASCII or 11xxxxxx), else after 74
 *   octets; each continuation is CRLF and a space.  So no line is longer than 75 octets
 *   and no UTF-8 sequence is split.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ics_events.h"
#include "ics_text.h"
#include "text.h"

struct ics_out {
	struct text t;
	const char *stamp;
};

/* Where the next folded line starts in s, which has `left` octets (its CRLF included). */
static size_t next_line(const unsigned char *s, size_t left)
{
	if (left < 75)
		return left;
	for (size_t i = 73; i > 0; i--)
		if (s[i] == ';' || s[i] == ':' || s[i] == ' ')
			return i + 1;
	for (size_t i = 74; i > 0; i--)
		if ((s[i] & 0x80) == 0 || (s[i] & 0xc0) == 0xc0)
			return i;
	return 74;
}

/* One content line: name (with its parameters), ':', the value (escaped when text is
 * set), CRLF, folded. */
static void line(struct ics_out *o, const char *name, const char *value, bool text)
{
	struct text l = {0};
	const unsigned char *s;
	size_t left, at = 0;

	text_puts(&l, name);
	text_put(&l, ":", 1);
	for (const char *v = value; text && *v; v++) {
		switch (*v) {
		case '\n': text_put(&l, "\\n", 2); break;
		case '\r':
		case '\b':
		case '\f': break;
		case ';':
		case ',':
		case '\\':
			text_put(&l, "\\", 1);
			text_put(&l, v, 1);
			break;
		default: text_put(&l, v, 1);
		}
	}
	if (!text)
		text_puts(&l, value);
	text_put(&l, "\r\n", 2);
	if (l.oom) {
		o->t.oom = true;
		free(l.s);
		return;
	}
	s = (const unsigned char *)l.s;
	for (left = l.n; left > 0;) {
		size_t k = next_line(s + at, left);

		if (at > 0)
			text_put(&o->t, "\r\n ", 3);
		text_put(&o->t, l.s + at, k);
		at += k;
		left -= k;
	}
	free(l.s);
}

static void date_line(struct ics_out *o, const char *name, kz_day d)
{
	char v[16];
	int y, m, dd;

	kz_day_to_ymd(d, &y, &m, &dd);
	snprintf(v, sizeof v, "%04d%02d%02d", y, m, dd);
	line(o, name, v, false);
}

/* One VEVENT (an ics_event_fn). */
static int event(void *arg, const struct ics_event *e)
{
	struct ics_out *o = arg;

	text_puts(&o->t, "BEGIN:VEVENT\r\n");
	line(o, "UID", e->uid, true);
	line(o, "DTSTAMP", o->stamp, false);
	line(o, "LAST-MODIFIED", o->stamp, false);
	date_line(o, "DTSTART;VALUE=DATE", e->start);
	date_line(o, "DTEND;VALUE=DATE", e->end);
	line(o, "SUMMARY", e->summary, true);
	line(o, "TRANSP", "TRANSPARENT", false);
	line(o, "DESCRIPTION", e->description, true);
	for (int i = 0; i < e->nalarms; i++) {
		const struct ics_alarm *a = &e->alarm[i];
		char trig[32], *text = ics_alarm_text(e, a);

		if (text == NULL)
			return -1;

		/* a duration of no time is PT0S, as libical writes it */
		if (a->before == 0)
			snprintf(trig, sizeof trig, "PT0S");
		else
			snprintf(trig, sizeof trig, "%sP%ldD", a->before > 0 ? "-" : "",
				 a->before > 0 ? a->before : -a->before);
		text_puts(&o->t, "BEGIN:VALARM\r\n");
		line(o, "ACTION", "DISPLAY", false);
		line(o, "TRIGGER;RELATED=START", trig, false);
		line(o, "DESCRIPTION", text, true);
		text_puts(&o->t, "END:VALARM\r\n");
		free(text);
	}
	text_puts(&o->t, "END:VEVENT\r\n");
	return o->t.oom ? -1 : 0;
}

char *ics_text(const char *stamp, const char *person_id, const char *name,
	       const struct kz_person *p, const struct kz_deadline *dl, size_t n,
	       const struct ics_opts *o, size_t *len)
{
	struct ics_out out = {.stamp = stamp};
	struct ics_uids uids = {0};
	int rc;

	text_puts(&out.t, "BEGIN:VCALENDAR\r\n");
	line(&out, "VERSION", "2.0", true);
	line(&out, "PRODID", "-//kzmig//kzmig " KZMIG_VERSION "//EN", true);
	line(&out, "CALSCALE", "GREGORIAN", true);
	rc = ics_events(&uids, person_id, name, p, dl, n, o, event, &out);
	ics_uids_free(&uids);
	text_puts(&out.t, "END:VCALENDAR\r\n");
	if (rc != 0 || out.t.oom) {
		free(out.t.s);
		return NULL;
	}
	*len = out.t.n;
	return out.t.s;
}
