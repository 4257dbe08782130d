/* i18n.h — the language kzmig speaks, and the words of it.
 *
 * Every word a person reads is written in English in the source, inside _() (or N_()
 * where it is only marked, P_() where it has a plural, C_() where a short word needs a
 * context: a month's name in a date, a weekday).  xgettext gathers them into
 * po/kzmig.pot; translators keep po/ru.po and po/kk.po; msgfmt checks them and
 * tools/mo2c.c compiles them into a table inside the program (build/cli/catalog.c).  So
 * a Russian or Kazakh answer needs no locale installed on the machine, and the page for
 * students (web/) is built with the same table.  doc/i18n-plan.md says why.
 */
#ifndef KZ_I18N_H
#define KZ_I18N_H

#include <stddef.h>

#include "kzmig.h"

enum lang { LANG_EN, LANG_RU, LANG_KK, LANG_COUNT };

/* The language of this run: --lang, else LC_ALL, LC_MESSAGES, LANG (ru* -> ru, kk* ->
 * kk, else en).  Set once by main() before any word is looked up. */
extern enum lang cli_lang;
/* "en", "ru" or "kk" into *out: 0, or -1 for any other value. */
int lang_parse(const char *s, enum lang *out);
/* The language the environment asks for (the first of LC_ALL, LC_MESSAGES, LANG that is
 * set and not empty). */
enum lang lang_from_env(void);
const char *lang_code(enum lang l); /* "en", "ru", "kk" */
/* The translation of msgid in cli_lang, or msgid itself (English, or not translated):
 * English costs a comparison (a roster's every row asks for its titles). */
const char *tr_lookup(const char *msgid) __attribute__((format_arg(1)));
__attribute__((format_arg(1))) static inline const char *tr(const char *msgid)
{
	return cli_lang == LANG_EN ? msgid : tr_lookup(msgid);
}
/* The plural form for n: one/many are the English singular and plural. */
const char *trn(const char *one, const char *many, unsigned long n)
	__attribute__((format_arg(1), format_arg(2)));
/* A msgid with its context ("month\004Mar"): the translation, or the msgid after the
 * context. */
const char *trc(const char *ctx_msgid) __attribute__((format_arg(1)));

#define _(s) tr(s)
#define N_(s) s
#define P_(one, many, n) trn(one, many, (unsigned long)(n))
#define C_(ctx, s) trc(ctx "\004" s)

/* The compiled catalogs (build/cli/catalog.c, made by tools/mo2c from po/LANG.po). */
struct catalog {
	size_t n;
	const char *pool;          /* every msgid and msgstr, each ending in NUL */
	const unsigned (*off)[3];  /* by msgid (sorted by strcmp; "ctx\004msgid" for a
				      context): its offset, its msgstr's (plural forms
				      separated by NUL), and the msgstr's length, all forms */
	const char *const *id, *const *str; /* or, with no pool (mo2c -p: the page), the
					       msgids and msgstrs themselves */
};
extern const struct catalog catalogs[LANG_COUNT];

#endif
