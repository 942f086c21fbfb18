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

// Terminfo strings for leaving full-screen mode, read once at start so a
// crash handler can write them without calling into curses.
static inline const char *actview_exit_ca_mode(void) { return exit_ca_mode; }
static inline const char *actview_cursor_normal(void) { return cursor_normal; }
static inline const char *actview_exit_attribute_mode(void) { return exit_attribute_mode; }
static inline const char *actview_keypad_local(void) { return keypad_local; }

// ---- Signals -------------------------------------------------------------
// The handlers live here, in C, so they provably do only async-signal-safe
// things: the relay handler writes the signal number to a self-pipe that the
// live loop polls (the loop then restores the terminal and exits, suspends or
// resizes on the main thread); the crash handler puts back the saved tty
// modes and writes the terminfo reset strings with write(2), then lets the
// default action run. Only the Terminal target calls these, so the static state
// below exists once per program.

// Weak definitions: every object file that includes this header (Swift
// emits one per source file) shares one copy of the state.
__attribute__((weak)) int actview_signal_fd = -1;
__attribute__((weak)) struct termios actview_saved_termios = {0};
__attribute__((weak)) int actview_has_saved_termios = 0;
__attribute__((weak)) int actview_tty_fd = 0;
__attribute__((weak)) char actview_restore_bytes[512] = {0};
__attribute__((weak)) size_t actview_restore_count = 0;

static void actview_relay_signal(int sig) {
    int saved = errno;
    unsigned char byte = (unsigned char)sig;
    if (actview_signal_fd >= 0) {
        ssize_t ignored = write(actview_signal_fd, &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

// While curses owns the screen, anything written to stderr (a runtime
// "Fatal error" line, a library warning) would land in the middle of a
// frame and then vanish with the alternate screen. It goes to an unlinked
// temporary file instead, and is copied to the real stderr once the
// terminal is restored, by a normal stop and by the crash handler alike.
__attribute__((weak)) int actview_saved_stderr = -1;
__attribute__((weak)) int actview_stderr_log = -1;

static inline int actview_capture_stderr(void) {
    char path[] = "/tmp/actview-stderr-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return -1;
    unlink(path);
    int saved = dup(2);
    if (saved < 0) {
        close(fd);
        return -1;
    }
    fflush(stderr);
    if (dup2(fd, 2) < 0) {
        close(fd);
        close(saved);
        return -1;
    }
    actview_saved_stderr = saved;
    actview_stderr_log = fd;
    return 0;
}

// Async-signal-safe: dup2, lseek, read, write and close only.
static void actview_release_stderr(void) {
    if (actview_saved_stderr < 0) return;
    dup2(actview_saved_stderr, 2);
    close(actview_saved_stderr);
    actview_saved_stderr = -1;
    if (actview_stderr_log >= 0) {
        char buffer[4096];
        ssize_t n;
        lseek(actview_stderr_log, 0, SEEK_SET);
        while ((n = read(actview_stderr_log, buffer, sizeof buffer)) > 0) {
            ssize_t ignored = write(2, buffer, (size_t)n);
            (void)ignored;
        }
        close(actview_stderr_log);
        actview_stderr_log = -1;
    }
}

static inline void actview_release_stderr_now(void) { actview_release_stderr(); }

static void actview_crash_signal(int sig) {
    if (actview_has_saved_termios) tcsetattr(actview_tty_fd, TCSANOW, &actview_saved_termios);
    if (actview_restore_count > 0) {
        ssize_t ignored = write(actview_tty_fd == 0 ? 1 : actview_tty_fd, actview_restore_bytes, actview_restore_count);
        (void)ignored;
    }
    actview_release_stderr();
    // SA_RESETHAND has put back the default action, and SA_NODEFER lets
    // this raise land at once: the process ends as the signal intended
    // (also when the signal came from kill(1) rather than a fault).
    raise(sig);
}

static inline int actview_install_handler(int sig, int relay) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    if (relay) {
        action.sa_handler = actview_relay_signal;
        action.sa_flags = SA_RESTART;
    } else {
        action.sa_handler = actview_crash_signal;
        action.sa_flags = SA_RESETHAND | SA_NODEFER;
    }
    return sigaction(sig, &action, NULL);
}

static inline void actview_default_handler(int sig) { signal(sig, SIG_DFL); }

// Where relayed signal numbers go (-1: nowhere).
static inline void actview_set_signal_fd(int fd) { actview_signal_fd = fd; }

// Remembers the tty modes from before curses changed them.
static inline void actview_save_tty_modes(int fd) {
    actview_tty_fd = fd;
    actview_has_saved_termios = tcgetattr(fd, &actview_saved_termios) == 0;
}

// Appends a terminfo string to the bytes the crash handler writes.
static inline void actview_add_restore_string(const char *text) {
    if (text == NULL || text == (const char *)-1) return;
    size_t n = strlen(text);
    if (actview_restore_count + n > sizeof actview_restore_bytes) return;
    memcpy(actview_restore_bytes + actview_restore_count, text, n);
    actview_restore_count += n;
}

static inline void actview_clear_restore_strings(void) {
    actview_restore_count = 0;
    actview_has_saved_termios = 0;
}

#endif
