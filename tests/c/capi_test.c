/* The C API from C: every function, its success and its error paths. Prints "N passed, N failed". */
#define INCLUSIO_EXPERIMENTAL /* its functions are tested too */
#include <inclusio/inclusio.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int passed = 0, failed = 0;

#define CHECK(cond)                                                      \
  do {                                                                   \
    if (cond) {                                                          \
      ++passed;                                                          \
    } else {                                                             \
      ++failed;                                                          \
      fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
    }                                                                    \
  } while (0)

#define CHECK_STR(a, b) CHECK((a) != NULL && strcmp((a), (b)) == 0)

static const char *example(const char *name) {
  static char path[4096];
  snprintf(path, sizeof path, "%s/examples/data/%s", INCLUSIO_SOURCE_DIR, name);
  return path;
}

static const char doc_json[] =
    "{\"format\": \"inclusio\", \"schema_version\": \"1.0\",\n"
    " \"territories\": [{\"id\": \"kh\", \"kind\": \"municipality\", \"name\": \"Kutn\xC3\xA1 Hora\", \"code\": \"533955\"}],\n"
    " \"organizations\": [{\"id\": \"mesto\", \"name\": \"M\xC4\x9Bsto Kutn\xC3\xA1 Hora\", \"kind\": \"municipality\", \"ico\": \"00236195\"}],\n"
    " \"plans\": [{\"id\": \"spsz\", \"kind\": \"strategic_plan\", \"title\": \"SPSZ\", \"territory\": \"kh\",\n"
    "   \"period\": {\"start\": \"2021-01-01\", \"end\": \"2023-12-31\"}, \"status\": \"draft\",\n"
    "   \"goals\": [{\"id\": \"cil\", \"title\": \"Bydlen\xC3\xAD\"}],\n"
    "   \"measures\": [{\"id\": \"m\", \"title\": \"Prevence\", \"goal\": \"cil\", \"theme\": \"housing\", \"status\": \"planned\",\n"
    "     \"responsible\": \"mesto\", \"budget\": {\"total\": \"1250000.00\", \"sources\": [{\"source\": \"op_z\", \"amount\": \"1200000\"}]}}]}],\n"
    " \"indicators\": [{\"id\": \"i\", \"name\": \"Osoby\", \"subject\": {\"type\": \"measure\", \"id\": \"m\"}, \"kind\": \"output\",\n"
    "   \"unit\": \"persons\", \"measure\": \"quantity\", \"direction\": \"increase\", \"aggregation\": \"cumulative\",\n"
    "   \"denominator\": {\"value\": 75.5}, \"baseline\": {\"value\": 0, \"date\": \"2021-01-01\"},\n"
    "   \"targets\": [{\"value\": 120, \"date\": \"2023-12-31\"}]}]}";

static void test_version_and_errors(void) {
  int major = -1, minor = -1, patch = -1;
  const char *v = incl_version(&major, &minor, &patch);
  char expected[32];
  snprintf(expected, sizeof expected, "%d.%d.%d", INCL_VERSION_MAJOR, INCL_VERSION_MINOR, INCL_VERSION_PATCH);
  CHECK_STR(v, expected);
  CHECK_STR(v, INCL_VERSION);
  CHECK(major == INCL_VERSION_MAJOR && minor == INCL_VERSION_MINOR && patch == INCL_VERSION_PATCH);
  CHECK(incl_version(NULL, NULL, NULL) == v);
  incl_error_clear();
  CHECK(incl_error_last() == NULL);
}

static void test_load_and_parse_errors(void) {
  incl_document *doc = (incl_document *)1;
  const char bad[] = "{\"format\": \"inclusio\",\n  \"plans\": [1,, 2]}";
  CHECK(incl_document_load_buffer(&doc, bad, sizeof bad - 1, NULL) == INCL_EPARSE);
  CHECK(doc == NULL);
  const incl_error *e = incl_error_last();
  CHECK(e != NULL && e->code == INCL_EPARSE && e->line == 2 && e->column == 15);
  CHECK(e != NULL && strstr(e->message, "line 2, column 15: unexpected ','") != NULL);
  CHECK_STR(e->pointer, "/plans/0");

  const char other[] = "{\"format\": \"geojson\", \"schema_version\": \"1.0\"}";
  CHECK(incl_document_load_buffer(&doc, other, sizeof other - 1, NULL) == INCL_EFORMAT);
  CHECK(incl_document_load_buffer(&doc, "{\"a\": 1e400}", 12, NULL) == INCL_ELIMIT);
  CHECK(incl_document_load_file(&doc, "/nonexistent/plan.json", NULL) == INCL_EIO);
  CHECK(strstr(incl_error_last()->message, "/nonexistent/plan.json") != NULL);
  CHECK(incl_document_load_buffer(NULL, "{}", 2, NULL) == INCL_EINVALID);
  CHECK(incl_document_load_buffer(&doc, NULL, 5, NULL) == INCL_EINVALID);
  CHECK(incl_document_load_file(&doc, NULL, NULL) == INCL_EINVALID);

  incl_load_options opts = INCL_LOAD_OPTIONS_INIT;
  opts.version = 99;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, &opts) == INCL_EINVALID);
  CHECK(strstr(incl_error_last()->message, "incl_load_options version 99") != NULL);
  CHECK(incl_load_options_init(&opts, 99) == INCL_EINVALID);
  CHECK(incl_load_options_init(NULL, INCL_LOAD_OPTIONS_VERSION) == INCL_EINVALID);
  CHECK(incl_load_options_init(&opts, INCL_LOAD_OPTIONS_VERSION) == INCL_OK);
  CHECK(opts.version == INCL_LOAD_OPTIONS_VERSION && opts.strict == 0);

  /* Strict loading refuses a value of the wrong form; by default it loads. */
  const char wrong[] = "{\"format\": \"inclusio\", \"schema_version\": \"1.0\", \"plans\": [{\"id\": \"p\", \"title\": 7}]}";
  opts.strict = 1;
  CHECK(incl_document_load_buffer(&doc, wrong, sizeof wrong - 1, &opts) == INCL_ESCHEMA);
  {
    /* ...and lists its problems one by one, for a host to show each at its place. */
    incl_problem p;
    size_t k, problems = incl_error_problem_count();
    int title = 0;
    CHECK(problems == 5); /* the title's type and four required members of the plan */
    for (k = 0; k < problems; ++k) {
      CHECK(incl_error_problem_at(&p, k) == INCL_OK);
      if (strcmp(p.pointer, "/plans/0/title") == 0) {
        title = 1;
        CHECK_STR(p.rule, "S003");
        CHECK_STR(p.message, "expected a string, found a number 7");
        CHECK_STR(p.message_cs, "má být řetězec, je číslo 7");
      }
    }
    CHECK(title);
    CHECK(incl_error_problem_at(&p, problems) == INCL_EINVALID);
    CHECK(incl_error_problem_count() == 0); /* the new error has none */
  }
  CHECK(incl_document_load_buffer(&doc, wrong, sizeof wrong - 1, NULL) == INCL_OK);
  incl_document_free(doc);
  opts.strict = 0;
  opts.max_depth = 2;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, &opts) == INCL_ELIMIT);
}

