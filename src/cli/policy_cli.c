/* policy_cli.c — --policy FILE: read and load once, for every command that takes it. */
#include <stdlib.h>

#include "cli.h"

static kz_policy *loaded;

static void free_policy(void)
{
	kz_policy_free(loaded);
}

const kz_policy *policy_load(const char *path)
{
	kz_error err = {0};
	size_t len = 0;
	char *buf;

	if (loaded != NULL)
		return loaded;
	buf = read_file(path, &len, &err);
	if (buf != NULL)
		loaded = kz_policy_load(buf, len, path, &err);
	free(buf);
	if (loaded == NULL) {
		fail_err(&err);
		return NULL;
	}
	atexit(free_policy);
	return loaded;
}

const char *policy_title(const char *id)
{
	return loaded ? kz_policy_title(loaded, id) : NULL;
}

const char *policy_where(const char *id)
{
	return loaded ? kz_policy_where(loaded, id) : NULL;
}
