/* test_roster.c — the roster reader (src/roster.c): RFC 4180 quoting, line ends, header
 * checks, the bad records that must be reported by line (and skipped) instead of
 * crashing, input that comes in pieces or fails; a row's cells as a person; and the CLI's
 * side (src/cli/roster_cli.c): a path as the input, --only. */
/* roster.h (through cli.h) declares the CLI's fail(); cmocka's fail() macro comes after. */
#include <errno.h>

#include "roster.h"
#include "kztest.h"

/* The input: bytes handed out at most `chunk` at a time (0: as many as asked), and, when
 * `fails`, a read error (errno `error`) once `fail_at` bytes are gone. */
struct src {
	const char *bytes;
	size_t n, pos, chunk, fail_at;
	bool fails;
	int error;
	kz_roster *r;
	kz_error err;
};

/* kz_read_fn over a struct src. */
static size_t read_src(void *arg, char *buf, size_t cap, int *error)
{
	struct src *s = arg;
	size_t k = s->n - s->pos;

	if (s->fails && s->pos >= s->fail_at) {
		*error = s->error;
		return 0;
	}
	if (s->fails && k > s->fail_at - s->pos)
		k = s->fail_at - s->pos;
	if (s->chunk > 0 && k > s->chunk)
		k = s->chunk;
	if (k > cap)
		k = cap;
	memcpy(buf, s->bytes + s->pos, k);
	s->pos += k;
	return k;
}

/* A roster over the bytes[0..n) (n may cover NULs), read in pieces of `chunk`. */
static kz_roster *open_chunks(struct src *s, const char *bytes, size_t n, size_t chunk)
{
	memset(s, 0, sizeof *s);
	s->bytes = bytes;
	s->n = n;
	s->chunk = chunk;
	s->r = kz_roster_open(read_src, s, "r.csv", NULL, &s->err);
	return s->r;
}

/* A roster over bytes[0..n) read as `enc`, in pieces of `chunk`. */
static kz_roster *open_enc(struct src *s, const char *bytes, size_t n, size_t chunk,
			   enum kz_encoding enc)
{
	struct kz_roster_opts o = {.encoding = enc};

	memset(s, 0, sizeof *s);
	s->bytes = bytes;
	s->n = n;
	s->chunk = chunk;
	s->r = kz_roster_open(read_src, s, "r.csv", &o, &s->err);
	return s->r;
}

static kz_roster *open_bytes(struct src *s, const char *bytes, size_t n)
{
	return open_chunks(s, bytes, n, 0);
}

static kz_roster *open_str(struct src *s, const char *text)
{
	return open_bytes(s, text, strlen(text));
}

static void done(struct src *s)
{
	kz_roster_free(s->r);
}

/* The next row must be good; returns it. */
static struct kz_row next_ok(struct src *s)
{
	struct kz_row row;
	int k = kz_roster_next(s->r, &row, &s->err);

	if (k != 1)
		fail_msg("kz_roster_next gave %d (%s: %s)", k, s->err.where, s->err.msg);
	return row;
}

/* The next row must be bad, reported at `where`, with a message containing `what`. */
static void next_bad(struct src *s, const char *where, const char *what)
{
	struct kz_row row;
	int k = kz_roster_next(s->r, &row, &s->err);

	if (k != -1)
		fail_msg("kz_roster_next gave %d, want a bad row at %s", k, where);
	assert_string_equal(s->err.where, where);
	if (strstr(s->err.msg, what) == NULL)
		fail_msg("message '%s' does not say '%s'", s->err.msg, what);
}

static void next_end(struct src *s)
{
	struct kz_row row;

	assert_int_equal(kz_roster_next(s->r, &row, &s->err), 0);
}

/* The file must be refused at `where` with a message containing `what`. */
static void refused(const char *bytes, size_t n, const char *where, const char *what)
{
	struct src s;

	if (open_bytes(&s, bytes, n) != NULL)
		fail_msg("accepted a bad file");
	assert_int_equal(s.err.code, KZ_EINVAL);
	assert_string_equal(s.err.where, where);
	if (strstr(s.err.msg, what) == NULL)
		fail_msg("message '%s' does not say '%s'", s.err.msg, what);
}

static void columns_may_come_in_any_order(void **state)
{
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_str(&s, "arrival,name,id,citizenship\n2025-03-20,Aliya,A1,UZ\n"));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_ID], "A1");
	assert_string_equal(row.cell[KZ_FIELD_NAME], "Aliya");
	assert_string_equal(row.cell[KZ_FIELD_CITIZENSHIP], "UZ");
	assert_string_equal(row.cell[KZ_FIELD_ARRIVAL], "2025-03-20");
	assert_int_equal(row.line, 2);
	next_end(&s);
	done(&s);
}

static void unknown_columns_are_ignored_and_absent_ones_are_empty(void **state)
{
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_str(&s, "faculty,id,room,citizenship,arrival\nLaw,A1,12,UZ,2025-03-20\n"));
	assert_false(kz_roster_has(s.r, KZ_FIELD_NAME));
	assert_true(kz_roster_has(s.r, KZ_FIELD_ARRIVAL));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_ID], "A1");
	assert_string_equal(row.cell[KZ_FIELD_NAME], "");
	assert_int_equal(row.len[KZ_FIELD_NAME], 0);
	done(&s);
}

static void header_names_ignore_case_spaces_and_dashes(void **state)
{
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_str(&s, " ID ,Citizenship,ARRIVAL,Visa-Expiry\nA1,UZ,2025-03-20,2025-09-01\n"));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_VISA_EXPIRY], "2025-09-01");
	done(&s);
}

/* Offices' own titles: English variants, and Russian and Kazakh ones in any case (the
 * Cyrillic and Kazakh capitals read as their small letters). */
static void header_names_may_be_english_russian_or_kazakh(void **state)
{
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_str(&s, "Student ID,Full Name,Nationality,Arrival Date,Birth Date,"
				    "Passport Valid Until\nA1,Aliya,UZ,2025-03-20,2001-05-04,2030-01-31\n"));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_NAME], "Aliya");
	assert_string_equal(row.cell[KZ_FIELD_BIRTH], "2001-05-04");
	assert_string_equal(row.cell[KZ_FIELD_PASSPORT_EXPIRY], "2030-01-31");
	done(&s);
	assert_non_null(open_str(&s, "id;ФИО;ГРАЖДАНСТВО;Дата прибытия;Дата Рождения;Срок действия "
				    "визы\nA1;Алия;UZ;20.03.2025;04.05.2001;30.06.2026\n"));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_NAME], "Алия");
	assert_string_equal(row.cell[KZ_FIELD_ARRIVAL], "20.03.2025");
	assert_string_equal(row.cell[KZ_FIELD_VISA_EXPIRY], "30.06.2026");
	done(&s);
	assert_non_null(open_str(&s, "id;АТЫ-ЖӨНІ;Азаматтығы;Келген күні;ТУҒАН КҮНІ;Қабылдаушы тарап\n"
				    "A1;Әлия;KZ;20.03.2025;04.05.2001;small\n"));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_NAME], "Әлия");
	assert_string_equal(row.cell[KZ_FIELD_BIRTH], "04.05.2001");
	assert_string_equal(row.cell[KZ_FIELD_HOST], "small");
	done(&s);
}

