// The process's signal handlers. Everything a handler calls here is on
// POSIX's list of async-signal-safe functions: write, read, lseek, dup2,
// open, close, tcsetattr, sigaction, sigprocmask, raise, getpid, _exit.
#include "CSignalGuard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#ifndef NSIG
#define NSIG 65
#endif

static volatile sig_atomic_t modes[NSIG];
// Set for the signals the parent handed down as ignored.
static volatile sig_atomic_t inherited_ignore[NSIG];
static volatile sig_atomic_t installed = 0;
static volatile sig_atomic_t relay_fd = -1;
static volatile sig_atomic_t pending = 0;
// An ending signal has been relayed and the loop has not ended yet.
static volatile sig_atomic_t ending_relayed = 0;

static struct termios saved_termios;
static volatile sig_atomic_t has_saved_termios = 0;
static volatile sig_atomic_t tty_fd = 0;
static volatile sig_atomic_t restore_fd = 1;
static char restore_bytes[512];
static volatile sig_atomic_t restore_count = 0;

static volatile sig_atomic_t saved_stderr = -1;
static volatile sig_atomic_t stderr_log = -1;

// The runtime's crash handlers (the Swift backtracer), called after the
// terminal is back so its report lands on a usable screen.
static struct sigaction previous_crash_action[NSIG];

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP,
#ifdef SIGSYS
                                    SIGSYS,
#endif
};

static const int ending_signals[] = {
    SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2,
#ifdef SIGVTALRM
    SIGVTALRM,
#endif
#ifdef SIGPROF
    SIGPROF,
#endif
#ifdef SIGXCPU
    SIGXCPU,
#endif
#ifdef SIGXFSZ
    SIGXFSZ,
#endif
#ifdef SIGIO
    SIGIO,
#endif
#ifdef SIGPWR
    SIGPWR,
#endif
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
#ifdef SIGLOST
    SIGLOST,
#endif
};

static int contains(const int *list, size_t count, int signal) {
    for (size_t i = 0; i < count; i++) {
        if (list[i] == signal) return 1;
    }
    return 0;
}

static int is_crash_signal(int signal) {
    return contains(crash_signals, sizeof crash_signals / sizeof crash_signals[0], signal);
}

int actview_guard_ends_by_default(int signal) {
    if (is_crash_signal(signal)) return 1;
    if (contains(ending_signals, sizeof ending_signals / sizeof ending_signals[0], signal)) return 1;
#ifdef SIGRTMIN
    // Real-time signals end the process by default. glibc keeps the first
    // few for its threads; SIGRTMIN is the first one it leaves to programs.
    if (signal >= SIGRTMIN && signal <= SIGRTMAX) return 1;
#endif
    return 0;
}

// ---- Restoring the terminal ---------------------------------------------

static void write_all(int fd, const char *bytes, size_t count) {
    while (count > 0) {
        ssize_t n = write(fd, bytes, count);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        bytes += n;
        count -= (size_t)n;
    }
}

void actview_guard_release_stderr(void) {
    int saved = saved_stderr;
    if (saved < 0) return;
    saved_stderr = -1;
    dup2(saved, 2);
    close(saved);
    int log = stderr_log;
    stderr_log = -1;
    if (log >= 0) {
        char buffer[4096];
        ssize_t n;
        lseek(log, 0, SEEK_SET);
        while ((n = read(log, buffer, sizeof buffer)) > 0) write_all(2, buffer, (size_t)n);
        close(log);
    }
}

// The terminal as it was before the explorer: tty modes, then the reset
// strings (plain attributes, visible cursor, keypad off, main screen), then
// whatever was written to stderr meanwhile.
static void restore_terminal(void) {
    if (has_saved_termios) {
        has_saved_termios = 0;
        // From the background, tcsetattr would raise SIGTTOU; blocked, it
        // goes through, which is what a dying program needs.
        sigset_t block, old;
        sigemptyset(&block);
        sigaddset(&block, SIGTTOU);
        sigprocmask(SIG_BLOCK, &block, &old);
        tcsetattr(tty_fd, TCSANOW, &saved_termios);
        sigprocmask(SIG_SETMASK, &old, NULL);
    }
    if (restore_count > 0) {
        size_t count = (size_t)restore_count;
        restore_count = 0;
        write_all(restore_fd, restore_bytes, count);
    }
    actview_guard_release_stderr();
}

