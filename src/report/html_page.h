// The report as one HTML file: uPlot's script and style, the page's own,
// and the data (report_json) inlined, so it opens offline from anywhere.
#pragma once
#include <string>

namespace ttvm {

// UserError when this ttvm was built without uPlot (it names the fix).
std::string html_page(const std::string& title, const std::string& json);

}  // namespace ttvm