/* A title that names no field but is one slip from one is refused, naming the field (a
 * child's birth date must not be quietly dropped); other columns are kept by name, and
 * an office's own title maps a field. */
static void a_misspelt_field_is_refused_and_other_columns_are_named(void **state)
{
	struct src s;
	struct kz_roster_opts o = {.headers = {NULL}};
	struct kz_row row;

	(void)state;
	assert_null(open_str(&s, "id,citizenship,arrival,Birht Date\n"));
	assert_string_equal(s.err.where, "r.csv:1");
	assert_string_equal(s.err.msg, "column 'Birht Date' names no field but looks like "
				       "birth (expected birth or one of its names in kzmig.1, or "
				       "--column birth='Birht Date')");
	assert_null(open_str(&s, "id,citizenship,arrivel\n"));
	assert_non_null(strstr(s.err.msg, "looks like arrival"));
	assert_non_null(open_str(&s, "id,citizenship,arrival,notes,Visa,Комментарий\n"
				    "A1,UZ,2025-03-20,x,y,z\n"));
	assert_string_equal(kz_roster_unused(s.r, 0), "notes");
	assert_string_equal(kz_roster_unused(s.r, 1), "Visa");
	assert_string_equal(kz_roster_unused(s.r, 2), "Комментарий");
	assert_null(kz_roster_unused(s.r, 3));
	done(&s);
	o.headers[KZ_FIELD_ID] = "Студент №";
	o.headers[KZ_FIELD_BIRTH] = "Birht Date";
	memset(&s, 0, sizeof s);
	s.bytes = "Студент №,citizenship,arrival,Birht Date\nS7,UZ,2025-03-20,2001-05-04\n";
	s.n = strlen(s.bytes);
	assert_non_null(s.r = kz_roster_open(read_src, &s, "r.csv", &o, &s.err));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_ID], "S7");
	assert_string_equal(row.cell[KZ_FIELD_BIRTH], "2001-05-04");
	done(&s);
}

static void quoted_cells_keep_commas_and_doubled_quotes(void **state)
{
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_str(&s, "id,name,citizenship,arrival\n"
				    "A1,\"Chen, Wei \"\"Will\"\"\",CN,\"2025-06-01\"\n"
				    "\"\",\"\"\"\",UZ,2025-03-20\n"));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_NAME], "Chen, Wei \"Will\"");
	assert_int_equal(row.len[KZ_FIELD_NAME], 16);
	assert_string_equal(row.cell[KZ_FIELD_ARRIVAL], "2025-06-01");
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_ID], "");
	assert_string_equal(row.cell[KZ_FIELD_NAME], "\"");
	done(&s);
}

static void a_line_break_inside_quotes_is_data_and_lines_stay_physical(void **state)
{
	struct src s;
	struct kz_row row;

	(void)state;
	/* The A1 record spans lines 2-4, so A2 starts on physical line 5. */
	assert_non_null(open_str(&s, "id,name,citizenship,arrival\n"
				    "A1,\"two\nline\r\nname\",UZ,2025-03-20\n"
				    "A2,x,UZ,2025-03-20\n"));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_NAME], "two\nline\r\nname");
	assert_int_equal(row.line, 2);
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_ID], "A2");
	assert_int_equal(row.line, 5);
	done(&s);
}

static void crlf_and_lf_files_read_the_same(void **state)
{
	struct src a, b;
	struct kz_row ra, rb;

	(void)state;
	assert_non_null(open_str(&a, "id,citizenship,arrival\nA1,UZ,2025-03-20\nA2,KG,2025-06-01\n"));
	assert_non_null(open_str(&b, "id,citizenship,arrival\r\nA1,UZ,2025-03-20\r\nA2,KG,2025-06-01\r\n"));
	for (int i = 0; i < 2; i++) {
		ra = next_ok(&a);
		rb = next_ok(&b);
		assert_int_equal(ra.line, rb.line);
		for (int c = 0; c < KZ_FIELDS; c++)
			assert_string_equal(ra.cell[c], rb.cell[c]);
	}
	assert_int_equal(rb.line, 3);
	assert_string_equal(rb.cell[KZ_FIELD_ARRIVAL], "2025-06-01"); /* no CR left on the last cell */
	next_end(&a);
	next_end(&b);
	done(&a);
	done(&b);
}

static void the_last_row_needs_no_line_break(void **state)
{
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_str(&s, "id,citizenship,arrival\nA1,UZ,\"2025-03-20\""));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_ARRIVAL], "2025-03-20");
	next_end(&s);
	done(&s);
}

static void blank_lines_are_skipped_but_counted(void **state)
{
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_str(&s, "\nid,citizenship,arrival\n\nA1,UZ,2025-03-20\n,,\n\n"));
	row = next_ok(&s);
	assert_int_equal(row.line, 4);
	next_end(&s);
	done(&s);
}

static void a_utf8_byte_order_mark_is_skipped(void **state)
{
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_str(&s, "\xEF\xBB\xBFid,name,citizenship,arrival\n"
				    "A1,\xD0\x90\xD0\xBB\xD0\xB8\xD1\x8F,UZ,2025-03-20\n"));
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_ID], "A1");
	assert_string_equal(row.cell[KZ_FIELD_NAME], "\xD0\x90\xD0\xBB\xD0\xB8\xD1\x8F"); /* Алия */
	done(&s);
}

static void an_empty_file_is_refused(void **state)
{
	(void)state;
	refused("", 0, "r.csv", "empty file");
	refused("\xEF\xBB\xBF\n\n", 5, "r.csv", "empty file");
}

static void a_file_without_a_header_row_is_refused(void **state)
{
	static const char t[] = "A1,UZ,2025-03-20\nA2,KG,2025-06-01\n";

	(void)state;
	refused(t, sizeof t - 1, "r.csv:1", "no header row");
}

static void a_missing_required_column_is_named(void **state)
{
	static const char t[] = "id,name,citizenship\nA1,x,UZ\n";

	(void)state;
	refused(t, sizeof t - 1, "r.csv:1", "no column 'arrival'");
}

static void a_duplicate_column_is_refused(void **state)
{
	static const char t[] = "id,citizenship,arrival,Arrival\nA1,UZ,2025-03-20,2025-03-21\n";

	(void)state;
	refused(t, sizeof t - 1, "r.csv:1", "column 'arrival' appears twice");
}

