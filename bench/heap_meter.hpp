#pragma once
// Counts the bytes the program has on the heap, to report the peak a piece of work reaches. The
// counting operator new and delete are defined in heap_meter.cpp, which only the benchmark links.

#include <cstddef>

namespace inclusio::bench {

// Starts a measurement: the peak is reset to what is allocated now.
void heap_peak_reset() noexcept;
// The largest number of bytes allocated at once since the last reset, above what was allocated then.
std::size_t heap_peak_since_reset() noexcept;

}  // namespace inclusio::bench
