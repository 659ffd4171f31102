/* targets.c: what each fuzz target does with one input (targets.h). */
#include "targets.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chart.h"
#include "data.h"
#include "db.h"
#include "diag.h"
#include "doc.h"
#include "import.h"
#include "layout.h"
#include "narrative.h"
#include "dev_trace.h"
#include "render.h"
#include "util.h"

/* The scratch folder: templates/ (the schema and fragments copied, the
 * input written as t.xml), demo.db, the CSV input, and the narrative's
 * in.md and work.db (a fresh copy of demo.db for a real import). */
static char *scratch;
static char *datadir;

static void
scratch_remove(void)
{
	char *cmd = xasprintf("rm -rf '%s'", scratch);

	if (system(cmd) != 0)
		fprintf(stderr, "fuzz: cannot remove %s\n", scratch);
	free(cmd);
}

static void
copy(const char *from, const char *to)
{
	size_t len;
	char *text = read_file(from, &len);

	if (text == NULL || write_file_atomic(to, text, len, 1) == -1) {
		fprintf(stderr, "fuzz: cannot copy %s to %s\n", from, to);
		exit(1);
	}
	free(text);
}

/* Copies the files of datadir/sub (not its folders) into scratch/sub. */
static void
copy_dir(const char *sub)
{
	char *from = xasprintf("%s/%s", datadir, sub), *to = xasprintf("%s/%s", scratch, sub);
	DIR *d = opendir(from);
	struct dirent *e;

	if (d == NULL || (mkdir(to, 0777) == -1 && errno != EEXIST)) {
		fprintf(stderr, "fuzz: cannot read %s\n", from);
		exit(1);
	}
	while ((e = readdir(d)) != NULL)
		if (e->d_type == DT_REG) {
			char *f = xasprintf("%s/%s", from, e->d_name), *t = xasprintf("%s/%s", to, e->d_name);

			copy(f, t);
			free(f);
			free(t);
		}
	closedir(d);
	free(from);
	free(to);
}

/* Sets everything up once: messages go nowhere (they are not findings). */
static void
setup(void)
{
	/* In memory where there is some: each input's writes are synced
	 * (write_file_atomic, SQLite's commits), which on a disk costs more
	 * than the rest of the run. */
	char shm[] = "/dev/shm/docket-fuzz-XXXXXX", tmp[] = "/tmp/docket-fuzz-XXXXXX";
	char *db, *data, *tmpl;
	FILE *null;

	if (scratch != NULL)
		return;
	datadir = xstrdup(getenv("DOCKET_DATADIR") ? getenv("DOCKET_DATADIR") : ".");
	if ((tmpl = mkdtemp(shm)) == NULL && (tmpl = mkdtemp(tmp)) == NULL) {
		perror("fuzz: mkdtemp");
		exit(1);
	}
	scratch = xstrdup(tmpl);
	atexit(scratch_remove);
	copy_dir("templates");
	copy_dir("templates/fragments");
	db = xasprintf("%s/demo.db", scratch);
	data = xasprintf("%s/data", datadir);
	if (db_init(db, data, 1) == -1) {
		fprintf(stderr, "fuzz: cannot make the demo database from %s\n", data);
		exit(1);
	}
	free(db);
	free(data);
	if ((null = fopen("/dev/null", "w")) != NULL)
		diag_set_stream(null);
}

int
fuzz_tmpl(const uint8_t *data, size_t size)
{
	char *dir, *file, *schema;
	struct db *db;
	struct paperdata *pd;

	setup();
	dir = xasprintf("%s/templates", scratch);
	file = xasprintf("%s/t.xml", dir);
	schema = xasprintf("%s/data", datadir);
	diag_reset();
	if (write_file_atomic(file, data, size, 1) == 0 && (db = db_open_empty(schema)) != NULL) {
		if ((pd = db_load_shape(db)) != NULL)
			doc_free(render_document(db, pd, dir, "t.xml", 1));
		pd_free(pd);
		db_close(db);
	}
	free(schema);
	free(file);
	free(dir);
	return 0;
}

