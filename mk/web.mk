# mk/web.mk — make web: the page for students (doc/web.md), a static folder any host can
# serve: build/web/ with index.html, kzmig.wasm (the library, its built-in rules and the
# CLI's words and catalogs, compiled to WebAssembly by Debian's clang for wasm32-wasi
# against wasi-libc), app.js and style.css.  No server logic, no outside URL.
#
#   make web         the folder, and its size (raw and gzip -9) against WEB_BUDGET
#   make check-web   the page in headless Chromium against `kzmig due` (tests/web/check.py)
#
# Packages: clang, lld (wasm-ld), wasi-libc, libclang-rt-14-dev-wasm32; chromium for the
# check.  `make check` runs check-web where they are installed.
WEB_CC     ?= clang
WEB_OUT     = $(B)/web
WEB_OBJ     = $(B)/wasm
WEB_BUDGET ?= 307200 # bytes, gzip -9, the whole folder
# The core's warnings, less gcc's own option (clang does not know it).
WEB_CFLAGS  = --target=wasm32-wasi -O2 $(WARN) -Wno-unknown-warning-option
# <cjson/cJSON.h> from the system's headers (the wasm sysroot has none): internal.h
# declares the loaders' JSON types with it.  No cJSON code is linked: the page calls no
# loader, wasm-ld drops what nothing calls before it resolves symbols, and a call to a
# loader would fail the link for want of cJSON.
WEB_CPPFLAGS = -D_XOPEN_SOURCE=700 -Iinclude -Isrc -Isrc/cli -Iweb -I$(WEB_OBJ)/inc
CJSON_INC  := $(shell pkg-config --variable=includedir libcjson)/cjson
# The page's C: the library, its built-in data, the CLI's words (words.c, util.c's date
# and money formats, the catalogs), what goes in a calendar, and the page's glue.
WEB_CLI     = words util data policy_cli i18n ics_events
WEB_OBJS    = $(LIB_SRC:src/%.c=$(WEB_OBJ)/%.o) $(WEB_OBJ)/embedded.o $(WEB_OBJ)/catalog.o \
              $(WEB_CLI:%=$(WEB_OBJ)/cli/%.o) $(WEB_OBJ)/web/kzweb.o $(WEB_OBJ)/web/ics_text.o
