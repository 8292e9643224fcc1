/*
 * inclusio.h — the stable C API of inclusio: social-inclusion plans, their validation and progress.
 *
 * Conventions (as in libgit2):
 *  - every name starts with incl_ (functions, types) or INCL_ (macros, enumerators);
 *  - functions return 0 (INCL_OK) or a negative incl_status; out-parameters come first;
 *  - after a failure, incl_error_last() describes it (thread-local, kept until the next failure on
 *    the same thread or incl_error_clear());
 *  - objects are opaque handles created by ..._new / ..._load_* / incl_validate and released by their
 *    ..._free function, which accepts NULL;
 *  - strings are UTF-8 and NUL-terminated, both ways; a returned string is borrowed: its lifetime is
 *    stated on each function, and the caller never frees it;
 *  - option structs start with a version field; initialise them with their _INIT macro or _init()
 *    function; they only ever grow at the end. The library reads their strings during the call only:
 *    a buffer an option points to need outlive only the call it is passed to (no setter is needed, and
 *    an FFI's temporary string is enough);
 *  - enumerator values are fixed and never renumbered; values not listed are reserved.
 *
 * Thread safety: the library keeps no global state. A document may be read (including incl_validate)
 * from several threads at once; changing it needs exclusive access. A report is immutable.
 */
#ifndef INCLUSIO_H
#define INCLUSIO_H

#include <stddef.h>
#include <stdint.h>

#include <inclusio/inclusio_version.h>

#if defined(_WIN32) && !defined(INCLUSIO_STATIC)
#  if defined(INCLUSIO_BUILDING)
#    define INCL_API __declspec(dllexport)
#  else
#    define INCL_API __declspec(dllimport)
#  endif
#elif defined(__GNUC__)
#  define INCL_API __attribute__((visibility("default")))
#else
#  define INCL_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status and errors ------------------------------------------------------------------------ */

typedef enum incl_status {
  INCL_OK = 0,
  INCL_ERROR = -1,        /* an unexpected internal failure */
  INCL_EINVALID = -2,     /* an argument is NULL, out of range, or an option struct has a bad version */
  INCL_ENOMEM = -3,       /* memory ran out; nothing was changed */
  INCL_EIO = -4,          /* a file could not be opened, read or written */
  INCL_EPARSE = -5,       /* the input is not well-formed JSON (see line, column) */
  INCL_ELIMIT = -6,       /* the input exceeds a limit: nesting depth, number range (see line, column) */
  INCL_EFORMAT = -7,      /* JSON, but not an inclusio document (rule S001) */
  INCL_ESCHEMA = -8,      /* strict loading refused values of the wrong form */
  INCL_EOVERFLOW = -9,    /* checked arithmetic overflowed */
  INCL_ECURRENCY = -10,   /* amounts in different currencies combined */
  INCL_ENOTFOUND = -11,   /* no entity with that id, or no value at that JSON Pointer */
  INCL_ETYPE = -12        /* the value exists but is not of the type asked for */
  /* -13 .. -99 reserved */
} incl_status;

typedef struct incl_error {
  int code;            /* an incl_status */
  const char *message; /* English, UTF-8 */
  size_t line;         /* 1-based, for INCL_EPARSE, INCL_ELIMIT and duplicate keys (INCL_EFORMAT); else 0 */
  size_t column;       /* 1-based, in characters */
  size_t offset;       /* 0-based byte offset */
  const char *pointer; /* JSON Pointer near the problem, or "" */
} incl_error;

/* The last error on this thread, or NULL if there has been none since incl_error_clear(). Borrowed:
 * valid until the next failing call on this thread or incl_error_clear(). */
INCL_API const incl_error *incl_error_last(void);
INCL_API void incl_error_clear(void);

/* One value of the wrong form that strict loading refused (INCL_ESCHEMA). */
typedef struct incl_problem {
  const char *rule;       /* S002, S003, S004, S006, D001 or M001 */
  const char *pointer;    /* JSON Pointer of the value */
  const char *message;    /* English */
  const char *message_cs; /* Czech */
} incl_problem;

/* The problems of the last error on this thread when it is INCL_ESCHEMA (else 0), and the index-th of
 * them, in document order; borrowed as incl_error_last() is. */
INCL_API size_t incl_error_problem_count(void);
INCL_API int incl_error_problem_at(incl_problem *out, size_t index);

/* The library's version at run time; any out-parameter may be NULL. Returns "MAJOR.MINOR.PATCH",
 * a static string. */
INCL_API const char *incl_version(int *major, int *minor, int *patch);

/* ---- memory returned to the caller ------------------------------------------------------------- */

