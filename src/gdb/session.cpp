#include "gdb/session.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

#include "gdb/monitor.h"
#include "gdb/packet.h"
#include "gdb/registers.h"
#include "gdb/target_xml.h"

namespace ttvm::gdb {
namespace {

const std::string kErrArgs = "E16";     // EINVAL-like: malformed packet
const std::string kErrFault = "E0e";    // EFAULT: memory not accessible
const std::string kErrNoReg = "E02";    // no such register

std::string hex_u64(uint64_t v) {
  char b[20];
  std::snprintf(b, sizeof b, "%" PRIx64, v);
  return b;
}

// "ADDR,LEN" (and the rest after `stop`, if any).
bool parse_addr_len(std::string_view p, uint64_t& addr, uint64_t& len, std::string_view* rest = nullptr,
                    char stop = ':') {
  const size_t comma = p.find(',');
  if (comma == std::string_view::npos) return false;
  size_t end = rest ? p.find(stop, comma) : p.size();
  if (end == std::string_view::npos) return false;
  if (!parse_hex(p.substr(0, comma), addr) || !parse_hex(p.substr(comma + 1, end - comma - 1), len)) return false;
  if (rest) *rest = p.substr(end + 1);
  return true;
}

}  // namespace

Session::Session(ExecControl& ctl, const StopEvent& last_stop) : ctl_(ctl), last_(last_stop) {
  g_hart_ = c_hart_ = last_stop.hart < ctl.hart_count() ? last_stop.hart : 0;
}

std::string Session::stop_reply(const StopEvent& ev) {
  using R = StopEvent::Reason;
  if (ev.reason == R::kExited) {
    char b[8];
    std::snprintf(b, sizeof b, "W%02x", unsigned(ev.exit_code) & 0xff);
    return b;
  }
  std::string s = ev.reason == R::kInterrupted ? "T02" : "T05";
  s += "thread:" + hex_u64(ev.hart + 1) + ";";
  switch (ev.reason) {
    case R::kBreakpoint: s += ev.hardware ? "hwbreak:;" : "swbreak:;"; break;
    case R::kWatchpoint:
      s += ev.watch_kind == BreakKind::kWatchRead     ? "rwatch:"
           : ev.watch_kind == BreakKind::kWatchAccess ? "awatch:"
                                                      : "watch:";
      s += hex_u64(ev.addr) + ";";
      break;
    case R::kHistoryBegin: s += "replaylog:begin;"; break;
    case R::kHistoryEnd: s += "replaylog:end;"; break;
    default: break;
  }
  return s;
}

bool Session::parse_thread(std::string_view s, int& hart) const {
  if (s == "-1") {
    hart = -1;  // all
    return true;
  }
  uint64_t tid;
  if (s.rfind("p", 0) == 0) return false;  // multiprocess ids: not offered
  if (!parse_hex(s, tid)) return false;
  if (tid == 0) {
    hart = 0;  // any thread: the first
    return true;
  }
  if (tid > ctl_.hart_count()) return false;
  hart = int(tid - 1);
  return true;
}

Session::Next Session::handle(std::string_view p, std::vector<std::string>& out) {
  Next next = Next::kContinue;
  if (p.empty()) {
    out.push_back("");
    return next;
  }
  std::string reply;
  const std::string_view args = p.substr(1);
  switch (p[0]) {
    case '?': reply = stop_reply(last_); break;
    case 'g': reply = args.empty() ? cmd_read_regs() : kErrArgs; break;
    case 'G': reply = cmd_write_regs(args); break;
    case 'p': reply = cmd_read_reg(args); break;
    case 'P': reply = cmd_write_reg(args); break;
    case 'm': reply = cmd_read_mem(args); break;
    case 'M': reply = cmd_write_mem(args, false); break;
    case 'X': reply = cmd_write_mem(args, true); break;
    case 'Z': reply = cmd_break(args, true); break;
    case 'z': reply = cmd_break(args, false); break;
    case 'H': reply = cmd_thread_select(args); break;
    case 'T': {
      int h;
      reply = parse_thread(args, h) && h >= 0 ? "OK" : "E01";
      break;
    }
    case 'c':
    case 's':
    case 'C':
    case 'S': {
      // [sig;]addr for C/S, [addr] for c/s.
      std::string_view a = args;
      if (p[0] == 'C' || p[0] == 'S') {
        const size_t semi = a.find(';');
        uint64_t sig;
        if (!parse_hex(a.substr(0, semi), sig)) {
          reply = kErrArgs;
          break;
        }
        a = semi == std::string_view::npos ? std::string_view() : a.substr(semi + 1);
      }
      if (!a.empty()) {
        uint64_t addr;
        if (!parse_hex(a, addr)) {
          reply = kErrArgs;
          break;
        }
        ctl_.write_reg(c_hart_, {RegId::Kind::kPc, 0}, addr);
      }
      const bool step = p[0] == 's' || p[0] == 'S';
      reply = run(step, step ? step_hart() : c_hart_, Direction::kForward, next);
      break;
    }
    case 'b':
      // Reverse execution (bc, bs): only when the control has a history.
      if ((args == "c" || args == "s") && ctl_.can_reverse())
        reply = run(args == "s", step_hart(), Direction::kReverse, next);
      break;
    case 'v':
      if (p.rfind("vCont?", 0) == 0 && p.size() == 6) reply = "vCont;c;C;s;S";
      else if (p.rfind("vCont;", 0) == 0) reply = cmd_vcont(p.substr(6), next);
      // Everything else (vMustReplyEmpty, vKill, vFile, vRun...): empty.
      break;
    case 'q':
    case 'Q': reply = cmd_query(p, out, next); break;
    case 'D':
      ctl_.remove_all_breaks();
      reply = "OK";
      next = Next::kDetach;
      break;
    case 'k': return Next::kKill;
    default: break;  // unknown: empty reply
  }
  out.push_back(reply);
  return next;
}

std::string Session::run(bool step, unsigned hart, Direction dir, Next& next) {
  const StopEvent ev = step ? ctl_.step(hart, dir) : ctl_.resume(dir);
  last_ = ev;
  if (ev.reason == StopEvent::Reason::kExited) {
    exit_code_ = ev.exit_code;
    next = Next::kExited;
  } else {
    g_hart_ = c_hart_ = ev.hart;
  }
  return stop_reply(ev);
}

std::string Session::cmd_vcont(std::string_view p, Next& next) {
  // Actions "s[:tid]", "c[:tid]", "S sig[:tid]", "C sig[:tid]" separated by
  // ';'. In all-stop mode one step action decides: that hart steps while the
  // others keep their schedule; otherwise everything continues.
  int step_hart = -2;
  bool any = false;
  while (!p.empty()) {
    const size_t semi = p.find(';');
    const std::string_view act = p.substr(0, semi);
    p = semi == std::string_view::npos ? std::string_view() : p.substr(semi + 1);
    if (act.empty()) return kErrArgs;
    const size_t colon = act.find(':');
    std::string_view op = act.substr(0, colon);
    if (op.empty()) return kErrArgs;
    int hart = -1;
    if (colon != std::string_view::npos && !parse_thread(act.substr(colon + 1), hart)) return kErrArgs;
    const char kind = op[0];
    if (kind == 'C' || kind == 'S') {
      uint64_t sig;
      if (!parse_hex(op.substr(1), sig)) return kErrArgs;
    } else if ((kind != 'c' && kind != 's') || op.size() != 1) {
      return kErrArgs;  // t, r and anything else are not offered
    }
    any = true;
    if ((kind == 's' || kind == 'S') && step_hart == -2) step_hart = hart < 0 ? int(c_hart_) : hart;
  }
  if (!any) return kErrArgs;
  if (step_hart >= 0) return run(true, unsigned(step_hart), Direction::kForward, next);
  return run(false, c_hart_, Direction::kForward, next);
}

std::string Session::cmd_read_regs() {
  std::string s;
  for (unsigned i = 0; i < kGRegs; ++i) {
    RegId id;
    uint64_t v = 0;
    reg_id(i, id);
    ctl_.read_reg(g_hart_, id, v);
    s += reg_hex(v);
  }
  return s;
}

std::string Session::cmd_write_regs(std::string_view hex) {
  if (hex.size() % 16 || hex.size() / 16 > kGRegs) return kErrArgs;
  std::vector<uint64_t> vals;
  for (size_t i = 0; i < hex.size(); i += 16) {
    uint64_t v;
    if (!parse_reg_hex(hex.substr(i, 16), v)) return kErrArgs;
    vals.push_back(v);
  }
  for (unsigned i = 0; i < vals.size(); ++i) {
    RegId id;
    reg_id(i, id);
    ctl_.write_reg(g_hart_, id, vals[i]);
  }
  return "OK";
}

std::string Session::cmd_read_reg(std::string_view p) {
  uint64_t n, v;
  RegId id;
  if (!parse_hex(p, n)) return kErrArgs;
  if (n > 0xffffffffu || !reg_id(unsigned(n), id) || !ctl_.read_reg(g_hart_, id, v)) return kErrNoReg;
  return reg_hex(v);
}

std::string Session::cmd_write_reg(std::string_view p) {
  const size_t eq = p.find('=');
  uint64_t n, v;
  RegId id;
  if (eq == std::string_view::npos || !parse_hex(p.substr(0, eq), n) || !parse_reg_hex(p.substr(eq + 1), v))
    return kErrArgs;
  if (n > 0xffffffffu || !reg_id(unsigned(n), id) || !ctl_.write_reg(g_hart_, id, v)) return kErrNoReg;
  return "OK";
}

std::string Session::cmd_read_mem(std::string_view p) {
  uint64_t addr, len;
  if (!parse_addr_len(p, addr, len)) return kErrArgs;
  len = std::min<uint64_t>(len, kMaxPacket / 2);
  // As much as is readable from the start, page by page.
  std::string data;
  uint64_t at = addr;
  while (data.size() < len) {
    const uint64_t n = std::min<uint64_t>(len - data.size(), 4096 - (at & 4095));
    std::string chunk(n, '\0');
    if (!ctl_.read_memory(g_hart_, at, chunk.data(), n)) break;
    data += chunk;
    at += n;
  }
  if (data.empty() && len > 0) return kErrFault;
  return to_hex(data);
}

std::string Session::cmd_write_mem(std::string_view p, bool binary) {
  uint64_t addr, len;
  std::string_view raw;
  if (!parse_addr_len(p, addr, len, &raw)) return kErrArgs;
  std::string data;
  if (binary ? !unescape_binary(raw, data) : !from_hex(raw, data)) return kErrArgs;
  if (data.size() != len) return kErrArgs;
  if (len == 0) return "OK";  // gdb probes X support this way
  return ctl_.write_memory(g_hart_, addr, data.data(), data.size()) ? "OK" : kErrFault;
}

std::string Session::cmd_break(std::string_view p, bool insert) {
  // "TYPE,ADDR,KIND" (conditions ";X..." are not offered, so not expected).
  if (p.size() < 2 || p[1] != ',') return kErrArgs;
  static const BreakKind kKinds[] = {BreakKind::kSoftware, BreakKind::kHardware, BreakKind::kWatchWrite,
                                     BreakKind::kWatchRead, BreakKind::kWatchAccess};
  if (p[0] < '0' || p[0] > '4') return "";  // an unknown type: unsupported
  uint64_t addr, len;
  if (!parse_addr_len(p.substr(2), addr, len)) return kErrArgs;
  const BreakKind kind = kKinds[p[0] - '0'];
  if (insert) return ctl_.insert_break(kind, addr, len) ? "OK" : "E01";
  ctl_.remove_break(kind, addr, len);
  return "OK";  // removing what is not there is harmless
}

std::string Session::cmd_thread_select(std::string_view p) {
  if (p.empty() || (p[0] != 'g' && p[0] != 'c')) return kErrArgs;
  int hart;
  if (!parse_thread(p.substr(1), hart)) return "E01";
  const bool any = hart < 0 || p.substr(1) == "0";
  if (p[0] == 'c') c_any_ = any;
  if (hart >= 0) (p[0] == 'g' ? g_hart_ : c_hart_) = unsigned(hart);
  return "OK";
}

std::string Session::cmd_query(std::string_view p, std::vector<std::string>& out, Next& next) {
  auto starts = [&](std::string_view prefix) { return p.rfind(prefix, 0) == 0; };
  if (starts("qSupported")) {
    std::string s = "PacketSize=" + hex_u64(kMaxPacket) +
                    ";qXfer:features:read+;swbreak+;hwbreak+;vContSupported+;QStartNoAckMode+";
    if (ctl_.can_reverse()) s += ";ReverseStep+;ReverseContinue+";
    return s;
  }
  if (p == "QStartNoAckMode") {
    no_ack_ = true;
    return "OK";
  }
  if (starts("qXfer:features:read:")) {
    std::string_view rest = p.substr(20);
    const size_t colon = rest.find(':');
    if (colon == std::string_view::npos) return kErrArgs;
    if (rest.substr(0, colon) != "target.xml") return "E00";
    uint64_t off, len;
    if (!parse_addr_len(rest.substr(colon + 1), off, len)) return kErrArgs;
    if (xml_.empty()) xml_ = target_xml(ctl_);
    if (off >= xml_.size()) return "l";
    len = std::min<uint64_t>(len, (kMaxPacket - 16) / 2);  // escaping may double it
    const std::string part = xml_.substr(off, len);
    std::string r(off + part.size() >= xml_.size() ? "l" : "m");
    r += escape_binary(part);
    return r;
  }
  if (p == "qfThreadInfo") {
    std::string s = "m";
    for (unsigned i = 0; i < ctl_.hart_count(); ++i) {
      if (i) s += ',';
      s += hex_u64(i + 1);
    }
    return s;
  }
  if (p == "qsThreadInfo") return "l";
  if (p == "qC") return std::string("QC").append(hex_u64(g_hart_ + 1));
  if (p == "qAttached" || starts("qAttached:")) return "1";  // detach, not kill, when gdb quits
  if (starts("qThreadExtraInfo,")) {
    int hart;
    if (!parse_thread(p.substr(17), hart) || hart < 0) return "E01";
    return to_hex("hart " + std::to_string(hart));
  }
  if (starts("qRcmd,")) {
    std::string cmd;
    if (!from_hex(p.substr(6), cmd)) return kErrArgs;
    const MonitorResult r = run_monitor(ctl_, cmd);
    if (!r.output.empty()) out.push_back(std::string(1, 'O').append(to_hex(r.output)));
    if (r.quit) next = Next::kQuit;
    return r.ok ? "OK" : "E01";
  }
  return "";  // qOffsets, qSymbol, qTStatus, ...: not needed
}

}  // namespace ttvm::gdb
