/* person.c — a program on the installed library, as its users write one: the built-in
 * rules, one person, every deadline (tests/cli/install.t builds and runs it). */
#include <kzmig.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	struct kz_person p;
	kz_error err;
	size_t n;
	char a[11], b[11];

	memset(&p, 0, sizeof p);
	memcpy(p.citizenship, "UZ", 3);
	p.arrival = kz_day_from_ymd(2025, 3, 20);
	p.birth = p.visa_expiry = p.passport_expiry = p.trp_expiry = KZ_NO_DAY;
	p.today = p.arrival + 1;
	p.host = KZ_HOST_SMALL;
	if (kz_deadlines(kz_rules_builtin(), &p, dl, KZ_DEADLINES_MAX, &n, &err) != 0) {
		fprintf(stderr, "%s: %s\n", err.where, err.msg);
		return 1;
	}
	for (size_t i = 0; i < n; i++)
		printf("%s %s%s%s\n", dl[i].id, kz_day_format(dl[i].due, a),
		       dl[i].apply_by != KZ_NO_DAY ? " apply by " : "",
		       dl[i].apply_by != KZ_NO_DAY ? kz_day_format(dl[i].apply_by, b) : "");
	return 0;
}
