#ifndef ACTVIEW_CZLIB_SHIM_H
#define ACTVIEW_CZLIB_SHIM_H
#include <zlib.h>
#endif
