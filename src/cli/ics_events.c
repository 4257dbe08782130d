/* ics_events.c — the events of a calendar of deadlines: which deadlines, their UIDs, texts
 * and alarms (ics_events.h).  The form they take is the writers' (out_ics.c for the CLI,
 * web/ics_text.c for the page); out_ics.c's header comment says what a calendar
 * application sees. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ics_events.h"
#include "words.h"

/* The default alarms when the caller gives no options: 7 days and 1 day before. */
static const struct ics_opts default_opts = {{7, 1}, 2, KZ_NO_DAY};

uint64_t ics_fnv1a(uint64_t h, const void *data, size_t n)
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

/* The UID of one deadline of one person (out_ics.c's header comment), into buf. */
static uint64_t uid_of(const char *person_id, const struct kz_person *p,
		       const struct kz_deadline *d, char buf[48])
{
	static const char sep = 0x1f;
	uint64_t h = ICS_FNV_BASIS;
	char day[24];
	size_t move = 0;

	if (person_id && person_id[0]) {
		h = ics_fnv1a(h, "id:", 3);
		h = ics_fnv1a(h, person_id, strlen(person_id));
	} else {
		h = ics_fnv1a(h, "due:", 4);
		if (p) {
			h = ics_fnv1a(h, p->citizenship, strnlen(p->citizenship, 2));
			h = ics_fnv1a(h, ":", 1);
			day_or_dash(p->birth, day);
			h = ics_fnv1a(h, day, strlen(day));
		}
	}
	h = ics_fnv1a(h, &sep, 1);
	h = ics_fnv1a(h, d->id, strlen(d->id));
	h = ics_fnv1a(h, &sep, 1);
	/* Not the date it counts from, which a correction changes: which move it follows
	 * (by its place in the person's list), or none. */
	for (size_t i = 0; d->move && p != NULL && i < p->nmoves; i++)
		if (p->moves[i] == d->event)
			move = i + 1;
	snprintf(day, sizeof day, "move:%zu", move);
	h = ics_fnv1a(h, day, strlen(day));
	snprintf(buf, 48, "kzmig-%016llx@kzmig", (unsigned long long)h);
	return h;
}

int ics_uid_is_new(struct ics_uids *u, uint64_t h)
{
	size_t i;

	h = h ? h : 1; /* 0 marks an empty slot */
	if (2 * (u->n + 1) > u->cap) {
		size_t cap = u->cap ? 2 * u->cap : 64;
		uint64_t *t = calloc(cap, sizeof *t);

		if (t == NULL)
			return -1;
		for (size_t k = 0; k < u->cap; k++)
			if (u->slot[k]) {
				for (i = u->slot[k] & (cap - 1); t[i]; i = (i + 1) & (cap - 1))
					;
				t[i] = u->slot[k];
			}
		free(u->slot);
		u->slot = t;
		u->cap = cap;
	}
	for (i = h & (u->cap - 1); u->slot[i]; i = (i + 1) & (u->cap - 1))
		if (u->slot[i] == h)
			return 0;
	u->slot[i] = h;
	u->n++;
	return 1;
}

void ics_uids_free(struct ics_uids *u)
{
	free(u->slot);
	*u = (struct ics_uids){0};
}

char *ics_clean(const char *s, int keep_newlines)
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

/* One alarm `days` before the day `on` (the due date, or an apply-by day when apply is
 * set; start is the event's DTSTART day). */
static struct ics_alarm alarm_of(int days, kz_day start, kz_day on, bool apply)
{
	/* Relative to DTSTART, so for a window whose due date is more than `days` after it
	 * opens this is a positive offset into the event. */
	return (struct ics_alarm){(long)days - (long)(on - start), days, apply};
}

