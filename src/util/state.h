// Serialization of machine state (DESIGN.md, core contract 4): every hart,
// device and memory writes itself into a StateWriter and reads itself back
// from a StateReader. The format is a flat little-endian byte stream; the
// reader checks bounds and throws UserError on truncated input, so a corrupt
// snapshot is reported, never read past its end.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

#include "util/error.h"

namespace ttvm {

class StateWriter {
 public:
  template <typename T>
  void put(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto* p = reinterpret_cast<const uint8_t*>(&v);
    buf_.insert(buf_.end(), p, p + sizeof(T));
  }
  void put_bytes(const void* data, size_t n) {
    put<uint64_t>(n);
    const auto* p = static_cast<const uint8_t*>(data);
    buf_.insert(buf_.end(), p, p + n);
  }
  const std::vector<uint8_t>& bytes() const { return buf_; }

 private:
  std::vector<uint8_t> buf_;
};

class StateReader {
 public:
  StateReader(const uint8_t* data, size_t size) : p_(data), end_(data + size) {}
  explicit StateReader(const std::vector<uint8_t>& v) : StateReader(v.data(), v.size()) {}

  template <typename T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T));
    T v;
    std::memcpy(&v, p_, sizeof(T));
    p_ += sizeof(T);
    return v;
  }
  template <typename T>
  void get(T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    need(sizeof(T));
    std::memcpy(&v, p_, sizeof(T));
    p_ += sizeof(T);
  }
  void get_bytes(void* out, size_t expected) {
    uint64_t n = get<uint64_t>();
    if (n != expected)
      throw UserError("machine state: block of " + std::to_string(n) + " bytes where " +
                      std::to_string(expected) + " were expected");
    need(n);
    std::memcpy(out, p_, n);
    p_ += n;
  }
  // A length-prefixed block of any size (put_bytes), checked against what
  // is left.
  std::vector<uint8_t> get_blob() {
    const uint64_t n = get<uint64_t>();
    need(n);
    std::vector<uint8_t> v(p_, p_ + n);
    p_ += n;
    return v;
  }
  void get_raw(void* out, size_t n) {
    need(n);
    std::memcpy(out, p_, n);
    p_ += n;
  }
  bool at_end() const { return p_ == end_; }

 private:
  void need(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) throw UserError("machine state: truncated");
  }
  const uint8_t* p_;
  const uint8_t* end_;
};

}  // namespace ttvm
