/* words.c — what each deadline is called and where it is done: the CLI owns the words. */
#include <string.h>

#include "words.h"

static const struct words table[] = {
	{"arrival-notification", "Notify the migration service of the arrival",
	 "Notify the migration service of the new address",
	 "the host files on vmp.gov.kz (organisations) or in eQonaq (individuals, hotels)"},
	{"self-registration", "Register online (self-registration)",
	 "Re-register online at the new address",
	 "the immigrant registers in the migration police system; the host confirms in the app"},
	{"trp", "Obtain a temporary residence permit (TRP)", NULL,
	 "the host applies on vmp.gov.kz or at the migration service"},
	{"stay-limit", "Leave Kazakhstan: last day of the visa-free stay", NULL,
	 "leave, or obtain a visa or permit before this day"},
	{"visa-extension", "Apply to extend the visa", NULL,
	 "the host applies to the migration service (vmp.gov.kz)"},
	{"passport-validity", "Passport valid long enough for the visa", NULL,
	 "the passport should outlast the visa by 3 months"},
	{"passport-renewal", "Renew the passport", NULL,
	 "the immigrant's own consulate; then tell the host and the migration service"},
};

const struct words *words_of(const char *id)
{
	static const struct words unknown = {"", "Deadline", NULL, ""};

	for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
		if (strcmp(table[i].id, id) == 0)
			return &table[i];
	return &unknown;
}