static void end_now(int signal) {
    restore_terminal();
    _exit(128 + signal);
}

// ---- Handlers -------------------------------------------------------------

static void ending_handler(int signal) {
    int saved_errno = errno;
    int mode = (signal > 0 && signal < NSIG) ? modes[signal] : ACTVIEW_SIGNAL_END;
    if (mode == ACTVIEW_SIGNAL_RELAY && relay_fd >= 0) {
        if (actview_guard_ends_by_default(signal)) {
            // The loop did not act on the first one: it may be stuck.
            if (ending_relayed) end_now(signal);
            ending_relayed = 1;
        }
        unsigned char byte = (unsigned char)signal;
        ssize_t ignored = write(relay_fd, &byte, 1);
        (void)ignored;
        errno = saved_errno;
        return;
    }
    if (mode == ACTVIEW_SIGNAL_DEFER && pending == 0) {
        pending = signal;
        errno = saved_errno;
        return;
    }
    end_now(signal);
}

// A job-control stop that the explorer turns into a suspend (restore the
// terminal, then stop). When the tty driver itself sends SIGTTIN or SIGTTOU
// (the process touched the terminal from the background) it is the stop
// the shell expects, so it is taken as by default.
static void stop_handler(int signal, siginfo_t *info, void *context) {
    (void)context;
    int saved_errno = errno;
#ifdef SI_KERNEL
    int from_tty = info != NULL && info->si_code == SI_KERNEL && (signal == SIGTTIN || signal == SIGTTOU);
#else
    int from_tty = 0;
    (void)info;
#endif
    if (!from_tty && modes[signal] == ACTVIEW_SIGNAL_RELAY && relay_fd >= 0) {
        unsigned char byte = (unsigned char)signal;
        ssize_t ignored = write(relay_fd, &byte, 1);
        (void)ignored;
    } else {
        actview_guard_stop(signal);
    }
    errno = saved_errno;
}

static void install_stop_handler(int signal);

void actview_guard_stop(int signal) {
    struct sigaction action, old;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, &old);
    sigset_t set, previous;
    sigemptyset(&set);
    sigaddset(&set, signal);
    sigprocmask(SIG_UNBLOCK, &set, &previous);
    // Unblocked and at its default action, the signal stops the whole
    // process here; raise returns after SIGCONT.
    raise(signal);
    sigprocmask(SIG_SETMASK, &previous, NULL);
    sigaction(signal, &old, NULL);
}

static void crash_handler(int signal, siginfo_t *info, void *context) {
    restore_terminal();
    // Sent by another process (kill -SEGV): not a crash, so nothing to
    // report; it ends the process as any ending signal does.
    int sent = info != NULL && info->si_code <= 0 && info->si_pid != getpid();
    if (sent) _exit(128 + signal);
    // A real crash. Nothing may wait for a key: the runtime's report reads
    // no input with stdin at /dev/null (it is also told interactive=no).
    int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0) {
        dup2(null_fd, 0);
        if (null_fd != 0) close(null_fd);
    }
    struct sigaction *previous = &previous_crash_action[signal];
    if ((previous->sa_flags & SA_SIGINFO) && previous->sa_sigaction != NULL) {
        previous->sa_sigaction(signal, info, context);
    } else if (!(previous->sa_flags & SA_SIGINFO) && previous->sa_handler != SIG_DFL
               && previous->sa_handler != SIG_IGN && previous->sa_handler != NULL) {
        previous->sa_handler(signal);
    }
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(signal, &fallback, NULL);
    // A fault returns and faults again, now with the default action; a
    // raised signal (abort) is raised again.
    if (info == NULL || info->si_code <= 0) raise(signal);
}

// ---- Installing -----------------------------------------------------------

static int is_ignored_now(int signal) {
    struct sigaction current;
    if (sigaction(signal, NULL, &current) != 0) return 1;
    return !(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_IGN;
}

static void install_ending_handler(int signal) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = ending_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(signal, &action, NULL);
}

