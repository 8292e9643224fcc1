#pragma once
// Newlines and characters of UTF-8 text, for the line and column of a place in it. A load counts every
// byte of its input, so with SSE2 (every x86-64) 16 bytes are tested at once.

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace inclusio::detail {

// The number of bytes of `text` that match: `matches16` tests 16 bytes at once (SSE2), `matches1` one.
#if defined(__SSE2__)
template <class Matches16, class Matches1>
std::size_t count_bytes(std::string_view text, Matches16 matches16, Matches1 matches1) {
  const char* p = text.data();
  const char* end = p + text.size();
  std::size_t n = 0;
  while (end - p >= 16) {
    // Each match subtracts -1 from a byte counter; 255 rounds cannot overflow one.
    __m128i counters = _mm_setzero_si128();
    for (int round = 0; round < 255 && end - p >= 16; ++round, p += 16)
      counters = _mm_sub_epi8(counters, matches16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))));
    __m128i sums = _mm_sad_epu8(counters, _mm_setzero_si128());
    n += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
         static_cast<std::size_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
  }
  for (; p != end; ++p) n += matches1(*p);
  return n;
}
#define INCLUSIO_BYTES_MATCHING(TEXT, SSE2_TEST, TEST) \
  count_bytes(TEXT, [](__m128i bytes) { return SSE2_TEST; }, [](char c) { return TEST; })
#else
template <class Matches1>
std::size_t count_bytes(std::string_view text, Matches1 matches1) {
  std::size_t n = 0;
  for (char c : text) n += matches1(c);
  return n;
}
#define INCLUSIO_BYTES_MATCHING(TEXT, SSE2_TEST, TEST) count_bytes(TEXT, [](char c) { return TEST; })
#endif

inline std::size_t count_newlines(std::string_view text) {
  return INCLUSIO_BYTES_MATCHING(text, _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')), c == '\n');
}

// Unicode characters: the bytes that do not continue a UTF-8 sequence (10xxxxxx, as signed bytes
// -128 to -65).
inline std::size_t count_characters(std::string_view text) {
  return text.size() - INCLUSIO_BYTES_MATCHING(text, _mm_cmplt_epi8(bytes, _mm_set1_epi8(-64)),
                                               (static_cast<unsigned char>(c) & 0xC0) == 0x80);
}
#undef INCLUSIO_BYTES_MATCHING

}  // namespace inclusio::detail
