/* tr.h — the library's sentences in the caller's language (kz_set_translator). */
#ifndef KZ_TR_H
#define KZ_TR_H

/* A message or a reason in the caller's language (kz_set_translator): every English
 * sentence the library writes is KZ_("...") or a format of kz_error_set(), kzj_fail_at(),
 * so xgettext finds it (Makefile, XGETTEXT_FLAGS). */
const char *kzi_tr(const char *msgid)
#if defined(__GNUC__)
	__attribute__((format_arg(1)))
#endif
	;
#define KZ_(s) kzi_tr(s)
#define KZ_N(s) s /* marked only: KZ_() where it is used */

/* A string that snprintf cut: its last UTF-8 sequence dropped if it is not whole, so a
 * Russian or Kazakh message never ends in half a letter. */
void kzi_utf8_cut(char *s);

#endif
