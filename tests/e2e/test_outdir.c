/* End-to-end tests of render --out DIR: a missing folder is made, with
 * its parents, as mkdir -p would; one that cannot be made, or a file in
 * its way, fails with exit 73 and a message naming it. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"
#include "util.h"

#define PAPER3 "2024-11-07-staffing-and-appeals-committee-people-strategy-action-plan-six-monthly-progress-update-p3.pdf"

TestSuite(outdir, .init = fixture_setup, .fini = fixture_teardown);

/* The permission bits of path, or -1 when it is not a folder. */
static int
folder_mode(const char *path)
{
	struct stat sb;

	if (stat(path, &sb) == -1 || !S_ISDIR(sb.st_mode))
		return -1;
	return (int)(sb.st_mode & 07777);
}

Test(outdir, a_missing_folder_is_made)
{
	char *out = xasprintf("%s/papers", e2e.dir), *pdf = xasprintf("%s/" PAPER3, out), *said;
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL),
	    0, "%s", r.err);
	said = xasprintf("wrote %s\n", pdf);
	cr_assert_str_eq(r.out, said);
	cr_assert_str_eq(r.err, "");
	run_free(&r);
	cr_assert_gt(pdf_pages(pdf), 0);
	cr_assert_eq(count_entries(out), 1, "the PDF alone");
	free(said);
	free(pdf);
	free(out);
}

Test(outdir, missing_parents_are_made_with_the_umask)
{
	char *top = xasprintf("%s/2025", e2e.dir);
	char *out = xasprintf("%s/2025/q1//papers/", e2e.dir);
	struct run r;

	umask(027);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "--out", out, "--jobs", "2",
	    NULL), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(count_entries(out), paper_count(e2e.db), "every paper in the new folder");
	cr_assert_eq(folder_mode(top), 0750, "mode %o", folder_mode(top));
	cr_assert_eq(folder_mode(out), 0750, "mode %o", folder_mode(out));
	free(top);
	free(out);
}

Test(outdir, a_folder_already_there_is_used_as_it_is)
{
	char *out = xasprintf("%s/kept", e2e.dir);
	struct run r;

	cr_assert_eq(mkdir(out, 0700), 0);
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out, NULL),
	    0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(folder_mode(out), 0700, "its mode untouched");
	cr_assert_eq(count_entries(out), 1);
	free(out);
}

/* Checks a render that could not make its folder: exit 73, one line
 * naming the folder asked for and saying why, nothing on stdout. */
static void
assert_cannot_make(struct run *r, const char *out, const char *why)
{
	char *want = xasprintf("docket: %s: error: cannot create the folder: %s\n", out, why);

	cr_assert_eq(r->status, 73, "status %d: %s", r->status, r->err);
	cr_assert_str_eq(r->err, want);
	cr_assert_str_eq(r->out, "");
	run_free(r);
	free(want);
}

Test(outdir, a_file_in_the_way_is_exit_73)
{
	char *file = xasprintf("%s/papers", e2e.dir), *below = xasprintf("%s/2025", file), *why;
	struct run r;
	size_t len;

	cr_assert_eq(write_file_atomic(file, "notes\n", 6, 0), 0);
	why = xasprintf("%s exists and is not a folder", file);
	run_docket(&r, "render", "--db", e2e.db, "--all", "--out", file, NULL);
	assert_cannot_make(&r, file, why);
	run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", below, "--jobs", "2",
	    NULL);
	assert_cannot_make(&r, below, why);
	free(why);
	why = read_file(file, &len);
	cr_assert_str_eq(why, "notes\n", "the file is untouched");
	free(why);
	free(below);
	free(file);
}

Test(outdir, a_folder_that_cannot_be_made_is_exit_73)
{
	char *locked = xasprintf("%s/locked", e2e.dir);
	char *out = xasprintf("%s/locked/papers", e2e.dir);
	char *copy = xasprintf("%s/docket", e2e.dir);
	char *argv[] = { copy, (char *)"render", (char *)"--db", e2e.db, (char *)"--all",
	    (char *)"--out", out, NULL };
	const char *bin = getenv("DOCKET_BIN");
	struct run r;

	/* Root may write anywhere, so the render runs as nobody, with its own
	 * copy of the program: the checkout may sit in a folder nobody
	 * cannot enter. */
	cr_assert_eq(run_sh(&r, "mkdir '%s' && cp '%s' '%s' && chmod 755 '%s' && chmod 644 '%s' && "
	    "chmod 555 '%s'", locked, bin ? bin : "build/test/docket", copy, e2e.dir, e2e.db,
	    locked), 0, "%s", r.err);
	run_free(&r);
	run_argv(&r, geteuid() == 0 ? 65534 : (uid_t)-1, argv);
	assert_cannot_make(&r, out, "Permission denied");
	cr_assert_eq(count_entries(locked), 0);
	free(copy);
	free(out);
	free(locked);
}

Test(outdir, a_tree_dump_makes_no_folder)
{
	char *out = xasprintf("%s/unused", e2e.dir);
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "3", "--out", out,
	    "--dump-tree", NULL), 0, "%s", r.err);
	run_free(&r);
	cr_assert_eq(folder_mode(out), -1, "nothing is written there, so nothing is made");
	free(out);
}
