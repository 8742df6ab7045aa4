#include "report/html_page.h"

#include "report/assets.h"
#include "util/error.h"

namespace ttvm {

namespace {

std::string html_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '&': o += "&amp;"; break;
      case '"': o += "&quot;"; break;
      default: o.push_back(c);
    }
  }
  return o;
}

}  // namespace

std::string html_page(const std::string& title, const std::string& json) {
  const ReportAssets& a = report_assets();
  if (a.uplot_js.empty() || a.uplot_css.empty())
    throw UserError(std::string("report: this ttvm was built without the uPlot charting library (uplot ") +
                    a.uplot_version + ", looked for in " + a.uplot_dir +
                    "): run scripts/setup, which fetches it, then rebuild (cmake -S . -B build && ninja -C build)");
  std::string o;
  o.reserve(a.uplot_js.size() + json.size() + 16384);
  o += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  o += "<meta name=\"generator\" content=\"ttvm report, uPlot ";
  o += a.uplot_version;
  o += "\">\n<title>ttvm report: " + html_escape(title) + "</title>\n<style>\n";
  o += a.uplot_css;
  o += "\n</style>\n<style>\n";
  o += a.page_css;
  o += "\n</style>\n</head>\n<body>\n<div id=\"app\"><p id=\"status\">loading the report...</p></div>\n";
  // JSON in a data element: parsed, never run; '<' is escaped in it.
  o += "<script type=\"application/json\" id=\"ttvm-data\">";
  o += json;
  o += "</script>\n<script>\n";
  o += a.uplot_js;
  o += "\n</script>\n<script>\n";
  o += a.page_js;
  o += "\n</script>\n</body>\n</html>\n";
  return o;
}

}  // namespace ttvm
