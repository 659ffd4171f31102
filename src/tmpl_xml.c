/* tmpl_xml.c: the only file that includes libxml2. Reads a template safely
 * (no network, no DOCTYPE, no entities, includes only from inside the
 * templates folder), validates it against the language's RELAX NG schema,
 * and gives it as docket's own tree (ttree.h). */
#include "ttree.h"

#include <errno.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xinclude.h>
#include <libxml/xmlerror.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A template is a few kilobytes; more is a file that is not one. */
#define TMPL_MAX_BYTES	(10 << 20)

struct xmlerrs {
	const char *path;	/* the template, for an error libxml2 gives no file */
	const struct ttree *t;	/* for columns, once the template is read */
	int         count;
	int         first_only;	/* well-formedness: the first error says it */
	xmlNodePtr  culprit;	/* validation: the element the first error is about */
	char      **said;	/* the messages given, each once */
	size_t      nsaid, saidcap;
};

static void
on_xml_error(void *data, xmlErrorPtr e)
{
	struct xmlerrs *errs = data;
	const xmlNode *node = e->node;
	struct srcpos p = { node != NULL && node->_private ? (const char *)node->_private :
	    e->file != NULL ? e->file : errs->path,
	    (unsigned)(e->line > 0 ? e->line : 0), (unsigned)(e->int2 > 0 ? e->int2 : 0), NULL };
	size_t n = e->message ? strlen(e->message) : 0;

	if (e->level < XML_ERR_ERROR || (errs->first_only && errs->count > 0))
		return;
	if (errs->culprit == NULL && node != NULL && node->type == XML_ELEMENT_NODE)
		errs->culprit = (xmlNodePtr)node;
	if (errs->t != NULL && node != NULL && node->type == XML_ELEMENT_NODE && p.col == 0) {
		char *needle = xasprintf("<%s", (const char *)node->name);

		ttree_locate(errs->t, &p, needle);
		free(needle);
	}
	while (n > 0 && e->message[n - 1] == '\n')
		n--;
	/* Validating again after taking an element out repeats what was
	 * said of the others: each message is said once. */
	{
		char *said = xasprintf("%s:%u:%u:%.*s", p.file ? p.file : "", p.line, p.col, (int)n,
		    e->message ? e->message : "");
		size_t i;

		for (i = 0; i < errs->nsaid && strcmp(errs->said[i], said) != 0; i++)
			;
		if (i < errs->nsaid) {
			free(said);
			return;
		}
		errs->said = xgrow(errs->said, &errs->saidcap, errs->nsaid + 1, sizeof *errs->said);
		errs->said[errs->nsaid++] = said;
	}
	diag(D_TMPL_XML, &p, "%.*s", (int)n, e->message ? e->message : "malformed XML");
	errs->count++;
}

/* Parsing a template loads nothing at all: no DTD, no entity. */
static xmlParserInputPtr
refuse_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	(void)url;
	(void)id;
	(void)ctxt;
	return NULL;
}

/* A DOCTYPE stops the parser where it starts, before its internal subset
 * declares a single entity: an entity bomb is never expanded. */
static void
on_doctype(void *data, const xmlChar *name, const xmlChar *ext, const xmlChar *sys)
{
	xmlParserCtxtPtr ctxt = data;
	struct srcpos *at = ctxt->_private;

	(void)name;
	(void)ext;
	(void)sys;
	at->line = (unsigned)(ctxt->input->line > 0 ? ctxt->input->line : 1);
	at->col = 1;
	xmlStopParser(ctxt);
}

/* What the loader below may read: files inside the templates folder. */
static const char *include_dir;
static xmlExternalEntityLoader default_loader;
static int refusals;	/* includes the loader refused */

/* A fragment is refused before it is parsed when it has a DOCTYPE (its
 * internal subset could hold an entity bomb): 1 with the diagnostic
 * emitted at url, else 0. */
static int
has_doctype(const char *url, const char *real)
{
	char *text = read_file(real, NULL);
	const char *at = text != NULL ? strstr(text, "<!DOCTYPE") : NULL, *k;
	struct srcpos p = { url, 1, 1, NULL };

	for (k = text; at != NULL && k < at; k++) {
		p.col = *k == '\n' ? 1 : p.col + 1;
		p.line += *k == '\n';
	}
	if (at != NULL)
		diag(D_TMPL_DOCTYPE, &p, NULL);
	free(text);
	return at != NULL;
}

