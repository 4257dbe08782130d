/* internal.h — helpers shared by the core's loaders; not part of the public API. */
#ifndef KZ_INTERNAL_H
#define KZ_INTERNAL_H

#include <stdio.h>

#include <cjson/cJSON.h>

#include "kzmig.h"

/* Parses JSON; on failure reports "name:LINE:COL" and what was expected. */
cJSON *kzj_parse(const char *json, size_t len, const char *name, kz_error *err);

/* Member access with errors naming "name: path.key".  `path` is the object's own path
 * ("" for the root).  A nullable member may be absent or null: then *out is left as the
 * caller set it and the function returns 0. */
const cJSON *kzj_member(const cJSON *obj, const char *key, int type, bool nullable,
			const char *name, const char *path, kz_error *err);
int kzj_string(const cJSON *obj, const char *key, bool nullable, const char *name,
	       const char *path, const char **out, kz_error *err);
int kzj_int(const cJSON *obj, const char *key, bool nullable, long min, long max,
	    const char *name, const char *path, int *out, kz_error *err);
int kzj_bool(const cJSON *obj, const char *key, bool nullable, const char *name,
	     const char *path, bool *out, kz_error *err);
int kzj_date(const cJSON *obj, const char *key, bool nullable, const char *name,
	     const char *path, kz_day *out, kz_error *err);
/* A number in tenths: 0.5 -> 5; rejects finer fractions. */
int kzj_tenths(const cJSON *obj, const char *key, bool nullable, long min, long max,
	       const char *name, const char *path, int *out, kz_error *err);
/* "path[i]" and "path.key" into buf. */
const char *kzj_path(char *buf, size_t size, const char *path, const char *key, int index);

/* A growable arena for the strings a loaded object keeps: freed all at once. */
struct kz_strings {
	char *buf;
	size_t len, cap;
	struct kz_strings *next;
};
const char *kz_strdup_in(struct kz_strings **arena, const char *s);
void kz_strings_free(struct kz_strings *arena);

#endif
