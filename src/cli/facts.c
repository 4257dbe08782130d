/* facts.c — a person's facts from text: one reader for due's options and a roster's
 * cells, so a date, a trip, a list or a category means the same in both. */
#include <stdio.h>
#include <string.h>

#include "facts.h"

const char *const host_values[] = {"individual", "small", "medium", "large", NULL};
const char *const count_from_values[] = {"arrival", "next-day", NULL};
const char *const entry_values[] = {"visa-free", "visa", NULL};

int fact_date(const char *s, size_t n, kz_day *out, char why[FACT_WHY])
{
	char buf[48];
	kz_error e;

	if (n >= sizeof buf) {
		snprintf(why, FACT_WHY, "'%.20s...' is not a date (expected YYYY-MM-DD)", s);
		return -1;
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (kz_date_parse(buf, "date", out, &e) == 0)
		return 0;
	snprintf(why, FACT_WHY, "%s", e.msg);
	return -1;
}

int fact_trip(const char *s, size_t n, struct kz_trip *t, char why[FACT_WHY])
{
	const char *colon = memchr(s, ':', n);

	if (colon == NULL) {
		snprintf(why, FACT_WHY, "'%.*s' (expected FROM:TO, two dates)", (int)(n < 40 ? n : 40),
			 s);
		return -1;
	}
	return fact_date(s, (size_t)(colon - s), &t->from, why) ||
	       fact_date(colon + 1, n - (size_t)(colon - s) - 1, &t->to, why);
}

/* The items of a list cell: runs of characters between spaces, commas and semicolons. */
static const char *next_item(const char *s, size_t *n)
{
	s += strspn(s, " \t,;");
	*n = strcspn(s, " \t,;");
	return s;
}

int fact_trips(const char *s, struct kz_trip *out, size_t cap, size_t *n,
	       char why[FACT_WHY])
{
	size_t len;

	*n = 0;
	for (const char *it = next_item(s, &len); len > 0; it = next_item(it + len, &len)) {
		if (*n == cap) {
			snprintf(why, FACT_WHY, "more than %zu trips", cap);
			return -1;
		}
		if (fact_trip(it, len, &out[*n], why))
			return -1;
		(*n)++;
	}
	return 0;
}

int fact_moves(const char *s, kz_day *out, size_t cap, size_t *n, char why[FACT_WHY])
{
	size_t len;

	*n = 0;
	for (const char *it = next_item(s, &len); len > 0; it = next_item(it + len, &len)) {
		if (*n == cap) {
			snprintf(why, FACT_WHY, "more than %zu moves", cap);
			return -1;
		}
		if (fact_date(it, len, &out[*n], why))
			return -1;
		(*n)++;
	}
	return 0;
}

int fact_word(const char *s, const char *const *values, int *out, char why[FACT_WHY])
{
	char list[96] = "";

	for (int i = 0; values[i] != NULL; i++) {
		if (strcmp(s, values[i]) == 0) {
			*out = i;
			return 0;
		}
		strncat(list, i ? "|" : "", sizeof list - strlen(list) - 1);
		strncat(list, values[i], sizeof list - strlen(list) - 1);
	}
	snprintf(why, FACT_WHY, "unknown value '%.40s' (expected %s)", s, list);
	return -1;
}