static void test_read(void) {
  incl_document *doc = NULL;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, NULL) == INCL_OK);
  size_t n = 0;
  CHECK(incl_document_count(&n, doc, INCL_MEASURE) == INCL_OK && n == 1);
  CHECK(incl_document_count(&n, doc, INCL_PROJECT) == INCL_OK && n == 0);
  {
    /* Every kind below the count is known: the document holds 1 territory, 1 organisation, 1 plan with 1
     * goal and 1 measure, and 1 indicator. */
    size_t total = 0;
    for (int k = 0; k < INCL_ENTITY_KIND_COUNT; ++k) {
      CHECK(incl_document_count(&n, doc, (incl_entity_kind)k) == INCL_OK);
      total += n;
    }
    CHECK(total == 6);
  }
  CHECK(incl_document_count(&n, doc, (incl_entity_kind)INCL_ENTITY_KIND_COUNT) == INCL_EINVALID);
  CHECK(incl_document_count(&n, doc, (incl_entity_kind)-1) == INCL_EINVALID);
  CHECK(incl_document_count(NULL, doc, INCL_PLAN) == INCL_EINVALID);
  const char *pointer = NULL;
  CHECK(incl_document_entity(&pointer, doc, INCL_MEASURE, 0) == INCL_OK);
  CHECK_STR(pointer, "/plans/0/measures/0");
  CHECK(incl_document_entity(&pointer, doc, INCL_MEASURE, 1) == INCL_EINVALID);
  incl_entity_kind kind = INCL_TERRITORY;
  CHECK(incl_document_find(&pointer, &kind, doc, "cil") == INCL_OK);
  CHECK_STR(pointer, "/plans/0/goals/0");
  CHECK(kind == INCL_GOAL);
  CHECK(incl_document_find(NULL, NULL, doc, "cil") == INCL_OK);
  CHECK(incl_document_find(&pointer, &kind, doc, "nic") == INCL_ENOTFOUND);
  CHECK(incl_document_find(&pointer, &kind, doc, NULL) == INCL_EINVALID);

  const char *s = NULL;
  CHECK(incl_document_get_string(&s, doc, "/territories/0/name") == INCL_OK);
  CHECK_STR(s, "Kutn\xC3\xA1 Hora");
  CHECK(incl_document_get_string(&s, doc, "/plans/0/measures/0/theme") == INCL_OK);
  CHECK_STR(s, "housing");
  CHECK(incl_document_get_string(&s, doc, "/plans/0/period") == INCL_ETYPE);
  CHECK(incl_document_get_string(&s, doc, "/plans/3/title") == INCL_ENOTFOUND);
  CHECK(incl_document_get_string(&s, doc, "plans") == INCL_EINVALID);

  int64_t minor = 0;
  char currency[4] = {0};
  CHECK(incl_document_get_money(&minor, currency, doc, "/plans/0/measures/0/budget/total") == INCL_OK);
  CHECK(minor == 125000000);
  CHECK_STR(currency, "CZK");
  CHECK(incl_document_get_money(&minor, NULL, doc, "/plans/0/measures/0/budget/sources/0/amount") == INCL_OK);
  CHECK(minor == 120000000);
  CHECK(incl_document_get_money(&minor, currency, doc, "/plans/0/title") == INCL_ETYPE);

  int y = 0, m = 0, d = 0;
  CHECK(incl_document_get_date(&y, &m, &d, doc, "/plans/0/period/end") == INCL_OK);
  CHECK(y == 2023 && m == 12 && d == 31);
  CHECK(incl_document_get_date(&y, NULL, &d, doc, "/plans/0/period/end") == INCL_EINVALID);

  int64_t millionths = 0, i64 = 0;
  CHECK(incl_document_get_decimal(&millionths, doc, "/indicators/0/denominator/value") == INCL_OK);
  CHECK(millionths == 75500000);
  CHECK(incl_document_get_decimal(&millionths, doc, "/indicators/0/targets/0/value") == INCL_OK);
  CHECK(millionths == 120000000);
  CHECK(incl_document_get_int64(&i64, doc, "/indicators/0/targets/0/value") == INCL_ETYPE);

  size_t len = 0;
  CHECK(incl_document_get_length(&len, doc, "/plans/0/measures") == INCL_OK && len == 1);
  CHECK(incl_document_get_length(&len, doc, "/plans/0/title") == INCL_ETYPE);

  incl_value_kind vk = INCL_VALUE_ABSENT;
  CHECK(incl_document_value_kind(&vk, doc, "/plans/0/approval") == INCL_OK && vk == INCL_VALUE_ABSENT);
  CHECK(incl_document_value_kind(&vk, doc, "/plans/0/period") == INCL_OK && vk == INCL_VALUE_RECORD);
  CHECK(incl_document_value_kind(&vk, doc, "/plans/0/measures/0/budget/total") == INCL_OK && vk == INCL_VALUE_MONEY);
  CHECK(incl_document_value_kind(&vk, doc, "/plans/0/nothing") == INCL_ENOTFOUND);

  incl_buffer buf = {NULL, 0};
  CHECK(incl_document_get_json(&buf, doc, "/plans/0/period") == INCL_OK);
  CHECK_STR(buf.ptr, "{\"start\":\"2021-01-01\",\"end\":\"2023-12-31\"}");
  CHECK(buf.size == strlen(buf.ptr));
  incl_buffer_dispose(&buf);
  CHECK(buf.ptr == NULL && buf.size == 0);
  incl_buffer_dispose(&buf); /* twice is fine */
  incl_buffer_dispose(NULL);
  CHECK(incl_document_get_json(&buf, doc, "/plans/0/approval") == INCL_OK);
  CHECK_STR(buf.ptr, "");
  incl_buffer_dispose(&buf);
  incl_document_free(doc);
  incl_document_free(NULL);
}

static void test_build_and_write(void) {
  incl_document *doc = NULL;
  CHECK(incl_document_new(&doc) == INCL_OK);
  CHECK(incl_document_new(NULL) == INCL_EINVALID);
  CHECK(incl_document_set_json(doc, "/currency", "\"CZK\"") == INCL_OK);
  CHECK(incl_document_set_json(doc, "/territories/-",
                               "{\"id\": \"touzim\", \"kind\": \"municipality\", \"name\": \"Tou\xC5\xBEim\", \"code\": \"555657\", \"population\": 3819}") == INCL_OK);
  CHECK(incl_document_set_json(doc, "/events/-",
                               "{\"id\": \"ref\", \"kind\": \"referendum\", \"title\": \"Referendum\", \"date\": \"2012-09-22\", "
                               "\"territory\": \"touzim\", \"outcome\": {\"valid\": 1209, \"yes\": 89, \"no\": 1113}}") == INCL_OK);
  CHECK(incl_document_set_json(doc, "/events/0/attendance", "1209") == INCL_OK);
  int64_t votes = 0;
  CHECK(incl_document_get_int64(&votes, doc, "/events/0/outcome/no") == INCL_OK && votes == 1113);
  /* A failed change leaves the document as it was. */
  CHECK(incl_document_set_json(doc, "/events/0/title", "\"a\" \"b\"") == INCL_EPARSE);
  CHECK(incl_error_last()->column == 5);
  CHECK(incl_document_set_json(doc, "/events/9/title", "\"x\"") == INCL_ENOTFOUND);
  CHECK(incl_document_set_json(doc, "/format", "\"x\"") == INCL_EINVALID);
  CHECK(incl_document_set_json(doc, NULL, "1") == INCL_EINVALID);
  const char *title = NULL;
  CHECK(incl_document_get_string(&title, doc, "/events/0/title") == INCL_OK);
  CHECK_STR(title, "Referendum");
  CHECK(incl_document_remove(doc, "/events/0/attendance") == INCL_OK);
  CHECK(incl_document_remove(doc, "/events/0/attendance") == INCL_ENOTFOUND);
  CHECK(incl_document_remove(NULL, "/events/0") == INCL_EINVALID);

  incl_buffer out = {NULL, 0};
  incl_write_options wo;
  CHECK(incl_write_options_init(&wo, INCL_WRITE_OPTIONS_VERSION) == INCL_OK);
  wo.indent = 0;
  CHECK(incl_document_write(&out, doc, &wo) == INCL_OK);
  CHECK_STR(out.ptr,
            "{\"format\":\"inclusio\",\"schema_version\":\"1.0\",\"currency\":\"CZK\",\"territories\":[{\"id\":\"touzim\","
            "\"kind\":\"municipality\",\"name\":\"Tou\xC5\xBEim\",\"code\":\"555657\",\"population\":3819}],\"events\":[{\"id\":"
            "\"ref\",\"kind\":\"referendum\",\"title\":\"Referendum\",\"date\":\"2012-09-22\",\"territory\":\"touzim\","
            "\"outcome\":{\"valid\":1209,\"yes\":89,\"no\":1113}}]}\n");
  incl_document *again = NULL;
  CHECK(incl_document_load_buffer(&again, out.ptr, out.size, NULL) == INCL_OK);
  incl_buffer_dispose(&out);
  wo.version = 0;
  CHECK(incl_document_write(&out, doc, &wo) == INCL_EINVALID);
  CHECK(incl_write_options_init(&wo, 2) == INCL_EINVALID);

  incl_document *copy = NULL;
  CHECK(incl_document_copy(&copy, again) == INCL_OK);
  CHECK(incl_document_set_json(copy, "/events/0/title", "\"Jin\xC3\xBD\"") == INCL_OK);
  CHECK(incl_document_get_string(&title, again, "/events/0/title") == INCL_OK);
  CHECK_STR(title, "Referendum");
  CHECK(incl_document_copy(NULL, again) == INCL_EINVALID);

  char path[4096];
  snprintf(path, sizeof path, "%s/capi_test_save.json", INCLUSIO_BINARY_DIR);
  CHECK(incl_document_save_file(copy, path, NULL) == INCL_OK);
  incl_document *saved = NULL;
  CHECK(incl_document_load_file(&saved, path, NULL) == INCL_OK);
  CHECK(incl_document_get_string(&title, saved, "/events/0/title") == INCL_OK);
  CHECK_STR(title, "Jin\xC3\xBD");
  remove(path);
  CHECK(incl_document_save_file(copy, "/nonexistent-dir/x.json", NULL) == INCL_EIO);
  incl_document_free(saved);
  incl_document_free(copy);
  incl_document_free(again);
  incl_document_free(doc);
}

