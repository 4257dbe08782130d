/* data.c — the facts kzmig runs on: built in, or read from a folder given by --data DIR
 * or KZMIG_DATA (the CLI reads the environment; the library never does).
 *
 * The built-in data is not JSON to parse at every start: it is the library's own
 * (kz_rules_builtin), loaded at build time and compiled in, so a run on it parses nothing
 * and builds no day table.  A data folder is read, parsed and checked at every run. */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#include "cli.h"

static const char *data_dir;
static struct kz_data loaded;
/* What was loaded from a folder, to free at exit (the built-in data is never freed). */
static kz_calendar *own_cal;
static kz_regimes *own_regimes;
static kz_fines *own_fines;

void data_set_dir(const char *dir)
{
	data_dir = dir;
}

const char *data_dir_get(void)
{
	const char *dir = data_dir ? data_dir : getenv("KZMIG_DATA");

	return dir != NULL && *dir != '\0' ? dir : NULL;
}

char *read_file(const char *path, size_t *len, kz_error *err)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0;

	if (f == NULL) {
		kz_error_set(err, KZ_EDATA, path, "cannot open: %s", sys_error(errno));
		return NULL;
	}
	for (;;) {
		if (cap - n < 4096) {
			char *nb;

			cap = cap ? cap * 2 : 65536;
			if (cap > (size_t)64 << 20) {
				kz_error_set(err, KZ_EDATA, path, "larger than 64 MB");
				goto fail;
			}
			nb = realloc(buf, cap + 1);
			if (nb == NULL) {
				kz_error_set(err, KZ_ENOMEM, path, "out of memory");
				goto fail;
			}
			buf = nb;
		}
		size_t got = fread(buf + n, 1, cap - n, f);

		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f)) {
		kz_error_set(err, KZ_EDATA, path, "read error: %s", sys_error(errno));
		goto fail;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
fail:
	fclose(f);
	free(buf);
	return NULL;
}

/* A bump arena for cJSON's nodes while a data folder's file loads: the loader's parse
 * then does no malloc per node and its cJSON_Delete frees nothing, the arena going all at
 * once afterwards (a quarter of the cost of loading the three files).  cJSON's
 * hooks are process-wide, which is why this is in the CLI, single-threaded and setting no
 * other hooks, and not in the library, which a program with threads or hooks of its own
 * may call. */
struct chunk {
	struct chunk *next;
	size_t used, cap;
	max_align_t data[];
};
static struct chunk *arena;

/* n bytes from the arena, aligned for anything; NULL when out of memory. */
static void *arena_alloc(size_t n)
{
	void *p;

	n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
	if (arena == NULL || arena->cap - arena->used < n) {
		size_t cap = n > ((size_t)1 << 20) ? n : (size_t)1 << 20;
		struct chunk *c = malloc(sizeof *c + cap);

		if (c == NULL)
			return NULL;
		*c = (struct chunk){arena, 0, cap};
		arena = c;
	}
	p = (char *)arena->data + arena->used;
	arena->used += n;
	return p;
}

/* cJSON's free while the arena is in use: the memory goes with the arena. */
static void arena_keep(void *p)
{
	(void)p;
}

/* Frees the whole arena. */
static void arena_release(void)
{
	while (arena != NULL) {
		struct chunk *next = arena->next;

		free(arena);
		arena = next;
	}
}

typedef void *(*loader)(const char *, size_t, const char *, kz_error *);

char *path_join(const char *dir, const char *name)
{
	size_t nd = strlen(dir), nn = strlen(name);
	char *p = malloc(nd + nn + 2);

	if (p != NULL)
		snprintf(p, nd + nn + 2, "%s/%s", dir, name);
	return p;
}

