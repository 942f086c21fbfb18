#ifndef ACTVIEW_CSIGNALGUARD_H
#define ACTVIEW_CSIGNALGUARD_H
#include <stddef.h>

// What a signal does once the guard is installed. The handlers themselves
// are C, in SignalGuard.c, so that they provably do only async-signal-safe
// things.
enum {
    // The signal's own default action (stop, continue, ignore, end).
    ACTVIEW_SIGNAL_DEFAULT = 0,
    // Restore the terminal (saved tty modes, reset strings, held-back
    // stderr) and end at once with status 128 + n.
    ACTVIEW_SIGNAL_END = 1,
    // Write n to the relay descriptor; the explorer's loop acts on it. A
    // second ending signal before the loop has ended the process ends it
    // at once, as ACTVIEW_SIGNAL_END.
    ACTVIEW_SIGNAL_RELAY = 2,
    // Note n for the command to poll (actview_guard_pending); a second one
    // ends at once, as ACTVIEW_SIGNAL_END.
    ACTVIEW_SIGNAL_DEFER = 3,
};

// Takes over every catchable signal whose default action ends the process:
// faults get the crash handler, the rest ACTVIEW_SIGNAL_END. Signals the
// parent set to be ignored stay ignored (nohup, background jobs).
void actview_guard_install(void);

// Sets what `signal` does; returns 0, or -1 for a signal the guard leaves
// alone (an inherited SIG_IGN, or one it cannot catch).
int actview_guard_set_mode(int signal, int mode);
int actview_guard_mode(int signal);

// Whether `signal`'s default action ends the process (faults included).
int actview_guard_ends_by_default(int signal);

// Where ACTVIEW_SIGNAL_RELAY writes (-1: nowhere; relayed signals then end).
void actview_guard_set_relay_fd(int fd);

// The first deferred signal that arrived, or 0.
int actview_guard_pending(void);

// Remembers `fd`'s tty modes, to put back on a signal or a crash.
void actview_guard_save_tty(int fd);
// Appends bytes the terminal needs to leave full-screen mode; written to
// `fd` when the guard restores the terminal.
void actview_guard_add_restore_string(const char *text);
void actview_guard_set_restore_fd(int fd);
// Forgets the saved modes and reset strings (the terminal was restored).
void actview_guard_forget_terminal(void);

// While a full-screen program owns the terminal, stderr goes to an unlinked
// temporary file; releasing it copies that file to the real stderr. The
// guard releases it before it ends the process or reports a crash.
int actview_guard_capture_stderr(void);
void actview_guard_release_stderr(void);

// Stops the process with `signal`'s default action (SIGTSTP for Ctrl-Z)
// and returns once it is continued.
void actview_guard_stop(int signal);

#endif
