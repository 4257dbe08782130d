/* test_json.c — the loaders' JSON helpers (src/json.c): parse errors with line and column,
 * members that are absent, null, of the wrong type or out of range, tenths, paths, and
 * the string arena.  Each error must name "file: path.key" and say what was expected. */
#include <limits.h>

#include "kztest.h"
#include "../src/internal.h"

/* JSON written with ' for " (no apostrophes in these tests): a parsed object. */
static cJSON *obj(const char *s)
{
	char *j = strdup(s);
	cJSON *o;

	assert_non_null(j);
	for (char *p = j; *p; p++)
		if (*p == '\'')
			*p = '"';
	o = cJSON_Parse(j);
	free(j);
	if (o == NULL)
		fail_msg("bad test JSON: %s", s);
	return o;
}

static void assert_err(const kz_error *err, const char *where, const char *msg)
{
	assert_int_equal(err->code, KZ_EDATA);
	assert_string_equal(err->where, where);
	assert_string_equal(err->msg, msg);
}

/* A string literal and its length. */
#define T(s) s, sizeof(s) - 1

/* kzj_parse of the text must fail with where and msg. */
static void assert_parse_fails(const char *text, size_t len, const char *where, const char *msg)
{
	kz_error err = {0};

	assert_null(kzj_parse(text, len, "t.json", &err));
	assert_err(&err, where, msg);
}

static void parse_refuses_no_text_and_empty_text(void **state)
{
	(void)state;
	assert_parse_fails(NULL, 0, "t.json", "empty file (expected a JSON object)");
	assert_parse_fails("{}", 0, "t.json", "empty file (expected a JSON object)");
	assert_null(kzj_parse(NULL, 5, "t.json", NULL));
}

static void parse_refuses_a_nul_byte_anywhere_in_the_text(void **state)
{
	(void)state;
	assert_parse_fails("{}\0", 3, "t.json", "NUL byte in the file (expected JSON text)");
	assert_parse_fails("{\"a\":\0\"b\"}", 10, "t.json",
			   "NUL byte in the file (expected JSON text)");
}

static void parse_error_gives_line_and_column_of_the_bad_byte(void **state)
{
	(void)state;
	/* The x is on line 3, column 8. */
	assert_parse_fails(T("{\n  \"a\": 1,\n  \"b\": x\n}"), "t.json:3:8",
			   "not valid JSON here (expected a JSON object)");
	/* Line 1, column 1: not JSON at all. */
	assert_parse_fails(T("{\n\n"), "t.json:2:1",
			   "not valid JSON here (expected a JSON object)");
	assert_parse_fails(T("hello"), "t.json:1:1", "not valid JSON here (expected a JSON object)");
	/* A missing comma: the "b" at column 9. */
	assert_parse_fails(T("{\"a\": 1 \"b\": 2}"), "t.json:1:9",
			   "not valid JSON here (expected a JSON object)");
	/* The length counts, not a NUL: "{}" cut to one byte is unfinished, and cJSON puts
	 * an error at the end of the text on its last byte. */
	assert_parse_fails("{}", 1, "t.json:1:1", "not valid JSON here (expected a JSON object)");
}

static void parse_wants_an_object_at_the_top(void **state)
{
	(void)state;
	assert_parse_fails("[1, 2]", 6, "t.json", "top level is not an object (expected {...})");
	assert_parse_fails("\"text\"", 6, "t.json", "top level is not an object (expected {...})");
	assert_parse_fails("null", 4, "t.json", "top level is not an object (expected {...})");
}

static void parse_returns_the_object(void **state)
{
	kz_error err = {0};
	cJSON *o = kzj_parse("{\"a\": 1}", 8, "t.json", &err);

	(void)state;
	assert_non_null(o);
	assert_int_equal(err.code, KZ_OK);
	assert_int_equal(cJSON_GetObjectItem(o, "a")->valueint, 1);
	cJSON_Delete(o);
}

