/* diag.h: diagnostics as data: one table of message codes, each with its
 * level, exit status and text (mandoc's mandocerr is the model). Any
 * module may include it. A message reads
 *   docket: FILE:LINE:COL: error: TEXT: DETAIL      (templates)
 *   docket: DB: paper 7: error: TEXT: DETAIL        (data)
 * where the text is the code's, from the table below, and the detail,
 * when there is one, says which file, field or value. */
#ifndef DOCKET_DIAG_H
#define DOCKET_DIAG_H

#include <stdio.h>

enum diag_level { DIAG_WARNING, DIAG_ERROR };

/* The table: X(code, level, sysexits status, text). A code's text is
 * fixed; an empty text leaves the whole message to the detail (a
 * library's own words, a usage error). Statuses: 64 usage, 65 bad data,
 * 66 missing input, 70 internal, 71 system (out of memory), 73 cannot
 * create output, 74 I/O, 75 try again later (a database locked by
 * another process); 130 interrupted (SIGINT, as a shell reports it); 0
 * for a warning. */
#define DIAG_TABLE(X) \
	/* The command line */ \
	X(D_USAGE,		ERROR,	 64, "") \
	X(D_BATCH_FAILED,	ERROR,	 65, "papers failed") \
	X(D_WORKER_KILLED,	ERROR,	 70, "the process rendering it was killed") \
	X(D_WORKER_ENDED,	ERROR,	 70, "the process rendering it ended early") \
	X(D_WORKER_START,	ERROR,	 71, "cannot start a process to render it") \
	/* Files and the system */ \
	X(D_FILE_UNREADABLE,	ERROR,	 66, "cannot read") \
	X(D_FONT_UNREADABLE,	ERROR,	 66, "cannot read font") \
	X(D_FONT_SUMS,		ERROR,	 66, "cannot read the fonts' SHA-256 list (fonts/SHA256SUMS, " \
	    "installed with docket)") \
	X(D_FONT_CHANGED,	ERROR,	 65, "not a font docket was installed with: reinstall docket's " \
	    "fonts") \
	X(D_OUT_DIR,		ERROR,	 73, "cannot create the folder") \
	X(D_OUT_CREATE,		ERROR,	 73, "cannot create output") \
	X(D_OUT_WRITE,		ERROR,	 74, "cannot write output") \
	X(D_OUT_SIGNED_OFF,	ERROR,	 73, "a signed-off paper is already there; docket never " \
	    "overwrites a signed-off paper") \
	X(D_OUT_FOREIGN,	ERROR,	 73, "a file docket did not write is already there; docket " \
	    "does not overwrite it") \
	X(D_NO_MEMORY,		ERROR,	 71, "out of memory") \
	/* Databases */ \
	X(D_DB_OPEN,		ERROR,	 66, "cannot open database") \
	X(D_DB_NOT_SQLITE,	ERROR,	 65, "not an SQLite database") \
	X(D_DB_VERSION,		ERROR,	 65, "unknown schema version") \
	X(D_DB_OLD,		ERROR,	 65, "an older schema version") \
	X(D_DB_NOT_UPGRADED,	ERROR,	 65, "not upgraded") \
	X(D_DB_SQL,		ERROR,	 65, "") \
	X(D_DB_BUSY,		ERROR,	 75, "another process has the database locked; try again") \
	X(D_DB_IO,		ERROR,	 74, "cannot read or write the database") \
	X(D_DB_EXISTS,		ERROR,	 73, "already exists; docket init never overwrites a database") \
	X(D_DB_CREATE,		ERROR,	 73, "cannot create database") \
	X(D_DB_WRITE,		ERROR,	 74, "cannot write database") \
	/* The data */ \
	X(D_PAPER_UNKNOWN,	ERROR,	 65, "no such paper") \
	X(D_MEETING_UNKNOWN,	ERROR,	 65, "no such meeting") \
	X(D_PACK_EMPTY,		ERROR,	 65, "the meeting has no papers to make an agenda pack of") \
	X(D_PACK_PAGES,		ERROR,	 70, "a paper took other pages laid out again") \
	X(D_DATA_UTF8,		ERROR,	 65, "invalid UTF-8") \
	X(D_DATA_PERIOD,	ERROR,	 65, "not a financial year and quarter") \
	X(D_DATA_DATE,		ERROR,	 65, "not a real date (YYYY-MM-DD)") \
	X(D_MEASURE_KIND,	ERROR,	 65, "unit, polarity or direction method not known") \
	/* Import: CSV files (COL counts the row's cells from 1) */ \
	X(D_CSV_EMPTY,		ERROR,	 65, "empty: a CSV file needs a header row naming its columns") \
	X(D_CSV_NO_ROWS,	ERROR,	 65, "no rows under the header: nothing to import") \
	X(D_CSV_QUOTE,		ERROR,	 65, "a quote out of place: a quoted cell must end at a comma " \
	    "or the line's end, and a quote inside a cell is doubled (\"\")") \
	X(D_CSV_UNTERMINATED,	ERROR,	 65, "a quoted cell is never closed") \
	X(D_CSV_BINARY,		ERROR,	 65, "not text: a NUL byte (is it a spreadsheet's own file? " \
	    "save it as CSV)") \
	X(D_CSV_UTF8,		ERROR,	 65, "not UTF-8, perhaps Latin-1 or Windows-1252: save it as " \
	    "\"CSV UTF-8\"") \
	X(D_CSV_RAGGED,		ERROR,	 65, "the row does not have the header's columns") \
	X(D_CSV_COLUMN_UNKNOWN,	ERROR,	 65, "unknown column") \
	X(D_CSV_COLUMN_MISSING,	ERROR,	 65, "a column is missing") \
	X(D_CSV_COLUMN_TWICE,	ERROR,	 65, "column given twice") \
	X(D_CSV_FORMULA,	ERROR,	 65, "a formula, not a value: a cell starting with =, +, - or @ " \
	    "is run by a spreadsheet; start it with ' to keep it as text") \
	X(D_IMPORT_EMPTY,	ERROR,	 65, "a value is needed") \
	X(D_IMPORT_NUMBER,	ERROR,	 65, "not a number (e.g. 61.5, 61.5%, £1,200 or empty for n/a)") \
	X(D_IMPORT_PERIOD,	ERROR,	 65, "not a quarter (e.g. 2024/25 Q3 or Q3 2024/25)") \
	X(D_IMPORT_DATE,	ERROR,	 65, "not a real date (2025-01-28 or 28/01/2025)") \
	X(D_IMPORT_WHOLE,	ERROR,	 65, "not a whole number from 1") \
	X(D_IMPORT_CHOICE,	ERROR,	 65, "not one of the allowed values") \
	X(D_IMPORT_TWICE,	ERROR,	 65, "the same row twice") \
	X(D_IMPORT_NO_MEASURE,	ERROR,	 65, "no measure has that code") \
	X(D_IMPORT_NO_ACTION,	ERROR,	 65, "no action has that number") \
	X(D_IMPORT_NO_THEME,	ERROR,	 65, "no theme has that name") \
	X(D_IMPORT_NO_PLAN,	ERROR,	 65, "no action plan has that name") \
	X(D_IMPORT_NO_PRIORITY,	ERROR,	 65, "the plan has no priority of that number") \
	X(D_IMPORT_NO_COMMITTEE,	ERROR,	 65, "no committee has that name") \
	X(D_IMPORT_AMBIGUOUS,	ERROR,	 65, "more than one plan or strategy has that name or number") \
	X(D_IMPORT_OUTSIDE,	ERROR,	 65, "the period is outside the strategy") \
	X(D_IMPORT_YEAR,	ERROR,	 65, "not a financial year (e.g. 2024/25)") \
	X(D_IMPORT_YEARS,	ERROR,	 65, "the last year is before the first") \
	X(D_IMPORT_NO_STRATEGY,	ERROR,	 65, "no strategy has that name") \
	X(D_IMPORT_NO_MEETING,	ERROR,	 65, "the committee has no meeting that day (import it in meetings)") \
	X(D_IMPORT_NO_OFFICER,	ERROR,	 65, "no officer has that name (import them in officers)") \
	X(D_IMPORT_TEMPLATE,	ERROR,	 65, "not a template's file name (lower case letters, digits, " \
	    "'-' and '.', ending .xml)") \
	X(D_IMPORT_EXEMPT,	ERROR,	 65, "an exempt paper needs its paragraph of Schedule 12A (1 to 7), " \
	    "a public one none") \
	X(D_IMPORT_FORWARD_PLAN,	ERROR,	 65, "a key decision needs its forward plan reference") \
	X(D_IMPORT_SIGNED_OFF,	ERROR,	 65, "a signed-off paper reported it: docket never changes what " \
	    "a signed-off paper reported") \
	X(D_IMPORT_REFUSED,	ERROR,	 65, "nothing imported; the database is unchanged") \
	/* Narrative: a paper's Markdown file (COL counts bytes from 1) */ \
	X(D_MD_TOO_BIG,		ERROR,	 65, "too big for a narrative (10 MB at most)") \
	X(D_MD_UTF8,		ERROR,	 65, "not UTF-8: save the file as UTF-8 text") \
	X(D_MD_NUL,		ERROR,	 65, "not text: a NUL byte (is it a word processor's own " \
	    "file? save it as Markdown)") \
	X(D_MD_HEADING,		ERROR,	 65, "unknown heading (the parts: # title, ## Purpose or " \
	    "## Executive Summary, ## Recommendations, ## 1. Section, ## Implications, " \
	    "## Source documents)") \
	X(D_MD_ORDER,		ERROR,	 65, "a part out of order (title, purpose, recommendations, " \
	    "sections, implications, source documents)") \
	X(D_MD_SECTION_NUMBER,	ERROR,	 65, "a section number out of order") \
	X(D_MD_TWICE,		ERROR,	 65, "a part given twice") \
	X(D_MD_MISSING,		ERROR,	 65, "a part is missing") \
	X(D_MD_HTML,		ERROR,	 65, "raw HTML is not taken") \
	X(D_MD_MARKUP,		ERROR,	 65, "the narrative's text is plain, set by the template: " \
	    "bold, italic, code and links are not kept") \
	X(D_MD_PLACE,		ERROR,	 65, "not what this part holds") \
	X(D_MD_SIGNED_OFF,	ERROR,	 65, "the paper is signed off: docket never changes what a " \
	    "signed-off paper said") \
	/* The paper's rules */ \
	X(D_KEY_NO_REF,		ERROR,	 65, "a key decision needs a forward plan reference") \
	X(D_KEY_NO_DATE,	ERROR,	 65, "a key decision needs the date it entered the forward plan") \
	X(D_KEY_BAD_DATE,	ERROR,	 65, "key decision: not a real date (YYYY-MM-DD)") \
	X(D_KEY_AFTER,		ERROR,	 65, "key decision: the forward plan entry is after the meeting") \
	X(D_KEY_LATE,		ERROR,	 65, "key decision: the forward plan entry is too late") \
	X(D_EXEMPT_NO_PARA,	ERROR,	 65, "an exempt paper needs its paragraph of Schedule 12A") \
	X(D_NO_RECOMMENDATION,	ERROR,	 65, "no recommendation: every paper asks the committee for " \
	    "something") \
	X(D_IMPLICATION_EMPTY,	ERROR,	 65, "implications heading is empty") \
	X(D_NO_PERIOD,		ERROR,	 65, "a paper on a strategy's measures needs the period it " \
	    "reports (fy and quarter)") \
	X(D_NO_IMPLICATIONS,	WARNING,  0, "no implications recorded") \
	X(D_NO_BACKGROUND,	WARNING,  0, "no background papers listed (s.100D asks for them)") \
	X(D_REF_MISSING,	WARNING,  0, "the text names a part the paper does not have") \
	X(D_ROLLED_UNEDITED,	WARNING,  0, "the narrative is still the previous paper's, copied " \
	    "by docket batch: update it for this period") \
	/* Series and the committee calendar (docket due, docket batch) */ \
	X(D_SERIES_NO_START,	WARNING,  0, "a series with no paper yet: docket batch cannot make " \
	    "its next one") \
	X(D_SERIES_NO_PAPER,	ERROR,	 65, "a series with no paper before: nothing to roll forward " \
	    "from") \
	X(D_SERIES_CLASH,	ERROR,	 65, "two series fall due at one agenda item: give one of them " \
	    "another item") \
	X(D_PAPER_LATE,		WARNING,  0, "past its deadline: a paper is published five clear " \
	    "days before its meeting") \
	X(D_INTERRUPTED,	ERROR,	130, "interrupted") \
	/* Templates: reading */ \
	X(D_TMPL_MISSING,	ERROR,	 66, "cannot read template") \
	X(D_TMPL_XML,		ERROR,	 65, "") \
	X(D_TMPL_TOO_BIG,	ERROR,	 65, "too big for a template (10 MB at most)") \
	X(D_TMPL_NOT_XML,	ERROR,	 65, "not well-formed XML") \
	X(D_TMPL_DOCTYPE,	ERROR,	 65, "a DOCTYPE is not allowed in a template") \
	X(D_INCLUDE_OUTSIDE,	ERROR,	 65, "not read: a template may include only files inside") \
	X(D_INCLUDE_UNREADABLE,	ERROR,	 66, "an include could not be read: it must name a file " \
	    "inside") \
	X(D_INCLUDE_MISSING,	ERROR,	 66, "cannot read the included file") \
	X(D_SCHEMA_UNREADABLE,	ERROR,	 66, "cannot read the template schema: a template is read in " \
	    "its templates folder, against the docket.rng beside it") \
	X(D_TMPL_OUTSIDE,	ERROR,	 66, "not in a templates folder: a template lives in a folder " \
	    "with docket.rng beside it, such as") \
	X(D_TMPL_NAME,		ERROR,	 65, "not a template's name: a template is a file of the " \
	    "templates folder, named without '/' or '..'") \
	X(D_UNKNOWN_ELEMENT,	ERROR,	 65, "unknown element") \
	X(D_UNKNOWN_ATTRIBUTE,	ERROR,	 65, "unknown attribute") \
	X(D_MISPLACED,		ERROR,	 65, "not allowed here") \
	X(D_NOT_IN_LANGUAGE,	ERROR,	 65, "not in the template language") \
	/* Templates: bindings and elements */ \
	X(D_NO_FIELD,		ERROR,	 65, "no such field here") \
	X(D_NO_DATASET,		ERROR,	 65, "no such dataset here") \
	X(D_UNTERMINATED,	ERROR,	 65, "unterminated binding") \
	X(D_UNKNOWN_FILTER,	ERROR,	 65, "unknown filter (known: date, longdate, yesno, humanise, " \
	    "upper, number, percent, money)") \
	X(D_NOT_A_NUMBER,	ERROR,	 65, "not a number") \
	X(D_EACH_DEPTH,		ERROR,	 65, "<each> nested too deeply") \
	X(D_IF_TEST,		ERROR,	 65, "<if> needs exactly one of test=\"FIELD\" or " \
	    "not=\"FIELD\"") \
	X(D_ID_TWICE,		ERROR,	 65, "id used twice") \
	X(D_REF_UNKNOWN,	ERROR,	 65, "no element has that id") \
	X(D_REF_NO_NUMBER,	ERROR,	 65, "what it names has no number") \
	X(D_TEXT_OUTSIDE,	ERROR,	 65, "text outside a paragraph") \
	X(D_UNKNOWN_STYLE,	ERROR,	 65, "unknown paragraph style (numbered, bullet, plain)") \
	X(D_UNKNOWN_ALIGN,	ERROR,	 65, "unknown alignment (justify, left)") \
	X(D_UNKNOWN_SHADE,	ERROR,	 65, "unknown shade (green, amber, red, grey, blue, none)") \
	X(D_UNKNOWN_ARROW,	ERROR,	 65, "unknown arrow (up, down, level, none)") \
	X(D_TABLE_WIDTHS,	ERROR,	 65, "<table> needs widths, e.g. widths=\"30 70\"") \
	X(D_BAD_WIDTHS,		ERROR,	 65, "column widths must be positive numbers") \
	X(D_ROW_COLUMNS,	ERROR,	 65, "a row must have the table's columns") \
	X(D_BAD_SPAN,		ERROR,	 65, "span is not a number of columns (1 to 64)") \
	X(D_UNKNOWN_CHART,	ERROR,	 65, "unknown chart kind (bar, line, stacked)") \
	X(D_UNKNOWN_UNIT,	ERROR,	 65, "unknown unit (%, days, count, ratio, £, score)") \
	X(D_SERIES_LENGTH,	ERROR,	 65, "a series must have as many points as the first") \
	X(D_CHART_UNITS,	ERROR,	 65, "a chart's points must all be in its unit") \
	/* Templates: queries (the query's name comes before the level) */ \
	X(D_QUERY_FUNCTION,	ERROR,	 65, "function not allowed") \
	X(D_QUERY_REFUSED,	ERROR,	 65, "not allowed") \
	X(D_QUERY_NOT_SELECT,	ERROR,	 65, "only SELECT is allowed") \
	X(D_QUERY_PARAM,	ERROR,	 65, "unknown parameter (known: :paper, :meeting, :period)") \
	X(D_QUERY_NAME_TAKEN,	ERROR,	 65, "there is already a dataset of that name") \
	X(D_QUERY_EMPTY,	ERROR,	 65, "no SQL statement") \
	X(D_QUERY_STATEMENTS,	ERROR,	 65, "one statement only") \
	X(D_QUERY_COLUMNS,	ERROR,	 65, "two columns have one name (name them with AS)") \
	X(D_QUERY_TOO_BIG,	ERROR,	 65, "the result is too big") \
	X(D_QUERY_SLOW,		ERROR,	 65, "took too long") \
	X(D_QUERY_SQL,		ERROR,	 65, "") \
	/* Layout and the PDF */ \
	X(D_GLYPH,		WARNING,  0, "character not in Liberation Sans, drawn as a replacement " \
	    "mark") \
	X(D_PDF_START,		ERROR,	 70, "cannot start a PDF document") \
	X(D_PDF_PAGE,		ERROR,	 65, "cannot add a page: the paper is too long for a PDF, " \
	    "which holds 8,388,607 objects (some 29,000 pages of tables) at most, or one of " \
	    "its paragraphs or cells is in more than 4,000 pieces; make it shorter") \
	X(D_PDF_FONTS,		ERROR,	 70, "cannot load the fonts") \
	X(D_PDFA_PROFILE,	ERROR,	 66, "cannot embed the sRGB colour profile PDF/A needs") \
	X(D_PDF_WRITE,		ERROR,	 70, "cannot write the PDF") \
	/* Sign-off and the archive */ \
	X(D_SIGNOFF_TIME,	ERROR,	 64, "not a time: give it as 2025-01-28T10:00:00Z (UTC)") \
	X(D_SIGNOFF_TWICE,	ERROR,	 65, "already signed off: a paper is signed once a version " \
	    "(docket reopen makes the next)") \
	X(D_SIGNOFF_REFUSED,	ERROR,	 65, "not signed off; the database and the archive are " \
	    "unchanged") \
	X(D_REOPEN_NOT_SIGNED,	ERROR,	 65, "not signed off as it stands: there is nothing to reopen") \
	X(D_ARCHIVE_EXISTS,	ERROR,	 73, "a file is already there; docket never overwrites an " \
	    "archived file") \
	X(D_ARCHIVE_WRITE,	ERROR,	 74, "cannot write to the archive") \
	X(D_ARCHIVE_SETTLED,	WARNING,  0, "an interrupted sign-off's file is now in place") \
	X(D_VERIFY_MISSING,	ERROR,	 66, "an archived file is missing") \
	X(D_VERIFY_ALTERED,	ERROR,	 65, "an archived file is not the file signed off") \
	X(D_VERIFY_SUMS,	ERROR,	 65, "SHA256SUMS does not list the file as signed off") \
	X(D_VERIFY_UNEXPECTED,	ERROR,	 65, "in the archive without a sign-off record") \
	X(D_VERIFY_RENDER,	ERROR,	 65, "rendered again from the database, it is not its " \
	    "archived file") \
	X(D_VERIFY_CHANGED,	ERROR,	 65, "what it was rendered from has changed since it was " \
	    "signed off")

