/* doc.c: building, checking, dumping and freeing the document tree. */
#include "doc.h"

#include <stdlib.h>

#include "chart.h"
#include "util.h"

static const char *const names[DOC_NTYPES] = {
	"document", "frontsheet", "field", "section", "appendix", "para", "list", "item",
	"table", "row", "cell", "pagebreak", "contents", "chart", "text", "bold", "italic", "link",
	"ref",
};

static const char *const shades[] = { "none", "green", "amber", "red", "grey", "blue" };
static const char *const arrows[] = { "none", "up", "down", "level" };

#define B(t) (1u << (t))
#define INLINE (B(DOC_TEXT) | B(DOC_BOLD) | B(DOC_ITALIC) | B(DOC_LINK) | B(DOC_REF))
#define FLOW (B(DOC_PARA) | B(DOC_LIST) | B(DOC_TABLE) | B(DOC_CHART) | B(DOC_PAGEBREAK))

/* The one rule every insertion goes through. */
static const unsigned contains[DOC_NTYPES] = {
	[DOC_DOCUMENT]   = B(DOC_FRONTSHEET) | B(DOC_SECTION) | B(DOC_APPENDIX) | B(DOC_CONTENTS) | FLOW,
	[DOC_FRONTSHEET] = B(DOC_FIELD),
	[DOC_FIELD]      = B(DOC_PARA) | B(DOC_LIST),
	[DOC_SECTION]    = B(DOC_SECTION) | FLOW,
	[DOC_APPENDIX]   = B(DOC_SECTION) | FLOW,
	[DOC_PARA]       = INLINE,
	[DOC_LIST]       = B(DOC_ITEM),
	[DOC_ITEM]       = INLINE,
	[DOC_TABLE]      = B(DOC_ROW),
	[DOC_ROW]        = B(DOC_CELL),
	[DOC_CELL]       = INLINE | B(DOC_PARA) | B(DOC_LIST),
	[DOC_BOLD]       = INLINE,
	[DOC_ITALIC]     = INLINE,
	[DOC_LINK]       = INLINE,
	[DOC_REF]        = B(DOC_TEXT),
};

struct doc_node *
doc_node_new(enum doc_type type, const struct srcpos *pos)
{
	struct doc_node *n = xcalloc(1, sizeof *n);

	n->type = type;
	if (pos != NULL)
		n->pos = *pos;
	if (type == DOC_CELL)
		n->as.cell.span = 1;
	return n;
}

int
doc_is_inline(enum doc_type type)
{
	return (INLINE & B(type)) != 0;
}

const char *
doc_type_name(enum doc_type type)
{
	return names[type];
}

int
doc_append(struct doc_node *parent, struct doc_node *child)
{
	if ((contains[parent->type] & B(child->type)) == 0)
		return -1;
	child->parent = parent;
	if (parent->last != NULL)
		parent->last->next = child;
	else
		parent->first = child;
	parent->last = child;
	return 0;
}

void
doc_iter_init(struct doc_iter *it, const struct doc_node *root)
{
	*it = (struct doc_iter){ root, NULL, DOC_NONE, 0 };
}

enum doc_event
doc_iter_next(struct doc_iter *it)
{
	const struct doc_node *n = it->node;

	switch (it->event) {
	case DOC_NONE:
		it->node = it->root;
		it->event = it->root != NULL ? DOC_ENTER : DOC_DONE;
		break;
	case DOC_ENTER:
		if (n->first != NULL && !it->skip)
			it->node = n->first;
		else
			it->event = DOC_EXIT;
		break;
	case DOC_EXIT:
		if (n == it->root)
			it->event = DOC_DONE;
		else if (n->next != NULL) {
			it->node = n->next;
			it->event = DOC_ENTER;
		} else
			it->node = n->parent;
		break;
	case DOC_DONE:
		break;
	}
	it->skip = 0;
	return it->event;
}

void
doc_iter_skip(struct doc_iter *it)
{
	if (it->event == DOC_ENTER)
		it->skip = 1;
}

static void
dump_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

/* A chart's data, under its node's line. */
static void
dump_chart(const struct chart *c, int depth, FILE *out)
{
	char *alt = chart_alt(c);
	size_t i, s;

	fprintf(out, "%*scategories", depth * 2, "");
	for (i = 0; i < c->ncats; i++) {
		fputc(' ', out);
		dump_string(out, c->cats[i]);
	}
	fputc('\n', out);
	for (s = 0; s < c->nseries; s++) {
		fprintf(out, "%*sseries ", depth * 2, "");
		dump_string(out, c->series[s].name);
		for (i = 0; i < c->ncats; i++) {
			struct mvalue v = c->series[s].values[i];

			if (mv_present(v))
				fprintf(out, " %g", v.v);
			else
				fputs(" n/a", out);
		}
		fputc('\n', out);
	}
	fprintf(out, "%*salt ", depth * 2, "");
	dump_string(out, alt);
	fputc('\n', out);
	free(alt);
}

/* The number a node is shown with: a heading's, a paragraph's, an item's
 * label. */
static const char *
number_of(const struct doc_node *n)
{
	switch (n->type) {
	case DOC_SECTION: case DOC_APPENDIX: case DOC_CONTENTS:
		return n->as.heading.number;
	case DOC_PARA:
		return n->as.para.number;
	case DOC_ITEM:
		return n->as.item.label;
	default:
		return NULL;
	}
}

