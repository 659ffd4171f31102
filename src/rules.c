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

/* The parts the document numbers, each as its kind and number: "a1"
 * Appendix 1, "s4" section 4, "p2.3" paragraph or sub-section 2.3.
 * Caller frees the list and its strings. */
static char **
parts_of(const struct doc_node *root, size_t *n)
{
	struct doc_iter it;
	char **parts = NULL;
	size_t cap = 0;

	*n = 0;
	doc_iter_init(&it, root);
	while (doc_iter_next(&it) != DOC_DONE) {
		const struct doc_node *c = it.node;
		const char *num = NULL;
		char kind = 0;

		if (it.event != DOC_ENTER)
			continue;
		if (c->type == DOC_APPENDIX)
			kind = 'a', num = c->as.heading.number;
		else if (c->type == DOC_SECTION)
			kind = c->as.heading.level == 1 ? 's' : 'p', num = c->as.heading.number;
		else if (c->type == DOC_PARA)
			kind = 'p', num = c->as.para.number;
		if (num == NULL)
			continue;
		parts = xgrow(parts, &cap, *n + 1, sizeof *parts);
		parts[(*n)++] = xasprintf("%c%s", kind, num);
	}
	return parts;
}

/* Warns of each "Appendix 2", "section 4" or "paragraph 2.3" the paper's
 * text names that the paper does not have ("section 4 of the Act" names
 * another document). */
static void
check_refs(const struct paperdata *pd, const struct doc *doc)
{
	static const char *const words[] = { "Appendix ", "appendix ", "section ", "Section ",
	    "paragraph ", "Paragraph " };
	struct doc_iter it;
	char ctx[48];
	struct srcpos pos = { pd->source, 0, 0, ctx };
	size_t nparts, k;
	char **parts = parts_of(doc->root, &nparts);

	snprintf(ctx, sizeof ctx, "paper %ld", pd->paper_id);
	doc_iter_init(&it, doc->root);
	while (doc_iter_next(&it) != DOC_DONE) {
		const struct doc_node *n = it.node;
		size_t w;

		if (n->type != DOC_TEXT || it.event != DOC_ENTER)
			continue;
		for (w = 0; w < sizeof words / sizeof words[0]; w++) {
			char kind = (char)(words[w][0] | 0x20);	/* a, s or p */
			const char *at = n->as.text.str;

			while ((at = strstr(at, words[w])) != NULL) {
				const char *num = at + strlen(words[w]);
				size_t len = strspn(num, "0123456789.");
				char *want;

				at = num;
				while (len > 0 && num[len - 1] == '.')
					len--;	/* a full stop after it */
				if (len == 0 || strncmp(num + len, " of ", 4) == 0 ||
				    (kind == 'p') != (memchr(num, '.', len) != NULL))
					continue;
				want = xasprintf("%c%.*s", kind, (int)len, num);
				for (k = 0; k < nparts && strcmp(parts[k], want) != 0; k++)
					;
				if (k == nparts)
					diag(D_REF_MISSING, &pos, "%s%s", words[w], want + 1);
				free(want);
			}
		}
	}
	for (k = 0; k < nparts; k++)
		free(parts[k]);
	free(parts);
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
	check_refs(pd, doc);
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
	if (yes(pd_get(pd, "rolled", "unchanged")))
		diag(D_ROLLED_UNEDITED, &pos, "copied from paper %s", pd_get(pd, "rolled", "from_paper"));
	return errors;
}
