/* textbreak.h: where a text may break across lines: Unicode line-break
 * opportunities (libunibreak) and hyphenation points (libhyphen with the
 * en-GB patterns and data/hyphenation.txt, the exceptions). Included by
 * layout_lines.c and the tests; only textbreak.c includes linebreak.h and
 * hyphen.h. */
#ifndef DOCKET_TEXTBREAK_H
#define DOCKET_TEXTBREAK_H

#include <stddef.h>

#define TB_MUST  0	/* a break is required after this byte */
#define TB_ALLOW 1	/* a break is allowed after this byte */
#define TB_NO    2	/* no break after this byte */

/* For s[0..n), sets brk[i] to TB_MUST, TB_ALLOW or TB_NO for a break
 * after byte i (inside a UTF-8 sequence: TB_NO). */
void tb_breaks(const char *s, size_t n, char *brk);

/* Hyphenation points of the word w[0..n) (letters only): sets hy[i] to
 * 1 where a hyphen may follow byte i, else 0: the exceptions file's
 * breaks for a word it lists (DOCKET_HYPHENATION, else the data folder's
 * data/hyphenation.txt), else the patterns', never fewer than two letters
 * before nor three after, nor before a past tense's "-ed" alone. Words
 * the patterns cannot take (too short, no dictionary) get none. */
void tb_hyphens(const char *w, size_t n, char *hy);

#endif
