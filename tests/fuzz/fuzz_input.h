// Reading a libFuzzer input as a stream of small values. Every read past
// the end yields zeros, so a harness never has to check the length: any
// byte string is a valid program for it, and a short one is a short
// program (libFuzzer mutates lengths freely).
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace ttvm::fuzz {

class Input {
 public:
  Input(const uint8_t* data, size_t size) : p_(data), n_(size) {}

  bool done() const { return pos_ >= n_; }
  size_t left() const { return done() ? 0 : n_ - pos_; }
  uint8_t u8() { return pos_ < n_ ? p_[pos_++] : 0; }
  uint16_t u16() { return uint16_t(u8() | u8() << 8); }
  uint32_t u32() { return uint32_t(u16()) | uint32_t(u16()) << 16; }
  uint64_t u64() { return uint64_t(u32()) | uint64_t(u32()) << 32; }
  // Up to n bytes (fewer at the end of the input).
  std::vector<uint8_t> bytes(size_t n) {
    n = n < left() ? n : left();
    std::vector<uint8_t> v(p_ + pos_, p_ + pos_ + n);
    pos_ += n;
    return v;
  }
  std::vector<uint8_t> rest() { return bytes(left()); }
  std::string str(size_t n) {
    const auto v = bytes(n);
    return std::string(v.begin(), v.end());
  }

 private:
  const uint8_t* p_;
  size_t n_;
  size_t pos_ = 0;
};

// An invariant the fuzzer checks failed: print it and abort, so libFuzzer
// saves the input as a crash.
[[noreturn]] void fail(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

}  // namespace ttvm::fuzz