/* Templates load nothing from outside: no DTD, no entity, no network;
 * an XInclude only of a file inside the templates folder. */
static xmlParserInputPtr
confined_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt)
{
	char *real = NULL;
	const char *path = url;
	size_t n;
	xmlParserInputPtr in = NULL;

	if (include_dir == NULL || url == NULL)
		return NULL;
	if (strncmp(path, "file://", 7) == 0)
		path += 7;
	if (strstr(path, "://") != NULL) {
		struct srcpos p = { url, 0, 0, NULL };

		diag(D_INCLUDE_OUTSIDE, &p, "%s", include_dir);
		refusals++;
		return NULL;
	}
	real = realpath(path, NULL);
	n = strlen(include_dir);
	if (real != NULL && strncmp(real, include_dir, n) == 0 && real[n] == '/') {
		if (has_doctype(url, real) == 0)
			in = default_loader(real, id, ctxt);
		else
			refusals++;
	} else {
		struct srcpos p = { url, 0, 0, NULL };

		if (real == NULL)
			diag(D_INCLUDE_MISSING, &p, "%s", strerror(errno));
		else
			diag(D_INCLUDE_OUTSIDE, &p, "%s", include_dir);
		refusals++;
	}
	free(real);
	return in;
}

/* A template being read: its tree, whose sources come in as the includes
 * are resolved, and libxml2's document until it is converted. */
struct reader {
	struct ttree *t;
	char         *dir;		/* the templates folder, resolved */
	xmlDocPtr     xdoc;
};

void
ttree_locate(const struct ttree *t, struct srcpos *p, const char *needle)
{
	const char *text = NULL, *s, *hit, *eol;
	unsigned line = 1, k;
	size_t i;

	if (p->file == NULL || p->line == 0)
		return;
	if (strcmp(p->file, t->path) == 0)
		text = t->text;
	for (i = 0; text == NULL && i < t->nfiles; i++)
		if (strcmp(p->file, t->files[i]) == 0)
			text = t->ftexts[i];
	if (text == NULL)
		return;
	for (s = text; *s != '\0' && line < p->line; s++)
		line += *s == '\n';
	for (k = 0; k < 40 && *s != '\0'; k++, line++) {
		eol = strchr(s, '\n');
		hit = strstr(s, needle);
		if (hit != NULL && (eol == NULL || hit < eol)) {
			p->line = line;
			p->col = (unsigned)(hit - s) + 1;
			return;
		}
		if (eol == NULL)
			return;
		s = eol + 1;
	}
}

static int
count_includes(xmlNodePtr n)
{
	int k = 0;

	for (; n != NULL; n = n->next) {
		if (n->type == XML_ELEMENT_NODE && n->ns != NULL &&
		    strcmp((const char *)n->name, "include") == 0)
			k++;
		if (n->type == XML_ELEMENT_NODE)
			k += count_includes(n->children);
	}
	return k;
}

/* Each element from an included fragment gets the fragment's file name
 * (from the xml:base XInclude put on it; strip_bases then removes those,
 * as the language has no such attribute), so messages point into it. */
static void
mark_files(struct reader *r, xmlNodePtr n, const char *file)
{
	struct ttree *t = r->t;

	for (; n != NULL; n = n->next) {
		const char *here = file;
		xmlChar *base;

		if (n->type != XML_ELEMENT_NODE) {
			n->_private = (void *)here;	/* a text says where it stands too */
			continue;
		}
		if (xmlHasNsProp(n, BAD_CAST "base", XML_XML_NAMESPACE) != NULL &&
		    (base = xmlNodeGetBase(n->doc, n)) != NULL) {
			size_t i;

			for (i = 0; i < t->nfiles && strcmp(t->files[i], (char *)base) != 0; i++)
				;
			if (i == t->nfiles) {
				t->files = xrealloc(t->files, (t->nfiles + 1) * sizeof *t->files);
				t->ftexts = xrealloc(t->ftexts, (t->nfiles + 1) * sizeof *t->ftexts);
				t->files[t->nfiles] = xstrdup((char *)base);
				t->ftexts[t->nfiles++] = read_file((char *)base, NULL);
			}
			here = t->files[i];
			xmlFree(base);
		}
		n->_private = (void *)here;
		mark_files(r, n->children, here);
	}
}

