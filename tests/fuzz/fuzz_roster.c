/* fuzz_roster.c — the ROSTER.csv reader (src/cli/roster.c) on arbitrary bytes: every row
 * it hands out must be well-formed, and each good row goes on through roster_person and
 * kz_deadlines over the real (embedded) data, as in `kzmig batch`. */
#include <stdio.h>

#include "embedded.h"
#include "fuzz.h"
#include "roster.h"

static const char *file(const char *name, size_t *len)
{
	for (const struct embedded_file *f = embedded_files; f->name; f++)
		if (strcmp(f->name, name) == 0) {
			*len = f->len;
			return f->data;
		}
	abort();
}

/* The real data, loaded on the first input and kept (reachable: not a leak). */
static const struct kz_data *data(void)
{
	static struct kz_data d;
	size_t len;
	const char *j;

	if (d.cal == NULL) {
		j = file("holidays_kz.json", &len);
		d.cal = kz_calendar_load(j, len, NULL, NULL);
		j = file("visa_free.json", &len);
		d.regimes = kz_regimes_load(j, len, NULL, NULL);
		j = file("fines_kz.json", &len);
		d.fines = kz_fines_load(j, len, NULL, NULL);
		FUZZ_ASSERT(d.cal && d.regimes && d.fines);
	}
	return &d;
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	/* fmemopen() wants a buffer of at least one byte it may write to. */
	char *copy = fuzz_cstr(bytes, size);
	FILE *f = fmemopen(copy, size ? size : 1, "r");
	struct roster_opts o = {.today = kz_day_from_ymd(2025, 3, 21), .host = KZ_HOST_SMALL};
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	struct roster_row row;
	struct kz_person p;
	struct roster *r;
	kz_error err = {0};
	long last_line = 0;
	size_t n;
	int rc;

	FUZZ_ASSERT(f != NULL);
	if (size == 0) /* an empty file, not one NUL byte */
		fgetc(f);
	r = roster_open_file(f, "fuzz.csv", &err);
	if (r == NULL) {
		fuzz_check_error(&err);
		fclose(f);
		free(copy);
		return 0;
	}
	FUZZ_ASSERT(roster_has(r, RC_ID) && roster_has(r, RC_CITIZENSHIP) &&
		    roster_has(r, RC_ARRIVAL));
	while ((rc = roster_next(r, &row, &err)) != 0) {
		if (rc < 0) {
			fuzz_check_error(&err);
			if (rc == -2)
				break;
			memset(&err, 0, sizeof err);
			continue;
		}
		FUZZ_ASSERT(rc == 1);
		FUZZ_ASSERT(row.line > last_line);
		last_line = row.line;
		for (int c = 0; c < RC_NCOLS; c++) {
			FUZZ_ASSERT(row.col[c] != NULL);
			FUZZ_ASSERT(row.len[c] <= ROSTER_RECORD_MAX);
			FUZZ_ASSERT(row.col[c][row.len[c]] == '\0');
		}
		if (roster_person(r, &row, data(), &o, &p, &err) != 0) {
			fuzz_check_error(&err);
			memset(&err, 0, sizeof err);
			continue;
		}
		FUZZ_ASSERT(p.citizenship[2] == '\0');
		if (kz_deadlines(&(struct kz_rules){data()->cal, data()->regimes, data()->fines},
				 &p, dl, KZ_DEADLINES_MAX, &n, &err) != 0) {
			fuzz_check_error(&err);
			memset(&err, 0, sizeof err);
			continue;
		}
		FUZZ_ASSERT(n <= KZ_DEADLINES_MAX);
	}
	roster_close(r);
	fclose(f);
	free(copy);
	return 0;
}
