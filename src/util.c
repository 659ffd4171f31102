/* util.c: allocation wrappers, growing buffers, UTF-8 and file helpers. */
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"

void
fatal_oom(void)
{
	/* Straight to stderr: a worker's own stream would be lost with it. */
	diag_set_stream(NULL);
	diag(D_NO_MEMORY, NULL, NULL);
	exit(diag_status());
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		fatal_oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		fatal_oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		fatal_oom();
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	return buf_take(&b);
}

void *
xgrow(void *p, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 8;

	if (need <= *cap)
		return p;
	while (c < need)
		c *= 2;
	*cap = c;
	return xrealloc(p, c * size);
}

void
buf_addn(struct buf *b, const char *s, size_t n)
{
	b->s = xgrow(b->s, &b->cap, b->len + n + 1, 1);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_add(struct buf *b, const char *s)
{
	buf_addn(b, s, strlen(s));
}

void
buf_addc(struct buf *b, char c)
{
	buf_addn(b, &c, 1);
}

void
buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list again;
	int n;

	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	if (n < 0)
		fatal_oom();
	b->s = xgrow(b->s, &b->cap, b->len + (size_t)n + 1, 1);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, again);
	va_end(again);
	b->len += (size_t)n;
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

char *
buf_take(struct buf *b)
{
	char *s = b->s ? b->s : xstrdup("");

	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

size_t
utf8_invalid_at(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned c = s[i];
		size_t len, k;
		uint32_t cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			cp = c & 0x07;
		} else
			return i;
		if (i + len > n)
			return i;
		for (k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
		    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return i;
		i += len;
	}
	return (size_t)-1;
}

size_t
utf8_decode(const char *str, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] < 0xE0) {
		*cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
		return 2;
	}
	if (s[0] < 0xF0) {
		*cp = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
		    (s[2] & 0x3F);
		return 3;
	}
	*cp = ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
	    ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
	return 4;
}

char *
safe_name(const char *text, size_t max)
{
	struct buf b = {0};
	int dash = 0;

	for (; *text != '\0' && b.len < max; text++) {
		unsigned char c = (unsigned char)*text;

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && b.len > 0)
				buf_addc(&b, '-');
			dash = 0;
			buf_addc(&b, (char)c);
		} else if (c >= 'A' && c <= 'Z') {
			if (dash && b.len > 0)
				buf_addc(&b, '-');
			dash = 0;
			buf_addc(&b, (char)(c - 'A' + 'a'));
		} else if (c < 0x80 || (c & 0xC0) == 0xC0)
			dash = 1;	/* ASCII punctuation, or a non-ASCII character's first byte */
	}
	if (b.len > max)
		b.len = max;
	while (b.len > 0 && b.s[b.len - 1] == '-')
		b.len--;
	if (b.len == 0)
		buf_add(&b, "paper");
	b.s[b.len] = '\0';
	return buf_take(&b);
}

char *
read_file(const char *path, size_t *len)
{
	return read_file_max(path, SIZE_MAX - 1, len);
}

char *
read_file_max(const char *path, size_t max, size_t *len)
{
	struct buf b = {0};
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (f == NULL)
		return NULL;
	while (b.len <= max && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_addn(&b, chunk, n);
	if (ferror(f) || b.len > max) {
		int e = b.len > max ? EFBIG : errno;

		fclose(f);
		buf_free(&b);
		errno = e;
		return NULL;
	}
	fclose(f);
	if (len != NULL)
		*len = b.len;
	return buf_take(&b);
}

/* Whether process pid has ended: gone, or dead and not yet reaped. A
 * killed docket's workers are reaped by whoever adopts them, which in a
 * container may be a first process that takes seconds to do it, or never
 * does; until then kill() still finds them. */
static int
ended(long pid)
{
	char path[32], line[256];
	const char *paren;
	size_t n;
	FILE *f;

	if (kill((pid_t)pid, 0) == -1)
		return errno == ESRCH;
	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	if ((f = fopen(path, "r")) == NULL)
		return 0;
	n = fread(line, 1, sizeof line - 1, f);
	fclose(f);
	line[n] = '\0';
	/* "PID (NAME) STATE ...", and the name may hold a ')' */
	paren = strrchr(line, ')');
	return paren != NULL && strncmp(paren, ") Z", 3) == 0;
}

/* Removes the temporary files of path that a process killed while
 * writing it left: .NAME.PID.XXXXXX in its folder, PID ended. */
static void
sweep_stale(const char *dir, const char *name)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = strlen(name);

	while (d != NULL && (e = readdir(d)) != NULL) {
		const char *s = e->d_name;
		char *end, *stale;
		long pid;

		if (s[0] != '.' || strncmp(s + 1, name, n) != 0 || s[n + 1] != '.')
			continue;
		pid = strtol(s + n + 2, &end, 10);
		if (end == s + n + 2 || pid <= 0 || *end != '.' || strlen(end) != 7 || !ended(pid))
			continue;
		stale = xasprintf("%s/%s", dir, s);
		unlink(stale);
		free(stale);
	}
	if (d != NULL)
		closedir(d);
}

