/* csvio.c: CSV files read with libcsv (the only file with csv.h) and
 * written. libcsv says nothing of where it is, so it is fed a byte at a
 * time: each message can then name the line a row starts on and the
 * cell. */
#include "csvio.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "util.h"

/* The reader's state between libcsv's callbacks. */
struct reader {
	struct csv_table *t;
	struct csv_row    cur;	/* the row being read */
	size_t            cap;	/* of cur.cells */
	unsigned          line;	/* of the byte being fed */
	int               between;	/* no row begun since the last ended */
	int               stop;	/* a cell was refused */
};

static void
cell_done(void *s, size_t len, void *arg)
{
	struct reader *rd = arg;
	const char *cell = s != NULL ? s : "";
	struct srcpos pos = { rd->t->path, rd->cur.line, (unsigned)rd->cur.ncells + 1, NULL };
	size_t bad;

	if (rd->stop)
		return;
	if (strlen(cell) != len) {
		diag(D_CSV_BINARY, &pos, NULL);
		rd->stop = 1;
		return;
	}
	if ((bad = utf8_invalid_at(cell, len)) != (size_t)-1) {
		diag(D_CSV_UTF8, &pos, "byte 0x%02x", (unsigned char)cell[bad]);
		rd->stop = 1;
		return;
	}
	rd->cur.cells = xgrow(rd->cur.cells, &rd->cap, rd->cur.ncells + 1, sizeof *rd->cur.cells);
	rd->cur.cells[rd->cur.ncells++] = xstrndup(cell, len);
}

static void
row_free(struct csv_row *r)
{
	size_t i;

	for (i = 0; i < r->ncells; i++)
		free(r->cells[i]);
	free(r->cells);
}

static void
row_done(int c, void *arg)
{
	struct reader *rd = arg;
	struct csv_table *t = rd->t;
	size_t i;

	(void)c;
	rd->between = 1;
	for (i = 0; i < rd->cur.ncells && rd->cur.cells[i][0] == '\0'; i++)
		;
	/* A spreadsheet's empty rows (",,,") are no rows; a header is kept. */
	if (rd->stop || (i == rd->cur.ncells && t->nrows > 0)) {
		row_free(&rd->cur);
	} else {
		t->rows = xgrow(t->rows, &t->cap, t->nrows + 1, sizeof *t->rows);
		t->rows[t->nrows++] = rd->cur;
	}
	memset(&rd->cur, 0, sizeof rd->cur);
	rd->cap = 0;
}

/* Every row must have the header's cells: each that has not is named
 * and left out. */
static int
check_widths(struct csv_table *t)
{
	size_t r, n = 1, want = t->rows[0].ncells;

	for (r = 1; r < t->nrows; r++) {
		struct csv_row *row = &t->rows[r];
		struct srcpos pos = { t->path, row->line, 0, NULL };

		if (row->ncells == want) {
			t->rows[n++] = *row;
			continue;
		}
		pos.col = (unsigned)(row->ncells < want ? row->ncells : want) + 1;
		diag(D_CSV_RAGGED, &pos, "%zu cells where the header has %zu", row->ncells, want);
		row_free(row);
		t->ragged++;
	}
	t->nrows = n;
	return t->ragged > 0 ? -1 : 0;
}

int
csv_read(const char *path, struct csv_table *t)
{
	struct srcpos pos = { path, 0, 0, NULL };
	struct reader rd = { .t = t, .line = 1, .between = 1 };
	struct csv_parser p;
	size_t len = 0, i = 0;
	char *data;
	int rc = -1;

	memset(t, 0, sizeof *t);
	t->path = path;
	if ((data = read_file(path, &len)) == NULL) {
		diag(D_FILE_UNREADABLE, &pos, "%s", strerror(errno));
		return -1;
	}
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		free(data);
		diag(D_NO_MEMORY, NULL, NULL);
		return -1;
	}
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		i = 3;	/* the byte order mark Excel writes */
	for (; i < len && !rd.stop; i++) {
		unsigned char b = (unsigned char)data[i];

		if (rd.between && b != '\r' && b != '\n') {
			rd.cur.line = rd.line;
			rd.between = 0;
		}
		if (csv_parse(&p, data + i, 1, cell_done, row_done, &rd) != 1) {
			pos.line = rd.line;
			pos.col = (unsigned)rd.cur.ncells + 1;
			diag(D_CSV_QUOTE, &pos, NULL);
			goto out;
		}
		if (b == '\n' || (b == '\r' && (i + 1 == len || data[i + 1] != '\n')))
			rd.line++;
	}
	if (rd.stop)
		goto out;
	if (csv_fini(&p, cell_done, row_done, &rd) != 0) {
		pos.line = rd.cur.line;
		pos.col = (unsigned)rd.cur.ncells + 1;
		diag(D_CSV_UNTERMINATED, &pos, NULL);
		goto out;
	}
	if (rd.stop)
		goto out;
	if (t->nrows == 0) {
		diag(D_CSV_EMPTY, &pos, NULL);
		goto out;
	}
	rc = check_widths(t);
out:
	row_free(&rd.cur);
	csv_free(&p);
	free(data);
	return rc;
}

void
csv_table_free(struct csv_table *t)
{
	size_t r;

	for (r = 0; r < t->nrows; r++)
		row_free(&t->rows[r]);
	free(t->rows);
	memset(t, 0, sizeof *t);
}

void
csv_put_row(struct buf *b, const char *const *cells, size_t n)
{
	size_t i, len;
	const char *s, *c;

	for (i = 0; i < n; i++) {
		s = cells[i] != NULL ? cells[i] : "";
		len = strlen(s);
		if (i > 0)
			buf_addc(b, ',');
		if (strpbrk(s, ",\"\r\n") == NULL && (len == 0 || (s[0] != ' ' && s[0] != '\t' &&
		    s[len - 1] != ' ' && s[len - 1] != '\t'))) {
			buf_add(b, s);
			continue;
		}
		buf_addc(b, '"');
		for (c = s; *c != '\0'; c++) {
			if (*c == '"')
				buf_addc(b, '"');
			buf_addc(b, *c);
		}
		buf_addc(b, '"');
	}
	buf_addc(b, '\n');
}