static void a_broken_header_is_refused(void **state)
{
	static const char quote[] = "id,\"citizenship,arrival\n";
	static const char nul[] = "id,citi\0zenship,arrival\n";

	(void)state;
	refused(quote, sizeof quote - 1, "r.csv:1", "never closed");
	refused(nul, sizeof nul - 1, "r.csv:1", "NUL byte");
}

static void an_unterminated_quote_is_reported_at_the_line_it_opens(void **state)
{
	struct src s;

	(void)state;
	assert_non_null(open_str(&s, "id,name,citizenship,arrival\n"
				    "A1,ok,UZ,2025-03-20\n"
				    "A2,\"never closed,UZ,2025-03-20\n"
				    "A3,x,UZ,2025-03-20\n"));
	assert_string_equal(next_ok(&s).cell[KZ_FIELD_ID], "A1");
	/* The open quote swallows the rest of the file: one bad record, at line 3. */
	next_bad(&s, "r.csv:3", "never closed");
	next_end(&s);
	done(&s);
}

static void a_nul_byte_spoils_only_its_row(void **state)
{
	static const char t[] = "id,name,citizenship,arrival\n"
				"A1,a\0b,UZ,2025-03-20\n"
				"A2,ok,UZ,2025-03-20\n";
	struct src s;

	(void)state;
	assert_non_null(open_bytes(&s, t, sizeof t - 1));
	next_bad(&s, "r.csv:2", "NUL byte");
	assert_string_equal(next_ok(&s).cell[KZ_FIELD_ID], "A2");
	done(&s);
}

static void invalid_utf8_spoils_only_its_row(void **state)
{
	struct src s;

	(void)state;
	/* \xC0\xAF is an overlong '/', \xED\xA0\x80 a surrogate, \xE9 Latin-1 "é".  Read
	 * as UTF-8 (left to detection, these bytes would be Windows-1251). */
	static const char t[] = "id,name,citizenship,arrival\n"
				"A1,\xC0\xAF,UZ,2025-03-20\n"
				"A2,\xED\xA0\x80,UZ,2025-03-20\n"
				"A3,Ren\xE9,UZ,2025-03-20\n"
				"A4,Ren\xC3\xA9,UZ,2025-03-20\n";

	assert_non_null(open_enc(&s, t, sizeof t - 1, 0, KZ_ENC_UTF8));
	next_bad(&s, "r.csv:2", "invalid UTF-8");
	next_bad(&s, "r.csv:3", "invalid UTF-8");
	next_bad(&s, "r.csv:4", "invalid UTF-8");
	assert_string_equal(next_ok(&s).cell[KZ_FIELD_NAME], "Ren\xC3\xA9");
	done(&s);
}

static void a_wrong_number_of_cells_is_a_row_error(void **state)
{
	struct src s;

	(void)state;
	assert_non_null(open_str(&s, "id,citizenship,arrival\n"
				    "A1,UZ\n"
				    "A2,UZ,2025-03-20,extra\n"
				    "A3,UZ,2025-03-20\n"));
	next_bad(&s, "r.csv:2", "2 cells (expected 3");
	next_bad(&s, "r.csv:3", "4 cells (expected 3");
	assert_string_equal(next_ok(&s).cell[KZ_FIELD_ID], "A3");
	done(&s);
}

static void text_after_a_closing_quote_is_a_row_error(void **state)
{
	struct src s;

	(void)state;
	assert_non_null(open_str(&s, "id,citizenship,arrival\n\"A1\"x,UZ,2025-03-20\nA2,UZ,2025-03-20\n"));
	next_bad(&s, "r.csv:2", "after a closing quote");
	assert_string_equal(next_ok(&s).cell[KZ_FIELD_ID], "A2");
	done(&s);
}

/* A roster with one name cell of `len` bytes between two good rows. */
static char *long_cell_roster(size_t len, bool quoted, size_t *n)
{
	const char *head = "id,name,citizenship,arrival\nA1,x,UZ,2025-03-20\nA2,";
	const char *tail = ",UZ,2025-03-20\nA3,y,UZ,2025-03-20\n";
	char *t = malloc(strlen(head) + len + strlen(tail) + 3), *p = t;

	assert_non_null(t);
	p += sprintf(p, "%s%s", head, quoted ? "\"" : "");
	for (size_t i = 0; i < len; i++)
		*p++ = quoted && i % 1000 == 999 ? '\n' : 'n';
	p += sprintf(p, "%s%s", quoted ? "\"" : "", tail);
	*n = (size_t)(p - t);
	return t;
}

static void a_long_cell_under_the_cap_is_read_whole(void **state)
{
	size_t n;
	char *t = long_cell_roster(60000, false, &n);
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_bytes(&s, t, n));
	next_ok(&s);
	row = next_ok(&s);
	assert_int_equal(row.len[KZ_FIELD_NAME], 60000);
	assert_int_equal(strlen(row.cell[KZ_FIELD_NAME]), 60000);
	assert_string_equal(next_ok(&s).cell[KZ_FIELD_ID], "A3");
	done(&s);
	free(t);
}

static void a_record_just_over_the_cap_is_a_row_error(void **state)
{
	size_t n;
	/* 70,000 bytes: over the 65,536-byte cap, yet inside one 256 KiB read. */
	char *t = long_cell_roster(70000, false, &n);
	struct src s;

	(void)state;
	assert_non_null(open_bytes(&s, t, n));
	next_ok(&s);
	next_bad(&s, "r.csv:3", "longer than 65536 bytes");
	assert_string_equal(next_ok(&s).cell[KZ_FIELD_ID], "A3");
	done(&s);
	free(t);
}

static void a_record_over_the_cap_is_a_row_error_and_reading_goes_on(void **state)
{
	size_t n;
	/* 1 MB in one quoted cell with a line break every 1000 bytes: 1000 breaks, so A3
	 * starts on line 3 + 1000 + 1 = 1004. */
	char *t = long_cell_roster(1000000, true, &n);
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(open_bytes(&s, t, n));
	next_ok(&s);
	next_bad(&s, "r.csv:3", "longer than 65536 bytes");
	row = next_ok(&s);
	assert_string_equal(row.cell[KZ_FIELD_ID], "A3");
	assert_int_equal(row.line, 1004);
	next_end(&s);
	done(&s);
	free(t);
}

