/* The fuzz targets' findings, kept as tests/fuzz/regress/NAME-WHAT, and
 * their seed corpora, fed again through the same entry points (targets.h):
 * under `make test` a crash fails the test, under `make asan` a report. */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "targets.h"
#include "util.h"

static const struct {
	const char *name;
	int       (*one)(const uint8_t *, size_t);
} targets[] = {
	{ "tmpl", fuzz_tmpl }, { "query", fuzz_query }, { "csv", fuzz_csv }, { "layout", fuzz_layout },
	{ "md", fuzz_md },
};

/* Feeds every file of dir whose name starts with prefix to target t;
 * returns how many. */
static int
replay(const char *dir, const char *prefix, size_t t)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	cr_assert_not_null(d, "cannot read %s", dir);
	while ((e = readdir(d)) != NULL) {
		char *path;
		char *bytes;
		size_t len;

		if (e->d_name[0] == '.' || strncmp(e->d_name, prefix, strlen(prefix)) != 0)
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		bytes = read_file(path, &len);
		cr_assert_not_null(bytes, "cannot read %s", path);
		targets[t].one((const uint8_t *)bytes, len);
		free(bytes);
		free(path);
		n++;
	}
	closedir(d);
	return n;
}

static void
run_target(size_t t)
{
	char *prefix = xasprintf("%s-", targets[t].name);
	char *corpus = xasprintf("tests/fuzz/corpus/%s", targets[t].name);

	replay("tests/fuzz/regress", prefix, t);
	cr_assert_gt(replay(corpus, "", t), 0, "no seeds in %s", corpus);
	free(corpus);
	free(prefix);
}

Test(fuzz_regress, tmpl, .timeout = 120) { run_target(0); }
Test(fuzz_regress, query, .timeout = 120) { run_target(1); }
Test(fuzz_regress, csv, .timeout = 120) { run_target(2); }
Test(fuzz_regress, layout, .timeout = 120) { run_target(3); }
Test(fuzz_regress, md, .timeout = 120) { run_target(4); }