static void install_stop_handler(int signal) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = stop_handler;
    sigemptyset(&action.sa_mask);
    // NODEFER: a stop taken inside the handler must not wait for it to return.
    action.sa_flags = SA_RESTART | SA_SIGINFO | SA_NODEFER;
    sigaction(signal, &action, NULL);
}

static void install_default(int signal) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, NULL);
}

static void install_crash_handler(int signal) {
    struct sigaction action, old;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = crash_handler;
    sigemptyset(&action.sa_mask);
    // ONSTACK: a stack overflow can still be reported on an alternate stack
    // where the runtime set one up. RESETHAND: a crash inside the handler
    // ends the process instead of looping.
    action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
    if (sigaction(signal, &action, &old) == 0 && old.sa_sigaction != crash_handler) {
        previous_crash_action[signal] = old;
    }
}

void actview_guard_install(void) {
    if (installed) return;
    installed = 1;
    for (int signal = 1; signal < NSIG; signal++) {
        modes[signal] = ACTVIEW_SIGNAL_DEFAULT;
        inherited_ignore[signal] = 0;
        if (!actview_guard_ends_by_default(signal)) continue;
        if (signal == SIGKILL || signal == SIGSTOP) continue;
        if (is_ignored_now(signal)) {
            inherited_ignore[signal] = 1;
            continue;
        }
        if (is_crash_signal(signal)) {
            install_crash_handler(signal);
        } else {
            modes[signal] = ACTVIEW_SIGNAL_END;
            install_ending_handler(signal);
        }
    }
    // A parent may hand down a mask with some of these blocked (thread
    // pools block signals, and exec keeps the mask); blocked, they would
    // never arrive. Threads started later inherit this thread's mask.
    sigset_t set;
    sigemptyset(&set);
    for (int signal = 1; signal < NSIG; signal++) {
        if (actview_guard_ends_by_default(signal) && !inherited_ignore[signal]) sigaddset(&set, signal);
    }
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    sigaddset(&set, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

int actview_guard_set_mode(int signal, int mode) {
    if (signal <= 0 || signal >= NSIG || signal == SIGKILL || signal == SIGSTOP) return -1;
    if (inherited_ignore[signal] || is_crash_signal(signal)) return -1;
    int stops = signal == SIGTSTP || signal == SIGTTIN || signal == SIGTTOU;
    int ends = actview_guard_ends_by_default(signal);
    modes[signal] = mode;
    switch (mode) {
    case ACTVIEW_SIGNAL_DEFAULT:
        install_default(signal);
        break;
    case ACTVIEW_SIGNAL_RELAY:
        if (stops) {
            install_stop_handler(signal);
        } else {
            install_ending_handler(signal);
        }
        if (ends) ending_relayed = 0;
        break;
    case ACTVIEW_SIGNAL_END:
    case ACTVIEW_SIGNAL_DEFER:
        if (!ends) {
            // Only signals that end the process can end it early.
            modes[signal] = ACTVIEW_SIGNAL_DEFAULT;
            install_default(signal);
            return -1;
        }
        install_ending_handler(signal);
        break;
    default:
        return -1;
    }
    return 0;
}

int actview_guard_mode(int signal) {
    if (signal <= 0 || signal >= NSIG) return ACTVIEW_SIGNAL_DEFAULT;
    return modes[signal];
}

void actview_guard_set_relay_fd(int fd) { relay_fd = fd; }

int actview_guard_pending(void) { return pending; }

void actview_guard_save_tty(int fd) {
    tty_fd = fd;
    has_saved_termios = tcgetattr(fd, &saved_termios) == 0;
}

void actview_guard_set_restore_fd(int fd) { restore_fd = fd; }

void actview_guard_add_restore_string(const char *text) {
    if (text == NULL || text == (const char *)-1) return;
    size_t n = strlen(text);
    size_t count = (size_t)restore_count;
    if (count + n > sizeof restore_bytes) return;
    memcpy(restore_bytes + count, text, n);
    restore_count = (sig_atomic_t)(count + n);
}

void actview_guard_forget_terminal(void) {
    restore_count = 0;
    has_saved_termios = 0;
}

int actview_guard_capture_stderr(void) {
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
    stderr_log = fd;
    saved_stderr = saved;
    return 0;
}
