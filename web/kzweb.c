/* kzweb.c — what the page for students (web/app.js) calls in the WebAssembly build of
 * kzmig (make web; doc/web.md says why it is built this way).
 *
 * The page hands over a person's facts as the lines "key=value" of a text, the keys the
 * roster's column names (arrival, citizenship, birth, visa_expiry, passport_expiry,
 * trp_expiry, entry, host, count_from, today) and "trip" (FROM:TO) and "moved" (a date),
 * each once per item; the values are read by the library's own readers (kz_fact_*), and
 * the deadlines worked out as `kzmig due` does, in the words of the CLI (words.c,
 * util.c, the catalogs of i18n.c).  The answer is JSON, written here: the page needs the
 * deadlines' values and words, not the CLI's JSON document (and cJSON, which writes that
 * and reads the data files, is not linked: the built-in rules need no JSON).
 *
 * Memory: one input buffer (kzw_input) and one output buffer (kzw_output), both the
 * module's, reused by every call; nothing else outlives a call. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "i18n.h"
#include "ics_text.h"
#include "text.h"
#include "words.h"

#if defined(__wasm__)
#define KZW_EXPORT(name) __attribute__((export_name(name)))
#else
#define KZW_EXPORT(name)
#endif

/* As `kzmig due`: a deadline for the arrival, two per move, the stay's, with room. */
#define MAX_DEADLINES (2 * KZ_LIST_MAX + KZ_DEADLINES_MAX)
#define MAX_ERRORS 24

static struct text answer_text;
static char *in;
static size_t in_cap;

/* A JSON string (or null for NULL): '"', '\\' and control characters escaped. */
static void jstr(struct text *t, const char *s)
{
	static const char hex[] = "0123456789abcdef";

	if (s == NULL) {
		text_puts(t, "null");
		return;
	}
	text_put(t, "\"", 1);
	for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
		if (*u == '"' || *u == '\\') {
			char e[2] = {'\\', (char)*u};

			text_put(t, e, 2);
		} else if (*u < 0x20) {
			char e[6] = {'\\', 'u', '0', '0', hex[*u >> 4], hex[*u & 15]};

			text_put(t, e, 6);
		} else {
			text_put(t, (const char *)u, 1);
		}
	}
	text_put(t, "\"", 1);
}

/* ,"key": and the value's start. */
static void key(struct text *t, const char *k)
{
	if (t->n > 0 && t->s[t->n - 1] != '{' && t->s[t->n - 1] != '[')
		text_put(t, ",", 1);
	jstr(t, k);
	text_put(t, ":", 1);
}

static void kstr(struct text *t, const char *k, const char *v)
{
	key(t, k);
	jstr(t, v);
}

static void kint(struct text *t, const char *k, long v)
{
	char b[24];

	key(t, k);
	snprintf(b, sizeof b, "%ld", v);
	text_puts(t, b);
}

static void kbool(struct text *t, const char *k, bool v)
{
	key(t, k);
	text_puts(t, v ? "true" : "false");
}

/* "key": "YYYY-MM-DD" and "key_long": "Thu 27 Mar 2025" (the CLI's words for a day), or
 * nulls for no day. */
static void kday(struct text *t, const char *k, kz_day d)
{
	char iso[11], lng[DAY_TEXT], k2[32];

	snprintf(k2, sizeof k2, "%s_long", k);
	kstr(t, k, d == KZ_NO_DAY ? NULL : kz_day_format(d, iso));
	kstr(t, k2, d == KZ_NO_DAY ? NULL : fmt_day_long(d, lng));
}

/* ---- the person's facts, from the page's text ------------------------------------------ */

struct req {
	struct kz_person p;
	struct kz_trip trips[KZ_LIST_MAX];
	kz_day moves[KZ_LIST_MAX];
	char stamp[17]; /* DTSTAMP: YYYYMMDDTHHMMSSZ, from the page's clock */
	bool has_cc;
	struct {
		const char *field;
		char msg[sizeof ((kz_error *)0)->msg]; /* the longest message it holds */
	} err[MAX_ERRORS];
	size_t nerr;
};