enum diag_code {
#define DIAG_CODE(code, level, status, text) code,
	DIAG_TABLE(DIAG_CODE)
#undef DIAG_CODE
	D_NCODES
};

/* Where a message points: a file (template or database), optionally a
 * 1-based line and column, optionally a context such as "paper 7". */
struct srcpos {
	const char *file;
	unsigned    line;
	unsigned    col;
	const char *ctx;
};

/* Prints the message of code at pos (either may be NULL) to the
 * diagnostic stream (stderr unless diag_set_stream), its detail made
 * from fmt when fmt is not NULL. Counts an error towards the status.
 * After DIAG_SHOWN messages since the last diag_reset one line says the
 * rest are left out (they still count) but for the summing up of an
 * import or a batch. */
#define DIAG_SHOWN 100
void diag(enum diag_code code, const struct srcpos *pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* The exit status of the worst error since the last diag_reset, or 0.
 * Worst first: 70 internal, 71 system, 74 I/O, 73 cannot create output,
 * 75 try again later, 66 missing input, 65 bad data, 64 usage: a fault of
 * docket's or the machine's outranks one of the input, which outranks a
 * misused command. A status not in the list ranks just above 64. */
int  diag_status(void);
/* The worse of two exit statuses by that ranking, for runs that gather
 * statuses from several stages or processes. */
int  diag_worse(int a, int b);
int  diag_errors(void);
/* How many messages of code since the last diag_reset (for tests). */
int  diag_count(enum diag_code code);
void diag_reset(void);
void diag_set_stream(FILE *f);

#endif
