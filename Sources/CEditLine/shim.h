/* CEditLine: the libedit (histedit) calls the quiver REPL makes. el_set and history are C
   variadics, which Swift cannot call, so each operation gets a fixed-argument wrapper here. */
#ifndef QUIVER_CEDITLINE_SHIM_H
#define QUIVER_CEDITLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <locale.h>
#include <histedit.h>

typedef char *(*quiver_prompt_fn)(EditLine *);
typedef unsigned char (*quiver_key_fn)(EditLine *, int);

/* el_init on the process's own stdin/stdout/stderr (Swift 6 cannot touch those globals). */
static inline EditLine *quiver_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}

static inline int quiver_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/* Lets libedit follow window resizes (SIGWINCH) and restore the terminal on stop signals. */
static inline int quiver_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int quiver_el_set_prompt(EditLine *el, quiver_prompt_fn fn) {
    return el_set(el, EL_PROMPT, fn);
}

static inline int quiver_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

static inline int quiver_el_add_function(EditLine *el, const char *name, const char *help, quiver_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/* Runs one editrc-style command (`bind ^R em-inc-search-prev`, `setty -d -isig`). */
static inline int quiver_el_command(EditLine *el, const char *a0, const char *a1, const char *a2) {
    const char *argv[4] = { a0, a1, a2, NULL };
    int argc = a2 ? 3 : (a1 ? 2 : 1);
    return el_parse(el, argc, argv);
}

/* The line being edited: the text before the cursor is buffer[0 ..< cursor - buffer]. */
static inline int quiver_el_cursor_offset(EditLine *el) {
    const LineInfo *li = el_line(el);
    return li ? (int)(li->cursor - li->buffer) : 0;
}

static inline const char *quiver_el_buffer(EditLine *el) {
    const LineInfo *li = el_line(el);
    return li ? li->buffer : NULL;
}

static inline int quiver_el_buffer_length(EditLine *el) {
    const LineInfo *li = el_line(el);
    return li ? (int)(li->lastchar - li->buffer) : 0;
}

/* el_gets: the line with its trailing newline, or NULL at end of input / on error. */
static inline const char *quiver_el_gets(EditLine *el, int *count) {
    return el_gets(el, count);
}

/* MARK: history */

static inline History *quiver_hist_init(void) { return history_init(); }

static inline int quiver_hist_set_size(History *h, int n) {
    HistEvent ev; return history(h, &ev, H_SETSIZE, n);
}

static inline int quiver_hist_set_unique(History *h, int on) {
    HistEvent ev; return history(h, &ev, H_SETUNIQUE, on);
}

static inline int quiver_hist_load(History *h, const char *path) {
    HistEvent ev; return history(h, &ev, H_LOAD, path);
}

static inline int quiver_hist_save(History *h, const char *path) {
    HistEvent ev; return history(h, &ev, H_SAVE, path);
}

static inline int quiver_hist_enter(History *h, const char *line) {
    HistEvent ev; return history(h, &ev, H_ENTER, line);
}

/* op is H_FIRST (newest), H_NEXT (older), H_LAST (oldest) or H_PREV (newer); NULL when none. */
static inline const char *quiver_hist_step(History *h, int op) {
    HistEvent ev;
    if (history(h, &ev, op) < 0) return NULL;
    return ev.str;
}

static inline int quiver_hist_op_first(void) { return H_FIRST; }
static inline int quiver_hist_op_next(void) { return H_NEXT; }
static inline int quiver_hist_op_last(void) { return H_LAST; }
static inline int quiver_hist_op_prev(void) { return H_PREV; }

#endif
