/* rules.h: the rules a committee paper must keep, from its data: the marks
 * they put on the document and the checks run before it is rendered (and
 * by docket check --db --paper). Included by render.c, main.c and the
 * tests; no SQL, XML or PDF. */
#ifndef DOCKET_RULES_H
#define DOCKET_RULES_H

#include "data.h"
#include "doc.h"

/* Sets what the rules, not the template, decide of doc from pd's paper:
 * doc->draft (a DRAFT mark on every page) unless the paper is signed off,
 * and on an exempt paper doc->marking, "NOT FOR PUBLICATION by virtue of
 * paragraph N of Part 1 of Schedule 12A to the Local Government Act 1972"
 * on every page (which doc then owns). Warns of each appendix, section
 * or paragraph ("Appendix 2", "paragraph 2.3") the text names that the
 * document does not have. */
void rules_apply(const struct paperdata *pd, struct doc *doc);

/* Checks pd's paper, emitting one message per broken rule: errors for a
 * key decision without a forward plan entry 28 clear days before the
 * meeting (or with a date that is not a real day), an exempt paper
 * without its Schedule 12A paragraph, no recommendation, an implications
 * heading left empty; warnings for no implications and no background
 * papers, and for a paper docket batch made whose narrative is still the
 * one it was copied from. Returns the number of errors. */
int rules_check(const struct paperdata *pd);

#endif