static void many_rows_cross_buffer_refills_intact(void **state)
{
	/* 30,000 rows of ~40 bytes: 1.2 MB, several refills of the 256 KiB buffer, with
	 * records cut at every possible place, CRLF split between two reads included. */
	size_t cap = 64 + 30000 * 64, n = 0;
	char *t = malloc(cap);
	struct src s;
	struct kz_row row;

	(void)state;
	assert_non_null(t);
	n += (size_t)sprintf(t + n, "id,name,citizenship,arrival\r\n");
	for (int i = 0; i < 30000; i++)
		n += (size_t)sprintf(t + n, "P%d,\"N, %d\",UZ,2025-03-20\r\n", i, i);
	assert_non_null(open_bytes(&s, t, n));
	for (int i = 0; i < 30000; i++) {
		char want[32];

		row = next_ok(&s);
		snprintf(want, sizeof want, "P%d", i);
		assert_string_equal(row.cell[KZ_FIELD_ID], want);
		snprintf(want, sizeof want, "N, %d", i);
		assert_string_equal(row.cell[KZ_FIELD_NAME], want);
		assert_int_equal(row.line, i + 2);
	}
	next_end(&s);
	done(&s);
	free(t);
}

/* 30,000 rows of ~40 bytes with quoted cells and CRLF: 1.2 MB; malloc'd, *n its length. */
static char *many_rows(size_t *n)
{
	size_t cap = 64 + 30000 * 64;
	char *t = malloc(cap);

	assert_non_null(t);
	*n = (size_t)sprintf(t, "id,name,citizenship,arrival\r\n");
	for (int i = 0; i < 30000; i++)
		*n += (size_t)sprintf(t + *n, "P%d,\"N, %d\",UZ,2025-03-20\r\n", i, i);
	return t;
}

static void input_that_comes_in_pieces_reads_the_same(void **state)
{
	/* A pipe gives what it has: a short read is not the end.  One byte at a time cuts
	 * every record, quote and CRLF; 4093 bytes cuts them at odd places. */
	static const size_t chunks[] = {1, 7, 4093};
	size_t n;
	char *t = many_rows(&n);

	(void)state;
	for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; k++) {
		struct src s;
		struct kz_row row;

		assert_non_null(open_chunks(&s, t, n, chunks[k]));
		for (int i = 0; i < 30000; i++) {
			char want[32];

			row = next_ok(&s);
			snprintf(want, sizeof want, "N, %d", i);
			assert_string_equal(row.cell[KZ_FIELD_NAME], want);
			assert_int_equal(row.line, i + 2);
		}
		next_end(&s);
		done(&s);
	}
	free(t);
}

/* ---- encodings: UTF-16 and Windows-1251 decoded to UTF-8 below the scanner ---------- */

enum { AS_UTF16LE, AS_UTF16BE, AS_CP1251 };

/* utf8[0..n) in another encoding (UTF-16 with its byte-order mark; Windows-1251 takes
 * ASCII and Russian letters only); malloc'd, *out_n its length. */
static char *encode(const char *utf8, size_t n, int as, size_t *out_n)
{
	const unsigned char *s = (const unsigned char *)utf8;
	unsigned char *o = malloc(2 * n + 2), *w = o;

	assert_non_null(o);
	if (as != AS_CP1251) {
		*w++ = as == AS_UTF16LE ? 0xFF : 0xFE;
		*w++ = as == AS_UTF16LE ? 0xFE : 0xFF;
	}
	for (size_t i = 0; i < n;) {
		uint32_t c = s[i], k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		uint16_t u[2];
		int nu = 1;

		if (k > 1)
			c &= 0x3F >> (k - 1);
		for (uint32_t j = 1; j < k; j++)
			c = c << 6 | (s[i + j] & 0x3F);
		i += k;
		if (as == AS_CP1251) {
			if (c >= 0x410 && c <= 0x44F)
				*w++ = (unsigned char)(0xC0 + c - 0x410);
			else if (c == 0x401 || c == 0x451)
				*w++ = c == 0x401 ? 0xA8 : 0xB8;
			else if (c < 0x80)
				*w++ = (unsigned char)c;
			else
				fail_msg("U+%04X is not in this test's Windows-1251", (unsigned)c);
			continue;
		}
		u[0] = (uint16_t)c;
		if (c >= 0x10000) {
			u[0] = (uint16_t)(0xD800 + ((c - 0x10000) >> 10));
			u[1] = (uint16_t)(0xDC00 + ((c - 0x10000) & 0x3FF));
			nu = 2;
		}
		for (int j = 0; j < nu; j++) {
			*w++ = (unsigned char)(as == AS_UTF16LE ? u[j] & 0xFF : u[j] >> 8);
			*w++ = (unsigned char)(as == AS_UTF16LE ? u[j] >> 8 : u[j] & 0xFF);
		}
	}
	*out_n = (size_t)(w - o);
	return (char *)o;
}

/* 20,000 rows of Russian names (and, but for Windows-1251, one outside the BMP: a
 * surrogate pair in UTF-16), CRLF, a quoted cell with a line break every 100th row;
 * malloc'd UTF-8, *n its length. */
static char *russian_rows(bool astral, size_t *n)
{
	size_t cap = 64 + 20000 * 96;
	char *t = malloc(cap);

	assert_non_null(t);
	*n = (size_t)sprintf(t, "идентификатор,фио,гражданство,дата_прибытия\r\n");
	for (int i = 0; i < 20000; i++)
		*n += (size_t)sprintf(t + *n, i % 100 == 0 ? "P%d,\"Иванов\r\nЁлкин %d%s\",UZ,%s\r\n"
							   : "P%d,Иванов Ёлкин %d%s,UZ,%s\r\n",
				      i, i, astral ? " \xF0\x9F\x98\x80" : "", "2025-03-20");
	return t;
}

static void utf16_and_windows_1251_read_as_utf8_in_pieces(void **state)
{
	/* Auto-detected (by the byte-order mark; Windows-1251 by not being UTF-8) and
	 * forced; one byte at a time splits every code unit and surrogate pair. */
	static const size_t chunks[] = {1, 7, 4093, 0};

	(void)state;
	for (int as = AS_UTF16LE; as <= AS_CP1251; as++) {
		size_t n, en;
		char *t = russian_rows(as != AS_CP1251, &n), *e = encode(t, n, as, &en);

		for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; k++) {
			struct src s;
			enum kz_encoding enc = KZ_ENC_AUTO;
			long line = 2;

			if (k == 3)
				enc = as == AS_CP1251 ? KZ_ENC_CP1251 : KZ_ENC_UTF16;

			assert_non_null(open_enc(&s, e, en, chunks[k], enc));
			for (int i = 0; i < 20000; i++) {
				char want[64];
				struct kz_row row = next_ok(&s);

				snprintf(want, sizeof want, "%sЁлкин %d%s",
					 i % 100 == 0 ? "Иванов\r\n" : "Иванов ", i,
					 as != AS_CP1251 ? " \xF0\x9F\x98\x80" : "");
				assert_string_equal(row.cell[KZ_FIELD_NAME], want);
				assert_int_equal(row.line, line);
				line += i % 100 == 0 ? 2 : 1;
			}
			next_end(&s);
			done(&s);
		}
		free(e);
		free(t);
	}
}

