/* tmpl_bind.c: the values a template's bindings give ({set.col|filter}),
 * and the errors the template stage reports at a template node. */
#include "tmpl_fill.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "measures.h"
#include "tmpl.h"
#include "util.h"

/* Whether the same message was given at p already: a fault in a row of a
 * loop is one fault, however many rows it is met in. Remembers it. */
static int
said_before(struct fill *st, const struct srcpos *p, enum diag_code code, const char *detail)
{
	char *key = xasprintf("%s:%u:%u:%d:%s", p->file ? p->file : "", p->line, p->col,
	    (int)code, detail ? detail : "");
	size_t i;

	for (i = 0; i < st->nsaid; i++)
		if (strcmp(st->said[i], key) == 0) {
			free(key);
			return 1;
		}
	st->said = xgrow(st->said, &st->scap, st->nsaid + 1, sizeof *st->said);
	st->said[st->nsaid++] = key;
	return 0;
}

void
terror_at(struct fill *st, const struct tnode *x, const char *needle, enum diag_code code,
    const char *fmt, ...)
{
	struct srcpos p = x->pos;
	struct buf msg = {0};
	va_list ap;
	char *own = NULL;

	if (needle == NULL && x->name != NULL)
		needle = own = xasprintf("<%s", x->name);
	if (needle != NULL) {
		struct srcpos from = p;

		if (x->from > 0)
			from.line = x->from;
		ttree_locate(st->tree, &from, needle);
		if (from.col > 0)
			p = from;
	}
	if (fmt != NULL) {
		va_start(ap, fmt);
		buf_vaddf(&msg, fmt, ap);
		va_end(ap);
	}
	if (!said_before(st, &p, code, msg.s))
		diag(code, &p, fmt != NULL ? "%s" : NULL, msg.s);
	buf_free(&msg);
	free(own);
	st->errors++;
}

/* Remembers the dataset row a binding read, so that text built from it
 * can say where it came from ("paragraphs row 12"). */
static void
note_source(struct fill *st, const struct dataset *d, const struct ds_row *row)
{
	int c = ds_col(d->schema, "_rowid");

	st->bound_set = d->schema->name;
	st->bound_row = c >= 0 ? row->vals[c] : NULL;
}

/* Where ref's value is: its row, NULL when there is none (an empty
 * dataset, a loop over no rows being checked), and its column *col.
 * 0, or -1 when there is no such field. */
static int
bind_find(struct fill *st, const char *ref, const struct ds_row **row, int *col)
{
	const char *dot = strchr(ref, '.');
	const struct dataset *d;
	int i;

	*row = NULL;
	if (dot == NULL) {
		if (st->depth == 0)
			return -1;
		d = st->stack[st->depth - 1].set;
		if ((*col = ds_col(d->schema, ref)) < 0 || ref[0] == '_')
			return -1;
		*row = st->stack[st->depth - 1].row;
		goto found;
	}
	for (i = st->depth - 1; i >= 0; i--) {
		d = st->stack[i].set;
		if (strlen(d->schema->name) == (size_t)(dot - ref) &&
		    strncmp(d->schema->name, ref, (size_t)(dot - ref)) == 0) {
			if ((*col = ds_col(d->schema, dot + 1)) < 0 || dot[1] == '_')
				return -1;
			*row = st->stack[i].row;
			goto found;
		}
	}
	{
		char *set = xstrndup(ref, (size_t)(dot - ref));

		d = pd_set(st->pd, set);
		free(set);
	}
	if (d == NULL || (*col = ds_col(d->schema, dot + 1)) < 0 || dot[1] == '_')
		return -1;
	if (d->nrows > 0)
		*row = &d->rows[0];
found:
	if (*row != NULL)
		note_source(st, d, *row);
	return 0;
}

int
bind_lookup(struct fill *st, const char *ref, const char **val)
{
	const struct ds_row *row;
	int c;

	*val = NULL;
	if (bind_find(st, ref, &row, &c) == -1)
		return -1;
	if (row != NULL)
		*val = row->vals[c];
	return 0;
}

int
bind_attr_num(struct fill *st, const struct tnode *x, const char *name, double *num)
{
	const char *raw = ttree_attr(x, name);
	size_t n = raw != NULL ? strlen(raw) : 0;
	const struct ds_row *row;
	char *ref;
	int c, rc = -1;

	/* One binding alone: no filter, no text around it, no "{{". */
	if (n < 3 || raw[0] != '{' || raw[1] == '{' || raw[n - 1] != '}' ||
	    strcspn(raw, "|}") != n - 1)
		return -1;
	ref = xstrndup(raw + 1, n - 2);
	if (bind_find(st, ref, &row, &c) == 0 && row != NULL)
		rc = ds_num(row, c, num);
	free(ref);
	return rc;
}

