/* hostile.h: what the hostile-input suites (test_hostile*.c) share: docket
 * run under a time limit, and the checks every hostile case ends with.
 * Included by those tests only. */
#ifndef DOCKET_TEST_HOSTILE_H
#define DOCKET_TEST_HOSTILE_H

#include "helpers.h"

/* The seconds any one run may take before it counts as a hang. */
#define HOSTILE_SECONDS 60

/* Runs the docket under test with the arguments (NULL-ended) under
 * timeout(1); the environment's DOCKET_DATADIR as the test set it. */
int hostile(struct run *r, ...);
/* The same through sh -c, for a shell's ulimit or redirection: $DOCKET
 * in the command stands for docket under its time limit. */
int hostile_sh(struct run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* What assert_clear's status may be besides an exit status. */
#define HOSTILE_FAILS	(-1)	/* any error status */
#define HOSTILE_ANY	(-2)	/* any status, 0 too */

/* Fails the test unless the run ended as a hostile input must: by itself
 * (no signal, no time out), with status (or as HOSTILE_FAILS or
 * HOSTILE_ANY allow), with every line of stderr a message of docket's,
 * and want (unless NULL) among them. */
void assert_clear(const struct run *r, int status, const char *want);

/* e2e.dir/data: a data folder of the test's own (templates/ and fonts/
 * copied, data/ linked), made the DOCKET_DATADIR of the runs; its path. */
const char *own_datadir(void);

#endif