static void a_surrogate_pair_across_the_end_of_the_buffer_is_kept_whole(void **state)
{
	/* The decoded buffer (4 * KZ_ROSTER_RECORD_MAX bytes) ends two bytes into the pair's
	 * four of UTF-8: they wait for the next refill. */
	size_t cap = 4 * KZ_ROSTER_RECORD_MAX + 256, n, en, need;
	char *t = malloc(cap), *e;
	struct src s;

	(void)state;
	assert_non_null(t);
	n = (size_t)sprintf(t, "id,name,citizenship,arrival\n");
	need = 4 * KZ_ROSTER_RECORD_MAX - 2 - n - 3; /* the pad rows' bytes */
	for (int i = 0; i < 5; i++) {
		size_t len = i < 4 ? need / 5 : need - 4 * (need / 5), m = len - 18;

		n += (size_t)sprintf(t + n, "P%d,", i);
		memset(t + n, 'x', m);
		n += m;
		n += (size_t)sprintf(t + n, ",UZ,2025-03-20\n");
	}
	assert_int_equal(n + 3, 4 * KZ_ROSTER_RECORD_MAX - 2);
	n += (size_t)sprintf(t + n, "A1,\xF0\x9F\x98\x80,UZ,2025-03-20\n");
	for (int as = AS_UTF16LE; as <= AS_UTF16BE; as++) {
		e = encode(t, n, as, &en);
		assert_non_null(open_enc(&s, e, en, 4093, KZ_ENC_AUTO));
		for (int i = 0; i < 5; i++)
			next_ok(&s);
		assert_string_equal(next_ok(&s).cell[KZ_FIELD_NAME], "\xF0\x9F\x98\x80");
		next_end(&s);
		done(&s);
		free(e);
	}
	free(t);
}

/* The roster as `as` must be read in every piece size up to a bad row at `where`,
 * saying `what`; the input ends there. */
static void bad_encoding(const char *bytes, size_t n, const char *where, const char *what)
{
	static const size_t chunks[] = {1, 7, 4093};

	for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; k++) {
		struct src s;

		assert_non_null(open_enc(&s, bytes, n, chunks[k], KZ_ENC_AUTO));
		assert_string_equal(next_ok(&s).cell[KZ_FIELD_ID], "A1");
		next_bad(&s, where, what);
		next_end(&s);
		done(&s);
	}
}

static void a_bad_byte_stops_the_roster_at_its_line(void **state)
{
	/* Windows-1251 0x98 is no character; UTF-16: a high surrogate without its low one,
	 * a low one alone, an odd byte at the end.  Line 4 is the bad byte's line inside
	 * the quoted cell that opens on line 3. */
	static const char cp[] = "id,name,citizenship,arrival\r\n"
				 "A1,\xC8\xE2\xE0\xED,UZ,2025-03-20\r\n"
				 "A2,\"a\r\nb\x98\",UZ,2025-03-20\r\nA3,c,UZ,2025-03-20\r\n";
	static const char le_hi[] = "\xFF\xFEi\0d\0,\0c\0i\0t\0i\0z\0e\0n\0s\0h\0i\0p\0,\0a\0r\0r\0"
				    "i\0v\0a\0l\0\n\0A\0001\0,\0U\0Z\0,\0002\0000\0002\0005\0-\0"
				    "0\0003\0-\0002\0000\0\n\0A\0002\0,\0\x3D\xD8x\0";
	static const char be_lo[] = "\xFE\xFF\0i\0d\0,\0c\0i\0t\0i\0z\0e\0n\0s\0h\0i\0p\0,\0a\0r\0r"
				    "\0i\0v\0a\0l\0\n\0A\0001\0,\0U\0Z\0,\0002\0000\0002\0005\0-"
				    "\0000\0003\0-\0002\0000\0\n\0A\0002\0,\xDC\0";
	static const char odd[] = "\xFF\xFEi\0d\0,\0c\0i\0t\0i\0z\0e\0n\0s\0h\0i\0p\0,\0a\0r\0r\0"
				  "i\0v\0a\0l\0\n\0A\0001\0,\0U\0Z\0,\0002\0000\0002\0005\0-\0"
				  "0\0003\0-\0002\0000\0\n\0\n\0A";

	(void)state;
	bad_encoding(cp, sizeof cp - 1, "r.csv:4", "invalid Windows-1251");
	bad_encoding(le_hi, sizeof le_hi - 1, "r.csv:3", "invalid UTF-16: an unpaired surrogate");
	bad_encoding(be_lo, sizeof be_lo - 1, "r.csv:3", "invalid UTF-16: an unpaired surrogate");
	bad_encoding(odd, sizeof odd - 1, "r.csv:4", "invalid UTF-16: an odd number of bytes");
}

static void the_encoding_is_detected_or_forced(void **state)
{
	/* Windows-1251 after 64 KB of ASCII is read as UTF-8 (and refused there); a UTF-8
	 * letter cut by the 64 KB mark is still UTF-8; forced, the bytes are read as said. */
	size_t cap = 2 * 65536, n = 0;
	char *t = malloc(cap);
	struct src s;
	int i;

	(void)state;
	assert_non_null(t);
	n = (size_t)sprintf(t, "id,name,citizenship,arrival\n");
	for (i = 0; n < 65536 - 40; i++)
		n += (size_t)sprintf(t + n, "P%d,x,UZ,2025-03-20\n", i);
	n += (size_t)sprintf(t + n, "Q,");
	while (n < 65535)
		t[n++] = 'x';
	n += (size_t)sprintf(t + n, "\xD0\x98,UZ,2025-03-20\nR,\xC8,UZ,2025-03-20\n");
	assert_non_null(open_enc(&s, t, n, 0, KZ_ENC_AUTO));
	for (int k = 0; k < i; k++)
		next_ok(&s);
	{
		struct kz_row row = next_ok(&s);
		char where[32];

		assert_string_equal(row.cell[KZ_FIELD_NAME] + row.len[KZ_FIELD_NAME] - 3, "xИ");
		snprintf(where, sizeof where, "r.csv:%d", i + 3);
		next_bad(&s, where, "invalid UTF-8");
	}
	done(&s);
	free(t);

	/* A Russian file forced as UTF-8 is not UTF-8; UTF-8 forced as Windows-1251 is
	 * read byte by byte ("Ив" is D0 98 D0 B2: 0x98 is no character there). */
	{
		static const char cp[] = "id,name,citizenship,arrival\nA1,\xC8\xE2,UZ,2025-03-20\n";
		static const char u8[] = "id,name,citizenship,arrival\nA1,\xD0\x98\xD0\xB2,UZ,"
					 "2025-03-20\n";

		assert_non_null(open_enc(&s, cp, sizeof cp - 1, 0, KZ_ENC_UTF8));
		next_bad(&s, "r.csv:2", "invalid UTF-8");
		done(&s);
		assert_non_null(open_enc(&s, cp, sizeof cp - 1, 0, KZ_ENC_AUTO));
		assert_string_equal(next_ok(&s).cell[KZ_FIELD_NAME], "Ив");
		done(&s);
		assert_non_null(open_enc(&s, u8, sizeof u8 - 1, 0, KZ_ENC_CP1251));
		next_bad(&s, "r.csv:2", "invalid Windows-1251");
		done(&s);
		assert_null(open_enc(&s, u8, sizeof u8 - 1, 0, (enum kz_encoding)9));
		assert_string_equal(s.err.msg, "unknown encoding 9");
	}
}

