// Peak heap while loading one file, beside Boost.JSON's DOM of the same text: a program of its own,
// run by inclusio_bench, so that counting allocations (heap_meter.cpp replaces operator new) never
// slows the timed runs of either side.
//
//   build/bench/inclusio_bench_heap FILE      prints: <inclusio peak bytes> <Boost DOM peak bytes>

#include "heap_meter.hpp"

#include <inclusio/inclusio.hpp>

#include <boost/json/parse.hpp>

#include <cstdio>
#include <exception>
#include <fstream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
    return 2;
  }
  try {
    using inclusio::bench::heap_peak_reset;
    using inclusio::bench::heap_peak_since_reset;
    heap_peak_reset();
    { inclusio::Document doc = inclusio::load_file(argv[1]); }
    std::size_t load = heap_peak_since_reset();

    std::ifstream in(argv[1], std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    heap_peak_reset();
    { auto dom = boost::json::parse(text); }
    std::size_t dom = heap_peak_since_reset();
    std::printf("%zu %zu\n", load, dom);
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
}
