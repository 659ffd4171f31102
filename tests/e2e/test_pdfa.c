/* End-to-end tests of render --pdfa: Apache PDFBox Preflight (Debian's
 * libpdfbox2-java) judges every demo paper, pdfinfo and qpdf read them
 * back, and the same paper renders to the same bytes twice. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "util.h"

TestSuite(pdfa, .init = fixture_setup, .fini = fixture_teardown);

#define PREFLIGHT "java -cp /usr/share/java/preflight.jar:/usr/share/java/pdfbox2.jar:" \
	"/usr/share/java/fontbox2.jar:/usr/share/java/xmpbox.jar:" \
	"/usr/share/java/commons-logging.jar:/usr/share/java/javax.activation.jar:" \
	"/usr/share/java/jaxb-api.jar org.apache.pdfbox.preflight.Validator_A1b"

/* Every paper rendered with --pdfa into the fixture's folder dir. */
static const char *
render_all(const char *dir)
{
	const char *out = fixture_path(dir, 1);
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--all", "--pdfa", "--out", out,
	    NULL), 0, "%s", r.err);
	run_free(&r);
	return out;
}

/* What the shell command prints; it must succeed. Caller frees. */
static char *
output_of(const char *cmd)
{
	struct run r;
	char *out;

	cr_assert_eq(run_sh(&r, "%s", cmd), 0, "%s: %s%s", cmd, r.out, r.err);
	out = xstrdup(r.out);
	run_free(&r);
	return out;
}

/* One JVM for all the files (Preflight's group mode, which writes its
 * verdicts as XML beside the list): a JVM a file costs seconds each. */
Test(pdfa, every_demo_paper_is_valid_pdfa_1b_tagged_and_the_same_twice, .timeout = 240)
{
	const char *a = render_all("a"), *b = render_all("b");
	char *list = xasprintf("%s/list", e2e.dir), *cmd, *xml, *s;
	struct run r;

	cr_assert_eq(count_entries(a), DEMO_PAPERS);
	cmd = xasprintf("ls '%s'/*.pdf > '%s'", a, list);
	free(output_of(cmd));
	free(cmd);
	cmd = xasprintf("for f in '%s'/*.pdf; do n=$(basename \"$f\"); cmp \"$f\" '%s'/\"$n\" && "
	    "pdfinfo \"$f\" | grep -q '^Tagged: *yes' && qpdf --check \"$f\" >/dev/null && "
	    "echo \"ok $n\"; done", a, b);
	s = output_of(cmd);
	cr_assert_eq(count_in(s, "ok "), DEMO_PAPERS, "not the same twice, untagged or not clean to "
	    "qpdf --check:\n%s", s);
	free(s);
	free(cmd);
	cmd = xasprintf(PREFLIGHT " xml group '%s'", list);
	cr_assert_eq(run_sh(&r, "%s", cmd), 0, "Preflight: %s%s", r.out, r.err);
	run_free(&r);
	free(cmd);
	cmd = xasprintf("%s.preflight.xml", list);
	xml = read_file(cmd, NULL);
	cr_assert_not_null(xml, "no %s", cmd);
	cr_assert_eq(count_in(xml, "<isValid type=\"PDF/A1-b\">true</isValid>"), DEMO_PAPERS,
	    "Preflight finds errors:\n%s", xml);
	free(xml);
	free(cmd);
	free(list);
}

/* The title goes into the XMP escaped, and the XMP says what the Info
 * dictionary does, read back by poppler. */
