/* ics_events.h — what goes in a calendar of deadlines, in one place for both writers of
 * it: the CLI's (out_ics.c, through libical) and the page's (web/ics_text.c, a small
 * RFC 5545 writer in the WebAssembly build).  Which deadlines become events, their UIDs,
 * dates, SUMMARY, DESCRIPTION and alarms are decided here; out_ics.c's header comment
 * describes them.  The writers only put them into iCalendar's form. */
#ifndef KZ_ICS_EVENTS_H
#define KZ_ICS_EVENTS_H

#include <stddef.h>
#include <stdint.h>

#include "cli.h"

/* 64-bit FNV-1a over n octets, continuing from h (start with ICS_FNV_BASIS). */
#define ICS_FNV_BASIS UINT64_C(0xcbf29ce484222325)
uint64_t ics_fnv1a(uint64_t h, const void *data, size_t n);

/* The UIDs a calendar has so far (one VEVENT per UID, RFC 5545 §3.8.4.7): open
 * addressing over their hashes.  Zeroed to begin; ics_uids_free() frees. */
struct ics_uids {
	uint64_t *slot; /* 0 = empty */
	size_t n, cap;
};
/* Adds h: 1 when it is new, 0 when the set has it already, -1 when out of memory. */
int ics_uid_is_new(struct ics_uids *u, uint64_t h);
void ics_uids_free(struct ics_uids *u);

/* A copy of s fit for a TEXT value: control characters become spaces (with keep_newlines
 * a '\n' stays) and bytes that are not well-formed UTF-8 become '?'.  malloc'd (the caller
 * frees), or NULL when out of memory. */
char *ics_clean(const char *s, int keep_newlines);

#define ICS_ALARMS_MAX 16 /* two for each of ics_opts' 8 alarms: due and apply-by */

/* One VALARM: ACTION:DISPLAY, TRIGGER;RELATED=START and a DESCRIPTION (ics_alarm_text). */
struct ics_alarm {
	long before; /* the trigger: days before DTSTART (negative: that many days after it) */
	int days;    /* days before the day it warns of */
	bool apply;  /* it warns of the apply-by day, not the due date */
};

/* One all-day VEVENT of a deadline, as both writers put it (TRANSP:TRANSPARENT, and
 * DTSTAMP and LAST-MODIFIED the writer's own time of writing). */
struct ics_event {
	char uid[48];
	kz_day start, end; /* DTSTART and DTEND (exclusive: the day after the due date) */
	char *summary, *description;
	struct ics_alarm alarm[ICS_ALARMS_MAX];
	int nalarms;
};

/* The DESCRIPTION of an event's alarm: its summary and how soon.  malloc'd (the caller
 * frees), or NULL when out of memory. */
char *ics_alarm_text(const struct ics_event *ev, const struct ics_alarm *a);

/* Called once for each event, which lives until it returns; a non-zero return stops
 * ics_events(), which returns it. */
typedef int ics_event_fn(void *arg, const struct ics_event *ev);

/* The events of one person's deadlines: each with a due date that is not "not-required",
 * and whose UID u has not had yet (it is added to u).  person_id is the roster's id (""
 * or NULL for `due`), name the person's name or NULL; o the alarms (NULL: 7 and 1 days
 * before).  Returns 0, -1 when out of memory, or what fn returned to stop. */
int ics_events(struct ics_uids *u, const char *person_id, const char *name,
	       const struct kz_person *p, const struct kz_deadline *dl, size_t n,
	       const struct ics_opts *o, ics_event_fn *fn, void *arg);

#endif