static void
apply_filter(struct fill *st, const struct tnode *x, const char *filter, const char *val,
    struct buf *out)
{
	static const char *const known[] = {
		"date", "longdate", "yesno", "humanise", "upper", "number", "percent", "money",
	};
	size_t i;

	for (i = 0; i < sizeof known / sizeof known[0] && strcmp(known[i], filter) != 0; i++)
		;
	if (i == sizeof known / sizeof known[0]) {
		char *needle = xasprintf("|%s", filter);

		terror_at(st, x, needle, D_UNKNOWN_FILTER, "'%s'", filter);
		free(needle);
		return;
	}
	if (val == NULL)
		return;
	if (strcmp(filter, "date") == 0 || strcmp(filter, "longdate") == 0) {
		struct date d;

		if (date_parse(val, &d) == 0) {
			char *text = date_text(d, filter[0] == 'l' ? DATE_LONG : DATE_PLAIN);

			buf_add(out, text);
			free(text);
		} else
			buf_add(out, val);
	} else if (strcmp(filter, "number") == 0 || strcmp(filter, "percent") == 0 ||
	    strcmp(filter, "money") == 0) {
		char *end, *f;
		double d = strtod(val, &end);
		enum unit u = filter[0] == 'n' ? UNIT_COUNT : filter[0] == 'p' ? UNIT_PERCENT : UNIT_POUNDS;

		if (*val == '\0' || *end != '\0') {
			terror(st, x, D_NOT_A_NUMBER, "'%s' for |%s", val, filter);
			return;
		}
		f = measure_format(MV(d), u);
		buf_add(out, f);
		free(f);
	} else if (strcmp(filter, "upper") == 0) {
		for (; *val != '\0'; val++)
			buf_addc(out, *val >= 'a' && *val <= 'z' ? (char)(*val - 'a' + 'A') : *val);
	} else if (strcmp(filter, "yesno") == 0) {
		buf_add(out, strcmp(val, "0") == 0 || val[0] == '\0' ? "No" : "Yes");
	} else if (strcmp(filter, "humanise") == 0) {
		size_t start = out->len;

		for (; *val != '\0'; val++)
			buf_addc(out, *val == '_' ? ' ' : *val);
		if (out->len > start && out->s[start] >= 'a' && out->s[start] <= 'z')
			out->s[start] = (char)(out->s[start] - 'a' + 'A');
	}
}

char *
bind_text(struct fill *st, const struct tnode *x, const char *s, int fold)
{
	struct buf out = {0};

	while (*s != '\0') {
		if (s[0] == '{' && s[1] == '{') {
			buf_addc(&out, '{');
			s += 2;
		} else if (s[0] == '{') {
			const char *end = strchr(s, '}');
			char *ref, *bar;
			const char *val;

			if (end == NULL) {
				terror_at(st, x, s, D_UNTERMINATED, "'%s'", s);
				break;
			}
			ref = xstrndup(s + 1, (size_t)(end - s - 1));
			if ((bar = strchr(ref, '|')) != NULL)
				*bar++ = '\0';
			if (bind_lookup(st, ref, &val) == -1) {
				char *needle = xasprintf("{%s", ref);

				terror_at(st, x, needle, D_NO_FIELD, "'%s'", ref);
				free(needle);
			} else if (bar != NULL)
				apply_filter(st, x, bar, val, &out);
			else if (val != NULL)
				buf_add(&out, val);
			free(ref);
			s = end + 1;
		} else
			buf_addc(&out, *s++);
	}
	/* The officers' text folds like the template's: a line break or tab
	 * stored in the data is a space on the page. */
	if (fold && out.s != NULL) {
		char *r = out.s, *w = out.s;

		for (; *r != '\0'; r++) {
			int space = *r == ' ' || *r == '\t' || *r == '\n' || *r == '\r';

			if (!space)
				*w++ = *r;
			else if (w == out.s || w[-1] != ' ')
				*w++ = ' ';
		}
		*w = '\0';
		out.len = (size_t)(w - out.s);
	}
	return buf_take(&out);
}

char *
bind_attr(struct fill *st, const struct tnode *x, const char *name)
{
	const char *raw = ttree_attr(x, name);

	return raw != NULL ? bind_text(st, x, raw, 1) : NULL;
}

int
bind_attr_yes(struct fill *st, const struct tnode *x, const char *name)
{
	char *v = bind_attr(st, x, name);
	int yes = v != NULL && strcmp(v, "yes") == 0;

	free(v);
	return yes;
}
