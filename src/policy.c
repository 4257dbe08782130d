/* policy.c — an institution's own deadlines: being built (see the issue). */
#include "internal.h"

struct kz_policy {
	int unused;
};

kz_policy *kz_policy_load(const char *json, size_t len, const char *name, kz_error *err)
{
	(void)json, (void)len;
	kz_error_set(err, KZ_EDATA, name ? name : "policy", "policy files are not supported yet");
	return NULL;
}

void kz_policy_free(kz_policy *pol)
{
	(void)pol;
}

int kz_policy_deadlines(const kz_policy *pol, const struct kz_rules *rules,
			const struct kz_person *p, struct kz_deadline *out, size_t cap,
			size_t *n, kz_error *err)
{
	(void)pol, (void)rules, (void)p, (void)out, (void)cap, (void)n;
	return kz_error_set(err, KZ_EDATA, "policy", "policy files are not supported yet");
}