/* Text the library produced for the caller (JSON). Owned by the caller: release with
 * incl_buffer_dispose(), which accepts a zeroed or already disposed buffer. */
typedef struct incl_buffer {
  char *ptr;   /* NUL-terminated */
  size_t size; /* without the NUL */
} incl_buffer;

INCL_API void incl_buffer_dispose(incl_buffer *buffer);

/* ---- documents -------------------------------------------------------------------------------- */

typedef struct incl_document incl_document;

typedef struct incl_load_options {
  unsigned int version;
  int strict;       /* nonzero: refuse values of the wrong form (INCL_ESCHEMA) instead of keeping them */
  size_t max_depth; /* nesting limit; 0 means the default, 64; at most 5000 (INCL_EINVALID beyond) */
} incl_load_options;

#define INCL_LOAD_OPTIONS_VERSION 1
#define INCL_LOAD_OPTIONS_INIT {INCL_LOAD_OPTIONS_VERSION, 0, 0}
INCL_API int incl_load_options_init(incl_load_options *opts, unsigned int version);

/* A new, empty document. The caller owns *out and frees it with incl_document_free(). */
INCL_API int incl_document_new(incl_document **out);

/* Loads a document from `size` bytes of JSON at `data` (not necessarily NUL-terminated); `opts` may be
 * NULL for the defaults. On success the caller owns *out; on failure *out is NULL and nothing leaks. */
INCL_API int incl_document_load_buffer(incl_document **out, const char *data, size_t size,
                                       const incl_load_options *opts);
INCL_API int incl_document_load_file(incl_document **out, const char *path, const incl_load_options *opts);

/* An independent copy; the caller owns *out. */
INCL_API int incl_document_copy(incl_document **out, const incl_document *doc);

INCL_API void incl_document_free(incl_document *doc);

typedef struct incl_write_options {
  unsigned int version;
  int indent; /* spaces per level, 0 to 16 (INCL_EINVALID otherwise); 0 writes one line */
} incl_write_options;

#define INCL_WRITE_OPTIONS_VERSION 1
#define INCL_WRITE_OPTIONS_INIT {INCL_WRITE_OPTIONS_VERSION, 2}
INCL_API int incl_write_options_init(incl_write_options *opts, unsigned int version);

/* The document as canonical JSON into `out` (owned by the caller; incl_buffer_dispose). */
INCL_API int incl_document_write(incl_buffer *out, const incl_document *doc, const incl_write_options *opts);
/* Writes to a temporary file beside `path` and renames it over `path`. */
INCL_API int incl_document_save_file(const incl_document *doc, const char *path, const incl_write_options *opts);

/* ---- entities --------------------------------------------------------------------------------- */

typedef enum incl_entity_kind {
  INCL_TERRITORY = 0,
  INCL_ORGANIZATION = 1,
  INCL_PARTNERSHIP = 2,
  INCL_WORKING_GROUP = 3,
  INCL_PLAN = 4,
  INCL_GOAL = 5,
  INCL_MEASURE = 6,
  INCL_PROJECT = 7,
  INCL_INDICATOR = 8,
  INCL_EVALUATION = 9,
  INCL_EVENT = 10,
  INCL_SUPPORTING_DOCUMENT = 11
  /* 12 .. 63 reserved */
} incl_entity_kind;
/* How many kinds there are: 0 .. INCL_ENTITY_KIND_COUNT - 1 are all kinds of this version. */
#define INCL_ENTITY_KIND_COUNT 12

/* How many entities of a kind the document holds (goals and measures of all plans, working groups of
 * all partnerships). */
INCL_API int incl_document_count(size_t *out, const incl_document *doc, incl_entity_kind kind);

/* The JSON Pointer of the index-th entity of a kind, in document order ("/plans/0/measures/3"), for
 * use with the value functions below. Borrowed: valid until the document is changed or freed.
 * INCL_EINVALID when index >= the count. */
INCL_API int incl_document_entity(const char **out_pointer, const incl_document *doc, incl_entity_kind kind,
                                  size_t index);

/* The entity with this id: its JSON Pointer (borrowed, as above) and kind; either out may be NULL.
 * INCL_ENOTFOUND when no entity has the id. */
INCL_API int incl_document_find(const char **out_pointer, incl_entity_kind *out_kind, const incl_document *doc,
                                const char *id);

/* ---- values by JSON Pointer ------------------------------------------------------------------- */

