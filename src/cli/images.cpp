#include "cli/images.h"

#include <unistd.h>

#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <filesystem>
#include <set>

#include "record/image_store.h"
#include "util/error.h"

namespace ttvm {

namespace {

bool is_drive(const ImageRef& r) { return r.role == "drive"; }

// Makes image `i` of the manifest come from `path` (a file) or `base` (kept
// blocks of a drive).
void point_at(MachineConfig& cfg, const Manifest& man, size_t i, const std::string& path,
              std::shared_ptr<DiskBaseSource> base = nullptr) {
  const std::string& role = man.images[i].role;
  if (role == "firmware") {
    cfg.bios = path;
  } else if (role == "kernel") {
    cfg.kernel = path;
  } else if (role == "initrd") {
    cfg.initrd = path;
  } else if (role == "dtb") {
    cfg.dtb = path;
  } else {
    size_t k = 0;
    for (size_t j = 0; j < i; ++j) k += is_drive(man.images[j]);
    if (k >= cfg.drives.size()) throw UserError("image " + std::to_string(i) + " is a drive the options do not have");
    if (base)
      cfg.drives[k].base = std::move(base);
    else
      cfg.drives[k].file = path;
  }
}

std::string human(uint64_t bytes) {
  char b[32];
  if (bytes >= (1ull << 20))
    std::snprintf(b, sizeof b, "%.1f MiB", double(bytes) / double(1 << 20));
  else if (bytes >= (1ull << 10))
    std::snprintf(b, sizeof b, "%.1f KiB", double(bytes) / 1024.0);
  else
    std::snprintf(b, sizeof b, "%" PRIu64 " bytes", bytes);
  return b;
}

}  // namespace

RecordImages::RecordImages(MachineConfig& cfg) {
  for (auto& d : cfg.drives) {
    auto t = std::make_shared<TrackedFile>(d.file, d.format);
    d.base = t;
    drives_.push_back(std::move(t));
  }
}

RecordImages::~RecordImages() = default;

std::string RecordImages::keep_files(const std::string& rec, const Manifest& man) {
  reset_images_dir(rec, true);
  std::string out;
  uint64_t bytes = 0;
  for (const auto& img : man.images) {
    if (is_drive(img)) continue;
    const KeptAs how = store_whole(rec, img.path, img.hash, img.size, img.role + " image");
    out += (out.empty() ? "" : ", ") + img.role + " (" + kept_as_name(how) + ")";
    if (how != KeptAs::kAlready) bytes += img.size;
  }
  return out.empty() ? "" : "kept " + out + ": " + human(bytes);
}

std::string RecordImages::keep_drives(const std::string& rec, const Manifest& man) {
  std::string out;
  // Drives with the same contents share one block set: the blocks any of
  // them read.
  std::vector<bool> done(man.images.size());
  for (size_t i = 0; i < man.images.size(); ++i) {
    if (!is_drive(man.images[i]) || done[i]) continue;
    const ImageRef& img = man.images[i];
    if (find_kept(rec, img.hash).kind == KeptImage::kWhole) continue;  // also a boot image
    std::vector<uint64_t> blocks;
    TrackedFile* first = nullptr;
    size_t k = 0;
    for (size_t j = 0; j < man.images.size(); ++j) {
      if (!is_drive(man.images[j])) continue;
      TrackedFile& t = *drives_.at(k++);
      if (!(man.images[j].hash == img.hash)) continue;
      done[j] = true;
      if (!first) first = &t;
      const auto b = t.blocks_read();
      blocks.insert(blocks.end(), b.begin(), b.end());
    }
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    // What the guest read must be what the manifest names: a drive image
    // rewritten during the run would leave a mix.
    if (!(first->hash_now() == img.hash)) {
      std::fprintf(stderr,
                   "ttvm: warning: %s: the drive image changed while it was recorded; the recording keeps none of "
                   "it and may not replay\n",
                   img.path.c_str());
      continue;
    }
    const BlockSetInfo info = write_blocks(
        rec, img.hash, first->size(), blocks, false,
        [first](uint64_t pos, uint8_t* o, uint64_t n) { return first->read_untracked(pos, o, n); }, img.path);
    out += (out.empty() ? "" : ", ") + std::string("drive ") + std::to_string(info.stored_blocks) + " of " +
           std::to_string(info.total_blocks) + " blocks read: " + human(info.file_bytes);
  }
  return out.empty() ? "" : "kept " + out;
}

std::string image_label(const Manifest& man, size_t i) {
  const std::string& role = man.images[i].role;
  size_t n = 0, k = 0;
  for (size_t j = 0; j < man.images.size(); ++j) {
    if (man.images[j].role != role) continue;
    if (j < i) ++k;
    ++n;
  }
  return n == 1 ? role : role + "." + std::to_string(k);
}

std::vector<std::string> image_paths(const Manifest& man, const std::vector<std::string>& overrides) {
  std::vector<std::string> paths;
  for (const auto& img : man.images) paths.push_back(img.path);
  for (const auto& o : overrides) {
    const size_t eq = o.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == o.size())
      throw UserError("--image " + o + ": expected ROLE=PATH (e.g. kernel=/new/place/Image)");
    const std::string label = o.substr(0, eq);
    std::string all;
    bool found = false;
    for (size_t i = 0; i < man.images.size(); ++i) {
      all += (all.empty() ? "" : ", ") + image_label(man, i);
      if (image_label(man, i) == label) {
        paths[i] = std::filesystem::absolute(o.substr(eq + 1)).lexically_normal();
        found = true;
      }
    }
    if (!found)
      throw UserError("--image " + o + ": the recording has no image '" + label + "' (it has " +
                      (all.empty() ? "none" : all) + ")");
  }
  return paths;
}

