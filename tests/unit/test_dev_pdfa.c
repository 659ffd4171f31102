/* Unit tests of dev_pdfa.c and of what dev_pdf.c makes of it: the XMP
 * packet, the pinned profile, the file identifier, the dates of `when`. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "dev_pdf.h"
#include "dev_pdfa.h"
#include "helpers.h"
#include "util.h"

TestSuite(dev_pdfa, .init = said_start, .fini = said_stop);

Test(dev_pdfa, the_packet_is_escaped_and_says_what_windows_1252_keeps)
{
	struct dev_meta m = { "Finance & Resources \xE2\x80\x93 <Q2> \xE2\x98\x83", "A. Author",
	    NULL, "a; b", "2025-01-28", 0 };
	int t[6] = { 2025, 1, 28, 9, 5, 7 };
	char *x = xmp_packet(&m, "docket", "libharu", t, 1);

	cr_assert_not_null(strstr(x, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Finance "
	    "&amp; Resources \xE2\x80\x93 &lt;Q2&gt; ?</rdf:li></rdf:Alt></dc:title>"), "%s", x);
	cr_assert_not_null(strstr(x, "<dc:creator><rdf:Seq><rdf:li>A. Author</rdf:li>"), "%s", x);
	cr_assert_null(strstr(x, "dc:description"), "no subject, no description: %s", x);
	cr_assert_not_null(strstr(x, "<xmp:CreateDate>2025-01-28T09:05:07+00:00</xmp:CreateDate>"));
	cr_assert_not_null(strstr(x, "<pdfaid:part>1</pdfaid:part>"));
	free(x);
	x = xmp_packet(&m, "docket", "libharu", NULL, 0);
	cr_assert_null(strstr(x, "pdfaid"), "%s", x);
	cr_assert_null(strstr(x, "CreateDate"), "%s", x);
	free(x);
}

Test(dev_pdfa, only_the_pinned_profile_is_embedded)
{
	char *data = NULL;
	size_t len;

	cr_assert_eq(pdfa_icc(PDFA_ICC_PATH, &data, &len), 0, "%s", said());
	cr_assert_gt(len, 128);
	free(data);
	cr_assert_eq(pdfa_icc("fonts/OFL.txt", &data, &len), -1);
	cr_assert_null(data);
	cr_assert_not_null(strstr(said(), "fonts/OFL.txt: error: cannot embed the sRGB colour "
	    "profile PDF/A needs: its SHA-256 is "), "%s", said());
	cr_assert_eq(pdfa_icc("/nonexistent/sRGB.icc", &data, &len), -1);
	cr_assert_not_null(strstr(said(), "/nonexistent/sRGB.icc: error: cannot embed the sRGB "
	    "colour profile PDF/A needs: No such file or directory"), "%s", said());
}

Test(dev_pdfa, the_identifier_comes_from_the_bytes)
{
	const char *pdf = "%PDF-1.4\nxref\n0 1\ntrailer\n<<\n/Size 1\n>>\n%%EOF\n";
	char *a = xstrdup(pdf), *b = xstrdup(pdf), *c = xstrdup(pdf), *none = xstrdup("%PDF-1.4\n");
	size_t la = strlen(a), lb = la, lc = la, ln = strlen(none);

	c[6] = '5';
	cr_assert_eq(pdfa_set_id(&a, &la), 0);
	cr_assert_eq(pdfa_set_id(&b, &lb), 0);
	cr_assert_eq(pdfa_set_id(&c, &lc), 0);
	cr_assert_eq(la, strlen(pdf) + 76);
	cr_assert_str_eq(a, b);
	cr_assert_not_null(strstr(a, "trailer\n<<\n/ID [<"), "%s", a);
	cr_assert_str_neq(strstr(a, "/ID"), strstr(c, "/ID"));
	cr_assert_eq(pdfa_set_id(&none, &ln), -1);
	free(a);
	free(b);
	free(c);
	free(none);
}

/* A sign-off's time goes into the Info dictionary and the XMP alike. */
Test(dev_pdfa, the_time_of_when_dates_the_file)
{
	struct dev_pdf_opts o = { 1, 1764763200 };	/* 2025-12-03 12:00:00 UTC */
	struct dev_pdf *p = dev_pdf_new("fonts", &o);
	struct dev_meta m = { "When", "Clerk", NULL, NULL, "2020-01-01", 0 };
	struct rgb black = { 0, 0, 0 };
	const char *path;
	char *data, *dir = tmpdir_new();
	struct dev d;
	struct run r;
	size_t len;

	cr_assert_not_null(p, "%s", said());
	d = dev_pdf_device(p);
	d.ops->set_meta(d.ctx, &m);
	cr_assert_eq(d.ops->page(d.ctx, 0, 595, 842), 0);
	d.ops->text(d.ctx, FONT_REGULAR, 10, black, 72, 72, "When", 4, -1);
	cr_assert_eq(dev_pdf_finish(p, &data, &len), 0, "%s", said());
	path = xasprintf("%s/when.pdf", dir);
	put_file(path, data, len);
	cr_assert_eq(run_sh(&r, "pdfinfo -rawdates '%s'; pdfinfo -meta '%s'", path, path), 0);
	cr_assert_not_null(strstr(r.out, "CreationDate:    D:20251203120000+00'00'\n"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "ModDate:         D:20251203120000+00'00'\n"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "<xmp:CreateDate>2025-12-03T12:00:00+00:00<"), "%s", r.out);
	cr_assert_not_null(strstr(r.out, "<xmp:ModifyDate>2025-12-03T12:00:00+00:00<"), "%s", r.out);
	run_free(&r);
	free(data);
	free((char *)path);
	dev_pdf_free(p);
	rm_rf(dir);
	free(dir);
}