static void test_validate(void) {
  incl_document *doc = NULL;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, NULL) == INCL_OK);
  incl_report *report = NULL;
  incl_validate_options vo;
  CHECK(incl_validate_options_init(&vo, INCL_VALIDATE_OPTIONS_VERSION) == INCL_OK);
  vo.as_of = "2026-11-23";
  CHECK(incl_validate(&report, doc, &vo) == INCL_OK);
  size_t total = 0, errors = 0, warnings = 0, infos = 0;
  CHECK(incl_report_count(&total, report) == INCL_OK);
  CHECK(incl_report_count_severity(&errors, report, INCL_SEVERITY_ERROR) == INCL_OK);
  CHECK(incl_report_count_severity(&warnings, report, INCL_SEVERITY_WARNING) == INCL_OK);
  CHECK(incl_report_count_severity(&infos, report, INCL_SEVERITY_INFO) == INCL_OK);
  CHECK(errors + warnings + infos == total);
  CHECK(incl_report_count_severity(&errors, report, (incl_severity)7) == INCL_EINVALID);
  int found_m003 = 0;
  for (size_t i = 0; i < total; ++i) {
    incl_finding f;
    CHECK(incl_report_finding(&f, report, i) == INCL_OK);
    if (strcmp(f.rule, "M003") == 0) {
      found_m003 = 1;
      CHECK(f.severity == INCL_SEVERITY_ERROR);
      CHECK_STR(f.pointer, "/plans/0/measures/0/budget/sources");
      CHECK_STR(f.entity, "m");
      CHECK_STR(f.message, "funding sources sum to 1,200,000.00 CZK but the total is 1,250,000.00 CZK");
    }
  }
  CHECK(found_m003);
  incl_finding f;
  CHECK(incl_report_finding(&f, report, total) == INCL_EINVALID);
  CHECK(incl_report_finding(NULL, report, 0) == INCL_EINVALID);
  incl_report_free(report);
  incl_report_free(NULL);

  vo.language = INCL_LANGUAGE_CS;
  vo.profile_json = "{\"rules\": {\"M003\": \"warning\"}}";
  CHECK(incl_validate(&report, doc, &vo) == INCL_OK);
  CHECK(incl_report_count(&total, report) == INCL_OK);
  for (size_t i = 0; i < total; ++i) {
    CHECK(incl_report_finding(&f, report, i) == INCL_OK);
    if (strcmp(f.rule, "M003") == 0) {
      CHECK(f.severity == INCL_SEVERITY_WARNING);
      CHECK(strstr(f.message, "zdroje financov\xC3\xA1n\xC3\xAD d\xC3\xA1vaj\xC3\xAD sou\xC4\x8D" "et") == f.message);
    }
  }
  incl_report_free(report);

  vo.profile_json = "{\"rules\": {\"Q999\": \"off\"}}";
  CHECK(incl_validate(&report, doc, &vo) == INCL_EINVALID);
  CHECK(report == NULL);
  CHECK(strstr(incl_error_last()->message, "Q999") != NULL);
  vo.profile_json = NULL;
  vo.profile = "strict";
  CHECK(incl_validate(&report, doc, &vo) == INCL_OK);
  incl_report_free(report);
  vo.profile = "lenient";
  CHECK(incl_validate(&report, doc, &vo) == INCL_EINVALID);
  vo.profile = NULL;
  vo.as_of = "2021-02-30";
  CHECK(incl_validate(&report, doc, &vo) == INCL_EINVALID);
  vo.as_of = NULL;
  vo.version = 5;
  CHECK(incl_validate(&report, doc, &vo) == INCL_EINVALID);
  CHECK(incl_validate(&report, NULL, NULL) == INCL_EINVALID);
  CHECK(incl_validate(&report, doc, NULL) == INCL_OK); /* defaults */
  incl_report_free(report);
  incl_document_free(doc);
}

/* Every finding of a report as one text, to compare reports finding for finding. */
static char *report_text(const incl_report *report) {
  size_t total = 0, used = 0, room = 1;
  char *text = NULL;
  incl_report_count(&total, report);
  for (size_t i = 0; i < total; ++i) {
    incl_finding f;
    incl_report_finding(&f, report, i);
    room += strlen(f.rule) + strlen(f.pointer) + strlen(f.entity) + strlen(f.message) + 8;
  }
  text = (char *)malloc(room);
  text[0] = '\0';
  for (size_t i = 0; i < total; ++i) {
    incl_finding f;
    incl_report_finding(&f, report, i);
    used += (size_t)snprintf(text + used, room - used, "%s %d %s %s %s\n", f.rule, (int)f.severity, f.pointer, f.entity,
                             f.message);
  }
  return text;
}

static void test_validate_threads(void) {
  incl_document *doc = NULL;
  CHECK(incl_document_load_file(&doc, example("asz-2010-2013.json"), NULL) == INCL_OK);
  incl_validate_options vo = INCL_VALIDATE_OPTIONS_INIT;
  CHECK(vo.version == 2 && vo.threads == 0);
  vo.as_of = "2026-11-23";
  incl_report *report = NULL;
  CHECK(incl_validate(&report, doc, &vo) == INCL_OK);
  char *automatic = report_text(report);
  size_t total = 0;
  CHECK(incl_report_count(&total, report) == INCL_OK);
  CHECK(total > 0);
  incl_report_free(report);
  unsigned int counts[] = {1, 2, 3, 64};
  for (size_t i = 0; i < sizeof counts / sizeof counts[0]; ++i) {
    vo.threads = counts[i];
    CHECK(incl_validate(&report, doc, &vo) == INCL_OK);
    char *text = report_text(report);
    CHECK_STR(text, automatic);
    free(text);
    incl_report_free(report);
  }

  /* A caller built against version 1: init writes none of the later members, validation reads none. */
  incl_validate_options old;
  memset(&old, 0xAB, sizeof old);
  CHECK(incl_validate_options_init(&old, 1) == INCL_OK);
  CHECK(old.version == 1 && old.as_of == NULL && old.language == INCL_LANGUAGE_EN);
  CHECK(old.threads == 0xABABABABu);
  old.as_of = "2026-11-23";
  CHECK(incl_validate(&report, doc, &old) == INCL_OK);
  char *text = report_text(report);
  CHECK_STR(text, automatic);
  free(text);
  incl_report_free(report);

  CHECK(incl_validate_options_init(&old, 3) == INCL_EINVALID);
  CHECK(strstr(incl_error_last()->message, "incl_validate_options version 3 is not supported (this library knows 1 to 2)") ==
        incl_error_last()->message);
  free(automatic);
  incl_document_free(doc);
}

/* A host rule (a town hall's own convention): measure titles of at least 10 bytes. */
static int short_titles(incl_rule_sink *sink, const incl_document *doc, void *payload) {
  size_t n = 0, i;
  int *calls = (int *)payload;
  ++*calls;
  incl_document_count(&n, doc, INCL_MEASURE);
  for (i = 0; i < n; ++i) {
    const char *at = NULL, *title = NULL;
    char title_at[256];
    incl_document_entity(&at, doc, INCL_MEASURE, i);
    snprintf(title_at, sizeof title_at, "%s/title", at);
    if (incl_document_get_string(&title, doc, title_at) == INCL_OK && strlen(title) < 10)
      /* No entity given: the finding names the measure holding the title, as built-in rules do. */
      incl_rule_sink_report(sink, INCL_SEVERITY_WARNING, title_at, NULL,
                            incl_rule_sink_language(sink) == INCL_LANGUAGE_CS ? "název je kratší než 10 bajtů"
                                                                                : "the title is shorter than 10 bytes");
  }
  return 0;
}

static int aborting(incl_rule_sink *sink, const incl_document *doc, void *payload) {
  (void)sink;
  (void)doc;
  (void)payload;
  return 7;
}

