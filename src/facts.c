/* facts.c — a person's facts from text: one reader for due's options and a roster's
 * cells, so a date, a trip, a list or a category means the same in both. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "kzmig.h"
#include "tr.h"

const char *const kz_host_words[] = {"individual", "small", "medium", "large", NULL};
const char *const kz_count_from_words[] = {"arrival", "next-day", NULL};
const char *const kz_entry_words[] = {"visa-free", "visa", NULL};

/* DD.MM.YYYY, as offices in Kazakhstan write a date: read as the ISO date it stands
 * for; a bad one is named as it was written (the ISO text in the message is the same
 * length, so it is written over in place).  Returns 0, or -1 with why. */
static int dotted_date(const char *s, kz_day *out, char why[KZ_WHY_MAX])
{
	char iso[11], *at;
	kz_error e;

	memcpy(iso, s + 6, 4);
	iso[4] = '-';
	memcpy(iso + 5, s + 3, 2);
	iso[7] = '-';
	memcpy(iso + 8, s, 2);
	iso[10] = '\0';
	if (kz_day_parse(iso, 10, out) == 0)
		return 0;
	if (kz_date_parse(iso, "date", out, &e) == 0)
		return 0;
	if ((at = strstr(e.msg, iso)) != NULL)
		memcpy(at, s, 10);
	snprintf(why, KZ_WHY_MAX, "%s", e.msg);
	return -1;
}

/* kzmig.h: the fast strict parse first; a bad date is copied out so that kz_date_parse
 * can say what is wrong with it, unless it is too long to be near a date. */
int kz_fact_date(const char *s, size_t n, kz_day *out, char why[KZ_WHY_MAX])
{
	char buf[48];
	kz_error e;

	if (kz_day_parse(s, n, out) == 0)
		return 0;
	if (n == 10 && s[2] == '.' && s[5] == '.')
		return dotted_date(s, out, why);
	if (n >= sizeof buf) {
		snprintf(why, KZ_WHY_MAX, KZ_("'%.20s...' is not a date (expected YYYY-MM-DD)"), s);
		return -1;
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (kz_date_parse(buf, "date", out, &e) == 0)
		return 0; /* a date ended by a NUL inside the n bytes, as before */
	snprintf(why, KZ_WHY_MAX, "%s", e.msg);
	return -1;
}

/* kzmig.h: FROM:TO, split at the first colon (a second one makes TO a bad date). */
int kz_fact_trip(const char *s, size_t n, struct kz_trip *t, char why[KZ_WHY_MAX])
{
	const char *colon = memchr(s, ':', n);

	if (colon == NULL) {
		snprintf(why, KZ_WHY_MAX, KZ_("'%.*s' (expected FROM:TO, two dates)"),
			 (int)(n < 40 ? n : 40), s);
		return -1;
	}
	if (kz_fact_date(s, (size_t)(colon - s), &t->from, why) != 0 ||
	    kz_fact_date(colon + 1, n - (size_t)(colon - s) - 1, &t->to, why) != 0)
		return -1;
	return 0;
}

/* The items of a list: runs of characters between spaces, commas and semicolons. */
static const char *next_item(const char *s, size_t *n)
{
	s += strspn(s, " \t,;");
	*n = strcspn(s, " \t,;");
	return s;
}

/* kzmig.h: each item a trip. */
int kz_fact_trips(const char *s, struct kz_trip *out, size_t cap, size_t *n,
		  char why[KZ_WHY_MAX])
{
	size_t len;

	*n = 0;
	for (const char *it = next_item(s, &len); len > 0; it = next_item(it + len, &len)) {
		if (*n == cap) {
			snprintf(why, KZ_WHY_MAX, KZ_("more than %zu trips"), cap);
			return -1;
		}
		if (kz_fact_trip(it, len, &out[*n], why))
			return -1;
		(*n)++;
	}
	return 0;
}

/* kzmig.h: each item a date. */
int kz_fact_moves(const char *s, kz_day *out, size_t cap, size_t *n, char why[KZ_WHY_MAX])
{
	size_t len;

	*n = 0;
	for (const char *it = next_item(s, &len); len > 0; it = next_item(it + len, &len)) {
		if (*n == cap) {
			snprintf(why, KZ_WHY_MAX, KZ_("more than %zu moves"), cap);
			return -1;
		}
		if (kz_fact_date(it, len, &out[*n], why))
			return -1;
		(*n)++;
	}
	return 0;
}

/* kzmig.h: the word in any case ("Small" is small); else why names every word allowed. */
int kz_fact_word(const char *s, const char *const *words, int *out, char why[KZ_WHY_MAX])
{
	char list[128] = "";

	for (int i = 0; words[i] != NULL; i++) {
		if (strcasecmp(s, words[i]) == 0) {
			*out = i;
			return 0;
		}
		strncat(list, i ? "|" : "", sizeof list - strlen(list) - 1);
		strncat(list, words[i], sizeof list - strlen(list) - 1);
	}
	/* TRANSLATORS: %2$s the words allowed, as "individual|small|medium|large". */
	snprintf(why, KZ_WHY_MAX, KZ_("unknown value '%.40s' (expected %s)"), s, list);
	return -1;
}
