#include "cpu/jit/unwind.h"

#include <cstring>
#include <initializer_list>

// libgcc's registration of frame descriptions made at run time (what JITs
// use on Linux); the argument is an .eh_frame section: records, then a zero.
extern "C" void __register_frame(void*);
extern "C" void __deregister_frame(void*);

namespace ttvm {
namespace {

// Byte by byte: GCC 12 warns falsely on vector::insert of an initializer list.
void append(std::vector<uint8_t>& v, std::initializer_list<uint8_t> bytes) {
  for (uint8_t b : bytes) v.push_back(b);
}
void put32(std::vector<uint8_t>& v, size_t at, uint32_t x) { std::memcpy(v.data() + at, &x, 4); }
void append64(std::vector<uint8_t>& v, uint64_t x) {
  const size_t at = v.size();
  v.resize(at + 8);
  std::memcpy(v.data() + at, &x, 8);
}
// Pads a record to a multiple of 8 bytes with DW_CFA_nop and fills in its length.
void close_record(std::vector<uint8_t>& v, size_t start) {
  while ((v.size() - start) % 8) v.push_back(0);
  put32(v, start, uint32_t(v.size() - start - 4));
}

}  // namespace

JitUnwindInfo::~JitUnwindInfo() {
  if (!eh_frame_.empty()) __deregister_frame(eh_frame_.data());
}

void JitUnwindInfo::cover(const void* begin, size_t size) {
  if (!eh_frame_.empty()) return;
  std::vector<uint8_t>& v = eh_frame_;
  // CIE. The frame translate.cpp's prologue builds, at every call out:
  // push rbx, rbp, r12, r13, r14, r15, sub rsp 8, so the caller's rsp (the
  // CFA) is rsp + 64, the return address is at CFA - 8 and the saved
  // registers below it in push order.
  const size_t cie = v.size();
  append(v, {0, 0, 0, 0,         // length, filled in
             0, 0, 0, 0,         // CIE id
             1,                  // version
             'z', 'R', 0,        // augmentation: has data; FDE pointer encoding
             1,                  // code alignment factor
             0x78,               // data alignment factor -8 (sleb128)
             16,                 // return address column: rip
             1,                  // augmentation data length
             0x00,               // DW_EH_PE_absptr: 8-byte absolute addresses
             0x0c, 7, 64,        // DW_CFA_def_cfa rsp + 64
             0x80 | 16, 1,       // rip at CFA - 8
             0x80 | 3, 2,        // rbx at CFA - 16
             0x80 | 6, 3,        // rbp
             0x80 | 12, 4,       // r12
             0x80 | 13, 5,       // r13
             0x80 | 14, 6,       // r14
             0x80 | 15, 7});     // r15 at CFA - 56
  close_record(v, cie);
  // FDE: the whole region; no instructions of its own (the frame never
  // changes where anything can throw).
  const size_t fde = v.size();
  append(v, {0, 0, 0, 0, 0, 0, 0, 0});
  put32(v, fde + 4, uint32_t(fde + 4 - cie));  // back to the CIE
  append64(v, reinterpret_cast<uintptr_t>(begin));
  append64(v, size);
  v.push_back(0);  // augmentation data length
  close_record(v, fde);
  append(v, {0, 0, 0, 0});  // end of the section
  __register_frame(v.data());
}

}  // namespace ttvm
