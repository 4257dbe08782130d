/* kztest.h — what the cmocka suites share: the real data (the same bytes the binary
 * embeds), fixtures, and date assertions that print dates, not day numbers. */
#ifndef KZTEST_H
#define KZTEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <cjson/cJSON.h>

#include "embedded.h"
#include "kzmig.h"

static inline const struct embedded_file *kzt_file(const char *name)
{
	for (const struct embedded_file *f = embedded_files; f->name; f++)
		if (strcmp(f->name, name) == 0)
			return f;
	fail_msg("no embedded data file %s", name);
	return NULL;
}

static inline kz_calendar *kzt_calendar(void)
{
	const struct embedded_file *f = kzt_file("holidays_kz.json");
	kz_error err = {0};
	kz_calendar *cal = kz_calendar_load(f->data, f->len, f->name, &err);

	if (cal == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	return cal;
}

static inline kz_regimes *kzt_regimes(void)
{
	const struct embedded_file *f = kzt_file("visa_free.json");
	kz_error err = {0};
	kz_regimes *r = kz_regimes_load(f->data, f->len, f->name, &err);

	if (r == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	return r;
}

static inline kz_fines *kzt_fines(void)
{
	const struct embedded_file *f = kzt_file("fines_kz.json");
	kz_error err = {0};
	kz_fines *x = kz_fines_load(f->data, f->len, f->name, &err);

	if (x == NULL)
		fail_msg("%s: %s", err.where, err.msg);
	return x;
}

/* A date from "YYYY-MM-DD"; the test fails on a bad literal. */
static inline kz_day D(const char *s)
{
	kz_day d = 0;

	if (kz_day_parse(s, strlen(s), &d) != 0)
		fail_msg("bad date literal %s", s);
	return d;
}

#define assert_day_equal(got, want_str)                                                    \
	do {                                                                               \
		char got_[11];                                                             \
		kz_day g_ = (got);                                                         \
		if (g_ != D(want_str))                                                     \
			fail_msg("got %s, want %s",                                        \
				 g_ == KZ_NO_DAY ? "no date" : kz_day_format(g_, got_),    \
				 (want_str));                                              \
	} while (0)

/* visa_free.json must list every ISO 3166-1 code: a malloc'd copy of json (real quotes)
 * whose "countries" gain, in A-Z order, each code they lack, as a country no regime
 * applies to (with the note that says so).  A test's few countries then load. */
static inline char *kzt_every_country(const char *json)
{
	static const char iso[] =
		"ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACC"
		"CDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGD"
		"GEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKH"
		"KIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMW"
		"MXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSC"
		"SDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUY"
		"UZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";
	cJSON *root = cJSON_Parse(json), *all = cJSON_CreateObject();
	cJSON *cs = cJSON_GetObjectItemCaseSensitive(root, "countries");
	char *out;

	if (root == NULL || all == NULL || !cJSON_IsObject(cs))
		fail_msg("kzt_every_country: no countries in %s", json);
	for (size_t i = 0; i + 1 < sizeof iso; i += 2) {
		char cc[3] = {iso[i], iso[i + 1], '\0'};
		cJSON *c = cJSON_DetachItemFromObjectCaseSensitive(cs, cc);

		if (c == NULL)
			c = cJSON_Parse("{\"name\":\"X\",\"name_ru\":\"X\",\"name_kk\":\"X\",\"name_source\":\"s\",\"regimes\":[],\"note\":\"test filler\",\"note_ru\":\"test filler\",\"note_kk\":\"test filler\"}");
		cJSON_AddItemToObject(all, cc, c);
	}
	if (cJSON_GetArraySize(cs) != 0)
		fail_msg("kzt_every_country: codes that are not ISO in %s", json);
	cJSON_ReplaceItemInObjectCaseSensitive(root, "countries", all);
	out = cJSON_PrintUnformatted(root);
	cJSON_Delete(root);
	return out;
}

#endif
