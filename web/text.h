/* text.h — a growing text, for the page's answers (kzweb.c) and calendars (ics_text.c). */
#ifndef KZ_WEB_TEXT_H
#define KZ_WEB_TEXT_H

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

struct text {
	char *s; /* NUL-terminated */
	size_t n, cap;
	bool oom; /* memory ran out: nothing more is kept */
};

/* Appends n bytes of s to t (nothing once memory has run out). */
static inline void text_put(struct text *t, const char *s, size_t n)
{
	if (t->oom)
		return;
	if (t->n + n + 1 > t->cap) {
		size_t cap = t->cap ? t->cap : 4096;
		char *p;

		while (t->n + n + 1 > cap)
			cap *= 2;
		if ((p = realloc(t->s, cap)) == NULL) {
			t->oom = true;
			return;
		}
		t->s = p;
		t->cap = cap;
	}
	memcpy(t->s + t->n, s, n);
	t->n += n;
	t->s[t->n] = '\0';
}

static inline void text_puts(struct text *t, const char *s)
{
	text_put(t, s, strlen(s));
}

#endif
