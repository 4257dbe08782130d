/* out.h — output formats as modules.  due, batch and remind hand every person (or every
 * listed reminder) to one format through struct out_format, so a new format or language
 * plugs in at one place: a table entry in out.c and a file out_<name>.c.
 *
 *   out_begin(&o, "csv", path, &doc);      opens stdout or a temporary file, begins
 *   out_person(o, &who) / out_item(o, &it) each person of due or batch, each reminder
 *   rc = out_end(o, rc);                   ends, writes, renames into place, frees
 *
 * Memory: out_begin allocates the writer and the format's state; out_end frees both. */
#ifndef KZ_OUT_H
#define KZ_OUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* One person and their deadlines, as every format is handed them. */
struct out_person {
	const char *id;   /* the roster's id cell, or NULL for `due` (no roster) */
	const char *name; /* the name cell, "" when empty (NULL for `due`) */
	const char *email;
	size_t id_len, name_len, email_len;
	bool plain; /* no cell holds a comma, quote, CR or LF: none needs CSV quoting */
	const struct kz_person *p;
	const struct kz_deadline *dl;
	size_t n;
};

/* One line of `remind`: a deadline listed on a day, for its due date, the day its window
 * opens or its apply-by day. */
enum item_what { ITEM_DUE, ITEM_OPENS, ITEM_APPLY };
struct out_item {
	kz_day date;
	enum item_what what;
	bool twin; /* an apply-by whose deadline is listed again on its due date */
	const char *id, *name; /* the roster's cells; name "" when empty */
	const struct kz_person *p;
	const struct kz_deadline *d;
};

/* What the whole document is about. */
struct out_doc {
	const struct kz_data *data;
	kz_day today;
	kz_day first, last;  /* remind: the days listed (first is today - --overdue) */
	const char *roster;  /* remind: the roster's name, for the text's first line */
	const char *input;   /* batch: the roster's path, which --output must not replace */
	bool explain;        /* due --explain: the days each working-day count passed over */
	struct ics_opts ics; /* the alarms */
};

struct out;
/* A format: begin and end a document, write one person or one reminder.  Each returns 0,
 * or an exit code after printing why; end writes the document when `write` is set and
 * drops it otherwise.  A format without person or item is refused for that command. */
struct out_format {
	const char *name;
	int (*begin)(struct out *o);
	int (*person)(struct out *o, const struct out_person *who);
	int (*item)(struct out *o, const struct out_item *it);
	int (*end)(struct out *o, bool write);
};
extern const struct out_format out_text, out_json, out_csv, out_ics, out_xlsx;

/* The writer: a buffer in front of stdout or of a temporary file beside --output FILE
 * that out_end renames into place, so a failed run never leaves a partial FILE.  Formats
 * fill the buffer (o_put, or o_room for a hand-written line); the text format writes
 * through stdio to f instead and never mixes the two. */
struct out {
	FILE *f;          /* stdout, or the temporary file */
	const char *path; /* --output FILE, or NULL for stdout */
	char *tmp;        /* the temporary file beside it */
	char *target;     /* the file it replaces (a link's own file), or NULL */
	char *scratch;    /* out_file_name() for stdout or a device: copied there at the end */
	int err;          /* errno of the first write error, or 0 */
	bool failed;      /* a person or item could not be written: no file is left */
	const struct out_format *fmt;
	const struct out_doc *doc;
	void *state; /* the format's own: the calendar, the CSV caches */
	kz_day last; /* the text of remind: the day of the last heading */
	size_t n;
	char buf[1 << 16];
};

int out_begin(struct out **op, const char *format, const char *path, const struct out_doc *doc);
int out_end(struct out *o, int rc);
void out_flush(struct out *o); /* the buffer and f, before a message on stderr */

/* The name of a file for a format that writes its document by name (xlsx) in its end:
 * the temporary file beside --output FILE, renamed into place as any other; or, for
 * stdout and devices, a scratch file in TMPDIR that out_end copies there and removes.
 * Valid until out_end; NULL after printing why. */