static void parse_refuses_text_after_the_value(void **state)
{
	cJSON *o;

	(void)state;
	/* cJSON stops after the first value; the "x" on line 2, column 1 is refused. */
	assert_parse_fails(T("{\"a\": 1}\nx"), "t.json:2:1",
			   "more text after the JSON value (expected the end of the file)");
	assert_parse_fails(T("{}}"), "t.json:1:3",
			   "more text after the JSON value (expected the end of the file)");
	assert_parse_fails(T("{} {}"), "t.json:1:4",
			   "more text after the JSON value (expected the end of the file)");
	/* White space after it is no text. */
	o = kzj_parse(T("{}\n\t \r\n"), "t.json", NULL);
	assert_non_null(o);
	cJSON_Delete(o);
}

/* Collects each problem as "where|msg\n". */
static void collect(const kz_error *e, void *arg)
{
	char *buf = arg;

	strcat(buf, e->where);
	strcat(buf, "|");
	strcat(buf, e->msg);
	strcat(buf, "\n");
}

static void parse_refuses_every_key_given_twice_in_one_object(void **state)
{
	char seen[1024] = "";
	struct kzj_check c = {.name = "t.json", .report = collect, .arg = seen};

	(void)state;
	/* jq and Python keep the last "a", cJSON the first: kzmig keeps neither. */
	assert_parse_fails(T("{\"a\": 1, \"a\": 2}"), "t.json: a",
			   "a second time in its object (expected each key once)");
	/* Each one, at any depth, in arrays too; the same key in two objects is fine. */
	assert_null(kzj_parse_all(T("{\"x\": {\"b\": 1, \"c\": 1, \"b\": 2}, \"y\": [{\"d\": 1}, "
				    "{\"d\": 1, \"d\": 2, \"d\": 3}], \"x\": 0}"), &c));
	assert_int_equal(c.problems, 4);
	assert_string_equal(seen, "t.json: x.b|a second time in its object (expected each key once)\n"
				  "t.json: y[1].d|a second time in its object (expected each key once)\n"
				  "t.json: y[1].d|a second time in its object (expected each key once)\n"
				  "t.json: x|a second time in its object (expected each key once)\n");
	assert_string_equal(c.first.where, "t.json: x.b");
}

static void member_names_file_path_and_the_type_expected(void **state)
{
	cJSON *o = obj("{'s':'x','n':1,'o':{},'a':[],'b':true,'z':null}");
	kz_error err = {0};

	(void)state;
	assert_non_null(kzj_member(o, "s", cJSON_String, false, "t.json", "", &err));
	assert_non_null(kzj_member(o, "b", cJSON_True | cJSON_False, false, "t.json", "", &err));
	assert_int_equal(err.code, KZ_OK);
	/* Missing, at the root (path "") and inside an object (path "x[2]"). */
	assert_null(kzj_member(o, "q", cJSON_String, false, "t.json", "", &err));
	assert_err(&err, "t.json: q", "missing (expected a string)");
	assert_null(kzj_member(o, "q", cJSON_Number, false, "t.json", "x[2]", &err));
	assert_err(&err, "t.json: x[2].q", "missing (expected a number)");
	/* null counts as missing. */
	assert_null(kzj_member(o, "z", cJSON_Object, false, "t.json", "", &err));
	assert_err(&err, "t.json: z", "missing (expected an object)");
	/* Each type, asked of a member of another type. */
	assert_null(kzj_member(o, "n", cJSON_String, false, "t.json", "", &err));
	assert_err(&err, "t.json: n", "wrong type (expected a string)");
	assert_null(kzj_member(o, "s", cJSON_Number, false, "t.json", "", &err));
	assert_err(&err, "t.json: s", "wrong type (expected a number)");
	assert_null(kzj_member(o, "a", cJSON_Object, false, "t.json", "", &err));
	assert_err(&err, "t.json: a", "wrong type (expected an object)");
	assert_null(kzj_member(o, "o", cJSON_Array, false, "t.json", "", &err));
	assert_err(&err, "t.json: o", "wrong type (expected an array)");
	assert_null(kzj_member(o, "s", cJSON_True | cJSON_False, false, "t.json", "", &err));
	assert_err(&err, "t.json: s", "wrong type (expected true or false)");
	assert_null(kzj_member(o, "s", cJSON_Raw, false, "t.json", "", &err));
	assert_err(&err, "t.json: s", "wrong type (expected a value)");
	cJSON_Delete(o);
}

