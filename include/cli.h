/* cli.h: the command line's shared parts (cli.c), and the commands that
 * live in files of their own (cmd_*.c), each run by main.c as
 * `docket NAME ARGS` with argv[0] the program. Included by main.c and
 * the cmd_*.c files. */
#ifndef DOCKET_CLI_H
#define DOCKET_CLI_H

/* DOCKET_DATADIR, else an installed PREFIX/share/docket beside the
 * program, else the source tree the program was built in. Caller frees. */
char *cli_datadir(void);

/* Says a usage error (naming arg when given), prints usage to stderr and
 * returns EX_USAGE. */
int cli_usage_error(const char *usage, const char *msg, const char *arg);

/* A positive decimal id from s: 0, or -1 when s is not one. */
int cli_parse_id(const char *s, long *id);

/* Writes text to the file at path, put in place whole (replacing one
 * there), or to standard output when path is NULL. The exit status: 0,
 * or the diagnostic's. */
int cli_write_out(const char *path, const char *text);

/* The commands of files of their own. */
int cmd_narrative(int argc, char **argv);
int cmd_pack(int argc, char **argv);

/* docket signoff, verify and reopen (cmd_signoff.c). */
int cmd_signoff(int argc, char **argv);
int cmd_verify(int argc, char **argv);
int cmd_reopen(int argc, char **argv);

/* cmd_batch.c: docket due and docket batch; due_show is what due and
 * list --due print (asof NULL: today), its usage text for an error. */
int cmd_due(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int due_show(const char *dbpath, const char *asof, int tsv, int ics, const char *usage);

#endif