static void test_host_rules(void) {
  incl_document *doc = NULL;
  incl_report *report = NULL;
  int calls = 0;
  size_t count = 0, i;
  int found = 0;
  incl_host_rule rule = {"X001", INCL_SEVERITY_WARNING, "Short measure title", "Krátký název opatření", short_titles, NULL};
  rule.payload = &calls;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, NULL) == INCL_OK);
  CHECK(incl_validate_with_rules(&report, doc, NULL, &rule, 1) == INCL_OK);
  CHECK(calls == 1);
  CHECK(incl_report_count(&count, report) == INCL_OK);
  for (i = 0; i < count; ++i) {
    incl_finding f;
    incl_report_finding(&f, report, i);
    if (strcmp(f.rule, "X001") == 0) {
      found = 1;
      CHECK_STR(f.pointer, "/plans/0/measures/0/title");
      CHECK_STR(f.entity, "m");
      CHECK_STR(f.message, "the title is shorter than 10 bytes");
      CHECK(f.severity == INCL_SEVERITY_WARNING);
    }
  }
  CHECK(found);
  incl_report_free(report);
  {
    /* The sink tells the rule the language asked for. */
    incl_validate_options o = INCL_VALIDATE_OPTIONS_INIT;
    o.language = INCL_LANGUAGE_CS;
    found = 0;
    CHECK(incl_validate_with_rules(&report, doc, &o, &rule, 1) == INCL_OK);
    incl_report_count(&count, report);
    for (i = 0; i < count; ++i) {
      incl_finding f;
      incl_report_finding(&f, report, i);
      if (strcmp(f.rule, "X001") == 0) found = strcmp(f.message, "název je kratší než 10 bajtů") == 0;
    }
    CHECK(found);
    incl_report_free(report);
  }
  rule.check = aborting;
  CHECK(incl_validate_with_rules(&report, doc, NULL, &rule, 1) == INCL_ERROR);
  CHECK(strstr(incl_error_last()->message, "X001 stopped validation (returned 7)") != NULL);
  rule.code = "Q001";
  CHECK(incl_validate_with_rules(&report, doc, NULL, &rule, 1) == INCL_EINVALID);
  CHECK(incl_validate_with_rules(&report, doc, NULL, NULL, 1) == INCL_EINVALID);
  CHECK(incl_rule_sink_report(NULL, INCL_SEVERITY_INFO, NULL, NULL, "x") == INCL_EINVALID);
  incl_document_free(doc);
}

static void test_examples_and_catalogue(void) {
  incl_document *doc = NULL;
  CHECK(incl_document_load_file(&doc, example("asz-2010-2013.json"), NULL) == INCL_OK);
  size_t plans = 0;
  CHECK(incl_document_count(&plans, doc, INCL_PLAN) == INCL_OK && plans == 10);
  int64_t total = 0;
  size_t projects = 0;
  CHECK(incl_document_count(&projects, doc, INCL_PROJECT) == INCL_OK);
  for (size_t i = 0; i < projects; ++i) {
    const char *p = NULL;
    char at[256];
    int64_t amount = 0;
    CHECK(incl_document_entity(&p, doc, INCL_PROJECT, i) == INCL_OK);
    snprintf(at, sizeof at, "%s/approved", p);
    if (incl_document_get_money(&amount, NULL, doc, at) == INCL_OK) total += amount;
  }
  CHECK(total == 30600000000LL); /* 306 mil. Kč in haléř */
  incl_document_free(doc);

  incl_rule r;
  size_t listed = 0;
  while (incl_rule_at(&r, listed) == INCL_OK) {
    CHECK(strlen(r.code) == 4 && strlen(r.title_en) > 0 && strlen(r.title_cs) > 0);
    ++listed;
  }
  CHECK(listed > 0 && listed == incl_rule_count());
  CHECK(incl_rule_at(&r, 0) == INCL_OK);
  CHECK_STR(r.code, "S001");
  CHECK(r.severity == INCL_SEVERITY_ERROR);
  CHECK(strlen(r.rationale_cs) > 60);
  CHECK(incl_rule_at(&r, incl_rule_count()) == INCL_EINVALID);
  CHECK(incl_rule_at(NULL, 0) == INCL_EINVALID);
}

/* Revisions through C: the revised Bílina plan against the original (counted, reported in Czech, as a
 * patch), a document against itself, and two files merged, then conflicting. */
static void test_revisions(void) {
  char old_path[4096], new_path[4096];
  incl_document *before = NULL, *after = NULL, *merged = NULL;
  const incl_document *pair[2];
  const char *labels[2] = {"2011.json", "2012.json"};
  incl_buffer out = {NULL, 0}, conflicts = {NULL, 0};
  size_t changes = 99;

  snprintf(old_path, sizeof old_path, "%s/tests/fixtures/revision/bilina-2011.json", INCLUSIO_SOURCE_DIR);
  snprintf(new_path, sizeof new_path, "%s/tests/fixtures/revision/bilina-2012.json", INCLUSIO_SOURCE_DIR);
  CHECK(incl_document_load_file(&before, old_path, NULL) == INCL_OK);
  CHECK(incl_document_load_file(&after, new_path, NULL) == INCL_OK);

  CHECK(incl_document_diff(&out, &changes, before, before, INCL_FORMAT_JSON, INCL_LANGUAGE_EN) == INCL_OK);
  CHECK(changes == 0);
  incl_buffer_dispose(&out);
  CHECK(incl_document_diff(&out, &changes, before, after, INCL_FORMAT_MARKDOWN, INCL_LANGUAGE_CS) == INCL_OK);
  CHECK(changes == 12);
  CHECK(out.ptr != NULL && strstr(out.ptr, "## Vypu\xc5\xa1t\xc4\x9bn\xc3\xa1 opat\xc5\x99" "en\xc3\xad") != NULL);
  incl_buffer_dispose(&out);
  CHECK(incl_document_diff(&out, NULL, before, after, INCL_FORMAT_CSV, INCL_LANGUAGE_EN) == INCL_EINVALID);
  CHECK(incl_document_diff_patch(&out, before, after) == INCL_OK);
  CHECK(out.ptr != NULL && strstr(out.ptr, "{\"op\":\"remove\",\"path\":\"/plans/0/measures/4\"}") != NULL);
  incl_buffer_dispose(&out);
  CHECK(incl_document_diff_plans(&out, NULL, before, "nothing", INCL_FORMAT_JSON, INCL_LANGUAGE_EN) == INCL_ENOTFOUND);
  CHECK(incl_document_diff_plans(&out, NULL, before, "spsz-bilina", INCL_FORMAT_JSON, INCL_LANGUAGE_EN) == INCL_EINVALID);

  pair[0] = before;
  pair[1] = after;
  CHECK(incl_documents_merge(&merged, &conflicts, pair, 2, labels, INCL_MERGE_FAIL) == INCL_OK);
  CHECK(merged == NULL);
  CHECK(conflicts.ptr != NULL && strstr(conflicts.ptr, "\"entity\":\"spsz-bilina\",\"kind\":\"plan\",\"first\":\"2011.json\"") != NULL);
  incl_buffer_dispose(&conflicts);
  CHECK(incl_documents_merge(&merged, NULL, pair, 2, NULL, INCL_MERGE_PREFER_LAST) == INCL_OK);
  CHECK(merged != NULL);
  CHECK(incl_document_diff(&out, &changes, merged, after, INCL_FORMAT_JSON, INCL_LANGUAGE_EN) == INCL_OK);
  CHECK(changes == 0);
  incl_buffer_dispose(&out);
  incl_document_free(merged);
  merged = NULL;
  pair[1] = before;
  CHECK(incl_documents_merge(&merged, &conflicts, pair, 2, NULL, INCL_MERGE_FAIL) == INCL_OK);
  CHECK(merged != NULL && conflicts.ptr != NULL && strcmp(conflicts.ptr, "[]") == 0);
  incl_buffer_dispose(&conflicts);
  incl_document_free(merged);
  CHECK(incl_documents_merge(&merged, NULL, pair, 2, NULL, (incl_merge_policy)7) == INCL_EINVALID);
  CHECK(incl_documents_merge(NULL, NULL, pair, 2, NULL, INCL_MERGE_FAIL) == INCL_EINVALID);
  incl_document_free(before);
  incl_document_free(after);
}

/* Tables through C: one table's CSV out, a CSV of Czech cells in (upsert by id), a finding led back to
 * its row and column, and a whole document through a CSV folder and back. */
