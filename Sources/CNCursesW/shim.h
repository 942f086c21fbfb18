#ifndef ACTVIEW_CNCURSESW_SHIM_H
#define ACTVIEW_CNCURSESW_SHIM_H
// Wide-character curses API (cchar_t, setcchar, wadd_wch) needs this.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <errno.h>
#include <locale.h>
#include <unistd.h>
#include <langinfo.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift imports neither function-like macros (COLOR_PAIR, getmaxyx, KEY_F)
// nor, in Swift 6, the mutable C globals (COLORS, COLOR_PAIRS, stdscr).
// These small functions stand in for them.

static inline attr_t actview_attr_bold(void) { return A_BOLD; }
static inline attr_t actview_attr_dim(void) { return A_DIM; }
static inline attr_t actview_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t actview_attr_reverse(void) { return A_REVERSE; }
static inline attr_t actview_attr_normal(void) { return A_NORMAL; }

static inline int actview_colors(void) { return COLORS; }
static inline int actview_color_pairs(void) { return COLOR_PAIRS; }

static inline int actview_max_y(const WINDOW *w) { return getmaxy(w); }
static inline int actview_max_x(const WINDOW *w) { return getmaxx(w); }

static inline int actview_key_f0(void) { return KEY_F0; }

// The window the current screen draws on (the one newterm made current).
static inline WINDOW *actview_stdscr(void) { return stdscr; }
static inline WINDOW *actview_curscr(void) { return curscr; }

// Builds a cchar_t from up to CCHARW_MAX wide characters (a base character
// and its combining marks) with attributes and a colour pair.
static inline int actview_set_cell(cchar_t *cell, const wchar_t *text, attr_t attributes, int pair) {
    return setcchar(cell, text, attributes, (short)(pair > 32767 ? 0 : pair), NULL);
}

// The terminal size as the kernel reports it; 0 when unknown.
// (term.h defines `lines` and `columns` as macros, hence the odd names.)
static inline void actview_window_size(int fd, int *out_rows, int *out_cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) == 0) {
        *out_rows = size.ws_row;
        *out_cols = size.ws_col;
    } else {
        *out_rows = 0;
        *out_cols = 0;
    }
}

// Whether LC_CTYPE (after setlocale) encodes UTF-8, so braille and Hangul can show.
static inline int actview_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// Terminfo strings for leaving full-screen mode, read once at start so the
// signal guard (CSignalGuard) can write them without calling into curses.
static inline const char *actview_exit_ca_mode(void) { return exit_ca_mode; }
static inline const char *actview_cursor_normal(void) { return cursor_normal; }
static inline const char *actview_exit_attribute_mode(void) { return exit_attribute_mode; }
static inline const char *actview_keypad_local(void) { return keypad_local; }

// Whether the current terminal can move the cursor to any cell (terminfo
// `cup`): without it (TERM=dumb, a printing terminal) no screen can be drawn.
static inline int actview_has_cursor_addressing(void) {
    return cursor_address != NULL && cursor_address != (char *)-1 && cursor_address[0] != 0;
}

// What terminfo says about terminal type `name` without starting curses:
// its number of colours (0 for none) and whether it addresses the cursor.
// Returns -1 when terminfo does not know the name.
static inline int actview_terminfo_query(const char *name, int *colors, int *addressable) {
    int error = 0;
    if (setupterm((char *)name, STDOUT_FILENO, &error) != OK) return -1;
    int count = tigetnum("colors");
    *colors = count > 0 ? count : 0;
    *addressable = actview_has_cursor_addressing();
    del_curterm(cur_term);
    return 0;
}

// The mouse: every press and release of every button, wheel included,
// reported at once (interval 0: the program tells double-clicks itself),
// in xterm's SGR (1006) encoding where the terminal has it, which also
// carries columns past 223. Returns 1 when curses took the mouse.
static inline int actview_mouse_start(FILE *out) {
    mmask_t old = 0;
    mmask_t got = mousemask(ALL_MOUSE_EVENTS, &old);
    mouseinterval(0);
    fputs("\033[?1000h\033[?1006h", out);
    fflush(out);
    return got != 0;
}
static inline void actview_mouse_stop(FILE *out) {
    fputs("\033[?1006l\033[?1000l", out);
    fflush(out);
}
// What leaves mouse reporting, for the signal guard.
static inline const char *actview_mouse_off_sequence(void) { return "\033[?1006l\033[?1000l"; }

// The KEY_MOUSE event curses has decoded: the cell, the button (1 left,
// 2 middle, 3 right, 4 wheel up, 5 wheel down, 0 none) and whether it was
// a release. Returns -1 when there is none.
static inline int actview_mouse_read(int *x, int *y, int *button, int *released) {
    MEVENT e;
    if (getmouse(&e) != OK) return -1;
    mmask_t b = e.bstate;
    *x = e.x;
    *y = e.y;
    *released = 0;
    if (b & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED)) *button = 1;
    else if (b & BUTTON1_RELEASED) { *button = 1; *released = 1; }
    else if (b & (BUTTON2_PRESSED | BUTTON2_CLICKED)) *button = 2;
    else if (b & BUTTON2_RELEASED) { *button = 2; *released = 1; }
    else if (b & (BUTTON3_PRESSED | BUTTON3_CLICKED)) *button = 3;
    else if (b & BUTTON3_RELEASED) { *button = 3; *released = 1; }
    else if (b & BUTTON4_PRESSED) *button = 4;
    else if (b & BUTTON5_PRESSED) *button = 5;
    else *button = 0;
    return 0;
}
static inline int actview_key_mouse(void) { return KEY_MOUSE; }

#endif
