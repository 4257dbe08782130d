/* out_ics.c — iCalendar output through libical: being built (see the issue). */
#include <stdlib.h>

#include "cli.h"

struct ics_cal {
	int unused;
};

struct ics_cal *ics_begin(void)
{
	return calloc(1, sizeof(struct ics_cal));
}

int ics_add(struct ics_cal *c, const char *person_id, const char *name,
	    const struct kz_person *p, const struct kz_deadline *dl, size_t n,
	    const struct ics_opts *o)
{
	(void)c, (void)person_id, (void)name, (void)p, (void)dl, (void)n, (void)o;
	return fail(EXIT_USAGE, "--format", "ics is not built yet (expected text or json)");
}

int ics_end(struct ics_cal *c, FILE *out)
{
	(void)out;
	free(c);
	return -1;
}
