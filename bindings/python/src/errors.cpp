#include "errors.hpp"

#include <inclusio/error.hpp>

#include <pybind11/pybind11.h>

#include <exception>
#include <new>
#include <string>

namespace py = pybind11;

namespace inclusio::python {
namespace {

py::dict position_details(const TextPosition& position, const std::string& pointer) {
  py::dict details;
  if (position.line != 0) {
    details["line"] = position.line;
    details["column"] = position.column;
    details["offset"] = position.offset;
  }
  details["pointer"] = pointer;
  return details;
}

// Sets the Python error built by inclusio.errors.from_native(code, message, details).
void raise_translated(std::string_view code, const char* message, py::dict details) {
  try {
    py::object factory = py::module_::import("inclusio.errors").attr("from_native");
    py::object error = factory(py::str(code.data(), code.size()), py::str(message), details);
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(error.ptr())), error.ptr());
  } catch (py::error_already_set& failure) {
    // inclusio.errors cannot be imported (the native module used on its own): keep the message.
    failure.restore();
    PyErr_Clear();
    PyErr_SetString(PyExc_RuntimeError, message);
  }
}

void translate(std::exception_ptr thrown) {
  try {
    std::rethrow_exception(thrown);
  } catch (const ParseError& e) {
    py::dict details = position_details(e.position(), e.pointer());
    details["reason"] = e.reason();
    raise_translated(error_code_name(e.code()), e.what(), details);
  } catch (const FormatError& e) {
    py::dict details = position_details(e.position(), e.pointer());
    details["rule"] = FormatError::rule;
    raise_translated(error_code_name(e.code()), e.what(), details);
  } catch (const SchemaError& e) {
    py::list problems;
    for (const FormProblem& p : e.problems()) problems.append(py::make_tuple(p.rule, p.pointer, p.message));
    py::dict details;
    details["problems"] = problems;
    raise_translated(error_code_name(e.code()), e.what(), details);
  } catch (const PathNotFound& e) {
    py::dict details;
    details["pointer"] = e.pointer();
    raise_translated(error_code_name(e.code()), e.what(), details);
  } catch (const Error& e) {
    raise_translated(error_code_name(e.code()), e.what(), py::dict());
  } catch (const std::bad_alloc&) {
    PyErr_SetString(PyExc_MemoryError, "out of memory");
  } catch (const py::builtin_exception& e) {
    e.set_error();
  } catch (const std::exception& e) {
    raise_translated("internal", e.what(), py::dict());
  }
}

}  // namespace

void register_error_translation() { py::register_exception_translator(&translate); }

}  // namespace inclusio::python