static void a_read_error_while_opening_is_refused(void **state)
{
	static const char t[] = "id,citizenship,arrival\nA1,UZ,2025-03-20\n";
	struct src s;

	(void)state;
	memset(&s, 0, sizeof s);
	s.bytes = t;
	s.n = sizeof t - 1;
	s.fails = true;
	s.fail_at = 10;
	s.error = EIO;
	assert_null(kz_roster_open(read_src, &s, "r.csv", NULL, &s.err));
	assert_int_equal(s.err.code, KZ_EINVAL);
	assert_string_equal(s.err.where, "r.csv");
	assert_string_equal(s.err.msg, "cannot read: Input/output error");
}

static void a_read_error_midway_stops_the_rows(void **state)
{
	/* The first read fills the 256 KiB buffer; the error comes with the second. */
	size_t n;
	char *t = many_rows(&n);
	struct src s;
	struct kz_row row;
	int k, good = 0;

	(void)state;
	memset(&s, 0, sizeof s);
	s.bytes = t;
	s.n = n;
	s.fails = true;
	s.fail_at = 300000;
	s.error = EIO;
	assert_non_null(s.r = kz_roster_open(read_src, &s, "r.csv", NULL, &s.err));
	while ((k = kz_roster_next(s.r, &row, &s.err)) == 1)
		good++;
	assert_int_equal(k, -2);
	assert_true(good > 1000 && good < 30000);
	assert_string_equal(s.err.where, "r.csv");
	assert_string_equal(s.err.msg, "cannot read on: Input/output error");
	done(&s);
	free(t);
}

static void a_read_error_while_decoding_stops_the_rows(void **state)
{
	/* UTF-16: the error comes after 600,000 raw bytes (past the first two refills), or
	 * after the first byte (the one read the encoding is told from). */
	static const size_t fail_at[] = {600000, 1};
	size_t n, en;
	char *t = russian_rows(true, &n), *e = encode(t, n, AS_UTF16LE, &en);

	(void)state;
	for (size_t k = 0; k < sizeof fail_at / sizeof *fail_at; k++) {
		struct src s;
		struct kz_row row;
		int rc, good = 0;

		memset(&s, 0, sizeof s);
		s.bytes = e;
		s.n = en;
		s.fails = true;
		s.fail_at = fail_at[k];
		s.error = EIO;
		s.r = kz_roster_open(read_src, &s, "r.csv", NULL, &s.err);
		if (fail_at[k] == 1) {
			/* One byte is no byte-order mark: UTF-8, and the error comes at open. */
			assert_null(s.r);
			assert_string_equal(s.err.msg, "cannot read: Input/output error");
			continue;
		}
		assert_non_null(s.r);
		while ((rc = kz_roster_next(s.r, &row, &s.err)) == 1)
			good++;
		assert_int_equal(rc, -2);
		assert_true(good > 1000 && good < 20000);
		assert_string_equal(s.err.msg, "cannot read on: Input/output error");
		done(&s);
	}
	free(e);
	free(t);
}

static void a_roster_without_a_name_is_called_roster(void **state)
{
	static const char t[] = "id,name\nA1,x\n";
	struct src s;

	(void)state;
	memset(&s, 0, sizeof s);
	s.bytes = t;
	s.n = sizeof t - 1;
	assert_null(kz_roster_open(read_src, &s, NULL, NULL, &s.err));
	assert_string_equal(s.err.where, "roster:1");
}

static void fields_are_named_as_headers_name_them(void **state)
{
	(void)state;
	assert_string_equal(kz_field_name(KZ_FIELD_ID), "id");
	assert_string_equal(kz_field_name(KZ_FIELD_VISA_EXPIRY), "visa_expiry");
	assert_string_equal(kz_field_name(KZ_FIELD_MOVES), "moves");
	assert_null(kz_field_name(KZ_FIELDS));
}

/* ---- a row's cells as a person ------------------------------------------------------ */

static kz_regimes *regimes;

static int load_regimes(void **state)
{
	(void)state;
	regimes = kzt_regimes();
	return 0;
}

static int free_regimes(void **state)
{
	(void)state;
	kz_regimes_free(regimes);
	return 0;
}

/* The person of the next row of s, which must be good. */
static void next_person(struct src *s, const struct kz_row_opts *o, struct kz_person *p)
{
	struct kz_row row = next_ok(s);

	if (kz_person_from_row(s->r, &row, o, p, &s->err) != 0)
		fail_msg("line %ld: %s: %s", row.line, s->err.where, s->err.msg);
}

/* The next row of s must be refused as a person at `where`, saying `what`. */
static void next_no_person(struct src *s, const struct kz_row_opts *o, const char *where,
			   const char *what)
{
	struct kz_row row = next_ok(s);
	struct kz_person p;

	assert_int_equal(kz_person_from_row(s->r, &row, o, &p, &s->err), -1);
	assert_int_equal(s->err.code, KZ_EINVAL);
	assert_string_equal(s->err.where, where);
	assert_string_equal(s->err.msg, what);
}

