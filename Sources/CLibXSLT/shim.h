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

// Compilation errors only have libxslt's process-wide handler (and libxml2's, per thread). A
// handler that is the same for every thread is installed, and it forwards to the sink of the
// calling thread: a message libxslt emits on one thread can never reach a sink another thread
// has set (and perhaps already left, its sink being a local variable there).
static __thread tei_xslt_sink *tei_xslt_thread_sink = NULL;

static void tei_xslt_forward_to_thread_sink(void *unused, const char *format, ...) {
    (void)unused;
    tei_xslt_sink *target = tei_xslt_thread_sink;
    if (target == NULL || target->receive == NULL) return;
    char buffer[4096];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(buffer, sizeof buffer, format, arguments);
    va_end(arguments);
    target->receive(target->context, buffer);
}

// Sets (or, with NULL, clears) the calling thread's sink for compilation messages.
static inline void tei_xslt_set_generic_sink(tei_xslt_sink *sink) {
    tei_xslt_thread_sink = sink;
    xsltSetGenericErrorFunc(NULL, tei_xslt_forward_to_thread_sink);
    xmlSetGenericErrorFunc(NULL, sink != NULL ? tei_xslt_forward_to_thread_sink : NULL);
}

#endif