static void test_tables(void) {
  incl_document *doc = NULL;
  incl_buffer csv = {NULL, 0};
  incl_import *import = NULL;
  incl_import_finding f;
  size_t added = 0, updated = 0, count = 0, i = 0;
  int placed = 0;
  const char measures[] =
      "plan;id;title;theme;status;budget_total\n"
      "spsz-bilina;m-nove;Dluhov\xc3\xa9 poradenstv\xc3\xad;debt;planned;\"1 250 000,50\"\n"
      "spsz-bilina;m-chyba;Chyba;debt;hotovo;\n";
  const char orphan[] = "plan,id,title\nnikde,g-1,C\xc3\xadl\n";
  char folder[512];
  incl_document *back = NULL;
  incl_buffer a = {NULL, 0}, b = {NULL, 0};

  CHECK(incl_document_load_file(&doc, example("asz-2010-2013.json"), NULL) == INCL_OK);
  CHECK(incl_document_table_csv(&csv, doc, "opat\xc5\x99" "en\xc3\xad") == INCL_OK);
  CHECK(csv.ptr != NULL && strncmp(csv.ptr, "plan,id,code,title,", 19) == 0);
  incl_buffer_dispose(&csv);
  CHECK(incl_document_table_csv(&csv, doc, "nothing") == INCL_EINVALID);

  CHECK(incl_document_import_csv(&import, doc, "measures", measures, sizeof measures - 1, NULL, NULL) == INCL_OK);
  CHECK(incl_import_rows(&added, &updated, import) == INCL_OK && added == 2 && updated == 0);
  CHECK(incl_import_count(&count, import) == INCL_OK && count > 0);
  for (i = 0; i < count; ++i) {
    CHECK(incl_import_finding_at(&f, import, i) == INCL_OK);
    if (f.table && strcmp(f.finding.rule, "S004") == 0) {
      CHECK_STR(f.table, "measures");
      CHECK_STR(f.source, "measures.csv");
      CHECK(f.row == 3);
      CHECK_STR(f.column, "status");
      ++placed;
    }
  }
  CHECK(placed == 1);
  CHECK(incl_import_finding_at(&f, import, count) == INCL_ENOTFOUND);
  incl_import_free(import);
  import = NULL;
  {
    const char *p = NULL;
    incl_entity_kind kind;
    int64_t amount = 0;
    char at[256];
    CHECK(incl_document_find(&p, &kind, doc, "m-nove") == INCL_OK && kind == INCL_MEASURE);
    snprintf(at, sizeof at, "%s/budget/total", p);
    CHECK(incl_document_get_money(&amount, NULL, doc, at) == INCL_OK && amount == 125000050);
  }

  CHECK(incl_document_import_csv(&import, doc, "goals", orphan, sizeof orphan - 1, NULL, NULL) == INCL_EINVALID);
  CHECK(import == NULL);
  CHECK(strstr(incl_error_last()->message, "row 2, column plan: no plan has the id \"nikde\"") != NULL);

  snprintf(folder, sizeof folder, "%s/capi-tables", INCLUSIO_BINARY_DIR);
  CHECK(incl_document_export_tables(doc, folder, INCL_LANGUAGE_EN) == INCL_OK);
  CHECK(incl_document_new(&back) == INCL_OK);
  CHECK(incl_document_import_tables(&import, back, folder, NULL) == INCL_OK);
  {
    /* The derived tables written beside the document's are named as skipped, in the export's order. */
    size_t skipped = 0;
    const char *name = NULL;
    CHECK(incl_import_skipped_count(&skipped, import) == INCL_OK && skipped == 4);
    CHECK(incl_import_skipped_at(&name, import, 0) == INCL_OK && strcmp(name, "findings.csv") == 0);
    CHECK(incl_import_skipped_at(&name, import, 3) == INCL_OK && strcmp(name, "rollup.csv") == 0);
    CHECK(incl_import_skipped_at(&name, import, 4) == INCL_ENOTFOUND);
    CHECK(incl_import_skipped_count(NULL, import) == INCL_EINVALID);
  }
  incl_import_free(import);
  {
    incl_buffer findings = {NULL, 0};
    CHECK(incl_document_table_csv(&findings, doc, "findings") == INCL_OK);
    CHECK(strncmp(findings.ptr, "plan,entity,rule,severity,pointer,message\n", 42) == 0);
    incl_buffer_dispose(&findings);
  }
  CHECK(incl_document_write(&a, doc, NULL) == INCL_OK && incl_document_write(&b, back, NULL) == INCL_OK);
  CHECK(a.size == b.size && memcmp(a.ptr, b.ptr, a.size) == 0);
  incl_buffer_dispose(&a);
  incl_buffer_dispose(&b);
  incl_import_free(NULL);
  incl_document_free(back);
  incl_document_free(doc);
}

static void test_progress(void) {
  incl_document *doc = NULL;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, NULL) == INCL_OK);
  CHECK(incl_document_set_json(doc, "/indicators/0/observations", "[{\"date\": \"2022-06-30\", \"value\": 50}]") == INCL_OK);
  incl_progress_options po;
  CHECK(incl_progress_options_init(&po, INCL_PROGRESS_OPTIONS_VERSION) == INCL_OK);
  CHECK(po.at_risk_margin == 0.10 && po.off_track_margin == 0.25);
  po.as_of = "2022-12-31";
  incl_progress_report *pr = NULL;
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_OK);
  size_t n = 0;
  CHECK(incl_progress_count(&n, pr) == INCL_OK && n == 1);
  incl_progress p;
  CHECK(incl_progress_at(&p, pr, 0) == INCL_OK);
  CHECK_STR(p.indicator, "i");
  CHECK_STR(p.pointer, "/indicators/0");
  CHECK(p.has_baseline && p.baseline == 0);
  CHECK(p.has_current && p.current == 50000000);
  CHECK_STR(p.current_date, "2022-06-30");
  CHECK(p.observations == 1);
  CHECK(p.has_target && p.target == 120000000);
  CHECK_STR(p.target_date, "2023-12-31");
  CHECK(p.has_progress && p.progress > 0.4166 && p.progress < 0.4167);
  CHECK(p.has_expected && p.expected > 0.6663 && p.expected < 0.6664); /* 729 of 1094 days */
  CHECK(p.status == INCL_PROGRESS_AT_RISK);                           /* lags by 0.2497 */
  CHECK_STR(incl_progress_status_code(p.status), "at_risk");
  CHECK(incl_progress_status_code((incl_progress_status)9) == NULL);
  CHECK(incl_progress_at(&p, pr, 1) == INCL_EINVALID);
  incl_progress_report_free(pr);
  incl_progress_report_free(NULL);
  po.at_risk_margin = 0.5;
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_EINVALID);
  CHECK(pr == NULL);
  po.at_risk_margin = 0.1;
  po.as_of = "2022-13-01";
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_EINVALID);
  po.version = 3;
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_EINVALID);
  CHECK(incl_progress_options_init(&po, 0) == INCL_EINVALID);
  CHECK(incl_progress_compute(&pr, doc, NULL) == INCL_OK); /* defaults: today */
  incl_progress_report_free(pr);
  incl_document_free(doc);
}

/* Results monitoring (schema 1.1) from C: one indicator, categories, approved values only, the
 * details beside incl_progress (a missed milestone, the period overdue), the labels, and a version 1
 * options struct written no further than its end. */
