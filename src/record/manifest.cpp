#include "record/manifest.h"

#include <cerrno>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "util/error.h"
#include "util/content_hash.h"
#include "util/hash.h"

namespace ttvm {

namespace {

constexpr const char* kMagic = "ttvm-recording";

// Arguments may hold any byte but a manifest line may not hold a newline.
std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

bool unescape(const std::string& s, std::string& out) {
  out.clear();
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      out += s[i];
      continue;
    }
    if (++i == s.size()) return false;
    if (s[i] == 'n') out += '\n';
    else if (s[i] == '\\') out += '\\';
    else return false;
  }
  return true;
}

}  // namespace

ImageRef hash_image(const std::string& role, const std::string& path) {
  const FileHash fh = hash_file(path, role + " image");
  ImageRef r;
  r.role = role;
  r.path = path;
  r.size = fh.size;
  r.hash = fh.hash;
  return r;
}

uint64_t v1_image_hash(const std::string& role, const std::string& path) {
  // Exactly as format 1 computed it: the pieces are fread's 1 MiB reads.
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw UserError(path + ": cannot read the " + role + " image: " + std::strerror(errno));
  std::vector<uint8_t> buf(1 << 20);
  uint64_t h = kFnvOffset;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) h = hash_words(buf.data(), n, h);
  const bool bad = std::ferror(f);
  std::fclose(f);
  if (bad) throw UserError(path + ": error reading the " + role + " image");
  return h;
}

void write_manifest(const std::string& path, const Manifest& m) {
  std::ostringstream o;
  o << kMagic << ' ' << m.version << '\n';
  o << "epoch_ns " << m.start_epoch_ns << '\n';
  o << "cwd " << escape(m.cwd) << '\n';
  for (const auto& a : m.args) o << "arg " << escape(a) << '\n';
  for (const auto& i : m.images) {
    std::string h = i.hash.hex();
    if (m.version == Manifest::kOldVersion) {
      char b[17];
      std::snprintf(b, sizeof b, "%016" PRIx64, i.v1_hash);
      h = b;
    }
    o << "image " << i.role << ' ' << i.size << ' ' << h << ' ' << escape(i.path) << '\n';
  }
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << o.str();
    f.flush();
    if (!f) throw UserError(tmp + ": cannot write the manifest: " + std::strerror(errno));
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0)
    throw UserError(path + ": cannot replace the manifest: " + std::strerror(errno));
}

void require_current(const Manifest& m, const std::string& dir) {
  if (m.version == Manifest::kVersion) return;
  throw UserError(dir + ": recording format version " + std::to_string(m.version) +
                  " (an older ttvm's: its images are named by a 64-bit hash and not kept in the recording); "
                  "convert it with 'ttvm pack " + dir + "' while its images still exist");
}

Manifest read_manifest(const std::string& path) {
  std::ifstream f(path);
  if (!f) throw UserError(path + ": cannot open the manifest: " + std::strerror(errno));
  Manifest m;
  std::string line;
  unsigned lineno = 0;
  auto bad = [&](const std::string& what) {
    return UserError(path + ":" + std::to_string(lineno) + ": " + what);
  };
  while (std::getline(f, line)) {
    ++lineno;
    const size_t sp = line.find(' ');
    const std::string key = line.substr(0, sp);
    const std::string val = sp == std::string::npos ? "" : line.substr(sp + 1);
    if (lineno == 1) {
      if (key != kMagic) throw bad("not a ttvm recording manifest (expected '" + std::string(kMagic) + " VERSION')");
      char* end = nullptr;
      const unsigned long v = std::strtoul(val.c_str(), &end, 10);
      if (val.empty() || *end) throw bad("bad version '" + val + "'");
      if (v != Manifest::kVersion && v != Manifest::kOldVersion)
        throw bad("recording format version " + val + ", this ttvm reads version " +
                  std::to_string(Manifest::kVersion) + " (and converts version " +
                  std::to_string(Manifest::kOldVersion) + " with 'ttvm pack')");
      m.version = uint32_t(v);
      continue;
    }
    std::string s;
    if (key == "epoch_ns") {
      char* end = nullptr;
      m.start_epoch_ns = std::strtoull(val.c_str(), &end, 10);
      if (val.empty() || *end) throw bad("bad epoch_ns '" + val + "'");
    } else if (key == "cwd") {
      if (!unescape(val, m.cwd)) throw bad("bad escape in cwd");
    } else if (key == "arg") {
      if (!unescape(val, s)) throw bad("bad escape in arg");
      m.args.push_back(s);
    } else if (key == "image") {
      std::istringstream in(val);
      ImageRef r;
      std::string hash;
      const size_t digits = m.version == Manifest::kOldVersion ? 16 : 32;
      if (!(in >> r.role >> r.size >> hash) || hash.size() != digits)
        throw bad("expected 'image ROLE SIZE HASH PATH' with a " + std::to_string(digits) + "-digit hex HASH");
      if (m.version == Manifest::kOldVersion) {
        char* end = nullptr;
        r.v1_hash = std::strtoull(hash.c_str(), &end, 16);
        if (*end) throw bad("bad image hash '" + hash + "'");
      } else if (auto h = ContentHash::parse(hash)) {
        r.hash = *h;
      } else {
        throw bad("bad image hash '" + hash + "' (expected 32 lowercase hex digits of XXH3-128)");
      }
      std::string rest;
      std::getline(in, rest);
      if (rest.size() < 2 || rest[0] != ' ' || !unescape(rest.substr(1), r.path)) throw bad("bad image path");
      m.images.push_back(r);
    } else if (!key.empty()) {
      throw bad("unknown key '" + key + "'");
    }
  }
  if (lineno == 0) throw UserError(path + ": empty manifest");
  return m;
}

}  // namespace ttvm