static void a_row_gives_every_fact_due_takes(void **state)
{
	const struct kz_row_opts o = {regimes, D("2025-03-21"), KZ_HOST_SMALL,
				      KZ_COUNT_FROM_ARRIVAL};
	struct src s;
	struct kz_person p;

	(void)state;
	assert_non_null(open_str(&s, "id,citizenship,arrival,birth,visa_expiry,passport_expiry,"
				    "trp_expiry,entry,host,count_from,trips,moves\n"
				    "A1,uz,2025-03-20,2004-05-11,2025-09-01,2030-01-31,2026-03-20,"
				    "visa,large,next-day,\"2024-01-01:2024-01-10 2024-06-01:2024-06-05\","
				    "2025-04-01;2025-05-01\n"));
	next_person(&s, &o, &p);
	assert_memory_equal(p.citizenship, "UZ", 3);
	assert_day_equal(p.arrival, "2025-03-20");
	assert_day_equal(p.today, "2025-03-21");
	assert_day_equal(p.birth, "2004-05-11");
	assert_day_equal(p.visa_expiry, "2025-09-01");
	assert_day_equal(p.passport_expiry, "2030-01-31");
	assert_day_equal(p.trp_expiry, "2026-03-20");
	assert_int_equal(p.entry, KZ_ENTRY_VISA);
	assert_int_equal(p.host, KZ_HOST_LARGE);
	assert_int_equal(p.count_from, KZ_COUNT_FROM_NEXT_DAY);
	assert_int_equal(p.ntrips, 2);
	assert_day_equal(p.trips[1].from, "2024-06-01");
	assert_day_equal(p.trips[1].to, "2024-06-05");
	assert_int_equal(p.nmoves, 2);
	assert_day_equal(p.moves[1], "2025-05-01");
	for (int f = 0; f < KZ_FACTS; f++)
		assert_null(p.unreadable[f]);
	done(&s);
}

static void empty_cells_leave_the_defaults(void **state)
{
	const struct kz_row_opts o = {regimes, D("2025-03-21"), KZ_HOST_INDIVIDUAL,
				      KZ_COUNT_FROM_NEXT_DAY};
	struct src s;
	struct kz_person p;

	(void)state;
	assert_non_null(open_str(&s, "id,citizenship,arrival,birth,host,count_from,entry,trips\n"
				    "A1,KG,2025-03-20,,,,,\n"));
	next_person(&s, &o, &p);
	assert_int_equal(p.birth, KZ_NO_DAY);
	assert_int_equal(p.visa_expiry, KZ_NO_DAY); /* no such column */
	assert_int_equal(p.trp_expiry, KZ_NO_DAY);
	assert_int_equal(p.host, KZ_HOST_INDIVIDUAL);
	assert_int_equal(p.count_from, KZ_COUNT_FROM_NEXT_DAY);
	assert_int_equal(p.entry, KZ_ENTRY_INFER);
	assert_int_equal(p.ntrips, 0);
	assert_int_equal(p.nmoves, 0);
	done(&s);
}

static void a_bad_optional_cell_is_unreadable_and_the_others_are_read(void **state)
{
	const struct kz_row_opts o = {regimes, D("2025-03-21"), KZ_HOST_SMALL,
				      KZ_COUNT_FROM_ARRIVAL};
	struct src s;
	struct kz_person p;

	(void)state;
	assert_non_null(open_str(&s, "id,citizenship,arrival,birth,passport_expiry,host,trips,moves\n"
				    "A1,UZ,2025-03-20,31.02.2004,2030-01-31,big,2024-01-01,x\n"));
	next_person(&s, &o, &p);
	/* Read as DD.MM.YYYY, as offices write dates: 31 February does not exist. */
	assert_string_equal(p.unreadable[KZ_FACT_BIRTH],
			    "no such date '31.02.2004' (expected a day 01..29)");
	assert_int_equal(p.birth, KZ_NO_DAY);
	assert_day_equal(p.passport_expiry, "2030-01-31");
	assert_string_equal(p.unreadable[KZ_FACT_HOST],
			    "unknown value 'big' (expected individual|small|medium|large)");
	assert_int_equal(p.host, KZ_HOST_SMALL);
	assert_string_equal(p.unreadable[KZ_FACT_TRIPS],
			    "'2024-01-01' (expected FROM:TO, two dates)");
	assert_int_equal(p.ntrips, 0);
	assert_string_equal(p.unreadable[KZ_FACT_MOVES], "bad date 'x' (expected YYYY-MM-DD)");
	assert_int_equal(p.nmoves, 0);
	assert_null(p.unreadable[KZ_FACT_ARRIVAL]);
	done(&s);
}

static void the_cells_every_deadline_needs_make_a_bad_row(void **state)
{
	const struct kz_row_opts o = {regimes, D("2025-03-21"), KZ_HOST_SMALL,
				      KZ_COUNT_FROM_ARRIVAL};
	const struct kz_row_opts any = {NULL, D("2025-03-21"), KZ_HOST_SMALL,
					KZ_COUNT_FROM_ARRIVAL};
	struct src s;
	struct kz_person p;

	(void)state;
	assert_non_null(open_str(&s, "id,citizenship,arrival\n"
				    ",UZ,2025-03-20\n"
				    "A2,U1,2025-03-20\n"
				    "A3,XQ,2025-03-20\n"
				    "A4,UZ,\n"
				    "A5,UZ,2025-02-30\n"
				    "A6,UZ,2025-03-20\n"));
	next_no_person(&s, &o, "r.csv:2", "id: empty (expected the person's id)");
	next_no_person(&s, &o, "r.csv:3", "citizenship: 'U1' is not a country code (expected "
					  "ISO 3166-1 alpha-2, e.g. UZ)");
	next_no_person(&s, &o, "r.csv:4", "citizenship: unknown country 'XQ' (expected ISO "
					  "3166-1 alpha-2, e.g. UZ)");
	next_no_person(&s, &o, "r.csv:5", "arrival: empty (expected the arrival date, YYYY-MM-DD)");
	next_no_person(&s, &o, "r.csv:6", "arrival: no such date '2025-02-30' (expected a day "
					  "01..28)");
	next_person(&s, &o, &p);
	assert_day_equal(p.arrival, "2025-03-20");
	done(&s);
	/* Without regimes, any two letters are a citizenship. */
	assert_non_null(open_str(&s, "id,citizenship,arrival\nA3,XQ,2025-03-20\n"));
	next_person(&s, &any, &p);
	assert_memory_equal(p.citizenship, "XQ", 3);
	done(&s);
}

static void dates_read_through_the_month_cache_are_checked_like_any(void **state)
{
	/* 2024-02: the first row's date fills the month's entry; the second's 30th must still
	 * be refused, and 2024-02-29 (a leap day) kept. */
	const struct kz_row_opts o = {regimes, D("2025-03-21"), KZ_HOST_SMALL,
				      KZ_COUNT_FROM_ARRIVAL};
	struct src s;
	struct kz_person p;

	(void)state;
	assert_non_null(open_str(&s, "id,citizenship,arrival,birth\n"
				    "A1,UZ,2025-03-20,2024-02-01\n"
				    "A2,UZ,2025-03-20,2024-02-30\n"
				    "A3,UZ,2025-03-20,2024-02-29\n"));
	next_person(&s, &o, &p);
	assert_day_equal(p.birth, "2024-02-01");
	next_person(&s, &o, &p);
	assert_string_equal(p.unreadable[KZ_FACT_BIRTH],
			    "no such date '2024-02-30' (expected a day 01..29)");
	next_person(&s, &o, &p);
	assert_day_equal(p.birth, "2024-02-29");
	done(&s);
}

