/* error.c — kz_error: one failure, what it is about and what was expected. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"
#include "kzmig.h"

/* The caller's translation of the library's messages (kz_set_translator), or NULL. */
static const char *(*translate)(const char *msgid);

void kz_set_translator(const char *(*fn)(const char *msgid))
{
	translate = fn;
}

const char *kzi_tr(const char *msgid)
{
	return translate != NULL && msgid != NULL && *msgid ? translate(msgid) : msgid;
}

void kzi_utf8_cut(char *s)
{
	size_t n = strlen(s), lead = n;

	/* back to the last lead byte; drop its sequence if it is not whole */
	while (lead > 0 && ((unsigned char)s[lead - 1] & 0xc0) == 0x80)
		lead--;
	if (lead > 0) {
		unsigned char c = (unsigned char)s[lead - 1];
		size_t need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;

		if (n - (lead - 1) < need)
			s[lead - 1] = '\0';
	}
}

int kz_error_set(kz_error *e, enum kz_code code, const char *where, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return -1;
	e->code = code;
	if (snprintf(e->where, sizeof e->where, "%s", where ? where : "") >= (int)sizeof e->where)
		kzi_utf8_cut(e->where);
	va_start(ap, fmt);
	if (vsnprintf(e->msg, sizeof e->msg, kzi_tr(fmt), ap) >= (int)sizeof e->msg)
		kzi_utf8_cut(e->msg);
	va_end(ap);
	return -1;
}

const char *kz_strerror(enum kz_code code)
{
	switch (code) {
	case KZ_OK: return "success";
	case KZ_EINVAL: return "bad input value";
	case KZ_ERANGE: return "out of range";
	case KZ_EDATA: return "bad data file";
	case KZ_ENOMEM: return "out of memory";
	}
	return "unknown error";
}
