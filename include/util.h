/* util.h: allocation wrappers, growing buffers, UTF-8 and file helpers.
 * Any module may include it; it includes no third-party header. */
#ifndef DOCKET_UTIL_H
#define DOCKET_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Out of memory is fatal: these print a message and exit(EX_OSERR), as
 * fatal_oom does for a library that reports it. */
void  fatal_oom(void) __attribute__((noreturn));
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Caller frees. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grows an array of elements of size `size` so that index `need - 1` fits. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);

/* A growing NUL-terminated string; zero-initialise before use. */
struct buf {
	char   *s;
	size_t  len;
	size_t  cap;
};
void  buf_addn(struct buf *b, const char *s, size_t n);
void  buf_add(struct buf *b, const char *s);
void  buf_addc(struct buf *b, char c);
void  buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void  buf_vaddf(struct buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* Returns the string (never NULL) and leaves b empty; caller frees. */
char *buf_take(struct buf *b);
void  buf_free(struct buf *b);

/* Returns the byte offset of the first invalid UTF-8 sequence in s[0..n),
 * or (size_t)-1 when s is valid UTF-8 (overlong forms and surrogates are invalid). */
size_t utf8_invalid_at(const char *s, size_t n);
/* Decodes one code point of valid UTF-8 at s; returns its length in bytes. */
size_t utf8_decode(const char *s, uint32_t *cp);

/* A file name from free text: ASCII letters and digits kept (lower-cased),
 * every other run of characters one '-', at most `max` bytes, never empty,
 * never starting with '.' or '-'. Caller frees. */
char *safe_name(const char *text, size_t max);

/* Reads a whole file; returns NULL with errno set on failure. Caller frees. */
char *read_file(const char *path, size_t *len);
/* The same for a file of at most max bytes: a longer one (a pipe too) is
 * NULL with errno EFBIG, read no further than one byte past max. */
char *read_file_max(const char *path, size_t max, size_t *len);

/* Writes data to a temporary file beside path, fsyncs it, then moves it into
 * place: rename() when replace is set, otherwise link() so that an existing
 * file is never overwritten (fails with EEXIST). On failure nothing is left
 * behind and errno says why. The temporary file is .NAME.PID.XXXXXX: one a
 * killed process left is removed by the next write of path. */
int write_file_atomic(const char *path, const void *data, size_t len, int replace);

/* Numbers by a pointer and a kind, in a hash table kept at most half
 * full: what the PDF and trace devices find a structure element by (its
 * node and role). Zeroed is empty. */
struct keymap_slot {
	const void *key;
	int         kind;
	size_t      value;	/* 0: a free slot */
};
struct keymap {
	struct keymap_slot *slots;
	size_t              cap;	/* a power of two, or 0 */
	size_t              n;	/* slots taken */
};

/* The value of key and kind: the one set before, or 0 in a slot now taken
 * for it, which the caller sets (not to 0) before the next call. */
size_t *keymap_at(struct keymap *m, const void *key, int kind);
/* Forgets every key, keeping the room. */
void    keymap_clear(struct keymap *m);
void    keymap_free(struct keymap *m);

/* Test builds (-DDOCKET_FAILPOINTS) die by SIGKILL, as a crash would, at
 * the step named by DOCKET_FAILPOINT: NAME the first time this process
 * reaches it, NAME:N the Nth time. The crash tests stop a sign-off, a
 * batch and a narrative import at each of their write steps. Other
 * builds compile it to nothing. */
#ifdef DOCKET_FAILPOINTS
void failpoint(const char *name);
#else
#define failpoint(name) ((void)0)
#endif

#endif
