/* json.c — reading data files: cJSON plus errors that say where and what was expected. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* The line and column of `at` in json[0..len), 1-based, as "name:LINE:COL" in where. */
static void where_at(char *where, size_t size, const char *name, const char *json,
		     const char *at)
{
	int line = 1, col = 1;

	for (const char *p = json; p < at; p++) {
		if (*p == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
	}
	snprintf(where, size, "%s:%d:%d", name, line, col);
}

/* Notes each key that appears twice in one object, anywhere under v (at `path`): cJSON
 * would keep the first and jq or Python the last, so kzmig takes neither.  The recursion
 * is as deep as the JSON, which cJSON's parser keeps within CJSON_NESTING_LIMIT (1000). */
/* NOLINTNEXTLINE(misc-no-recursion) */
static void duplicate_keys(struct kzj_check *c, const cJSON *v, const char *path)
{
	const cJSON *m;
	char p[96];
	int i = 0;

	for (m = v->child; m != NULL; m = m->next, i++) {
		if (cJSON_IsObject(v)) {
			kzj_path(p, sizeof p, path, m->string, 0);
			for (const cJSON *k = v->child; k != m; k = k->next)
				if (strcmp(k->string, m->string) == 0) {
					kz_error e = {0};
					char where[96];

					snprintf(where, sizeof where, "%s: %s", c->name, p);
					kz_error_set(&e, KZ_EDATA, where, "a second time in its object "
						     "(expected each key once)");
					kzj_note(c, &e);
					break;
				}
		} else {
			kzj_path(p, sizeof p, path, NULL, i);
		}
		if (m->child != NULL)
			duplicate_keys(c, m, p);
	}
}

/* Every loader parses here: one JSON object and nothing after it, no key twice in an
 * object.  NULL when the text is not that (each problem noted), else the tree. */
cJSON *kzj_parse_all(const char *json, size_t len, struct kzj_check *c)
{
	cJSON *root;
	const char *end = NULL, *bad_at;
	kz_error e = {0};
	char where[96];
	int before = c->problems;

	if (json == NULL || len == 0)
		return kzj_fail(c, "empty file (expected a JSON object)"), NULL;
	if (memchr(json, '\0', len) != NULL)
		return kzj_fail(c, "NUL byte in the file (expected JSON text)"), NULL;
	root = cJSON_ParseWithLengthOpts(json, len, &end, 0);
	if (root == NULL) {
		bad_at = cJSON_GetErrorPtr();
		if (bad_at == NULL || bad_at < json || bad_at > json + len)
			bad_at = json;
		where_at(where, sizeof where, c->name, json, bad_at);
		kz_error_set(&e, KZ_EDATA, where, "not valid JSON here (expected a JSON object)");
		kzj_note(c, &e);
		return NULL;
	}
	while (end < json + len && (*end == ' ' || *end == '\t' || *end == '\n' || *end == '\r'))
		end++;
	if (end < json + len) {
		where_at(where, sizeof where, c->name, json, end);
		kz_error_set(&e, KZ_EDATA, where, "more text after the JSON value (expected the "
			     "end of the file)");
		kzj_note(c, &e);
	} else if (!cJSON_IsObject(root)) {
		kzj_fail(c, "top level is not an object (expected {...})");
	} else {
		duplicate_keys(c, root, "");
	}
	if (c->problems > before) {
		cJSON_Delete(root);
		return NULL;
	}
	return root;
}

cJSON *kzj_parse(const char *json, size_t len, const char *name, kz_error *err)
{
	struct kzj_check c = {.name = name};
	cJSON *root = kzj_parse_all(json, len, &c);

	if (root == NULL && err != NULL)
		*err = c.first;
	return root;
}

/* Counts a problem, keeps the first, and hands each to the reporter if there is one. */
void kzj_note(struct kzj_check *c, const kz_error *e)
{
	if (c->problems++ == 0)
		c->first = *e;
	if (c->report != NULL)
		c->report(e, c->arg);
}

int kzj_fail_at(struct kzj_check *c, const char *path, const char *fmt, ...)
{
	kz_error e = {.code = KZ_EDATA};
	va_list ap;

	if (path != NULL && *path)
		snprintf(e.where, sizeof e.where, "%s: %s", c->name, path);
	else
		snprintf(e.where, sizeof e.where, "%s", c->name);
	va_start(ap, fmt);
	if (vsnprintf(e.msg, sizeof e.msg, kzi_tr(fmt), ap) >= (int)sizeof e.msg)
		kzi_utf8_cut(e.msg);
	va_end(ap);
	kzj_note(c, &e);
	return -1;
}

int kzj_oom(struct kzj_check *c)
{
	kz_error e = {0};

	kz_error_set(&e, KZ_ENOMEM, c->name, "out of memory");
	kzj_note(c, &e);
	return -1;
}

int kzj_took(struct kzj_check *c, int rc, const kz_error *e)
{
	if (rc != 0)
		kzj_note(c, e);
	return rc;
}

/* Appends s to buf[*k..size - 1), cutting it to fit as snprintf would. */
static void path_cat(char *buf, size_t size, size_t *k, const char *s)
{
	while (*s && *k + 1 < size)
		buf[(*k)++] = *s++;
}

/* Loaders build a path for every item, almost always for no error: without printf it
 * costs little at start-up.  The same text as "%s%s%s" / "%s[%d]". */
const char *kzj_path(char *buf, size_t size, const char *path, const char *key, int index)
{
	size_t k = 0;

	if (size == 0)
		return buf;
	path_cat(buf, size, &k, path);
	if (key != NULL) {
		if (*path)
			path_cat(buf, size, &k, ".");
		path_cat(buf, size, &k, key);
	} else {
		char d[16];
		int i = (int)sizeof d - 1;
		unsigned u = index < 0 ? 0u - (unsigned)index : (unsigned)index;

		d[i] = '\0';
		do
			d[--i] = (char)('0' + u % 10);
		while ((u /= 10) != 0);
		if (index < 0)
			d[--i] = '-';
		path_cat(buf, size, &k, "[");
		path_cat(buf, size, &k, d + i);
		path_cat(buf, size, &k, "]");
	}
	buf[k] = '\0';
	return buf;
}

static int bad(kz_error *err, const char *name, const char *path, const char *key,
	       const char *expected)
{
	char p[96], where[96];

	kzj_path(p, sizeof p, path, key, 0);
	snprintf(where, sizeof where, "%s: %s", name, p);
	return kz_error_set(err, KZ_EDATA, where, "%s", expected);
}

static const char *type_name(int type)
{
	switch (type) {
	/* TRANSLATORS: what a JSON member was expected to be, in "missing (expected %s)". */
	case cJSON_String: return KZ_("a string");
	case cJSON_Number: return KZ_("a number");
	case cJSON_Object: return KZ_("an object");
	case cJSON_Array: return KZ_("an array");
	case cJSON_True | cJSON_False: return KZ_("true or false");
	}
	return KZ_("a value");
}

const cJSON *kzj_member(const cJSON *obj, const char *key, int type, bool nullable,
			const char *name, const char *path, kz_error *err)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	char msg[200];

	if (v == NULL || cJSON_IsNull(v)) {
		if (!nullable) {
			snprintf(msg, sizeof msg, KZ_("missing (expected %s)"), type_name(type));
			bad(err, name, path, key, msg);
		}
		return NULL;
	}
	if ((v->type & 0xFF & type) == 0) {
		snprintf(msg, sizeof msg, KZ_("wrong type (expected %s)"), type_name(type));
		bad(err, name, path, key, msg);
		return NULL;
	}
	return v;
}

