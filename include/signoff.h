/* signoff.h: signing a paper off into the archive, reopening it, and
 * verifying the archive against the database's sign-off records
 * (signoff.c, verify.c). Included by render.c (what a signed-off paper
 * renders as), cmd_signoff.c, verify.c and the tests. */
#ifndef DOCKET_SIGNOFF_H
#define DOCKET_SIGNOFF_H

struct db;

#define SIGNOFF_ARCHIVE "out/archive"	/* the archive folder by default */
#define SIGNOFF_SUMS    "SHA256SUMS"	/* its list of files, as sha256sum -c reads it */
#define SIGNOFF_RESTRICTED "restricted"	/* its folder (0700) for exempt papers (0400) */

struct signoff_opts {
	const char *datadir;	/* holds templates/ and fonts/ */
	const char *archive;	/* the archive folder */
	const char *by;		/* who signs */
	const char *role;	/* as what ("" when not said) */
	long long   at;		/* when: seconds since 1970, UTC */
};

/* The time of a sign-off or reopening: text ("2025-01-28T10:00:00Z", UTC)
 * when not NULL, else SOURCE_DATE_EPOCH, else the clock. 0, or -1 with the
 * diagnostic emitted. */
int signoff_time(const char *text, long long *at);

/* Signs paper id of the database at dbpath off: its rules checked (an
 * error refuses), its status signed_off, the final paper rendered as
 * PDF/A dated o->at and archived read-only, never over a file already
 * there, as FY/COMMITTEE/MEETING-DATE/ITEM-TITLE.pdf ("-v2" and on for a
 * reopened paper's later versions) in o->archive (an exempt paper in its
 * restricted folder, which only the owner can open), with its line in
 * SHA256SUMS; the record (who, role, when, SHA-256, size, what it was
 * rendered from) written in one transaction. A kill at any point leaves
 * the sign-off whole or not made at all: once recorded, the file is put
 * in place by whichever docket next takes the archive (signoff_settle).
 * A paper is signed once a version. Returns 0 with *path (caller frees)
 * the file's path, or -1 with the diagnostics emitted and nothing
 * signed. */
int signoff_paper(const char *dbpath, long id, const struct signoff_opts *o, char **path);

/* Opens signed-off paper id again as its next version, for reason, at
 * time at: its records and files stay; it becomes a draft. 0 with
 * *version the version opened, or -1 with the diagnostic emitted. */
int signoff_reopen(const char *dbpath, long id, const char *reason, long long at,
    long *version);

/* Checks the archive against the database at dbpath (paper id only, when
 * id is not 0): every recorded file there with its SHA-256 and its line
 * in SHA256SUMS, no file or line the records do not have (all papers
 * only), and each paper signed off as it now stands rendered again from
 * the database, byte for byte its archived file, or else what it was
 * rendered from that has changed named. Prints a line for each sign-off.
 * 0, or -1 with every fault reported. */
int signoff_verify(const char *dbpath, long id, const char *datadir, const char *archive);

/* Whether paper id, as it now stands, is signed off: a record of its
 * current version (one more than its reopenings). 1 and *when its time,
 * 0 not signed off, -1 failed with the diagnostic emitted. */
int signoff_signed_at(struct db *db, long id, long long *when);

/* Whether a sign-off record, of any paper and version, is of the file
 * whose SHA-256 (hex) is sha256: 1 yes, 0 no, -1 with the diagnostic
 * emitted. */
int signoff_signed_hash(struct db *db, const char *sha256);

/* The archive folder, held: a lock on it (DIR/.lock), taken for the whole
 * of a sign-off and of a verification. */
struct archive {
	char *dir;
	int   lock;	/* its descriptor, or -1 */
};

/* Opens dir as the archive (made, with its parents, when create is set)
 * and takes its lock, waiting for another docket's. 0, or -1 with the
 * diagnostic emitted. Close with archive_close. */
int  archive_open(struct archive *a, const char *dir, int create);
void archive_close(struct archive *a);

/* Whether the archive's file rel is in its restricted folder, which keeps
 * its own SHA256SUMS (paths relative to it): an exempt paper's. */
int   archive_restricted(const char *rel);
/* The path of the archive's SHA256SUMS, or its restricted folder's.
 * Caller frees. */
char *archive_sums(const struct archive *a, int restricted);

/* Completes what a killed sign-off left (with say set, saying so): each
 * recorded file missing but waiting whole in DIR/.pending is linked into
 * place and its line added to SHA256SUMS, and what is left in .pending
 * (never recorded) removed. Does nothing to an archive docket cannot
 * write (a->lock -1). 0, or -1 with the diagnostic emitted. */
int archive_settle(struct archive *a, struct db *db, int say);

/* What a paper is rendered from, as a sign-off records it: 'HASH  NAME'
 * lines for the files. */
struct signoff_deps {
	char *docket, *libharu, *template, *fragments, *fonts, *hyphenation;
};

/* The dependencies of rendering template (a name in DATADIR/templates)
 * now. 0, or -1 with the diagnostic emitted. Free with signoff_deps_free. */
int  signoff_deps(const char *datadir, const char *template, struct signoff_deps *d);
void signoff_deps_free(struct signoff_deps *d);

#endif
