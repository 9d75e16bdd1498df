/* The C side of the ncurses backend (docs/terminal.md §1). */
#ifndef CNCURSESW_SHIM_H
#define CNCURSESW_SHIM_H

/* SwiftPM drops pkg-config's -D flags, which would leave the wide-character API (cchar_t,
   setcchar, wget_wch, mvwadd_wch) undeclared: docs/terminal.md §2.1. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <curses.h>

/* Mutable C globals are errors to read from Swift 6, and macros built from function-like
   macros do not import: these getters expose them (docs/terminal.md §2.2 and §2.3). */
static inline WINDOW *cnc_stdscr(void) { return stdscr; }
static inline FILE *cnc_stdout(void) { return stdout; }
static inline FILE *cnc_stdin(void) { return stdin; }
static inline FILE *cnc_stderr(void) { return stderr; }
static inline int cnc_colors(void) { return COLORS; }
static inline int cnc_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t cnc_a_normal(void) { return A_NORMAL; }
static inline attr_t cnc_a_bold(void) { return A_BOLD; }
static inline attr_t cnc_a_reverse(void) { return A_REVERSE; }
static inline attr_t cnc_a_dim(void) { return A_DIM; }
static inline attr_t cnc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cnc_a_italic(void) { return A_ITALIC; }
static inline int cnc_key_f(int n) { return KEY_F(n); }

/* Not visible through Swift's Glibc module (docs/terminal.md §2.6); the width test compares with
   it. */
extern int wcwidth(wchar_t c);
#endif
