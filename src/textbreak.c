/* textbreak.c: the only file that includes libunibreak and libhyphen. */
#include "textbreak.h"

#include <hyphen.h>
#include <linebreak.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#ifndef HYPHEN_DICT
#define HYPHEN_DICT "/usr/share/hyphen/hyph_en_GB.dic"
#endif

/* British practice: at least three letters either side of a hyphen. */
#define MIN_LEFT  3
#define MIN_RIGHT 3

static HyphenDict *dict;
static int dict_tried, lb_ready;

void
tb_breaks(const char *s, size_t n, char *brk)
{
	size_t i;

	if (!lb_ready) {
		init_linebreak();
		lb_ready = 1;
	}
	set_linebreaks_utf8((const utf8_t *)s, n, "en", brk);
	for (i = 0; i < n; i++)
		if (brk[i] == LINEBREAK_INSIDEACHAR)
			brk[i] = TB_NO;
		else if (brk[i] == LINEBREAK_MUSTBREAK)
			brk[i] = TB_MUST;
		else if (brk[i] == LINEBREAK_ALLOWBREAK)
			brk[i] = TB_ALLOW;
		else
			brk[i] = TB_NO;
}

void
tb_hyphens(const char *w, size_t n, char *hy)
{
	char *lower, *marks;
	char **rep = NULL;
	int *pos = NULL, *cut = NULL;
	size_t i;

	memset(hy, 0, n);
	if (!dict_tried) {
		dict = hnj_hyphen_load(HYPHEN_DICT);
		dict_tried = 1;
	}
	if (dict == NULL || n < MIN_LEFT + MIN_RIGHT || n > 200)
		return;
	lower = xmalloc(n + 1);
	marks = xmalloc(n + 5);
	for (i = 0; i < n; i++)
		lower[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
	lower[n] = '\0';
	if (hnj_hyphen_hyphenate3(dict, lower, (int)n, marks, NULL, &rep, &pos, &cut,
	    MIN_LEFT, MIN_RIGHT, MIN_LEFT, MIN_RIGHT) == 0 && rep == NULL) {
		for (i = 0; i + 1 < n; i++)
			hy[i] = (marks[i] & 1) && ((unsigned char)w[i + 1] & 0xC0) != 0x80;
	}
	if (rep != NULL) {	/* non-standard hyphenation: not for English */
		for (i = 0; i < n; i++)
			free(rep[i]);
		free(rep);
		free(pos);
		free(cut);
	}
	free(lower);
	free(marks);
}

const char *
tb_dictionary(void)
{
	return HYPHEN_DICT;
}
