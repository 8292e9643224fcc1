/*
 * plan_report: load a plan file, validate it, print the findings and the indicators' progress.
 * Build against the installed library:  cc plan_report.c $(pkg-config --cflags --libs inclusio)
 * Run:  ./plan_report examples/data/rsz-2023.json [YYYY-MM-DD]
 */
#include <inclusio/inclusio.h>

#include <stdio.h>

static int fail(const char *what) {
  const incl_error *e = incl_error_last();
  fprintf(stderr, "%s: %s\n", what, e ? e->message : "unknown error");
  return 1;
}

int main(int argc, char **argv) {
  incl_document *doc = NULL;
  incl_report *report = NULL;
  incl_progress_report *progress = NULL;
  incl_validate_options vopts = INCL_VALIDATE_OPTIONS_INIT;
  incl_progress_options popts = INCL_PROGRESS_OPTIONS_INIT;
  size_t count = 0, i;

  if (argc < 2) {
    fprintf(stderr, "usage: %s PLAN.json [AS_OF]\n", argv[0]);
    return 2;
  }
  if (incl_document_load_file(&doc, argv[1], NULL) != INCL_OK) return fail(argv[1]);

  /* Validation: every finding with its rule, severity and place. */
  vopts.as_of = popts.as_of = argc > 2 ? argv[2] : NULL;
  vopts.language = INCL_LANGUAGE_CS;
  if (incl_validate(&report, doc, &vopts) != INCL_OK) {
    incl_document_free(doc);
    return fail("validate");
  }
  incl_report_count(&count, report);
  printf("%zu findings\n", count);
  for (i = 0; i < count; ++i) {
    incl_finding f;
    incl_report_finding(&f, report, i);
    printf("  %s %-7s %s: %s\n", f.rule,
           f.severity == INCL_SEVERITY_ERROR ? "error" : f.severity == INCL_SEVERITY_WARNING ? "warning" : "info",
           f.pointer, f.message);
  }

  /* Progress of every indicator: current value against the target due. */
  if (incl_progress_compute(&progress, doc, &popts) == INCL_OK) {
    incl_progress_count(&count, progress);
    for (i = 0; i < count; ++i) {
      incl_progress p;
      const char *name = "";
      char at[512];
      incl_progress_at(&p, progress, i);
      snprintf(at, sizeof at, "%s/name", p.pointer);
      incl_document_get_string(&name, doc, at);
      printf("%-10s %s\n", incl_progress_status_code(p.status), name);
      if (p.has_current && p.has_target)
        printf("           %.2f of %.2f by %s (%.0f %% of the way)\n", (double)p.current / 1e6, (double)p.target / 1e6,
               p.target_date, p.has_progress ? 100.0 * p.progress : 0.0);
    }
    incl_progress_report_free(progress);
  }

  incl_report_free(report);
  incl_document_free(doc);
  return 0;
}
