#pragma once
// The whole C++ interface of inclusio.

#include <inclusio/access.hpp>
#include <inclusio/codelists.hpp>
#include <inclusio/date.hpp>
#include <inclusio/decimal.hpp>
#include <inclusio/diff.hpp>
#include <inclusio/document.hpp>
#include <inclusio/entities.hpp>
#include <inclusio/error.hpp>
#include <inclusio/file.hpp>
#include <inclusio/field.hpp>
#include <inclusio/json.hpp>
#include <inclusio/money.hpp>
#include <inclusio/official_territories.hpp>
#include <inclusio/progress.hpp>
#include <inclusio/results.hpp>
#include <inclusio/rollup.hpp>
#include <inclusio/render.hpp>
#include <inclusio/schema.hpp>
#include <inclusio/summary.hpp>
#include <inclusio/tables.hpp>
#include <inclusio/validate.hpp>
#include <inclusio/version.hpp>
