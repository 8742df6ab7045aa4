// Address translation (Sv39/Sv48, privileged spec 1.12 section 4.3-4.4) and
// the memory-access slow path: TLB refills, PMP, MMIO, page-crossing and
// flagged pages, atomics. A and D bits are set by the hardware walker (as on
// QEMU), not by page faults.
#include <algorithm>

#include "cpu/hart.h"

namespace ttvm {
namespace {

constexpr uint64_t kPteV = 1, kPteR = 2, kPteW = 4, kPteX = 8, kPteU = 16, kPteA = 64, kPteD = 128;

uint64_t page_fault_cause(Access a) {
  return a == Access::kExec ? exc::kInsnPage : a == Access::kRead ? exc::kLoadPage : exc::kStorePage;
}
uint64_t access_fault_cause(Access a) {
  return a == Access::kExec ? exc::kInsnAccess : a == Access::kRead ? exc::kLoadAccess : exc::kStoreAccess;
}

}  // namespace

Priv Hart::data_priv() const {
  if (priv_ == Priv::kM && (mstatus_ & mstatus::kMprv)) return Priv((mstatus_ & mstatus::kMpp) >> mstatus::kMppShift);
  return priv_;
}

void Hart::update_data_mode() {
  switch (data_priv()) {
    case Priv::kU: data_mode_ = kModeU; break;
    case Priv::kS: data_mode_ = (mstatus_ & mstatus::kSum) ? kModeSSum : kModeS; break;
    default: data_mode_ = kModeM; break;
  }
}

void Hart::flush_tlbs() {
  for (unsigned m = 0; m < kModes; ++m) {
    itlb_[m].flush();
    dtlb_r_[m].flush();
    dtlb_w_[m].flush();
  }
  flush_jump_cache();
}

void Hart::flush_jump_cache() {
  jfilled_.flush([this](unsigned i) { jcache_[i].tag = ~0ull; },
                 [this] {
                   for (auto& j : jcache_) j.tag = ~0ull;
                 });
}

void Hart::flush_write_tlb_ppage(uint64_t ppage) {
  for (unsigned m = 0; m < kModes; ++m) dtlb_w_[m].flush_ppage(ppage);
}

Hart::XlateStatus Hart::translate(uint64_t va, Access a, Priv p, bool sum, bool mxr, bool update_ad, uint64_t& pa) {
  const uint64_t mode = satp_ >> 60;
  if (p == Priv::kM || mode == 0) {
    pa = va;
    return XlateStatus::kOk;
  }
  const unsigned levels = mode == 9 ? 4 : 3;
  const unsigned va_bits = 12 + 9 * levels;
  // The address must be sign-extended from its top bit.
  const int64_t sva = int64_t(va << (64 - va_bits)) >> (64 - va_bits);
  if (uint64_t(sva) != va) return XlateStatus::kPageFault;

  uint64_t table = (satp_ & ((1ull << 44) - 1)) << 12;
  for (int level = int(levels) - 1; level >= 0; --level) {
    const uint64_t vpn = (va >> (12 + 9 * level)) & 0x1ff;
    const uint64_t pte_addr = table + vpn * 8;
    // The walk's own reads are checked by PMP as S-mode reads.
    if (!pmp_.check(pte_addr, 8, Access::kRead, Priv::kS) || !ram_.contains(pte_addr, 8))
      return XlateStatus::kAccessFault;
    uint64_t pte;
    std::memcpy(&pte, ram_.host(pte_addr), 8);
    if (!(pte & kPteV) || (!(pte & kPteR) && (pte & kPteW))) return XlateStatus::kPageFault;
    if (pte >> 54) return XlateStatus::kPageFault;  // reserved bits (no Svpbmt/Svnapot)
    const uint64_t ppn = (pte >> 10) & ((1ull << 44) - 1);
    if (!(pte & (kPteR | kPteX))) {  // pointer to the next level
      if (level == 0) return XlateStatus::kPageFault;
      table = ppn << 12;
      continue;
    }
    // Leaf: permission checks.
    if (p == Priv::kU && !(pte & kPteU)) return XlateStatus::kPageFault;
    if (p == Priv::kS && (pte & kPteU) && (a == Access::kExec || !sum)) return XlateStatus::kPageFault;
    switch (a) {
      case Access::kExec:
        if (!(pte & kPteX)) return XlateStatus::kPageFault;
        break;
      case Access::kRead:
        if (!(pte & kPteR) && !(mxr && (pte & kPteX))) return XlateStatus::kPageFault;
        break;
      case Access::kWrite:
        if (!(pte & kPteW)) return XlateStatus::kPageFault;
        break;
    }
    // A superpage's PPN must be aligned to its size.
    if (level > 0 && (ppn & ((1ull << (9 * level)) - 1))) return XlateStatus::kPageFault;
    if (update_ad) {
      uint64_t npte = pte | kPteA | (a == Access::kWrite ? kPteD : 0);
      if (npte != pte) {
        if (!pmp_.check(pte_addr, 8, Access::kWrite, Priv::kS)) return XlateStatus::kAccessFault;
        ram_.write(pte_addr, &npte, 8);
      }
    }
    const uint64_t offset_mask = (1ull << (12 + 9 * level)) - 1;
    pa = ((ppn << 12) & ~offset_mask) | (va & offset_mask);
    return XlateStatus::kOk;
  }
  return XlateStatus::kPageFault;
}

bool Hart::xlate_access(uint64_t va, unsigned size, Access a, Xlate& out, bool raise_trap) {
  const Priv p = a == Access::kExec ? priv_ : data_priv();
  const bool sum = mstatus_ & mstatus::kSum, mxr = mstatus_ & mstatus::kMxr;
  uint64_t pa;
  XlateStatus st = translate(va, a, p, sum, mxr, true, pa);
  if (st == XlateStatus::kPageFault) {
    if (raise_trap) raise(page_fault_cause(a), va);
    return false;
  }
  if (st == XlateStatus::kAccessFault || !pmp_.check(pa, size, a, p)) {
    if (raise_trap) raise(access_fault_cause(a), va);
    return false;
  }
  out.pa = pa;
  // Data triggers see every access only if none goes through a TLB.
  out.cacheable = pmp_.page_ok(pa, a, p) && !(a != Access::kExec && trig_.data_armed());
  return true;
}

bool Hart::debug_translate(uint64_t va, uint64_t& pa) {
  const Priv p = data_priv();
  return translate(va, Access::kRead, p, mstatus_ & mstatus::kSum, mstatus_ & mstatus::kMxr, false, pa) ==
         XlateStatus::kOk;
}

bool Hart::debug_translate_supervisor(uint64_t va, uint64_t& pa) {
  return translate(va, Access::kRead, Priv::kS, true, mstatus_ & mstatus::kMxr, false, pa) == XlateStatus::kOk;
}

bool Hart::load_piece(uint64_t va, unsigned size, uint64_t& v) {
  Xlate xl;
  if (!xlate_access(va, size, Access::kRead, xl)) return false;
  if (ram_.contains(xl.pa, size)) {
    uint8_t* host = ram_.host(xl.pa);
    v = 0;
    std::memcpy(&v, host, size);
    const uint8_t flags = ram_.page_flags(xl.pa);
    if (__builtin_expect(flags & Ram::kReadHook, 0)) env_.watched_read(*this, xl.pa, size);
    // A watched page never enters the TLB: its accesses must all come here.
    if (xl.cacheable && !(flags & Ram::kReadHook) && !(dbg_ && dbg_->watched_page(va, false)))
      dtlb_r_[data_mode_].fill(va, ram_.host(xl.pa & ~0xfffull), xl.pa & ~0xfffull);
    return true;
  }
  if ((xl.pa & (size - 1)) == 0 && bus_.read(xl.pa, size, v)) return true;
  raise(exc::kLoadAccess, va);
  return false;
}

MemResult Hart::load_slow(uint64_t va, unsigned size, uint64_t& v, const Insn& in) {
  cur_idx_ = in.idx;
  if (__builtin_expect(dbg_ != nullptr, 0) && debug_watch(va, size, false)) return MemResult::kPaused;
  if (__builtin_expect(trig_.data_armed(), 0) && trigger_data(va, size, false)) return MemResult::kTrap;
  if ((va & 0xfff) + size <= 4096) {
    if (!load_piece(va, size, v)) return MemResult::kTrap;
  } else {
    // Crosses a page. As QEMU, PMP is checked for the whole access at the
    // first byte's physical address, then bytes go one by one so that each
    // page is translated on its own.
    Xlate first;
    if (!xlate_access(va, size, Access::kRead, first)) return MemResult::kTrap;
    uint64_t r = 0;
    for (unsigned i = 0; i < size; ++i) {
      uint64_t b;
      if (!load_piece(va + i, 1, b)) return MemResult::kTrap;
      r |= b << (8 * i);
    }
    v = r;
  }
  // Sign extension is done by the caller's type; zero-extend here.
  return MemResult::kOk;
}

MemResult Hart::store_piece(uint64_t va, unsigned size, uint64_t v) {
  Xlate xl;
  if (!xlate_access(va, size, Access::kWrite, xl)) return MemResult::kTrap;
  if (ram_.contains(xl.pa, size)) {
    const uint64_t page = xl.pa & ~0xfffull;
    if (reservation_ != kNoReservation && xl.pa < reservation_ + 8 && xl.pa + size > reservation_)
      reservation_ = kNoReservation;
    const uint8_t flags = ram_.page_flags(page);
    if (flags) ram_.prepare_write(xl.pa, size);
    std::memcpy(ram_.host(xl.pa), &v, size);
    if (flags & Ram::kHookPage) env_.watched_write(*this, xl.pa, size);
    // Write-TLB entries only for pages without flags (Ram).
    if (xl.cacheable && ram_.page_flags(page) == 0 &&
        !(dbg_ && dbg_->watched_page(va, true)) &&
        (reservation_ == kNoReservation || (reservation_ & ~0xfffull) != page))
      dtlb_w_[data_mode_].fill(va, ram_.host(page), page);
    // Code and hooks may change what the run loop must look at; a logged
    // page does not.
    return flags & (Ram::kCodePage | Ram::kHookPage) ? MemResult::kOkEnd : MemResult::kOk;
  }
  if ((xl.pa & (size - 1)) == 0 && bus_.write(xl.pa, size, v)) return MemResult::kOkEnd;
  raise(exc::kStoreAccess, va);
  return MemResult::kTrap;
}

MemResult Hart::store_slow(uint64_t va, unsigned size, uint64_t v, const Insn& in) {
  cur_idx_ = in.idx;
  if (__builtin_expect(dbg_ != nullptr, 0) && debug_watch(va, size, true)) return MemResult::kPaused;
  if (__builtin_expect(trig_.data_armed(), 0) && trigger_data(va, size, true)) return MemResult::kTrap;
  if ((va & 0xfff) + size <= 4096) return store_piece(va, size, v);
  // Crosses a page: check both pages first so a fault leaves memory untouched.
  Xlate a, b;
  const uint64_t second = (va | 0xfff) + 1;
  if (!xlate_access(va, size, Access::kWrite, a) || !xlate_access(second, 1, Access::kWrite, b))
    return MemResult::kTrap;
  MemResult r = MemResult::kOk;
  for (unsigned i = 0; i < size; ++i) {
    const MemResult ri = store_piece(va + i, 1, (v >> (8 * i)) & 0xff);
    if (ri == MemResult::kTrap) return ri;
    if (ri == MemResult::kOkEnd) r = ri;
  }
  return r;
}

MemResult Hart::amo(uint64_t va, unsigned size, const Insn& in, uint64_t (*op)(uint64_t, uint64_t, unsigned),
                    uint64_t src, uint64_t& old) {
  cur_idx_ = in.idx;
  // Fast path: the page is in both the read and the write TLB, so it is
  // readable and writable as a whole in this mode (translation, PMP), not
  // watched, without data triggers and without tracking flags; and the
  // reservation is elsewhere (a store to it would break it). Then the AMO is
  // a plain host read-modify-write, as the slow path below would do it.
  if ((va & (size - 1)) == 0) {
    const TlbEntry& r = dtlb_r_[data_mode_].slot(va);
    const TlbEntry& w = dtlb_w_[data_mode_].slot(va);
    if (r.tag == va >> 12 && w.tag == va >> 12 && (reservation_ & ~0xfffull) != w.ppage) {
      uint8_t* p = w.host + (va & 0xfff);
      uint64_t cur = 0;
      std::memcpy(&cur, p, size);
      if (size == 4) cur = uint64_t(int64_t(int32_t(uint32_t(cur))));
      const uint64_t nv = op(cur, src, size);
      std::memcpy(p, &nv, size);
      old = cur;
      return MemResult::kOk;
    }
  }
  // A watchpoint pauses the hart before the access (nothing changed yet).
  if (__builtin_expect(dbg_ != nullptr, 0) && (debug_watch(va, size, true) || debug_watch(va, size, false)))
    return MemResult::kPaused;
  if (__builtin_expect(trig_.data_armed(), 0) && (trigger_data(va, size, false) || trigger_data(va, size, true)))
    return MemResult::kTrap;
  if (va & (size - 1)) return trap(exc::kStoreMisaligned, va);
  Xlate xl;
  // An AMO needs both read and write permission; faults report store/AMO.
  if (!xlate_access(va, size, Access::kWrite, xl)) return MemResult::kTrap;
  if (!pmp_.check(xl.pa, size, Access::kRead, data_priv())) return trap(exc::kStoreAccess, va);
  uint64_t cur = 0;
  if (ram_.contains(xl.pa, size)) {
    std::memcpy(&cur, ram_.host(xl.pa), size);
    if (__builtin_expect(ram_.page_flags(xl.pa) & Ram::kReadHook, 0)) env_.watched_read(*this, xl.pa, size);
  } else if (!bus_.read(xl.pa, size, cur)) {
    return trap(exc::kStoreAccess, va);
  }
  if (size == 4) cur = uint64_t(int64_t(int32_t(uint32_t(cur))));
  const uint64_t nv = op(cur, src, size);
  if (store_piece(va, size, nv) == MemResult::kTrap) return MemResult::kTrap;
  old = cur;
  return MemResult::kOk;
}

MemResult Hart::load_reserved(uint64_t va, unsigned size, const Insn& in, uint64_t& out) {
  cur_idx_ = in.idx;
  // Fast path: a read-TLB hit means the whole page is readable RAM in this
  // mode, unwatched and without data triggers (as for a plain load).
  if ((va & (size - 1)) == 0) {
    const TlbEntry& e = dtlb_r_[data_mode_].slot(va);
    if (e.tag == va >> 12) {
      uint64_t v = 0;
      std::memcpy(&v, e.host + (va & 0xfff), size);
      out = size == 4 ? uint64_t(int64_t(int32_t(uint32_t(v)))) : v;
      reservation_ = (e.ppage | (va & 0xfff)) & ~7ull;
      for (unsigned m = 0; m < kModes; ++m) dtlb_w_[m].flush_page(va);
      return MemResult::kOk;
    }
  }
  if (__builtin_expect(dbg_ != nullptr, 0) && debug_watch(va, size, false)) return MemResult::kPaused;
  if (__builtin_expect(trig_.data_armed(), 0) && trigger_data(va, size, false)) return MemResult::kTrap;
  if (va & (size - 1)) return trap(exc::kLoadMisaligned, va);
  Xlate xl;
  if (!xlate_access(va, size, Access::kRead, xl)) return MemResult::kTrap;
  uint64_t v = 0;
  if (ram_.contains(xl.pa, size)) {
    std::memcpy(&v, ram_.host(xl.pa), size);
    if (__builtin_expect(ram_.page_flags(xl.pa) & Ram::kReadHook, 0)) env_.watched_read(*this, xl.pa, size);
  } else {
    return trap(exc::kLoadAccess, va);  // no reservations on MMIO
  }
  out = size == 4 ? uint64_t(int64_t(int32_t(uint32_t(v)))) : v;
  reservation_ = xl.pa & ~7ull;
  // Stores to the reserved page must reach the slow path to break the
  // reservation: drop the fast write entries for this virtual page. (A store
  // through another virtual alias of the page is not seen; we accept that.)
  for (unsigned m = 0; m < kModes; ++m) dtlb_w_[m].flush_page(va);
  return MemResult::kOk;
}

MemResult Hart::store_conditional(uint64_t va, unsigned size, uint64_t val, const Insn& in, bool& ok) {
  cur_idx_ = in.idx;
  if (__builtin_expect(dbg_ != nullptr, 0) && debug_watch(va, size, true)) return MemResult::kPaused;
  if (__builtin_expect(trig_.data_armed(), 0) && trigger_data(va, size, true)) return MemResult::kTrap;
  if (va & (size - 1)) return trap(exc::kStoreMisaligned, va);
  Xlate xl;
  if (!xlate_access(va, size, Access::kWrite, xl)) return MemResult::kTrap;
  const bool reserved = reservation_ != kNoReservation && (xl.pa & ~7ull) == reservation_;
  reservation_ = kNoReservation;
  ok = false;
  if (!reserved) return MemResult::kOk;
  if (store_piece(va, size, val) == MemResult::kTrap) return MemResult::kTrap;
  ok = true;
  return MemResult::kOk;
}

Outcome Hart::exec_sfence_vma(const Insn& in) {
  if (priv_ == Priv::kU || (priv_ == Priv::kS && (mstatus_ & mstatus::kTvm))) return illegal(in);
  // Our TLBs are small: flushing all is simpler than matching ASIDs and
  // costs little.
  flush_tlbs();
  pc_ += in.len;
  return Outcome::kEndAfter;
}

}  // namespace ttvm
