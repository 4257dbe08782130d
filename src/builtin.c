/* builtin.c — the rules kzmig carries: tools/embed.c loads the data files at build time and
 * writes the loaded tables as C (kz_builtin_*, in the generated embedded.c), so a program
 * on them parses no JSON and needs no data files. */
#include "internal.h"

static const struct kz_rules builtin = {&kz_builtin_calendar, &kz_builtin_regimes,
					&kz_builtin_fines};

const struct kz_rules *kz_rules_builtin(void)
{
	return &builtin;
}