int
write_file_atomic(const char *path, const void *data, size_t len, int replace)
{
	const char *slash = strrchr(path, '/');
	char *tmp, *dir = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
	const char *p = data, *name = slash ? slash + 1 : path;
	int fd, rc = -1, e = 0;

	/* Named for its process, so that the next write of path knows
	 * which ones a kill left behind. */
	sweep_stale(dir, name);
	tmp = xasprintf("%s/.%s.%ld.XXXXXX", dir, name, (long)getpid());
	free(dir);
	if ((fd = mkstemp(tmp)) == -1) {
		e = errno;
		goto out;
	}
	while (len > 0) {
		ssize_t w = write(fd, p, len);

		if (w < 0) {
			if (errno == EINTR)
				continue;
			e = errno;
			break;
		}
		p += w;
		len -= (size_t)w;
	}
	if (e == 0 && fchmod(fd, 0644) == -1)
		e = errno;
	if (e == 0 && fsync(fd) == -1)
		e = errno;
	if (close(fd) == -1 && e == 0)
		e = errno;
	if (e == 0) {
		if (replace ? rename(tmp, path) == -1 : link(tmp, path) == -1)
			e = errno;
	}
	if (e != 0 || !replace)
		unlink(tmp);
	rc = e ? -1 : 0;
out:
	free(tmp);
	errno = e;
	return rc;
}

/* The slot of key and kind in m, by open addressing: theirs, or the free
 * one where they go. */
static struct keymap_slot *
keymap_slot(const struct keymap *m, const void *key, int kind)
{
	size_t h = (size_t)(((uintptr_t)key >> 3) * 0x9E3779B97F4A7C15u) ^ (size_t)kind;
	struct keymap_slot *s;

	for (h &= m->cap - 1; (s = &m->slots[h])->value != 0; h = (h + 1) & (m->cap - 1))
		if (s->key == key && s->kind == kind)
			break;
	return s;
}

size_t *
keymap_at(struct keymap *m, const void *key, int kind)
{
	struct keymap_slot *old = m->slots, *s;
	size_t i, cap = m->cap;

	if (2 * (m->n + 1) > cap) {
		m->cap = cap ? cap * 2 : 1024;
		m->slots = xcalloc(m->cap, sizeof *m->slots);
		for (i = 0; i < cap; i++)
			if (old[i].value != 0)
				*keymap_slot(m, old[i].key, old[i].kind) = old[i];
		free(old);
	}
	s = keymap_slot(m, key, kind);
	if (s->value == 0) {
		s->key = key;
		s->kind = kind;
		m->n++;
	}
	return &s->value;
}

void
keymap_clear(struct keymap *m)
{
	if (m->slots != NULL)
		memset(m->slots, 0, m->cap * sizeof *m->slots);
	m->n = 0;
}

void
keymap_free(struct keymap *m)
{
	free(m->slots);
	*m = (struct keymap){0};
}

#ifdef DOCKET_FAILPOINTS
void
failpoint(const char *name)
{
	static unsigned long reached;	/* the times this process reached it */
	const char *at = getenv("DOCKET_FAILPOINT");
	size_t n = strlen(name);

	if (at == NULL || strncmp(at, name, n) != 0)
		return;
	if (at[n] == '\0' || (at[n] == ':' && strtoul(at + n + 1, NULL, 10) == ++reached))
		raise(SIGKILL);
}
#endif
