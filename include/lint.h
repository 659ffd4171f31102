/* lint.h: the rules a committee paper must keep, checked on its data
 * before it is rendered (and by docket check --db --paper). Included by
 * render.c and main.c; no SQL, XML or PDF. */
#ifndef DOCKET_LINT_H
#define DOCKET_LINT_H

#include "data.h"

/* Checks pd's paper, emitting one message per broken rule: errors for a
 * key decision without a forward plan entry 28 clear days before the
 * meeting (or with a date that is not a real day), an exempt paper
 * without its Schedule 12A paragraph, no recommendation, an implications
 * heading left empty; warnings for no implications and no background
 * papers. Returns the number of errors. */
int lint_paper(const struct paperdata *pd);

#endif