char *ics_alarm_text(const struct ics_event *ev, const struct ics_alarm *a)
{
	const char *summary = ev->summary;
	size_t n = strlen(summary) + 160;
	char *text = malloc(n);

	if (text == NULL)
		return NULL;
	/* TRANSLATORS: a calendar alarm: the event's summary, then how soon. */
	if (a->days == 0 && a->apply)
		snprintf(text, n, _("%s: apply today"), summary);
	else if (a->days == 0)
		snprintf(text, n, _("%s: due today"), summary);
	else if (a->apply)
		snprintf(text, n, P_("%s: apply within %d day", "%s: apply within %d days", a->days),
			 summary, a->days);
	else
		snprintf(text, n, P_("%s: due in %d day", "%s: due in %d days", a->days), summary,
			 a->days);
	return text;
}

static void event_free(struct ics_event *ev)
{
	free(ev->summary);
	free(ev->description);
}

/* The texts and alarms of one deadline's event into *ev (its uid and dates already set);
 * -1 when out of memory, with what was made left in *ev for event_free.  shown_id and
 * name are the cleaned copies of the person's id and name for the texts. */
static int event_texts(struct ics_event *ev, const char *shown_id, const char *name,
		       const struct kz_deadline *d, const struct ics_opts *o)
{
	char *title = ics_clean(deadline_title(d), 0);
	size_t n;

	if (title == NULL)
		return -1;
	n = strlen(title) + (name ? strlen(name) : 0) + 8;
	ev->summary = malloc(n);
	if (ev->summary != NULL && name && name[0])
		snprintf(ev->summary, n, "%s \xe2\x80\x94 %s", title, name); /* U+2014 em dash */
	else if (ev->summary != NULL)
		snprintf(ev->summary, n, "%s", title);
	free(title);
	if (ev->summary == NULL || (ev->description = description_of(shown_id, name, d)) == NULL)
		return -1;
	for (int i = 0; i < o->nalarms && i < 8; i++) {
		if (o->alarms[i] < 0)
			continue;
		ev->alarm[ev->nalarms++] = alarm_of(o->alarms[i], ev->start, d->due, false);
		/* and as many before an apply-by day that comes before the due date */
		if (d->apply_by != KZ_NO_DAY && d->apply_by < d->due)
			ev->alarm[ev->nalarms++] = alarm_of(o->alarms[i], ev->start, d->apply_by,
							    true);
	}
	return 0;
}

/* Hands the event of one deadline to fn: 0, -1 when out of memory, or fn's return. */
static int event_of(const char *uid, const char *shown_id, const char *name,
		    const struct kz_deadline *d, const struct ics_opts *o, ics_event_fn *fn,
		    void *arg)
{
	struct ics_event ev = {.nalarms = 0};
	int rc;

	memcpy(ev.uid, uid, sizeof ev.uid);
	ev.start = d->opens != KZ_NO_DAY && d->opens < d->due ? d->opens : d->due;
	ev.end = d->due + 1; /* DTEND is exclusive (RFC 5545 §3.6.1) */
	rc = event_texts(&ev, shown_id, name, d, o);
	if (rc == 0)
		rc = fn(arg, &ev);
	event_free(&ev);
	return rc;
}

int ics_events(struct ics_uids *u, const char *person_id, const char *name,
	       const struct kz_person *p, const struct kz_deadline *dl, size_t n,
	       const struct ics_opts *o, ics_event_fn *fn, void *arg)
{
	char *clean_name = NULL, *clean_id = NULL;
	int rc = 0;

	if (o == NULL)
		o = &default_opts;
	if ((name && (clean_name = ics_clean(name, 0)) == NULL) ||
	    (person_id && (clean_id = ics_clean(person_id, 0)) == NULL))
		rc = -1;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		char uid[48];
		int fresh;

		if (dl[i].due == KZ_NO_DAY || dl[i].status == KZ_STATUS_NOT_REQUIRED)
			continue;
		/* the UID hashes the id as given, the texts show the cleaned copies */
		fresh = ics_uid_is_new(u, uid_of(person_id, p, &dl[i], uid));
		if (fresh < 0)
			rc = -1;
		else if (fresh > 0)
			rc = event_of(uid, clean_id, clean_name, &dl[i], o, fn, arg);
	}
	free(clean_name);
	free(clean_id);
	return rc;
}