static void test_monitoring(void) {
  incl_document *doc = NULL;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, NULL) == INCL_OK);
  CHECK(incl_document_set_json(doc, "/indicators/0/reporting_frequency", "\"quarter\"") == INCL_OK);
  CHECK(incl_document_set_json(doc, "/indicators/0/targets",
                               "[{\"value\": 60, \"date\": \"2022-06-30\"}, {\"value\": 120, \"date\": \"2023-12-31\"},"
                               " {\"value\": 30, \"date\": \"2023-12-31\", \"dimensions\": {\"gender\": \"female\"}}]") == INCL_OK);
  CHECK(incl_document_set_json(doc, "/indicators/0/observations",
                               "[{\"date\": \"2022-03-31\", \"value\": 50},"
                               " {\"date\": \"2022-03-31\", \"value\": 35, \"dimensions\": {\"gender\": \"female\"}},"
                               " {\"date\": \"2022-06-30\", \"value\": 9, \"status\": \"submitted\"}]") == INCL_OK);
  incl_progress_options po = INCL_PROGRESS_OPTIONS_INIT;
  po.as_of = "2023-05-15";
  po.indicator = "i";
  incl_progress_report *pr = NULL;
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_OK);
  incl_progress p;
  incl_progress_details d;
  CHECK(incl_progress_details_init(&d, INCL_PROGRESS_DETAILS_VERSION) == INCL_OK);
  CHECK(incl_progress_at(&p, pr, 0) == INCL_OK && incl_progress_details_at(&d, pr, 0) == INCL_OK);
  CHECK(p.status == INCL_PROGRESS_OFF_TRACK); /* 60 by mid-2022 missed: 59 then and now */
  CHECK(p.current == 59000000);               /* the total, not the total plus its category */
  CHECK(d.has_missed_target && d.missed_target_index == 0 && d.missed_targets == 1);
  CHECK_STR(d.missed_target_date, "2022-06-30");
  CHECK(d.has_missed_target_value && d.missed_target_value == 60000000);
  CHECK_STR(d.overdue_start, "2022-10-01"); /* nothing for Q4 2022 */
  CHECK_STR(d.overdue_end, "2022-12-31");
  CHECK_STR(d.name, "Osoby");
  CHECK_STR(d.unit, "persons");
  CHECK_STR(d.baseline_date, "2021-01-01");
  CHECK(d.has_target_index && d.target_index == 1);
  CHECK(!d.sum_overflows);
  incl_progress_report_free(pr);
  /* Approved values only: the submitted 9 does not count. */
  po.approved_only = 1;
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_OK);
  CHECK(incl_progress_at(&p, pr, 0) == INCL_OK && p.current == 50000000);
  incl_progress_report_free(pr);
  /* Women against their own target: 35 of 30. */
  po.approved_only = 0;
  po.dimensions_json = "{\"gender\": \"female\"}";
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_OK);
  CHECK(incl_progress_at(&p, pr, 0) == INCL_OK && incl_progress_details_at(&d, pr, 0) == INCL_OK);
  CHECK(p.current == 35000000 && p.target == 30000000 && d.target_index == 2);
  CHECK(p.status == INCL_PROGRESS_ACHIEVED);
  incl_progress_report_free(pr);
  po.dimensions_json = "[\"gender\"]";
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_EINVALID && pr == NULL);
  po.dimensions_json = NULL;
  po.indicator = "nic";
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_ENOTFOUND && pr == NULL);
  po.indicator = "m"; /* a measure, not an indicator */
  CHECK(incl_progress_compute(&pr, doc, &po) == INCL_ENOTFOUND);
  /* Labels in both languages; statuses past the last are unknown. */
  CHECK_STR(incl_progress_status_label(INCL_PROGRESS_OVERDUE, INCL_LANGUAGE_CS), "vykazov\xC3\xA1n\xC3\xAD v prodlen\xC3\xAD");
  CHECK_STR(incl_progress_status_label(INCL_PROGRESS_NO_TARGET, INCL_LANGUAGE_EN), "no target");
  CHECK_STR(incl_progress_status_code(INCL_PROGRESS_NO_TARGET), "no_target");
  CHECK(incl_progress_status_label((incl_progress_status)INCL_PROGRESS_STATUS_COUNT, INCL_LANGUAGE_EN) == NULL);
  CHECK(incl_progress_status_label(INCL_PROGRESS_ACHIEVED, (incl_language)7) == NULL);
  /* A caller built against version 1 passes 1: nothing past off_track_margin is written. */
  {
    unsigned char raw[sizeof(incl_progress_options)];
    memset(raw, 0xAB, sizeof raw);
    CHECK(incl_progress_options_init((incl_progress_options *)(void *)raw, 1) == INCL_OK);
    CHECK(raw[sizeof raw - 1] == 0xAB);
    incl_progress_options v1;
    memcpy(&v1, raw, sizeof v1);
    v1.as_of = "2023-05-15";
    CHECK(v1.version == 1 && incl_progress_compute(&pr, doc, &v1) == INCL_OK); /* version 2 members unread */
    incl_progress_report_free(pr);
  }
  /* Results per period (experimental): the half-years of the quarterly indicator, as CSV. */
  {
    incl_results_options ro;
    incl_buffer text = {0};
    CHECK(incl_results_options_init(&ro, INCL_RESULTS_OPTIONS_VERSION) == INCL_OK);
    ro.as_of = "2022-12-31";
    ro.frequency = "half_year";
    CHECK(incl_results_render(&text, doc, &ro, INCL_FORMAT_CSV, INCL_LANGUAGE_EN) == INCL_OK);
    CHECK(text.ptr && strstr(text.ptr, "\ni,2022-01-01,2022-06-30,60,declared,59,2,59,0.983333,off_track,true\n") != NULL);
    incl_buffer_dispose(&text);
    CHECK(incl_results_render(&text, doc, NULL, INCL_FORMAT_MARKDOWN, INCL_LANGUAGE_CS) == INCL_OK);
    CHECK(text.ptr && strncmp(text.ptr, "# V\xC3\xBD" "sledky po obdob\xC3\xAD" "ch", 24) == 0);
    incl_buffer_dispose(&text);
    ro.frequency = "week";
    CHECK(incl_results_render(&text, doc, &ro, INCL_FORMAT_CSV, INCL_LANGUAGE_EN) == INCL_EINVALID && text.ptr == NULL);
    ro.frequency = NULL;
    CHECK(incl_results_render(&text, doc, &ro, INCL_FORMAT_HTML, INCL_LANGUAGE_EN) == INCL_EINVALID);
  }
  CHECK(incl_progress_details_init(&d, 2) == INCL_EINVALID);
  d.version = 0;
  CHECK(incl_progress_details_at(&d, pr, 0) == INCL_EINVALID);
  incl_document_free(doc);
}

/* A NUL character (JSON's \u0000) inside a string is kept: get_text gives all of it, get_string
 * refuses rather than cut it short. */
static void test_nul_inside_strings(void) {
  static const char text[] = "{\"format\": \"inclusio\", \"schema_version\": \"1.0\", \"territories\": "
                             "[{\"id\": \"t\", \"kind\": \"municipality\", \"name\": \"Kutn\\u0000\u00e1\"}]}";
  incl_document *doc = NULL;
  CHECK(incl_document_load_buffer(&doc, text, sizeof text - 1, NULL) == INCL_OK);
  const char *s = NULL;
  size_t size = 0;
  CHECK(incl_document_get_text(&s, &size, doc, "/territories/0/name") == INCL_OK);
  CHECK(size == 7);
  CHECK(s != NULL && memcmp(s, "Kutn\0\xC3\xA1", 7) == 0);
  CHECK(incl_document_get_string(&s, doc, "/territories/0/name") == INCL_EINVALID);
  CHECK(strstr(incl_error_last()->message, "incl_document_get_text") != NULL);
  CHECK(incl_document_get_text(&s, &size, doc, "/territories/0/id") == INCL_OK);
  CHECK(size == 1);
  CHECK(incl_document_get_text(&s, NULL, doc, "/territories/0/id") == INCL_EINVALID);
  incl_buffer written = {0};
  CHECK(incl_document_write(&written, doc, NULL) == INCL_OK);
  CHECK(written.ptr != NULL && strstr(written.ptr, "\"Kutn\\u0000\xC3\xA1\"") != NULL);
  incl_buffer_dispose(&written);
  incl_document_free(doc);
}

/* Options beyond what the library handles are refused, not clamped or obeyed into a crash. */
static void test_option_limits(void) {
  incl_document *doc = NULL;
  incl_load_options lo = INCL_LOAD_OPTIONS_INIT;
  lo.max_depth = 100000000;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, &lo) == INCL_EINVALID);
  CHECK(doc == NULL);
  CHECK(strstr(incl_error_last()->message, "max_depth is 1 to 5000, not 100000000") != NULL);
  lo.max_depth = 5000;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, &lo) == INCL_OK);
  incl_write_options wo = INCL_WRITE_OPTIONS_INIT;
  incl_buffer out = {0};
  wo.indent = -1;
  CHECK(incl_document_write(&out, doc, &wo) == INCL_EINVALID);
  CHECK(strstr(incl_error_last()->message, "indent is 0 to 16 spaces, not -1") != NULL);
  wo.indent = 1000000;
  CHECK(incl_document_write(&out, doc, &wo) == INCL_EINVALID);
  wo.indent = 16;
  CHECK(incl_document_write(&out, doc, &wo) == INCL_OK);
  incl_buffer_dispose(&out);
  incl_document_free(doc);
}

