/* csvio.h: CSV files read into rows of text cells, and rows written as
 * CSV, for the spreadsheets officers keep. Included by import.c and the
 * tests; only csvio.c includes csv.h (libcsv). */
#ifndef DOCKET_CSVIO_H
#define DOCKET_CSVIO_H

#include <stddef.h>

struct buf;

/* One row: the file's line it starts on (1-based), and its cells, each
 * valid UTF-8 without a NUL. */
struct csv_row {
	unsigned  line;
	char    **cells;
	size_t    ncells;
};

/* A CSV file: rows[0] is its header; every row has the header's cells. */
struct csv_table {
	const char     *path;	/* for messages; not owned */
	struct csv_row *rows;
	size_t          nrows;
	size_t          cap;
	size_t          ragged;	/* rows left out: not the header's width */
};

/* Reads the CSV file at path into t: UTF-8 with or without a byte order
 * mark, quoted as Excel quotes (doubled quotes, line breaks in quotes),
 * lines ended by LF or CRLF, spaces around an unquoted cell dropped and
 * rows of empty cells left out. Every fault is reported as FILE:LINE:COL,
 * COL counting the row's cells from 1: a quote left open or out of place,
 * a NUL byte, invalid UTF-8 (a Latin-1 file), a row with more or fewer
 * cells than the header; an empty file too. 0, or -1 with the
 * diagnostics emitted. When the only faults were rows of the wrong width,
 * t holds the others (t->ragged says how many were left out), so that
 * they can be checked too. Caller frees t with csv_table_free, either
 * way. */
int  csv_read(const char *path, struct csv_table *t);
void csv_table_free(struct csv_table *t);

/* Appends cells[0..n) to b as one CSV line, ended by '\n': a cell is
 * quoted when it holds a comma, quote or line break, or begins or ends
 * with a space. NULL is an empty cell. */
void csv_put_row(struct buf *b, const char *const *cells, size_t n);

#endif