typedef enum incl_value_kind {
  INCL_VALUE_ABSENT = 0,  /* the model has the field, the document does not */
  INCL_VALUE_STRING = 1,  /* text, id, reference or codelist code: incl_document_get_string */
  INCL_VALUE_INTEGER = 2, /* incl_document_get_int64 */
  INCL_VALUE_DECIMAL = 3, /* incl_document_get_decimal */
  INCL_VALUE_MONEY = 4,   /* incl_document_get_money */
  INCL_VALUE_DATE = 5,    /* incl_document_get_date */
  INCL_VALUE_LIST = 6,    /* incl_document_get_length */
  INCL_VALUE_RECORD = 7,  /* an object of the model */
  INCL_VALUE_INVALID = 8, /* a value of the wrong form, kept verbatim: incl_document_get_json */
  INCL_VALUE_UNKNOWN = 9  /* a field the library does not know, kept verbatim: incl_document_get_json */
  /* 10 .. 63 reserved */
} incl_value_kind;

/* What is at `pointer`. INCL_ENOTFOUND for a path the document does not have (an index past the end,
 * an index into a list the document lacks, a field no record of that type has), with
 * incl_error.pointer naming the first step that is not there; INCL_EINVALID for a malformed pointer.
 * A member the format has but the document lacks is INCL_VALUE_ABSENT, and so is every member of a
 * record the document lacks.
 * The typed getters below fail with INCL_ETYPE (incl_error.pointer set) for a value of another kind,
 * an absent one included; incl_document_get_length gives 0 for a list the document lacks, since such a
 * list has no elements: a loop over its indexes reads nothing. */
INCL_API int incl_document_value_kind(incl_value_kind *out, const incl_document *doc, const char *pointer);
/* Borrowed: valid until the document is changed or freed. INCL_ETYPE when the value is not a string;
 * INCL_EINVALID when it holds a NUL character (JSON's \u0000), which a C string would cut short: read
 * such a value with incl_document_get_text. */
INCL_API int incl_document_get_string(const char **out, const incl_document *doc, const char *pointer);
/* The same string with its size in bytes, NUL characters included (the text is NUL-terminated too). */
INCL_API int incl_document_get_text(const char **out, size_t *out_size, const incl_document *doc,
                                    const char *pointer);
INCL_API int incl_document_get_int64(int64_t *out, const incl_document *doc, const char *pointer);
/* An exact decimal as millionths (75.5 → 75500000). */
INCL_API int incl_document_get_decimal(int64_t *out_millionths, const incl_document *doc, const char *pointer);
/* An amount in minor units (haléř) and its ISO 4217 currency, written into out_currency[4] with a NUL;
 * out_currency may be NULL. */
INCL_API int incl_document_get_money(int64_t *out_minor_units, char *out_currency, const incl_document *doc,
                                     const char *pointer);
INCL_API int incl_document_get_date(int *out_year, int *out_month, int *out_day, const incl_document *doc,
                                    const char *pointer);
INCL_API int incl_document_get_length(size_t *out, const incl_document *doc, const char *pointer);
/* Any value as compact canonical JSON into `out` (owned by the caller); an absent value gives "". */
INCL_API int incl_document_get_json(incl_buffer *out, const incl_document *doc, const char *pointer);

/* Sets the value at `pointer` from JSON text, read exactly as loading reads it: a value of the wrong
 * form is kept and validation reports it. The pointer names a member of an entity ("/plans/0/title"),
 * an entity ("/plans/0"), a new element ("/plans/-", "/plans/0/themes/-": appending to a list the
 * record does not have yet creates it), "/currency", or an unknown top-level member. INCL_EPARSE (with
 * line and column in the given text) when `json` is not JSON; INCL_ENOTFOUND (incl_error.pointer set)
 * for a path that does not lead into the document. On any failure the document is unchanged. A change
 * costs time in proportion to the value written, not to the document: building a plan by calls is
 * linear. Invalidates borrowed strings and pointers of the document. */
INCL_API int incl_document_set_json(incl_document *doc, const char *pointer, const char *json);
/* Removes the member or element at `pointer`. Invalidates borrowed strings and pointers. */
INCL_API int incl_document_remove(incl_document *doc, const char *pointer);

/* ---- validation ------------------------------------------------------------------------------- */

typedef enum incl_severity { INCL_SEVERITY_INFO = 0, INCL_SEVERITY_WARNING = 1, INCL_SEVERITY_ERROR = 2 } incl_severity;
typedef enum incl_language { INCL_LANGUAGE_EN = 0, INCL_LANGUAGE_CS = 1 } incl_language;

