#ifndef ACTVIEW_CNCURSESW_SHIM_H
#define ACTVIEW_CNCURSESW_SHIM_H
// Wide-character curses API (cchar_t, setcchar, wadd_wch) needs this.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>
#endif