int
fuzz_query(const uint8_t *data, size_t size)
{
	static struct db *db;
	struct srcpos pos = { "fuzz.xml", 1, 1, NULL };
	struct paperdata *pd;
	char *sql;

	setup();
	if (db == NULL) {
		char *path = xasprintf("%s/demo.db", scratch);

		if ((db = db_open(path)) == NULL)
			exit(1);
		free(path);
	}
	diag_reset();
	sql = xstrndup((const char *)data, size);
	if ((pd = db_load_paper(db, 1)) != NULL) {
		db_query(db, pd, "q", sql, &pos);
		pd_free(pd);
	}
	free(sql);
	return 0;
}

int
fuzz_csv(const uint8_t *data, size_t size)
{
	static const char *const kinds[] = {
		"values", "measures", "actions", "milestones", "risks", "meetings", "officers",
	};
	struct import_opts o = { 1, NULL, NULL };
	struct import_counts n;
	char *csv, *db;

	if (size == 0)
		return 0;
	setup();
	csv = xasprintf("%s/in.csv", scratch);
	db = xasprintf("%s/demo.db", scratch);
	diag_reset();
	if (write_file_atomic(csv, data + 1, size - 1, 1) == 0)
		import_csv(db, kinds[data[0] % (sizeof kinds / sizeof kinds[0])], csv, &o, &n);
	free(db);
	free(csv);
	return 0;
}

/* The layout target's reader of the input. */
struct bytes {
	const uint8_t *p;
	size_t         n;
};

static unsigned
next(struct bytes *b)
{
	if (b->n == 0)
		return 0;
	b->n--;
	return *b->p++;
}

/* Up to 40 bytes of the input as text, made valid UTF-8 without NUL. */
static char *
words(struct bytes *b)
{
	size_t k = next(b) % 40, i, bad;
	char *s;

	if (k > b->n)
		k = b->n;
	s = xstrndup((const char *)b->p, k);
	b->p += k;
	b->n -= k;
	for (i = 0; i < k; i++)
		if (s[i] == '\0')
			s[i] = ' ';
	while ((bad = utf8_invalid_at(s, k)) != (size_t)-1)
		s[bad] = '?';
	return s;
}

/* Attaches n under parent, or frees it when the tree does not allow it. */
static struct doc_node *
attach(struct doc_node *parent, struct doc_node *n)
{
	if (doc_append(parent, n) == 0)
		return n;
	doc_node_free(n);
	return NULL;
}

static struct doc_node *
para(struct bytes *b)
{
	struct doc_node *p = doc_node_new(DOC_PARA, NULL), *t = doc_node_new(DOC_TEXT, NULL);

	t->as.text.str = words(b);
	doc_append(p, t);
	return p;
}

static struct doc_node *
table(struct bytes *b)
{
	struct doc_node *t = doc_node_new(DOC_TABLE, NULL), *row = NULL, *cell = NULL;
	int nrows = (int)(next(b) % 12), r, c;

	t->as.table.ncols = 1 + (int)(next(b) % 5);
	t->as.table.widths = xcalloc((size_t)t->as.table.ncols, sizeof *t->as.table.widths);
	for (c = 0; c < t->as.table.ncols; c++)
		t->as.table.widths[c] = 1 + next(b) % 50;
	if (next(b) & 1)
		t->as.table.caption = words(b);
	for (r = 0; r < nrows; r++) {
		row = doc_node_new(DOC_ROW, NULL);
		row->flags = next(b) & (DOC_HEADER | DOC_GROUP | DOC_KEEP_NEXT);
		doc_append(t, row);
		for (c = 0; c < t->as.table.ncols; c++) {
			cell = doc_node_new(DOC_CELL, NULL);
			cell->as.cell.shade = (enum doc_shade)(next(b) % 6);
			cell->as.cell.arrow = (enum doc_arrow)(next(b) % 4);
			doc_append(row, cell);
			doc_append(cell, para(b));
		}
	}
	return t;
}