/* The core renders the report and the summary; C only chooses the format. */
static void test_rendering(void) {
  incl_document *doc = NULL;
  CHECK(incl_document_load_buffer(&doc, doc_json, sizeof doc_json - 1, NULL) == INCL_OK);
  incl_validate_options vo = INCL_VALIDATE_OPTIONS_INIT;
  vo.as_of = "2024-01-01";
  incl_report *report = NULL;
  CHECK(incl_validate(&report, doc, &vo) == INCL_OK);

  incl_buffer text = {0};
  CHECK(incl_report_render(&text, report, INCL_FORMAT_TEXT, INCL_LANGUAGE_EN) == INCL_OK);
  CHECK_STR(text.ptr,
            "/plans/0/goals/0: info Q009 the goal cites no analysis as evidence [cil]\n"
            "/plans/0/measures/0/budget/sources: error M003 funding sources sum to 1,200,000.00 CZK but the total "
            "is 1,250,000.00 CZK [m]\n"
            "1 error, 0 warnings, 1 info\n");
  CHECK(text.size == strlen(text.ptr));
  incl_buffer_dispose(&text);
  /* In Czech the severities and the counts are Czech (the messages are in the validation's language). */
  CHECK(incl_report_render(&text, report, INCL_FORMAT_TEXT, INCL_LANGUAGE_CS) == INCL_OK);
  CHECK(strstr(text.ptr, "/plans/0/measures/0/budget/sources: chyba M003 ") != NULL);
  CHECK(strstr(text.ptr, "\n1 chyba, 0 varování, 1 informace\n") != NULL);
  incl_buffer_dispose(&text);

  incl_buffer csv = {0};
  CHECK(incl_report_render(&csv, report, INCL_FORMAT_CSV, INCL_LANGUAGE_EN) == INCL_OK);
  CHECK(strstr(csv.ptr, "file,rule,severity,pointer,entity,message\n,Q009,info,/plans/0/goals/0,cil,") == csv.ptr);
  CHECK(strstr(csv.ptr, ",M003,error,/plans/0/measures/0/budget/sources,m,\"funding sources sum to 1,200,000.00 CZK") != NULL);
  incl_buffer_dispose(&csv);

  incl_buffer json = {0};
  CHECK(incl_report_render(&json, report, INCL_FORMAT_JSON, INCL_LANGUAGE_EN) == INCL_OK);
  CHECK(strncmp(json.ptr, "[{\"errors\":1,\"warnings\":0,\"info\":1,\"findings\":[{\"rule\":\"Q009\"", 60) == 0);
  incl_buffer_dispose(&json);

  incl_buffer none = {0};
  CHECK(incl_report_render(&none, report, INCL_FORMAT_HTML, INCL_LANGUAGE_EN) == INCL_EINVALID);
  CHECK(strstr(incl_error_last()->message, "a validation report is not rendered as html") != NULL);
  CHECK(none.ptr == NULL);
  CHECK(incl_report_render(&none, report, (incl_output_format)99, INCL_LANGUAGE_EN) == INCL_EINVALID);
  CHECK(incl_report_render(&none, report, INCL_FORMAT_TEXT, (incl_language)7) == INCL_EINVALID);
  CHECK(incl_report_render(NULL, report, INCL_FORMAT_TEXT, INCL_LANGUAGE_EN) == INCL_EINVALID);
  incl_report_free(report);

  incl_buffer md = {0};
  CHECK(incl_summary_render(&md, doc, NULL, "2024-01-01", INCL_FORMAT_MARKDOWN, INCL_LANGUAGE_EN) == INCL_OK);
  CHECK(strncmp(md.ptr, "# Summary: portfolio\n\nAs of 2024-01-01. Plans: 1, measures: 1.\n", 63) == 0);
  incl_buffer_dispose(&md);
  incl_buffer html = {0};
  CHECK(incl_summary_render(&html, doc, "spsz", NULL, INCL_FORMAT_HTML, INCL_LANGUAGE_CS) == INCL_OK);
  CHECK(strncmp(html.ptr, "<!DOCTYPE html>", 15) == 0);
  CHECK(strstr(html.ptr, "<h1>Souhrn: spsz</h1>") != NULL);
  incl_buffer_dispose(&html);
  CHECK(incl_summary_render(&html, doc, "no-such-plan", NULL, INCL_FORMAT_JSON, INCL_LANGUAGE_EN) == INCL_ENOTFOUND);
  CHECK(incl_summary_render(&html, doc, NULL, NULL, INCL_FORMAT_CSV, INCL_LANGUAGE_EN) == INCL_EINVALID);
  CHECK(incl_summary_render(&html, doc, NULL, "2024-02-30", INCL_FORMAT_JSON, INCL_LANGUAGE_EN) == INCL_EINVALID);
  incl_document_free(doc);
}

static void test_official_territories(void) {
  incl_official_territory t, found[5], chain[4];
  size_t n = 0;
  CHECK(incl_official_territory_lookup(&t, "533955") == INCL_OK);
  CHECK_STR(t.kind, "municipality");
  CHECK_STR(t.name, "Kutn\xC3\xA1 Hora");
  CHECK(incl_official_territory_lookup(&t, "CZ063") == INCL_OK);
  CHECK_STR(t.name, "Kraj Vyso\xC4\x8Dina");
  CHECK(incl_official_territory_lookup(&t, "533131") == INCL_ENOTFOUND);
  CHECK(incl_official_territory_lookup(NULL, "533955") == INCL_EINVALID);
  CHECK(incl_official_territory_search(found, 5, &n, "kutna hora") == INCL_OK);
  CHECK(n == 3);
  CHECK_STR(found[0].code, "533955");
  CHECK_STR(found[1].kind, "orp");
  CHECK(incl_official_territory_search(NULL, 0, &n, "kutna") == INCL_OK && n == 0);
  CHECK(incl_official_territory_search(NULL, 3, &n, "kutna") == INCL_EINVALID);
  CHECK(incl_official_territory_chain(chain, "555657") == INCL_OK);
  CHECK_STR(chain[0].name, "Tou\xC5\xBEim");
  CHECK_STR(chain[1].code, "4103");
  CHECK_STR(chain[2].code, "CZ0412");
  CHECK_STR(chain[3].code, "CZ041");
  CHECK(incl_official_territory_chain(chain, "CZ041") == INCL_ENOTFOUND);
  /* The roll-up by territory (experimental): Toužim's region from a plan there. */
  {
    incl_document *doc = NULL;
    incl_buffer text = {0};
    CHECK(incl_document_load_file(&doc, example("asz-2010-2013.json"), NULL) == INCL_OK);
    CHECK(incl_rollup_render(&text, doc, "region", "2013-08-31", INCL_FORMAT_CSV, INCL_LANGUAGE_EN) == INCL_OK);
    CHECK(text.ptr && strstr(text.ptr, "\nregion,CZ041,Karlovarsk\xC3\xBD kraj,projects_approved,,CZK,31000000.00\n") != NULL);
    incl_buffer_dispose(&text);
    CHECK(incl_rollup_render(&text, doc, "microregion", NULL, INCL_FORMAT_CSV, INCL_LANGUAGE_EN) == INCL_EINVALID);
    CHECK(incl_rollup_render(&text, doc, NULL, NULL, INCL_FORMAT_TEXT, INCL_LANGUAGE_EN) == INCL_EINVALID);
    incl_document_free(doc);
  }
  /* A form's list of regions, and the region of a municipality. */
  CHECK(incl_official_territory_count(&n, "region") == INCL_OK && n == 14);
  CHECK(incl_official_territory_at(&t, "region", 0) == INCL_OK);
  CHECK_STR(t.code, "CZ010");
  CHECK(incl_official_territory_at(&t, "region", 14) == INCL_EINVALID);
  CHECK(incl_official_territory_count(&n, "municipality") == INCL_OK && n > 6000);
  CHECK(incl_official_territory_count(&n, "microregion") == INCL_EINVALID);
  CHECK(incl_official_territory_count(&n, NULL) == INCL_EINVALID);
  CHECK(incl_official_territory_region(&t, "533955") == INCL_OK);
  CHECK_STR(t.name, "St\xC5\x99" "edo\xC4\x8D" "esk\xC3\xBD kraj");
  CHECK(incl_official_territory_region(&t, "4103") == INCL_OK);
  CHECK_STR(t.code, "CZ041");
  CHECK(incl_official_territory_region(&t, "999999") == INCL_ENOTFOUND);
}

