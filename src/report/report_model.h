// Everything one report page shows, gathered by `ttvm report`
// (src/cli/report_cmd.cpp) from the recording (manifest, log, saved
// checkpoints) and from one replay (RunCollector), and turned into the
// page's data by report_json().
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "report/buckets.h"
#include "report/run_collector.h"

namespace ttvm {

struct ReportMark {
  std::string kind;  // "panic", "oops", "bug", "warning", "stuck", "checkpoint", "end"
  std::string name;  // for `monitor goto NAME` where there is one, else ""
  uint64_t icount = 0;
  std::string text;
};

struct ReportModel {
  std::string title;                                       // the recording's directory
  std::vector<std::pair<std::string, std::string>> facts;  // shown at the top: ("length", "1234 instructions")
  const BucketAxis* axis = nullptr;
  const RunCollector* run = nullptr;
  std::vector<RunCollector::Named> inputs;  // logged inputs per port, per bucket
  std::vector<ReportMark> marks;
  struct HotSpot {
    std::string where;  // function (with --symbols) or "user space", "unknown"
    uint64_t samples = 0;
  };
  std::vector<HotSpot> profile;  // most sampled first; empty without --symbols
  uint64_t profile_samples = 0;
};

// The page's data, as one JSON object (its fields: docs/report.md).
std::string report_json(const ReportModel& m);

}  // namespace ttvm