static void
strip_bases(xmlNodePtr n)
{
	xmlAttrPtr a;

	for (; n != NULL; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if ((a = xmlHasNsProp(n, BAD_CAST "base", XML_XML_NAMESPACE)) != NULL)
			xmlRemoveProp(a);
		strip_bases(n->children);
	}
}

/* Resolves the XIncludes, each confined to the templates folder; an
 * include that was refused or failed leaves its element behind. */
static int
resolve_includes(struct reader *r, struct xmlerrs *errs)
{
	struct srcpos p = { r->t->path, 0, 0, NULL };
	int rc;

	include_dir = r->dir;
	refusals = 0;
	default_loader = xmlGetExternalEntityLoader();
	xmlSetExternalEntityLoader(confined_loader);
	rc = xmlXIncludeProcessFlags(r->xdoc, XML_PARSE_NONET | XML_PARSE_NOXINCNODE);
	xmlSetExternalEntityLoader(default_loader);
	include_dir = NULL;
	mark_files(r, xmlDocGetRootElement(r->xdoc), NULL);
	strip_bases(xmlDocGetRootElement(r->xdoc));
	/* A refused include fails the template even where a fallback
	 * stood in for it: the template asked for what it may not have. */
	if (refusals > 0)
		return -1;
	if (rc < 0 || count_includes(xmlDocGetRootElement(r->xdoc)) > 0) {
		if (errs->count == 0)
			diag(D_INCLUDE_UNREADABLE, &p, "%s",
			    r->dir);
		return -1;
	}
	return 0;
}

/* The names the schema gives: each element and every attribute it may
 * carry in any context, read from the RELAX NG grammar itself so that the
 * language is defined in one place. */
struct names {
	size_t n;
	struct {
		const xmlChar *element;
		const xmlChar *attrs[16];
		size_t         nattrs;
	} e[64];
};

static xmlNodePtr
rng_define(xmlNodePtr grammar, const xmlChar *name)
{
	xmlNodePtr d;

	for (d = grammar->children; d != NULL; d = d->next)
		if (d->type == XML_ELEMENT_NODE && xmlStrEqual(d->name, BAD_CAST "define")) {
			xmlChar *v = xmlGetProp(d, BAD_CAST "name");
			int same = xmlStrEqual(v, name);

			xmlFree(v);
			if (same)
				return d;
		}
	return NULL;
}

/* Adds the attributes in pattern p (not those of nested elements) to e. */
static void
rng_attrs(xmlNodePtr grammar, xmlNodePtr p, int depth, const xmlChar **attrs, size_t *n)
{
	xmlNodePtr c;

	for (c = p->children; c != NULL && depth < 16; c = c->next) {
		xmlChar *name;
		size_t k;

		if (c->type != XML_ELEMENT_NODE || xmlStrEqual(c->name, BAD_CAST "element"))
			continue;
		name = xmlGetProp(c, BAD_CAST "name");
		if (xmlStrEqual(c->name, BAD_CAST "attribute") && name != NULL) {
			for (k = 0; k < *n && !xmlStrEqual(attrs[k], name); k++)
				;
			if (k == *n && *n < 16)
				attrs[(*n)++] = xmlDictLookup(c->doc->dict, name, -1);
		} else if (xmlStrEqual(c->name, BAD_CAST "ref") && name != NULL) {
			xmlNodePtr d = rng_define(grammar, name);

			if (d != NULL)
				rng_attrs(grammar, d, depth + 1, attrs, n);
		} else
			rng_attrs(grammar, c, depth + 1, attrs, n);
		xmlFree(name);
	}
}

static void
rng_names(xmlNodePtr grammar, xmlNodePtr p, struct names *out)
{
	xmlNodePtr c;

	for (c = p->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (xmlStrEqual(c->name, BAD_CAST "element")) {
			xmlChar *name = xmlGetProp(c, BAD_CAST "name");
			const xmlChar *key = name ? xmlDictLookup(c->doc->dict, name, -1) : NULL;
			size_t k;

			xmlFree(name);
			for (k = 0; k < out->n && out->e[k].element != key; k++)
				;
			if (key != NULL && k == out->n && out->n < 64)
				out->e[out->n++].element = key;
			if (key != NULL && k < out->n)
				rng_attrs(grammar, c, 0, out->e[k].attrs, &out->e[k].nattrs);
		}
		rng_names(grammar, c, out);
	}
}