static struct doc_node *
chart(struct bytes *b)
{
	static const char *const cats[] = { "Q1 2024/25", "Q2", "Q3 2024/25", "", "Priority 1", "Q4" };
	struct doc_node *n = doc_node_new(DOC_CHART, NULL);
	char *title = words(b);
	size_t ncats = next(b) % 7, s, nseries = next(b) % 4, i;
	struct chart *c = chart_new((enum chart_kind)(next(b) % 3), title,
	    (enum unit)(next(b) % 6), cats, ncats);

	for (s = 0; s < nseries; s++) {
		struct mvalue v[6];
		char *name = words(b);

		for (i = 0; i < ncats; i++) {
			unsigned k = next(b);

			v[i] = k & 1 ? MV(((double)k - 128) * (k & 2 ? 1000.0 : 0.5)) : MV_NA;
		}
		chart_add_series(c, name, v);
		free(name);
	}
	if (next(b) & 1)
		c->target = MV((double)next(b));
	if (next(b) & 1)
		c->floor_std = MV((double)next(b) - 20);
	free(title);
	n->as.chart = c;
	return n;
}

static int
section_level(const struct doc_node *at)
{
	int level = 1;

	for (; at != NULL; at = at->parent)
		level += at->type == DOC_SECTION || at->type == DOC_APPENDIX;
	return level;
}

/* One instruction: add a node under *top and perhaps enter it. */
static struct doc_node *
step(struct bytes *b, struct doc_node *top, struct doc_node **section, int *count)
{
	unsigned op = next(b) % 18;
	struct doc_node *n = NULL;
	int enter = 1;

	switch (op) {
	case 0: n = doc_node_new(DOC_PARA, NULL);
		if (next(b) & 1) {
			++*count;
			n->as.para.number = xasprintf("1.%d", *count);
		}
		break;
	case 1: n = doc_node_new(DOC_TEXT, NULL); n->as.text.str = words(b); enter = 0; break;
	case 2: n = doc_node_new(DOC_BOLD, NULL); break;
	case 3: n = doc_node_new(DOC_ITALIC, NULL); break;
	case 4: n = doc_node_new(DOC_LINK, NULL); n->as.link.uri = xstrdup("https://example.org/a"); break;
	case 5:
	case 6: n = doc_node_new(op == 5 ? DOC_SECTION : DOC_APPENDIX, NULL);
		n->as.heading.title = words(b);
		n->as.heading.level = op == 5 ? section_level(top) : 0;
		if (op == 6 || n->as.heading.level <= 2)
			n->as.heading.number = xasprintf("%d", ++*count);
		break;
	case 7: n = doc_node_new(DOC_LIST, NULL); n->flags = next(b) & DOC_ORDERED; break;
	case 8: n = doc_node_new(DOC_ITEM, NULL); n->as.item.label = xstrdup("\xe2\x80\xa2"); break;
	case 9: n = table(b); enter = 0; break;
	case 10: n = doc_node_new(DOC_PAGEBREAK, NULL); enter = 0; break;
	case 11: n = doc_node_new(DOC_CONTENTS, NULL); n->as.heading.title = xstrdup("Contents");
		enter = 0;
		break;
	case 12: n = chart(b); enter = 0; break;
	case 13: n = doc_node_new(DOC_FRONTSHEET, NULL); break;
	case 14: n = doc_node_new(DOC_FIELD, NULL); n->as.field.label = words(b); break;
	case 15:
		if (*section == NULL)
			return top;
		n = doc_node_new(DOC_REF, NULL);
		n->as.ref.target = *section;
		doc_append(n, doc_node_new(DOC_TEXT, NULL));
		n->first->as.text.str = xstrdup("paragraph 2");
		enter = 0;
		break;
	case 16: n = para(b); enter = 0; break;
	default: return top->parent != NULL ? top->parent : top;
	}
	if ((n = attach(top, n)) == NULL || !enter)
		return top;
	if (n->type == DOC_SECTION || n->type == DOC_APPENDIX)
		*section = n;
	return n;
}