/* What a town hall's system met building a plan from database rows (issue 18's defects). */
static void test_building_by_calls(void) {
  incl_document *doc = NULL;
  incl_buffer before = {NULL, 0}, after = {NULL, 0};
  incl_value_kind kind;
  size_t length = 99;
  const char *at = NULL;
  incl_entity_kind entity_kind;
  CHECK(incl_document_new(&doc) == INCL_OK);
  CHECK(incl_document_set_json(doc, "/plans/-",
                               "{\"id\": \"p\", \"kind\": \"local_action_plan\", \"title\": \"Pl\u00e1n\"}") == INCL_OK);

  /* Appending to a list the record does not have yet creates it. */
  CHECK(incl_document_set_json(doc, "/plans/0/goals/-", "{\"id\": \"g\", \"title\": \"C\u00edl\"}") == INCL_OK);
  CHECK(incl_document_set_json(doc, "/plans/0/themes/-", "\"housing\"") == INCL_OK);
  CHECK(incl_document_set_json(doc, "/plans/0/measures/-", "{\"id\": \"m1\", \"title\": \"Opat\u0159en\u00ed\", \"budget\": {\"total\": \"100.00\"}}") == INCL_OK);
  CHECK(incl_document_set_json(doc, "/plans/0/measures/0/budget/sources/-", "{\"source\": \"op_z\", \"amount\": \"85.00\"}") == INCL_OK);
  CHECK(incl_document_get_length(&length, doc, "/plans/0/goals") == INCL_OK && length == 1);
  CHECK(incl_document_get_length(&length, doc, "/plans/0/measures/0/budget/sources") == INCL_OK && length == 1);
  {
    int64_t haler = 0;
    char currency[4] = "";
    CHECK(incl_document_get_money(&haler, currency, doc, "/plans/0/measures/0/budget/sources/0/amount") == INCL_OK);
    CHECK(haler == 8500 && strcmp(currency, "CZK") == 0);
  }

  /* A path under a list the document lacks is not found, with the step that is not there. */
  CHECK(incl_document_value_kind(&kind, doc, "/plans/0/eu_priorities/999999/no_such_field") == INCL_ENOTFOUND);
  CHECK_STR(incl_error_last()->pointer, "/plans/0/eu_priorities/999999");
  CHECK(incl_document_value_kind(&kind, doc, "/plans/0/eu_priorities/0") == INCL_ENOTFOUND);
  /* ...and the list itself is absent, with no elements. */
  CHECK(incl_document_value_kind(&kind, doc, "/plans/0/eu_priorities") == INCL_OK && kind == INCL_VALUE_ABSENT);
  CHECK(incl_document_get_length(&length, doc, "/plans/0/eu_priorities") == INCL_OK && length == 0);
  /* A member of a record the document lacks is absent; a name the format lacks is not found. */
  CHECK(incl_document_value_kind(&kind, doc, "/plans/0/period/start") == INCL_OK && kind == INCL_VALUE_ABSENT);
  CHECK(incl_document_value_kind(&kind, doc, "/plans/0/period/no_such_field") == INCL_ENOTFOUND);
  CHECK_STR(incl_error_last()->pointer, "/plans/0/period/no_such_field");
  /* A getter on a value of another kind says where. */
  CHECK(incl_document_get_length(&length, doc, "/plans/0/title") == INCL_ETYPE);
  CHECK_STR(incl_error_last()->pointer, "/plans/0/title");

  /* A failed change leaves the document as it was. */
  CHECK(incl_document_write(&before, doc, NULL) == INCL_OK);
  CHECK(incl_document_set_json(doc, "/plans/0/period/start", "\"2021-01-01\"") == INCL_ENOTFOUND);
  CHECK_STR(incl_error_last()->pointer, "/plans/0/period");
  CHECK(incl_document_set_json(doc, "/plans/0/goals/5/title", "\"x\"") == INCL_ENOTFOUND);
  CHECK_STR(incl_error_last()->pointer, "/plans/0/goals/5");
  CHECK(incl_document_set_json(doc, "/plans/0/measures/-", "{\"id\": ") == INCL_EPARSE);
  CHECK(incl_document_remove(doc, "/plans/0/measures/0/budget/sources/3") == INCL_ENOTFOUND);
  CHECK(incl_document_write(&after, doc, NULL) == INCL_OK);
  CHECK(before.size == after.size && strcmp(before.ptr, after.ptr) == 0);
  incl_buffer_dispose(&before);
  incl_buffer_dispose(&after);

  /* Lookups by id after changes: appended, renamed and removed entities. */
  {
    char measure[160];
    int i;
    for (i = 2; i <= 300; ++i) {
      snprintf(measure, sizeof measure, "{\"id\": \"m%d\", \"title\": \"Opat\u0159en\u00ed %d\"}", i, i);
      CHECK(incl_document_set_json(doc, "/plans/0/measures/-", measure) == INCL_OK);
      snprintf(measure, sizeof measure, "m%d", i / 2 + 1);
      CHECK(incl_document_find(&at, &entity_kind, doc, measure) == INCL_OK && entity_kind == INCL_MEASURE);
    }
    CHECK(incl_document_find(&at, NULL, doc, "m300") == INCL_OK);
    CHECK_STR(at, "/plans/0/measures/299");
    CHECK(incl_document_set_json(doc, "/plans/0/measures/299/id", "\"posledni\"") == INCL_OK);
    CHECK(incl_document_find(&at, NULL, doc, "m300") == INCL_ENOTFOUND);
    CHECK(incl_document_find(&at, NULL, doc, "posledni") == INCL_OK);
    CHECK_STR(at, "/plans/0/measures/299");
    CHECK(incl_document_remove(doc, "/plans/0/measures/0") == INCL_OK);
    CHECK(incl_document_find(&at, NULL, doc, "posledni") == INCL_OK);
    CHECK_STR(at, "/plans/0/measures/298");
    CHECK(incl_document_find(&at, NULL, doc, "m1") == INCL_ENOTFOUND);
    /* An appended id already held elsewhere: the first holder in document order keeps it. */
    CHECK(incl_document_set_json(doc, "/plans/-", "{\"id\": \"q\", \"goals\": [{\"id\": \"g2\"}]}") == INCL_OK);
    CHECK(incl_document_find(&at, &entity_kind, doc, "g2") == INCL_OK && entity_kind == INCL_GOAL);
    CHECK_STR(at, "/plans/1/goals/0");
    CHECK(incl_document_set_json(doc, "/plans/0/goals/-", "{\"id\": \"g2\"}") == INCL_OK);
    CHECK(incl_document_find(&at, NULL, doc, "g2") == INCL_OK);
    CHECK_STR(at, "/plans/0/goals/1");
  }
  incl_document_free(doc);
}

/* What a web form needs: drop-downs with Czech labels, amounts read and written as people write them. */
static void test_codelists_and_amounts(void) {
  incl_codelist list;
  incl_code code;
  size_t index = 0;
  incl_buffer out = {NULL, 0};
  int64_t value = 0;
  CHECK(incl_codelist_count() == 26);
  CHECK(incl_codelist_at(&list, 0) == INCL_OK);
  CHECK_STR(list.key, "territory_kind");
  CHECK(incl_codelist_find(&list, &index, "measure_status") == INCL_OK);
  CHECK_STR(list.name_cs, "stav opatření");
  CHECK(list.size == 7);
  CHECK(incl_codelist_code(&code, index, 2) == INCL_OK);
  CHECK_STR(code.code, "in_progress");
  CHECK_STR(code.label_cs, "v realizaci");
  CHECK(incl_codelist_code(&code, index, 7) == INCL_EINVALID);
  CHECK(incl_codelist_find(&list, NULL, "eu_priority") == INCL_OK && list.size == 6);
  CHECK(incl_codelist_find(&list, NULL, "nic") == INCL_ENOTFOUND);

  CHECK(incl_money_format(&out, 125000050, NULL, INCL_LANGUAGE_CS) == INCL_OK);
  CHECK_STR(out.ptr, "1\xC2\xA0" "250\xC2\xA0" "000,50\xC2\xA0" "Kč");
  incl_buffer_dispose(&out);
  CHECK(incl_money_format(&out, -5, "EUR", INCL_LANGUAGE_EN) == INCL_OK);
  CHECK_STR(out.ptr, "-0.05 EUR");
  incl_buffer_dispose(&out);
  CHECK(incl_money_format(&out, 5, "eur", INCL_LANGUAGE_EN) == INCL_EINVALID);
  CHECK(incl_money_parse(&value, "1250000.50") == INCL_OK && value == 125000050);
  CHECK(incl_money_parse(&value, "1,5") == INCL_EINVALID);
  CHECK(incl_money_parse(&value, "0.005") == INCL_EINVALID);
  CHECK(incl_decimal_format(&out, 1234500000, INCL_LANGUAGE_CS) == INCL_OK);
  CHECK_STR(out.ptr, "1\xC2\xA0" "234,5");
  incl_buffer_dispose(&out);
  CHECK(incl_decimal_parse(&value, "75.5") == INCL_OK && value == 75500000);
  CHECK(incl_decimal_parse(&value, "7e") == INCL_EINVALID);

  CHECK(incl_json_schema(&out) == INCL_OK && out.ptr[0] == '{' && strstr(out.ptr, "\"$defs\"") != NULL);
  incl_buffer_dispose(&out);
  CHECK(incl_rules_markdown(&out) == INCL_OK && strstr(out.ptr, "M003") != NULL);
  incl_buffer_dispose(&out);
}

int main(void) {
  test_codelists_and_amounts();
  test_building_by_calls();
  test_host_rules();
  test_nul_inside_strings();
  test_official_territories();
  test_progress();
  test_monitoring();
  test_version_and_errors();
  test_load_and_parse_errors();
  test_read();
  test_build_and_write();
  test_validate();
  test_validate_threads();
  test_rendering();
  test_option_limits();
  test_examples_and_catalogue();
  test_tables();
  test_revisions();
  printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 ? 0 : 1;
}