/* Every element and attribute the schema does not know, all reported;
 * the schema's own messages for these are poorer and stop at the first. */
static int
check_names(const struct names *nm, const struct ttree *t, xmlNodePtr x)
{
	const char *file = t->path;
	int errors = 0;
	size_t k, i;
	xmlAttrPtr a;

	for (; x != NULL; x = x->next) {
		struct srcpos p = { x->_private ? (const char *)x->_private : file,
		    (unsigned)xmlGetLineNo(x), 0, NULL };

		if (x->type != XML_ELEMENT_NODE)
			continue;
		for (k = 0; k < nm->n && !xmlStrEqual(nm->e[k].element, x->name); k++)
			;
		if (k == nm->n || x->ns != NULL) {
			char *needle = xasprintf("<%s", (const char *)x->name);

			ttree_locate(t, &p, needle);
			free(needle);
			diag(D_UNKNOWN_ELEMENT, &p, "<%s>", (const char *)x->name);
			errors++;
			continue;
		}
		for (a = x->properties; a != NULL; a = a->next) {
			for (i = 0; i < nm->e[k].nattrs && !xmlStrEqual(nm->e[k].attrs[i], a->name); i++)
				;
			if (i == nm->e[k].nattrs) {
				struct srcpos ap = p;
				char *needle = xasprintf("%s=", (const char *)a->name);

				ttree_locate(t, &ap, needle);
				free(needle);
				diag(D_UNKNOWN_ATTRIBUTE, &ap, "%s on <%s>", (const char *)a->name,
				    (const char *)x->name);
				errors++;
			}
		}
		errors += check_names(nm, t, x->children);
	}
	return errors;
}

static int
validate(struct reader *r, struct xmlerrs *errs)
{
	char *rng = xasprintf("%s/docket.rng", r->dir), *text;
	xmlDocPtr rngdoc = NULL;
	xmlExternalEntityLoader old = xmlGetExternalEntityLoader();
	size_t len;
	int rng_errno = 0;

	/* The schema is read like a template, and may include nothing (a
	 * templates folder is not trusted to reach the network or other
	 * files through it). */
	xmlSetExternalEntityLoader(refuse_entity);
	if ((text = read_file(rng, &len)) != NULL)
		rngdoc = xmlReadMemory(text, (int)len, rng, NULL, XML_PARSE_NONET);
	else
		rng_errno = errno;
	free(text);
	xmlSetExternalEntityLoader(old);
	xmlRelaxNGParserCtxtPtr pctxt = NULL;
	xmlRelaxNGPtr schema = NULL;
	xmlRelaxNGValidCtxtPtr vctxt = NULL;
	struct names *nm = xcalloc(1, sizeof *nm);
	int rc = -1, round;

	errs->first_only = 0;
	errs->t = r->t;
	xmlSetExternalEntityLoader(refuse_entity);
	if (rngdoc != NULL && (pctxt = xmlRelaxNGNewDocParserCtxt(rngdoc)) != NULL)
		schema = xmlRelaxNGParse(pctxt);
	xmlSetExternalEntityLoader(old);
	if (schema == NULL) {
		struct srcpos p = { rng, 0, 0, NULL };

		diag(D_SCHEMA_UNREADABLE, &p, "%s", rng_errno != 0 ? strerror(rng_errno) :
		    rngdoc == NULL ? "not well-formed XML" : "not a RELAX NG schema");
		goto out;
	}
	rng_names(xmlDocGetRootElement(rngdoc), xmlDocGetRootElement(rngdoc), nm);
	if (check_names(nm, r->t, xmlDocGetRootElement(r->xdoc)) > 0)
		goto out;
	vctxt = xmlRelaxNGNewValidCtxt(schema);
	xmlRelaxNGSetValidStructuredErrors(vctxt, on_xml_error, errs);
	/* libxml2 stops at the first element out of place: take that element
	 * out and validate again, so that one run reports them all. */
	for (round = 0; round < 50; round++) {
		errs->culprit = NULL;
		if (xmlRelaxNGValidateDoc(vctxt, r->xdoc) == 0)
			break;
		if (errs->culprit == NULL || errs->culprit == xmlDocGetRootElement(r->xdoc))
			break;
		xmlUnlinkNode(errs->culprit);
		xmlFreeNode(errs->culprit);
	}
	rc = errs->count == 0 ? 0 : -1;
out:
	free(nm);
	xmlRelaxNGFreeValidCtxt(vctxt);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctxt);
	xmlFreeDoc(rngdoc);
	free(rng);
	return rc;
}