typedef struct incl_validate_options {
  unsigned int version;
  const char *as_of;        /* "YYYY-MM-DD", the day date rules take as today; NULL for today */
  const char *profile;      /* a built-in profile name ("default", "strict"), or NULL for default */
  const char *profile_json; /* a profile as JSON (overrides `profile`), or NULL */
  incl_language language;   /* of the messages */
  /* Since version 2. The threads to validate on: 0 lets the library choose (one per core for a document
   * of thousands of entities, else the calling thread), 1 keeps to the calling thread (for a host that
   * already validates many documents in parallel). The report is the same for any number. */
  unsigned int threads;
} incl_validate_options;

#define INCL_VALIDATE_OPTIONS_VERSION 2
#define INCL_VALIDATE_OPTIONS_INIT {INCL_VALIDATE_OPTIONS_VERSION, NULL, NULL, NULL, INCL_LANGUAGE_EN, 0}
/* Initialises the options of the given version (1 or 2): a caller built against version 1 passes 1 and
 * only the members of version 1 are written. */
INCL_API int incl_validate_options_init(incl_validate_options *opts, unsigned int version);

typedef struct incl_report incl_report;

typedef struct incl_finding {
  const char *rule;       /* "M003" */
  incl_severity severity;
  const char *pointer;    /* JSON Pointer of the value concerned */
  const char *entity;     /* id of the entity holding it, or "" */
  const char *message;    /* in the language asked for */
} incl_finding;

/* Validates `doc`; the caller owns *out (incl_report_free). Bad data never fails: it becomes findings.
 * INCL_EINVALID for a malformed as_of, an unknown profile or a profile with an unknown rule code. */
INCL_API int incl_validate(incl_report **out, const incl_document *doc, const incl_validate_options *opts);
INCL_API void incl_report_free(incl_report *report);
/* The number of findings, and of findings of one severity. */
INCL_API int incl_report_count(size_t *out, const incl_report *report);
INCL_API int incl_report_count_severity(size_t *out, const incl_report *report, incl_severity severity);
/* The index-th finding, in document order. Its strings are borrowed until incl_report_free(). */
INCL_API int incl_report_finding(incl_finding *out, const incl_report *report, size_t index);

/* ---- tables in and out (docs/spreadsheet.md) ---------------------------------------------------- */

/* Writes every table of the document: a folder of CSV files (a file per table, English headings), a
 * workbook (a path ending .xlsx; headings in `headings`, drop-downs of the codes) or an SQLite database
 * with keys (.sqlite); then the derived tables (findings, progress, results, rollup) as of today, the
 * findings' messages in `headings`' language. The target is replaced whole, or left as it was on
 * failure (INCL_EIO). */
INCL_API int incl_document_export_tables(const incl_document *doc, const char *path, incl_language headings);
/* One table ("measures", or its Czech name "opatření"), or a derived table ("findings", "progress",
 * "results", "rollup", computed as of today), as CSV text into `out` (incl_buffer_dispose).
 * INCL_EINVALID for a name no table has. */
INCL_API int incl_document_table_csv(incl_buffer *out, const incl_document *doc, const char *table);

typedef struct incl_import incl_import;

typedef struct incl_import_finding {
  incl_finding finding;
  const char *table;  /* the table its value came from, or NULL when it is not about what came in */
  const char *source; /* the file or sheet, or NULL */
  size_t row;         /* as the user numbers rows (2 is the first below the heading); 0 with no table */
  const char *column; /* the heading as given ("" for the row as a whole), or NULL */
} incl_import_finding;

/* Adds or updates rows by id from a folder of CSV files or a workbook (.xlsx), as `inclusio import`:
 * a known id updates the cells given, a new id adds an entity under its parent; rows without an id are
 * matched by parent and position. The caller owns *out (incl_import_free): the findings of the document
 * after the import, each with where its value came from. `opts` (may be NULL) sets as_of, language and
 * profile of that validation. Input that cannot be placed (an unknown table or column, a parent that
 * does not exist, an id of another kind) fails with INCL_EINVALID naming the table, row and column, and
 * the document is unchanged; INCL_EIO when a file cannot be read, INCL_EPARSE for a malformed one. */
INCL_API int incl_document_import_tables(incl_import **out, incl_document *doc, const char *path,
                                         const incl_validate_options *opts);
/* The same for one table given as CSV text; `source` names it in messages (may be NULL). */
INCL_API int incl_document_import_csv(incl_import **out, incl_document *doc, const char *table, const char *csv,
                                      size_t size, const char *source, const incl_validate_options *opts);
INCL_API void incl_import_free(incl_import *import);
/* Rows that added an entity (or a list item) and rows that updated one. */
INCL_API int incl_import_rows(size_t *out_added, size_t *out_updated, const incl_import *import);
INCL_API int incl_import_count(size_t *out, const incl_import *import);
/* The index-th finding; its strings are borrowed until incl_import_free(). */
INCL_API int incl_import_finding_at(incl_import_finding *out, const incl_import *import, size_t index);
/* The tables given that the import did not read — the derived tables and a workbook's codes sheet, by
 * file or sheet name ("findings.csv", "číselníky") — counted, and the index-th borrowed until
 * incl_import_free() (INCL_ENOTFOUND beyond the count). */
