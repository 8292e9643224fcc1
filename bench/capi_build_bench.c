/* Building a document by C calls, as a town hall's import loop does (a plan, then one
 * incl_document_set_json per measure row, each followed by a lookup of the new measure by id), at
 * four sizes, beside loading the same measures as one text in the same run. Growth is linear when
 * the time per measure stays the same across sizes.
 *
 *   build/bench/inclusio_capi_build_bench [--smoke]
 */
#include <inclusio/inclusio.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void must(int rc, const char *what) {
  if (rc != INCL_OK) {
    const incl_error *e = incl_error_last();
    fprintf(stderr, "%s failed: %s\n", what, e ? e->message : "?");
    exit(1);
  }
}

static const char plan[] =
    "{\"id\": \"spsz\", \"kind\": \"local_action_plan\", \"title\": \"Strategick\\u00fd pl\\u00e1n\", \"territory\": \"kh\","
    " \"period\": {\"start\": \"2021-01-01\", \"end\": \"2023-12-31\"}, \"status\": \"approved\"}";

/* One measure row as the host's database gives it. */
static int measure_json(char *out, size_t size, size_t i) {
  return snprintf(out, size,
                  "{\"id\": \"m%zu\", \"code\": \"BY%zu\", \"title\": \"Opat\\u0159en\\u00ed %zu\", \"theme\": \"housing\","
                  " \"status\": \"planned\", \"responsible\": \"mesto\","
                  " \"budget\": {\"total\": \"%zu.50\", \"sources\": [{\"source\": \"op_z\", \"amount\": \"%zu.50\"}]}}",
                  i, i, i, 1000 + i, 1000 + i);
}

/* Seconds to build n measures by calls. */
static double build_by_calls(size_t n) {
  incl_document *doc = NULL;
  char row[512], id[32];
  const char *at = NULL;
  double start = now();
  must(incl_document_new(&doc), "incl_document_new");
  must(incl_document_set_json(doc, "/plans/-", plan), "set plan");
  for (size_t i = 0; i < n; ++i) {
    measure_json(row, sizeof row, i);
    must(incl_document_set_json(doc, "/plans/0/measures/-", row), "set measure");
    snprintf(id, sizeof id, "m%zu", i);
    must(incl_document_find(&at, NULL, doc, id), "find");
  }
  double seconds = now() - start;
  incl_document_free(doc);
  return seconds;
}

/* Seconds to load the same plan and measures as one text (the baseline). */
static double load_as_text(size_t n) {
  size_t cap = 600 * (n + 4), used = 0;
  char *text = malloc(cap);
  if (!text) exit(1);
  used += (size_t)snprintf(text + used, cap - used, "{\"format\": \"inclusio\", \"schema_version\": \"1.0\", \"plans\": [");
  used += (size_t)snprintf(text + used, cap - used, "%.*s, \"measures\": [", (int)(sizeof plan - 2), plan);
  for (size_t i = 0; i < n; ++i) {
    if (i) text[used++] = ',';
    used += (size_t)measure_json(text + used, cap - used, i);
  }
  used += (size_t)snprintf(text + used, cap - used, "]}]}");
  incl_document *doc = NULL;
  double start = now();
  must(incl_document_load_buffer(&doc, text, used, NULL), "load");
  double seconds = now() - start;
  incl_document_free(doc);
  free(text);
  return seconds;
}

int main(int argc, char **argv) {
  size_t sizes[4] = {500, 1000, 2000, 4000};
  int smoke = argc > 1 && strcmp(argv[1], "--smoke") == 0;
  int repeats = smoke ? 1 : 3;
  if (smoke)
    for (int k = 0; k < 4; ++k) sizes[k] /= 50;
  double per_measure[4];
  printf("%9s | %12s %14s | %12s %14s | %8s\n", "measures", "by calls s", "µs per measure", "as text s", "µs per measure",
         "calls÷text");
  for (int k = 0; k < 4; ++k) {
    double calls = 1e9, text = 1e9;
    for (int r = 0; r < repeats; ++r) { /* the fastest run: other work on the machine only slows one */
      double c = build_by_calls(sizes[k]), t = load_as_text(sizes[k]);
      if (c < calls) calls = c;
      if (t < text) text = t;
    }
    per_measure[k] = calls / (double)sizes[k];
    printf("%9zu | %12.4f %14.2f | %12.4f %14.2f | %8.1f\n", sizes[k], calls, 1e6 * per_measure[k], text,
           1e6 * text / (double)sizes[k], calls / text);
  }
  double mean = (per_measure[0] + per_measure[1] + per_measure[2] + per_measure[3]) / 4, worst = 0;
  for (int k = 0; k < 4; ++k) {
    double d = (per_measure[k] > mean ? per_measure[k] - mean : mean - per_measure[k]) / mean;
    if (d > worst) worst = d;
  }
  printf("time per measure across sizes: within ±%.0f %% of the mean (linear growth keeps it constant)\n", 100 * worst);
  return 0;
}