static void nullable_member_absent_or_null_is_no_error(void **state)
{
	cJSON *o = obj("{'z':null}");
	kz_error err = {0};

	(void)state;
	assert_null(kzj_member(o, "z", cJSON_String, true, "t.json", "", &err));
	assert_null(kzj_member(o, "q", cJSON_String, true, "t.json", "", &err));
	assert_int_equal(err.code, KZ_OK);
	assert_string_equal(err.where, "");
	cJSON_Delete(o);
}

static void string_member_must_be_non_empty_unless_nullable(void **state)
{
	cJSON *o = obj("{'s':'text','e':'','n':5,'z':null}");
	kz_error err = {0};
	const char *out = "unchanged";

	(void)state;
	assert_int_equal(kzj_string(o, "s", false, "t.json", "p", &out, &err), 0);
	assert_string_equal(out, "text");
	assert_int_equal(kzj_string(o, "e", false, "t.json", "p", &out, &err), -1);
	assert_err(&err, "t.json: p.e", "empty (expected some text)");
	assert_string_equal(out, "text");
	/* Nullable: empty is fine, absent and null leave *out as it was. */
	assert_int_equal(kzj_string(o, "e", true, "t.json", "p", &out, &err), 0);
	assert_string_equal(out, "");
	out = "unchanged";
	assert_int_equal(kzj_string(o, "z", true, "t.json", "p", &out, &err), 0);
	assert_int_equal(kzj_string(o, "q", true, "t.json", "p", &out, &err), 0);
	assert_string_equal(out, "unchanged");
	/* A nullable member of the wrong type is still an error. */
	assert_int_equal(kzj_string(o, "n", true, "t.json", "p", &out, &err), -1);
	assert_err(&err, "t.json: p.n", "wrong type (expected a string)");
	assert_int_equal(kzj_string(o, "z", false, "t.json", "p", &out, &err), -1);
	assert_err(&err, "t.json: p.z", "missing (expected a string)");
	cJSON_Delete(o);
}

