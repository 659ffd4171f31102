/* targets.h: the fuzz targets' entry points, one input each, shared by the
 * libFuzzer drivers (tests/fuzz/driver.c) and the Criterion test that
 * replays tests/fuzz/regress and the seed corpora. Included by tests only. */
#ifndef DOCKET_FUZZ_TARGETS_H
#define DOCKET_FUZZ_TARGETS_H

#include <stddef.h>
#include <stdint.h>

/* Each takes any bytes and returns 0; a crash, a leak or a sanitizer
 * report is the finding. They find the data folder (templates/, data/)
 * in DOCKET_DATADIR, or the current folder, and keep their scratch files
 * in one folder under /dev/shm (or /tmp without it), removed at exit. */

/* The bytes as a template beside docket.rng and the fragments: read,
 * validated and filled on the datasets every paper has (docket check). */
int fuzz_tmpl(const uint8_t *data, size_t size);
/* The bytes as a template's query, run in the sandbox on the demo data
 * with paper 1's parameters. */
int fuzz_query(const uint8_t *data, size_t size);
/* The first byte chooses a kind (values, measures, ...), the rest is a
 * CSV file checked against a copy of the demo database (a dry run). */
int fuzz_csv(const uint8_t *data, size_t size);
/* The bytes as instructions that build a document tree, which is laid
 * out on the trace device. */
int fuzz_layout(const uint8_t *data, size_t size);
/* The bytes as a paper's narrative in Markdown: read, and when it reads,
 * written out and read back the same; imported into a copy of the demo
 * database as a dry run, and when that takes it, for real into a fresh
 * copy, whose export must be what was read. */
int fuzz_md(const uint8_t *data, size_t size);

#endif
