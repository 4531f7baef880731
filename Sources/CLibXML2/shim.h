#ifndef TEI_EDITION_CLIBXML2_SHIM_H
#define TEI_EDITION_CLIBXML2_SHIM_H

// libxml2 as seen from Swift. Only the TEIWriter target imports this module.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its headers then redefine UErrorCode, which clashes with
// Foundation's copy of ICU on a clean build. We never use libxml2's ICU entry points.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlmemory.h>

// xmlFree is a global function pointer variable; Swift 6 rejects access to global C variables.
static inline void tei_xmlFree(void *p) { xmlFree(p); }

#endif
