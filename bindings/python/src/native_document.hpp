#pragma once
// The document as the Python package holds it: the core's Document and a lock, because the GIL is
// released while a document is loaded, written or validated and another Python thread may change it
// meanwhile.

#include <inclusio/document.hpp>

#include <shared_mutex>
#include <utility>

namespace inclusio::python {

struct NativeDocument {
  explicit NativeDocument(Document d) : doc(std::move(d)) {}
  Document doc;
  mutable std::shared_mutex mutex;  // shared to read (validate, write), unique to change
};

}  // namespace inclusio::python