/* The element kinds by name, as the schema spells them. */
static const char *const kinds[] = {
	[T_PAPER] = "paper", [T_QUERY] = "query", [T_FRONTSHEET] = "frontsheet",
	[T_FIELD] = "field", [T_CONTENTS] = "contents", [T_SECTION] = "section",
	[T_APPENDIX] = "appendix", [T_P] = "p", [T_LIST] = "list", [T_ITEM] = "item",
	[T_TABLE] = "table", [T_HEAD] = "head", [T_ROW] = "row", [T_CELL] = "cell",
	[T_CHART] = "chart", [T_SERIES] = "series", [T_POINT] = "point",
	[T_PAGEBREAK] = "pagebreak", [T_B] = "b", [T_I] = "i", [T_LINK] = "link",
	[T_REF] = "ref", [T_EACH] = "each", [T_IF] = "if",
};

/* x and what it holds as template nodes, with the lines libxml2 gives. */
static struct tnode *
convert(const struct ttree *t, const xmlNode *x, struct tnode *parent)
{
	struct tnode *n = xcalloc(1, sizeof *n), **link = &n->first, *prev = NULL;
	const xmlNode *before = x->prev ? x->prev : x->parent;
	const xmlNode *c;
	const xmlAttr *a;
	size_t k;

	n->parent = parent;
	/* An included fragment's nodes remember their file (see mark_files). */
	n->pos.file = x->_private ? (const char *)x->_private : t->path;
	n->pos.line = (unsigned)xmlGetLineNo(x);
	/* An included text may have lost its line: its element's is near. */
	if ((int)n->pos.line <= 0 && x->parent != NULL && xmlGetLineNo(x->parent) > 0)
		n->pos.line = (unsigned)xmlGetLineNo(x->parent);
	if (x->type != XML_ELEMENT_NODE) {
		/* libxml2 gives a text the line it ends on: its bindings are
		 * looked for from where it starts, after the node before it or
		 * its parent's tag. */
		if (before != NULL && xmlGetLineNo(before) > 0)
			n->from = (unsigned)xmlGetLineNo(before);
		n->kind = x->type == XML_TEXT_NODE ? T_TEXT :
		    x->type == XML_CDATA_SECTION_NODE ? T_CDATA : T_OTHER;
		if (n->kind != T_OTHER)
			n->text = xstrdup(x->content ? (const char *)x->content : "");
		return n;
	}
	n->name = xstrdup((const char *)x->name);
	for (n->kind = T_PAPER; n->kind < T_UNKNOWN && strcmp(kinds[n->kind], n->name) != 0;
	    n->kind++)
		;
	for (a = x->properties; a != NULL; a = a->next)
		n->nattrs++;
	n->attrs = xcalloc(n->nattrs, sizeof *n->attrs);
	for (a = x->properties, k = 0; a != NULL; a = a->next, k++) {
		xmlChar *v = xmlNodeGetContent((const xmlNode *)a);

		n->attrs[k].name = xstrdup((const char *)a->name);
		n->attrs[k].value = xstrdup(v ? (const char *)v : "");
		xmlFree(v);
	}
	for (c = x->children; c != NULL; c = c->next) {
		*link = convert(t, c, n);
		(*link)->prev = prev;
		prev = *link;
		link = &prev->next;
	}
	return n;
}

/* A template's name, which may come from a database, names a file of the
 * folder and no other: no '/', no "..", and no link out of it. 0 when
 * name is fit to read (a missing file is for the reader to say). */