/* kzj_member's NULL means "absent" for a nullable member, else an error; err tells. */
#define MEMBER_OR_RETURN(v, obj, key, type)                                               \
	do {                                                                              \
		kz_error tmp_ = {0};                                                      \
		(v) = kzj_member(obj, key, type, nullable, name, path, &tmp_);            \
		if ((v) == NULL) {                                                        \
			if (tmp_.code == KZ_OK)                                           \
				return 0;                                                 \
			if (err)                                                          \
				*err = tmp_;                                              \
			return -1;                                                        \
		}                                                                         \
	} while (0)

int kzj_string(const cJSON *obj, const char *key, bool nullable, const char *name,
	       const char *path, const char **out, kz_error *err)
{
	const cJSON *v;

	MEMBER_OR_RETURN(v, obj, key, cJSON_String);
	if (v->valuestring[0] == '\0' && !nullable)
		return bad(err, name, path, key, "empty (expected some text)");
	*out = v->valuestring;
	return 0;
}

int kzj_int(const cJSON *obj, const char *key, bool nullable, long min, long max,
	    const char *name, const char *path, int *out, kz_error *err)
{
	const cJSON *v;
	char msg[200];

	MEMBER_OR_RETURN(v, obj, key, cJSON_Number);
	if (!(v->valuedouble >= (double)min && v->valuedouble <= (double)max) ||
	    v->valuedouble != floor(v->valuedouble)) {
		snprintf(msg, sizeof msg, "%g out of range (expected a whole number %ld..%ld)",
			 v->valuedouble, min, max);
		return bad(err, name, path, key, msg);
	}
	*out = (int)v->valuedouble;
	return 0;
}

int kzj_tenths(const cJSON *obj, const char *key, bool nullable, long min, long max,
	       const char *name, const char *path, int *out, kz_error *err)
{
	const cJSON *v;
	char msg[96];
	double t;

	MEMBER_OR_RETURN(v, obj, key, cJSON_Number);
	t = v->valuedouble * 10.0;
	if (!(t >= (double)min * 10 && t <= (double)max * 10) || fabs(t - round(t)) > 1e-6) {
		snprintf(msg, sizeof msg,
			 "%g out of range (expected %ld..%ld in steps of 0.1)", v->valuedouble,
			 min, max);
		return bad(err, name, path, key, msg);
	}
	*out = (int)lround(t);
	return 0;
}