static void int_member_must_be_whole_and_in_range(void **state)
{
	cJSON *o = obj("{'a':12,'b':0,'c':13,'d':1.5,'e':-1e300,'f':1e300,'g':'12','h':-7}");
	kz_error err = {0};
	int out = 99;

	(void)state;
	assert_int_equal(kzj_int(o, "a", false, 1, 12, "t.json", "", &out, &err), 0);
	assert_int_equal(out, 12);
	assert_int_equal(kzj_int(o, "h", false, -7, 0, "t.json", "", &out, &err), 0);
	assert_int_equal(out, -7);
	assert_int_equal(kzj_int(o, "b", false, 1, 12, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: b", "0 out of range (expected a whole number 1..12)");
	assert_int_equal(kzj_int(o, "c", false, 1, 12, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: c", "13 out of range (expected a whole number 1..12)");
	assert_int_equal(kzj_int(o, "d", false, 1, 12, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: d", "1.5 out of range (expected a whole number 1..12)");
	assert_int_equal(kzj_int(o, "e", false, 1, 12, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: e", "-1e+300 out of range (expected a whole number 1..12)");
	assert_int_equal(kzj_int(o, "f", false, INT_MIN, INT_MAX, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: f",
		   "1e+300 out of range (expected a whole number -2147483648..2147483647)");
	assert_int_equal(kzj_int(o, "g", false, 1, 12, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: g", "wrong type (expected a number)");
	assert_int_equal(out, -7); /* untouched by every failure */
	/* Absent: an error unless nullable, which leaves *out alone. */
	assert_int_equal(kzj_int(o, "q", false, 1, 12, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: q", "missing (expected a number)");
	assert_int_equal(kzj_int(o, "q", true, 1, 12, "t.json", "", &out, NULL), 0);
	assert_int_equal(out, -7);
	cJSON_Delete(o);
}

static void tenths_take_steps_of_a_tenth_and_no_finer(void **state)
{
	cJSON *o = obj("{'a':0.5,'b':2,'c':0.05,'d':-0.1,'e':10000.1,'f':10000,'g':0,"
		       "'h':0.30000000000000004,'i':'0.5'}");
	kz_error err = {0};
	int out = -1;

	(void)state;
	assert_int_equal(kzj_tenths(o, "a", false, 0, 10000, "t.json", "d[0]", &out, &err), 0);
	assert_int_equal(out, 5);
	assert_int_equal(kzj_tenths(o, "b", false, 0, 10000, "t.json", "d[0]", &out, &err), 0);
	assert_int_equal(out, 20);
	assert_int_equal(kzj_tenths(o, "f", false, 0, 10000, "t.json", "d[0]", &out, &err), 0);
	assert_int_equal(out, 100000);
	assert_int_equal(kzj_tenths(o, "g", false, 0, 10000, "t.json", "d[0]", &out, &err), 0);
	assert_int_equal(out, 0);
	/* 0.1 + 0.2 in binary: 3 tenths within rounding. */
	assert_int_equal(kzj_tenths(o, "h", false, 0, 10000, "t.json", "d[0]", &out, &err), 0);
	assert_int_equal(out, 3);
	assert_int_equal(kzj_tenths(o, "c", false, 0, 10000, "t.json", "d[0]", &out, &err), -1);
	assert_err(&err, "t.json: d[0].c", "0.05 out of range (expected 0..10000 in steps of 0.1)");
	assert_int_equal(kzj_tenths(o, "d", false, 0, 10000, "t.json", "d[0]", &out, &err), -1);
	assert_err(&err, "t.json: d[0].d", "-0.1 out of range (expected 0..10000 in steps of 0.1)");
	assert_int_equal(kzj_tenths(o, "e", false, 0, 10000, "t.json", "d[0]", &out, &err), -1);
	assert_err(&err, "t.json: d[0].e",
		   "10000.1 out of range (expected 0..10000 in steps of 0.1)");
	assert_int_equal(kzj_tenths(o, "i", false, 0, 10000, "t.json", "d[0]", &out, &err), -1);
	assert_err(&err, "t.json: d[0].i", "wrong type (expected a number)");
	out = 77;
	assert_int_equal(kzj_tenths(o, "q", true, 0, 10000, "t.json", "d[0]", &out, &err), 0);
	assert_int_equal(out, 77);
	cJSON_Delete(o);
}

static void bool_member_is_true_or_false_only(void **state)
{
	cJSON *o = obj("{'t':true,'f':false,'s':'yes','n':1,'z':null}");
	kz_error err = {0};
	bool out = false;

	(void)state;
	assert_int_equal(kzj_bool(o, "t", false, "t.json", "", &out, &err), 0);
	assert_true(out);
	assert_int_equal(kzj_bool(o, "f", false, "t.json", "", &out, &err), 0);
	assert_false(out);
	assert_int_equal(kzj_bool(o, "s", false, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: s", "wrong type (expected true or false)");
	assert_int_equal(kzj_bool(o, "n", true, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: n", "wrong type (expected true or false)");
	out = true;
	assert_int_equal(kzj_bool(o, "z", true, "t.json", "", &out, &err), 0);
	assert_true(out);
	assert_int_equal(kzj_bool(o, "z", false, "t.json", "", &out, &err), -1);
	assert_err(&err, "t.json: z", "missing (expected true or false)");
	cJSON_Delete(o);
}

static void date_member_is_a_strict_iso_date(void **state)
{
	cJSON *o = obj("{'d':'2024-02-29','e':'2025-02-29','f':'2025-3-1','g':20250301,"
		       "'h':'a very long text that is no date at all'}");
	kz_error err = {0};
	kz_day out = KZ_NO_DAY;

	(void)state;
	assert_int_equal(kzj_date(o, "d", false, "t.json", "mci[3]", &out, &err), 0);
	assert_day_equal(out, "2024-02-29");
	assert_int_equal(kzj_date(o, "e", false, "t.json", "mci[3]", &out, &err), -1);
	assert_err(&err, "t.json: mci[3].e", "'2025-02-29' is not a date (expected YYYY-MM-DD)");
	assert_int_equal(kzj_date(o, "f", false, "t.json", "mci[3]", &out, &err), -1);
	assert_err(&err, "t.json: mci[3].f", "'2025-3-1' is not a date (expected YYYY-MM-DD)");
	assert_int_equal(kzj_date(o, "g", false, "t.json", "mci[3]", &out, &err), -1);
	assert_err(&err, "t.json: mci[3].g", "wrong type (expected a string)");
	/* Only the first 20 characters are quoted. */
	assert_int_equal(kzj_date(o, "h", false, "t.json", "mci[3]", &out, &err), -1);
	assert_err(&err, "t.json: mci[3].h",
		   "'a very long text tha' is not a date (expected YYYY-MM-DD)");
	out = KZ_NO_DAY;
	assert_int_equal(kzj_date(o, "q", true, "t.json", "mci[3]", &out, &err), 0);
	assert_int_equal(out, KZ_NO_DAY);
	cJSON_Delete(o);
}

static void helpers_fail_without_an_error_struct_too(void **state)
{
	cJSON *o = obj("{'n':5,'s':'x'}");
	const char *s = NULL;
	int i = 0;
	bool b = false;
	kz_day d = 0;

	(void)state;
	assert_int_equal(kzj_string(o, "n", false, "t.json", "", &s, NULL), -1);
	assert_int_equal(kzj_string(o, "q", false, "t.json", "", &s, NULL), -1);
	assert_int_equal(kzj_int(o, "n", false, 1, 4, "t.json", "", &i, NULL), -1);
	assert_int_equal(kzj_int(o, "q", false, 1, 4, "t.json", "", &i, NULL), -1);
	assert_int_equal(kzj_date(o, "q", false, "t.json", "", &d, NULL), -1);
	assert_int_equal(kzj_bool(o, "q", false, "t.json", "", &b, NULL), -1);
	assert_int_equal(kzj_tenths(o, "q", false, 0, 9, "t.json", "", &i, NULL), -1);
	assert_int_equal(kzj_bool(o, "n", false, "t.json", "", &b, NULL), -1);
	assert_int_equal(kzj_date(o, "s", false, "t.json", "", &d, NULL), -1);
	assert_int_equal(kzj_tenths(o, "s", false, 0, 9, "t.json", "", &i, NULL), -1);
	assert_null(kzj_member(o, "q", cJSON_Number, false, "t.json", "", NULL));
	assert_null(s);
	assert_int_equal(i, 0);
	cJSON_Delete(o);
}

static void a_long_path_is_cut_to_fit_the_message(void **state)
{
	cJSON *o = obj("{}");
	kz_error err = {0};
	char path[200];

	(void)state;
	memset(path, 'p', sizeof path - 1);
	path[sizeof path - 1] = '\0';
	assert_int_equal(kzj_int(o, "k", false, 0, 1, "t.json", path, &(int){0}, &err), -1);
	assert_int_equal(err.code, KZ_EDATA);
	assert_int_equal(strlen(err.where), sizeof err.where - 1);
	assert_memory_equal(err.where, "t.json: ppp", 11);
	assert_string_equal(err.msg, "missing (expected a number)");
	cJSON_Delete(o);
}

static void path_joins_keys_with_dots_and_indexes_in_brackets(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(kzj_path(buf, sizeof buf, "", "as_of", 0), "as_of");
	assert_string_equal(kzj_path(buf, sizeof buf, "countries", "UZ", 0), "countries.UZ");
	assert_string_equal(kzj_path(buf, sizeof buf, "fines", NULL, 0), "fines[0]");
	assert_string_equal(kzj_path(buf, sizeof buf, "fines", NULL, 1234), "fines[1234]");
	assert_string_equal(kzj_path(buf, sizeof buf, "x", NULL, -3), "x[-3]");
	assert_string_equal(kzj_path(buf, sizeof buf, "", NULL, 7), "[7]");
	assert_string_equal(kzj_path(buf, sizeof buf, "x", NULL, INT_MAX), "x[2147483647]");
	assert_string_equal(kzj_path(buf, sizeof buf, "x", NULL, INT_MIN), "x[-2147483648]");
	/* The same text as snprintf's "%s.%s" / "%s[%d]", cut the same way. */
	assert_string_equal(kzj_path(buf, 8, "holidays", NULL, 12), "holiday");
	assert_string_equal(kzj_path(buf, 6, "ab", "cdef", 0), "ab.cd");
	assert_string_equal(kzj_path(buf, 5, "ab", NULL, 12), "ab[1");
	assert_string_equal(kzj_path(buf, 1, "ab", "cd", 0), "");
}

static void path_into_no_room_writes_nothing(void **state)
{
	char buf[4] = "abc";

	(void)state;
	assert_ptr_equal(kzj_path(buf, 0, "x", "y", 0), buf);
	assert_string_equal(buf, "abc");
}

static void arena_keeps_every_string_across_blocks(void **state)
{
	struct kz_strings *arena = NULL;
	const char *kept[600];
	char s[32], big[5000];

	(void)state;
	/* 600 strings of about 10 bytes overflow the first 4096-byte block. */
	for (int i = 0; i < 600; i++) {
		snprintf(s, sizeof s, "string %d", i);
		kept[i] = kz_strdup_in(&arena, s);
		assert_non_null(kept[i]);
	}
	assert_non_null(arena->next);
	/* A string longer than a block gets a block of its own size. */
	memset(big, 'b', sizeof big - 1);
	big[sizeof big - 1] = '\0';
	assert_string_equal(kz_strdup_in(&arena, big), big);
	assert_int_equal(arena->cap, sizeof big);
	assert_string_equal(kz_strdup_in(&arena, ""), "");
	for (int i = 0; i < 600; i++) {
		snprintf(s, sizeof s, "string %d", i);
		assert_string_equal(kept[i], s);
	}
	kz_strings_free(arena);
	kz_strings_free(NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(parse_refuses_no_text_and_empty_text),
		cmocka_unit_test(parse_refuses_a_nul_byte_anywhere_in_the_text),
		cmocka_unit_test(parse_error_gives_line_and_column_of_the_bad_byte),
		cmocka_unit_test(parse_wants_an_object_at_the_top),
		cmocka_unit_test(parse_returns_the_object),
		cmocka_unit_test(parse_refuses_text_after_the_value),
		cmocka_unit_test(parse_refuses_every_key_given_twice_in_one_object),
		cmocka_unit_test(member_names_file_path_and_the_type_expected),
		cmocka_unit_test(nullable_member_absent_or_null_is_no_error),
		cmocka_unit_test(string_member_must_be_non_empty_unless_nullable),
		cmocka_unit_test(int_member_must_be_whole_and_in_range),
		cmocka_unit_test(tenths_take_steps_of_a_tenth_and_no_finer),
		cmocka_unit_test(bool_member_is_true_or_false_only),
		cmocka_unit_test(date_member_is_a_strict_iso_date),
		cmocka_unit_test(helpers_fail_without_an_error_struct_too),
		cmocka_unit_test(a_long_path_is_cut_to_fit_the_message),
		cmocka_unit_test(path_joins_keys_with_dots_and_indexes_in_brackets),
		cmocka_unit_test(path_into_no_room_writes_nothing),
		cmocka_unit_test(arena_keeps_every_string_across_blocks),
	};
	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