WEB_HDRS    = include/kzmig.h src/internal.h src/tr.h $(wildcard src/cli/*.h) \
              $(wildcard web/*.h)
WEB_FILES   = index.html app.js style.css

$(WEB_OBJ)/inc/cjson:
	mkdir -p $(@D) && ln -sfn $(CJSON_INC) $@

$(WEB_OBJ)/%.o: src/%.c $(WEB_HDRS) | $(WEB_OBJ)/inc/cjson
	@mkdir -p $(@D)
	$(WEB_CC) $(WEB_CPPFLAGS) $(WEB_CFLAGS) -c -o $@ $<

$(WEB_OBJ)/web/%.o: web/%.c $(WEB_HDRS) | $(WEB_OBJ)/inc/cjson
	@mkdir -p $(@D)
	$(WEB_CC) $(WEB_CPPFLAGS) $(WEB_CFLAGS) -c -o $@ $<

$(WEB_OBJ)/embedded.o: $(B)/lib/embedded.c $(WEB_HDRS) | $(WEB_OBJ)/inc/cjson
	$(WEB_CC) $(WEB_CPPFLAGS) $(WEB_CFLAGS) -c -o $@ $<

# The catalogs of the page: po/ru.po and po/kk.po (the CLI's) kept to the messages of
# what the wasm is built from and of web/app.js, so it does not carry the CLI's own
# (its options' errors, its help, the other commands).  The same translations, checked
# by msgfmt and compiled by tools/mo2c as the CLI's.
WEB_POT_SRC = $(sort $(LIB_SRC) $(WEB_CLI:%=src/cli/%.c) web/kzweb.c)
$(WEB_OBJ)/po/web.pot: $(WEB_POT_SRC) $(POT_JS)
	@mkdir -p $(@D)
	xgettext $(XGETTEXT_FLAGS) -o $@ $(WEB_POT_SRC)
	xgettext $(XGETTEXT_FLAGS) -L JavaScript -j -o $@ $(POT_JS)

$(WEB_OBJ)/po/%.mo: po/%.po $(WEB_OBJ)/po/web.pot
	msgmerge --quiet --no-fuzzy-matching -o $(@:.mo=.po) $< $(WEB_OBJ)/po/web.pot
	msgfmt --check -o $@ $(@:.mo=.po)

$(WEB_OBJ)/catalog.c: $(B)/mo2c $(PO_LANGS:%=$(WEB_OBJ)/po/%.mo)
	$(B)/mo2c -p $@ $(PO_LANGS:%=$(WEB_OBJ)/po/%.mo)

$(WEB_OBJ)/catalog.o: $(WEB_OBJ)/catalog.c $(WEB_HDRS) | $(WEB_OBJ)/inc/cjson
	$(WEB_CC) $(WEB_CPPFLAGS) $(WEB_CFLAGS) -c -o $@ $<

# A reactor: no main(); the page calls _initialize once, then the kzw_* exports.  The
# stack is 1 MiB (the library keeps a person's deadlines on it); symbols are stripped.
$(WEB_OUT)/kzmig.wasm: $(WEB_OBJS)
	@mkdir -p $(@D)
	$(WEB_CC) --target=wasm32-wasi -mexec-model=reactor -Wl,--gc-sections \
		-Wl,-z,stack-size=1048576 -Wl,--strip-all -o $@ $(WEB_OBJS)

$(WEB_OUT)/%: web/%
	@mkdir -p $(@D)
	cp $< $@

web: $(WEB_OUT)/kzmig.wasm $(WEB_FILES:%=$(WEB_OUT)/%)
	@total=0; raw=0; for f in $(WEB_FILES) kzmig.wasm; do \
		r=$$(wc -c <$(WEB_OUT)/$$f); g=$$(gzip -9c $(WEB_OUT)/$$f | wc -c); \
		raw=$$((raw + r)); total=$$((total + g)); \
		printf 'web: %-12s %8d bytes, %7d gzip -9\n' $$f $$r $$g; \
	done; \
	printf 'web: %-12s %8d bytes, %7d gzip -9 (budget %d)\n' total $$raw $$total $(WEB_BUDGET); \
	test $$total -le $(WEB_BUDGET) || { echo "web: over the budget"; exit 1; }

# The page in Chromium: a few hundred generated people, each as a link's query, read
# back from the page's elements (data-id, data-due, data-opens) and its .ics, against
# `kzmig due --format json` and `--format ics`; and a screenshot at 360x800.
WEB_PEOPLE ?= 300
check-web: web $(BIN)
	@tests/web/check.py --kzmig $(BIN) --web $(WEB_OUT) --people $(WEB_PEOPLE) \
		--screenshot $(B)/web-360x800.png

# In `make check` where the tools are installed.
check-web-if-tools:
	@if command -v chromium >/dev/null && command -v wasm-ld >/dev/null && \
	    command -v $(WEB_CC) >/dev/null && test -f /usr/lib/wasm32-wasi/libc.a; then \
		$(MAKE) -s check-web; \
	else echo "check: page for students skipped (no chromium, clang, lld or wasi-libc)"; fi

check: check-web-if-tools

.PHONY: web check-web check-web-if-tools

# tests/test_ics_text.c compiles the page's writer in, to hold it to libical's text.
$(B)/tests/test_ics_text: web/ics_text.c web/ics_text.h

# make lint: the page's C too, natively (KZW_EXPORT is empty outside WebAssembly).
WEB_LINT_SRC = $(wildcard web/*.c)
$(B)/lint/web/%.analyzer: web/%.c $(WEB_HDRS)
	@mkdir -p $(@D)
	$(LINT_GCC) $(LINT_DEFS) -Iweb $(WARN) -O1 -fanalyzer -c -o /dev/null $<
	@touch $@

$(B)/lint/web/%.tidy: web/%.c $(WEB_HDRS)
	@mkdir -p $(@D)
	$(CLANG_TIDY) --quiet --warnings-as-errors='*' -checks='$(TIDY_CHECKS)' $< -- \
		-std=c11 $(LINT_DEFS) -Iweb 2>/dev/null
	@touch $@

$(B)/lint/web/cppcheck.stamp: $(WEB_LINT_SRC) $(WEB_HDRS)
	@mkdir -p $(@D)
	$(CPPCHECK) $(CPPCHECK_FLAGS) $(CPPCHECK_DEFS) -Iweb web
	@touch $@

lint-web: $(WEB_LINT_SRC:web/%.c=$(B)/lint/web/%.analyzer) \
	$(WEB_LINT_SRC:web/%.c=$(B)/lint/web/%.tidy) $(B)/lint/web/cppcheck.stamp
lint: lint-web

.PHONY: lint-web
