/* dev_pdfa.c: the XMP packet, the pinned colour profile and the file
 * identifier of a PDF/A file; libharu writes the objects that hold them
 * (dev_pdf.c). */
#include "dev_pdfa.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "dev_tags.h"
#include "diag.h"
#include "hash.h"
#include "util.h"

static void
xml_text(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		if (*s == '&')
			buf_add(b, "&amp;");
		else if (*s == '<')
			buf_add(b, "&lt;");
		else if (*s == '>')
			buf_add(b, "&gt;");
		else
			buf_addc(b, *s);
	}
}

int
meta_time(long long when, const char *date, int t[6])
{
	time_t w = (time_t)when;
	struct date day;
	struct tm tm;

	if (when >= 0 && gmtime_r(&w, &tm) != NULL) {
		t[0] = tm.tm_year + 1900, t[1] = tm.tm_mon + 1, t[2] = tm.tm_mday;
		t[3] = tm.tm_hour, t[4] = tm.tm_min, t[5] = tm.tm_sec;
		return 0;
	}
	if (when >= 0 || date_parse(date, &day) == -1)
		return -1;
	t[0] = day.year, t[1] = day.month, t[2] = day.day;
	t[3] = t[4] = t[5] = 0;
	return 0;
}

/* A property of the packet: plain, or an rdf:Alt (x-default) or rdf:Seq
 * of the one value, as it reads back from Windows-1252. */
static void
prop(struct buf *b, const char *name, const char *kind, const char *value)
{
	char *t, *u;

	if (value == NULL)
		return;
	t = tags_cp1252(value);
	u = tags_cp1252_utf8(t);
	buf_addf(b, "   <%s>", name);
	if (kind != NULL)
		buf_addf(b, "<rdf:%s><rdf:li%s>", kind,
		    strcmp(kind, "Alt") == 0 ? " xml:lang=\"x-default\"" : "");
	xml_text(b, u);
	if (kind != NULL)
		buf_addf(b, "</rdf:li></rdf:%s>", kind);
	buf_addf(b, "</%s>\n", name);
	free(u);
	free(t);
}

/* The Info dictionary's dates are UTC, D:YYYYMMDDHHmmSS+00'00'. */
static void
prop_date(struct buf *b, const char *name, const int *t)
{
	if (t != NULL)
		buf_addf(b, "   <%s>%04d-%02d-%02dT%02d:%02d:%02d+00:00</%s>\n", name, t[0], t[1], t[2],
		    t[3], t[4], t[5], name);
}

char *
xmp_packet(const struct dev_meta *m, const char *creator, const char *producer,
    const int *t, int pdfa)
{
	struct buf b = {0};

	buf_add(&b, "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
	    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
	    " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
	    "  <rdf:Description rdf:about=\"\"\n"
	    "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
	    "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
	    "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"");
	if (pdfa)
		buf_add(&b, "\n    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"");
	buf_add(&b, ">\n   <dc:format>application/pdf</dc:format>\n");
	prop(&b, "dc:title", "Alt", m->title);
	prop(&b, "dc:creator", "Seq", m->author);
	prop(&b, "dc:description", "Alt", m->subject);
	prop(&b, "pdf:Keywords", NULL, m->keywords);
	prop(&b, "pdf:Producer", NULL, producer);
	prop(&b, "xmp:CreatorTool", NULL, creator);
	prop_date(&b, "xmp:CreateDate", t);
	prop_date(&b, "xmp:ModifyDate", t);
	if (pdfa)
		buf_add(&b, "   <pdfaid:part>1</pdfaid:part>\n"
		    "   <pdfaid:conformance>B</pdfaid:conformance>\n");
	buf_add(&b, "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n"
	    "<?xpacket end=\"w\"?>");
	return buf_take(&b);
}

int
pdfa_icc(const char *path, char **data, size_t *len)
{
	char hex[HASH_HEX_LEN + 1];
	struct srcpos pos = { path, 0, 0, NULL };

	if ((*data = read_file(path, len)) == NULL) {
		diag(D_PDFA_PROFILE, &pos, "%s (from the Debian package icc-profiles-free)",
		    strerror(errno));
		return -1;
	}
	hash_sha256(*data, *len, hex);
	if (strcmp(hex, PDFA_ICC_SHA256) != 0) {
		diag(D_PDFA_PROFILE, &pos, "its SHA-256 is %s, not the %s docket was made with",
		    hex, PDFA_ICC_SHA256);
		free(*data);
		*data = NULL;
		return -1;
	}
	return 0;
}

int
pdfa_set_id(char **data, size_t *len)
{
	static const char key[] = "\ntrailer\n<<\n";
	char hex[HASH_HEX_LEN + 1], id[2 * (2 * PDFA_ID_BYTES + 2) + 10], *at = NULL, *d;
	size_t i, n, k = sizeof key - 1;

	for (i = *len; i >= k && at == NULL; i--)
		if (memcmp(*data + i - k, key, k) == 0)
			at = *data + i;
	if (at == NULL)
		return -1;
	hash_sha256(*data, *len, hex);
	n = (size_t)snprintf(id, sizeof id, "/ID [<%.*s> <%.*s>]\n", 2 * PDFA_ID_BYTES, hex,
	    2 * PDFA_ID_BYTES, hex);
	/* The trailer follows the cross-reference table: no offset moves. */
	d = xmalloc(*len + n + 1);
	memcpy(d, *data, (size_t)(at - *data));
	memcpy(d + (at - *data), id, n);
	memcpy(d + (at - *data) + n, at, *len - (size_t)(at - *data));
	free(*data);
	*data = d;
	*len += n;
	d[*len] = '\0';
	return 0;
}