int
fuzz_layout(const uint8_t *data, size_t size)
{
	struct bytes b = { data, size };
	struct doc *doc = xcalloc(1, sizeof *doc);
	struct doc_node *top, *section = NULL;
	struct trace tr = { .out = fopen("/dev/null", "w") };
	struct dev dev;
	unsigned flags = next(&b);
	int count = 0, k;

	setup();
	doc->root = top = doc_node_new(DOC_DOCUMENT, NULL);
	doc->draft = flags & 1;
	if (flags & 2)
		doc->marking = xstrdup("NOT FOR PUBLICATION");
	if (flags & 4)
		doc->header = xstrdup("Staffing and Appeals Committee");
	for (k = 0; b.n > 0 && k < 4000; k++)
		top = step(&b, top, &section, &count);
	if (tr.out != NULL) {
		dev = dev_trace(&tr);
		diag_reset();
		layout_run(doc, &dev);
		fclose(tr.out);
	}
	trace_free(&tr);
	doc_free(doc);
	return 0;
}

/* The draft paper the narrative target imports into (1 is signed off). */
#define MD_PAPER 3

/* Writes len bytes of data to path, unsynced: the narrative target does
 * it at each input, and nothing needs them after a crash. */
static void
spill(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		fprintf(stderr, "fuzz: cannot write %s\n", path);
		exit(1);
	}
}

static int
same_rows(const struct narr_rows *a, const struct narr_rows *b)
{
	size_t i;

	if (a->n != b->n || a->ncols != b->ncols)
		return 0;
	for (i = 0; i < a->n * a->ncols; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			return 0;
	return 1;
}

static int
same_narrative(const struct narrative *a, const struct narrative *b)
{
	size_t i;

	if (strcmp(a->title, b->title) != 0 || strcmp(a->label, b->label) != 0 ||
	    strcmp(a->summary, b->summary) != 0 || !same_rows(&a->points, &b->points) ||
	    !same_rows(&a->recs, &b->recs) || !same_rows(&a->sections, &b->sections) ||
	    !same_rows(&a->impls, &b->impls) || !same_rows(&a->sources, &b->sources))
		return 0;
	for (i = 0; i < a->sections.n; i++)
		if (!same_rows(&a->paras[i], &b->paras[i]))
			return 0;
	return 1;
}

/* A narrative that reads must be written out so that it reads back the
 * same (narrative.h): text, read from the input, as Markdown again. A
 * difference is a finding: abort(). Returns text's Markdown. */
static char *
round_trip(const char *text, size_t len)
{
	struct narrative n, again;
	char *md;

	narrative_init(&n);
	narrative_init(&again);
	if (narrative_parse("in.md", text, len, &n) == -1) {
		narrative_free(&n);
		return NULL;
	}
	md = narrative_markdown(&n);
	if (narrative_parse("out.md", md, strlen(md), &again) == -1) {
		fprintf(stderr, "fuzz: the narrative written out does not read back:\n%s\n", md);
		abort();
	}
	if (!same_narrative(&n, &again)) {
		fprintf(stderr, "fuzz: the narrative written out reads back otherwise:\n%s\n", md);
		abort();
	}
	narrative_free(&again);
	narrative_free(&n);
	return md;
}

int
fuzz_md(const uint8_t *data, size_t size)
{
	static char *pristine;
	static size_t plen;
	struct narrative_counts c;
	char *md, *demo, *work, *text, *back;

	setup();
	md = xasprintf("%s/in.md", scratch);
	demo = xasprintf("%s/demo.db", scratch);
	work = xasprintf("%s/work.db", scratch);
	if (pristine == NULL && (pristine = read_file(demo, &plen)) == NULL)
		exit(1);
	diag_reset();
	text = round_trip((const char *)data, size);
	spill(md, data, size);
	diag_reset();
	/* The dry run takes what reads, and a real import of it into a fresh
	 * copy must keep it all: the export is what was read. */
	if (narrative_import(demo, MD_PAPER, md, 1, &c) == 0 && text != NULL) {
		spill(work, pristine, plen);
		diag_reset();
		if (narrative_import(work, MD_PAPER, md, 0, &c) == -1 ||
		    (back = narrative_export(work, MD_PAPER)) == NULL) {
			fprintf(stderr, "fuzz: the import the dry run took failed\n");
			abort();
		}
		if (strcmp(back, text) != 0) {
			fprintf(stderr, "fuzz: the import lost something:\n%s\n--\n%s\n", text, back);
			abort();
		}
		free(back);
	}
	free(text);
	free(work);
	free(demo);
	free(md);
	return 0;
}
