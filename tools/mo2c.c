/* mo2c — compiles the message catalogs msgfmt made (build/po/LANG.mo) into C.
 *
 *   mo2c [-p] OUT.c RU.mo KK.mo
 *
 * Without -p each language is one pool of strings and offsets into it: a table of
 * pointers would cost the dynamic loader a relocation a string at every start.  With -p
 * (the page's WebAssembly, which has no loader) the tables point at the strings, so the
 * linker can merge a msgid with the same English text in the code.
 *
 * writes `const struct catalog catalogs[LANG_COUNT]` (src/cli/i18n.h): English is the
 * source and has no table; each other language a table sorted by msgid for a binary
 * search.  It refuses a catalog whose Plural-Forms is not the rule src/cli/i18n.c
 * applies, so a translator's change to it cannot quietly pick the wrong form.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
	const char *id;  /* up to the first NUL: a plural's singular */
	const char *str; /* all forms, NUL-separated */
	uint32_t len;
};

static const char *const plural_rule[] = {
	"nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
	"(n%100<10 || n%100>=20) ? 1 : 2);",
	"nplurals=1; plural=0;",
};

static void die(const char *file, const char *what)
{
	fprintf(stderr, "mo2c: %s: %s\n", file, what);
	exit(1);
}

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf;
	long n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET))
		die(path, "cannot read");
	if ((buf = malloc((size_t)n + 1)) == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n)
		die(path, "cannot read");
	fclose(f);
	buf[n] = 0;
	*len = (size_t)n;
	return buf;
}

static uint32_t u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int by_id(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->id, ((const struct entry *)b)->id);
}

static void quoted(FILE *out, const char *s, size_t n)
{
	fputc('"', out);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", out);
		else if (c < 0x20 || c == 0x7f)
			fprintf(out, "\\%03o", c);
		else if (c == '?' && i + 1 < n && s[i + 1] == '?') /* no trigraphs */
			fputs("?\"\"", out);
		else
			fputc(c, out);
	}
	fputc('"', out);
}

static int pointers; /* -p */

static void table(FILE *out, const char *path, const char *lang, const char *rule)
{
	size_t len, n;
	unsigned char *mo = slurp(path, &len);
	struct entry *e;
	size_t k = 0;
	const char *header = NULL;

	if (len < 28 || u32(mo) != 0x950412deu)
		die(path, "not a little-endian .mo file");
	n = u32(mo + 8);
	uint32_t oo = u32(mo + 12), to = u32(mo + 16);
	if (oo > len || to > len || n > (len - oo) / 8 || n > (len - to) / 8)
		die(path, "tables out of the file");
	if ((e = calloc(n ? n : 1, sizeof *e)) == NULL)
		die(path, "out of memory");
	for (size_t i = 0; i < n; i++) {
		uint32_t ol = u32(mo + oo + 8 * i), op = u32(mo + oo + 8 * i + 4);
		uint32_t tl = u32(mo + to + 8 * i), tp = u32(mo + to + 8 * i + 4);

		if (op > len || ol >= len - op || tp > len || tl >= len - tp)
			die(path, "a string out of the file");
		if (ol == 0) {
			header = (const char *)mo + tp;
			continue;
		}
		e[k].id = (const char *)mo + op;
		e[k].str = (const char *)mo + tp;
		e[k].len = tl;
		k++;
	}
	if (header != NULL && strstr(header, "Plural-Forms:") != NULL) {
		const char *pf = strstr(header, "Plural-Forms:") + 13;
		while (*pf == ' ')
			pf++;
		if (strncmp(pf, rule, strlen(rule)) != 0)
			die(path, "Plural-Forms is not the rule src/cli/i18n.c applies");
	}
	qsort(e, k, sizeof *e, by_id);
	if (pointers) {
		fprintf(out, "\nstatic const char *const %s_id[] = {\n", lang);
		for (size_t i = 0; i < k; i++) {
			fputc('\t', out);
			quoted(out, e[i].id, strlen(e[i].id));
			fputs(",\n", out);
		}
		fprintf(out, "\tNULL,\n};\nstatic const char *const %s_str[] = {\n", lang);
		for (size_t i = 0; i < k; i++) {
			fputc('\t', out);
			quoted(out, e[i].str, e[i].len);
			fputs(",\n", out);
		}
		fputs("\tNULL,\n};\n", out);
	} else {
		fprintf(out, "\nstatic const char %s_pool[] =\n", lang);
		for (size_t i = 0; i < k; i++) {
			fputc('\t', out);
			quoted(out, e[i].id, strlen(e[i].id));
			fputs(" \"\\0\"\n\t", out);
			quoted(out, e[i].str, e[i].len);
			fputs(" \"\\0\"\n", out);
		}
		fputs("\t\"\";\n", out);
	}
	fprintf(out, "static const unsigned %s_off[][3] = { /* msgid, msgstr, its length */\n", lang);
	for (size_t i = 0, at = 0; i < k; i++) {
		size_t id = at, str = at + strlen(e[i].id) + 1;

		fprintf(out, "\t{%zuu, %zuu, %uu},\n", pointers ? 0 : id, pointers ? 0 : str,
			(unsigned)e[i].len);
		at = str + e[i].len + 1;
	}
	fprintf(out, "\t{0, 0, 0},\n};\n#define %s_n %zuu\n", lang, k);
	free(e);
	free(mo);
}

int main(int argc, char **argv)
{
	FILE *out;

	if (argc == 5 && strcmp(argv[1], "-p") == 0) {
		pointers = 1;
		argc--;
		argv++;
	}
	if (argc != 4) {
		fprintf(stderr, "usage: mo2c [-p] OUT.c RU.mo KK.mo\n");
		return 2;
	}
	if ((out = fopen(argv[1], "w")) == NULL)
		die(argv[1], "cannot write");
	fputs("/* Made by tools/mo2c from po/ru.po and po/kk.po: edit those. */\n"
	      "#include \"i18n.h\"\n"
	      "#pragma GCC diagnostic ignored \"-Woverlength-strings\" /* one pool a language */\n",
	      out);
	table(out, argv[2], "ru", plural_rule[0]);
	table(out, argv[3], "kk", plural_rule[1]);
	fputs(pointers ? "\nconst struct catalog catalogs[LANG_COUNT] = {\n"
			 "\t[LANG_RU] = {ru_n, NULL, ru_off, ru_id, ru_str},\n"
			 "\t[LANG_KK] = {kk_n, NULL, kk_off, kk_id, kk_str},\n};\n"
		       : "\nconst struct catalog catalogs[LANG_COUNT] = {\n"
			 "\t[LANG_RU] = {ru_n, ru_pool, ru_off, NULL, NULL},\n"
			 "\t[LANG_KK] = {kk_n, kk_pool, kk_off, NULL, NULL},\n};\n",
	      out);
	if (fclose(out) != 0)
		die(argv[1], "cannot write");
	return 0;
}
