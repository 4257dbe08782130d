/* ics_text.h — the page's iCalendar writer (ics_text.c). */
#ifndef KZ_ICS_TEXT_H
#define KZ_ICS_TEXT_H

#include <stddef.h>

#include "cli.h"

/* The calendar of one person's deadlines, as `kzmig due --format ics` (or, with a
 * person_id and name, `batch`) writes it: the events of ics_events.c in RFC 5545 text,
 * byte for byte as libical 3 serialises them for the CLI, DTSTAMP and LAST-MODIFIED
 * being `stamp` (YYYYMMDDTHHMMSSZ, the time of writing in UTC).  malloc'd (the caller
 * frees), its length in *len; NULL when out of memory. */
char *ics_text(const char *stamp, const char *person_id, const char *name,
	       const struct kz_person *p, const struct kz_deadline *dl, size_t n,
	       const struct ics_opts *o, size_t *len);

#endif