void locate_images(MachineConfig& cfg, const Manifest& man, const std::string& rec,
                   const std::vector<std::string>& overrides) {
  const std::vector<std::string> paths = image_paths(man, overrides);
  for (size_t i = 0; i < man.images.size(); ++i) {
    const ImageRef& want = man.images[i];
    const std::string what = want.role + " image";
    const std::string recorded = want.hash.hex() + ", " + std::to_string(want.size) + " bytes";
    std::vector<std::string> looked;
    bool kept = false;
    // 1. The recording's own copy.
    const std::string whole = whole_path(rec, want.hash);
    const std::string blocks = blocks_path(rec, want.hash);
    if (::access(whole.c_str(), F_OK) == 0) {
      kept = true;
      const FileHash fh = hash_file(whole, "kept " + what);
      if (fh.hash == want.hash && fh.size == want.size) {
        point_at(cfg, man, i, whole);
        continue;
      }
      looked.push_back(whole + ": the kept " + what + " is damaged (content hash " + fh.hash.hex() + ", " +
                       std::to_string(fh.size) + " bytes; recorded " + recorded + ")");
    } else if (is_drive(want) && ::access(blocks.c_str(), F_OK) == 0) {
      kept = true;
      try {
        // A raw drive's block set is as large as its file; a decoded one's
        // (qcow2) is the virtual disk's size.
        size_t k = 0;
        for (size_t j = 0; j < i; ++j) k += is_drive(man.images[j]);
        const bool raw = k < cfg.drives.size() && cfg.drives[k].format == "raw";
        point_at(cfg, man, i, want.path, StoredBlocks::open(blocks, want.hash, raw ? want.size : 0));
        continue;
      } catch (const UserError& e) {
        looked.push_back(e.what());
      }
    } else {
      looked.push_back(images_dir(rec) + ": does not keep it (recorded with --no-pack?)");
    }
    // 2. Where the user says it went, else where it was.
    const std::string& path = paths[i];
    try {
      const FileHash fh = hash_file(path, what);
      if (fh.hash == want.hash && fh.size == want.size) {
        if (!looked.empty() && kept)
          std::fprintf(stderr, "ttvm: warning: %s; using %s, which holds the recorded contents\n", looked[0].c_str(),
                       path.c_str());
        point_at(cfg, man, i, path);
        continue;
      }
      looked.push_back(path + ": the " + what + " differs from the one recorded in " + rec + " (content hash " +
                       fh.hash.hex() + ", " + std::to_string(fh.size) + " bytes; recorded " + recorded + ")");
    } catch (const UserError& e) {
      looked.push_back(e.what());
    }
    std::string msg = "the " + what + " " + want.path + " of " + rec + " (content hash " + recorded + ") is not available: ";
    for (size_t k = 0; k < looked.size(); ++k) msg += (k ? "; " : "") + looked[k];
    msg += ". Give its new place with --image " + image_label(man, i) + "=PATH";
    if (!kept) msg += ", or keep it in the recording with 'ttvm pack " + rec + "' while it exists";
    throw UserError(msg);
  }
}

void print_images(const Manifest& man, const std::string& rec) {
  uint64_t kept_bytes = 0, image_bytes = 0;
  std::set<std::string> counted;  // an image kept once for several roles
  for (size_t i = 0; i < man.images.size(); ++i) {
    const ImageRef& img = man.images[i];
    image_bytes += img.size;
    const std::string hash = man.version == Manifest::kOldVersion ? "" : img.hash.hex();
    std::printf("image       %-8s %s  %" PRIu64 " bytes  hash %s\n", image_label(man, i).c_str(), img.path.c_str(),
                img.size, hash.empty() ? "(format 1)" : hash.c_str());
    std::string kept = "not kept: replay reads " + img.path;
    if (!hash.empty()) {
      const bool first = counted.insert(hash).second;
      const KeptImage k = find_kept(rec, img.hash);
      if (k.kind == KeptImage::kWhole) {
        kept = "kept whole, " + human(k.file_bytes) + (k.links > 1 ? " (a hard link)" : "");
        if (first && k.links == 1) kept_bytes += k.file_bytes;
      } else if (k.kind == KeptImage::kBlocks && !k.damage.empty()) {
        kept = k.path + ": " + k.damage;
      } else if (k.kind == KeptImage::kBlocks) {
        kept = "kept " + std::to_string(k.blocks.stored_blocks) + " of " + std::to_string(k.blocks.total_blocks) +
               " blocks (" + (k.blocks.complete ? "all non-zero ones" : "those the guest read") + "), " +
               human(k.file_bytes) + " compressed";
        if (first) kept_bytes += k.file_bytes;
      }
    }
    std::printf("              %s\n", kept.c_str());
  }
  std::printf("images      %s kept in the recording, of %s of images\n", human(kept_bytes).c_str(),
              human(image_bytes).c_str());
}

}  // namespace ttvm
