/* rules.c: the rules of committee papers in England. A key decision must
 * be in the forward plan 28 clear days before the meeting (the Local
 * Authorities (Executive Arrangements) (Meetings and Access to
 * Information) (England) Regulations 2012); an exempt paper is marked on
 * every page with its paragraph of Schedule 12A to the Local Government
 * Act 1972; a paper stays a DRAFT until it is signed off; every paper
 * needs a recommendation and its implications. The marks go on the
 * document; each broken rule is one message naming the paper. */
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "diag.h"
#include "util.h"

/* Clear days between the forward plan and the meeting: neither the day
 * of the entry nor the day of the meeting counts (regulations 8 and 9 of
 * the 2012 Access to Information Regulations). */
#define KEY_DECISION_CLEAR_DAYS 28

static int
yes(const char *v)
{
	return v != NULL && v[0] != '\0' && strcmp(v, "0") != 0;
}

static int
exempt(const struct paperdata *pd)
{
	const char *cls = pd_get(pd, "paper", "classification");

	return cls != NULL && strcmp(cls, "exempt") == 0;
}

static size_t
rows(const struct paperdata *pd, const char *set)
{
	const struct dataset *d = pd_set(pd, set);

	return d ? d->nrows : 0;
}

void
rules_apply(const struct paperdata *pd, struct doc *doc)
{
	const char *status = pd_get(pd, "paper", "status");
	const char *para = pd_get(pd, "paper", "exempt_paragraph");

	doc->draft = status == NULL || strcmp(status, "signed_off") != 0;
	free(doc->marking);
	doc->marking = exempt(pd) ? xasprintf("NOT FOR PUBLICATION by virtue of paragraph %s "
	    "of Part 1 of Schedule 12A to the Local Government Act 1972", para ? para : "?") : NULL;
}

/* The key decision's notice: its forward plan entry, dated, and 28 clear
 * days before the meeting. Returns the number of errors. */
static int
check_notice(const struct paperdata *pd, const struct srcpos *pos)
{
	const char *meeting = pd_get(pd, "paper", "meeting_date");
	const char *ref = pd_get(pd, "paper", "forward_plan_ref");
	const char *fp = pd_get(pd, "paper", "forward_plan_date");
	struct date entry, meets;
	int errors = 0;
	long days;

	if (ref == NULL || ref[0] == '\0') {
		diag(D_KEY_NO_REF, pos, NULL);
		errors++;
	}
	if (fp == NULL || fp[0] == '\0') {
		diag(D_KEY_NO_DATE, pos, NULL);
		return errors + 1;
	}
	if (date_parse(fp, &entry) == -1) {
		diag(D_KEY_BAD_DATE, pos, "forward plan date '%s'", fp);
		return errors + 1;
	}
	if (date_parse(meeting, &meets) == -1) {
		diag(D_KEY_BAD_DATE, pos, "meeting date '%s'", meeting ? meeting : "");
		return errors + 1;
	}
	days = date_days_between(entry, meets);
	if (days < 0) {
		diag(D_KEY_AFTER, pos, "entered %s, meeting on %s", fp, meeting);
		errors++;
	} else if (days - 1 < KEY_DECISION_CLEAR_DAYS) {
		diag(D_KEY_LATE, pos, "entered %s, %ld clear days before the meeting on %s; %d "
		    "are needed", fp, days > 0 ? days - 1 : 0, meeting, KEY_DECISION_CLEAR_DAYS);
		errors++;
	}
	return errors;
}

int
rules_check(const struct paperdata *pd)
{
	const struct dataset *impl = pd_set(pd, "implications");
	char ctx[48];
	struct srcpos pos = { pd->source, 0, 0, ctx };
	int errors = 0;
	size_t r;

	snprintf(ctx, sizeof ctx, "paper %ld", pd->paper_id);
	if (yes(pd_get(pd, "paper", "key_decision")))
		errors += check_notice(pd, &pos);
	if (exempt(pd) && pd_get(pd, "paper", "exempt_paragraph") == NULL) {
		diag(D_EXEMPT_NO_PARA, &pos, NULL);
		errors++;
	}
	if (rows(pd, "recommendations") == 0) {
		diag(D_NO_RECOMMENDATION, &pos, NULL);
		errors++;
	}
	/* Its measures are rated for a period: without one there is nothing
	 * to rate, and the paper would say so under an empty heading. */
	if (pd_get(pd, "paper", "strategy_name") != NULL && pd_get(pd, "paper", "_fy") == NULL) {
		diag(D_NO_PERIOD, &pos, "%s", pd_get(pd, "paper", "strategy_name"));
		errors++;
	}
	for (r = 0; impl != NULL && r < impl->nrows; r++) {
		int h = ds_col(impl->schema, "heading"), t = ds_col(impl->schema, "text");
		const char *text = impl->rows[r].vals[t];

		if (text == NULL || text[strspn(text, " \t\n")] == '\0') {
			diag(D_IMPLICATION_EMPTY, &pos, "'%s'",
			    impl->rows[r].vals[h] ? impl->rows[r].vals[h] : "");
			errors++;
		}
	}
	if (impl == NULL || impl->nrows == 0)
		diag(D_NO_IMPLICATIONS, &pos, NULL);
	if (rows(pd, "sources") == 0)
		diag(D_NO_BACKGROUND, &pos, NULL);
	return errors;
}
