# mk/coverage.mk — make coverage: line and branch coverage of the core (src/*.c) by the
# unit and CLI tests.  Builds a separate --coverage tree in $(B)/cov, runs the tests
# there, and reports with gcovr (Debian package gcovr) if present, else lcov, else a
# plain gcov summary.  The issue's target: 95% of lines and 85% of branches.
COV_B      = $(B)/cov
GCOVR     ?= gcovr
LCOV      ?= lcov
GCOV      ?= gcov

# Sums gcov's per-file "Lines executed:P% of N" and "Taken at least once:P% of N".
GCOV_AWK = /^File / { f = substr($$2, 2, length($$2) - 2); core = f ~ /^src\/[^\/]*\.c$$/ } \
	core && /^Lines executed/ && !seen[f]++ { sub(/^[^:]*:/, ""); split($$0, a, "% of "); \
		lc += a[1] * a[2] / 100; lt += a[2]; printf "%-20s lines %6s%% of %4d", f, a[1], a[2] } \
	core && /^Taken at least once/ && seen[f] == 1 { seen[f]++; sub(/^[^:]*:/, ""); split($$0, a, "% of "); \
		bc += a[1] * a[2] / 100; bt += a[2]; printf "   branches %6s%% of %4d\n", a[1], a[2] } \
	core && /^No branches/ { printf "\n" } \
	END { printf "TOTAL lines %.1f%% of %d, branches %.1f%% of %d\n", \
		100 * lc / lt, lt, 100 * bc / bt, bt }

coverage:
	@$(MAKE) -s B=$(COV_B) BIN=$(COV_B)/kzmig LIBA=$(COV_B)/libkzmig.a \
		CFLAGS="-O0 -g --coverage" LDFLAGS="--coverage" all $(TESTS:%=$(COV_B)/tests/%)
	@# The tests run outside that make, so a transcript that runs make itself (install.t)
	@# does not inherit the coverage flags.  A failing test still gives a report.
	@rm -f $(COV_B)/lib/*.gcda $(COV_B)/cli/*.gcda
	@# Under `ulimit -f 1` (batch.t's write-error case) libgcov cannot rewrite the .gcda
	@# files and leaves them corrupt (negative counts): that case runs in `make check`.
	@mkdir -p $(COV_B)/t && rm -f $(COV_B)/t/*.t && for f in tests/cli/*.t; do \
		sed '/^\$$ .*ulimit -f/,/^$$/d' $$f >$(COV_B)/t/$${f##*/}; done
	@env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL sh -c 'for t in $(TESTS:%=$(COV_B)/tests/%); do \
		$$t; done; tests/cli/run $(COV_B)/kzmig $(COV_B)/t/*.t README.md' >$(COV_B).log 2>&1 || \
		{ grep -E '^FAIL|^cli:|FAILED' $(COV_B).log; echo "coverage: some tests failed"; }
	@if command -v $(GCOVR) >/dev/null; then \
		$(GCOVR) -r . --object-directory $(COV_B)/lib $(COV_B)/lib \
			--filter '^src/[^/]*\.c$$' --exclude-unreachable-branches --txt --branches; \
		$(GCOVR) -r . --object-directory $(COV_B)/lib $(COV_B)/lib \
			--filter '^src/[^/]*\.c$$' --exclude-unreachable-branches --txt | tail -2; \
	elif command -v $(LCOV) >/dev/null; then \
		$(LCOV) -q --rc lcov_branch_coverage=1 -c -d $(COV_B)/lib -b . \
			-o $(COV_B)/core.info && \
		$(LCOV) --rc lcov_branch_coverage=1 --list $(COV_B)/core.info; \
	else \
		$(GCOV) -b -n -o $(COV_B)/lib $(LIB_SRC) 2>/dev/null | awk '$(GCOV_AWK)'; \
	fi

.PHONY: coverage
