/* data.c — the facts kzmig runs on: embedded at build time, or read from a folder given
 * by --data DIR or KZMIG_DATA (the CLI reads the environment; the library never does). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *data_dir;
static struct kz_data loaded;

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
		kz_error_set(err, KZ_EDATA, path, "cannot open: %s", strerror(errno));
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
		kz_error_set(err, KZ_EDATA, path, "read error: %s", strerror(errno));
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

/* The file's bytes and the name to report, from the data folder or the binary. */
static const char *file_bytes(const char *name, size_t *len, char **owned, char *label,
			      size_t lsize, kz_error *err)
{
	const char *dir = data_dir_get();

	*owned = NULL;
	if (dir != NULL) {
		snprintf(label, lsize, "%s/%s", dir, name);
		*owned = read_file(label, len, err);
		return *owned;
	}
	for (const struct embedded_file *f = embedded_files; f->name; f++)
		if (strcmp(f->name, name) == 0) {
			snprintf(label, lsize, "%s (built in)", name);
			*len = f->len;
			return f->data;
		}
	kz_error_set(err, KZ_EDATA, name, "not built into this kzmig (expected data/%s)", name);
	return NULL;
}

typedef void *(*loader)(const char *, size_t, const char *, kz_error *);

static void *load_one(const char *name, loader fn)
{
	char label[512], *owned;
	size_t len = 0;
	kz_error err = {0};
	const char *bytes = file_bytes(name, &len, &owned, label, sizeof label, &err);
	void *obj = NULL;

	if (bytes != NULL)
		obj = fn(bytes, len, label, &err);
	free(owned);
	if (obj == NULL)
		fail_err(&err);
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
	kz_calendar_free(loaded.cal);
	kz_regimes_free(loaded.regimes);
	kz_fines_free(loaded.fines);
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

	if (!registered) {
		atexit(free_all);
		registered = true;
	}
	if ((need & DATA_CAL) && loaded.cal == NULL &&
	    (loaded.cal = load_one("holidays_kz.json", load_cal)) == NULL)
		return NULL;
	if ((need & DATA_REGIMES) && loaded.regimes == NULL &&
	    (loaded.regimes = load_one("visa_free.json", load_regimes)) == NULL)
		return NULL;
	if ((need & DATA_FINES) && loaded.fines == NULL &&
	    (loaded.fines = load_one("fines_kz.json", load_fines)) == NULL)
		return NULL;
	return &loaded;
}

const char *data_as_of(void)
{
	const struct kz_data *d = data_load(DATA_CAL);

	return d ? kz_calendar_as_of(d->cal) : NULL;
}