INCL_API int incl_import_skipped_count(size_t *out, const incl_import *import);
INCL_API int incl_import_skipped_at(const char **out, const incl_import *import, size_t index);

/* ---- a host's own rules ----------------------------------------------------------------------- */

typedef struct incl_rule_sink incl_rule_sink;

/* A host rule's check: reports findings through incl_rule_sink_report() and returns 0, or nonzero to
 * abort validation (incl_validate_with_rules then fails with INCL_ERROR). `payload` is the host's. */
typedef int (*incl_rule_check)(incl_rule_sink *sink, const incl_document *doc, void *payload);

typedef struct incl_host_rule {
  const char *code;       /* starts with X: 2 to 16 of A-Z 0-9 _ */
  incl_severity severity; /* the default; a profile may change it */
  const char *title_en;
  const char *title_cs;
  incl_rule_check check;
  void *payload;
} incl_host_rule;

/* Reports a finding of the rule being checked; `pointer` and `entity` may be NULL. With no entity, the
 * finding names the innermost entity holding the value at `pointer`, as the built-in rules do. Valid
 * only during the check call. The profile may drop the finding or change its severity. */
INCL_API int incl_rule_sink_report(incl_rule_sink *sink, incl_severity severity, const char *pointer,
                                   const char *entity, const char *message);
/* The language validation was asked for, so that a host rule writes its message in it. */
INCL_API incl_language incl_rule_sink_language(const incl_rule_sink *sink);

/* As incl_validate, then runs `count` host rules in order. INCL_EINVALID for a code not starting with X. */
INCL_API int incl_validate_with_rules(incl_report **out, const incl_document *doc, const incl_validate_options *opts,
                                      const incl_host_rule *rules, size_t count);

typedef struct incl_rule {
  const char *code;
  incl_severity severity; /* the default */
  const char *title_en;
  const char *title_cs;
  const char *rationale_en;
  const char *rationale_cs;
} incl_rule;

/* The rule catalogue: its size, and its index-th rule (static strings). */
INCL_API size_t incl_rule_count(void);
INCL_API int incl_rule_at(incl_rule *out, size_t index);

/* ---- indicator progress ----------------------------------------------------------------------- */

typedef enum incl_progress_status {
  INCL_PROGRESS_ACHIEVED = 0,
  INCL_PROGRESS_ON_TRACK = 1,
  INCL_PROGRESS_AT_RISK = 2,
  INCL_PROGRESS_OFF_TRACK = 3,
  INCL_PROGRESS_NO_DATA = 4,
  INCL_PROGRESS_NOT_DUE = 5,
  INCL_PROGRESS_NO_TARGET = 6, /* since 0.2: values, but no target to measure them against */
  INCL_PROGRESS_OVERDUE = 7    /* since 0.2: nothing reported for the period due (docs/report.md) */
  /* 8 .. 63 reserved */
} incl_progress_status;
/* How many statuses there are: 0 .. INCL_PROGRESS_STATUS_COUNT - 1 are all statuses of this version. */
#define INCL_PROGRESS_STATUS_COUNT 8

typedef struct incl_progress_options {
  unsigned int version;
  const char *as_of;       /* "YYYY-MM-DD"; NULL for today */
  double at_risk_margin;   /* lag behind the time elapsed still on track; default 0.10 */
  double off_track_margin; /* lag beyond which a target is off track; default 0.25 */
  /* Since version 2. */
  const char *indicator;       /* only the indicator with this id (INCL_ENOTFOUND if none has it); NULL: all */
  const char *dimensions_json; /* only these categories, measured against their own targets: a JSON object
                                  such as {"gender": "female"}; NULL: the totals */
  int approved_only;           /* nonzero: only observations approved by review (or without a status) */
} incl_progress_options;

#define INCL_PROGRESS_OPTIONS_VERSION 2
#define INCL_PROGRESS_OPTIONS_INIT {INCL_PROGRESS_OPTIONS_VERSION, NULL, 0.10, 0.25, NULL, NULL, 0}
/* Initialises the options of the given version (1 or 2), writing only that version's members. */
INCL_API int incl_progress_options_init(incl_progress_options *opts, unsigned int version);

/* One indicator's progress. Numbers are exact decimals in millionths (ordinal indicators: positions on
 * their scale); each has_ flag says whether the number beside it is known. Dates are "YYYY-MM-DD" or "". */