/* Notes a problem with a field (the roster's column name, which is the form's too). */
static void bad(struct req *r, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void bad(struct req *r, const char *field, const char *fmt, ...)
{
	va_list ap;

	if (r->nerr == MAX_ERRORS)
		return;
	r->err[r->nerr].field = field;
	va_start(ap, fmt);
	vsnprintf(r->err[r->nerr].msg, sizeof r->err[r->nerr].msg, fmt, ap);
	va_end(ap);
	r->nerr++;
}

static void date_of(struct req *r, const char *field, const char *v, kz_day *out)
{
	char why[KZ_WHY_MAX];

	if (kz_fact_date(v, strlen(v), out, why) != 0)
		bad(r, field, "%s", why);
}

/* One "key=value" of the page's text. */
static void fact(struct req *r, const char *k, const char *v)
{
	char why[KZ_WHY_MAX];
	int w;
	size_t n;

	if (strcmp(k, "arrival") == 0) {
		date_of(r, k, v, &r->p.arrival);
	} else if (strcmp(k, "citizenship") == 0) {
		/* as `due --citizenship`: two letters, any case; the rules say if it is known */
		if (strlen(v) != 2) {
			/* util.c's message for --citizenship, so its catalog entry is found */
			bad(r, k, _("'%.20s' is not a two-letter code (expected ISO 3166-1 "
				    "alpha-2, e.g. UZ)"), v);
			return;
		}
		for (int i = 0; i < 2; i++)
			r->p.citizenship[i] = (char)(v[i] >= 'a' && v[i] <= 'z' ? v[i] - 'a' + 'A'
										: v[i]);
		r->p.citizenship[2] = '\0';
		r->has_cc = true;
	} else if (strcmp(k, "birth") == 0) {
		date_of(r, k, v, &r->p.birth);
	} else if (strcmp(k, "visa_expiry") == 0) {
		date_of(r, k, v, &r->p.visa_expiry);
	} else if (strcmp(k, "passport_expiry") == 0) {
		date_of(r, k, v, &r->p.passport_expiry);
	} else if (strcmp(k, "trp_expiry") == 0) {
		date_of(r, k, v, &r->p.trp_expiry);
	} else if (strcmp(k, "today") == 0) {
		date_of(r, k, v, &r->p.today);
	} else if (strcmp(k, "entry") == 0) {
		if (kz_fact_word(v, kz_entry_words, &w, why) != 0)
			bad(r, k, "%s", why);
		else
			r->p.entry = w == 0 ? KZ_ENTRY_VISA_FREE : KZ_ENTRY_VISA;
	} else if (strcmp(k, "host") == 0) {
		if (kz_fact_word(v, kz_host_words, &w, why) != 0)
			bad(r, k, "%s", why);
		else
			r->p.host = (enum kz_host)w;
	} else if (strcmp(k, "count_from") == 0) {
		if (kz_fact_word(v, kz_count_from_words, &w, why) != 0)
			bad(r, k, "%s", why);
		else
			r->p.count_from = (enum kz_count_from)w;
	} else if (strcmp(k, "trip") == 0 || strcmp(k, "trips") == 0) {
		/* one FROM:TO, or the roster's list of them */
		if (kz_fact_trips(v, r->trips + r->p.ntrips, KZ_LIST_MAX - r->p.ntrips, &n,
				  why) != 0)
			bad(r, "trips", "%s", why);
		else
			r->p.ntrips += n;
	} else if (strcmp(k, "moved") == 0 || strcmp(k, "moves") == 0) {
		if (kz_fact_moves(v, r->moves + r->p.nmoves, KZ_LIST_MAX - r->p.nmoves, &n,
				  why) != 0)
			bad(r, "moves", "%s", why);
		else
			r->p.nmoves += n;
	} else if (strcmp(k, "stamp") == 0) {
		snprintf(r->stamp, sizeof r->stamp, "%s", v);
	}
}

/* Reads the page's text in[0..len) into r.  The text is changed (split into strings). */
static void read_request(struct req *r, char *s, size_t len)
{
	*r = (struct req){.p = {.arrival = KZ_NO_DAY, .birth = KZ_NO_DAY,
				.visa_expiry = KZ_NO_DAY, .passport_expiry = KZ_NO_DAY,
				.trp_expiry = KZ_NO_DAY, .today = KZ_NO_DAY,
				.host = KZ_HOST_SMALL}};
	r->p.trips = r->trips;
	r->p.moves = r->moves;
	s[len] = '\0';
	for (char *line = s, *next; line != NULL && *line; line = next) {
		char *eq;

		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if ((eq = strchr(line, '=')) == NULL || eq[1] == '\0')
			continue; /* an empty field is a fact not given */
		*eq = '\0';
		fact(r, line, eq + 1);
	}
	/* a fact that must be given and is not: an error without words, which the page
	 * has (it asks for these before it calls) */
	if (r->p.arrival == KZ_NO_DAY)
		bad(r, "arrival", "%s", "");
	if (!r->has_cc)
		bad(r, "citizenship", "%s", "");
	if (r->p.today == KZ_NO_DAY)
		bad(r, "today", "%s", "");
}

/* The deadlines of r's person as `kzmig due` gives them: 0 and *n, or -1 with r's errors
 * (a fact that cannot be true is an error for `due`, named by its field). */
static int deadlines(struct req *r, struct kz_deadline *dl, size_t *n)
{
	const struct kz_rules *rules = kz_rules_builtin();
	struct kz_fact_problem probs[MAX_ERRORS];
	size_t np;
	kz_error err = {0};

	if (r->nerr)
		return -1;
	if (kz_deadlines(rules, &r->p, dl, MAX_DEADLINES, n, &err) != 0) {
		/* an unknown citizenship ("citizenship"), an arrival out of range ("arrival") */
		bad(r, strcmp(err.where, "citizenship") == 0 ? "citizenship" : "arrival", "%s",
		    err.msg);
		return -1;
	}
	np = kz_person_problems(rules, &r->p, probs, MAX_ERRORS);
	for (size_t i = 0; i < np && i < MAX_ERRORS; i++)
		bad(r, kz_fact_name(probs[i].fact), "%s", probs[i].msg);
	return np ? -1 : 0;
}

/* ---- the answers ------------------------------------------------------------------------ */

static void penalty(struct text *t, const char *k, const struct kz_penalty *f)
{
	char w[PENALTY_WORDS], m[16], z[32];

	key(t, k);
	if (f->article == NULL) {
		text_puts(t, "null");
		return;
	}
	text_put(t, "{", 1);
	kstr(t, "article", f->article);
	kday(t, "on", f->on);
	kbool(t, "warning", f->warning);
	kstr(t, "mci", f->warning || f->mci10 == 0 ? NULL : fmt_mci(f->mci10, m));
	kstr(t, "kzt", f->warning || f->mci10 == 0 ? NULL : fmt_kzt(f->kzt10, z));
	kstr(t, "words", penalty_words(f, w));
	kbool(t, "provisional", f->provisional);
	kstr(t, "why", f->provisional && f->why ? data_text(f->why) : NULL);
	text_put(t, "}", 1);
}

static void deadline(struct text *t, const struct kz_deadline *d)
{
	const char *where = deadline_where(d);

	text_put(t, "{", 1);
	kstr(t, "id", d->id);
	kstr(t, "title", deadline_title(d));
	kstr(t, "where", where[0] ? where : NULL);
	kstr(t, "responsible", kz_responsible_name(d->responsible));
	kday(t, "event", d->event);
	kday(t, "opens", d->opens);
	kday(t, "due", d->due);
	kday(t, "apply_by", d->apply_by);
	if (d->due == KZ_NO_DAY)
		kstr(t, "days_left", NULL);
	else
		kint(t, "days_left", d->days_left);
	kstr(t, "status", kz_status_name(d->status));
	kstr(t, "stay", kz_stay_name(d->stay));
	kstr(t, "stay_words", stay_words(d->stay));
	kbool(t, "move", d->move);
	kbool(t, "provisional", d->provisional);
	kstr(t, "provisional_why", d->provisional ? provisional_why(d) : NULL);
	kstr(t, "basis", d->basis ? data_text(d->basis) : NULL);
	kstr(t, "reason", d->reason[0] ? d->reason : NULL);
	if (d->has_fine) {
		penalty(t, "fine", &d->fine);
		penalty(t, "repeat", &d->repeat);
	} else {
		kstr(t, "fine", NULL);
		kstr(t, "repeat", NULL);
	}
	text_put(t, "}", 1);
}

static void errors(struct text *t, const struct req *r)
{
	key(t, "errors");
	text_put(t, "[", 1);
	for (size_t i = 0; i < r->nerr; i++) {
		if (i)
			text_put(t, ",", 1);
		text_put(t, "{", 1);
		kstr(t, "field", r->err[i].field);
		kstr(t, "msg", r->err[i].msg);
		text_put(t, "}", 1);
	}
	text_put(t, "]", 1);
}

/* The answer's length, or 0 when memory ran out (the page says so). */
static size_t answer(void)
{
	return answer_text.oom ? 0 : answer_text.n;
}

/* ---- what the page calls ------------------------------------------------------------------ */

/* Room for the page's text of n bytes (and a NUL): where to write it, or NULL. */
KZW_EXPORT("kzw_input") char *kzw_input(size_t n);
char *kzw_input(size_t n)
{
	if (n + 1 > in_cap) {
		char *p = realloc(in, n + 1);

		if (p == NULL)
			return NULL;
		in = p;
		in_cap = n + 1;
	}
	return in;
}

/* The last answer: its bytes (the length is what the call returned). */
KZW_EXPORT("kzw_output") const char *kzw_output(void);
const char *kzw_output(void)
{
	return answer_text.s ? answer_text.s : "";
}

/* The language of the words: 0 English, 1 Russian, 2 Kazakh (enum lang). */
KZW_EXPORT("kzw_lang") void kzw_lang(int l);
void kzw_lang(int l)
{
	cli_lang = l > 0 && l < LANG_COUNT ? (enum lang)l : LANG_EN;
	/* as main.c: the library's reasons and the data's texts too */
	kz_set_translator(cli_lang == LANG_EN ? NULL : cli_translate);
}

/* The page's own words: the msgid of len bytes in the input (for a plural, the singular,
 * a NUL and the plural, with n >= 0 the number) in the language; returns its length. */
KZW_EXPORT("kzw_tr") size_t kzw_tr(size_t len, long n);
size_t kzw_tr(size_t len, long n)
{
	size_t one = strnlen(in, len);

	in[len] = '\0';
	answer_text.n = 0;
	answer_text.oom = false;
	if (n >= 0 && one < len)
		text_puts(&answer_text, trn(in, in + one + 1, (unsigned long)n));
	else
		text_puts(&answer_text, tr(in));
	return answer();
}

/* Every deadline of the person in the input's len bytes, as JSON:
 *   {"errors": [{"field", "msg"}...], "country", "citizenship", "arrival", "today", "as_of",
 *    "confirmed_from", "confirmed_through", "deadlines": [{...}]}
 * with the errors (and no deadlines) where `kzmig due` would fail.  Returns its length. */
KZW_EXPORT("kzw_due") size_t kzw_due(size_t len);
size_t kzw_due(size_t len)
{
	static struct req r;
	static struct kz_deadline dl[MAX_DEADLINES];
	const struct kz_rules *rules = kz_rules_builtin();
	const char *country;
	size_t n = 0;
	bool ok;

	read_request(&r, in, len);
	ok = deadlines(&r, dl, &n) == 0;
	answer_text.n = 0;
	answer_text.oom = false;
	text_put(&answer_text, "{", 1);
	errors(&answer_text, &r);
	kstr(&answer_text, "citizenship", r.has_cc ? r.p.citizenship : NULL);
	country = r.has_cc ? kz_country_name(rules->regimes, r.p.citizenship) : NULL;
	kstr(&answer_text, "country", country ? data_text(country) : NULL);
	kday(&answer_text, "arrival", r.p.arrival);
	kday(&answer_text, "today", r.p.today);
	kstr(&answer_text, "as_of", kz_calendar_as_of(rules->cal));
	kint(&answer_text, "confirmed_from", kz_calendar_confirmed_from(rules->cal));
	kint(&answer_text, "confirmed_through", kz_calendar_confirmed_through(rules->cal));
	key(&answer_text, "deadlines");
	text_put(&answer_text, "[", 1);
	for (size_t i = 0; ok && i < n; i++) {
		if (i)
			text_put(&answer_text, ",", 1);
		deadline(&answer_text, &dl[i]);
	}
	text_put(&answer_text, "]}", 2);
	return answer();
}

/* The person's calendar, as `kzmig due --format ics` writes it (the input's "stamp" is
 * DTSTAMP and LAST-MODIFIED); 0 when the facts give no deadlines (kzw_due says why). */
KZW_EXPORT("kzw_ics") size_t kzw_ics(size_t len);
size_t kzw_ics(size_t len)
{
	static struct req r;
	static struct kz_deadline dl[MAX_DEADLINES];
	const struct ics_opts alarms = {{7, 1}, 2, KZ_NO_DAY}; /* as `due` without --alarm */
	size_t n = 0, ics_len;
	char *ics;

	read_request(&r, in, len);
	answer_text.n = 0;
	answer_text.oom = false;
	if (deadlines(&r, dl, &n) != 0)
		return 0;
	if ((ics = ics_text(r.stamp, "", NULL, &r.p, dl, n, &alarms, &ics_len)) == NULL)
		return 0;
	text_put(&answer_text, ics, ics_len);
	free(ics);
	return answer();
}

/* Every country the rules know, for the page's list: [["AF","Afghanistan"],...]. */
KZW_EXPORT("kzw_countries") size_t kzw_countries(void);
size_t kzw_countries(void)
{
	const kz_regimes *g = kz_rules_builtin()->regimes;
	char cc[3] = "AA";

	answer_text.n = 0;
	answer_text.oom = false;
	text_put(&answer_text, "[", 1);
	for (cc[0] = 'A'; cc[0] <= 'Z'; cc[0]++)
		for (cc[1] = 'A'; cc[1] <= 'Z'; cc[1]++) {
			const char *name = kz_country_name(g, cc);

			if (name == NULL)
				continue;
			if (answer_text.n > 1)
				text_put(&answer_text, ",", 1);
			text_put(&answer_text, "[", 1);
			jstr(&answer_text, cc);
			text_put(&answer_text, ",", 1);
			jstr(&answer_text, data_text(name)); /* in the language of kzw_lang() */
			text_put(&answer_text, "]", 1);
		}
	text_put(&answer_text, "]", 1);
	return answer();
}
