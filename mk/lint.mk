# mk/lint.mk — make lint: three static analysers over src/ (the library and the CLI),
# each file on its own so `make -j lint` runs them side by side and a file is analysed
# again only when it (or a header) changes.  Any finding fails the build.
LINT_GCC      ?= gcc
CLANG_TIDY    ?= clang-tidy
CPPCHECK      ?= cppcheck
LINT_SRC      := $(LIB_SRC) $(CLI_SRC)
LINT_HDR      := include/kzmig.h src/internal.h $(wildcard src/cli/*.h)
LINT_DEFS      = -D_XOPEN_SOURCE=700 -Iinclude -Isrc/cli -Isrc $(PKG_CFLAGS)

# clang-tidy: the bug-finding families, less these (one reason each):
TIDY_CHECKS = -*,clang-analyzer-*,bugprone-*,cert-*,misc-*,performance-*,portability-*
# glibc has no Annex K (memcpy_s, snprintf_s), which is all this check would accept.
TIDY_CHECKS += ,-clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling
# printf's result: text output is checked once, by the stream's error state at the end.
TIDY_CHECKS += ,-cert-err33-c
# The API takes pairs of days (from, to) and codes by design; names and order say which.
TIDY_CHECKS += ,-bugprone-easily-swappable-parameters
# clang 14 flags every vfprintf after va_start with glibc's x86-64 va_list: a false alarm.
TIDY_CHECKS += ,-clang-analyzer-valist.Uninitialized
# Products of small bounded counts (cells, fields, entries) used as offsets: the check
# cannot see the bounds, which are far below INT_MAX.
TIDY_CHECKS += ,-bugprone-implicit-widening-of-multiplication-result
# In C a character literal is an int, so `c < 0x20 ? ' ' : c` into a char always trips it.
TIDY_CHECKS += ,-bugprone-narrowing-conversions,-cppcoreguidelines-narrowing-conversions

# cppcheck: warnings, style, performance and portability, less these:
#  variableScope: locals are declared at the top of a function (style.md, after style(9)).
#  missingIncludeSystem: it need not read the system headers to check our code.
CPPCHECK_FLAGS ?= --quiet --std=c11 --enable=warning,style,performance,portability \
                  --inline-suppr --error-exitcode=1 \
                  --suppress=variableScope --suppress=missingIncludeSystem

$(B)/lint/%.analyzer: src/%.c $(LINT_HDR)
	@mkdir -p $(@D)
	$(LINT_GCC) $(LINT_DEFS) $(WARN) -O1 -fanalyzer -c -o /dev/null $<
	@touch $@

$(B)/lint/%.tidy: src/%.c $(LINT_HDR)
	@mkdir -p $(@D)
	$(CLANG_TIDY) --quiet --warnings-as-errors='*' -checks='$(TIDY_CHECKS)' $< -- \
		-std=c11 $(LINT_DEFS) 2>/dev/null
	@touch $@

# It does not read cJSON.h (a system header), so it is told what cJSON's one loop macro
# is; without it every cJSON_ArrayForEach derails its parse of the function.
CPPCHECK_DEFS  = -D_XOPEN_SOURCE=700 -Iinclude -Isrc/cli -Isrc \
                 '-DcJSON_ArrayForEach(e,a)=for(e=(a)?(a)->child:0;e;e=e->next)'

$(B)/lint/cppcheck.stamp: $(LINT_SRC) $(LINT_HDR)
	@mkdir -p $(@D)
	$(CPPCHECK) $(CPPCHECK_FLAGS) $(CPPCHECK_DEFS) src
	@touch $@

lint-analyzer: $(LINT_SRC:src/%.c=$(B)/lint/%.analyzer)
lint-tidy: $(LINT_SRC:src/%.c=$(B)/lint/%.tidy)
lint-cppcheck: $(B)/lint/cppcheck.stamp

lint: lint-analyzer lint-cppcheck lint-tidy
	@echo "lint: gcc -fanalyzer, cppcheck and clang-tidy found nothing"

.PHONY: lint lint-analyzer lint-tidy lint-cppcheck
