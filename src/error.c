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

int kz_error_set(kz_error *e, enum kz_code code, const char *where, const char *fmt, ...)
{
	va_list ap;

	if (e == NULL)
		return -1;
	e->code = code;
	snprintf(e->where, sizeof e->where, "%s", where ? where : "");
	va_start(ap, fmt);
	vsnprintf(e->msg, sizeof e->msg, kzi_tr(fmt), ap);
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