typedef struct incl_progress {
  const char *indicator; /* id */
  const char *pointer;   /* JSON Pointer of the indicator */
  incl_progress_status status;
  int has_baseline;
  int64_t baseline;
  int has_current;
  int64_t current;
  char current_date[11];
  const char *current_text; /* the latest value as written (ordinal, qualitative), or "" */
  size_t observations;      /* how many were used */
  int has_target;
  int64_t target;
  char target_date[11];
  const char *target_text;
  int has_current_count;    /* shares with a denominator: the counts behind them */
  int64_t current_count;
  int has_target_count;
  int64_t target_count;
  int has_progress;
  double progress;          /* (current - baseline) / (target - baseline) */
  int has_expected;
  double expected;          /* share of time elapsed from the baseline date to the target date */
} incl_progress;

typedef struct incl_progress_report incl_progress_report;

/* The progress of every indicator of `doc`; the caller owns *out (incl_progress_report_free).
 * INCL_EINVALID for a malformed as_of or margins outside 0 <= at_risk <= off_track. */
INCL_API int incl_progress_compute(incl_progress_report **out, const incl_document *doc,
                                   const incl_progress_options *opts);
INCL_API void incl_progress_report_free(incl_progress_report *report);
INCL_API int incl_progress_count(size_t *out, const incl_progress_report *report);
/* The index-th indicator's progress, in document order; strings borrowed until the report is freed. */
INCL_API int incl_progress_at(incl_progress *out, const incl_progress_report *report, size_t index);
/* "achieved", "on_track", ...: a static string, or NULL for an unknown status. */
INCL_API const char *incl_progress_status_code(incl_progress_status status);
/* The status as a reader of the language says it ("plní se", "vykazování v prodlení"): a static string,
 * or NULL for an unknown status or language. */
INCL_API const char *incl_progress_status_label(incl_progress_status status, incl_language language);

/* What incl_progress does not hold, read by index beside it (since 0.2). The struct is versioned: the
 * library writes the members of the version the caller initialised it with. Strings are borrowed until
 * the report is freed; dates are "YYYY-MM-DD" or "". */
typedef struct incl_progress_details {
  unsigned int version;
  const char *name;          /* the indicator's name, as the document gives it */
  const char *unit;          /* its unit code ("persons"), or "" */
  char baseline_date[11];
  int has_target_index;
  size_t target_index;       /* of the target used, in the indicator's targets */
  int has_current_denominator;
  int64_t current_denominator; /* shares: the denominator behind the current share, in millionths */
  /* The first target whose date has passed unmet and that the current value does not meet either: it
   * makes the status off track whatever a later target says. */
  int has_missed_target;
  size_t missed_target_index;
  char missed_target_date[11];
  int has_missed_target_value;
  int64_t missed_target_value; /* the target, in millionths */
  size_t missed_targets;       /* how many targets were missed so */
  char overdue_start[11];      /* the reporting period nothing was reported for (status overdue), or "" */
  char overdue_end[11];
  int sum_overflows;           /* the values sum beyond 64 bits: current is unknown (rule I013) */
} incl_progress_details;

#define INCL_PROGRESS_DETAILS_VERSION 1
INCL_API int incl_progress_details_init(incl_progress_details *details, unsigned int version);
/* The index-th indicator's details, into a struct initialised by incl_progress_details_init. */
INCL_API int incl_progress_details_at(incl_progress_details *out, const incl_progress_report *report, size_t index);

/* ---- rendered outputs ------------------------------------------------------------------------- */

/* The formats the core renders (the tool's --format codes "text", "json", "csv", "md", "html"). */
typedef enum incl_output_format {
  INCL_FORMAT_TEXT = 0,
  INCL_FORMAT_JSON = 1,
  INCL_FORMAT_CSV = 2,
  INCL_FORMAT_MARKDOWN = 3,
  INCL_FORMAT_HTML = 4
  /* 5 .. 63 reserved */
} incl_output_format;

/* The report as `inclusio validate --format` writes it for one unnamed document: text (a line per
 * finding, then the counts), JSON or CSV (docs/report.md), into `out` (owned by the caller;
 * incl_buffer_dispose). INCL_EINVALID for Markdown, HTML or an unknown format. */
INCL_API int incl_report_render(incl_buffer *out, const incl_report *report, incl_output_format format,
                                incl_language language);
/* The summary of the document, or of the plan whose id `plan` is (NULL: the whole portfolio), as of
 * `as_of` ("YYYY-MM-DD"; NULL for today), as `inclusio report --format` writes it: JSON, Markdown or a
 * self-contained HTML page. INCL_ENOTFOUND for an unknown plan; INCL_EINVALID for text or CSV (several
 * tables: see the tool's --format csv), an unknown format or a malformed date. */