const char *out_file_name(struct out *o);

void o_flush(struct out *o);
void o_put(struct out *o, const char *s, size_t n);

/* Writes one person; 0 or the exit code to stop with (a write error stops at once). */
static inline int out_person(struct out *o, const struct out_person *who)
{
	int rc = o->fmt->person(o, who);

	o->failed |= rc != 0;
	return rc == 0 && o->err != 0 ? EXIT_PARTIAL : rc;
}

/* Writes one reminder; as out_person. */
static inline int out_item(struct out *o, const struct out_item *it)
{
	int rc = o->fmt->item(o, it);

	o->failed |= rc != 0;
	return rc == 0 && o->err != 0 ? EXIT_PARTIAL : rc;
}

/* Appends a NUL-terminated string. */
static inline void o_str(struct out *o, const char *s)
{
	o_put(o, s, strlen(s));
}

/* Appends one byte. */
static inline void o_ch(struct out *o, char c)
{
	if (o->n == sizeof o->buf)
		o_flush(o);
	o->buf[o->n++] = c;
}

/* Makes room for n bytes (n <= the buffer's size) and returns where they go; the caller
 * sets o->n past what it wrote. */
static inline char *o_room(struct out *o, size_t n)
{
	if (sizeof o->buf - o->n < n)
		o_flush(o);
	return o->buf + o->n;
}

/* ---- JSON (out_json.c) ----------------------------------------------------------------
 * Builders where a failed allocation is never lost: each adds to o and returns false when
 * out of memory (o is then incomplete, and the caller deletes it and fails). */
struct cJSON;
bool j_str(struct cJSON *o, const char *key, const char *s); /* NULL: null */
bool j_num(struct cJSON *o, const char *key, double v);
bool j_bool(struct cJSON *o, const char *key, bool v);
bool j_day(struct cJSON *o, const char *key, kz_day d);   /* KZ_NO_DAY: null */
bool j_item(struct cJSON *o, const char *key, struct cJSON *item); /* NULL item: false */
bool j_push(struct cJSON *arr, struct cJSON *item);                /* NULL item: false */
/* Prints o (pretty, or on one line) and a newline to stdout and deletes o; NULL (out of
 * memory while building) is an error.  0 or EXIT_PARTIAL after printing why. */
int j_print(struct cJSON *o, bool pretty);
/* A penalty as `due` and `fine` give it: {"article","on","host","mci","kzt",...}; NULL
 * when out of memory. */
struct cJSON *penalty_json(const struct kz_penalty *p, const struct kz_penalty *repeat);

/* ---- iCalendar (out_ics.c, the one file that uses libical) ----------------------------
 * A calendar collects the deadlines of one or more people and is written in one go. */
struct ics_cal;
struct ics_cal *ics_begin(void); /* NULL after printing why */
/* person_id (roster id, or "" for `due`) and name (or NULL) go into UIDs and titles.
 * Returns 0, or EXIT_PARTIAL after printing the error (out of memory). */
int ics_add(struct ics_cal *c, const char *person_id, const char *name,
	    const struct kz_person *p, const struct kz_deadline *dl, size_t n,
	    const struct ics_opts *o);
/* One all-day event for a day of the working-day calendar (kzmig calendar --format ics):
 * no alarms.  kind ("holiday", "day-off", "working-day") and the day make its UID.
 * Returns 0, or EXIT_PARTIAL after printing the error (out of memory). */
int ics_add_day(struct ics_cal *c, kz_day day, const char *kind, const char *summary,
		const char *description);
int ics_end(struct ics_cal *c, FILE *out); /* writes with CRLF and frees; 0 or -1 */
void ics_free(struct ics_cal *c);          /* frees without writing; NULL is fine */
int ics_write(struct ics_cal *c, struct out *o); /* into o's buffer, and frees */

#endif
