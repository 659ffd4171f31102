# docket: committee papers from SQLite data and XML templates, as PDF.
#   make          build build/docket
#   make demo     install what is missing, build, render the demo papers into out/
#   make test     install what is missing, build, run every test
#   make asan     every test again under AddressSanitizer and UBSan
#   make fuzz     the libFuzzer targets of tests/fuzz, FUZZ_SECONDS each
#   make valgrind every demo paper, and a meeting's pack, under valgrind's memcheck
#   make bench    the benchmark of issue 7 (bench/run.sh, docs/performance.md)
#   make bench-peers  Typst on the same papers beside docket (bench/peers.sh; npm)
#   make install  PREFIX=/usr/local DESTDIR=

SHELL   := /bin/bash
VERSION  = 0.1.0
PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
CFLAGS  ?= -O2 -g

# The Debian packages docket needs to build and to test.
DEB_PKGS = gcc make pkg-config libhpdf-dev libxml2-dev libsqlite3-dev \
           libunibreak-dev libhyphen-dev hyphen-en-gb \
           libcsv-dev libssl-dev libcmark-dev libcriterion-dev poppler-utils qpdf sqlite3 mupdf-tools \
           icc-profiles-free default-jre-headless libpdfbox2-java libactivation-java \
           libjaxb-api-java
# And those only the benchmark and its profile need.
BENCH_PKGS   = time
PROFILE_PKGS = linux-perf valgrind
# And those of the fuzz targets and of `make valgrind`.
FUZZ_PKGS     = clang libclang-rt-14-dev
VALGRIND_PKGS = valgrind

WARN = -Wall -Wextra -Wshadow -Wmissing-prototypes -Wstrict-prototypes \
       -Wwrite-strings -Wvla -Wformat=2
# Evaluated when used, so that `make deps` can install pkg-config first.
PKG_CFLAGS = $(shell pkg-config --cflags libxml-2.0 sqlite3 libunibreak libcrypto)
PKG_LIBS   = $(shell pkg-config --libs libxml-2.0 sqlite3 libunibreak libcrypto)
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude \
             -DDOCKET_VERSION='"$(VERSION)"' $(WARN) $(PKG_CFLAGS) $(CFLAGS)
LDLIBS   = -lhpdf -lhyphen -lcsv -lcmark $(PKG_LIBS) -lm

# The pipeline, in the order data flows (docs/design.md draws it):
#   db (db_sets: the datasets' SQL) -> data -> rules -> rate -> tmpl -> doc ->
#   layout (layout_table, textbreak, layout_lines, layout_chart) -> dev_pdf
#   (its tagging without libharu in dev_tags, PDF/A's XMP, colour profile
#   and file identifier in dev_pdfa) |
#   dev_trace, run by render. rules checks the paper
#   and marks its document; rate applies the KPI rules of measures to the data;
#   tmpl_xml reads a template into a plain tree, which tmpl walks (tmpl_expand)
#   with its bindings (tmpl_bind) to build the document tree (tmpl_build); chart
#   holds a chart's data in the tree; date is the one calendar; store writes;
#   import (its kinds of row in import_kinds) brings CSV files in and out of
#   the database through csvio (libcsv); narrative (libcmark) writes a
#   paper's narrative as Markdown and reads it back, narrative_db loads and
#   stores it (docket narrative, cmd_narrative);
#   pool runs a batch in worker processes; hash is SHA-256 (libcrypto), with
#   which fonts checks the faces against fonts/SHA256SUMS before a render;
#   pack lays a meeting's agenda and papers into one PDF (docket pack, cmd_pack);
#   signoff signs papers off into the archive, verify checks it against the
#   database; cmd_signoff is their command line;
#   series says which papers of a committee's calendar are due and makes the
#   missing ones, batch renders a batch (render --all, docket batch) through
#   pool; cmd_batch is the commands due and batch.
MODULES = util diag hash fonts cli date db_sets db store csvio import_kinds import data measures rate \
          narrative narrative_db cmd_narrative \
          rules chart tmpl_xml tmpl_bind tmpl_expand tmpl_build tmpl doc textbreak \
          layout_lines layout_chart layout_table layout dev_tags dev_pdfa dev_pdf dev_trace render pool \
          pack cmd_pack signoff verify cmd_signoff series batch cmd_batch
