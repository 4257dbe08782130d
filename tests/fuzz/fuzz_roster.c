/* fuzz_roster.c — the roster reader (src/roster.c) on arbitrary bytes: every row it hands
 * out must be well-formed, and each good row goes on through kz_person_from_row and
 * kz_deadlines over the real (embedded) data, as in `kzmig batch`.  The bytes come in
 * reads of uneven sizes, as from a pipe. */
#include "cli.h"
#include "embedded.h"
#include "fuzz.h"

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

/* The input, handed out in reads of 1 to 4096 bytes (the sizes follow from the bytes). */
struct input {
	const uint8_t *bytes;
	size_t size, pos;
};

/* kz_read_fn over struct input. */
static size_t read_input(void *arg, char *buf, size_t cap, int *error)
{
	struct input *in = arg;
	size_t k = in->size - in->pos, most;

	(void)error;
	most = in->pos < in->size ? 1 + (size_t)in->bytes[in->pos] * 16 : 0;
	if (k > most)
		k = most;
	if (k > cap)
		k = cap;
	if (k > 0)
		memcpy(buf, in->bytes + in->pos, k);
	in->pos += k;
	return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
	struct input in = {bytes, size, 0};
	const struct kz_row_opts o = {data()->regimes, kz_day_from_ymd(2025, 3, 21), KZ_HOST_SMALL,
				      KZ_COUNT_FROM_ARRIVAL};
	struct kz_deadline dl[KZ_DEADLINES_MAX];
	struct kz_row row;
	struct kz_person p;
	kz_roster *r;
	kz_error err = {0};
	long last_line = 0;
	size_t n;
	int rc;

	r = kz_roster_open(read_input, &in, "fuzz.csv", NULL, &err);
	if (r == NULL) {
		fuzz_check_error(&err);
		return 0;
	}
	FUZZ_ASSERT(strcmp(kz_roster_name(r), "fuzz.csv") == 0);
	FUZZ_ASSERT(kz_roster_has(r, KZ_FIELD_ID) && kz_roster_has(r, KZ_FIELD_CITIZENSHIP) &&
		    kz_roster_has(r, KZ_FIELD_ARRIVAL));
	while ((rc = kz_roster_next(r, &row, &err)) != 0) {
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
		for (int c = 0; c < KZ_FIELDS; c++) {
			FUZZ_ASSERT(row.cell[c] != NULL);
			FUZZ_ASSERT(row.len[c] <= KZ_ROSTER_RECORD_MAX);
			FUZZ_ASSERT(row.cell[c][row.len[c]] == '\0');
		}
		if (kz_person_from_row(r, &row, &o, &p, &err) != 0) {
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
	kz_roster_free(r);
	return 0;
}
