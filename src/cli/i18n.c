/* i18n.c — which language, and looking a word up in its catalog. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"

enum lang cli_lang = LANG_EN;

static const char *const codes[LANG_COUNT] = {"en", "ru", "kk"};

int lang_parse(const char *s, enum lang *out)
{
	for (int l = 0; l < LANG_COUNT; l++)
		if (strcmp(s, codes[l]) == 0) {
			*out = (enum lang)l;
			return 0;
		}
	return -1;
}

const char *lang_code(enum lang l)
{
	return codes[l];
}

/* As gettext reads the locale: the first of these set and not empty decides. */
enum lang lang_from_env(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};

	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);

		if (v == NULL || *v == '\0')
			continue;
		if (strncmp(v, "ru", 2) == 0)
			return LANG_RU;
		if (strncmp(v, "kk", 2) == 0)
			return LANG_KK;
		return LANG_EN;
	}
	return LANG_EN;
}

static const char *key(const struct catalog *c, size_t i)
{
	return c->pool ? c->pool + c->off[i][0] : c->id[i];
}

static const char *value(const struct catalog *c, size_t i)
{
	return c->pool ? c->pool + c->off[i][1] : c->str[i];
}

/* The index of msgid in the catalog, or -1. */
static long find(const struct catalog *c, const char *msgid)
{
	size_t lo = 0, hi = c->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(msgid, key(c, mid));

		if (cmp == 0)
			return (long)mid;
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

const char *tr_lookup(const char *msgid)
{
	long i;

	if (cli_lang == LANG_EN || *msgid == '\0')
		return msgid;
	i = find(&catalogs[cli_lang], msgid);
	return i < 0 ? msgid : value(&catalogs[cli_lang], (size_t)i);
}

const char *trc(const char *ctx_msgid)
{
	const char *t = tr(ctx_msgid);

	if (t == ctx_msgid) /* not translated: the English after the context */
		return strchr(ctx_msgid, '\004') + 1;
	return t;
}

/* The plural form a number takes: po/ru.po's and po/kk.po's Plural-Forms, which
 * tools/mo2c checks the catalogs declare. */
static unsigned plural_form(enum lang l, unsigned long n)
{
	switch (l) {
	case LANG_RU:
		return n % 10 == 1 && n % 100 != 11 ? 0
		       : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1
											  : 2;
	case LANG_KK: /* a noun after a number stays singular */
		return 0;
	default:
		return n != 1;
	}
}

const char *trn(const char *one, const char *many, unsigned long n)
{
	const struct catalog *c = &catalogs[cli_lang];
	unsigned form = plural_form(cli_lang, n);
	const char *s, *end;
	long i;

	if (cli_lang == LANG_EN || (i = find(c, one)) < 0)
		return n == 1 ? one : many;
	s = value(c, (size_t)i);
	end = s + c->off[i][2];
	while (form-- > 0 && s < end)
		s += strlen(s) + 1;
	return s < end ? s : value(c, (size_t)i);
}
