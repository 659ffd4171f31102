/* textbreak.c: the only file that includes libunibreak and libhyphen. */
#include "textbreak.h"

#include <hyphen.h>
#include <linebreak.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "util.h"

#ifndef HYPHEN_DICT
#define HYPHEN_DICT "/usr/share/hyphen/hyph_en_GB.dic"
#endif

/* The minimums of TeX's ukhyph and of the en-GB dictionary itself: two
 * letters before a hyphen, three after. */
#define MIN_LEFT  2
#define MIN_RIGHT 3

/* A word of the exceptions file: lower case, and where it may break. */
struct exception {
	char *word;
	char *hy;	/* hy[i] 1: a hyphen may follow word[i] */
};

static HyphenDict *dict;
static int dict_tried, lb_ready;
static struct exception *exc;
static size_t nexc;

static int
by_word(const void *a, const void *b)
{
	return strcmp(((const struct exception *)a)->word, ((const struct exception *)b)->word);
}

/* One word of the exceptions file, TeX's \hyphenation style:
 * "di-rec-tor-ate"; a word with no hyphen never breaks. */
static void
add_exception(const char *s, size_t n)
{
	struct exception *e;
	size_t i, k = 0;
	static size_t cap;

	exc = xgrow(exc, &cap, nexc + 1, sizeof *exc);
	e = &exc[nexc++];
	e->word = xcalloc(n + 1, 1);
	e->hy = xcalloc(n + 1, 1);
	for (i = 0; i < n; i++) {
		if (s[i] == '-') {
			if (k > 0)
				e->hy[k - 1] = 1;
			continue;
		}
		e->word[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
	}
}

/* The words the patterns get wrong, one a line ('%' starts a comment):
 * DOCKET_HYPHENATION, else data/hyphenation.txt of the data folder. A
 * missing file leaves the patterns alone. */
static void
load_exceptions(void)
{
	const char *env = getenv("DOCKET_HYPHENATION");
	char *dir = NULL, *path, *text, *p;

	if (env != NULL && *env != '\0')
		path = xstrdup(env);
	else {
		dir = cli_datadir();
		path = xasprintf("%s/data/hyphenation.txt", dir);
	}
	text = read_file(path, NULL);
	for (p = text; p != NULL && *p != '\0'; ) {
		size_t n;

		p += strspn(p, " \t\r\n");
		if (*p == '%') {
			p += strcspn(p, "\n");
			continue;
		}
		if ((n = strcspn(p, " \t\r\n%")) > 0)
			add_exception(p, n);
		p += n;
	}
	if (nexc > 1)
		qsort(exc, nexc, sizeof *exc, by_word);
	free(text);
	free(path);
	free(dir);
}

static const struct exception *
find_exception(const char *lower)
{
	struct exception key = { (char *)lower, NULL };

	return nexc ? bsearch(&key, exc, nexc, sizeof *exc, by_word) : NULL;
}

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

/* "star-ted", "suppor-ted": the patterns split a past tense before its
 * last consonant; English keeps the stem whole ("start-ed", too short
 * to break at all). */
static int
past_tense(const char *lower, size_t n, size_t i)
{
	return n - i - 1 == 3 && lower[n - 2] == 'e' && lower[n - 1] == 'd' &&
	    strchr("aeiouy", lower[n - 3]) == NULL;
}

void
tb_hyphens(const char *w, size_t n, char *hy)
{
	char *lower, *marks;
	char **rep = NULL;
	int *pos = NULL, *cut = NULL;
	size_t i;

	const struct exception *e;

	memset(hy, 0, n);
	if (!dict_tried) {
		dict = hnj_hyphen_load(HYPHEN_DICT);
		load_exceptions();
		dict_tried = 1;
	}
	if (dict == NULL || n < MIN_LEFT + MIN_RIGHT || n > 200)
		return;
	lower = xmalloc(n + 1);
	marks = xmalloc(n + 5);
	for (i = 0; i < n; i++)
		lower[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] - 'A' + 'a' : w[i]);
	lower[n] = '\0';
	if ((e = find_exception(lower)) != NULL) {
		for (i = 0; i + 1 < n; i++)
			marks[i] = e->hy[i];
	} else if (hnj_hyphen_hyphenate3(dict, lower, (int)n, marks, NULL, &rep, &pos, &cut,
	    MIN_LEFT, MIN_RIGHT, MIN_LEFT, MIN_RIGHT) != 0 || rep != NULL)
		memset(marks, 0, n);
	for (i = 0; i + 1 < n; i++)
		hy[i] = (marks[i] & 1) && i + 1 >= MIN_LEFT && n - i - 1 >= MIN_RIGHT &&
		    ((unsigned char)w[i + 1] & 0xC0) != 0x80 && !past_tense(lower, n, i);
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
