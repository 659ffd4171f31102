/* End-to-end tests of the structure layout tells the device, as
 * `docket render --trace` prints it, for every demo paper. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

TestSuite(structure, .init = fixture_setup, .fini = fixture_teardown);

/* Each paper's elements nest; its text is all inside them or inside
 * artifacts, the DRAFT mark and page numbers never in the structure;
 * every heading is one bookmark; and the paper is one Document. */
Test(structure, every_demo_paper_is_structured)
{
	struct run r;
	char why[300];
	int id, drafts = 0;

	for (id = 1; id <= DEMO_PAPERS; id++) {
		char ids[16];

		snprintf(ids, sizeof ids, "%d", id);
		cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", ids, "--trace",
		    NULL), 0, "paper %d: %s", id, r.err);
		cr_assert_eq(trace_structure_check(r.out, why, sizeof why), 0, "paper %d: %s", id, why);
		cr_assert_eq(count_in(r.out, "begin Document "), 1, "paper %d", id);
		cr_assert_eq(count_in(r.out, "\nbegin H"), count_in(r.out, "\noutline "),
		    "paper %d: a bookmark for each heading", id);
		cr_assert_eq(count_in(r.out, "begin Artifact footer"), count_in(r.out, "\npage ") / 2,
		    "paper %d: one footer a page", id);
		drafts += find(r.out, "begin Artifact watermark") >= 0;
		run_free(&r);
	}
	cr_assert_gt(drafts, 0, "a demo paper is a draft, so the watermark was checked");
}

/* The action plan's header row, repeated on each page the plan continues
 * on, is the header cell of the first page again, drawn as an artifact. */
Test(structure, the_action_plan_header_repeats_as_an_artifact)
{
	struct run r;
	const char *rep;
	char id[32] = "", *line;
	long at;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "1", "--trace", NULL), 0);
	rep = strstr(r.out, "begin Artifact repeat\n");
	cr_assert_not_null(rep, "the plan continues over a page");
	cr_assert_eq(sscanf(strstr(rep, "begin TH #"), "begin TH %31s", id), 1);
	line = xasprintf("begin TH %s scope=column\n", id);
	at = find(r.out, line);
	cr_assert(at >= 0 && r.out + at < rep, "%s begun before the page it repeats on", id);
	free(line);
	run_free(&r);
}
