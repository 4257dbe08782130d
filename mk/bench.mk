# make bench — release build, deterministic rosters, medians (bench/run; bench/README.md).
BENCH_B = build/bench
BENCH_CFLAGS = -O2 -march=x86-64-v2 -DNDEBUG

bench:
	@$(MAKE) -s B=$(BENCH_B) BIN=$(BENCH_B)/kzmig LIBA=$(BENCH_B)/libkzmig.a \
		CFLAGS="$(BENCH_CFLAGS)" $(BENCH_B)/kzmig $(BENCH_B)/gen $(BENCH_B)/micro \
		$(BENCH_B)/measure $(BENCH_B)/true
	@bench/run

$(BENCH_B)/gen: bench/gen.c $(LIBA) | $(BENCH_B)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $< $(LIBA) $(LDLIBS)

$(BENCH_B)/micro: bench/micro.c $(LIBA) | $(BENCH_B)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -o $@ $< $(LIBA) $(LDLIBS)

$(BENCH_B)/measure: bench/measure.c | $(BENCH_B)
	$(CC) $(WARN) -Wno-missing-prototypes $(CFLAGS) -o $@ $<

$(BENCH_B)/true: bench/true.c | $(BENCH_B)
	$(CC) $(WARN) $(CFLAGS) -o $@ $<

.PHONY: bench