INCL_API int incl_summary_render(incl_buffer *out, const incl_document *doc, const char *plan, const char *as_of,
                                 incl_output_format format, incl_language language);

/* ---- the ČSÚ territorial codelists, compiled in ----------------------------------------------- */

typedef struct incl_official_territory {
  const char *kind; /* "municipality", "orp", "district" or "region" */
  const char *code; /* 6-digit municipality, 4-digit ORP, LAU 1 district, NUTS 3 region code */
  const char *name; /* UTF-8 */
} incl_official_territory;
/* All strings are static. */

/* The territory with this code, its kind told by the code's form. INCL_ENOTFOUND when unknown. */
INCL_API int incl_official_territory_lookup(incl_official_territory *out, const char *code);
/* Up to `capacity` territories whose name matches `query` ignoring case and diacritics, best first;
 * *out_count is how many were written. */
INCL_API int incl_official_territory_search(incl_official_territory *out, size_t capacity, size_t *out_count,
                                            const char *query);
/* The chain of a municipality: out[0] the municipality, out[1] its ORP, out[2] its district, out[3] its
 * region (a member with NULL strings where the codelists have none). INCL_ENOTFOUND for an unknown code. */
INCL_API int incl_official_territory_chain(incl_official_territory out[4], const char *municipality_code);
/* How many territories of a kind ("municipality", "orp", "district" or "region") the codelists hold, and
 * the index-th of them in code order (a form's list of regions). INCL_EINVALID for another kind. */
INCL_API int incl_official_territory_count(size_t *out, const char *kind);
INCL_API int incl_official_territory_at(incl_official_territory *out, const char *kind, size_t index);
/* The region of a municipality, ORP or district code (its kind told by the code's form). */
INCL_API int incl_official_territory_region(incl_official_territory *out, const char *code);

/* ---- the format's codelists, with their labels ----------------------------------------------- */

typedef struct incl_codelist {
  const char *key;     /* "measure_status": the English name in snake case */
  const char *name_en; /* "measure status" */
  const char *name_cs; /* "stav opatření" */
  size_t size;         /* how many codes */
} incl_codelist;

typedef struct incl_code {
  const char *code; /* as JSON holds it: "in_progress" */
  const char *label_en;
  const char *label_cs; /* "v realizaci" */
} incl_code;
/* All strings are static. */

/* The codelists (a web form's drop-downs): how many, the index-th, the one with this key (its index
 * in *out_index, which may be NULL; INCL_ENOTFOUND for an unknown key), and the index-th code of the
 * codelist-th, in the codelist's canonical order. */
INCL_API size_t incl_codelist_count(void);
INCL_API int incl_codelist_at(incl_codelist *out, size_t index);
INCL_API int incl_codelist_find(incl_codelist *out, size_t *out_index, const char *key);
INCL_API int incl_codelist_code(incl_code *out, size_t codelist, size_t index);

/* ---- amounts and decimals as people write them ------------------------------------------------ */

/* An amount in minor units as a reader of the language writes it: "1 250 000,50 Kč" in Czech (no-break
 * spaces), "1,250,000.50 CZK" in English. `currency` is an ISO 4217 code, NULL for CZK. */
INCL_API int incl_money_format(incl_buffer *out, int64_t minor_units, const char *currency, incl_language language);
/* An amount as the format writes it ("1250000.50", at most two decimals) in minor units; INCL_EINVALID
 * with the reason for anything else. */
INCL_API int incl_money_parse(int64_t *out_minor_units, const char *text);
/* A decimal in millionths as the language writes it ("1 234,5" in Czech, "1,234.5" in English). */
INCL_API int incl_decimal_format(incl_buffer *out, int64_t millionths, incl_language language);
/* A decimal as the format writes it ("75.5", at most six decimals) in millionths; INCL_EINVALID otherwise. */
INCL_API int incl_decimal_parse(int64_t *out_millionths, const char *text);

/* ---- the format and the rules as documents ---------------------------------------------------- */

/* The JSON Schema of the format (docs/inclusio.schema.json) and the rule catalogue as Markdown in both
 * languages (docs/rules.md), into `out` (owned by the caller). */
INCL_API int incl_json_schema(incl_buffer *out);
INCL_API int incl_rules_markdown(incl_buffer *out);

/* ---- revisions and portfolios (docs/revisions.md) ---------------------------------------------- */

