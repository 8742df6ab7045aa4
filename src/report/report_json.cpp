#include "report/report_model.h"
#include "report/json_writer.h"

namespace ttvm {

namespace {

void named_series(JsonWriter& j, const char* key, const std::vector<RunCollector::Named>& list, bool skip_empty) {
  j.key(key).begin_array();
  for (const auto& n : list) {
    const double total = n.series.total();
    if (skip_empty && total == 0) continue;
    j.begin_object().key("name").value(n.name).key("total").value(total);
    j.key("values").numbers(n.series.values()).end_object();
  }
  j.end_array();
}

// A hart's modes as percentages of each bucket's time, so that buckets
// with idle jumps (more time than instructions) compare with the rest.
void hart_modes(JsonWriter& j, const RunCollector::HartModes& md, unsigned buckets) {
  const Series* parts[] = {&md.user, &md.kernel, &md.firmware, &md.wait};
  const char* names[] = {"user", "kernel", "firmware", "wait"};
  std::vector<double> pct[4];
  for (unsigned b = 0; b < buckets; ++b) {
    double sum = 0;
    for (const Series* s : parts) sum += s->values()[b];
    for (unsigned k = 0; k < 4; ++k) pct[k].push_back(sum > 0 ? 100.0 * parts[k]->values()[b] / sum : 0);
  }
  j.begin_object();
  for (unsigned k = 0; k < 4; ++k) {
    j.key(names[k]).numbers(pct[k], 1);
    j.key(std::string(names[k]) + "_total").value(parts[k]->total());
  }
  j.end_object();
}

}  // namespace

std::string report_json(const ReportModel& m) {
  const BucketAxis& ax = *m.axis;
  const RunCollector& run = *m.run;
  JsonWriter j;
  j.begin_object();
  j.key("format").value(uint64_t(1));
  j.key("title").value(m.title);
  j.key("facts").begin_array();
  for (const auto& [k, v] : m.facts) j.begin_array().value(k).value(v).end_array();
  j.end_array();
  j.key("end_icount").value(ax.end());
  j.key("bucket_width").value(ax.width());
  j.key("buckets").value(uint64_t(ax.count()));
  j.key("harts").begin_array();
  for (const auto& md : run.modes()) hart_modes(j, md, ax.count());
  j.end_array();
  named_series(j, "interrupts", run.interrupts(), false);
  named_series(j, "traps", run.traps(), false);
  named_series(j, "io", run.io(), false);
  named_series(j, "inputs", m.inputs, false);
  const ConsoleLines& cl = run.console_lines();
  j.key("console").begin_object();
  j.key("bytes").numbers(run.console_bytes().values());
  j.key("total_lines").value(cl.total());
  j.key("omitted").value(cl.omitted());
  // The kept lines in order; "omitted" of them are missing after "head".
  j.key("head").value(uint64_t(cl.head().size()));
  j.key("lines").begin_array();
  for (const auto& l : cl.head()) j.begin_array().value(l.icount).value(l.text).end_array();
  for (const auto& l : cl.tail()) j.begin_array().value(l.icount).value(l.text).end_array();
  j.end_array();
  j.end_object();
  j.key("marks").begin_array();
  for (const auto& mk : m.marks)
    j.begin_object().key("kind").value(mk.kind).key("name").value(mk.name).key("icount").value(mk.icount)
        .key("text").value(mk.text).end_object();
  j.end_array();
  j.key("profile").begin_object().key("samples").value(m.profile_samples).key("top").begin_array();
  for (const auto& h : m.profile) j.begin_array().value(h.where).value(h.samples).end_array();
  j.end_array().end_object();
  j.end_object();
  return j.text();
}

}  // namespace ttvm