int kzj_bool(const cJSON *obj, const char *key, bool nullable, const char *name,
	     const char *path, bool *out, kz_error *err)
{
	const cJSON *v;

	MEMBER_OR_RETURN(v, obj, key, cJSON_True | cJSON_False);
	*out = cJSON_IsTrue(v);
	return 0;
}

int kzj_date(const cJSON *obj, const char *key, bool nullable, const char *name,
	     const char *path, kz_day *out, kz_error *err)
{
	const cJSON *v;
	char msg[96];

	MEMBER_OR_RETURN(v, obj, key, cJSON_String);
	if (kz_day_parse(v->valuestring, strlen(v->valuestring), out) != 0) {
		snprintf(msg, sizeof msg, "'%.20s' is not a date (expected YYYY-MM-DD)",
			 v->valuestring);
		return bad(err, name, path, key, msg);
	}
	return 0;
}

const char *kz_strdup_in(struct kz_strings **arena, const char *s)
{
	size_t n = strlen(s) + 1;
	struct kz_strings *a = *arena;
	char *p;

	if (a == NULL || a->cap - a->len < n) {
		size_t cap = n > 4096 ? n : 4096;

		a = malloc(sizeof *a);
		if (a == NULL)
			return NULL;
		a->buf = malloc(cap);
		if (a->buf == NULL) {
			free(a);
			return NULL;
		}
		a->len = 0;
		a->cap = cap;
		a->next = *arena;
		*arena = a;
	}
	p = a->buf + a->len;
	memcpy(p, s, n);
	a->len += n;
	return p;
}

void kz_strings_free(struct kz_strings *arena)
{
	while (arena != NULL) {
		struct kz_strings *next = arena->next;

		free(arena->buf);
		free(arena);
		arena = next;
	}
}

/* The days a dated rule is applied on and the days its sources cover (internal.h).  The
 * sourced days default to the applied ones; where they are narrower, "beyond_sources"
 * must say what is not known outside them. */
int kzj_span(const cJSON *j, const char *name, const char *path, struct kz_span *out,
	     struct kz_strings **strings, kz_error *err)
{
	const char *beyond = NULL;
	bool narrower;

	*out = (struct kz_span){KZ_NO_DAY, KZ_NO_DAY, KZ_NO_DAY, KZ_NO_DAY, NULL};
	if (kzj_date(j, "from", true, name, path, &out->from, err) ||
	    kzj_date(j, "until", true, name, path, &out->until, err))
		return -1;
	out->sourced_from = out->from;
	out->sourced_until = out->until;
	if (kzj_date(j, "sourced_from", true, name, path, &out->sourced_from, err) ||
	    kzj_date(j, "sourced_until", true, name, path, &out->sourced_until, err) ||
	    kzj_string(j, "beyond_sources", true, name, path, &beyond, err))
		return -1;
	if (out->from != KZ_NO_DAY && out->until != KZ_NO_DAY && out->until < out->from)
		return bad(err, name, path, "until", "before from (expected from <= until)");
	if ((out->from != KZ_NO_DAY &&
	     (out->sourced_from == KZ_NO_DAY || out->sourced_from < out->from)) ||
	    (out->until != KZ_NO_DAY &&
	     (out->sourced_until == KZ_NO_DAY || out->sourced_until > out->until)))
		return bad(err, name, path, "sourced_from",
			   "the sourced days reach beyond from..until (expected them inside)");
	if (out->sourced_from != KZ_NO_DAY && out->sourced_until != KZ_NO_DAY &&
	    out->sourced_until < out->sourced_from)
		return bad(err, name, path, "sourced_until",
			   "before sourced_from (expected sourced_from <= sourced_until)");
	narrower = out->sourced_from != out->from || out->sourced_until != out->until;
	if (narrower && beyond == NULL)
		return bad(err, name, path, "beyond_sources",
			   "missing (expected what is not known outside the sourced days)");
	if (!narrower && beyond != NULL)
		return bad(err, name, path, "beyond_sources",
			   "given, but the sources cover every day from..until (expected no "
			   "beyond_sources)");
	if (beyond != NULL && (out->beyond = kz_strdup_in(strings, beyond)) == NULL)
		return kz_error_set(err, KZ_ENOMEM, name, "out of memory");
	return 0;
}

void kz_span_unsourced(const struct kz_span *s, const char *kind, const char *what,
		       struct kz_unsourced *out, size_t cap, size_t *n)
{
	if (s->sourced_from != s->from) {
		if (*n < cap)
			out[*n] = (struct kz_unsourced){kind, what, s->from, s->sourced_from - 1,
							s->beyond};
		(*n)++;
	}
	if (s->sourced_until != s->until) {
		if (*n < cap)
			out[*n] = (struct kz_unsourced){kind, what, s->sourced_until + 1, s->until,
							s->beyond};
		(*n)++;
	}
}
