#ifndef TEI_EDITION_CLIBXSLT_SHIM_H
#define TEI_EDITION_CLIBXSLT_SHIM_H

// libxslt as seen from Swift. Only the EditionSite target imports this module.
#include <libxml/xmlversion.h>
// See CLibXML2/shim.h: libxml2's ICU declarations clash with Foundation's.
#undef LIBXML_ICU_ENABLED
#include <stdarg.h>
#include <stdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/security.h>
#include <libxslt/xsltutils.h>

// xmlFree is a global function pointer variable; Swift 6 rejects access to global C variables.
// (Named apart from CLibXML2's tei_xmlFree so that a module importing both sees no ambiguity.)
static inline void tei_xslt_free(void *p) { xmlFree(p); }

// libxslt reports errors through printf-like variadic callbacks, which Swift cannot implement.
// A sink receives each formatted fragment instead; `context` is the Swift collector.
typedef void (*tei_xslt_message_fn)(void *context, const char *message);
typedef struct {
    tei_xslt_message_fn receive;
    void *context;
} tei_xslt_sink;

static void tei_xslt_forward(void *sink, const char *format, ...) {
    char buffer[4096];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(buffer, sizeof buffer, format, arguments);
    va_end(arguments);
    tei_xslt_sink *target = (tei_xslt_sink *)sink;
    if (target != NULL && target->receive != NULL) target->receive(target->context, buffer);
}

// Errors of one transformation go to its own sink (per context, so no global state).
static inline void tei_xslt_set_transform_sink(xsltTransformContextPtr context, tei_xslt_sink *sink) {
    xsltSetTransformErrorFunc(context, sink, tei_xslt_forward);
}

// Compilation errors only have libxslt's and libxml2's process-wide handlers; the Swift side
// sets them under a lock for the duration of one compilation and restores the defaults.
static inline void tei_xslt_set_generic_sink(tei_xslt_sink *sink) {
    xsltSetGenericErrorFunc(sink, sink != NULL ? tei_xslt_forward : NULL);
    xmlSetGenericErrorFunc(sink, sink != NULL ? tei_xslt_forward : NULL);
}

#endif