/* ---- the CLI's side (roster_cli.c) ----------------------------------------------------- */

static void the_cli_reads_a_roster_by_its_path(void **state)
{
	kz_error err = {0};
	struct roster *r = roster_open("examples/roster.csv", NULL, &err);

	(void)state;
	if (r == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	assert_string_equal(roster_name(r), "examples/roster.csv");
	roster_close(r);
	roster_close(NULL);
}

static void an_unreadable_path_is_refused(void **state)
{
	kz_error err = {0};

	(void)state;
	assert_null(roster_open("tests/fixtures/rosters/no-such-file.csv", NULL, &err));
	assert_int_equal(err.code, KZ_EINVAL);
	assert_non_null(strstr(err.msg, "cannot open"));
}

static void only_keeps_the_named_deadlines_and_refuses_unknown_ids(void **state)
{
	struct only o = {0};
	struct kz_deadline dl[3] = {
		{.kind = KZ_D_TRP, .id = "trp"},
		{.kind = KZ_D_ARRIVAL_NOTIFICATION, .id = "arrival-notification"},
		{.kind = KZ_D_STAY_LIMIT, .id = "stay-limit"}};

	(void)state;
	assert_int_equal(only_filter(&o, dl, 3), 3); /* no --only: everything */
	assert_int_equal(only_add(&o, "arrival-notification,stay-limit", false), 0);
	assert_int_equal(only_filter(&o, dl, 3), 2);
	assert_string_equal(dl[0].id, "arrival-notification");
	assert_string_equal(dl[1].id, "stay-limit");
	assert_int_equal(only_add(&o, "arrival", NULL), EXIT_USAGE);
	assert_int_equal(only_add(&o, "policy-passport-to-office", NULL), EXIT_USAGE);
}

/* With examples/policy.json: its rule ids are taken, and a misspelt one is refused, not
 * left to keep nothing (a cron job would be silent for ever). */
static void only_takes_the_policy_ids_and_refuses_a_misspelt_one(void **state)
{
	FILE *in = fopen("examples/policy.json", "rb");
	char buf[16384];
	size_t len;
	kz_error err = {0};
	kz_policy *pol;
	struct only o = {0};

	(void)state;
	assert_non_null(in);
	len = fread(buf, 1, sizeof buf, in);
	fclose(in);
	pol = kz_policy_load(buf, len, "examples/policy.json", &err);
	assert_non_null(pol);
	assert_string_equal(kz_policy_id(pol, 0), "policy-passport-to-office");
	assert_null(kz_policy_id(pol, kz_policy_count(pol)));
	assert_int_equal(only_add(&o, "policy-passport-to-office,trp", pol), 0);
	assert_int_equal(o.n, 2);
	assert_int_equal(only_add(&o, "policy-passport-to-ofice", pol), EXIT_USAGE);
	kz_policy_free(pol);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(columns_may_come_in_any_order),
		cmocka_unit_test(unknown_columns_are_ignored_and_absent_ones_are_empty),
		cmocka_unit_test(header_names_ignore_case_spaces_and_dashes),
		cmocka_unit_test(header_names_may_be_english_russian_or_kazakh),
		cmocka_unit_test(a_misspelt_field_is_refused_and_other_columns_are_named),
		cmocka_unit_test(quoted_cells_keep_commas_and_doubled_quotes),
		cmocka_unit_test(a_line_break_inside_quotes_is_data_and_lines_stay_physical),
		cmocka_unit_test(crlf_and_lf_files_read_the_same),
		cmocka_unit_test(the_last_row_needs_no_line_break),
		cmocka_unit_test(blank_lines_are_skipped_but_counted),
		cmocka_unit_test(a_utf8_byte_order_mark_is_skipped),
		cmocka_unit_test(an_empty_file_is_refused),
		cmocka_unit_test(a_file_without_a_header_row_is_refused),
		cmocka_unit_test(a_missing_required_column_is_named),
		cmocka_unit_test(a_duplicate_column_is_refused),
		cmocka_unit_test(a_broken_header_is_refused),
		cmocka_unit_test(an_unterminated_quote_is_reported_at_the_line_it_opens),
		cmocka_unit_test(a_nul_byte_spoils_only_its_row),
		cmocka_unit_test(invalid_utf8_spoils_only_its_row),
		cmocka_unit_test(a_wrong_number_of_cells_is_a_row_error),
		cmocka_unit_test(text_after_a_closing_quote_is_a_row_error),
		cmocka_unit_test(a_long_cell_under_the_cap_is_read_whole),
		cmocka_unit_test(a_record_just_over_the_cap_is_a_row_error),
		cmocka_unit_test(a_record_over_the_cap_is_a_row_error_and_reading_goes_on),
		cmocka_unit_test(many_rows_cross_buffer_refills_intact),
		cmocka_unit_test(input_that_comes_in_pieces_reads_the_same),
		cmocka_unit_test(utf16_and_windows_1251_read_as_utf8_in_pieces),
		cmocka_unit_test(a_surrogate_pair_across_the_end_of_the_buffer_is_kept_whole),
		cmocka_unit_test(a_bad_byte_stops_the_roster_at_its_line),
		cmocka_unit_test(the_encoding_is_detected_or_forced),
		cmocka_unit_test(a_read_error_while_opening_is_refused),
		cmocka_unit_test(a_read_error_midway_stops_the_rows),
		cmocka_unit_test(a_read_error_while_decoding_stops_the_rows),
		cmocka_unit_test(a_roster_without_a_name_is_called_roster),
		cmocka_unit_test(fields_are_named_as_headers_name_them),
		cmocka_unit_test_setup_teardown(a_row_gives_every_fact_due_takes, load_regimes,
						free_regimes),
		cmocka_unit_test_setup_teardown(empty_cells_leave_the_defaults, load_regimes,
						free_regimes),
		cmocka_unit_test_setup_teardown(
			a_bad_optional_cell_is_unreadable_and_the_others_are_read, load_regimes,
			free_regimes),
		cmocka_unit_test_setup_teardown(the_cells_every_deadline_needs_make_a_bad_row,
						load_regimes, free_regimes),
		cmocka_unit_test_setup_teardown(
			dates_read_through_the_month_cache_are_checked_like_any, load_regimes,
			free_regimes),
		cmocka_unit_test(the_cli_reads_a_roster_by_its_path),
		cmocka_unit_test(an_unreadable_path_is_refused),
		cmocka_unit_test(only_keeps_the_named_deadlines_and_refuses_unknown_ids),
		cmocka_unit_test(only_takes_the_policy_ids_and_refuses_a_misspelt_one),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
