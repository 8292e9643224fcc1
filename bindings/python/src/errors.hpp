#pragma once
// Translation of the core's exceptions into the Python hierarchy of inclusio.errors.

namespace inclusio::python {

// Registers a pybind11 translator: every inclusio::Error becomes the inclusio.errors class of its
// code with its details (line, column, offset, pointer, problems); any other C++ exception becomes
// inclusio.errors.Error, so no C++ exception reaches Python untranslated.
void register_error_translation();

}  // namespace inclusio::python