/* What changed from `old_doc` to `new_doc` (entities matched by id), as `inclusio diff --format` writes
 * it: JSON ({"old", "new", "counts", "changes": [{"op", "entity", "kind", "path", "old", "new",
 * "semantic", ...}]}), or the revision report in Markdown or HTML, into `out` (incl_buffer_dispose).
 * `changes` (may be NULL) receives the number of changes: 0 when the documents are equal.
 * INCL_EINVALID for text or CSV. */
INCL_API int incl_document_diff(incl_buffer *out, size_t *changes, const incl_document *old_doc,
                                const incl_document *new_doc, incl_output_format format, incl_language language);
/* The RFC 6902 JSON Patch that turns old_doc's JSON into new_doc's, into `out`. */
INCL_API int incl_document_diff_patch(incl_buffer *out, const incl_document *old_doc, const incl_document *new_doc);
/* The plan whose id is `new_plan` against the plan it supersedes in the same document, as
 * incl_document_diff writes it (goals and measures matched by code, else title). INCL_ENOTFOUND for an
 * unknown plan, INCL_EINVALID when it supersedes no plan of the document. */
INCL_API int incl_document_diff_plans(incl_buffer *out, size_t *changes, const incl_document *doc,
                                      const char *new_plan, incl_output_format format, incl_language language);
/* The JSON Patch that turns the superseded plan's JSON into `new_plan`'s. */
INCL_API int incl_document_diff_plans_patch(incl_buffer *out, const incl_document *doc, const char *new_plan);

typedef enum incl_merge_policy {
  INCL_MERGE_FAIL = 0,        /* a conflict leaves no result */
  INCL_MERGE_PREFER_LAST = 1  /* a conflicting entity is taken from the last document giving it */
} incl_merge_policy;

/* Merges `count` documents into a new portfolio (*out, incl_document_free): entities with distinct ids
 * united, equal ones kept once. An entity given differently by two documents is a conflict; so is an id
 * naming different entities (which no policy resolves). `conflicts` (may be NULL) receives them as a
 * JSON array ([{"entity", "kind", "first", "first_path", "second", "second_path", "id_reused",
 * "resolved"}]), with `labels` (may be NULL; else `count` strings, such as file names) naming the
 * documents. Returns 0 with *out NULL when a conflict is unresolved. */
INCL_API int incl_documents_merge(incl_document **out, incl_buffer *conflicts, const incl_document *const *docs,
                                  size_t count, const char *const *labels, incl_merge_policy policy);

/* ---- experimental ------------------------------------------------------------------------------
 * Declared only when INCLUSIO_EXPERIMENTAL is defined before including this header (as zstd's
 * ZSTD_STATIC_LINKING_ONLY): functions that may still change or go in a minor version, outside the ABI
 * promise. inclusio_ffi.h declares them too. */
#ifdef INCLUSIO_EXPERIMENTAL

typedef struct incl_results_options {
  unsigned int version;
  const char *as_of;           /* "YYYY-MM-DD": nothing observed after it counts; NULL for today */
  const char *frequency;       /* "year", "half_year", "quarter", "month"; NULL: each indicator's own, else year */
  const char *dimensions_json; /* only these categories ({"gender": "female"}); NULL: the totals */
  int approved_only;           /* nonzero: only observations approved by review (or without a status) */
} incl_results_options;

#define INCL_RESULTS_OPTIONS_VERSION 1
#define INCL_RESULTS_OPTIONS_INIT {INCL_RESULTS_OPTIONS_VERSION, NULL, NULL, NULL, 0}
INCL_API int incl_results_options_init(incl_results_options *opts, unsigned int version);

/* Results per reporting period (docs/report.md) as `inclusio results --format` writes them: JSON, CSV
 * or Markdown, into `out` (owned by the caller). `opts` may be NULL for the defaults. INCL_EINVALID for
 * text or HTML, an unknown frequency, malformed dimensions or date. */
INCL_API int incl_results_render(incl_buffer *out, const incl_document *doc, const incl_results_options *opts,
                                 incl_output_format format, incl_language language);

/* The roll-up by territory (docs/report.md) as `inclusio rollup --format` writes it: JSON, tidy CSV or
 * Markdown. `level` is "municipality", "orp", "district", "region" or "country" (NULL: region); `as_of`
 * ("YYYY-MM-DD", NULL for today) dates the indicators' current values. INCL_EINVALID for another level,
 * a malformed date, text or HTML. */
INCL_API int incl_rollup_render(incl_buffer *out, const incl_document *doc, const char *level, const char *as_of,
                                incl_output_format format, incl_language language);

#endif /* INCLUSIO_EXPERIMENTAL */

#ifdef __cplusplus
}
#endif

#endif /* INCLUSIO_H */