/* The words a node carries itself: a title, label, caption, text or URI. */
static const char *
words_of(const struct doc_node *n)
{
	switch (n->type) {
	case DOC_SECTION: case DOC_APPENDIX: case DOC_CONTENTS:
		return n->as.heading.title;
	case DOC_FIELD:
		return n->as.field.label;
	case DOC_TABLE:
		return n->as.table.caption;
	case DOC_TEXT:
		return n->as.text.str;
	case DOC_LINK:
		return n->as.link.uri;
	default:
		return NULL;
	}
}

static void
dump(const struct doc_node *n, int depth, FILE *out)
{
	const struct doc_node *c;
	const struct chart *ch = n->type == DOC_CHART ? n->as.chart : NULL;
	const char *s;
	int i;

	fprintf(out, "%*s%s", depth * 2, "", names[n->type]);
	if ((s = number_of(n)) != NULL)
		fprintf(out, " %s", s);
	if (n->flags & DOC_HEADER)
		fputs(" header", out);
	if (n->flags & DOC_GROUP)
		fputs(" group", out);
	if (n->flags & DOC_KEEP_NEXT)
		fputs(" keep", out);
	if (n->flags & DOC_ORDERED)
		fputs(" ordered", out);
	if (n->type == DOC_CELL) {
		if (n->as.cell.span > 1)
			fprintf(out, " span=%d", n->as.cell.span);
		if (n->as.cell.shade != SHADE_NONE)
			fprintf(out, " shade=%s", shades[n->as.cell.shade]);
		if (n->as.cell.arrow != ARROW_NONE)
			fprintf(out, " arrow=%s", arrows[n->as.cell.arrow]);
	}
	if (n->type == DOC_TABLE) {
		fputs(" widths=", out);
		for (i = 0; i < n->as.table.ncols; i++)
			fprintf(out, "%s%g", i ? "," : "", n->as.table.widths[i]);
	}
	if (ch != NULL) {
		fprintf(out, " %s unit=%s", chart_kind_word(ch->kind), unit_word(ch->unit));
		if (mv_present(ch->target))
			fprintf(out, " target=%g", ch->target.v);
		if (mv_present(ch->floor_std))
			fprintf(out, " floor=%g", ch->floor_std.v);
		fputc(' ', out);
		dump_string(out, ch->title);
	}
	if ((s = words_of(n)) != NULL) {
		fputc(' ', out);
		dump_string(out, s);
	}
	if (n->id != NULL) {
		fputs(" id=", out);
		dump_string(out, n->id);
	}
	if (n->type == DOC_REF && n->as.ref.target != NULL && n->as.ref.target->id != NULL) {
		fputs(" to=", out);
		dump_string(out, n->as.ref.target->id);
	}
	fputc('\n', out);
	if (ch != NULL)
		dump_chart(ch, depth + 1, out);
	for (c = n->first; c != NULL; c = c->next)
		dump(c, depth + 1, out);
}

void
doc_dump(const struct doc *doc, FILE *out)
{
	if (doc->title)
		fprintf(out, "title: %s\n", doc->title);
	if (doc->author)
		fprintf(out, "author: %s\n", doc->author);
	if (doc->subject)
		fprintf(out, "subject: %s\n", doc->subject);
	if (doc->date)
		fprintf(out, "date: %s\n", doc->date);
	if (doc->header)
		fprintf(out, "header: %s\n", doc->header);
	if (doc->marking)
		fprintf(out, "marking: %s\n", doc->marking);
	fprintf(out, "draft: %s\n", doc->draft ? "yes" : "no");
	dump(doc->root, 0, out);
}

/* What a node owns of its own, by type. */
static void
free_fields(struct doc_node *n)
{
	switch (n->type) {
	case DOC_SECTION: case DOC_APPENDIX: case DOC_CONTENTS:
		free(n->as.heading.title);
		free(n->as.heading.number);
		break;
	case DOC_FIELD:
		free(n->as.field.label);
		break;
	case DOC_PARA:
		free(n->as.para.number);
		break;
	case DOC_ITEM:
		free(n->as.item.label);
		break;
	case DOC_TABLE:
		free(n->as.table.caption);
		free(n->as.table.widths);
		break;
	case DOC_TEXT:
		free(n->as.text.str);
		break;
	case DOC_LINK:
		free(n->as.link.uri);
		break;
	case DOC_CHART:
		chart_free(n->as.chart);
		break;
	default:
		break;
	}
}

void
doc_node_free(struct doc_node *n)
{
	while (n != NULL) {
		struct doc_node *next = n->next;

		doc_node_free(n->first);
		free_fields(n);
		free(n->id);
		free(n);
		n = next;
	}
}

void
doc_free(struct doc *doc)
{
	size_t i;

	if (doc == NULL)
		return;
	doc_node_free(doc->root);
	free(doc->title);
	free(doc->author);
	free(doc->subject);
	free(doc->keywords);
	free(doc->date);
	free(doc->header);
	free(doc->marking);
	for (i = 0; i < doc->nstrings; i++)
		free(doc->strings[i]);
	free(doc->strings);
	free(doc);
}
