// The report page's scripts and styles, built into ttvm so that an
// installed binary needs no files beside it and the page it writes opens
// offline: uPlot (the npm package `uplot`, at the version scripts/setup
// fetches) and the page's own page.js and page.css. src/CMakeLists.txt
// embeds them (cmake/embed_report_assets.cmake); uPlot's parts are empty
// when it was not fetched before ttvm was configured.
#pragma once
#include <cstddef>
#include <string_view>

namespace ttvm {

struct ReportAssets {
  std::string_view uplot_js, uplot_css;
  std::string_view page_js, page_css;
  const char* uplot_version;  // "1.6.32"
  const char* uplot_dir;      // where the build looked for it
};
const ReportAssets& report_assets();

}  // namespace ttvm