/* DIR/name loaded by fn, or NULL after printing why. */
static void *load_one(const char *dir, const char *name, loader fn)
{
	char *label = path_join(dir, name), *bytes = NULL;
	size_t len = 0;
	kz_error err = {0};
	void *obj = NULL;

	if (label == NULL)
		kz_error_set(&err, KZ_ENOMEM, dir, "out of memory");
	else
		bytes = read_file(label, &len, &err);
	if (bytes != NULL) {
		cJSON_Hooks hooks = {arena_alloc, arena_keep};

		cJSON_InitHooks(&hooks);
		obj = fn(bytes, len, label, &err);
		cJSON_InitHooks(NULL); /* back to malloc and free */
		arena_release();
	}
	free(bytes);
	if (obj == NULL)
		fail_err(&err);
	free(label);
	/* fn returns a new object, never &err: cppcheck cannot see through the pointer. */
	// cppcheck-suppress returnDanglingLifetime
	return obj;
}

static void *load_cal(const char *j, size_t n, const char *name, kz_error *e)
{
	return kz_calendar_load(j, n, name, e);
}

static void free_all(void)
{
	kz_calendar_free(own_cal);
	kz_regimes_free(own_regimes);
	kz_fines_free(own_fines);
}

static void *load_regimes(const char *j, size_t n, const char *name, kz_error *e)
{
	return kz_regimes_load(j, n, name, e);
}

static void *load_fines(const char *j, size_t n, const char *name, kz_error *e)
{
	return kz_fines_load(j, n, name, e);
}

const struct kz_data *data_load(int need)
{
	static bool registered;
	const char *dir = data_dir_get();

	if (dir == NULL) { /* built in: ready, nothing to load or free */
		const struct kz_rules *b = kz_rules_builtin();

		loaded = (struct kz_data){b->cal, b->regimes, b->fines};
		return &loaded;
	}
	if (!registered) {
		atexit(free_all);
		registered = true;
	}
	if ((need & DATA_CAL) && loaded.cal == NULL &&
	    (loaded.cal = own_cal = load_one(dir, "holidays_kz.json", load_cal)) == NULL)
		return NULL;
	if ((need & DATA_REGIMES) && loaded.regimes == NULL &&
	    (loaded.regimes = own_regimes = load_one(dir, "visa_free.json", load_regimes)) ==
		    NULL)
		return NULL;
	if ((need & DATA_FINES) && loaded.fines == NULL &&
	    (loaded.fines = own_fines = load_one(dir, "fines_kz.json", load_fines)) == NULL)
		return NULL;
	return &loaded;
}

const char *data_as_of(void)
{
	const struct kz_data *d = data_load(DATA_CAL);

	return d ? kz_calendar_as_of(d->cal) : NULL;
}

/* A text of the loaded data in the run's language: the data carries each in English,
 * Russian and Kazakh (kz_*_text). */
const char *data_text_in(const char *en)
{
	enum kz_lang l = cli_lang == LANG_RU ? KZ_LANG_RU : cli_lang == LANG_KK ? KZ_LANG_KK
									      : KZ_LANG_EN;
	const struct kz_rules *b;
	struct kz_data d = loaded;
	const char *t = NULL;

	if (en == NULL || l == KZ_LANG_EN)
		return en;
	/* nothing loaded (the page, which uses the built-in rules without data_load(), and
	 * reads no environment: wasi-libc's getenv would end it) */
	if (d.cal == NULL && d.regimes == NULL && d.fines == NULL &&
	    (b = kz_rules_builtin()) != NULL)
		d = (struct kz_data){b->cal, b->regimes, b->fines};
	if ((d.regimes && (t = kz_regimes_text(d.regimes, en, l)) != NULL) ||
	    (d.fines && (t = kz_fines_text(d.fines, en, l)) != NULL) ||
	    (d.cal && (t = kz_calendar_text(d.cal, en, l)) != NULL))
		return t;
	return en;
}

/* The library's sentences (kz_set_translator): the catalog's, else a data text's. */
const char *cli_translate(const char *msgid)
{
	const char *t = tr(msgid);

	return t != msgid ? t : data_text(msgid);
}