static int
confined(const char *dir, const char *path, const char *name)
{
	char *real;
	size_t n = strlen(dir);
	int rc;

	if (name[0] == '\0' || name[0] == '.' || strchr(name, '/') != NULL)
		return -1;
	if ((real = realpath(path, NULL)) == NULL)
		return errno == ENOENT ? 0 : -1;
	rc = strncmp(real, dir, n) == 0 && real[n] == '/' && strchr(real + n + 1, '/') == NULL ?
	    0 : -1;
	free(real);
	return rc;
}

struct ttree *
ttree_read(const char *dir, const char *name)
{
	struct ttree *t = xcalloc(1, sizeof *t);
	struct reader r = { t, NULL, NULL };
	struct xmlerrs errs = { NULL, NULL, 0, 1, NULL, NULL, 0, 0 };
	struct srcpos p = {0}, doctype = {0};
	xmlParserCtxtPtr ctxt = NULL;
	xmlExternalEntityLoader old_loader = xmlGetExternalEntityLoader();
	char *text = NULL;
	size_t len;

	t->path = xasprintf("%s/%s", dir, name);
	r.dir = realpath(dir, NULL);
	if (r.dir == NULL)
		r.dir = xstrdup(dir);
	p.file = t->path;
	if (confined(r.dir, t->path, name) == -1) {
		diag(D_TMPL_NAME, &p, NULL);
		goto fail;
	}
	if ((text = t->text = read_file_max(t->path, TMPL_MAX_BYTES, &len)) == NULL) {
		if (errno == EFBIG)
			diag(D_TMPL_TOO_BIG, &p, "over %d bytes", TMPL_MAX_BYTES);
		else
			diag(D_TMPL_MISSING, &p, "%s", strerror(errno));
		goto fail;
	}
	if ((ctxt = xmlNewParserCtxt()) == NULL)
		fatal_oom();
	errs.path = t->path;
	ctxt->sax->internalSubset = on_doctype;
	ctxt->_private = &doctype;
	xmlSetStructuredErrorFunc(&errs, on_xml_error);
	xmlSetExternalEntityLoader(refuse_entity);
	r.xdoc = xmlCtxtReadMemory(ctxt, text, (int)len, t->path, NULL, XML_PARSE_NONET);
	xmlSetExternalEntityLoader(old_loader);
	if (doctype.line > 0) {
		p.line = doctype.line;
		p.col = doctype.col;
		ttree_locate(t, &p, "<!DOCTYPE");
		diag(D_TMPL_DOCTYPE, &p, NULL);
		goto fail;
	}
	if (r.xdoc == NULL || errs.count > 0) {
		if (errs.count == 0)
			diag(D_TMPL_NOT_XML, &p, NULL);
		goto fail;
	}
	if (resolve_includes(&r, &errs) == -1 || validate(&r, &errs) == -1)
		goto fail;
	t->root = convert(t, xmlDocGetRootElement(r.xdoc), NULL);
	goto out;
fail:
	ttree_free(t);
	t = NULL;
out:
	xmlSetStructuredErrorFunc(NULL, NULL);
	xmlFreeParserCtxt(ctxt);
	xmlFreeDoc(r.xdoc);
	free(r.dir);
	while (errs.nsaid > 0)
		free(errs.said[--errs.nsaid]);
	free(errs.said);
	return t;
}

static void
free_nodes(struct tnode *n)
{
	struct tnode *next;
	size_t k;

	for (; n != NULL; n = next) {
		next = n->next;
		free_nodes(n->first);
		for (k = 0; k < n->nattrs; k++) {
			free(n->attrs[k].name);
			free(n->attrs[k].value);
		}
		free(n->attrs);
		free(n->name);
		free(n->text);
		free(n);
	}
}

void
ttree_free(struct ttree *t)
{
	size_t i;

	if (t == NULL)
		return;
	free_nodes(t->root);
	for (i = 0; i < t->nfiles; i++) {
		free(t->files[i]);
		free(t->ftexts[i]);
	}
	free(t->files);
	free(t->ftexts);
	free(t->text);
	free(t->path);
	free(t);
}

const char *
ttree_attr(const struct tnode *n, const char *name)
{
	size_t k;

	for (k = 0; k < n->nattrs; k++)
		if (strcmp(n->attrs[k].name, name) == 0)
			return n->attrs[k].value;
	return NULL;
}
