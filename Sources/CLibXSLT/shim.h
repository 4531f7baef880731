#ifndef TEI_EDITION_CLIBXSLT_SHIM_H
#define TEI_EDITION_CLIBXSLT_SHIM_H

// libxslt as seen from Swift. Only the EditionSite target imports this module.
#include <libxml/xmlversion.h>
// See CLibXML2/shim.h: libxml2's ICU declarations clash with Foundation's.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

#endif
