#include "record/recorder.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "util/error.h"

namespace ttvm {

std::string manifest_path(const std::string& dir) { return dir + "/manifest"; }
std::string log_path(const std::string& dir) { return dir + "/events.log"; }

namespace {

// Makes `dir` ready for a new recording without ever deleting anything that
// is not a recording.
const std::string& prepare_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) throw UserError(dir + ": exists and is not a directory");
    const bool empty = fs::is_empty(dir, ec);
    if (!empty && !fs::exists(manifest_path(dir), ec))
      throw UserError(dir + ": directory exists and is not a ttvm recording; give another -o");
    fs::remove(log_path(dir), ec);
    fs::remove_all(dir + "/checkpoints", ec);  // those of the recording made here before
  } else if (!fs::create_directories(dir, ec)) {
    throw UserError(dir + ": cannot create the recording directory: " + ec.message());
  }
  return dir;
}

}  // namespace

Recorder::Recorder(const std::string& dir, const Manifest& m)
    : log_path_(ttvm::log_path(prepare_dir(dir))), log_(log_path_) {
  write_manifest(manifest_path(dir), m);
}

void Recorder::input(const TimePoint& at, Port p, const uint8_t* data, size_t n) {
  log_.append(at, p, data, n);
  keep(at, p, data, n);
  ++inputs_since_digest_;
  count(p);
}

bool Recorder::digest_due(const TimePoint& at) {
  if (at.icount - last_digest_icount_ >= kDigestInsns || inputs_since_digest_ >= kDigestEvents) return true;
  // The once-a-second flush goes with a digest, so every prefix a killed
  // recorder leaves ends with a checkable state.
  return log_.has_pending() && std::chrono::steady_clock::now() - last_flush_ >= std::chrono::seconds(1);
}

void Recorder::digest(const TimePoint& at, const NamedValues& v) {
  const auto bytes = encode_values(v);
  log_.append(at, Port::kDigest, bytes.data(), bytes.size());
  keep(at, Port::kDigest, bytes.data(), bytes.size());
  count(Port::kDigest);
  last_digest_icount_ = at.icount;
  inputs_since_digest_ = 0;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_flush_ >= std::chrono::seconds(1)) {
    log_.flush();
    last_flush_ = now;
  }
}

void Recorder::sync(const TimePoint& at, const NamedValues& v) {
  if (!log_.has_pending()) return;
  digest(at, v);
  log_.flush();
  last_flush_ = std::chrono::steady_clock::now();
}

void Recorder::end(const TimePoint& at, const NamedValues& v) {
  const auto bytes = encode_values(v);
  log_.append(at, Port::kEnd, bytes.data(), bytes.size());
  keep(at, Port::kEnd, bytes.data(), bytes.size());
  count(Port::kEnd);
  log_.flush();
}

}  // namespace ttvm