Test(pdfa, the_metadata_says_what_the_info_dictionary_says)
{
	const char *pdf = fixture_path("amp.pdf", 0);
	char *cmd, *info, *meta, *want;
	struct run r;
	int y, mo, d, h, mi, s;
	long at;

	sql_on(e2e.db, "UPDATE paper SET title = 'Finance & Resources <2025>' WHERE id = 1");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "1", "--pdfa", "-o", pdf,
	    NULL), 0, "%s", r.err);
	run_free(&r);
	cmd = xasprintf("pdfinfo -rawdates '%s'", pdf);
	info = output_of(cmd);
	free(cmd);
	cmd = xasprintf("pdfinfo -meta '%s'", pdf);
	meta = output_of(cmd);
	free(cmd);
	cr_assert_geq(find(info, " Finance & Resources <2025>\n"), 0, "%s", info);
	cr_assert_geq(find(meta, "<rdf:li xml:lang=\"x-default\">Finance &amp; Resources "
	    "&lt;2025&gt;</rdf:li>"), 0, "%s", meta);
	cr_assert_geq(find(meta, "<pdfaid:part>1</pdfaid:part>"), 0, "%s", meta);
	cr_assert_geq(find(meta, "<pdfaid:conformance>B</pdfaid:conformance>"), 0, "%s", meta);
	at = find(info, "CreationDate:    D:");
	cr_assert_geq(at, 0, "%s", info);
	cr_assert_eq(sscanf(info + at + 19, "%4d%2d%2d%2d%2d%2d", &y, &mo, &d, &h, &mi, &s), 6);
	cr_assert_geq(find(info, "+00'00'\n"), 0, "a zone, UTC: %s", info);
	want = xasprintf("<xmp:CreateDate>%04d-%02d-%02dT%02d:%02d:%02d+00:00</xmp:CreateDate>\n"
	    "   <xmp:ModifyDate>%04d-%02d-%02dT%02d:%02d:%02d+00:00</xmp:ModifyDate>",
	    y, mo, d, h, mi, s, y, mo, d, h, mi, s);
	cr_assert_geq(find(meta, want), 0, "Info:\n%s\nXMP:\n%s", info, meta);
	cr_assert_geq(find(info, "ModDate:         D:"), 0);
	cr_assert_eq(strncmp(info + find(info, "ModDate:         D:") + 19, info + at + 19, 14), 0,
	    "%s", info);
	free(want);
	free(info);
	free(meta);
}

Test(pdfa, the_option_is_in_the_usage)
{
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--help", NULL), 0);
	cr_assert_geq(find(r.out, "--pdfa"), 0, "%s", r.out);
	run_free(&r);
}

/* What a reader's viewer and assistive technology get of the outline and
 * links, read back by qpdf's JSON (strings decoded, as u:TEXT). */
Test(pdfa, bookmarks_keep_the_zoom_and_links_say_their_text)
{
	const char *pdf = fixture_path("plain.pdf", 0);
	char *cmd, *json;
	struct run r;

	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "1", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	cmd = xasprintf("qpdf --json=2 --json-key=qpdf '%s' | tr -d ' \\n'", pdf);
	json = output_of(cmd);
	cr_assert_gt(count_in(json, "\"/Dest\":["), 1, "%s", json);
	cr_assert_eq(count_in(json, "\"/XYZ\",0,"), count_in(json, "\"/Dest\":["));
	cr_assert_eq(count_in(json, ",null]"), count_in(json, "\"/Dest\":["), "a zoom is forced");
	cr_assert_eq(count_in(json, "\"/Type\":\"/Outlines\""), 1, "only the outline root");
	cr_assert_geq(find(json, "\"/Contents\":\"u:anna.syson@cambridgeshire.gov.uk\""), 0,
	    "the link's text");
	free(json);
	free(cmd);
}

/* A draft is no PDF/A, but its XMP gives the title its Info does. */
Test(pdfa, a_plain_pdf_has_its_title_in_the_xmp_too)
{
	const char *pdf = fixture_path("title.pdf", 0);
	char *cmd, *meta;
	struct run r;

	sql_on(e2e.db, "UPDATE paper SET title = 'Finance & Resources' WHERE id = 1");
	cr_assert_eq(run_docket(&r, "render", "--db", e2e.db, "--paper", "1", "-o", pdf, NULL), 0,
	    "%s", r.err);
	run_free(&r);
	cmd = xasprintf("pdfinfo -meta '%s'", pdf);
	meta = output_of(cmd);
	cr_assert_geq(find(meta, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Finance &amp; "
	    "Resources</rdf:li>"), 0, "%s", meta);
	cr_assert_lt(find(meta, "pdfaid"), 0, "%s", meta);
	free(meta);
	free(cmd);
}