HEADERS = $(wildcard include/*.h)
TESTS   = $(basename $(notdir $(wildcard tests/unit/*.c tests/e2e/*.c))) helpers targets

# Three builds of the same sources: release, tests (-Werror), sanitizers.
# Test builds compile the failpoints in: DOCKET_FAILPOINT=NAME in the environment
# (or NAME:N, the Nth time) kills docket at that write step of a sign-off, a batch,
# an import or a narrative import (failpoint() in util.c), as a crash would.
TEST_FLAGS = -Werror -DDOCKET_FAILPOINTS
ASAN_FLAGS = -Werror -DDOCKET_FAILPOINTS -O1 -fno-omit-frame-pointer -fsanitize=address,undefined

.PHONY: all deps demo demo-run test test-run asan asan-run check-includes install \
        uninstall clean golden-update bench bench-run bench-peers profile profile-run \
        fuzz fuzz-run valgrind valgrind-run
.DEFAULT_GOAL := all

all: build/docket

build/obj/%.o: src/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/docket: $(MODULES:%=build/obj/%.o) build/obj/main.o
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

# One rule set per test build: $(1) the folder, $(2) extra flags.
define variant
$(1)/obj/%.o: src/%.c $(HEADERS)
	@mkdir -p $$(@D)
	$$(CC) $$(ALL_CFLAGS) $(2) -c -o $$@ $$<
$(1)/obj/%.o: tests/unit/%.c $(HEADERS) tests/helpers.h
	@mkdir -p $$(@D)
	$$(CC) $$(ALL_CFLAGS) $(2) -Itests -c -o $$@ $$<
$(1)/obj/%.o: tests/e2e/%.c $(HEADERS) tests/helpers.h
	@mkdir -p $$(@D)
	$$(CC) $$(ALL_CFLAGS) $(2) -Itests -Itests/fuzz -c -o $$@ $$<
$(1)/obj/targets.o: tests/fuzz/targets.c tests/fuzz/targets.h $(HEADERS)
	@mkdir -p $$(@D)
	$$(CC) $$(ALL_CFLAGS) $(2) -Itests/fuzz -c -o $$@ $$<
$(1)/obj/helpers.o: tests/helpers.c tests/helpers.h
	@mkdir -p $$(@D)
	$$(CC) $$(ALL_CFLAGS) $(2) -Itests -c -o $$@ $$<
$(1)/docket: $(MODULES:%=$(1)/obj/%.o) $(1)/obj/main.o
	$$(CC) $$(CFLAGS) $(2) -o $$@ $$^ $$(LDLIBS)
$(1)/docket-tests: $(MODULES:%=$(1)/obj/%.o) $(TESTS:%=$(1)/obj/%.o)
	$$(CC) $$(CFLAGS) $(2) -o $$@ $$^ $$(LDLIBS) -lcriterion
endef
$(eval $(call variant,build/test,$(TEST_FLAGS)))
$(eval $(call variant,build/asan,$(ASAN_FLAGS)))

# Installs the Debian packages that are missing; does nothing when all are there.
deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" -eq 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "docket: missing Debian packages:$$missing" >&2; \
	    echo "docket: run as root, or: sudo apt-get install$$missing" >&2; exit 1; \
	  fi; \
	fi

demo: deps
	@$(MAKE) --no-print-directory demo-run

# out/ holds what the demo renders; it is remade each time.
demo-run: build/docket
	rm -f build/demo.db out/*.pdf
	build/docket init --db build/demo.db --demo
	build/docket render --db build/demo.db --all --out out

test: deps
	@$(MAKE) --no-print-directory test-run

test-run: check-includes build/test/docket build/test/docket-tests
	DOCKET_BIN=build/test/docket build/test/docket-tests --jobs 2

# Rewrites the golden traces in tests/golden from what the code draws now;
# read `git diff tests/golden` before committing them.
golden-update: build/test/docket build/test/docket-tests
	UPDATE_GOLDEN=1 DOCKET_BIN=build/test/docket build/test/docket-tests --filter '*/golden*'

# Criterion forks each test, and the end-to-end tests run build/asan/docket
# with its stderr captured, so sanitizer reports change no exit status and
# may never reach the terminal: every process writes them to
# build/asan/reports/ instead, and any file there fails the run; but for
# a leak whose every frame is inside libcriterion (its runner leaks 48
# bytes now and then, and LeakSanitizer then fails its exit status), which
# is set aside in build/asan/criterion/, the tests' own verdict then being
# Criterion's Synthesis line.
asan: deps
	@$(MAKE) --no-print-directory asan-run

asan-run: build/asan/docket build/asan/docket-tests
	@rm -rf build/asan/reports && mkdir -p build/asan/reports; \
	set -o pipefail; \
	DOCKET_BIN=build/asan/docket \
	ASAN_OPTIONS=detect_leaks=1:log_path=$(CURDIR)/build/asan/reports/asan \
	UBSAN_OPTIONS=print_stacktrace=1:log_path=$(CURDIR)/build/asan/reports/ubsan \
	build/asan/docket-tests --jobs 2 2>&1 | tee build/asan/log; \
	rc=$$?; aside=; \
	for f in build/asan/reports/asan.*; do \
	  [ -f "$$f" ] && ! grep -q 'ERROR: AddressSanitizer' "$$f" && \
	  ! grep -E '^ +#[1-9][0-9]* ' "$$f" | grep -qv 'libcriterion\.so' && \
	  { echo "asan: a leak inside libcriterion alone (no docket frame), not counted: $$f"; \
	    mkdir -p build/asan/criterion; mv "$$f" build/asan/criterion/; aside=1; }; \
	done; \
	if [ -n "$$aside" ] && grep -Eq 'Synthesis: Tested: ([0-9]+) \| Passing: \1 \| Failing: 0 \| Crashing: 0' \
	    build/asan/log; then rc=0; fi; \
	if [ -n "$$(ls -A build/asan/reports)" ] || \
	   grep -E 'ERROR: (Address|Leak)Sanitizer|runtime error:' build/asan/log >/dev/null; then \
	  cat build/asan/reports/* 2>/dev/null | head -60; \
	  echo "asan: sanitizer reports in build/asan/reports and build/asan/log" >&2; exit 1; fi; \
	echo "asan: no sanitizer reports"; \
	exit $$rc

# libFuzzer targets (tests/fuzz/targets.h), built with clang under ASan and
# UBSan, each run for FUZZ_SECONDS from its seed corpus in tests/fuzz/corpus
# (what it finds new is kept in build/fuzz/corpus). A crash's input lands in
# build/fuzz/NAME-crash-*: once fixed, it goes to tests/fuzz/regress/NAME-*,
# which `make test` replays (test_fuzz_regress.c).
FUZZ_CC      = clang
FUZZ_FLAGS   = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined
FUZZ_TARGETS = tmpl query csv layout md
FUZZ_SECONDS ?= 60
fuzz:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(DEB_PKGS) $(FUZZ_PKGS)"
	@$(MAKE) --no-print-directory fuzz-run

build/fuzz/obj/%.o: src/%.c $(HEADERS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
build/fuzz/obj/targets.o: tests/fuzz/targets.c tests/fuzz/targets.h $(HEADERS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<
build/fuzz/fuzz_%: tests/fuzz/driver.c build/fuzz/obj/targets.o $(MODULES:%=build/fuzz/obj/%.o)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_FLAGS) -fsanitize=fuzzer -Itests/fuzz \
	  -DFUZZ_TARGET=fuzz_$* -o $@ $^ $(LDLIBS)

# Kept between runs: they are intermediates of the pattern rules above.
.SECONDARY: $(MODULES:%=build/fuzz/obj/%.o) build/fuzz/obj/targets.o
fuzz-run: $(FUZZ_TARGETS:%=build/fuzz/fuzz_%) build/docket
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz/corpus/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  DOCKET_DATADIR=$(CURDIR) ASAN_OPTIONS=detect_leaks=1 build/fuzz/fuzz_$$t \
	    -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=3000 -print_final_stats=1 \
	    -artifact_prefix=build/fuzz/$$t- build/fuzz/corpus/$$t tests/fuzz/corpus/$$t \
	    2>build/fuzz/$$t.log || { tail -40 build/fuzz/$$t.log; exit 1; }; \
	  grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' build/fuzz/$$t.log | tail -2; \
	done

# Every demo paper rendered, and a pack of two papers made, by the release
# build under memcheck: any error or leak fails it.
VALGRIND = valgrind --tool=memcheck --leak-check=full --show-leak-kinds=definite,indirect,possible \
           --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99 -q
valgrind:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(DEB_PKGS) $(VALGRIND_PKGS)"
	@$(MAKE) --no-print-directory valgrind-run

valgrind-run: build/docket
	@rm -rf build/valgrind && mkdir -p build/valgrind
	build/docket init --db build/valgrind/demo.db --demo
	@set -e; ids=$$(build/docket list --db build/valgrind/demo.db --tsv | tail -n +2 | cut -f1); \
	for id in $$ids; do \
	  DOCKET_DATADIR=$(CURDIR) $(VALGRIND) build/docket render --db build/valgrind/demo.db \
	    --paper $$id -o build/valgrind/p$$id.pdf 2>build/valgrind/p$$id.log || \
	    { cat build/valgrind/p$$id.log; echo "valgrind: paper $$id: errors or leaks" >&2; exit 1; }; \
	  echo "valgrind: paper $$id clean"; \
	done
	@# No demo meeting has two papers until docket batch makes the missing one
	@# of its series: then meeting 4 holds papers 6 and 8, and its pack lays
	@# out the agenda and both (pack.c's own device, layout_part, forget_keys).
	@DOCKET_DATADIR=$(CURDIR) build/docket batch --db build/valgrind/demo.db --as-of 2025-04-22 --quiet \
	  --out build/valgrind/batch 2>build/valgrind/batch.log || \
	  { cat build/valgrind/batch.log; exit 1; }
	@test "$$(build/docket list --db build/valgrind/demo.db --tsv | cut -f3 | \
	  grep -c '^2025-04-22$$')" -ge 2 || { echo "valgrind: meeting 4 has not two papers" >&2; exit 1; }
	@DOCKET_DATADIR=$(CURDIR) $(VALGRIND) build/docket pack --db build/valgrind/demo.db \
	  --meeting 4 -o build/valgrind/pack4.pdf 2>build/valgrind/pack4.log >/dev/null || \
	  { cat build/valgrind/pack4.log; echo "valgrind: pack of meeting 4: errors or leaks" >&2; exit 1; }
	@echo "valgrind: pack of meeting 4 ($$(pdfinfo build/valgrind/pack4.pdf | \
	  sed -n 's/^Pages: *//p') pages) clean"
	@echo "valgrind: no errors, no leaks"

# The benchmark: the release build, a generated workload, bench/run.sh.
bench:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(DEB_PKGS) $(BENCH_PKGS)"
	@$(MAKE) --no-print-directory bench-run

bench-run: build/docket build/bench.db
	bench/run.sh

build/bench.db: data/schema.sql data/demo.sql bench/workload.sql
	@mkdir -p $(@D)
	rm -f $@ $@.tmp
	cat $^ | sqlite3 $@.tmp
	mv $@.tmp $@

# docket beside Typst on the benchmark's papers: the claim "ten times faster
# than Typst from 50 pages up" measured. Optional, and not part of `make test`:
# bench/peers.sh installs the Typst compiler from npm into build/peers/
# (exit 69 when npm cannot fetch it) and renders bench/reference.typ.
bench-peers:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(DEB_PKGS) $(BENCH_PKGS)"
	@$(MAKE) --no-print-directory build/docket build/bench.db
	bench/peers.sh

# Where the time goes in the 500-page case: perf (sampling the CPU clock:
# virtual machines often have no hardware counters) and callgrind.
profile:
	@$(MAKE) --no-print-directory deps DEB_PKGS="$(DEB_PKGS) $(PROFILE_PKGS)"
	@$(MAKE) --no-print-directory profile-run

PROFILE_CMD = build/docket render --db build/bench.db --paper 9003 -o build/profile/n40.pdf
profile-run: build/docket build/bench.db
	@mkdir -p build/profile
	perf record -q -e cpu-clock -F 2000 --call-graph dwarf,16384 -o build/profile/perf.data \
	  $(PROFILE_CMD) >/dev/null
	perf report -i build/profile/perf.data --no-children --sort dso,symbol --stdio \
	  --percent-limit 1 -g none 2>/dev/null | grep -v '^#' | grep -v '^$$' | head -30
	valgrind --tool=callgrind --callgrind-out-file=build/profile/callgrind.out \
	  $(PROFILE_CMD) >/dev/null 2>build/profile/callgrind.log
	callgrind_annotate --inclusive=yes build/profile/callgrind.out 2>/dev/null | head -40

# Each third-party header belongs to exactly one file.
check-includes:
	@for pair in sqlite3.h:src/db.c libxml/:src/tmpl_xml.c hpdf.h:src/dev_pdf.c \
	    linebreak.h:src/textbreak.c hyphen.h:src/textbreak.c csv.h:src/csvio.c \
	    openssl/:src/hash.c cmark:src/narrative.c; do \
	  hdr=$${pair%%:*}; own=$${pair#*:}; \
	  bad=$$(grep -l "#include <$$hdr" src/*.c include/*.h tests/*/*.c tests/*.[ch] 2>/dev/null | grep -v "^$$own$$"); \
	  if [ -n "$$bad" ]; then echo "check-includes: $$hdr is included by $$bad, only $$own may" >&2; exit 1; fi; \
	done

install: build/docket
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/docket/templates/fragments \
	  $(DESTDIR)$(PREFIX)/share/docket/fonts $(DESTDIR)$(PREFIX)/share/docket/data \
	  $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 build/docket $(DESTDIR)$(PREFIX)/bin/docket
	install -m 644 templates/*.xml templates/docket.rng $(DESTDIR)$(PREFIX)/share/docket/templates
	install -m 644 templates/fragments/*.xml $(DESTDIR)$(PREFIX)/share/docket/templates/fragments
	install -m 644 fonts/*.ttf fonts/OFL.txt fonts/SHA256SUMS $(DESTDIR)$(PREFIX)/share/docket/fonts
	install -m 644 data/*.sql data/*.csv data/hyphenation.txt $(DESTDIR)$(PREFIX)/share/docket/data
	install -m 644 docs/docket.1 $(DESTDIR)$(PREFIX)/share/man/man1/docket.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/docket $(DESTDIR)$(PREFIX)/share/man/man1/docket.1
	rm -rf $(DESTDIR)$(PREFIX)/share/docket

clean:
	rm -rf build
